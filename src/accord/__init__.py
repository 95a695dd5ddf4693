"""accord: news articles about states and alliances in, a cited temporal knowledge graph out."""

__version__ = "0.1.0"
