"""Runs: read articles, extract, ingest, evaluate."""
