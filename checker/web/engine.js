// Netral checker engine for the browser and node: a dependency-free port of checker/engine.py,
// checker/matcher.py and checker/normalize.py. checker/SPEC.md is normative for both.
// Offsets are code points of the original text, like Python's str indexes, so every step keeps
// code-point arrays and converts regex (UTF-16) indexes explicitly.

const CATEGORIES = ["politik", "sara", "hoaks"];
const ZERO_WIDTH = new Set(["\u00ad", "\u180e", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]);
// SPEC §3.1: "@"/"$" join word runs, "$" may open a word before a letter, "*" runs between
// letters mask them (a**ing), one "!" between letters joins them (ch!na).
const WORD_RE = /(?:\$(?=\p{L}))?[\p{L}\p{N}]+(?:(?:[@$]|(?<=\p{L})(?:\*+|!)(?=\p{L}))[\p{L}\p{N}]+)*/gu;
const MASK = "*";
const MARK_RE = /\p{M}/u;
const PUNCT_RE = /[!?]+/g;
const ASCII_RE = /^[\x00-\x7f]*$/;
const SPACED_MIN = 3;
const JOIN_MIN = 5;
const JOIN_MAX = 40;
const CACHE_MAX = 100000;

const isDigit = (c) => c >= "0" && c <= "9";
const isNumber = (raw) => { for (const c of raw) if (!isDigit(c)) return false; return true; };
const hasDigit = (s) => { for (const c of s) if (isDigit(c)) return true; return false; };
// SPEC §4.1: a word with letters and digits ("kafir2") also compares with the token's key.
const isMixedAlt = (alt) => hasDigit(alt) && !isNumber(alt);
// SPEC §4.1: number signals and words of one repeated letter (ppp) compare with the raw token.
const isRawAlt = (alt) => {
  if (hasDigit(alt)) return true;
  const cps = Array.from(alt);
  return cps.length > 1 && !alt.endsWith("*") && cps.every((c) => c === cps[0]);
};

function foldChar(ch, confusables) {
  if (ZERO_WIDTH.has(ch)) return "";
  const nfkc = ch.normalize("NFKC");
  // Before lowercasing: Greek "Ν" is an N, its lowercase "ν" a v (SPEC §2.3).
  if (Object.hasOwn(confusables, nfkc)) return confusables[nfkc];
  const out = [];
  for (const c of nfkc.toLowerCase().normalize("NFD")) {
    if (!MARK_RE.test(c)) out.push(Object.hasOwn(confusables, c) ? confusables[c] : c);
  }
  return out.join("");
}

// Folded text as a string and as code points, with origin (folded cp -> original cp) and
// cpOf (UTF-16 index in the folded string -> folded cp index). Both null for ASCII input.
function fold(chars, text, confusables, cache) {
  if (ASCII_RE.test(text)) {
    const folded = text.toLowerCase();
    return { folded, fcp: folded, origin: null, cpOf: null };
  }
  if (cache.size > CACHE_MAX) cache.clear();
  const fcp = [];
  const origin = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch.length === 1 && ch.charCodeAt(0) < 128) { fcp.push(ch.toLowerCase()); origin.push(i); continue; }
    let f = cache.get(ch);
    if (f === undefined) { f = foldChar(ch, confusables); cache.set(ch, f); }
    for (const c of f) { fcp.push(c); origin.push(i); }
  }
  const folded = fcp.join("");
  const cpOf = new Int32Array(folded.length + 1);
  let u = 0;
  fcp.forEach((c, i) => { cpOf[u] = i; if (c.length === 2) cpOf[u + 1] = i; u += c.length; });
  cpOf[u] = fcp.length;
  return { folded, fcp, origin, cpOf };
}

// Repeated code points collapse to one; mask stars are kept (each stands for one letter).
function squeeze(word) {
  const out = [];
  for (const c of word) if (out.length === 0 || out[out.length - 1] !== c || c === MASK) out.push(c);
  return out.join("");
}

