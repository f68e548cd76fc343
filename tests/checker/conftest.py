"""Helpers for the checker tests: the shared vectors and the node runner."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
VECTORS_PATH = ROOT / "tests" / "vectors" / "checker.json"


def load_vectors() -> list[dict[str, Any]]:
    """The shared test vectors (tests/vectors/checker.json)."""
    return json.loads(VECTORS_PATH.read_text(encoding="utf-8"))  # type: ignore[no-any-return]
