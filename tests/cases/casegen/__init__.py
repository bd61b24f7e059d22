"""Building blocks of the golden-case generator (tests/cases/generate.py)."""
