"""People: the office looks after participants' accounts; login, invitation and own e-mail address."""
