"""The `netral` command: one entry point whose subcommands dispatch to each package's CLI."""

from __future__ import annotations

import sys
from collections.abc import Callable

USAGE = """\
penggunaan: netral <perintah> [opsi]

Netral membantu ASN menjaga netralitas menjelang Pemilu dan Pilkada.

perintah:
  scrape   kumpulkan berita netralitas ASN dari sumber pemerintah daerah ke korpus
  build    bangun situs panduan (MkDocs Material) dari korpus, tanpa jaringan
  check    periksa pesan sebelum diteruskan (politik praktis, SARA, gaya hoaks)
  serve    pratinjau situs di komputer sendiri dengan muat-ulang otomatis

Bantuan tiap perintah: netral <perintah> --help
contoh:
  netral build
  netral check "Ayo coblos nomor 02!"
"""


def _dispatch_table() -> dict[str, Callable[[list[str] | None], int]]:
    # Imported lazily so `netral check` does not pay for importing the scraper or MkDocs.
    def scrape(argv: list[str] | None) -> int:
        from scraper.cli import main as run

        return run(argv)

    def build(argv: list[str] | None) -> int:
        from templates.cli import main as run

        return run(argv)

    def check(argv: list[str] | None) -> int:
        from checker.cli import main as run

        return run(argv)

    def serve(argv: list[str] | None) -> int:
        from templates.cli import serve_main as run

        return run(argv)

    return {"scrape": scrape, "build": build, "check": check, "serve": serve}


def main(argv: list[str] | None = None) -> int:
    """Run `netral <subcommand> ...` and return its exit code."""
    args = sys.argv[1:] if argv is None else list(argv)
    if not args or args[0] in {"-h", "--help", "help"}:
        sys.stdout.write(USAGE)
        return 0 if args else 2
    table = _dispatch_table()
    if args[0] not in table:
        sys.stderr.write(f"netral: perintah tidak dikenal: {args[0]!r}\n\n{USAGE}")
        return 2
    return table[args[0]](args[1:])


if __name__ == "__main__":
    raise SystemExit(main())
