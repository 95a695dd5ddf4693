"""accord: components."""
