"""`netral scrape`: fill the corpus from the sources in sources.yml."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from scraper.config import Config, SourceConfigError, load_config
from scraper.runner import REPORT_NAME, RunLocked, run_scrape
from scraper.report import summary_line

DESCRIPTION = """\
Kumpulkan berita netralitas ASN dari sumber pemerintah daerah ke korpus.

Sumber dibaca dari sources.yml (feed RSS/Atom, halaman indeks, atau sitemap). Pengambilan
sopan: robots.txt dihormati, jeda per host, batas ukuran, dan GET bersyarat (ETag/Last-Modified
disimpan di <korpus>/state/). Kemajuan dicetak ke stderr; laporan JSON ditulis ke
<korpus>/run-report.json.

kode keluar: 0 semua sumber berhasil, 1 ada sumber/artikel yang gagal,
             2 penggunaan salah, sources.yml rusak, atau proses lain sedang berjalan"""
EPILOG = """\
contoh:
  netral scrape
  netral scrape --source pemkab-batang --source pemkot-pekalongan
  netral scrape --sources sumber-saya.yml --corpus /tmp/korpus --delay 10
  netral scrape --json > laporan.json"""


def build_parser() -> argparse.ArgumentParser:
    """The argparse parser for `netral scrape`."""
    parser = argparse.ArgumentParser(prog="netral scrape", description=DESCRIPTION, epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", type=Path, metavar="BERKAS",
                        help="berkas sumber YAML (bawaan: sources.yml di paket scraper)")
    parser.add_argument("--corpus", type=Path, default=Path("corpus"), metavar="DIR",
                        help="direktori korpus (bawaan: corpus)")
    parser.add_argument("--source", action="append", default=[], metavar="ID",
                        help="hanya sumber dengan id ini (boleh diulang)")
    parser.add_argument("--delay", type=float, metavar="DETIK",
                        help="jeda antar-permintaan ke host yang sama (menimpa defaults.delay)")
    parser.add_argument("--json", action="store_true", help="cetak laporan lengkap sebagai JSON")
    return parser


def _select(config: Config, ids: list[str]) -> Config:
    if not ids:
        return config
    known = {s.id for s in config.sources}
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise SourceConfigError(f"{config.path}: sumber tidak dikenal: {', '.join(unknown)}")
    chosen = tuple(s for s in config.sources if s.id in ids)
    return Config(config.path, config.defaults, chosen)


def main(argv: list[str] | None = None) -> int:
    """Entry point of `netral scrape`."""
    args = build_parser().parse_args(argv)
    if args.delay is not None and args.delay < 0:
        sys.stderr.write("netral scrape: --delay tidak boleh negatif\n")
        return 2
    try:
        config = _select(load_config(args.sources), args.source)
        report = run_scrape(config, args.corpus, delay=args.delay)
    except (SourceConfigError, RunLocked) as exc:
        sys.stderr.write(f"netral scrape: {exc}\n")
        return 2
    if args.json:
        sys.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        for source in report.sources:
            sys.stdout.write(summary_line(source) + "\n")
        sys.stdout.write(f"laporan: {args.corpus / REPORT_NAME}\n")
    return report.exit_code