// SPEC §3.4: one-letter runs joined by single stars are spaced letters (k*a*f*i*r -> kafir).
function unmaskSpaced(raw) {
  const parts = raw.split(MASK);
  if (parts.length >= SPACED_MIN && parts.every((part) => cpLen(part) === 1)) return parts.join("");
  return raw;
}

// SPEC §4.1: a masked key matches a plain alternative of its length that agrees on every letter
// it shows, provided it shows more letters than it hides.
function maskMatches(key, alt) {
  const k = Array.from(key);
  const a = Array.from(alt);
  if (k.length !== a.length) return false;
  let stars = 0;
  for (const c of k) if (c === MASK) stars++;
  if (2 * stars >= k.length) return false;
  return k.every((c, i) => c === a[i] || c === MASK);
}

function matchKey(raw, leet) {
  if (isNumber(raw)) return raw;
  const out = [];
  for (const c of raw) out.push(Object.hasOwn(leet, c) ? leet[c] : c);
  return squeeze(out.join(""));
}

// SPEC §3.2: split a token with letters around its runs of >= 2 ASCII digits.
function splitDigits(raw, start) {
  if (raw.includes(MASK)) {  // stars sit between letters: split as if they were letters
    const cps = Array.from(raw);
    return splitDigits(raw.replaceAll(MASK, "a"), start)
      .map(([, s, e]) => [unmaskSpaced(cps.slice(s - start, e - start).join("")), s, e]);
  }
  const cps = Array.from(raw);
  if (isNumber(raw) || !hasDigit(raw)) return [[raw, start, start + cps.length]];
  const pieces = [];
  let pos = 0;
  let i = 0;
  while (i < cps.length) {
    if (!isDigit(cps[i])) { i++; continue; }
    let j = i;
    while (j < cps.length && isDigit(cps[j])) j++;
    if (j - i >= 2) {
      if (i > pos) pieces.push([cps.slice(pos, i).join(""), start + pos, start + i]);
      pieces.push([cps.slice(i, j).join(""), start + i, start + j]);
      pos = j;
    }
    i = j;
  }
  if (pos < cps.length) pieces.push([cps.slice(pos).join(""), start + pos, start + cps.length]);
  return pieces;
}

const cpLen = (s) => { let n = 0; for (const _ of s) n++; return n; };

// SPEC §3.4: the gap between two spaced letters is one code point that is not a newline, or a
// space, one code point that is neither, and a space ("C - I - N - A").
function spacedGap(fcp, start, end) {
  if (end - start === 1) return fcp[start] !== "\n";
  return end - start === 3 && fcp[start] === " " && fcp[start + 2] === " "
    && fcp[start + 1] !== " " && fcp[start + 1] !== "\n";
}

// A gap of exactly one plain space.
const isSpace = (fcp, start, end) => end - start === 1 && fcp[start] === " ";

// SPEC §3.4: two or more spaces, nothing else: the word break of spaced-out words.
function wideGap(fcp, start, end) {
  if (end - start < 2) return false;
  for (let k = start; k < end; k++) if (fcp[k] !== " ") return false;
  return true;
}

// SPEC §3.4: two spaced tokens that may form a word after a wide gap: one space between them,
// and both ASCII digits or neither ("N O", "0 2"; not "1 — H").
function pairOk(a, b, fcp) {
  return b[1] - a[2] === 1 && fcp[a[2]] === " " && isDigit(a[0]) === isDigit(b[0]);
}

