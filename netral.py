"""The `netral` command: one entry point whose subcommands dispatch to each package's CLI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

# argparse's own words (section titles, the -h help, error prefixes) are English; every
# subcommand's help is otherwise Indonesian, so translate those few through argparse's gettext hook.
_ARGPARSE_ID = {
    "usage: ": "penggunaan: ",
    "options": "opsi",
    "positional arguments": "argumen",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "expected one argument": "butuh satu nilai",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
}


def _translate_argparse() -> None:
    original = argparse._  # type: ignore[attr-defined]
    if getattr(original, "netral", False):  # already installed (main called twice in-process)
        return
    def translate(text: str) -> str:
        return _ARGPARSE_ID.get(text, original(text))

    translate.netral = True  # type: ignore[attr-defined]
    argparse._ = translate  # type: ignore[attr-defined]

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
    _translate_argparse()
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
