"""Names of the role groups, shared by every app."""

PARTICIPANTS = "Teilnehmende"
TRAINERS = "Trainer/innen"
LPR_OFFICE = "LPR-Geschäftsstelle"
EDITORS = "Redaktion"
