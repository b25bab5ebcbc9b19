"""Communication with a cohort: announcements, seminar reminders, calendar feed."""
