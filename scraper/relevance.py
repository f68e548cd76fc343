"""The relevance rule as data (relevance.yml): keep articles about ASN neutrality in elections."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from scraper.config import SourceConfigError


@dataclass(frozen=True, slots=True)
class Decision:
    """Whether an article is kept, and why (shown in the run report)."""

    keep: bool
    reason: str


@dataclass(frozen=True, slots=True)
class Rule:
    """Groups of terms that must all be present, and terms that reject."""

    groups: tuple[tuple[str, tuple[re.Pattern[str], ...]], ...]
    rejects: tuple[re.Pattern[str], ...]


def _pattern(term: str) -> re.Pattern[str]:
    body = re.escape(term.rstrip("*")).replace(r"\ ", r"\s+")
    tail = r"\w*" if term.endswith("*") else r"\b"
    return re.compile(r"\b" + body + tail, re.I)


def load_rule(path: Path | None = None) -> Rule:
    """Read relevance.yml (the shipped one by default) into a Rule."""
    path = path or Path(str(resources.files("scraper").joinpath("relevance.yml")))
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    groups = []
    for group in data.get("all_of") or []:
        if not isinstance(group, dict) or not group.get("id") or not group.get("terms"):
            raise SourceConfigError(f"{path}: aturan '{group}': kolom 'terms' wajib ada")
        groups.append((str(group["id"]), tuple(_pattern(str(t)) for t in group["terms"])))
    rejects = tuple(_pattern(str(t)) for t in data.get("none_of") or [])
    return Rule(tuple(groups), rejects)


def decide(rule: Rule, title: str, text: str) -> Decision:
    """Apply the rule to an article; the reason names matched terms or the missing group."""
    haystack = f"{title}\n{text}"
    for pattern in rule.rejects:
        if match := pattern.search(haystack):
            return Decision(False, f"ditolak oleh kata '{match.group(0)}'")
    found = []
    for gid, patterns in rule.groups:
        match = next((m for p in patterns if (m := p.search(haystack))), None)
        if match is None:
            return Decision(False, f"tidak menyebut kelompok '{gid}'")
        found.append(f"{gid}: '{match.group(0).lower()}'")
    return Decision(True, "cocok " + ", ".join(found))
