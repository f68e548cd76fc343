"""From a fetched article page to a corpus Article: extract, date, region, relevance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from scraper.config import Source
from scraper.corpus import Article
from scraper.dates import WIB, has_time, parse_date, parse_day_paren, to_iso
from scraper.extract import PageError, decode_html, extract_article
from scraper.feeds import Entry
from scraper.regions import place_from_dateline
from scraper.relevance import Decision, Rule, decide
from scraper.urls import canonical_url, url_id


@dataclass(frozen=True, slots=True)
class Built:
    """An article ready to write, with the relevance decision and remarks for the report."""

    article: Article
    decision: Decision
    remarks: tuple[str, ...]


def _day(value: datetime) -> date:
    """The calendar day of a parsed date in WIB (naive values are WIB already)."""
    return (value.astimezone(WIB) if value.tzinfo else value).date()


def resolve_date(candidates: list[str], entry: Entry, text: str, crawl: datetime,
                 late: list[str] | None = None) -> tuple[str | None, str | None]:
    """(published ISO, precision) from markup, then the feed, then ``late`` page dates (printed
    above the headline), then the body; never the crawl date."""
    feed_dt = parse_date(entry.published, crawl) if entry.published else None
    raws = [raw for raw in [*candidates, entry.published, *(late or [])] if raw]
    for i, raw in enumerate(raws):
        found = parse_date(raw, crawl)
        if found:
            if not has_time(raw):  # a later source may give the same day with its time
                timed = next((t for r in raws[i + 1:] if has_time(r) and (t := parse_date(r, crawl))
                              and _day(t) == _day(found)), None)
                if timed:
                    return to_iso(timed, False), None
                return to_iso(found, True), "date"
            return to_iso(found, False), None
    found = parse_day_paren(text[:1500], feed_dt or crawl)
    return (to_iso(found, True), "date") if found else (None, None)


def _place(source: Source, text: str) -> tuple[str | None, str | None]:
    if source.region:
        return source.region, source.province
    # The dateline opens the story, sometimes after a byline line ("Laporan Wartawan …").
    place = next((found for para in text.split("\n\n")[:2]
                  if (found := place_from_dateline(para, source.province))), None)
    if place is None:
        return None, source.province
    return place.region, source.province or place.province


def build_article(source: Source, entry: Entry, body: bytes, headers: dict[str, str],
                  rule: Rule, crawl: datetime) -> Built:
    """Parse one page into an Article; raises PageError when the page has no article text."""
    extracted = extract_article(decode_html(body, headers), entry.url, source.selectors)
    if not extracted.paragraphs:
        raise PageError("tidak ada teks artikel di halaman")
    title = extracted.title or entry.title or ""
    if not title:
        raise PageError("judul tidak ditemukan")
    published, precision = resolve_date(extracted.dates, entry, extracted.text, crawl,
                                        extracted.dates_above)
    region, province = _place(source, extracted.text)
    url = canonical_url(entry.url)
    article = Article(
        id=url_id(url), url=url, source_id=source.id, source_name=source.name, title=title,
        published=published, region=region, province=province, text=extracted.text,
        fetched_at=crawl.isoformat(timespec="seconds"), published_precision=precision,
    )
    remarks = () if published else ("tanggal tidak ditemukan: published = null",)
    return Built(article, decide(rule, title, extracted.text), remarks)
