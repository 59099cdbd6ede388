"""The command line: parses options, calls the library, turns domain errors into one-line messages."""

from frontlog.cli.commands import main

__all__ = ["main"]
