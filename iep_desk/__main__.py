import sys

from iep_desk.cli import main

sys.exit(main())
