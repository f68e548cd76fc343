"""Text normalisation for matching (checker/SPEC.md §2–§3): folding, tokens and match keys.

Pure functions only. Offsets are code points of the original text, so every folded code point
remembers which original code point it came from.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# SPEC §2.1: removed before anything else (zero-width space/joiners, word joiner, BOM, soft hyphen).
ZERO_WIDTH = frozenset("\u00ad\u180e\u200b\u200c\u200d\u2060\ufeff")
# SPEC §3.1: a word is a run of letters/numbers; "@" and "$" join two word runs (k@fir, ba$i), a
# "$" may open a word before a letter ($ebarkan), runs of "*" between letters mask them (a**ing),
# and one "!" between letters joins them (ch!na; leetspeak reads it as "i").
WORD_RE = re.compile(r"(?:\$(?=[^\W\d_]))?[^\W_]+(?:(?:[@$]|(?<=[^\W\d_])(?:\*+|!)(?=[^\W\d_]))[^\W_]+)*")
MASK = "*"
# SPEC §3.2: a mixed token is split around runs of two or more ASCII digits (2019gantipresiden).
DIGIT_RUN_RE = re.compile(r"[0-9]{2,}")
ASCII_DIGIT_RE = re.compile(r"[0-9]")
LOWER_RE = re.compile(r"[a-z]")
NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")
UPPER_RE = re.compile(r"[A-Z]")
SPACED_MIN = 3
CACHE_MAX = 100_000


@dataclass(slots=True)
class Token:
    """One token: folded form, match key and its span in the original text (code points)."""

    raw: str
    key: str
    start: int
    end: int
    caps: bool = False


def fold_char(ch: str, confusables: dict[str, str]) -> str:
    """Fold one code point (SPEC §2): zero-width removal, NFKC; a lookalike listed as it
    stands (Greek capitals) is replaced at once; else lowercase, marks dropped, lookalikes."""
    if ch in ZERO_WIDTH:
        return ""
    nfkc = unicodedata.normalize("NFKC", ch)
    if nfkc in confusables:  # before lowercasing: Greek "Ν" is an N, its lowercase "ν" a v
        return confusables[nfkc]
    out = unicodedata.normalize("NFD", nfkc.lower())
    out = "".join(c for c in out if not unicodedata.category(c).startswith("M"))
    return "".join(confusables.get(c, c) for c in out)


def fold(text: str, confusables: dict[str, str], cache: dict[str, str]
         ) -> tuple[str, list[int] | None]:
    """Folded text plus, for non-ASCII input, the original index of every folded code point."""
    if text.isascii():
        return text.lower(), None
    parts: list[str] = []
    origin: list[int] = []
    if len(cache) > CACHE_MAX:
        cache.clear()
    pos = 0
    # ASCII stretches fold with one lower() call; only the other code points go one by one.
    for m in NON_ASCII_RE.finditer(text):
        parts.append(text[pos:m.start()].lower())
        origin.extend(range(pos, m.start()))
        for i in range(m.start(), m.end()):
            ch = text[i]
            folded = cache.get(ch)
            if folded is None:
                folded = cache[ch] = fold_char(ch, confusables)
            parts.append(folded)
            origin.extend([i] * len(folded))
        pos = m.end()
    parts.append(text[pos:].lower())
    origin.extend(range(pos, len(text)))
    return "".join(parts), origin


def squeeze(word: str) -> str:
    """Collapse every run of one repeated code point to a single one (kafiiir -> kafir); mask
    stars are kept, each one stands for one letter (SPEC §3.5)."""
    if len(word) < 2:
        return word
    out = [word[0]]
    for ch in word[1:]:
        if ch != out[-1] or ch == MASK:
            out.append(ch)
    return "".join(out)


def unmask_spaced(raw: str) -> str:
    """SPEC §3.4: one-letter runs joined by single stars are spaced letters (k*a*f*i*r -> kafir);
    any other word with stars stays masked."""
    parts = raw.split(MASK)
    if len(parts) >= SPACED_MIN and all(len(part) == 1 for part in parts):
        return "".join(parts)
    return raw


def mask_matches(key: str, alt: str) -> bool:
    """SPEC §4.1: a masked key matches a plain alternative of its length that agrees on every
    letter it shows, provided it shows more letters than it hides."""
    if len(key) != len(alt) or 2 * key.count(MASK) >= len(key):
        return False
    return all(k == a or k == MASK for k, a in zip(key, alt))


def is_number(raw: str) -> bool:
    """True when every code point is an ASCII digit (SPEC §3.3)."""
    return raw.isascii() and raw.isdigit()


def has_ascii_digit(raw: str) -> bool:
    """True when some code point is an ASCII digit."""
    return ASCII_DIGIT_RE.search(raw) is not None


def match_key(raw: str, leet: dict[str, str]) -> str:
    """The key alphabetic pattern words compare with: leetspeak undone, repeats squeezed."""
    if is_number(raw):
        return raw
    return squeeze("".join(leet.get(c, c) for c in raw))


def _split_digits(raw: str, start: int) -> list[tuple[str, int, int]]:
    """Split a token with letters around its runs of >= 2 ASCII digits (SPEC §3.2)."""
    if MASK in raw:
        raw_parts = _split_digits(raw.replace(MASK, "a"), start)  # stars sit between letters
        return [(unmask_spaced(raw[s - start:e - start]), s, e) for _, s, e in raw_parts]
    if is_number(raw) or not has_ascii_digit(raw):
        return [(raw, start, start + len(raw))]
    pieces: list[tuple[str, int, int]] = []
    pos = 0
    for m in DIGIT_RUN_RE.finditer(raw):
        if m.start() > pos:
            pieces.append((raw[pos:m.start()], start + pos, start + m.start()))
        pieces.append((m.group(), start + m.start(), start + m.end()))
        pos = m.end()
    if pos < len(raw):
        pieces.append((raw[pos:], start + pos, start + len(raw)))
    return pieces


def _spaced_gap(folded: str, start: int, end: int) -> bool:
    """SPEC §3.4: the gap between two spaced letters is one code point that is not a newline
    ("a s e n g", "k.a.f.i.r"), or a space, one code point that is neither, and a space
    ("C - I - N - A")."""
    if end - start == 1:
        return folded[start] != "\n"
    return (end - start == 3 and folded[start] == " " and folded[start + 2] == " "
            and folded[start + 1] not in " \n")


def _wide_gap(folded: str, start: int, end: int) -> bool:
    """SPEC §3.4: two or more spaces, nothing else: the word break of spaced-out words."""
    return end - start >= 2 and folded.count(" ", start, end) == end - start


def _pair(a: tuple[str, int, int], b: tuple[str, int, int], folded: str) -> bool:
    """SPEC §3.4: two spaced tokens that may form a word after a wide gap: one space between
    them, and both ASCII digits or neither ("N O", "0 2"; not "1 — H")."""
    return (b[1] - a[2] == 1 and folded[a[2]] == " "
            and ("0" <= a[0] <= "9") == ("0" <= b[0] <= "9"))


def _merge_spaced(pieces: list[tuple[str, int, int]], folded: str) -> list[tuple[str, int, int]]:
    """Join runs of >= 3 one-character tokens separated by spaced-letter gaps; right after such
    a run and a wide gap, a run of 2 joins too ("C O B L O S   N O   1", "C O B L O S   0 2")."""
    out: list[tuple[str, int, int]] = []
    i = 0
    follows = False  # pieces[i] comes right after a joined run and a wide gap
    while i < len(pieces):
        j = i
        dotted = False  # the run's letters are joined by "-", "." …: a plain space ends a word
        while (j + 1 < len(pieces) and len(pieces[j][0]) == 1 and len(pieces[j + 1][0]) == 1
               and _spaced_gap(folded, pieces[j][2], pieces[j + 1][1])
               and not (dotted and folded[pieces[j][2]:pieces[j + 1][1]] == " ")):
            if j == i:
                dotted = folded[pieces[j][2]:pieces[j + 1][1]] != " "
            j += 1
        if j - i + 1 >= SPACED_MIN or (follows and j == i + 1 and _pair(pieces[i], pieces[j], folded)):
            out.append(("".join(p[0] for p in pieces[i:j + 1]), pieces[i][1], pieces[j][2]))
            follows = j + 1 < len(pieces) and _wide_gap(folded, pieces[j][2], pieces[j + 1][1])
            i = j + 1
        else:
            out.append(pieces[i])
            follows = False
            i += 1
    return out


def is_caps(original: str) -> bool:
    """SPEC §3.5: at least two ASCII capitals and no ASCII lowercase letter."""
    return LOWER_RE.search(original) is None and len(UPPER_RE.findall(original)) >= 2


class TokenCache:
    """Memo tables for one rule set: folded characters, token splits, keys, caps (pure speed)."""

    def __init__(self) -> None:
        self.chars: dict[str, str] = {}
        self.splits: dict[str, list[tuple[str, int, int]]] = {}
        self.keys: dict[str, str] = {}

    def split(self, raw: str) -> list[tuple[str, int, int]]:
        """Cached _split_digits with offsets relative to the token."""
        out = self.splits.get(raw)
        if out is None:
            if len(self.splits) > CACHE_MAX:
                self.splits.clear()
            out = self.splits[raw] = _split_digits(raw, 0)
        return out

    def key(self, raw: str, leet: dict[str, str]) -> str:
        """Cached match_key."""
        out = self.keys.get(raw)
        if out is None:
            if len(self.keys) > CACHE_MAX:
                self.keys.clear()
            out = self.keys[raw] = match_key(raw, leet)
        return out


def tokenize(text: str, confusables: dict[str, str], leet: dict[str, str],
             cache: TokenCache) -> tuple[list[Token], str, list[int] | None]:
    """Tokens of ``text`` (SPEC §3), the folded text and its origin map."""
    folded, origin = fold(text, confusables, cache.chars)
    splits, keys = cache.splits, cache.keys
    pieces: list[tuple[str, int, int]] = []
    add = pieces.append
    single = False
    for m in WORD_RE.finditer(folded):
        raw = m.group()
        split = splits.get(raw)
        if split is None:
            split = cache.split(raw)
        if len(split) == 1:
            raw = split[0][0]  # a word with stars may have become spaced letters
            s, e = m.span()
            add((raw, s, e))
            if len(raw) == 1:
                single = True
        else:
            base = m.start()
            pieces.extend((r, base + s, base + e) for r, s, e in split)
            single = True
    if single:  # spaced letters need one-character tokens; most texts have none
        pieces = _merge_spaced(pieces, folded)
    tokens: list[Token] = []
    add_token = tokens.append
    # Two copies of one loop: the common pure-ASCII case needs no origin lookups. str.islower()
    # is a fast C check; a token that passes it cannot be a caps word.
    if origin is None:
        for raw, start, end in pieces:
            orig = text[start:end]
            add_token(Token(raw, keys.get(raw) or cache.key(raw, leet), start, end,
                            not orig.islower() and is_caps(orig)))
    else:
        for raw, fs, fe in pieces:
            start, end = origin[fs], origin[fe - 1] + 1
            orig = text[start:end]
            add_token(Token(raw, keys.get(raw) or cache.key(raw, leet), start, end,
                            not orig.islower() and is_caps(orig)))
    return tokens, folded, origin
