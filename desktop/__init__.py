"""Duty Roster desktop application: the Qt GUI and the `duty-roster` command line."""
APP_NAME = "Duty Roster"
