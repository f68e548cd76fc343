"""One source, end to end: listings (feed, sitemap, index) -> article pages -> corpus.

Every failure is caught here and reported; a failed or partial fetch never touches a record,
and validators are stored only for URLs whose content reached the corpus.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from scraper.config import Source
from scraper.extract import PageError, decode_html
from scraper.feeds import Entry, FeedError, parse_feed, pick_child_sitemaps, read_sitemap
from scraper.http import FEED_TYPES, HTML_TYPES, Fetcher, FetchResult
from scraper.links import find_links
from scraper.articles import build_article
from scraper.relevance import Rule
from scraper.report import ArticleOutcome, SourceReport
from scraper.state import Validators, load_state, save_state
from scraper.store import CorpusStore
from scraper.urls import canonical_url, url_id


@dataclass(frozen=True, slots=True)
class RunContext:
    """What every source in a run shares."""

    fetcher: Fetcher
    store: CorpusStore
    rule: Rule
    crawl: datetime
    delay: float
    max_articles: int
    delay_forced: bool = False  # --delay on the command line beats per-source delays

    @property
    def corpus_dir(self) -> Path:
        """The corpus being filled."""
        return self.store.corpus_dir


# A sitemap index lists sitemaps; the few newest post/news ones are read (no deeper nesting).
CHILD_SITEMAPS = 3
SITEMAP_TYPES = (*FEED_TYPES, *HTML_TYPES, "gzip", "octet-stream")


def _listings(source: Source) -> list[tuple[str, str]]:
    return [(kind, url) for kind, url in
            (("feed", source.feed), ("sitemap", source.sitemap), ("index", source.index)) if url]


def _parse_listing(kind: str, result: FetchResult, selector: str | None) -> list[Entry]:
    """Entries of a feed or an index page (sitemaps go through SourceRun.sitemap_entries)."""
    if kind == "feed":
        return parse_feed(result.body, result.headers, base=result.url)
    return find_links(decode_html(result.body, result.headers or {}), result.url, selector)


class SourceRun:
    """State of one source during a run."""

    def __init__(self, source: Source, ctx: RunContext) -> None:
        self.source, self.ctx = source, ctx
        use_own = source.delay is not None and not ctx.delay_forced
        self.delay = source.delay if use_own and source.delay is not None else ctx.delay
        self.old_state = load_state(ctx.corpus_dir, source.id)
        self.new_state = dict(self.old_state)
        self.report = SourceReport(source.id, source.name)

    def fetch(self, url: str, expect: tuple[str, ...]) -> FetchResult:
        """Conditional GET with this source's stored validators."""
        return self.ctx.fetcher.fetch(url, self.delay, self.old_state.get(url), expect)

    def remember(self, url: str, result: FetchResult) -> None:
        """Keep the validators of a URL whose content is safely handled."""
        if validators := Validators.from_headers(result.headers):
            self.new_state[url] = validators

    def run(self) -> SourceReport:
        """Read the listings, then every new or changed article; save validators."""
        pending: list[tuple[str, FetchResult]] = []
        entries: list[Entry] = []
        errors: list[str] = []
        for kind, url in _listings(self.source):
            found, result, error = self.read_listing(kind, url)
            entries += found
            if error:
                errors.append(f"{kind}: {error}")
            elif result is not None and not result.not_modified:
                pending.append((url, result))
        if errors and len(errors) == len(_listings(self.source)):
            self.report.error = "; ".join(errors)
        elif errors:
            self.report.listings += errors
        for entry in self.unique(entries)[: self.ctx.max_articles]:
            self.report.articles.append(self.article(entry))
        if not any(a.outcome == "failed" for a in self.report.articles):
            for url, result in pending:
                self.remember(url, result)
        save_state(self.ctx.corpus_dir, self.source.id, self.new_state)
        return self.report

    def read_listing(self, kind: str, url: str) -> tuple[list[Entry], FetchResult | None, str | None]:
        """Entries of one listing URL, or the reason it could not be read."""
        expect = {"index": HTML_TYPES, "sitemap": SITEMAP_TYPES}.get(kind, FEED_TYPES + HTML_TYPES)
        result = self.fetch(url, expect)
        if not result.ok:
            return [], result, result.error
        if result.not_modified:
            self.report.listings.append(f"{kind}: tidak berubah (304)")
            return [], result, None
        try:
            if kind == "sitemap":
                found = self.sitemap_entries(result)
            else:
                found = _parse_listing(kind, result, self.source.selectors.get("links"))
        except (FeedError, ValueError) as exc:
            return [], result, str(exc)
        self.report.listings.append(f"{kind}: {len(found)} tautan")
        return found, result, None

    def sitemap_entries(self, result: FetchResult) -> list[Entry]:
        """A sitemap's links; for a sitemap index, those of its newest post/news sitemaps (a
        child that fails is reported and the others still count)."""
        sitemap = read_sitemap(result.body)
        if sitemap.entries or not sitemap.children:
            return sitemap.entries
        found: list[Entry] = []
        for child in pick_child_sitemaps(sitemap.children, CHILD_SITEMAPS):
            url = canonical_url(child.url, result.url)
            got = self.ctx.fetcher.fetch(url, self.delay, None, SITEMAP_TYPES)
            if not got.ok or got.body is None:
                self.report.listings.append(f"sitemap {url}: {got.error or 'tidak terbaca'}")
                continue
            try:
                found += read_sitemap(got.body).entries
            except FeedError as exc:
                self.report.listings.append(f"sitemap {url}: {exc}")
        return found

    def unique(self, entries: list[Entry]) -> list[Entry]:
        """Entries with duplicate canonical URLs removed, first kept."""
        seen: set[str] = set()
        kept = []
        for entry in entries:
            url = canonical_url(entry.url)
            if url not in seen:
                seen.add(url)
                kept.append(Entry(url, entry.title, entry.published))
        return kept

    def article(self, entry: Entry) -> ArticleOutcome:
        """Fetch and store one article; any failure leaves the corpus as it was."""
        aid = url_id(entry.url)
        result = self.fetch(entry.url, HTML_TYPES)
        if not result.ok:
            return ArticleOutcome(entry.url, "failed", result.error or "", aid)
        if result.not_modified:
            return ArticleOutcome(entry.url, "unchanged", "tidak berubah (304)", aid)
        try:
            built = build_article(self.source, entry, result.body, result.headers or {},
                                  self.ctx.rule, self.ctx.crawl)
        except PageError as exc:
            return ArticleOutcome(entry.url, "failed", str(exc), aid)
        except Exception as exc:  # noqa: BLE001 - a parser crash on one page fails that page only
            return ArticleOutcome(entry.url, "failed",
                                  f"halaman tidak bisa dibaca ({type(exc).__name__})", aid)
        reason = "; ".join((built.decision.reason, *built.remarks))
        if not built.decision.keep:
            self.remember(entry.url, result)
            return ArticleOutcome(entry.url, "skipped", reason, aid)
        outcome = self.ctx.store.save(built.article)
        self.remember(entry.url, result)
        return ArticleOutcome(entry.url, outcome, reason, aid)