// SPEC §3.4: join runs of >= 3 one-character tokens separated by spaced-letter gaps; right after
// such a run and a wide gap, a run of 2 joins too ("C O B L O S   N O   1").
function mergeSpaced(pieces, fcp) {
  const out = [];
  let i = 0;
  let follows = false;  // pieces[i] comes right after a joined run and a wide gap
  while (i < pieces.length) {
    let j = i;
    let dotted = false;  // the run's letters are joined by "-", "." …: a plain space ends a word
    while (j + 1 < pieces.length && cpLen(pieces[j][0]) === 1 && cpLen(pieces[j + 1][0]) === 1
      && spacedGap(fcp, pieces[j][2], pieces[j + 1][1])
      && !(dotted && isSpace(fcp, pieces[j][2], pieces[j + 1][1]))) {
      if (j === i) dotted = !isSpace(fcp, pieces[j][2], pieces[j + 1][1]);
      j++;
    }
    if (j - i + 1 >= SPACED_MIN || (follows && j === i + 1 && pairOk(pieces[i], pieces[j], fcp))) {
      out.push([pieces.slice(i, j + 1).map((p) => p[0]).join(""), pieces[i][1], pieces[j][2]]);
      follows = j + 1 < pieces.length && wideGap(fcp, pieces[j][2], pieces[j + 1][1]);
      i = j + 1;
    } else {
      out.push(pieces[i]);
      follows = false;
      i++;
    }
  }
  return out;
}

function isCaps(chars, start, end) {
  let upper = 0;
  for (let i = start; i < end; i++) {
    const c = chars[i];
    if (c >= "a" && c <= "z") return false;
    if (c >= "A" && c <= "Z") upper++;
  }
  return upper >= 2;
}

function tokenize(chars, text, p) {
  const f = fold(chars, text, p.confusables, p.cache);
  const cp = (u) => (f.cpOf ? f.cpOf[u] : u);
  let pieces = [];
  for (const m of f.folded.matchAll(WORD_RE)) pieces.push(...splitDigits(m[0], cp(m.index)));
  pieces = mergeSpaced(pieces, f.fcp);
  const tokens = pieces.map(([raw, fs, fe]) => {
    const start = f.origin ? f.origin[fs] : fs;
    const end = f.origin ? f.origin[fe - 1] + 1 : fe;
    let key = p.keys.get(raw);
    if (key === undefined) {
      if (p.keys.size > CACHE_MAX) p.keys.clear();
      key = matchKey(raw, p.leet);
      p.keys.set(raw, key);
    }
    return { raw, key, start, end, caps: isCaps(chars, start, end) };
  });
  return { tokens, f };
}

// ---- matching (checker/matcher.py) ----

// A pattern word made ready for matching: its alternatives by kind (SPEC §4.1).
function makeWord(alts) {
  const word = { keys: new Set(), raws: new Set(), mixed: new Set(), prefixes: [] };
  for (const alt of alts) {
    if (alt.endsWith("*")) word.prefixes.push(alt.slice(0, -1));
    else if (isRawAlt(alt)) {
      word.raws.add(alt);
      if (isMixedAlt(alt)) word.mixed.add(alt);
    } else word.keys.add(alt);
  }
  return word;
}

function wordOk(tok, word) {
  if (word.keys.has(tok.key) || word.raws.has(tok.raw) || word.mixed.has(tok.key)) return true;
  if (tok.key.includes(MASK)) {
    for (const alt of word.keys) if (maskMatches(tok.key, alt)) return true;
    return false;
  }
  return word.prefixes.some((p) => tok.key.startsWith(p));
}

function shape(key) {
  const cps = Array.from(key);
  return `${cps.length}\u0000${cps[0]}\u0000${cps[cps.length - 1]}`;
}

function joinedRest(rest, words, k) {
  if (k === words.length) return rest === "";
  for (const alt of words[k]) {
    if (alt.endsWith("*") || isRawAlt(alt) || !rest.startsWith(alt)) continue;
    if (joinedRest(rest.slice(alt.length), words, k + 1)) return true;
  }
  return false;
}

function push(map, key, entry) {
  const list = map.get(key);
  if (list) list.push(entry); else map.set(key, [entry]);
}

