// search.js's query evaluator against lunr.js's own lunr.Index.prototype.query.
//
// Run by tests/test_search_fast_query.py (so pytest and `make test` run it):
//
//   CORPUS_SEARCH_FIXTURE=fixture.json node --test tests/js/search_fast_query.test.js
//
// fixture.json: {"cases": [{"name", "payload": path of a JSON file holding
//   what search/index.js gives CorpusSearch (its parts joined),
//   "queries": [...], "generated": how many queries to add, "expect":
//   {"minResults": the largest result list must be at least this long}}]}
//
// For each case the index is rebuilt by search.js (buildIndex), and every
// query, the fixture's and as many generated from the index's own text
// (common and rare words, several words, +required, -prohibited, only
// -words, field:word, wildcards, fuzzy ~1 and ~2, boosts, absent words,
// accents, numbers, syntax lunr refuses), is run through both
//   - index.search (search.js's evaluator), and
//   - index.lunrQuery (lunr.Index.prototype.query of lunr.js 2.3.9),
// which must give the same refs in the same order, scores within 1e-9 and
// the same matched terms per field (metadata compared as JSON, key order
// included), or both fail alike.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..", "..");
const lunr = require(path.join(root, "node_modules", "lunr", "lunr.js"));
const search = require(path.join(root, "themes", "corpus", "static", "js", "search.js"));

const fixturePath = process.env.CORPUS_SEARCH_FIXTURE;
// Run alone (node --test tests/js) there is no index to query: the Python
// side writes the fixture (pytest tests/test_search_fast_query.py runs this).
const fixture = fixturePath ? JSON.parse(fs.readFileSync(fixturePath, "utf8")) : { cases: [] };
if (!fixturePath) {
  test("fast query evaluator", { skip: "run through pytest tests/test_search_fast_query.py" }, () => {});
}

const SCORE_TOLERANCE = 1e-9;
const FIELDS = ["title", "body", "claim", "source", "entities", "outlet", "author"];

