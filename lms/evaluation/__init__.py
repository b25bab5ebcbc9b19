"""Course evaluation: anonymous questionnaires per module or seminar weekend."""
