// DOM glue for the Cek Pesan page. User text is only ever written through textContent,
// and nothing here opens a network connection (the page's CSP forbids it anyway).
import { check } from "./engine.js";
import rules from "./rules.js";

const LEVEL_TEXT = {
  "aman": "Aman: tidak ditemukan kata yang berisiko. Tetap baca ulang sebelum meneruskan.",
  "hati-hati": "Hati-hati: ada kata yang berisiko. Pertimbangkan lagi sebelum meneruskan.",
  "jangan": "Jangan diteruskan: pesan ini berisiko melanggar netralitas ASN atau memuat SARA/hoaks.",
};

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function render(result, text, out) {
  out.replaceChildren();
  out.dataset.level = result.level;
  out.appendChild(el("p", LEVEL_TEXT[result.level], "netral-level"));
  out.appendChild(el("p", `Skor: ${result.score}/100`));
  const list = el("ul");
  for (const f of result.findings) {
    const item = el("li");
    item.appendChild(el("mark", Array.from(text).slice(f.start, f.end).join("")));
    item.appendChild(el("span", ` — ${f.message}`));
    if (f.basis) item.appendChild(el("small", ` (Dasar: ${f.basis})`));
    list.appendChild(item);
  }
  if (result.findings.length) out.appendChild(list);
}

function setup() {
  const input = document.getElementById("pesan");
  const out = document.getElementById("hasil");
  const button = document.getElementById("periksa");
  if (!input || !out) return;
  const run = () => render(check(input.value, rules), input.value, out);
  if (button) button.addEventListener("click", run);
  input.addEventListener("input", run);
}

setup();
