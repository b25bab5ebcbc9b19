"""Plumbing that every app uses, on the lowest floor so that all may import
it: after-commit tasks, mail, private storage and downloads, the PDF helper,
display names and the audit-event base."""
