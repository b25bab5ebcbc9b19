"""Reports for the LPR office and the funding body: figures, charts, exports."""
