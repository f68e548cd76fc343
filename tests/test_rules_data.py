"""The compiled checker/rules.json is what checker/rules/*.yml compiles to."""

from __future__ import annotations

from checker.compile import main as compile_main


def test_compiled_rules_are_up_to_date() -> None:
    assert compile_main(["--check"]) == 0, "run: python -m checker.compile"
