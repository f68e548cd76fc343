"""Compile the human-edited YAML in checker/rules/ into the committed checker/rules.json.

`python -m checker.compile` writes the file; `--check` fails when it is stale. The phrase syntax
(words, `a|b` alternatives, `word*` prefixes, `@list` references) is defined in checker/SPEC.md §4.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import yaml

from checker.normalize import WORD_RE, fold_char, squeeze

RULES_DIR = Path(__file__).with_name("rules")
OUTPUT = Path(__file__).with_name("rules.json")
CATEGORIES = ("politik", "sara", "hoaks")
FEATURES = ("caps_run", "punct_run")
REQUIRED = ("id", "category", "weight", "message", "basis", "advice", "examples")


class RuleError(ValueError):
    """A rule file entry that cannot be compiled; the message names the file and the rule."""


def _load(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise RuleError(f"{path}: tidak bisa dibaca: {exc}") from exc


def compile_alt(alt: str, where: str) -> str:
    """Fold one alternative like text is folded; alphabetic ones are squeezed (SPEC §4.1)."""
    prefix = alt.endswith("*")
    body = "".join(fold_char(c, {}) for c in (alt[:-1] if prefix else alt))
    if not body or not WORD_RE.fullmatch(body):
        raise RuleError(f"{where}: '{alt}' bukan satu kata (pisahkan kata dengan spasi)")
    if any(c in "*$@" for c in body):
        raise RuleError(f"{where}: '{alt}' memuat '*', '$' atau '@' di dalam kata; tulis kata "
                        "aslinya (penyamaran dikenali oleh pemeriksa, lihat checker/SPEC.md §3)")
    if not any("0" <= c <= "9" for c in body):
        short = squeeze(body)
        # One repeated letter (ppp) is kept whole and compared with the raw token (SPEC §4.1).
        body = body if len(short) == 1 and not prefix else short
    elif prefix:
        raise RuleError(f"{where}: awalan '*' tidak boleh berisi angka: '{alt}'")
    return body + "*" if prefix else body


def word_options(word: str, lists: dict[str, list[str]], where: str) -> list[list[list[str]]]:
    """One pattern word -> its options: the single-word alternatives, plus one option per
    multi-word entry of an ``@list`` it names (SPEC §4.2)."""
    singles: list[str] = []
    multis: list[list[list[str]]] = []
    for alt in word.split("|"):
        if not alt.startswith("@"):
            singles.append(alt)
            continue
        if alt[1:] not in lists:
            raise RuleError(f"{where}: daftar '{alt}' tidak ada di lists.yml")
        for entry in lists[alt[1:]]:
            if " " in entry:
                multis.append([w.split("|") for w in entry.split()])
            else:
                singles.extend(entry.split("|"))
    return ([[singles]] if singles else []) + multis


def expand_phrase(text: str, lists: dict[str, list[str]], where: str) -> list[list[list[str]]]:
    """One phrase string -> compiled phrases (a multi-word @list entry adds a phrase)."""
    variants: list[list[list[str]]] = [[]]
    for word in str(text).split():
        options = word_options(word, lists, where)
        variants = [v + opt for v in variants for opt in options]
    return [[list(dict.fromkeys(compile_alt(a, where) for a in w)) for w in v]
            for v in variants if v]


def flat(raw: Any) -> Any:
    """A phrase list with nested lists spliced in, so rules can share one through a YAML anchor
    and add their own: ``except: [*bukan-ajakan, "pilih|dukung @nomor_polos"]``."""
    if not isinstance(raw, list):
        return raw
    return [p for item in raw for p in (flat(item) if isinstance(item, list) else [item])]


def compile_phrases(raw: Any, lists: dict[str, list[str]], where: str) -> list[Any]:
    """A YAML phrase list -> the compiled phrases, duplicates removed, order kept."""
    raw = flat(raw)
    if not isinstance(raw, list) or not raw:
        raise RuleError(f"{where}: 'phrases' harus daftar yang tidak kosong")
    out: list[Any] = []
    for text in raw:
        for phrase in expand_phrase(text, lists, where):
            if phrase not in out:
                out.append(phrase)
    return out


def _check_fields(raw: Any, path: Path, category: str) -> str:
    if not isinstance(raw, dict):
        raise RuleError(f"{path}: setiap aturan harus berupa pemetaan (id, weight, ...)")
    rid = str(raw.get("id", "?"))
    for key in REQUIRED:
        if key not in raw:
            raise RuleError(f"{path}: aturan '{rid}': kolom '{key}' wajib ada")
    if raw["category"] != category:
        raise RuleError(f"{path}: aturan '{rid}': kategori harus '{category}'")
    if ("phrases" in raw) == ("feature" in raw):
        raise RuleError(f"{path}: aturan '{rid}': isi tepat satu dari 'phrases' atau 'feature'")
    ex = raw["examples"]
    if not isinstance(ex, dict) or not ex.get("flag") or not ex.get("pass"):
        raise RuleError(f"{path}: aturan '{rid}': perlu contoh 'flag' dan 'pass'")
    return rid


def _compile_feature(raw: Any, where: str) -> dict[str, Any]:
    if not isinstance(raw, dict) or raw.get("name") not in FEATURES:
        raise RuleError(f"{where}: 'feature.name' harus salah satu dari {FEATURES}")
    return {"name": raw["name"], "min": int(raw.get("min", 3))}


def compile_rule(path: Path, category: str, raw: Any, lists: dict[str, list[str]]
                 ) -> dict[str, Any]:
    """Validate one YAML rule and return its compiled form."""
    rid = _check_fields(raw, path, category)
    where = f"{path}: aturan '{rid}'"
    weight = int(raw["weight"])
    if not (-100 <= weight <= 100 and weight != 0):
        raise RuleError(f"{where}: weight harus 1..100, atau -100..-1 untuk penyeimbang")
    if weight < 0 and raw.get("tier"):
        raise RuleError(f"{where}: penyeimbang (weight negatif) tidak boleh punya tier")
    rule: dict[str, Any] = {
        "id": rid, "category": category, "weight": weight,
        "tier": raw.get("tier"), "negatable": bool(raw.get("negatable", False)), "message": raw["message"], "basis": raw["basis"],
        "advice": raw["advice"], "examples": {"flag": list(raw["examples"]["flag"]),
                                              "pass": list(raw["examples"]["pass"])}}
    if "feature" in raw:
        rule["feature"] = _compile_feature(raw["feature"], where)
        return rule
    rule["phrases"] = compile_phrases(raw["phrases"], lists, where)
    if raw.get("near"):
        near = raw["near"]
        rule["near"] = {"window": int(near.get("window", 5)),
                        "phrases": compile_phrases(near.get("phrases"), lists, where + " near")}
    if raw.get("except"):
        rule["except"] = compile_phrases(raw["except"], lists, where + " except")
    return rule


# Word sets that shape a negator's reach (checker/SPEC.md §5.2); optional in settings.yml.
NEGATION_WORDS = ("encouragers", "modals", "disjunctions", "conjunctions", "prohibitions")


def compile_rules(rules_dir: Path = RULES_DIR) -> dict[str, Any]:
    """Read settings, lists and every category file; return the compiled rule set."""
    settings = _load(rules_dir / "settings.yml")
    lists = {k: [str(x) for x in v] for k, v in (_load(rules_dir / "lists.yml") or {}).items()}
    rules, seen = [], set()
    for category in CATEGORIES:
        path = rules_dir / f"{category}.yml"
        for raw in _load(path) or []:
            rule = compile_rule(path, category, raw, lists)
            if rule["id"] in seen:
                raise RuleError(f"{path}: id aturan '{rule['id']}' dipakai dua kali")
            seen.add(rule["id"])
            rules.append(rule)
    return {"version": 2, "thresholds": settings["thresholds"], "tiers": settings["tiers"],
            "normalize": {"confusables": settings["confusables"], "leet": settings["leet"]},
            "negators": sorted({squeeze(w) for w in settings["negators"]}),
            **{name: sorted({squeeze(w) for w in settings.get(name) or []}) for name in NEGATION_WORDS},
            "rules": rules}


def render(ruleset: dict[str, Any]) -> str:
    """Stable JSON text of a compiled rule set."""
    return json.dumps(ruleset, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _shown(phrases: Any) -> list[str]:
    """Phrases as their words, one "·" between words: spaces split words, "|" only alternatives."""
    return [" · ".join(str(p).split()) for p in (flat(phrases) or [])]


def show(rule_id: str, rules_dir: Path = RULES_DIR) -> str:
    """How the compiler reads one rule's phrases, word by word (for rule authors): a phrase such as
    "jalan sehat|senam bersama" is three words, "jalan · sehat|senam · bersama", not two options."""
    for category in CATEGORIES:
        for raw in _load(rules_dir / f"{category}.yml") or []:
            if isinstance(raw, dict) and raw.get("id") == rule_id:
                lines = [f"{rule_id} ({category}, bobot {raw.get('weight')})", "  phrases:"]
                lines += [f"    {p}" for p in _shown(raw.get("phrases"))]
                if raw.get("near"):
                    lines.append(f"  near (jarak {raw['near'].get('window', 5)} token):")
                    lines += [f"    {p}" for p in _shown(raw["near"].get("phrases"))]
                if raw.get("except"):
                    lines.append("  except:")
                    lines += [f"    {p}" for p in _shown(raw["except"])]
                return "\n".join(lines) + "\n"
    raise RuleError(f"aturan '{rule_id}' tidak ditemukan di {rules_dir}")


def main(argv: list[str] | None = None) -> int:
    """`python -m checker.compile [--check | --show RULE_ID]`: write rules.json, fail when it is
    stale, or print how one rule's phrases split into words."""
    args = sys.argv[1:] if argv is None else argv
    if "--show" in args:
        rest = args[args.index("--show") + 1:]
        if not rest:
            sys.stderr.write("pakai: python -m checker.compile --show ID_ATURAN\n")
            return 2
        try:
            sys.stdout.write(show(rest[0]))
        except RuleError as exc:
            sys.stderr.write(f"{exc}\n")
            return 2
        return 0
    try:
        text = render(compile_rules())
    except RuleError as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    if "--check" in args:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else ""
        if current != text:
            sys.stderr.write("checker/rules.json usang: jalankan 'python -m checker.compile'\n")
            return 1
        return 0
    # Write beside, then rename: a reader (a running check, the site build) never sees half a file.
    tmp = OUTPUT.with_name(f".{OUTPUT.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, OUTPUT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
