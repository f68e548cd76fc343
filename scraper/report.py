"""Run report records: what happened to every source and article, as stable JSON."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

# Article outcomes, in the order the summary prints them.
OUTCOMES = ("new", "updated", "unchanged", "syndicated", "skipped", "failed")


@dataclass(slots=True)
class ArticleOutcome:
    """One article: its outcome and the reason (relevance rule, failure, missing date...)."""

    url: str
    outcome: str
    reason: str = ""
    id: str | None = None


@dataclass(slots=True)
class SourceReport:
    """One source: listing error (if any) and article outcomes."""

    id: str
    name: str
    error: str | None = None
    listings: list[str] = field(default_factory=list)
    articles: list[ArticleOutcome] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        """Articles per outcome (every outcome present, zero included)."""
        found = Counter(a.outcome for a in self.articles)
        return {name: found.get(name, 0) for name in OUTCOMES}

    @property
    def ok(self) -> bool:
        """True when the listing was read and no article fetch failed."""
        return self.error is None and self.counts["failed"] == 0

    def to_dict(self) -> dict[str, Any]:
        """JSON shape of the source's part of the report."""
        return {"id": self.id, "name": self.name, "ok": self.ok, "error": self.error,
                "listings": self.listings, "counts": self.counts,
                "articles": [asdict(a) for a in self.articles]}


@dataclass(slots=True)
class RunReport:
    """The whole run, written as JSON beside the corpus."""

    started_at: str
    finished_at: str = ""
    sources: list[SourceReport] = field(default_factory=list)
    requests: int = 0
    bytes_downloaded: int = 0

    @property
    def exit_code(self) -> int:
        """0 when every source succeeded, 1 when some failed."""
        return 0 if all(s.ok for s in self.sources) else 1

    def to_dict(self) -> dict[str, Any]:
        """JSON shape of the report (stable key order when dumped with sort_keys)."""
        totals = Counter()
        for source in self.sources:
            totals.update(source.counts)
        return {"schema": 1, "started_at": self.started_at, "finished_at": self.finished_at,
                "ok": self.exit_code == 0, "requests": self.requests,
                "bytes_downloaded": self.bytes_downloaded,
                "totals": {name: totals.get(name, 0) for name in OUTCOMES},
                "sources": [s.to_dict() for s in self.sources]}


def summary_line(source: SourceReport) -> str:
    """One human line per source (Bahasa Indonesia) for stderr/stdout."""
    c = source.counts
    head = "OK   " if source.ok else "GAGAL"
    text = (f"{head} {source.id}: baru {c['new']}, diperbarui {c['updated']}, "
            f"tetap {c['unchanged']}, sindikasi {c['syndicated']}, "
            f"dilewati (tak relevan) {c['skipped']}, gagal {c['failed']}")
    if source.error:
        text += f" — {source.error}"
    return text
