"""The dataset: one event per act across articles, stored, corrected, exported. No spaCy, no gazetteer."""
