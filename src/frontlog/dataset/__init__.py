"""The dataset: one event per act across articles, stored, corrected, exported. No spaCy, no gazetteer."""

# The export formats (dataset/export.py), here so that the command line lists them without importing the store.
FORMATS = ("acled-csv", "geojson", "parquet", "jsonl")
