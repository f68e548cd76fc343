"""Netral checker: scores a message for partisan-political, SARA and hoax-style wording."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from checker import engine


@lru_cache(maxsize=1)
def load_rules() -> dict[str, Any]:
    """The compiled rule set shipped with the package (checker/rules.json)."""
    text = resources.files("checker").joinpath("rules.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def check(text: str, rules: dict[str, Any] | None = None) -> dict[str, Any]:
    """Check one message; returns the result dict printed by `netral check --json`."""
    return engine.check(text, load_rules() if rules is None else rules)


__all__ = ["check", "load_rules"]
