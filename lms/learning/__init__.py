"""The learner record: cohorts, enrolments, progress, knowledge checks,
attendance."""
