"""Quality gate: the checker meets the pinned floors; floors only ever go up.

The shared-data part skips when ../shared/data (or $NETRAL_DATA) is absent; the own safe
messages are part of the package and always run.
"""

from __future__ import annotations

import pytest

from checker.datasets import SETS, safe_messages
from checker.evaluate import (checker_predict, evaluate_category, evaluate_probe, evaluate_safe,
                              keyword_predict, metrics, split, tfidf_predict)
from tests.quality.floors import METRICS, data_dir, load, measure_category, raised

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


@pytest.mark.parametrize("category", list(SETS))
def test_checker_meets_pinned_floors(data, category: str) -> None:  # type: ignore[no-untyped-def]
    measured = measure_category(category, data)
    for m in METRICS:
        assert measured[m] >= FLOORS[category][m], (category, m, measured)


@pytest.mark.parametrize("category", list(SETS))
def test_checker_beats_keyword_baseline(data, category: str) -> None:  # type: ignore[no-untyped-def]
    """On every category by the Matthews correlation; on politik and sara by F1 too. (On the
    hoaks set, 76 % hoaxes, F1 rewards flagging a lot: the keyword list gets 0.21 F1 while it
    fires on valid text more often than on hoaxes, MCC -0.23.)"""
    _, test = split(SETS[category](data))
    texts, truth = [t for t, _ in test], [y for _, y in test]
    ours = metrics(truth, checker_predict(category, texts))
    theirs = metrics(truth, keyword_predict(category, texts))
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


def test_sara_beats_tfidf_baseline(data) -> None:  # type: ignore[no-untyped-def]
    """Where the rules beat the learned baseline (sara since 2026-11-23), they must keep doing so."""
    train, test = split(SETS["sara"](data))
    texts, truth = [t for t, _ in test], [y for _, y in test]
    ours = metrics(truth, checker_predict("sara", texts))["f1"]
    assert ours > metrics(truth, tfidf_predict(train, texts))["f1"]


@pytest.mark.parametrize("category", list(SETS))
def test_checker_beats_both_baselines_on_held_out_messages(  # type: ignore[no-untyped-def]
        data, category: str) -> None:
    """On red-team messages no rule was changed from, with the baselines trained on the shared
    data, the checker beats both by F1 and MCC in every category (measured 2026-11-24 on
    sets 28, 29 and 30, F1 checker vs keyword/TF-IDF: politik 0.84 vs 0.58/0.49, sara 0.83 vs
    0.40/0.48, hoaks 0.90 vs 0.35/0.29)."""
    held_out = evaluate_category(category, SETS[category](data))["transfer"]["held_out"]
    ours = held_out["checker"]
    for rival in ("keyword", "tfidf_lr"):
        for m in ("f1", "mcc"):
            assert ours[m] > held_out[rival][m], (rival, m, ours, held_out[rival])