function buildIndex(rules) {
  const idx = { byKey: new Map(), byRaw: new Map(), byMixed: new Map(), byPrefix: new Map(),
    joined: new Map(), candMemo: new Map(), joinMemo: new Map() };
  rules.forEach((rule, ri) => {
    const parts = [["m", rule.phrases || []], ["n", rule.near ? rule.near.phrases : []],
      ["x", rule.except || []]];
    for (const [part, phrases] of parts) {
      for (const phrase of phrases) {
        const entry = [ri, part, phrase, phrase.slice(1).map(makeWord)];
        for (const alt of phrase[0]) {
          if (alt.endsWith("*")) push(idx.byPrefix, alt.slice(0, -1), entry);
          else if (isRawAlt(alt)) {
            push(idx.byRaw, alt, entry);
            if (isMixedAlt(alt)) push(idx.byMixed, alt, entry);
          }
          else {
            push(idx.byKey, alt, entry);
            if (phrase.length > 1 && alt.length >= 2) push(idx.joined, alt, entry);
          }
        }
      }
    }
  });
  // Masked words show their first and last letters: group plain alternatives by that shape.
  idx.byShape = new Map();
  for (const alt of idx.byKey.keys()) push(idx.byShape, shape(alt), alt);
  idx.prefixLengths = [...new Set([...idx.byPrefix.keys()].map((k) => k.length))].sort((a, b) => a - b);
  return idx;
}

function candidates(idx, tok) {
  const memoKey = tok.raw + "\u0000" + tok.key;
  let found = idx.candMemo.get(memoKey);
  if (found === undefined) {
    if (idx.candMemo.size > CACHE_MAX) idx.candMemo.clear();
    found = findCandidates(idx, tok);
    idx.candMemo.set(memoKey, found);
  }
  return found;
}

function joinedMatches(idx, key) {
  let found = idx.joinMemo.get(key);
  if (found !== undefined) return found;
  found = [];
  const cps = Array.from(key);
  if (cps.length >= JOIN_MIN && cps.length <= JOIN_MAX) {
    for (let cut = 2; cut < cps.length - 1; cut++) {
      const rest = cps.slice(cut).join("");
      for (const entry of idx.joined.get(cps.slice(0, cut).join("")) || []) {
        if (joinedRest(rest, entry[2], 1)) found.push(entry);
      }
    }
  }
  if (idx.joinMemo.size > CACHE_MAX) idx.joinMemo.clear();
  idx.joinMemo.set(key, found);
  return found;
}

function findCandidates(idx, tok) {
  if (tok.key.includes(MASK)) {  // masked words match plain alternatives only (SPEC §4.1)
    const masked = [];
    for (const alt of idx.byShape.get(shape(tok.key)) || []) {
      if (maskMatches(tok.key, alt)) masked.push(...idx.byKey.get(alt));
    }
    return masked;
  }
  const found = [...(idx.byKey.get(tok.key) || []), ...(idx.byRaw.get(tok.raw) || [])];
  if (tok.key !== tok.raw) found.push(...(idx.byMixed.get(tok.key) || []));
  for (const n of idx.prefixLengths) {
    if (n > tok.key.length) break;
    const more = idx.byPrefix.get(tok.key.slice(0, n));
    if (more) found.push(...more);
  }
  return found;
}

// Every match as a token range [first, last + 1], pushed into parts[rule][part] in order of the
// first token. Duplicates are harmless: spans are deduplicated per rule later (outermost).
function findAll(idx, tokens, parts) {
  tokens.forEach((tok, i) => {
    for (const [ri, part, phrase, words] of candidates(idx, tok)) {
      const n = phrase.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = wordOk(tokens[i + k], words[k - 1]);
      if (ok) parts[ri][part].push([i, i + n]);
    }
    if (tok.key.length >= JOIN_MIN) {
      for (const [ri, part] of joinedMatches(idx, tok.key)) parts[ri][part].push([i, i + 1]);
    }
  });
}

// Lists arrive ordered by first token; sort by end too when needed (one token can start a
// one-word and a two-word match).
function sortSpans(spans) {
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1];
    const b = spans[i];
    if (a[0] > b[0] || (a[0] === b[0] && a[1] > b[1])) return spans.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  }
  return spans;
}

// ---- scoring (checker/engine.py) ----

function bisectLeft(arr, x) {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (arr[mid] < x) lo = mid + 1; else hi = mid; }
  return lo;
}

