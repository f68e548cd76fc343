"""Pure matching and scoring: text + compiled rules -> the result JSON shape (checker/SPEC.md §5–§6).

No I/O. ``prepare`` builds the phrase index once per rule set; ``check`` is the public entry.
"""

from __future__ import annotations

import gc
import re
from bisect import bisect_left
from typing import Any

from checker.matcher import PhraseIndex
from checker.normalize import Token, TokenCache, tokenize

CATEGORIES = ("politik", "sara", "hoaks")
PUNCT_RE = re.compile(r"[!?]+")
Span = tuple[int, int]
NEGATION_REACH = 2
LIST_GAP = 3  # a disjunction this many tokens past a negator's reach still carries it on
GC_PAUSE_MIN = 20_000  # code points; shorter texts allocate too little to matter
CLAUSE_MARKS = frozenset(",.;:!?\n")  # a negator does not reach across these (SPEC §5.2)
LIST_MARKS = frozenset(",:")  # ... except a prohibition, across which these separate list items
SENTENCE_MARKS = frozenset(".;!?\n")  # a list that closes with ", atau …" must close before these


class Prepared:
    """A compiled rule set made ready for matching (index, tables, per-character cache)."""

    def __init__(self, rules: dict[str, Any]) -> None:
        self.rules = rules
        self.items: list[dict[str, Any]] = rules["rules"]
        self.index = PhraseIndex(self.items)
        self.confusables: dict[str, str] = rules["normalize"]["confusables"]
        self.leet: dict[str, str] = rules["normalize"]["leet"]
        self.cache = TokenCache()
        self.negators = frozenset(rules["negators"])
        self.encouragers = frozenset(rules.get("encouragers", ()))
        self.modals = frozenset(rules.get("modals", ()))
        self.disjunctions = frozenset(rules.get("disjunctions", ()))
        self.conjunctions = frozenset(rules.get("conjunctions", ()))
        self.prohibitions = frozenset(rules.get("prohibitions", ()))
        self.features = [i for i, r in enumerate(self.items) if r.get("feature")]
        # Findings are ordered by start, end, then rule id (SPEC §5.4): rank[ri] is the position
        # of rule ri's id in id order, and by_rank[rank] the fixed fields of its findings.
        ids = sorted(range(len(self.items)), key=lambda i: self.items[i]["id"])
        self.rank = [0] * len(self.items)
        for position, ri in enumerate(ids):
            self.rank[ri] = position
        self.by_rank = [(self.items[ri]["id"], self.items[ri]["category"],
                         self.items[ri]["message"], self.items[ri]["basis"]) for ri in ids]


_prepared: list[Prepared] = []


def prepare(rules: dict[str, Any]) -> Prepared:
    """The Prepared form of ``rules``, reused while the same dict object is passed."""
    for p in _prepared:
        if p.rules is rules:
            return p
    p = Prepared(rules)
    _prepared[:] = [p, *_prepared[:3]]
    return p


def paired(a: list[Span], b: list[Span], window: int, longest: int) -> list[Span]:
    """Spans of ``a`` with a non-overlapping span of ``b`` at most ``window`` tokens away.

    Both lists are sorted, so the first candidate in ``b`` only moves forward (one sweep)."""
    out = []
    nb = len(b)
    j = 0
    for s, e in a:
        lo = s - window - longest  # no span of b starting before this can be near (s, e)
        while j < nb and b[j][0] < lo:
            j += 1
        k = j
        while k < nb and b[k][0] <= e + window:
            s2, e2 = b[k]
            if (e <= s2 and s2 - e <= window) or (e2 <= s and s - e2 <= window):
                out.append((s, e))
                break
            k += 1
    return out


def list_closes_ahead(p: Prepared, text: str, tokens: list[Token]) -> list[int]:
    """Per token i, how a list closes later in i's sentence: 2 when some later "," comes directly
    before a disjunction ("…, atau pasang atribut partai"), 1 when only before a conjunction
    ("…, dan …", "…, & …"), else 0. One right-to-left pass (SPEC §5.2)."""
    out = [0] * len(tokens)
    level = 0
    for j in range(len(tokens) - 1, 0, -1):
        gap = text[tokens[j - 1].end:tokens[j].start]
        ends = not SENTENCE_MARKS.isdisjoint(gap)
        if not ends and "," in gap:
            if tokens[j].key in p.disjunctions:
                level = 2
            elif tokens[j].key in p.conjunctions or "&" in gap:
                level = max(level, 1)
        out[j] = level
        if ends:
            level = 0
    return out


