"""accord: extract."""