/* A small deterministic generator (mulberry32): the same queries every run. */
function random(seed) {
  return function () {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/* The store's texts (titles, leads, claims, sources), each as its words as
   typed, without the words with lunr's syntax characters in them (they
   would be other queries). */
function storeTexts(payload) {
  const texts = [];
  payload.a.forEach((article) => texts.push(article[1] || "", article[4] || ""));
  payload.c.forEach((claim) => texts.push(claim[2] || "", claim[3] || ""));
  return texts.map((text) => text.split(/[\s\-]+/)
    .map((raw) => raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((word) => word && !/[:^~*+]/.test(word)));
}

const isStopWord = (word) => lunr.stopWordFilter(new lunr.Token(word.toLowerCase(), {})) === undefined;

/* `count` queries of every kind, from the index's own words: drawn from all
   the words of the text (so mostly common ones), from its distinct words
   (so mostly rare ones), from one text (words found together, for
   +required queries that do match) and stop words (not in the index). */
function generatedQueries(payload, count) {
  const rng = random(20190327);
  const texts = storeTexts(payload).map((words) => words.filter((w) => !isStopWord(w)))
    .filter((words) => words.length >= 2);
  const all = texts.flat();
  const distinct = Array.from(new Set(all.map((w) => w.toLowerCase())));
  const stopWords = Array.from(new Set(storeTexts(payload).flat().filter(isStopWord)));
  const pick = (list) => list[Math.floor(rng() * list.length)];
  const common = () => pick(all);
  const rare = () => pick(distinct);
  const word = () => (rng() < 0.5 ? common() : rare());
  const together = () => { const words = pick(texts); return [pick(words), pick(words), pick(words)]; };
  const field = () => pick(FIELDS);
  const prefix = (w, n) => w.slice(0, Math.max(1, Math.min(n, w.length)));
  const kinds = [
    () => common(),
    () => rare(),
    () => `${word()} ${word()}`,
    () => `${common()} ${common()} ${rare()}`,
    () => { const [a, b] = together(); return `+${a} +${b}`; },
    () => { const [a, b, c] = together(); return `+${a} +${b} +${c}`; },
    () => { const [a, b] = together(); return `+${a} ${b} ${common()}`; },
    () => { const [a, b] = together(); return `+${a} -${b}`; },
    () => `+${common()} -${word()}`,
    () => `${common()} -${common()}`,
    () => `-${word()}`,
    () => `-${common()} -${rare()}`,
    () => `${field()}:${word()}`,
    () => `${field()}:${common()} ${word()}`,
    () => { const [a, b] = together(); return `+${field()}:${a} -${b}`; },
    () => `${prefix(common(), 2 + Math.floor(rng() * 3))}*`,
    () => `*${common().slice(-3)}`,
    () => { const w = common(); return w.length > 3 ? `${w[0]}*${w.slice(-2)}` : `${w}*`; },
    () => `${word()}~1`,
    () => `${prefix(rare(), 6)}~2`,
    () => `${common()}^10 ${word()}`,
    () => `${field()}:${word()}^5 ${word()}`,
    () => `${common()}^0`,
    () => { const w = common(); return `${w} ${w}`; },
    () => { const w = common(); return `${w} title:${w}^3 -${rare()}`; },
    () => `${pick(stopWords)} ${common()}`,
    () => `+${pick(stopWords)} ${common()}`,
    () => `zzqxv${Math.floor(rng() * 1000)}`,
    () => `+zzqxv ${common()}`,
    () => `${common()} -zzqxv`,
    () => `${field()}:${prefix(common(), 3)}* ${word()}~1`,
  ];
  const queries = [];
  for (let i = 0; i < count; i++) queries.push(kinds[i % kinds.length]());
  return queries;
}

// Queries of every kind that need no particular word.
const FIXED_QUERIES = [
  "", " ", "-", "+", "the", "+the", "-the", "the -the", "99", "300", "99 soldiers", "s-300",
  "S-300 missiles", "Maiquetía", "maiquetia", "MAIQUETÍA", "maiquetía~1", "Bogotá", "bogota",
  "São Paulo", "Zürich", "zurich", "Łódź", "lodz", "Straße", "strasse", "Brasília", "Mérida",
  "caracas moscow", "+caracas +moscow", "caracas -moscow", "-caracas", "caraca*", "*acas",
  "moscow~2", "title:*", "*", "saturday sunday monday", "+saturday -sunday monday^4",
  "title:caracas^10 body:moscow", "source:caracas", "entities:caracas", "outlet:news",
  "author:*a*", "said", "soldiers~1", "t*", "a*", "title:", "nosuchfield:russia", "russia~",
  "russia^", ":", "russia~3 troops",
];

function lunrSearch(index, text) {
  return index.lunrQuery((query) => new lunr.QueryParser(text, query).parse());
}

/* Runs `run`; what it returned or threw. */
function outcome(run) {
  try {
    return { results: run() };
  } catch (error) {
    return { error };
  }
}

/* Why the two outcomes of one query differ, or null if they do not. */
function difference(fast, slow) {
  if (fast.error || slow.error) {
    if (!fast.error || !slow.error) {
      return `one failed: ${fast.error || "fast evaluator returned"} / ${slow.error || "lunr.js returned"}`;
    }
    // (A QueryParseError's message is shown to the reader: it must be the
    // same. Other errors' messages are the JavaScript engine's wording.)
    const sameMessage = !(slow.error instanceof lunr.QueryParseError) || fast.error.message === slow.error.message;
    if (fast.error.constructor !== slow.error.constructor || !sameMessage) {
      return `different failures: ${fast.error} / ${slow.error}`;
    }
    return null;
  }
  const a = fast.results, b = slow.results;
  if (a.length !== b.length) return `${a.length} results, lunr.js ${b.length}`;
  for (let i = 0; i < a.length; i++) {
    if (a[i].ref !== b[i].ref) return `result ${i} is ${a[i].ref}, lunr.js ${b[i].ref}`;
    if (!(Math.abs(a[i].score - b[i].score) <= SCORE_TOLERANCE)) {
      return `score of ${a[i].ref} is ${a[i].score}, lunr.js ${b[i].score}`;
    }
    const ma = JSON.stringify(a[i].matchData.metadata), mb = JSON.stringify(b[i].matchData.metadata);
    if (ma !== mb) return `matched terms of ${a[i].ref} are ${ma}, lunr.js ${mb}`;
  }
  return null;
}

function compareAll(index, queries) {
  const report = { mismatches: [], failed: 0, empty: 0, largest: 0, exactScores: 0, scores: 0, ties: 0 };
  for (const text of queries) {
    const fast = outcome(() => index.search(text));
    const slow = outcome(() => lunrSearch(index, text));
    const why = difference(fast, slow);
    if (why) report.mismatches.push(`${JSON.stringify(text)}: ${why}`);
    if (fast.error) { report.failed++; continue; }
    const results = fast.results;
    if (!results.length) report.empty++;
    report.largest = Math.max(report.largest, results.length);
    results.forEach((r, i) => {
      if (i > 0 && r.score === results[i - 1].score) report.ties++;
      if (!why) { report.scores++; if (r.score === slow.results[i].score) report.exactScores++; }
    });
  }
  return report;
}

search.registerPipeline(lunr);

test("the comparison notices a different order, score, term or failure", () => {
  const fresh = () => [
    { ref: "a1", score: 2, matchData: { metadata: { russia: { title: {} } } } },
    { ref: "a2", score: 1, matchData: { metadata: { troop: { body: {} }, russia: { body: {} } } } },
  ];
  const base = { results: fresh() };
  assert.equal(difference({ results: fresh() }, base), null);
  const swapped = fresh().reverse();
  assert.match(difference({ results: swapped }, base), /result 0/);
  const shorter = fresh().slice(1);
  assert.match(difference({ results: shorter }, base), /1 results/);
  const scored = fresh(); scored[1].score += 1e-7;
  assert.match(difference({ results: scored }, base), /score of a2/);
  const nan = fresh(); nan[0].score = NaN;
  assert.match(difference({ results: nan }, base), /score of a1/);
  const fewer = fresh(); delete fewer[1].matchData.metadata.troop;
  assert.match(difference({ results: fewer }, base), /matched terms of a2/);
  const elsewhere = fresh(); elsewhere[0].matchData.metadata.russia = { body: {} };
  assert.match(difference({ results: elsewhere }, base), /matched terms of a1/);
  const reordered = fresh(); reordered[1].matchData.metadata = { russia: { body: {} }, troop: { body: {} } };
  assert.match(difference({ results: reordered }, base), /matched terms of a2/);
  assert.match(difference({ error: new Error("x") }, base), /one failed/);
  assert.match(difference({ error: new TypeError("x") }, { error: new RangeError("x") }), /different failures/);
});

test("results are ranked as a stable sort by descending score would rank them", () => {
  const rng = random(7);
  for (let round = 0; round < 300; round++) {
    const count = round < 3 ? round : 1 + Math.floor(rng() * 400);
    // Few distinct values (many ties), zeros of both signs, tiny differences.
    const values = [0, -0, 1, 2.5, 2.5000000000000004, 1e-300, 7, Number.MAX_VALUE];
    const scores = new Float64Array(count + 5);  // longer than count: the rest is ignored
    for (let i = 0; i < scores.length; i++) {
      scores[i] = rng() < 0.5 ? values[Math.floor(rng() * values.length)] : Math.round(rng() * 50) / 7;
    }
    const expected = Array.from({ length: count }, (_, i) => i)
      .sort((a, b) => scores[b] - scores[a]);  // (Array.prototype.sort is stable)
    assert.deepEqual(Array.from(search.sortByScore(scores, count)), expected, `round ${round}`);
  }
});

test("the page's per-document facts follow the index's document order", () => {
  const store = {
    o: ["A", "B"],
    a: [["x", "t", 1, "", ""], ["y", "t", 0, "", ""], ["z", "t", 1, "", ""]],
    c: [[0, "c1", "", ""], [0, "c2", "", ""], [2, "c3", "", ""]],
  };
  const refs = search.documentRefs(store), facts = search.documentFacts(store);
  assert.deepEqual(refs, ["a0", "c0", "c1", "a1", "a2", "c2"]);
  assert.deepEqual(Array.from(facts.isClaim), refs.map((ref) => (ref[0] === "c" ? 1 : 0)));
  assert.deepEqual(Array.from(facts.outlet), [1, 1, 1, 0, 1, 1]);
});

for (const testCase of fixture.cases) {
  const payload = JSON.parse(fs.readFileSync(testCase.payload, "utf8"));
  const queries = [...FIXED_QUERIES, ...testCase.queries, ...generatedQueries(payload, testCase.generated)];

  test(`${testCase.name}: search.js's evaluator is not lunr.js's query`, () => {
    const index = search.buildIndex(lunr, payload);
    assert.equal(typeof index.lunrQuery, "function");
    assert.notEqual(index.query, lunr.Index.prototype.query);
    const original = lunr.Index.prototype.query;
    let calls = 0;
    lunr.Index.prototype.query = function (fn) { calls++; return original.call(this, fn); };
    try {
      assert.ok(index.search("caracas moscow troops").length >= 0);
      index.search("-caracas");
      index.search("sat*");
      assert.equal(calls, 0, "index.search went through lunr.Index.prototype.query");
      lunrSearch(index, "caracas");
      assert.equal(calls, 1, "index.lunrQuery did not go through lunr.Index.prototype.query");
    } finally {
      lunr.Index.prototype.query = original;
    }
  });

  test(`${testCase.name}: ${queries.length} queries give what lunr.js gives`, (t) => {
    const index = search.buildIndex(lunr, payload);
    const report = compareAll(index, queries);
    t.diagnostic(`${queries.length} queries: ${report.empty} with no result, ${report.failed} refused, ` +
      `largest ${report.largest} results, ${report.ties} tied neighbours, ` +
      `${report.exactScores} of ${report.scores} scores equal to the last bit`);
    assert.deepEqual(report.mismatches.slice(0, 20), [], `${report.mismatches.length} queries differ`);
    // The comparison must have had something to compare.
    assert.ok(report.largest >= testCase.expect.minResults, `largest result list: ${report.largest}`);
    assert.ok(report.empty < queries.length / 2, `${report.empty} queries found nothing`);
    assert.ok(report.failed >= 4, "queries lunr refuses were refused");
    assert.ok(report.ties > 0, "no tied scores: the order of ties was not tested");
  });

  test(`${testCase.name}: results come out the same whichever runs first`, () => {
    // lunr's query makes postings and vectors lazily; search.js's evaluator
    // weighs terms lazily: neither may depend on what the other made.
    const index = search.buildIndex(lunr, payload);
    const sample = queries.filter((_, i) => i % 7 === 0);
    const slowFirst = sample.map((text) => outcome(() => lunrSearch(index, text)));
    const mismatches = [];
    sample.forEach((text, i) => {
      const why = difference(outcome(() => index.search(text)), slowFirst[i]);
      if (why) mismatches.push(`${JSON.stringify(text)}: ${why}`);
    });
    assert.deepEqual(mismatches.slice(0, 20), []);
  });

  test(`${testCase.name}: a required word the pipeline drops fails in both`, () => {
    // Not possible with the site's pipeline (it drops no word); lunr.js
    // then fails on its undefined required set, and so must the evaluator.
    const index = search.buildIndex(lunr, payload);
    index.pipeline = lunr.Pipeline.load(payload.index.pipeline.concat(["stopWordFilter"]));
    const fast = outcome(() => index.search("+the caracas"));
    const slow = outcome(() => lunrSearch(index, "+the caracas"));
    assert.ok(slow.error instanceof TypeError, "lunr.js did not fail");
    assert.equal(difference(fast, slow), null);
    assert.equal(difference(outcome(() => index.search("the caracas")),
                            outcome(() => lunrSearch(index, "the caracas"))), null);
  });
}