def negated_at(p: Prepared, text: str, tokens: list[Token]) -> set[int]:
    """Indexes of the tokens a negator reaches (SPEC §5.2), in one left-to-right pass.

    ``limit`` is the first token no longer reached. A negator not directly followed by an
    encourager reaches the two tokens after it; a reached modal (boleh, perlu, …) carries the
    reach one token further; a disjunction (atau, maupun, …) at most LIST_GAP tokens past the
    reach carries it over the two tokens after it, and so does a conjunction (dan, serta) when the
    reach began at a prohibition (dilarang, larangan); a clause mark between two tokens ends it,
    except in a list, where every token of every ","-separated item is reached: a formal reach
    that meets ":" ("ASN dilarang: ikut kampanye, pasang spanduk/stiker calon"), or one that meets
    "," when the sentence later closes the list with ", atau …" (any reach) or ", dan …" / ", & …"
    (a formal one); a negator in such a sentence reaches its first item whole too: "jangan ikut
    kampanye, pasang baliho calon, atau foto bareng paslon"."""
    out: set[int] = set()
    negators, encouragers = p.negators, p.encouragers
    modals, disjunctions, conjunctions = p.modals, p.disjunctions, p.conjunctions
    limit = -1
    formal = False  # the reach began at a prohibition (dilarang): "dan"/"serta" carry it too
    listing = False  # the reach is a list: it reaches every ","-separated item, all of it
    ntok = len(tokens)
    closes: list[int] | None = None  # list_closes_ahead, computed when first needed

    def list_to_come(i: int) -> bool:
        nonlocal closes
        if closes is None:
            closes = list_closes_ahead(p, text, tokens)
        return closes[i] >= (1 if formal else 2)

    for i, tok in enumerate(tokens):
        key = tok.key
        if limit > -1:
            gap = text[tokens[i - 1].end:tok.start]
            marks = CLAUSE_MARKS.intersection(gap)
            if marks and LIST_MARKS.issuperset(marks) and (
                    listing or (formal and ":" in marks) or (":" not in marks and list_to_come(i))):
                listing = True
                limit = ntok  # a new list item, reached whole
            elif marks:
                limit, listing = -1, False
            if i < limit:
                out.add(i)
                if key in modals:
                    limit += 1
            elif -1 < limit <= i - LIST_GAP and not listing and not list_to_come(i):
                limit = -1  # (a list closing later in the sentence keeps the reach open)
            if limit > -1 and not listing and (key in disjunctions or (formal and key in conjunctions)):
                limit = i + 1 + NEGATION_REACH
        if key in negators and not (i + 1 < ntok and tokens[i + 1].key in encouragers):
            formal = key in p.prohibitions or (formal and limit > i)
            limit = max(limit, i + 1 + NEGATION_REACH)
            if not listing and i + 1 < ntok and list_to_come(i + 1):
                listing, limit = True, ntok  # "jangan a, b, atau c": the first item, whole
    return out


def negated(spans: list[Span], reached: set[int]) -> list[Span]:
    """Spans whose first token no negator reaches (see ``negated_at``)."""
    if not reached:
        return spans
    return [span for span in spans if span[0] not in reached]


def excepted(spans: list[Span], exceptions: list[Span]) -> list[Span]:
    """Spans that overlap no exception span (SPEC §5.2 ``except``); both lists sorted."""
    if not exceptions:
        return spans
    starts = [s for s, _ in exceptions]
    longest = max(e - s for s, e in exceptions)
    out = []
    for s, e in spans:
        j = bisect_left(starts, s - longest + 1)
        while j < len(exceptions) and exceptions[j][0] < e and exceptions[j][1] <= s:
            j += 1
        if not (j < len(exceptions) and exceptions[j][0] < e):
            out.append((s, e))
    return out


def rule_spans(rule: dict[str, Any], m: list[Span], n: list[Span]) -> list[Span]:
    """Token spans a phrase rule reports (SPEC §5.2); empty when the rule does not fire."""
    near = rule.get("near")
    if not near:
        return m
    if not m or not n:
        return []
    w = near["window"]
    return paired(m, n, w, max(e - s for s, e in n)) + paired(n, m, w, max(e - s for s, e in m))


def caps_runs(tokens: list[Token], minimum: int) -> list[tuple[int, int]]:
    """Code-point spans of runs of >= ``minimum`` consecutive caps tokens (SPEC §5.3)."""
    out, run = [], 0
    if not any(tok.caps for tok in tokens):
        return out
    for i, tok in enumerate(tokens + [Token("", "", 0, 0)]):
        if tok.caps:
            run += 1
            continue
        if run >= minimum:
            out.append((tokens[i - run].start, tokens[i - 1].end))
        run = 0
    return out


def punct_runs(folded: str, origin: list[int] | None, minimum: int) -> list[tuple[int, int]]:
    """Code-point spans of runs of >= ``minimum`` "!"/"?" in the folded text (SPEC §5.3)."""
    out: list[tuple[int, int]] = []
    if "!" not in folded and "?" not in folded:
        return out
    for m in PUNCT_RE.finditer(folded):
        if m.end() - m.start() >= minimum:
            s, e = m.start(), m.end()
            out.append((s, e) if origin is None else (origin[s], origin[e - 1] + 1))
    return out


def feature_spans(feature: dict[str, Any], tokens: list[Token], folded: str,
                  origin: list[int] | None) -> list[tuple[int, int]]:
    """Code-point spans found by a built-in style feature."""
    if feature["name"] == "caps_run":
        return caps_runs(tokens, feature["min"])
    return punct_runs(folded, origin, feature["min"])


def outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Distinct spans sorted by start, dropping any span inside another one (SPEC §5.4)."""
    spans = sorted(spans)  # plain tuple order (start, end); linear on the usual sorted runs
    out: list[tuple[int, int]] = []
    last = -1
    for span in spans:
        e = span[1]
        if e > last:  # kept spans have growing ends, so this is "not inside the previous one"
            if out and out[-1][0] == span[0]:
                out[-1] = span  # same start, longer: the previous one is inside this one
            else:
                out.append(span)
            last = e
    return out


def findings(p: Prepared, text: str, spans: dict[int, list[tuple[int, int]]]
             ) -> list[dict[str, Any]]:
    """The findings of every rule that fired, by start, end, then rule id (SPEC §5.4)."""
    rank = p.rank
    order = [(s, e, rank[ri]) for ri, found in spans.items() for s, e in found]
    if len(spans) > 1:  # one rule's spans are already in order (outermost)
        order.sort()
    by_rank = p.by_rank
    out = []
    add = out.append
    for s, e, r in order:
        rid, category, message, basis = by_rank[r]
        add({"rule": rid, "category": category, "start": s, "end": e, "matched": text[s:e],
             "message": message, "basis": basis})
    return out


def _spans_by_rule(p: Prepared, text: str, tokens: list[Token], folded: str,
                   origin: list[int] | None) -> dict[int, list[tuple[int, int]]]:
    """Code-point spans of every rule that fired, by rule index (rules with no hit are absent)."""
    parts = p.index.find(tokens)
    out: dict[int, list[tuple[int, int]]] = {}
    reached: set[int] | None = None  # computed once, when a negatable rule has matches
    bounds: tuple[list[int], list[int]] | None = None  # token starts and ends, when first needed
    for ri, found in parts.items():
        rule = p.items[ri]
        if rule.get("near") and not (found["m"] and found["n"]):
            continue  # a near rule needs both parts; skip the filtering of the one present
        m, n = excepted(found["m"], found["x"]), excepted(found["n"], found["x"])
        if rule["negatable"]:
            if reached is None:
                reached = negated_at(p, text, tokens)
            m, n = negated(m, reached), negated(n, reached)
        spans = rule_spans(rule, m, n)
        if spans:
            if bounds is None:
                bounds = ([t.start for t in tokens], [t.end for t in tokens])
            starts, ends = bounds
            out[ri] = outermost([(starts[s], ends[e - 1]) for s, e in spans])
    for ri in p.features:
        spans = feature_spans(p.items[ri]["feature"], tokens, folded, origin)
        if spans:
            out[ri] = outermost(spans)
    return out


def score_categories(p: Prepared, fired: list[int]) -> dict[str, dict[str, Any]]:
    """Integer category scores (SPEC §6): weights summed (counter-signals are negative), each
    tier capped, then kept within 0..100."""
    totals = dict.fromkeys(CATEGORIES, 0)
    tiers: dict[tuple[str, str], int] = {}
    for rule in (p.items[ri] for ri in fired):
        if rule.get("tier"):
            key = (rule["category"], rule["tier"])
            tiers[key] = tiers.get(key, 0) + rule["weight"]
        else:
            totals[rule["category"]] += rule["weight"]
    for (cat, tier), total in tiers.items():
        totals[cat] += min(total, p.rules["tiers"][tier])
    low = p.rules["thresholds"]["hati-hati"]
    clamped = {c: max(0, min(100, s)) for c, s in totals.items()}
    return {c: {"score": s, "flagged": s >= low} for c, s in clamped.items()}


def level_of(score: int, thresholds: dict[str, int]) -> str:
    """The level a score falls in."""
    if score >= thresholds["jangan"]:
        return "jangan"
    return "hati-hati" if score >= thresholds["hati-hati"] else "aman"


def check(text: str, rules: dict[str, Any]) -> dict[str, Any]:
    """Score ``text`` against a compiled rule set; the README's fixed JSON shape."""
    if len(text) < GC_PAUSE_MIN or not gc.isenabled():
        return _check(text, rules)
    # A long text allocates hundreds of thousands of tokens and tuples, none in a reference cycle
    # (reference counting frees them all), so pausing the cyclic collector only saves its repeated
    # scans: 1 MB 0.92 -> 0.80 s.
    gc.disable()
    try:
        return _check(text, rules)
    finally:
        gc.enable()


def _check(text: str, rules: dict[str, Any]) -> dict[str, Any]:
    p = prepare(rules)
    tokens, folded, origin = tokenize(text, p.confusables, p.leet, p.cache)
    spans = _spans_by_rule(p, text, tokens, folded, origin)
    cats = score_categories(p, list(spans))
    score = max(c["score"] for c in cats.values())
    shown = {ri: found for ri, found in spans.items() if p.items[ri]["weight"] > 0}
    return {"level": level_of(score, rules["thresholds"]), "score": score, "categories": cats,
            "findings": findings(p, text, shown)}
