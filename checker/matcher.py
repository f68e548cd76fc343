"""Phrase matching over tokens (checker/SPEC.md §4): an index by first word, joined hashtags.

A compiled phrase is a list of words; a word is a list of alternatives; an alternative ending in
"*" is a prefix, one containing an ASCII digit or made of one repeated letter (ppp) compares with
the token's folded form, any other with its match key (a masked key such as a**ing matches it
letter by letter). Matches are token ranges ``(first, last + 1)``.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from checker.normalize import MASK, Token, mask_matches

Phrase = list[list[str]]


class Word:
    """One pattern word made ready for matching: its alternatives by kind (SPEC §4.1)."""

    __slots__ = ("keys", "raws", "mixed", "prefixes")

    def __init__(self, alts: list[str]) -> None:
        self.keys = frozenset(a for a in alts if not a.endswith("*") and not is_raw_alt(a))
        self.raws = frozenset(a for a in alts if is_raw_alt(a))
        self.mixed = frozenset(a for a in alts if is_mixed_alt(a))
        self.prefixes = tuple(a[:-1] for a in alts if a.endswith("*"))

    def ok(self, tok: Token) -> bool:
        """Does one token satisfy this word (any alternative)?"""
        key = tok.key
        if key in self.keys or tok.raw in self.raws or key in self.mixed:
            return True
        if MASK in key:
            return any(mask_matches(key, alt) for alt in self.keys)
        return bool(self.prefixes) and any(key.startswith(p) for p in self.prefixes)


# (rule index, part: "m" main, "n" near or "x" except, phrase, its later words made ready)
Entry = tuple[int, str, Phrase, tuple[Word, ...]]
Candidates = tuple[list[int], list[tuple[int, tuple[Word, ...]]]]
JOIN_MIN = 5  # shortest token tried as a joined hashtag (SPEC §4.3)
JOIN_MAX = 40  # longest one: keeps the work per token bounded
CACHE_MAX = 50_000
PARTS = ("m", "n", "x")  # main phrases, near phrases, except phrases


def slot(ri: int, part: str) -> int:
    """One int for (rule index, part): ``divmod(slot, 3)`` gives them back."""
    return ri * 3 + PARTS.index(part)


def has_digit(alt: str) -> bool:
    """True when the alternative names a number signal (compared before leetspeak)."""
    return any("0" <= c <= "9" for c in alt)


def is_raw_alt(alt: str) -> bool:
    """SPEC §4.1: number signals, and words of one repeated letter (ppp), compare with the raw
    token: squeezing would leave a single letter that matches far too much."""
    if has_digit(alt):
        return True
    return len(alt) > 1 and not alt.endswith("*") and alt.count(alt[0]) == len(alt)


def is_mixed_alt(alt: str) -> bool:
    """SPEC §4.1: a word with letters and digits ("kafir2", "cina2": reduplicated plurals) also
    compares with the token's key, so "k4f1r2" finds it ("c1n42" is split at its digit run)."""
    return has_digit(alt) and not alt.isdigit()


def shape(key: str) -> tuple[int, str, str]:
    """Length, first and last code point: what a masked word and its plain word share."""
    return len(key), key[0], key[-1]


def joined_rest(rest: str, words: Phrase) -> bool:
    """Is ``rest`` exactly the concatenation of one alternative of each remaining word?"""
    if not words:
        return rest == ""
    for alt in words[0]:
        if alt.endswith("*") or is_raw_alt(alt) or not rest.startswith(alt):
            continue
        if joined_rest(rest[len(alt):], words[1:]):
            return True
    return False


