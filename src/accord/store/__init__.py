"""accord: store."""
