// lunr.js against lunr.py on the Python-built index.
//
// Run by tests/test_search_parity.py (so pytest and `make test` run it):
//
//   CORPUS_SEARCH_FIXTURE=fixture.json node --test tests/js/search_parity.test.js
//
// fixture.json: {"cases": [{"name", "script": path of a search/index.js
//   (the part files it names, if any, beside it),
//   "lunrPy": lunr.py's serialization of the same index,
//   "queries": [{"query", "refs": [...], "scores": [...], "terms": [[...]],
//                "error": true|false}]}]}
//
// For each case: search/index.js is run as the browser runs it (a
// window.CorpusSearch.setIndex call; then each part file it names, a
// CorpusSearch.addIndexPart call, joined by search.js's joinParts), the
// index is rebuilt by search.js's own decoder into a lunr.Index, and
//   - its toJSON() equals lunr.py's serialization exactly (every term,
//     posting and 3-decimal score; lunr.py's empty vectors aside), and
//   - every query gives the same refs in the same order as lunr.py, scores
//     equal within 1e-6, the same matched terms; and a query lunr.py refuses
//     is refused here too (lunr.QueryParseError).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const root = path.resolve(__dirname, "..", "..");
const lunr = require(path.join(root, "node_modules", "lunr", "lunr.js"));
const search = require(path.join(root, "themes", "corpus", "static", "js", "search.js"));

const fixturePath = process.env.CORPUS_SEARCH_FIXTURE;
// Run alone (node --test tests/js), there is nothing to compare: the Python
// side writes the fixture (pytest tests/test_search_parity.py runs this).
const fixture = fixturePath ? JSON.parse(fs.readFileSync(fixturePath, "utf8")) : { cases: [] };
if (!fixturePath) {
  test("lunr.js / lunr.py parity", { skip: "run through pytest tests/test_search_parity.py" }, () => {});
}

// Runs one generated script; returns what it passed to CorpusSearch.
function runScript(file) {
  const calls = [];
  const CorpusSearch = {
    setIndex: (data) => calls.push({ data }),
    addIndexPart: (number, data) => calls.push({ number, data }),
  };
  vm.runInNewContext(fs.readFileSync(file, "utf8"), { window: { CorpusSearch } }, { filename: file });
  assert.equal(calls.length, 1, `${file} should make one call to window.CorpusSearch`);
  return calls[0];
}

function loadScript(file) {
  const header = runScript(file).data;
  assert.ok(header, `${file} did not call window.CorpusSearch.setIndex`);
  if (!header.parts) return header;
  const parts = header.parts.map((name, i) => {
    const call = runScript(path.join(path.dirname(file), name));
    assert.equal(call.number, i + 1, `${name} is part ${i + 1}`);
    return call.data;
  });
  return search.joinParts(header, parts);
}

const plain = (value) => JSON.parse(JSON.stringify(value));

search.registerPipeline(lunr);

for (const testCase of fixture.cases) {
  test(`${testCase.name}: the decoded index is lunr.py's index`, () => {
    const index = search.buildIndex(lunr, loadScript(testCase.script));
    const json = index.toJSON();
    // (search.js's vectors hold typed-array views: as plain arrays here)
    json.fieldVectors = json.fieldVectors.map(([ref, elements]) => [ref, Array.from(elements)]);
    const js = plain(json);
    const py = testCase.lunrPy;
    assert.deepEqual(js.fields, py.fields);
    assert.deepEqual(js.pipeline, py.pipeline);
    // search.js makes no vector for a field a document lacks (lunr.py
    // serializes an empty one): the rest, in the same order, must be equal.
    const nonEmpty = py.fieldVectors.filter(([, elements]) => elements.length > 0);
    assert.equal(js.fieldVectors.length, nonEmpty.length, "number of field vectors");
    for (let i = 0; i < nonEmpty.length; i++) {
      assert.deepEqual(js.fieldVectors[i], nonEmpty[i], `field vector ${nonEmpty[i][0]}`);
    }
    assert.equal(js.invertedIndex.length, py.invertedIndex.length, "number of terms");
    for (let i = 0; i < py.invertedIndex.length; i++) {
      assert.deepEqual(js.invertedIndex[i], py.invertedIndex[i], `posting of ${py.invertedIndex[i][0]}`);
    }
  });

  test(`${testCase.name}: lunr.js returns what lunr.py returns`, () => {
    const index = search.buildIndex(lunr, loadScript(testCase.script));
    for (const expected of testCase.queries) {
      const label = `query ${JSON.stringify(expected.query)}`;
      if (expected.error) {
        assert.throws(() => index.search(expected.query), lunr.QueryParseError, `${label} should be refused`);
        continue;
      }
      const results = index.search(expected.query);
      assert.deepEqual(results.map((r) => r.ref), expected.refs, `${label}: refs and order`);
      results.forEach((r, i) => {
        assert.ok(Math.abs(r.score - expected.scores[i]) <= 1e-6,
          `${label}: score of ${r.ref} is ${r.score} in lunr.js, ${expected.scores[i]} in lunr.py`);
        assert.deepEqual(Object.keys(r.matchData.metadata).sort(), expected.terms[i],
          `${label}: matched terms of ${r.ref}`);
      });
    }
  });
}
