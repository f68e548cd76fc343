// Netral checker engine for the browser and node: a dependency-free port of checker/engine.py.
// Offsets are code points of the original text, like Python's str indexes.

const CATEGORIES = ["politik", "sara", "hoaks"];
const ALNUM = /^[\p{L}\p{N}\p{M}]+$/u;

function tokens(text) {
  const chars = Array.from(text);
  chars.push(" ");
  const out = [];
  let buf = [];
  let start = 0;
  chars.forEach((ch, i) => {
    const norm = ch.normalize("NFKC").toLowerCase();
    if (norm && ALNUM.test(norm)) {
      if (buf.length === 0) start = i;
      buf.push(norm);
    } else if (buf.length) {
      out.push([buf.join(""), start, i]);
      buf = [];
    }
  });
  return { out, chars };
}

function level(score, th) {
  if (score >= th["jangan"]) return "jangan";
  return score >= th["hati-hati"] ? "hati-hati" : "aman";
}

export function check(text, rules) {
  const { out: toks, chars } = tokens(text);
  const words = toks.map((t) => t[0]);
  const findings = [];
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, 0]));
  for (const rule of rules.rules) {
    let hit = false;
    for (const phrase of rule.phrases) {
      const n = phrase.length;
      for (let i = 0; i + n <= words.length; i++) {
        let same = true;
        for (let k = 0; k < n; k++) if (words[i + k] !== phrase[k]) { same = false; break; }
        if (!same) continue;
        const start = toks[i][1];
        const end = toks[i + n - 1][2];
        findings.push({ rule: rule.id, category: rule.category, start, end,
          matched: chars.slice(start, end).join(""), message: rule.message, basis: rule.basis });
        hit = true;
      }
    }
    if (hit) totals[rule.category] += rule.weight;
  }
  const th = rules.thresholds;
  const categories = {};
  for (const c of CATEGORIES) {
    const s = Math.min(100, totals[c]);
    categories[c] = { score: s, flagged: s >= th["hati-hati"] };
  }
  const score = Math.max(...CATEGORIES.map((c) => categories[c].score));
  findings.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  return { level: level(score, th), score, categories, findings };
}
