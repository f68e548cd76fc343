# Netral: the two Quick start commands are `make site` and `make test`.
PYTHON ?= python3
PIP := $(PYTHON) -m pip
STAMP := .netral-installed

.PHONY: site test setup browser bench clean

# Install the project, its test extra and the pinned versions (re-run when pyproject changes).
$(STAMP): pyproject.toml constraints.txt
	$(PIP) install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

# Build the site from the corpus that ships in the repo; no network needed.
site: setup
	$(PYTHON) -m netral build

# Debian's Chromium for the browser tests (Playwright never downloads a browser here).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "chromium tidak ada: memasang paket Debian 'chromium'"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; }

# The whole test suite. pytest exits 5 when it collected nothing: that is a failure too.
test: setup browser
	$(PYTHON) -m pytest

# Benchmarks print JSON figures (the scraper's takes ~6 min: `python bench/bench_scrape.py`).
bench: setup browser
	$(PYTHON) bench/bench_checker.py
	$(PYTHON) bench/bench_build.py
	PYTHONPATH=. $(PYTHON) bench/scrape_eval_extract.py

clean:
	rm -rf site .pytest_cache .benchmarks $(STAMP)
