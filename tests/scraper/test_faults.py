"""Every fault from the issue gets a clear line in the report while the other sources go on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scraper.cli import main
from scraper.corpus import load_corpus
from scraper.runner import REPORT_NAME
from tests.scraper.conftest import Site, closed_port, good_sources, write_sources

# source id -> (listing URL relative to the server, or absolute with {port}/{closed}; reason)
FAULTS = {
    "fault-refused": ("http://127.0.0.1:{closed}/feed", "koneksi ditolak"),
    "fault-dns": ("http://host.invalid/feed", "DNS"),
    "fault-timeout": ("/fault/slow", "timeout"),
    "fault-404": ("/fault/404", "HTTP 404"),
    "fault-410": ("/fault/410", "HTTP 410"),
    "fault-500": ("/fault/500", "HTTP 500"),
    "fault-429": ("/fault/429", "HTTP 429"),
    "fault-loop": ("/fault/loop", "redirect loop"),
    "fault-tls": ("https://127.0.0.1:{port}/feed", "TLS"),
    "fault-huge": ("/fault/huge", "terlalu besar"),
    "fault-html-feed": ("/fault/html-feed", "bukan feed"),
    "fault-empty": ("/fault/empty", "isi kosong"),
    "fault-badxml": ("/fault/badxml", "bukan feed yang valid"),
    "fault-pdf": ("/fault/pdf", "jenis konten"),
}


@pytest.fixture()
def fault_run(site: Site, tmp_path: Path) -> tuple[int, dict, Path]:
    port = site.base.rsplit(":", 1)[1]
    sources = good_sources(site.base)
    for sid, (url, _) in FAULTS.items():
        url = url.format(port=port, closed=closed_port())
        sources.append({"id": sid, "name": sid, "region": None, "province": None,
                        "feed": url if url.startswith("http") else site.base + url})
    path = write_sources(tmp_path / "sources.yml", sources)
    corpus = tmp_path / "corpus"
    code = main(["--sources", str(path), "--corpus", str(corpus), "--delay", "0"])
    return code, json.loads((corpus / REPORT_NAME).read_text(encoding="utf-8")), corpus


def test_each_fault_is_reported_and_the_run_goes_on(fault_run: tuple[int, dict, Path]) -> None:
    code, report, corpus = fault_run
    assert code == 1
    by_id = {s["id"]: s for s in report["sources"]}
    for sid, (_, reason) in FAULTS.items():
        assert not by_id[sid]["ok"], sid
        assert reason in (by_id[sid]["error"] or ""), (sid, by_id[sid]["error"])
    for sid in ("pemkab-batang", "radar-pekalongan", "tribun-jateng"):
        assert by_id[sid]["ok"], by_id[sid]
    assert report["totals"]["new"] == 5
    articles, errors = load_corpus(corpus)
    assert errors == [] and len(articles) == 5


def test_failed_article_fetch_never_touches_the_record(site: Site, tmp_path: Path) -> None:
    path = write_sources(tmp_path / "sources.yml", good_sources(site.base)[:1])
    corpus = tmp_path / "corpus"
    assert main(["--sources", str(path), "--corpus", str(corpus)]) == 0
    before = {p: p.read_bytes() for p in (corpus / "articles").rglob("*.json")}
    # The listing changes and one page now answers with an error page and a 500.
    index = (Path(__file__).parent / "fixtures" / "site" / "batang-index.html").read_bytes()
    site.overrides["/batang/"] = index.replace(b"13058", b"13058&amp;x=1")
    site.overrides["/batang/?p=1&id=13061"] = b""
    assert main(["--sources", str(path), "--corpus", str(corpus)]) == 1
    report = json.loads((corpus / REPORT_NAME).read_text(encoding="utf-8"))
    failed = [a for a in report["sources"][0]["articles"] if a["outcome"] == "failed"]
    assert [a["url"][-5:] for a in failed] == ["13061"]
    after = {p: p.read_bytes() for p in (corpus / "articles").rglob("*.json")}
    assert all(after[p] == before[p] for p in before)


def test_page_without_article_text_fails_that_page_only(site: Site, tmp_path: Path) -> None:
    site.overrides["/batang/?p=1&id=13060"] = b"<html><body><nav>Beranda</nav></body></html>"
    path = write_sources(tmp_path / "sources.yml", good_sources(site.base)[:1])
    assert main(["--sources", str(path), "--corpus", str(tmp_path / "c")]) == 1
    report = json.loads((tmp_path / "c" / REPORT_NAME).read_text(encoding="utf-8"))
    by_outcome = {a["url"][-5:]: (a["outcome"], a["reason"]) for a in report["sources"][0]["articles"]}
    assert by_outcome["13060"][0] == "failed" and "selektor isi" in by_outcome["13060"][1]
    assert by_outcome["13058"][0] == "new" and by_outcome["13061"][0] == "new"
