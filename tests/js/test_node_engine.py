"""The JS engine under node gives exactly the Python engine's results on the shared vectors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

import checker
from tests.checker.conftest import ROOT, load_vectors
from tests.vectors.make_vectors import project

RUNNER = Path(__file__).with_name("run_vectors.mjs")
RULES = ROOT / "checker" / "rules.json"
EXTRA = ["Selamat Idulfitri, mohon maaf lahir dan batin 🙏", "x" * 5000 + " kafir " * 3,
         "İSTANBUL ǅ ß ﬃ ½ ⅷ ①②", "\ud7ff\ue000\U0010ffff", "k@fir $ebarkan @user #PrabowoGibran",
         "#" + "prabowogibran" * 4, "#" + "gantipresiden" * 3 + "x" * 2, "ASENG!!! " * 3]


def run_node(texts: list[str]) -> list[dict[str, Any]]:
    """Results of checker/web/engine.js under node for ``texts``."""
    node = shutil.which("node")
    if node is None:
        if os.environ.get("CI") == "true":
            pytest.fail("node not found: the JS engine must be tested in CI")
        pytest.skip("node not found")
    proc = subprocess.run([node, str(RUNNER), str(RULES)], input=json.dumps(texts),
                          capture_output=True, text=True, check=True, timeout=60)
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def test_node_engine_meets_every_vector() -> None:
    vectors = load_vectors()
    results = run_node([v["text"] for v in vectors])
    for vector, result in zip(vectors, results, strict=True):
        assert project(result) == vector["expect"], vector["description"]


def test_node_engine_equals_python_on_full_results() -> None:
    texts = [v["text"] for v in load_vectors()] + EXTRA
    for rule in checker.load_rules()["rules"]:
        texts += rule["examples"]["flag"] + rule["examples"]["pass"]
    assert run_node(texts) == [checker.check(t) for t in texts]