// Both lists are sorted, so the first candidate in b only moves forward (one sweep).
function paired(a, b, window, longest) {
  const out = [];
  let j = 0;
  for (const span of a) {
    const [s, e] = span;
    const lo = s - window - longest;
    while (j < b.length && b[j][0] < lo) j++;
    for (let k = j; k < b.length && b[k][0] <= e + window; k++) {
      const [s2, e2] = b[k];
      if ((e <= s2 && s2 - e <= window) || (e2 <= s && s - e2 <= window)) { out.push(span); break; }
    }
  }
  return out;
}

const NEGATION_REACH = 2;

const CLAUSE_MARKS = new Set([",", ".", ";", ":", "!", "?", "\n"]);
// A formal reach that met ":" ("dilarang: a, b, c") goes on over these; each starts a new item.
const LIST_MARKS = new Set([",", ":"]);
const SENTENCE_MARKS = new Set([".", ";", "!", "?", "\n"]);

// Per token i, how a list closes later in i's sentence: 2 when some later "," comes directly
// before a disjunction ("…, atau pasang atribut partai"), 1 when only before a conjunction
// ("…, dan …", "…, & …"), else 0. One right-to-left pass (SPEC §5.2).
function listClosesAhead(chars, tokens, p) {
  const out = new Uint8Array(tokens.length);
  let level = 0;
  for (let j = tokens.length - 1; j > 0; j--) {
    let ends = false;
    let comma = false;
    let amp = false;
    for (let c = tokens[j - 1].end; c < tokens[j].start; c++) {
      if (SENTENCE_MARKS.has(chars[c])) ends = true;
      else if (chars[c] === ",") comma = true;
      else if (chars[c] === "&") amp = true;
    }
    if (!ends && comma) {
      const key = tokens[j].key;
      if (p.disjunctions.has(key)) level = 2;
      else if (p.conjunctions.has(key) || amp) level = Math.max(level, 1);
    }
    out[j] = level;
    if (ends) level = 0;
  }
  return out;
}

const LIST_GAP = 3;

// SPEC §5.2, one left-to-right pass; limit is the first token no longer reached. A negator not
// directly followed by an encourager reaches the two tokens after it; a reached modal carries the
// reach one token further; a disjunction at most LIST_GAP tokens past the reach carries it over
// the two tokens after it, and so does a conjunction (dan, serta) when the reach began at a
// prohibition (dilarang, larangan); a clause mark between two tokens ends it, except in a list,
// where every token of every ","-separated item is reached: a formal reach that meets ":", or one
// that meets "," when the sentence later closes the list with ", atau …" (any reach) or ", dan …" /
// ", & …" (a formal one); a negator in such a sentence reaches its first item whole too. Returns a
// flag per token, or null when no token is reached.
function negationReach(chars, tokens, p) {
  let reached = null;
  let limit = -1;
  let formal = false;  // the reach began at a prohibition (dilarang): "dan"/"serta" carry it too
  let listing = false;  // the reach is a list: it reaches every ","-separated item, all of it
  let closes = null;  // listClosesAhead, computed when first needed
  const listToCome = (i) => {
    if (closes === null) closes = listClosesAhead(chars, tokens, p);
    return closes[i] >= (formal ? 1 : 2);
  };
  for (let i = 0; i < tokens.length; i++) {
    const key = tokens[i].key;
    if (limit > -1) {
      let marks = false;  // a clause mark in the gap before token i
      let listOnly = true;  // ... and every one of them is "," or ":"
      let colon = false;
      for (let c = tokens[i - 1].end; c < tokens[i].start; c++) {
        if (!CLAUSE_MARKS.has(chars[c])) continue;
        marks = true;
        if (chars[c] === ":") colon = true;
        if (!LIST_MARKS.has(chars[c])) { listOnly = false; break; }
      }
      if (marks && listOnly && (listing || (formal && colon) || (!colon && listToCome(i)))) {
        listing = true;
        limit = tokens.length;  // a new list item, reached whole
      } else if (marks) { limit = -1; listing = false; }
      if (i < limit) {
        if (!reached) reached = new Uint8Array(tokens.length);
        reached[i] = 1;
        if (p.modals.has(key)) limit++;
      } else if (limit > -1 && i >= limit + LIST_GAP && !listing && !listToCome(i)) {
        limit = -1;  // (a list closing later in the sentence keeps the reach open)
      }
      if (limit > -1 && !listing && (p.disjunctions.has(key) || (formal && p.conjunctions.has(key)))) limit = i + 1 + NEGATION_REACH;
    }
    if (p.negators.has(key) && !(i + 1 < tokens.length && p.encouragers.has(tokens[i + 1].key))) {
      formal = p.prohibitions.has(key) || (formal && limit > i);
      limit = Math.max(limit, i + 1 + NEGATION_REACH);
      if (!listing && i + 1 < tokens.length && listToCome(i + 1)) {
        listing = true;
        limit = tokens.length;  // "jangan a, b, atau c": the first item, whole
      }
    }
  }
  return reached;
}

