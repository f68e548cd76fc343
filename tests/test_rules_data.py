"""The rule data: rules.json is fresh, every rule is complete and its examples behave as labelled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import checker
from checker.compile import RuleError, compile_rule, compile_rules
from checker.compile import main as compile_main

RULES = checker.load_rules()["rules"]
IDS = [r["id"] for r in RULES]


def test_compiled_rules_are_up_to_date() -> None:
    assert compile_main(["--check"]) == 0, "run: python -m checker.compile"


def test_compiled_rules_equal_a_fresh_compile() -> None:
    assert checker.load_rules() == compile_rules()


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_rule_is_complete(rule: dict[str, Any]) -> None:
    assert rule["category"] in {"politik", "sara", "hoaks"}
    assert rule["id"].startswith(rule["category"] + "-")
    assert 0 < rule["weight"] <= 100 or -100 <= rule["weight"] < 0
    assert rule["message"] and rule["basis"] and rule["advice"]
    assert rule["examples"]["flag"] and rule["examples"]["pass"]


def test_messages_are_hedged() -> None:
    hedged = ("berpotensi", "menyebut", "memuat", "banyak kata", "deretan")
    assert all(r["message"].lower().startswith(hedged) for r in RULES)


def test_hoax_messages_say_style_is_not_proof() -> None:
    for rule in RULES:
        if rule["category"] == "hoaks" and rule["weight"] >= 15 and "tautan" not in rule["id"]:
            assert "bukan bukti" in rule["message"] or ".go.id" in rule["message"], rule["id"]


def _lowered_by(rule: dict[str, Any], text: str) -> int:
    """How much a counter-signal rule lowers its category's score on ``text``."""
    rules = checker.load_rules()
    without = {**rules, "rules": [r for r in rules["rules"] if r["id"] != rule["id"]]}
    cat = rule["category"]
    return (checker.check(text, without)["categories"][cat]["score"]
            - checker.check(text)["categories"][cat]["score"])


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_flag_examples_fire_the_rule(rule: dict[str, Any]) -> None:
    for text in rule["examples"]["flag"]:
        result = checker.check(text)
        if rule["weight"] < 0:  # a counter-signal: lowers the score, never listed
            assert _lowered_by(rule, text) > 0, text
            assert rule["id"] not in {f["rule"] for f in result["findings"]}
        else:
            assert rule["id"] in {f["rule"] for f in result["findings"]}, text


@pytest.mark.parametrize("rule", RULES, ids=IDS)
def test_pass_examples_do_not_fire_the_rule(rule: dict[str, Any]) -> None:
    for text in rule["examples"]["pass"]:
        if rule["weight"] < 0:
            assert _lowered_by(rule, text) == 0, text
        else:
            fired = {f["rule"] for f in checker.check(text)["findings"]}
            assert rule["id"] not in fired, text


def _raw(**extra: Any) -> dict[str, Any]:
    base = {"id": "politik-x", "category": "politik", "weight": 10, "message": "m", "basis": "b",
            "advice": "a", "phrases": ["kata"], "examples": {"flag": ["kata"], "pass": ["lain"]}}
    return {**base, **extra}


@pytest.mark.parametrize("bad, needle", [
    (_raw(examples={"flag": ["kata"]}), "contoh"),
    (_raw(phrases=["dua-kata"]), "bukan satu kata"),
    (_raw(phrases=["@tidakada"]), "tidak ada"),
    (_raw(category="sara"), "kategori"),
    (_raw(feature={"name": "caps_run"}), "tepat satu"),
    (_raw(phrases=["k*fir"]), "di dalam kata"),
    (_raw(phrases=["$ebarkan"]), "di dalam kata"),
    (_raw(weight=0), "weight"),
    (_raw(weight=101), "weight"),
    (_raw(weight=-5, tier="sebutan"), "penyeimbang"),
])
def test_bad_rule_is_named_in_error(bad: dict[str, Any], needle: str) -> None:
    with pytest.raises(RuleError, match=needle) as err:
        compile_rule(Path("politik.yml"), "politik", bad, {})
    assert "politik-x" in str(err.value)


def test_a_shared_phrase_list_can_be_spliced_into_another() -> None:
    """``except: [*shared, "own"]`` (a YAML alias inside a list) compiles as one flat list."""
    shared = ["satu kata", "dua"]
    nested = compile_rule(Path("politik.yml"), "politik", _raw(**{"except": [shared, "tiga"]}), {})
    flat = compile_rule(Path("politik.yml"), "politik",
                        _raw(**{"except": ["satu kata", "dua", "tiga"]}), {})
    assert nested["except"] == flat["except"] == [[["satu"], ["kata"]], [["dua"]], [["tiga"]]]


def test_show_splits_phrases_into_words(capsys: pytest.CaptureFixture[str]) -> None:
    assert compile_main(["--show", "sara-rumah-ibadah-liar"]) == 0
    out = capsys.readouterr().out
    assert "rumah|tempat · ibadah|ibadat · liar|ilegal|mereka|itu" in out and "near (jarak 8 token)" in out
    assert compile_main(["--show", "tidak-ada"]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err
    assert compile_main(["--show"]) == 2
    assert "pakai:" in capsys.readouterr().err
