"""`python -m templates` runs `netral build`."""

from templates.cli import main

raise SystemExit(main())
