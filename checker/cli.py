"""`netral check`: score a message from the command line, stdin or a JSON Lines batch."""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from checker import check, load_rules
from checker.engine import level_of

DESCRIPTION = """\
Periksa pesan sebelum diteruskan: apakah memuat ajakan politik praktis, ujaran SARA, atau gaya
pesan hoaks. Pemeriksaan berjalan di komputer Anda; teks tidak dikirim ke mana pun.

Tingkat hasil: aman, hati-hati, jangan (jangan diteruskan)."""

EPILOG = """\
contoh:
  netral check "Ayo coblos nomor 02 tanggal 14 Februari!"
  pbpaste | netral check -            # baca pesan dari stdin
  netral check --json "Selamat Natal"  # hasil JSON lengkap
  netral check --batch pesan.jsonl     # tiap baris {"id": ..., "text": ...}
  netral check --evaluate --data ../shared/data   # presisi/recall/F1 vs. dua pembanding

kode keluar: 0 aman, 1 hati-hati atau jangan, 2 salah penggunaan."""

LEVEL_LABEL = {"aman": "AMAN", "hati-hati": "HATI-HATI", "jangan": "JANGAN DITERUSKAN"}


def build_parser() -> argparse.ArgumentParser:
    """The argparse parser for `netral check`."""
    parser = argparse.ArgumentParser(
        prog="netral check", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("teks", nargs="?", help="pesan yang diperiksa, atau '-' untuk stdin")
    parser.add_argument("--json", action="store_true", help="cetak hasil lengkap sebagai JSON")
    parser.add_argument("--batch", metavar="BERKAS",
                        help="periksa berkas JSON Lines ({\"id\", \"text\"} per baris)")
    parser.add_argument("--evaluate", action="store_true",
                        help="ukur presisi, recall, F1 per kategori pada data berlabel, "
                             "berdampingan dengan pembanding kata kunci dan TF-IDF + regresi logistik")
    parser.add_argument("--data", metavar="DIR", default=None,
                        help="folder data berlabel untuk --evaluate (bawaan: ../shared/data)")
    return parser


LIMITS = ("Catatan: pemeriksa hanya membaca kata-kata, bukan kebenaran isi, gambar, atau video, "
          "dan bisa keliru. Cek klaim di cekfakta.com atau turnbackhoax.id.\n")


CATEGORY_LABEL = {"politik": "Politik praktis", "sara": "SARA", "hoaks": "Gaya hoaks"}
WORDS_MAX = 8  # distinct matched words listed per rule, as on the Cek Pesan page


def _print_human(result: dict[str, Any], out: TextIO) -> None:
    """The result as the Cek Pesan page shows it: level, the categories that raised it, then one
    entry per rule (weightiest first) with its words, why, the basis and what to do instead."""
    out.write(f"{LEVEL_LABEL[result['level']]} (skor {result['score']}/100)\n")
    rules = load_rules()
    th = rules["thresholds"]
    parts = []
    for cat, label in CATEGORY_LABEL.items():
        score = result["categories"][cat]["score"]
        if score:
            parts.append(f"{label}: {LEVEL_LABEL[level_of(score, th)].lower()} ({score})")
    if parts:
        out.write(" · ".join(parts) + "\n")
    by_id = {r["id"]: r for r in rules["rules"]}
    words: dict[str, list[str]] = {}
    for f in result["findings"]:
        seen = words.setdefault(f["rule"], [])
        if f["matched"] not in seen:
            seen.append(f["matched"])
    for rid in sorted(words, key=lambda r: -by_id[r]["weight"]):  # stable: first seen on ties
        rule, found = by_id[rid], words[rid]
        more = f" dan {len(found) - WORDS_MAX} lainnya" if len(found) > WORDS_MAX else ""
        quoted = ", ".join(f'"{w}"' for w in found[:WORDS_MAX])
        out.write(f"\n- {CATEGORY_LABEL[rule['category']]}: {quoted}{more}\n  {rule['message']}\n")
        if rule["basis"]:
            out.write(f"  Dasar: {rule['basis']}\n")
        out.write(f"  Sebaiknya: {rule['advice']}\n")
    if not result["findings"]:
        out.write("Tidak ditemukan kata berisiko. Tetap baca ulang sebelum meneruskan.\n")
    out.write("\n" + LIMITS)


def _run_evaluate(data: str | None, as_json: bool, out: TextIO) -> int:
    from checker.datasets import DEFAULT_DATA
    from checker.evaluate import evaluate, format_report

    try:
        import sklearn  # noqa: F401  (the TF-IDF baseline needs it)
    except ImportError:
        sys.stderr.write("netral check: --evaluate butuh scikit-learn: pip install -e '.[test]'\n")
        return 2
    report = evaluate(Path(data) if data else DEFAULT_DATA)
    if as_json:
        out.write(json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    else:
        out.write(format_report(report))
    return 0


def _run_batch(path: str, out: TextIO) -> int:
    """One JSON line out per message in; a bad line gets an error record (so the run goes on with
    the others), a note on stderr, and exit code 2 at the end."""
    try:
        fh = (io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
              if path == "-" else open(path, encoding="utf-8", errors="replace"))
    except OSError as exc:
        sys.stderr.write(f"netral check: tidak bisa membuka {path}: {exc.strerror}\n")
        return 2
    bad = 0
    with fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError:
                item = None
            text = item.get("text") if isinstance(item, dict) else None
            if not isinstance(text, str):
                bad += 1
                error = "harus objek JSON dengan kolom \"text\" berupa teks"
                sys.stderr.write(f"netral check: {path} baris {lineno}: {error}\n")
                ident = item.get("id") if isinstance(item, dict) else None
                out.write(json.dumps({"id": ident, "line": lineno, "error": error},
                                     ensure_ascii=False) + "\n")
                continue
            result = {"id": item.get("id"), **check(text)}
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
    if bad:
        sys.stderr.write(f"netral check: {bad} baris dilewati; perbaiki lalu jalankan lagi\n")
        return 2
    return 0


def _read_stdin() -> str:
    data = sys.stdin.buffer.read()
    return data.decode("utf-8", errors="replace")


def main(argv: list[str] | None = None) -> int:
    """Entry point of `netral check`; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.evaluate:
        return _run_evaluate(args.data, args.json, sys.stdout)
    if args.batch:
        return _run_batch(args.batch, sys.stdout)
    if args.teks is None:
        parser.print_usage(sys.stderr)
        sys.stderr.write("netral check: berikan teks pesan, '-' untuk stdin, atau --batch BERKAS\n")
        return 2
    text = _read_stdin() if args.teks == "-" else args.teks
    result = check(text)
    if args.json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    else:
        _print_human(result, sys.stdout)
    return 0 if result["level"] == "aman" else 1
