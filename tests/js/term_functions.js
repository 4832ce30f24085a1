// Runs lunr.js's own text functions, and search.js's, over a list of words,
// for tests/test_search_stemmer.py to compare with the Python side.
//
//   node tests/js/term_functions.js IN.json OUT.json
//
// IN.json:  {"words": [...], "texts": [...]}
// OUT.json: {"stem": [...]        lunr.stemmer(word) for each word
//            "lunrTrimmer": [...] lunr.trimmer(word)
//            "foldAccents": [...] search.js foldAccents(word)
//            "trimWord": [...]    search.js trimWord(word)
//            "queryTerm": [...]   the index's search pipeline on the word
//                                 (what lunr.js looks up for it)
//            "termOf": [...]      search.js termOf(word) (highlighting's term)
//            "termInitial": [...] search.js termInitial(word)
//            "tokens": [[...]]    lunr.tokenizer(text) for each text
//            "stopWords": [...]   every word lunr.stopWordFilter drops
//            "separator": "..."   lunr.tokenizer.separator's source
//            "lunrVersion": "..."}
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..", "..");
const lunr = require(path.join(root, "node_modules", "lunr", "lunr.js"));
const search = require(path.join(root, "themes", "corpus", "static", "js", "search.js"));

const input = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
search.registerPipeline(lunr);
const searchPipeline = lunr.Pipeline.load(["foldAccents", "trimWord", "stemmer"]);

const apply = (fn, word) => fn(new lunr.Token(word, {})).toString();
const words = input.words || [];
// Every word lunr.js's stop word filter drops: its list, read back through
// the filter itself (a word it keeps comes back, a stop word does not).
const stopCandidates = input.stopCandidates || [];
const out = {
  stem: words.map((w) => apply(lunr.stemmer, w)),
  lunrTrimmer: words.map((w) => apply(lunr.trimmer, w)),
  foldAccents: words.map((w) => search.foldAccents(w)),
  trimWord: words.map((w) => search.trimWord(w)),
  queryTerm: words.map((w) => {
    const terms = searchPipeline.runString(w.toLowerCase());
    return terms.length === 1 ? terms[0] : terms.length === 0 ? "" : terms;
  }),
  termOf: words.map((w) => search.termOf(lunr, w)),
  termInitial: words.map((w) => search.termInitial(w)),
  tokens: (input.texts || []).map((t) => lunr.tokenizer(t).map((token) => token.toString())),
  stopWords: stopCandidates.filter((w) => lunr.stopWordFilter(new lunr.Token(w, {})) === undefined),
  separator: lunr.tokenizer.separator.source,
  lunrVersion: lunr.version,
  specialLetters: search.SPECIAL_LETTERS,
};
fs.writeFileSync(process.argv[3], JSON.stringify(out));
