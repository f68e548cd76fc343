"""Checker benchmarks, run by hand: `python bench/bench_checker.py [--no-browser]`.

Prints (as JSON) short messages per second in Python on one core; the time for a 1 MB message
(an ordinary mix, and three dense adversarial texts) in Python and in Chromium; the median
milliseconds per message of the JS engine in Chromium; and the Cek Pesan page's total transfer
size. Targets (issue 5): >= 20,000 short messages/s in Python, <= 0.2 ms median per message in the
browser, 1 MB under 1 s in both."""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import checker  # noqa: E402
from checker.datasets import safe_messages  # noqa: E402

SHORT = [r["text"] for r in safe_messages()] + [
    "Ayo coblos nomor urut 2 tanggal 14 Februari!", "Sebarkan sebelum dihapus!!!",
    "Dasar k4f1r, usir c1n4!", "#2019GantiPresiden", "PENGUMUMAN RESMI BKN bit.ly/x"]
MEGA = ("Selamat pagi rekan-rekan, rapat dimulai pukul 09.00 di aula. Ayo coblos 02! "
        "Umat Hindu merayakan Nyepi. 𝓟𝓻𝓪𝓫𝓸𝔀𝓸 sebarkan!!! ") * 12_000
MEGA = MEGA[:1_000_000]
# Adversarial 1 MB texts: a hostile or campaign phrase every six words (150,000-280,000
# findings) and all-caps hoax wording; each finding is a dict in the result.
DENSE = {
    "sara": ("dasar kafir usir cina dari sini " * 40_000)[:1_000_000],
    "politik": ("ayo coblos 02 prabowo gibran menang " * 40_000)[:1_000_000],
    "hoaks": ("SEBARKAN SEBELUM DIHAPUS!!! PENGUMUMAN RESMI BKN " * 30_000)[:1_000_000],
    # One sentence-long negated list (no full stop): every item is reached, the list closes late.
    "negasi": ("ASN dilarang ikut kampanye, pasang baliho calon, coblos 02, usir cina, atau foto "
               "bareng paslon dan sebarkan " * 10_000)[:1_000_000],
}


def python_rate(rounds: int = 5) -> dict[str, Any]:
    """Median short messages per second over ``rounds`` passes of 20 x SHORT."""
    batch = SHORT * 20
    checker.check(batch[0])
    rates = []
    for _ in range(rounds):
        t = time.perf_counter()
        for text in batch:
            checker.check(text)
        rates.append(len(batch) / (time.perf_counter() - t))
    return {"python_short_msgs_per_s_median": round(statistics.median(rates)),
            "python_short_msgs_per_s_all": [round(r) for r in rates],
            "short_messages": len(SHORT), "mean_chars": round(sum(map(len, SHORT)) / len(SHORT))}


def median_seconds(text: str, rounds: int) -> float:
    """Median seconds ``checker.check`` takes on ``text`` over ``rounds`` runs."""
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        checker.check(text)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def python_mega(rounds: int = 3) -> dict[str, Any]:
    """Seconds for one 1 MB (1,000,000 code points) message, median of ``rounds``; the same for
    half of it and for each dense adversarial text."""
    out = {"python_1mb_s_median": round(median_seconds(MEGA, rounds), 3),
           "python_0.5mb_s": round(median_seconds(MEGA[:500_000], 1), 3)}
    for name, text in DENSE.items():
        out[f"python_1mb_dense_{name}_s_median"] = round(median_seconds(text, rounds), 3)
    return out


BROWSER_JS = """async ([texts, mega, denseTexts]) => {
    const m = await import('../assets/checker/engine.js');
    const r = (await import('../assets/checker/rules.js')).default;
    for (const t of texts) m.check(t, r);
    const per = [];
    for (let k = 0; k < 20; k++) {
        const t0 = performance.now();
        for (const t of texts) m.check(t, r);
        per.push((performance.now() - t0) / texts.length);
    }
    per.sort((a, b) => a - b);
    const t1 = performance.now();
    m.check(mega, r);
    const mega_s = (performance.now() - t1) / 1000;
    const dense = {};
    for (const [name, text] of Object.entries(denseTexts)) {
        const runs = [];
        for (let k = 0; k < 3; k++) {
            const t2 = performance.now();
            m.check(text, r);
            runs.push((performance.now() - t2) / 1000);
        }
        runs.sort((a, b) => a - b);
        dense[name] = runs[1];
    }
    return {median_ms: per[per.length >> 1], mega_s, dense};
}"""


def browser_figures() -> dict[str, Any]:
    """Build the site, open Cek Pesan in Chromium; engine timings and page transfer size."""
    from playwright.sync_api import sync_playwright

    from tests.conftest import CHROMIUM_ARGS, build_project, copy_project, serve_dir

    site = build_project(copy_project(Path(tempfile.mkdtemp())))
    server = serve_dir(site)
    url = next(server)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        page = browser.new_context().new_page()
        sizes: list[int] = []
        page.on("response", lambda resp: sizes.append(len(resp.body())))
        page.goto(url + "/cek-pesan/")
        page.wait_for_load_state("networkidle")
        timing = page.evaluate(BROWSER_JS, [SHORT, MEGA, DENSE])
        browser.close()
    server.close()
    return {"chromium_median_ms_per_msg": round(timing["median_ms"], 4),
            "chromium_1mb_s": round(timing["mega_s"], 3),
            **{f"chromium_1mb_dense_{k}_s_median": round(v, 3) for k, v in timing["dense"].items()},
            "page_transfer_bytes": sum(sizes), "page_requests": len(sizes)}


def main() -> int:
    """Run the benchmarks and print the figures."""
    out = {**python_rate(), **python_mega()}
    if "--no-browser" not in sys.argv:
        out.update(browser_figures())
    sys.stdout.write(json.dumps(out, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
