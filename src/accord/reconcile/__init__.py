"""accord: reconcile."""
