"""`netral scrape`: fill the corpus from the sources in sources.yml."""

from __future__ import annotations

import argparse
import sys

DESCRIPTION = "Kumpulkan berita netralitas ASN dari sumber pemerintah daerah ke korpus."
EPILOG = """\
contoh:
  netral scrape
  netral scrape --source pemkab-batang --json"""


def build_parser() -> argparse.ArgumentParser:
    """The argparse parser for `netral scrape`."""
    parser = argparse.ArgumentParser(prog="netral scrape", description=DESCRIPTION, epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", action="store_true", help="cetak laporan sebagai JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of `netral scrape`."""
    build_parser().parse_args(argv)
    sys.stderr.write("netral scrape: pengumpul berita belum tersedia di versi ini\n")
    return 2
