"""`python -m scraper` runs `netral scrape`."""

from scraper.cli import main

raise SystemExit(main())