function negated(spans, reached) {
  return reached ? spans.filter(([s]) => !reached[s]) : spans;
}

// A loop, not Math.max(...xs): a 1 MB text can hold more spans than a call may take arguments.
function longestSpan(xs) {
  let out = 0;
  for (const [s, e] of xs) if (e - s > out) out = e - s;
  return out;
}

// SPEC §5.2 except: drop spans that overlap a match of one of the rule's except phrases.
// Both lists are sorted; only exceptions starting less than the longest one before a span can
// reach it, so each span looks at a bounded stretch.
function excepted(spans, exceptions) {
  if (!exceptions.length) return spans;
  const starts = exceptions.map((x) => x[0]);
  const longest = longestSpan(exceptions);
  return spans.filter(([s, e]) => {
    let j = bisectLeft(starts, s - longest + 1);
    while (j < exceptions.length && exceptions[j][0] < e && exceptions[j][1] <= s) j++;
    return !(j < exceptions.length && exceptions[j][0] < e);
  });
}

function ruleSpans(rule, m, n) {
  if (!rule.near) return m;
  if (!m.length || !n.length) return [];
  const w = rule.near.window;
  return [...paired(m, n, w, longestSpan(n)), ...paired(n, m, w, longestSpan(m))];
}

function capsRuns(tokens, minimum) {
  const out = [];
  let run = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && tokens[i].caps) { run++; continue; }
    if (run >= minimum) out.push([tokens[i - run].start, tokens[i - 1].end]);
    run = 0;
  }
  return out;
}

function punctRuns(f, minimum) {
  const out = [];
  for (const m of f.folded.matchAll(PUNCT_RE)) {
    if (m[0].length < minimum) continue;
    let s = m.index;
    let e = m.index + m[0].length;
    if (f.cpOf) { s = f.cpOf[s]; e = f.cpOf[e]; }
    out.push(f.origin ? [f.origin[s], f.origin[e - 1] + 1] : [s, e]);
  }
  return out;
}

// Sorted by start, then end; a span is kept when it ends after every kept one (which also drops
// repeats), and replaces the last kept one when both start together. Spans usually arrive in
// order, so the sort is skipped then.
function outermost(spans) {
  let sorted = spans;
  for (let i = 1; i < spans.length; i++) {
    const a = spans[i - 1];
    const b = spans[i];
    if (a[0] > b[0] || (a[0] === b[0] && a[1] >= b[1])) {
      sorted = [...spans].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      break;
    }
  }
  const out = [];
  let last = -1;
  for (const span of sorted) {
    if (span[1] <= last) continue;
    if (out.length && out[out.length - 1][0] === span[0]) out[out.length - 1] = span;
    else out.push(span);
    last = span[1];
  }
  return out;
}

