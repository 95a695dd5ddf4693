"""The annotation pipeline: spaCy plus accord's components (see docs/nlp.md)."""
