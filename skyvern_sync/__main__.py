"""`python -m skyvern_sync`: the `skyvern-sync` command line."""

import sys

from skyvern_sync.cli import main

if __name__ == "__main__":
    sys.exit(main())
