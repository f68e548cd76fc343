"""Build benchmark (run by hand): time and peak memory of `netral build`, render vs MkDocs.

    python bench/bench_build.py              # shipped corpus, 1,000 and 5,000 synthetic articles
    python bench/bench_build.py --sizes 0 1000

Size 0 means the shipped corpus. Synthetic articles reuse the shipped texts with new ids, spread
over 60 months and 40 regions. Render = load corpus + write Markdown; MkDocs = `mkdocs build
--strict` in a subprocess. Peak memory: ru_maxrss of this process (render) and of the child.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scraper.corpus import article_id, load_corpus, write_article  # noqa: E402
from templates.cli import run_mkdocs, source_date_epoch  # noqa: E402
from templates.render import render_site  # noqa: E402


def synthetic_corpus(dest: Path, size: int) -> None:
    """Write ``size`` articles derived from the shipped corpus into ``dest``."""
    seeds, _ = load_corpus(ROOT / "corpus")
    for n in range(size):
        seed = seeds[n % len(seeds)]
        url = f"https://contoh{n % 40}.go.id/berita/{n}"
        month = 1 + n % 12
        write_article(dest, replace(
            seed, id=article_id(url), url=url, title=f"{seed.title} ({n})",
            published=f"{2020 + (n // 12) % 5}-{month:02d}-{1 + n % 28:02d}T08:00:00+07:00",
            region=f"Kabupaten Contoh {n % 40}", source_id=f"pemkab-contoh{n % 40}"))


def project_copy(dest: Path, corpus: Path) -> Path:
    """What `netral build` reads, with fresh generated pages."""
    shutil.copy2(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", dest / "overrides")
    shutil.copytree(ROOT / "docs", dest / "docs")
    shutil.rmtree(dest / "docs" / "berita" / "wilayah", ignore_errors=True)
    shutil.copytree(corpus, dest / "corpus")
    return dest


def measure(size: int) -> dict[str, float]:
    """Build one corpus size; return seconds and MiB."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = ROOT / "corpus" if size == 0 else Path(tmp) / "gen"
        if size:
            synthetic_corpus(corpus, size)
        project = project_copy(Path(tmp) / "p", corpus) if (Path(tmp) / "p").mkdir() is None else None
        start = time.perf_counter()
        articles, _ = load_corpus(project / "corpus")
        render_site(articles, project / "docs", project / "corpus")
        render = time.perf_counter() - start
        start = time.perf_counter()
        assert run_mkdocs(project, project / "site", source_date_epoch(articles)) == 0
        mkdocs = time.perf_counter() - start
    return {"articles": len(articles), "render_s": render, "mkdocs_s": mkdocs,
            "render_share": render / (render + mkdocs),
            "render_peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "mkdocs_peak_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}


def main() -> None:
    """Print one line per corpus size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 1000, 5000])
    args = parser.parse_args()
    print("articles  render_s  mkdocs_s  render_share  render_peak_MiB  mkdocs_peak_MiB")
    for size in args.sizes:
        r = measure(size)
        print(f"{r['articles']:8d}  {r['render_s']:8.2f}  {r['mkdocs_s']:8.2f}  "
              f"{r['render_share']:12.1%}  {r['render_peak_mib']:15.0f}  {r['mkdocs_peak_mib']:15.0f}",
              flush=True)


if __name__ == "__main__":
    main()
