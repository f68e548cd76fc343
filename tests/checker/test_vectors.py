"""The shared vectors against the Python engine (node: tests/js, Chromium: test_browser.py)."""

from __future__ import annotations

from typing import Any

import pytest

import checker
from tests.checker.conftest import load_vectors
from tests.vectors.make_vectors import CASES, project

VECTORS = load_vectors()


def test_vectors_file_covers_every_case() -> None:
    assert [v["text"] for v in VECTORS] == [t for _, t in CASES]


@pytest.mark.parametrize("vector", VECTORS, ids=[v["description"] for v in VECTORS])
def test_python_engine_meets_vector(vector: dict[str, Any]) -> None:
    result = checker.check(vector["text"])
    assert project(result) == vector["expect"]
    for f in result["findings"]:
        assert vector["text"][f["start"]:f["end"]] == f["matched"]
