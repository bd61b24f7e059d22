"""Building blocks of the HTTP evasion catalogue (tests/evasion/generate.py)."""
