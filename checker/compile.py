"""Compile the human-edited rule YAML in checker/rules/ into the committed checker/rules.json."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml

RULES_DIR = Path(__file__).with_name("rules")
OUTPUT = Path(__file__).with_name("rules.json")
CATEGORIES = ("politik", "sara", "hoaks")


class RuleError(ValueError):
    """A rule file entry that cannot be compiled; the message names the file and the rule."""


def _compile_rule(path: Path, category: str, raw: dict[str, Any]) -> dict[str, Any]:
    rid = raw.get("id", "?")
    for key in ("id", "weight", "phrases", "message", "examples"):
        if key not in raw:
            raise RuleError(f"{path}: aturan '{rid}': kolom '{key}' wajib ada")
    phrases = [p.casefold().split() for p in raw["phrases"]]
    return {"id": rid, "category": category, "weight": int(raw["weight"]),
            "phrases": phrases, "message": raw["message"], "basis": raw.get("basis"),
            "examples": raw["examples"]}


def compile_rules(rules_dir: Path = RULES_DIR) -> dict[str, Any]:
    """Read every category file and return the compiled rule set."""
    rules = []
    for category in CATEGORIES:
        path = rules_dir / f"{category}.yml"
        for raw in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            rules.append(_compile_rule(path, category, raw))
    return {"version": 1, "thresholds": {"hati-hati": 30, "jangan": 60}, "rules": rules}


def render(ruleset: dict[str, Any]) -> str:
    """Stable JSON text of a compiled rule set."""
    return json.dumps(ruleset, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    """`python -m checker.compile [--check]`: write rules.json, or fail when it is stale."""
    args = sys.argv[1:] if argv is None else argv
    text = render(compile_rules())
    if "--check" in args:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            sys.stderr.write("checker/rules.json usang: jalankan 'python -m checker.compile'\n")
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
