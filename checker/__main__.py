"""`python -m checker` runs `netral check`."""

from checker.cli import main

raise SystemExit(main())
