// Reads a JSON array of texts on stdin, prints the JS engine's results as one JSON array.
// Usage: node tests/js/run_vectors.mjs RULES_JSON < texts.json
import { readFileSync } from "node:fs";
import { check } from "../../checker/web/engine.js";

const rules = JSON.parse(readFileSync(process.argv[2], "utf8"));
const texts = JSON.parse(readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(texts.map((t) => check(t, rules))));
