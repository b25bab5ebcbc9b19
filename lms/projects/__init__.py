"""The practice project: from the first draft to the trainer's verdict."""
