"""accord: query."""
