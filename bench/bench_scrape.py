"""Simulated nationwide run (run by hand, not in the test suite).

N sources, each on its own loopback host (127.1.x.y, served by bench/scrape_sim_server.py in a
separate process), fixed latency, M articles each, default politeness from scraper/sources.yml
unless --delay is given. Reports wall time, requests/s, peak memory (max RSS of this process)
and the bytes of an immediate second run.

    python bench/bench_scrape.py                    # 552 hosts x 20 articles, 50 ms, delay 5 s
    python bench/bench_scrape.py --hosts 50 --delay 1
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scraper.config import load_config  # noqa: E402
from scraper.runner import run_scrape  # noqa: E402


def sources_file(path: Path, hosts: int, port: int) -> Path:
    """A sources.yml with the shipped defaults and one feed source per simulated host."""
    shipped = yaml.safe_load((ROOT / "scraper" / "sources.yml").read_text(encoding="utf-8"))
    sys.path.insert(0, str(ROOT / "bench"))
    from scrape_sim_server import address

    sources = [{"id": f"sim-{i}", "name": f"Pemda {i}", "region": None, "province": None,
                "feed": f"http://{address(i)}:{port}/feed.xml"} for i in range(hosts)]
    path.write_text(yaml.safe_dump({"defaults": shipped["defaults"], "sources": sources}),
                    encoding="utf-8")
    return path


def timed_run(sources: Path, corpus: Path, delay: float | None) -> dict[str, float]:
    """One scrape run; its wall time, requests, bytes and outcome totals."""
    config = load_config(sources)
    start = time.monotonic()
    report = run_scrape(config, corpus, delay=delay, progress=None)
    wall = time.monotonic() - start
    data = report.to_dict()
    return {"wall_s": round(wall, 1), "requests": data["requests"],
            "requests_per_s": round(data["requests"] / wall, 1),
            "bytes": data["bytes_downloaded"], "totals": data["totals"], "ok": data["ok"]}


def main() -> None:
    """Start the simulated hosts, run twice, print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--hosts", type=int, default=552)
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--latency-ms", type=int, default=50)
    parser.add_argument("--delay", type=float, default=None, help="default: sources.yml")
    parser.add_argument("--port", type=int, default=18080)
    args = parser.parse_args()
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "scrape_sim_server.py"), str(args.hosts),
         str(args.articles), str(args.latency_ms), str(args.port)], stdout=subprocess.PIPE)
    try:
        assert server.stdout and server.stdout.readline().strip() == b"ready"
        with tempfile.TemporaryDirectory() as tmp:
            sources = sources_file(Path(tmp) / "sources.yml", args.hosts, args.port)
            first = timed_run(sources, Path(tmp) / "corpus", args.delay)
            second = timed_run(sources, Path(tmp) / "corpus", args.delay)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        delay = args.delay if args.delay is not None else load_config().defaults.delay
        print(json.dumps({"hosts": args.hosts, "articles_per_host": args.articles,
                          "latency_ms": args.latency_ms, "delay_s": delay, "first": first,
                          "second": second, "second_bytes_ratio":
                          round(second["bytes"] / max(1, first["bytes"]), 4),
                          "peak_rss_mb": round(peak_mb, 1)}, indent=2))
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
