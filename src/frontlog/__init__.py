"""frontlog: news articles in, ACLED-style event records out, offline."""

__version__ = "0.1.0"
