"""Everything the page templates see, derived from the corpus and the curated data only.

No build clock anywhere: the same corpus and data files give the same pages.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from scraper.corpus import Article
from templates import analysis, charts, data
from templates.filters import excerpt, slug


def source_status(articles: list[Article], corpus_dir: Path | None) -> list[dict[str, Any]]:
    """Each source in scraper/sources.yml with its article count and its last run status."""
    sources = yaml.safe_load(resources.files("scraper").joinpath("sources.yml").read_text("utf-8"))
    report = _run_report(corpus_dir)
    rows = []
    for src in sources.get("sources") or []:
        mine = [a for a in articles if a.source_id == src["id"]]
        run = report.get(src["id"], {})
        rows.append({"id": src["id"], "name": src["name"], "count": len(mine),
                     "last_fetch": max((a.fetched_at for a in mine), default=None),
                     "status": _status_text(run)})
    return rows


def _run_report(corpus_dir: Path | None) -> dict[str, dict[str, Any]]:
    path = corpus_dir / "run-report.json" if corpus_dir else None
    if not path or not path.is_file():
        return {}
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
        return {s["id"]: {**s, "at": report.get("finished_at")} for s in report.get("sources", [])}
    except (ValueError, KeyError, TypeError):
        return {}


def _status_text(run: dict[str, Any]) -> str:
    if not run:
        return "belum ada laporan"
    return "berhasil" if run.get("ok") else f"gagal: {run.get('error') or 'lihat laporan'}"


def unique_slugs(names: list[str]) -> dict[str, str]:
    """File-name slugs per name; names that slug alike get -2, -3, ..."""
    out: dict[str, str] = {}
    for name in names:
        base, n = slug(name), 1
        while (candidate := base if n == 1 else f"{base}-{n}") in out.values():
            n += 1
        out[name] = candidate
    return out


def build_context(articles: list[Article], corpus_dir: Path | None = None) -> dict[str, Any]:
    """Variables for every template."""
    articles = analysis.sort_articles(articles)
    points = data.guidance()
    quotes = analysis.find_quotes(articles, points)
    supports: dict[str, list[str]] = {a.id: [] for a in articles}
    for pid, found in quotes.items():
        for quote in found:
            supports[quote.article.id].append(pid)
    months = analysis.by_month(articles)
    regions = analysis.by_region(articles)
    return {
        "articles": articles, "points": points, "quotes": quotes, "supports": supports,
        "point_titles": {p["id"]: p["title"] for p in points},
        "sanctions": data.sanctions(), "sanction_notes": data.load("sanctions")["notes"],
        "sanction_names": {s["id"]: s["name"] for s in data.sanctions()},
        "regulations": data.regulations(), "reg_facts": data.load("regulations")["facts"],
        "reg_names": {r["id"]: r["name"] for r in data.regulations()},
        "citations": analysis.citing_articles(articles),
        "reg_label": analysis.regulation_label,
        "summaries": {a.id: excerpt(a.text) for a in articles},
        "months": months, "regions": regions,
        "region_slugs": unique_slugs([name for name, _ in regions]),
        "timeline_svg": charts.timeline([(m, len(g)) for m, g in reversed(months)
                                        if m != "tanpa-tanggal"]),
        "regions_svg": charts.regions([(r, len(g)) for r, g in regions]),
        "sources": source_status(articles, corpus_dir),
        "last_update": max((a.fetched_at for a in articles), default=None),
    }
