/* Indonesian search for Material for MkDocs, without a plugin.
 *
 * Material's lunr index has no Indonesian stemmer, so "kampanye" would miss "berkampanye" and
 * "memihak" would miss "berpihak". This file strips Indonesian affixes from each query word and
 * adds the root as a wildcard term ("memihak" -> "memihak *ihak*"), which matches every affixed
 * form in the index. It wraps window.Worker so the query message (type 2) sent to Material's
 * search worker is expanded; nothing else changes. mkdocs.yml drops the English stemmer.
 * Loaded as a classic script in <head>, before Material's bundle creates the worker.
 */
(function () {
  "use strict";
  var PARTICLE = /(lah|kah|tah|pun)$/;
  var POSSESSIVE = /(ku|mu|nya)$/;
  var SUFFIX = /(kan|an|i)$/;
  var PREFIX = /^(meng|meny|mem|men|me|peng|peny|pem|pen|per|pe|ber|be|ter|di|ke|se)/;
  var MIN_ROOT = 4;

  function strip(word, pattern) {
    var out = word.replace(pattern, "");
    return out.length >= MIN_ROOT ? out : word;
  }

  /* The root of an Indonesian word, by stripping particles, possessives, suffixes, prefixes. */
  function root(word) {
    var w = word.toLowerCase();
    w = strip(strip(strip(w, PARTICLE), POSSESSIVE), SUFFIX);
    for (var i = 0; i < 2; i++) w = strip(w, PREFIX);  // "keber-", "diper-", "memper-"
    return w;
  }

  /* Add "*root*" after every plain word of a query; operators and quoted phrases stay as they are. */
  function expand(query) {
    if (query.indexOf('"') !== -1) return query;
    return query.split(/\s+/).filter(Boolean).map(function (term) {
      if (!/^[\p{L}\p{N}]+$/u.test(term) || term.length < MIN_ROOT) return term;
      return term + " *" + root(term) + "*";
    }).join(" ");
  }

  window.netralSearch = { root: root, expand: expand };
  // Material's search overlay is a role="dialog" without a name; screen readers need one.
  document.addEventListener("DOMContentLoaded", function () {
    var dialog = document.querySelector(".md-search[role='dialog']");
    if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", "Pencarian");
  });
  var NativeWorker = window.Worker;
  if (!NativeWorker) return;
  function IndonesianWorker(url, options) {
    var worker = new NativeWorker(url, options);
    var post = worker.postMessage.bind(worker);
    worker.postMessage = function (message, transfer) {
      if (message && message.type === 2 && typeof message.data === "string") {
        message = { type: 2, data: expand(message.data) };
      }
      return transfer === undefined ? post(message) : post(message, transfer);
    };
    return worker;
  }
  IndonesianWorker.prototype = NativeWorker.prototype;
  window.Worker = IndonesianWorker;
})();
