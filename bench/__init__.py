"""skyvern-sync's benchmark harness: `python -m bench` (see bench/run.py)."""
