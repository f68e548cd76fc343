"""Quality gate: the checker meets the pinned floors; floors only ever go up.

The shared-data part skips when ../shared/data (or $NETRAL_DATA) is absent; the own safe
messages are part of the package and always run.
"""

from __future__ import annotations

from typing import Any

import pytest

from checker.datasets import SETS, safe_messages
from checker.evaluate import evaluate_category, evaluate_probe, evaluate_safe
from tests.quality.floors import METRICS, data_dir, load, raised

FLOORS = load()["floors"]


def test_history_never_lowers_a_floor() -> None:
    history = load()["history"]
    assert history and history[-1]["floors"] == FLOORS
    for old, new in zip(history, history[1:]):
        assert new["floors"]["safe_max_rate"] <= old["floors"]["safe_max_rate"]
        for cat in SETS:
            for m in METRICS:
                assert new["floors"][cat][m] >= old["floors"][cat][m], (cat, m)


def test_raising_never_lowers() -> None:
    low = {c: {m: 0.0 for m in METRICS} for c in SETS}
    assert raised(FLOORS, low) == FLOORS
    high = raised(FLOORS, {c: {m: 0.999 for m in METRICS} for c in SETS})
    assert all(high[c][m] == 0.99 for c in SETS for m in METRICS)


def test_own_safe_messages_rarely_flagged() -> None:
    rows = safe_messages()
    assert len(rows) >= 100
    assert len({r["topic"] for r in rows}) >= 6
    report = evaluate_safe()
    assert report["rate"] <= FLOORS["safe_max_rate"], report["flagged_ids"]


@pytest.fixture(scope="module")
def data():  # type: ignore[no-untyped-def]
    path = data_dir()
    if not (path / "ibrohim2019_multilabel_hs.jsonl").exists():
        pytest.skip(f"shared labelled data not found at {path}")
    return path


@pytest.fixture(scope="module")
def reports() -> dict[str, dict[str, Any]]:
    return {}


@pytest.fixture()
def report(data, reports, category: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """One category's evaluation (all systems, test split and red-team messages), computed once
    for every test below: the TF-IDF baseline is trained a single time per category."""
    if category not in reports:
        reports[category] = evaluate_category(category, SETS[category](data))
    return reports[category]


@pytest.mark.parametrize("category", list(SETS))
def test_checker_meets_pinned_floors(  # type: ignore[no-untyped-def]
        report, category: str) -> None:
    measured = report["checker"]
    for m in METRICS:
        assert measured[m] >= FLOORS[category][m], (category, m, measured)


@pytest.mark.parametrize("category", list(SETS))
def test_checker_beats_keyword_baseline(  # type: ignore[no-untyped-def]
        report, category: str) -> None:
    """On every category by the Matthews correlation; on politik and sara by F1 too. (On the
    hoaks set, 76 % hoaxes, F1 rewards flagging a lot: the keyword list gets 0.21 F1 while it
    fires on valid text more often than on hoaxes, MCC -0.23.)"""
    ours, theirs = report["checker"], report["keyword"]
    assert ours["mcc"] > theirs["mcc"], (ours, theirs)
    if category != "hoaks":
        assert ours["f1"] > theirs["f1"], (ours, theirs)


# General-domain text with no political word (IndoNLU SmSA): SARA flags there are false alarms
# unless the row is hostile itself. 1.4 % measured on 2026-11-23; this ceiling only goes down.
PROBE_SARA_MAX_RATE = 0.02
PROBE_HOAKS_MAX_RATE = 0.005


def test_general_text_rarely_flagged(data) -> None:  # type: ignore[no-untyped-def]
    probe = evaluate_probe(data)
    if probe is None:
        pytest.skip("indonlu_smsa.jsonl not in the shared data")
    assert probe["n"] > 10_000
    assert probe["sara"]["rate"] <= PROBE_SARA_MAX_RATE, probe
    assert probe["hoaks"]["rate"] <= PROBE_HOAKS_MAX_RATE, probe


@pytest.mark.parametrize("category", ["sara"])
def test_sara_beats_tfidf_baseline(  # type: ignore[no-untyped-def]
        report, category: str) -> None:
    """Where the rules beat the learned baseline on the shared data (sara since 2026-11-23), they
    must keep doing so."""
    assert report["checker"]["f1"] > report["tfidf_lr"]["f1"]


@pytest.mark.parametrize("category", list(SETS))
def test_checker_beats_both_baselines_on_held_out_messages(  # type: ignore[no-untyped-def]
        report, category: str) -> None:
    """On red-team messages no rule was changed from, with the baselines trained on the shared
    data, the checker beats both by F1 and MCC in every category (measured 2026-11-24 on
    sets 28, 29 and 30, F1 checker vs keyword/TF-IDF: politik 0.84 vs 0.58/0.49, sara 0.83 vs
    0.40/0.48, hoaks 0.90 vs 0.35/0.29)."""
    held_out = report["transfer"]["held_out"]
    ours = held_out["checker"]
    for rival in ("keyword", "tfidf_lr"):
        for m in ("f1", "mcc"):
            assert ours[m] > held_out[rival][m], (rival, m, ours, held_out[rival])