class PhraseIndex:
    """All phrases of a rule set, indexed by their first word's alternatives."""

    def __init__(self, rules: list[dict[str, Any]]) -> None:
        self.by_key: dict[str, list[Entry]] = defaultdict(list)
        self.by_raw: dict[str, list[Entry]] = defaultdict(list)
        self.by_mixed: dict[str, list[Entry]] = defaultdict(list)  # by key, never masked
        self.by_prefix: dict[str, list[Entry]] = defaultdict(list)
        self.joined: dict[str, list[Entry]] = defaultdict(list)
        for ri, rule in enumerate(rules):
            near = (rule.get("near") or {}).get("phrases", [])
            for part, phrases in (("m", rule.get("phrases", [])), ("n", near),
                                  ("x", rule.get("except", []))):
                for phrase in phrases:
                    self._add(ri, part, phrase)
        self.prefix_lengths = sorted({len(p) for p in self.by_prefix})
        # Masked words show their first and last letters (stars sit between letters), so plain
        # alternatives grouped by length, first and last letter bound the work per masked word.
        self.by_shape: dict[tuple[int, str, str], list[str]] = defaultdict(list)
        for alt in self.by_key:
            self.by_shape[shape(alt)].append(alt)
        self._cand: dict[str, Candidates] = {}
        self._joined: dict[str, list[Entry]] = {}
        self._pairs: dict[tuple[str, str], list[tuple[int, int, tuple[Word, ...]]]] = {}

    def _add(self, ri: int, part: str, phrase: Phrase) -> None:
        entry = (ri, part, phrase, tuple(Word(alts) for alts in phrase[1:]))
        for alt in phrase[0]:
            if alt.endswith("*"):
                self.by_prefix[alt[:-1]].append(entry)
            elif is_raw_alt(alt):
                self.by_raw[alt].append(entry)
                if is_mixed_alt(alt):
                    self.by_mixed[alt].append(entry)
            else:
                self.by_key[alt].append(entry)
                if len(phrase) > 1 and len(alt) >= 2:
                    self.joined[alt].append(entry)

    def candidates(self, tok: Token) -> Candidates:
        """What may start at ``tok``: the slots (rule, part) of one-token matches (one-word
        phrases, and longer phrases spelled joined in this token) and the longer phrases to test
        on the next tokens (slot, later words); memoised per raw form."""
        memo = self._cand.get(tok.raw)  # the key is a function of the raw form
        if memo is None:
            if len(self._cand) > CACHE_MAX:
                self._cand.clear()
            entries = self._candidates(tok)
            singles = [slot(ri, part) for ri, part, _, rest in entries if not rest]
            if JOIN_MIN <= len(tok.key) <= JOIN_MAX:
                singles += [slot(ri, part) for ri, part, _, _ in self.joined_matches(tok.key)]
            memo = self._cand[tok.raw] = (
                singles, [(slot(ri, part), rest) for ri, part, _, rest in entries if rest])
        return memo

    def _candidates(self, tok: Token) -> list[Entry]:
        key = tok.key
        if MASK in key:  # masked words match plain alternatives only (SPEC §4.1)
            return [entry for alt in self.by_shape.get(shape(key), ()) if mask_matches(key, alt)
                    for entry in self.by_key[alt]]
        found = list(self.by_key.get(tok.key, ()))
        found.extend(self.by_raw.get(tok.raw, ()))
        if tok.key != tok.raw:  # "k4f1r2": its key is a mixed word's ("kafir2")
            found.extend(self.by_mixed.get(tok.key, ()))
        for n in self.prefix_lengths:
            if n > len(tok.key):
                break
            found.extend(self.by_prefix.get(tok.key[:n], ()))
        return found

    def find(self, tokens: list[Token]) -> dict[int, dict[str, list[tuple[int, int]]]]:
        """Every match as token ranges ``(first, last + 1)``, by rule index and part ("m", "n",
        "x"). Each list is sorted; it may hold repeats.
        """
        acc: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)  # slot -> matches
        ntok = len(tokens)
        for i, tok in enumerate(tokens):
            singles, longer = self.candidates(tok)
            if singles:
                one = (i, i + 1)
                for sl in singles:
                    acc[sl].append(one)
            if longer and i + 1 < ntok:
                nxt = tokens[i + 1]
                pair = (tok.raw, nxt.raw)
                seconds = self._pairs.get(pair)
                if seconds is None:
                    seconds = self._second_words(longer, nxt, pair)
                for sl, n, later in seconds:
                    if n == 2 or (n == 3 and i + 3 <= ntok and later[0].ok(tokens[i + 2])) or (
                            n > 3 and i + n <= ntok and all(
                                word.ok(tokens[i + k]) for k, word in enumerate(later, 2))):
                        acc[sl].append((i, i + n))
        found: dict[int, dict[str, list[tuple[int, int]]]] = {}
        for sl in sorted(acc):
            ri, part = divmod(sl, 3)
            parts = found.get(ri)
            if parts is None:
                parts = found[ri] = {"m": [], "n": [], "x": []}
            # Hits arrive by first token and, within one, by growing end (one-token hits first,
            # then longer phrases by length): already sorted. Repeats may remain (a phrase found
            # through its key and a prefix, or joined and plain): pairing does not mind them and
            # outermost() drops them.
            parts[PARTS[part]] = acc[sl]
        return found

    def _second_words(self, longer: list[tuple[int, tuple[Word, ...]]], nxt: Token,
                      pair: tuple[str, str]) -> list[tuple[int, int, tuple[Word, ...]]]:
        """The longer phrases whose second word ``nxt`` satisfies, as (slot, phrase length,
        words from the third on); memoised per pair of raw forms (keys derive from them)."""
        if len(self._pairs) > CACHE_MAX:
            self._pairs.clear()
        # By phrase length, so that the hits of one start arrive with growing ends and each
        # slot's list comes out sorted (find() need not sort it).
        out = self._pairs[pair] = sorted(
            [(sl, len(rest) + 1, rest[1:]) for sl, rest in longer if rest[0].ok(nxt)],
            key=lambda hit: hit[1])
        return out

    def joined_matches(self, key: str) -> list[Entry]:
        """Multi-word phrases whose words, joined, spell ``key`` exactly (memoised)."""
        memo = self._joined.get(key)
        if memo is None:
            if len(self._joined) > CACHE_MAX:
                self._joined.clear()
            memo = self._joined[key] = [
                entry for cut in range(2, len(key) - 1)
                for entry in self.joined.get(key[:cut], ()) if joined_rest(key[cut:], entry[2][1:])]
        return memo
