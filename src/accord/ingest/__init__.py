"""accord: ingest."""
