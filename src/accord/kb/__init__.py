"""accord: kb."""
