"""The bundle's entry point: the same `main` as the installed `iep-desk` command."""

import sys

from iep_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