function spansByRule(p, chars, tokens, f) {
  const parts = p.items.map(() => ({ m: [], n: [], x: [] }));
  findAll(p.index, tokens, parts);
  for (const part of parts) { sortSpans(part.m); sortSpans(part.n); sortSpans(part.x); }
  let reached;  // computed once, when a negatable rule has matches
  return p.items.map((rule, ri) => {
    if (rule.feature) {
      const feat = rule.feature;
      return outermost(feat.name === "caps_run" ? capsRuns(tokens, feat.min) : punctRuns(f, feat.min));
    }
    const x = parts[ri].x;
    if (rule.near ? !(parts[ri].m.length && parts[ri].n.length) : !parts[ri].m.length) return [];
    let m = excepted(parts[ri].m, x);
    let n = excepted(parts[ri].n, x);
    if (rule.negatable) {
      if (reached === undefined) reached = negationReach(chars, tokens, p);
      m = negated(m, reached);
      n = negated(n, reached);
    }
    const spans = ruleSpans(rule, m, n);
    return outermost(spans.map(([s, e]) => [tokens[s].start, tokens[e - 1].end]));
  });
}

function scoreCategories(rules, items, fired) {
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
  const tiers = new Map();
  items.forEach((rule, i) => {
    if (!fired[i]) return;
    if (rule.tier) {
      const key = `${rule.category}\u0000${rule.tier}`;
      tiers.set(key, (tiers.get(key) || 0) + rule.weight);
    } else totals[rule.category] += rule.weight;
  });
  for (const [key, total] of tiers) {
    const [cat, tier] = key.split("\u0000");
    totals[cat] += Math.min(total, rules.tiers[tier]);
  }
  const low = rules.thresholds["hati-hati"];
  const out = {};
  for (const c of CATEGORIES) {
    const s = Math.max(0, Math.min(100, totals[c]));
    out[c] = { score: s, flagged: s >= low };
  }
  return out;
}

export function levelOf(score, th) {
  if (score >= th["jangan"]) return "jangan";
  return score >= th["hati-hati"] ? "hati-hati" : "aman";
}

const prepared = new WeakMap();

function prepare(rules) {
  let p = prepared.get(rules);
  if (!p) {
    p = { items: rules.rules, index: buildIndex(rules.rules), confusables: rules.normalize.confusables,
      leet: rules.normalize.leet, negators: new Set(rules.negators),
      encouragers: new Set(rules.encouragers || []), modals: new Set(rules.modals || []),
      disjunctions: new Set(rules.disjunctions || []), conjunctions: new Set(rules.conjunctions || []),
      prohibitions: new Set(rules.prohibitions || []), cache: new Map(),
      keys: new Map(),
      byId: rules.rules.map((_, i) => i).sort((a, b) => (rules.rules[a].id < rules.rules[b].id ? -1 : 1)) };
    prepared.set(rules, p);
  }
  return p;
}

export function check(text, rules) {
  const p = prepare(rules);
  const chars = Array.from(text);
  const { tokens, f } = tokenize(chars, text, p);
  const spans = spansByRule(p, chars, tokens, f);
  // Code point -> UTF-16 offset, needed only when the text has characters outside the BMP.
  let unit = null;
  if (chars.length !== text.length) {
    unit = new Uint32Array(chars.length + 1);
    for (let i = 0; i < chars.length; i++) unit[i + 1] = unit[i] + chars[i].length;
  }
  // Rules in id order, then a stable sort by start and end: ties stay in id order (SPEC §5.4).
  const findings = [];
  let lists = 0;
  for (const i of p.byId) {
    const rule = p.items[i];
    if (rule.weight < 0) continue;  // a counter-signal lowers a score but is not a finding
    if (spans[i].length) lists++;
    for (const [start, end] of spans[i]) {
      findings.push({ rule: rule.id, category: rule.category, start, end,
        matched: unit ? text.slice(unit[start], unit[end]) : text.slice(start, end),
        message: rule.message, basis: rule.basis });
    }
  }
  if (lists > 1) findings.sort((a, b) => a.start - b.start || a.end - b.end);
  const categories = scoreCategories(rules, p.items, spans.map((s) => s.length > 0));
  const score = Math.max(...CATEGORIES.map((c) => categories[c].score));
  return { level: levelOf(score, rules.thresholds), score, categories, findings };
}
