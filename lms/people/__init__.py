"""People: the office looks after accounts; login, invitation, own e-mail."""
