"""A whole scrape run: one lock per corpus, sources grouped by host and fetched in parallel
(hosts side by side, one host's requests spaced by its delay), a JSON report beside the corpus.
"""

from __future__ import annotations

import fcntl
import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import IO

from scraper.config import Config, Source
from scraper.corpus import atomic_write_text, dumps
from scraper.http import Fetcher
from scraper.pipeline import RunContext, SourceRun
from scraper.relevance import Rule, load_rule
from scraper.report import RunReport, SourceReport, summary_line
from scraper.store import CorpusStore

MAX_WORKERS = 600  # threads mostly sleep out per-host delays; 552 hosts fit in one wave
LOCK_NAME = ".netral-scrape.lock"
REPORT_NAME = "run-report.json"


class RunLocked(RuntimeError):
    """Another `netral scrape` holds the corpus lock."""


@contextmanager
def corpus_lock(corpus_dir: Path) -> Iterator[None]:
    """An exclusive flock on the corpus; the kernel releases it even after kill -9."""
    corpus_dir.mkdir(parents=True, exist_ok=True)
    with open(corpus_dir / LOCK_NAME, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RunLocked(f"{corpus_dir}: proses 'netral scrape' lain sedang berjalan") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def group_by_host(sources: tuple[Source, ...] | list[Source]) -> list[list[Source]]:
    """Sources sharing a host run one after another in one worker, in file order."""
    groups: dict[str, list[Source]] = {}
    for source in sources:
        groups.setdefault(source.host, []).append(source)
    return list(groups.values())


def _run_group(group: list[Source], ctx: RunContext) -> list[SourceReport]:
    reports = []
    for source in group:
        try:
            reports.append(SourceRun(source, ctx).run())
        except Exception as exc:  # noqa: BLE001 - one broken source must not stop the run
            reports.append(SourceReport(source.id, source.name,
                                        error=f"galat tak terduga: {type(exc).__name__}: {exc}"))
    return reports


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def run_scrape(config: Config, corpus_dir: Path, *, delay: float | None = None,
               rule: Rule | None = None, progress: IO[str] | None = sys.stderr,
               fetcher_factory: Callable[[Config], Fetcher] | None = None) -> RunReport:
    """Scrape every source of ``config`` into ``corpus_dir``; raises RunLocked when busy."""
    corpus_dir = Path(corpus_dir)
    with corpus_lock(corpus_dir):
        crawl = _now()
        fetcher = fetcher_factory(config) if fetcher_factory else Fetcher(config.defaults)
        ctx = RunContext(fetcher, CorpusStore(corpus_dir), rule or load_rule(), crawl,
                         config.defaults.delay if delay is None else delay,
                         config.defaults.max_articles, delay_forced=delay is not None)
        report = RunReport(started_at=crawl.isoformat())
        groups = group_by_host(config.sources)
        done = 0
        with ThreadPoolExecutor(max_workers=max(1, min(len(groups), MAX_WORKERS))) as pool:
            futures = [pool.submit(_run_group, group, ctx) for group in groups]
            for future in as_completed(futures):
                for source_report in future.result():
                    done += 1
                    report.sources.append(source_report)
                    if progress:
                        progress.write(f"[{done}/{len(config.sources)}] {summary_line(source_report)}\n")
                        progress.flush()
        order = {s.id: i for i, s in enumerate(config.sources)}
        report.sources.sort(key=lambda s: order.get(s.id, 0))
        report.finished_at = _now().isoformat()
        report.requests, report.bytes_downloaded = fetcher.requests_made, fetcher.bytes_downloaded
        atomic_write_text(corpus_dir / REPORT_NAME, dumps(report.to_dict()))
        return report
