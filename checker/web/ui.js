// DOM glue for the Cek Pesan page. User text is only ever written through textContent,
// and nothing here opens a network connection (the page's CSP forbids it anyway).
import { check, levelOf } from "./engine.js";
import rules from "./rules.js";

const LEVEL = {
  "aman": ["Aman", "Tidak ditemukan kata yang berisiko. Tetap baca ulang sebelum meneruskan."],
  "hati-hati": ["Hati-hati", "Ada kata yang berisiko. Pertimbangkan lagi sebelum meneruskan."],
  "jangan": ["Jangan diteruskan", "Pesan ini berisiko melanggar netralitas ASN atau memuat SARA/gaya hoaks."],
};
const CATEGORY = { politik: "Politik praktis", sara: "SARA", hoaks: "Gaya hoaks" };
const PREVIEW_MAX = 5000; // code points highlighted; longer text is still checked in full
const WORDS_MAX = 8; // distinct matched words listed per explanation
const LONG_TEXT = 20000; // from this length, typing waits for a pause before re-checking
const PAUSE_MS = 300;
const ADVICE = Object.fromEntries(rules.rules.map((r) => [r.id, r.advice]));
const WEIGHT = Object.fromEntries(rules.rules.map((r) => [r.id, r.weight]));
const LEVEL_WORD = { "aman": "aman", "hati-hati": "hati-hati", "jangan": "jangan diteruskan" };

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

// The pasted text with every finding's span wrapped in <mark>, built from text nodes only.
function highlight(chars, findings) {
  const shown = Math.min(chars.length, PREVIEW_MAX);
  const cat = new Array(shown).fill(null);
  for (const f of findings) {
    for (let i = f.start; i < Math.min(f.end, shown); i++) if (!cat[i]) cat[i] = f.category;
  }
  const box = el("p", undefined, "netral-preview");
  let i = 0;
  while (i < shown) {
    let j = i;
    while (j < shown && cat[j] === cat[i]) j++;
    const piece = chars.slice(i, j).join("");
    box.appendChild(cat[i] ? el("mark", piece, `netral-${cat[i]}`) : document.createTextNode(piece));
    i = j;
  }
  if (chars.length > shown) box.appendChild(el("em", " … (pratinjau dipotong; seluruh teks tetap diperiksa)"));
  return box;
}

// One card per rule: the words it matched, why, the legal basis and what to do instead.
function explanations(findings) {
  const byRule = new Map();
  for (const f of findings) {
    if (!byRule.has(f.rule)) byRule.set(f.rule, { f, words: [] });
    byRule.get(f.rule).words.push(f.matched);
  }
  // The weightiest rule first (a call to vote before a mention), then by first occurrence.
  const cards = [...byRule.values()].sort((a, b) => WEIGHT[b.f.rule] - WEIGHT[a.f.rule]);
  const list = el("ul", undefined, "netral-findings");
  for (const { f, words } of cards) {
    const item = el("li", undefined, `netral-finding netral-${f.category}`);
    item.appendChild(el("strong", CATEGORY[f.category]));
    const distinct = [...new Set(words)];
    const more = distinct.length > WORDS_MAX ? ` dan ${distinct.length - WORDS_MAX} lainnya` : "";
    item.appendChild(el("span", `: "${distinct.slice(0, WORDS_MAX).join('", "')}"${more}`, "netral-words"));
    item.appendChild(el("p", f.message));
    if (f.basis) item.appendChild(el("p", `Dasar: ${f.basis}`, "netral-basis"));
    item.appendChild(el("p", `Sebaiknya: ${ADVICE[f.rule]}`, "netral-advice"));
    list.appendChild(item);
  }
  return list;
}

function render(result, text, out) {
  out.replaceChildren();
  const [title, body] = LEVEL[result.level];
  const banner = el("div", undefined, "netral-banner");
  banner.appendChild(el("p", title, "netral-level"));
  banner.appendChild(el("p", `${body} (skor ${result.score}/100)`));
  const flagged = Object.keys(CATEGORY).filter((c) => result.categories[c].score > 0);
  if (flagged.length) {
    // Which parts of the message raised the level, e.g. "Politik praktis: jangan diteruskan".
    banner.appendChild(el("p", flagged.map((c) => {
      const score = result.categories[c].score;
      return `${CATEGORY[c]}: ${LEVEL_WORD[levelOf(score, rules.thresholds)]} (${score})`;
    }).join(" · "), "netral-categories"));
  }
  out.appendChild(banner);
  if (result.findings.length) {
    out.appendChild(el("p", "Kata yang ditandai:", "netral-subhead"));
    out.appendChild(highlight(Array.from(text), result.findings));
    out.appendChild(explanations(result.findings));
  }
  if (result.categories.hoaks.score > 0) {
    out.appendChild(el("p", "Gaya penulisan bukan bukti bahwa isinya bohong. Cek klaimnya di cekfakta.com atau turnbackhoax.id.", "netral-note"));
  }
  out.dataset.level = result.level;
}

function setup() {
  const input = document.getElementById("pesan");
  const out = document.getElementById("hasil");
  const button = document.getElementById("periksa");
  if (!input || !out) return;
  const run = () => {
    if (!input.value.trim()) { out.replaceChildren(el("p", "Tempel pesan terlebih dahulu.")); delete out.dataset.level; return; }
    render(check(input.value, rules), input.value, out);
  };
  let timer = 0;
  if (button) button.addEventListener("click", run);
  // Short messages are checked on every keystroke; a very long text only after a pause in typing.
  input.addEventListener("input", () => {
    clearTimeout(timer);
    if (input.value.length < LONG_TEXT) run(); else timer = setTimeout(run, PAUSE_MS);
  });
}

setup();
