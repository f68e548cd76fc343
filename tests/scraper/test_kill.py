"""Never lose data: kill -9 mid-run leaves a loadable corpus; a second concurrent run is refused."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scraper.cli import main
from scraper.corpus import load_corpus
from scraper.runner import corpus_lock
from tests.conftest import ROOT
from tests.scraper.conftest import Site, good_sources, write_sources


def _start(sources: Path, corpus: Path, delay: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "netral", "scrape", "--sources", str(sources),
         "--corpus", str(corpus), "--delay", delay],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _wait_for_articles(corpus: Path, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while not list((corpus / "articles").glob("*/*.json")):
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        assert time.monotonic() < deadline, "no article written"
        time.sleep(0.02)


def test_kill_9_mid_run_leaves_a_loadable_corpus(site: Site, tmp_path: Path) -> None:
    sources = write_sources(tmp_path / "sources.yml", good_sources(site.base))
    corpus = tmp_path / "corpus"
    proc = _start(sources, corpus, "0.4")
    try:
        _wait_for_articles(corpus, proc)
        # While it runs, a second run is refused with a clear message and exit 2.
        assert main(["--sources", str(sources), "--corpus", str(corpus)]) == 2
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    articles, errors = load_corpus(corpus)
    assert errors == [] and 1 <= len(articles) < 5
    for state in (corpus / "state").glob("*.json"):
        json.loads(state.read_text(encoding="utf-8"))
    # The next run takes the lock (the kernel dropped it), finishes and completes the corpus.
    assert main(["--sources", str(sources), "--corpus", str(corpus), "--delay", "0"]) == 0
    articles, errors = load_corpus(corpus)
    assert errors == [] and len(articles) == 5


def test_second_run_is_refused_while_locked(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    sources = write_sources(tmp_path / "sources.yml", good_sources("http://127.0.0.1:9"))
    corpus = tmp_path / "corpus"
    with corpus_lock(corpus):
        assert main(["--sources", str(sources), "--corpus", str(corpus)]) == 2
    assert "sedang berjalan" in capsys.readouterr().err
    assert not (corpus / "articles").exists()
