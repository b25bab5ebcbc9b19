"""Reports for the LPR office and the funding body: figures per cohort and year, charts, exports."""
