"""`netral serve`: MkDocs' live-reloading server, plus a re-render when the corpus or the
curated data change (MkDocs then sees the new Markdown in docs/ and reloads the browser)."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from scraper.corpus import load_corpus
from templates import data
from templates.render import RenderError, render_site


def rerender(project: Path, corpus: Path) -> bool:
    """Render the pages again from disk; print the problem instead of stopping the server."""
    data.load.cache_clear()
    articles, _ = load_corpus(corpus)
    try:
        render_site(articles, project / "docs", corpus)
    except (RenderError, ValueError, KeyError) as exc:
        sys.stderr.write(f"netral serve: halaman tidak diperbarui: {exc}\n")
        return False
    sys.stderr.write(f"netral serve: {len(articles)} artikel dirender ulang\n")
    return True


_WRITES = {"created", "modified", "deleted", "moved"}
_SUFFIXES = (".json", ".yml", ".j2")


class _Rerender(FileSystemEventHandler):
    """Debounced re-render on .json / .yml / .j2 changes."""

    def __init__(self, project: Path, corpus: Path) -> None:
        self.project, self.corpus = project, corpus
        self._timer: threading.Timer | None = None

    def on_any_event(self, event: FileSystemEvent) -> None:
        # Only writes: reading the corpus (opened/closed events) must not trigger a render loop.
        if event.event_type not in _WRITES or not str(event.src_path).endswith(_SUFFIXES):
            return
        if self._timer:
            self._timer.cancel()
        self._timer = threading.Timer(0.5, rerender, (self.project, self.corpus))
        self._timer.start()


def serve(project: Path, corpus: Path, addr: str) -> int:
    """Watch the corpus and templates/, run `mkdocs serve` until interrupted."""
    observer = Observer()
    handler = _Rerender(project, corpus)
    observer.schedule(handler, str(corpus), recursive=True)
    observer.schedule(handler, str(Path(__file__).parent), recursive=True)
    observer.start()
    cmd = [sys.executable, "-m", "mkdocs", "serve", "--strict", "--livereload",
           "--config-file", str(project / "mkdocs.yml"), "--dev-addr", addr]
    try:
        return subprocess.run(cmd, check=False).returncode
    except KeyboardInterrupt:
        return 0
    finally:
        observer.stop()
        observer.join()
