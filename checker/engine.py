"""Pure matching and scoring: text + compiled rules -> the result JSON shape (see README)."""

from __future__ import annotations

import unicodedata
from typing import Any

CATEGORIES = ("politik", "sara", "hoaks")


def _tokens(text: str) -> list[tuple[str, int, int]]:
    """Word tokens as (normalised form, start, end) in code points of the original text."""
    out: list[tuple[str, int, int]] = []
    buf: list[str] = []
    start = 0
    for i, ch in enumerate(text + " "):
        norm = unicodedata.normalize("NFKC", ch).lower()
        if norm and all(c.isalnum() for c in norm):
            if not buf:
                start = i
            buf.append(norm)
        elif buf:
            out.append(("".join(buf), start, i))
            buf = []
    return out


def _level(score: int, thresholds: dict[str, int]) -> str:
    if score >= thresholds["jangan"]:
        return "jangan"
    return "hati-hati" if score >= thresholds["hati-hati"] else "aman"


def check(text: str, rules: dict[str, Any]) -> dict[str, Any]:
    """Score ``text`` against a compiled rule set."""
    tokens = _tokens(text)
    words = [t[0] for t in tokens]
    findings: list[dict[str, Any]] = []
    totals = dict.fromkeys(CATEGORIES, 0)
    for rule in rules["rules"]:
        hit = False
        for phrase in rule["phrases"]:
            n = len(phrase)
            for i in range(len(words) - n + 1):
                if words[i:i + n] == phrase:
                    start, end = tokens[i][1], tokens[i + n - 1][2]
                    findings.append({"rule": rule["id"], "category": rule["category"],
                                     "start": start, "end": end, "matched": text[start:end],
                                     "message": rule["message"], "basis": rule["basis"]})
                    hit = True
        if hit:
            totals[rule["category"]] += rule["weight"]
    th = rules["thresholds"]
    cats = {c: {"score": min(100, s), "flagged": min(100, s) >= th["hati-hati"]}
            for c, s in totals.items()}
    score = max(c["score"] for c in cats.values())
    findings.sort(key=lambda f: (f["start"], f["end"], f["rule"]))
    return {"level": _level(score, th), "score": score, "categories": cats,
            "findings": findings}
