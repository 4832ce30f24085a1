/*
 * Offline search of the corpus: articles and the claims found in them.
 *
 * Loaded (deferred) on every page by _search_form.html. It does nothing
 * costly until it is needed: lunr.js and the index (search/index.js, one
 * plain script calling CorpusSearch.setIndex; a large index names part
 * files, each calling CorpusSearch.addIndexPart) are injected as <script>
 * elements when the search box is first focused or on the search page, so
 * the site searches the same from disk (file://), from a server, or under a
 * sub-path; paths are relative to the site root, read from this script's
 * data-root attribute (or its own src).
 *
 * The index is built by plugins/corpus/search_index.py with lunr.py; see
 * there for the shipped format. Query terms must be processed as the index
 * terms were: foldAccents and trimWord below are twins of the Python ones
 * and are registered with lunr.Pipeline under the same labels before the
 * index is loaded.
 *
 * Safety: every piece of data reaches the page as a text node
 * (createTextNode / textContent). <mark> is added in exactly one place,
 * appendHighlighted(), which also only creates text nodes. No innerHTML.
 *
 * Layout: helpers first, then one object, CorpusSearch.
 */
"use strict";

(function () {

/* ------------------------------------------------------------------ */
/* Helpers: term processing (shared with search_index.py)              */
/* ------------------------------------------------------------------ */

// Letters NFKD does not decompose, and apostrophes (search_index.SPECIAL_LETTERS).
var SPECIAL_LETTERS = {
  "\u00df": "ss", "\u00e6": "ae", "\u0153": "oe", "\u00f8": "o", "\u0142": "l",
  "\u0111": "d", "\u00f0": "d", "\u00fe": "th", "\u0131": "i", "\u2019": "'",
  "\u2018": "'", "\u02bc": "'", "\u2032": "'"
};
var SPECIAL_RE = new RegExp("[" + Object.keys(SPECIAL_LETTERS).join("") + "]", "g");
var COMBINING_RE = /[\u0300-\u036f]/g;
var LEADING_NON_WORD_RE = /^[^\p{L}\p{N}\p{M}_]+/u;
var TRAILING_NON_WORD_RE = /[^\p{L}\p{N}\p{M}_]+$/u;
// lunr.tokenizer.separator: how lunr splits text into words.
var SEPARATOR_RE = /[\s\-]+/;
var MAX_EDIT_DISTANCE = 2;
var PAGE_SIZE = 10;
var URL_DELAY = 400;  // ms of quiet typing before the address is updated
var PANEL_SIZE = 6;
// The height of a short result, in CSS pixels: a one-line title and snippet
// and no source measure 118 px with the theme's CSS in Chromium (the results
// of the 1,000-article bench corpus: 142 to 218 px; an article with no lead
// and no matching claim, 95 px). The results that can be in view are
// counted at this height and drawn at once: should they be shorter still,
// the bottom of the window fills when typing pauses.
var SMALLEST_RESULT_PX = 118;
// The rest of a page of results is drawn once typing pauses this long (ms):
// while a reader types, only what can be in view is drawn (a fast typist's
// keys come about 100 ms apart). Drawing all ten with every key made the
// time from key to results painted 2 to 4 ms longer at the median and 1 to
// 5 ms at p95 (bench/search_bench.py at 1,000 articles, runs with and
// without --draw-whole-page): the browser lays out and paints each result.
var REST_DELAY = 100;

function replaceSpecial(text) {
  return text.replace(SPECIAL_RE, function (ch) { return SPECIAL_LETTERS[ch]; });
}

/* "maiquetía" -> "maiquetia": search_index.fold_accents, in JavaScript. */
function foldAccents(text) {
  return replaceSpecial(replaceSpecial(text).normalize("NFKD").replace(COMBINING_RE, ""));
}

/* Strip non-word characters from both ends, then a possessive 's
   (search_index.trim_word). */
function trimWord(text) {
  text = text.replace(LEADING_NON_WORD_RE, "").replace(TRAILING_NON_WORD_RE, "");
  if (text.length > 2 && text.slice(-2) === "'s") {
    text = text.slice(0, -2);
  }
  return text;
}

function registerPipeline(lunr) {
  var fold = function (token) { return token.update(foldAccents); };
  var trim = function (token) { return token.update(trimWord); };
  if (!lunr.Pipeline.registeredFunctions.foldAccents) {
    lunr.Pipeline.registerFunction(fold, "foldAccents");
  }
  if (!lunr.Pipeline.registeredFunctions.trimWord) {
    lunr.Pipeline.registerFunction(trim, "trimWord");
  }
}

var termCache = new Map();

/* The first character of the index term a word of text becomes, when it
   shows without working the term out: the word's first ASCII letter, digit
   or underscore, lowercased, if only ASCII punctuation comes before it
   (which trimWord drops; folding leaves ASCII alone, and the stemmer only
   rewrites a word's end). "" when it does not show so. */
function termInitial(word) {
  for (var i = 0; i < word.length; i++) {
    var c = word.charCodeAt(i);
    if (c >= 128) return "";
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || c === 95) return word.charAt(i);
    if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
  }
  return "";
}

/* Could `word`'s term be one of `terms`? false only when it certainly is
   not: its first character is no term's (most words of a result's text;
   working out their terms was most of the time spent highlighting). */
var initialsMemo = { terms: null, initials: null };
function mayBeTerm(word, terms) {
  if (initialsMemo.terms !== terms) {
    var initials = new Set();
    terms.forEach(function (term) { initials.add(term.charAt(0)); });
    initialsMemo = { terms: terms, initials: initials };
  }
  var initial = termInitial(word);
  return initial === "" || initialsMemo.initials.has(initial);
}

/* The index term a word of text became (stop words aside): for highlighting. */
function termOf(lunr, word) {
  var term = termCache.get(word);
  if (term === undefined) {
    var text = trimWord(foldAccents(word.toLowerCase()));
    term = lunr.stemmer(new lunr.Token(text, {})).toString();
    if (termCache.size > 50000) termCache.clear();
    termCache.set(word, term);
  }
  return term;
}

/* Refs as search_index.article_ref / claim_ref, in index order: each article
   followed by its claims. */
function documentRefs(store) {
  var refs = [], claim = 0;
  for (var a = 0; a < store.a.length; a++) {
    refs.push("a" + a.toString(36));
    while (claim < store.c.length && store.c[claim][0] === a) {
      refs.push("c" + claim.toString(36));
      claim++;
    }
  }
  return refs;
}

/* Per document, in documentRefs' order: whether it is a claim (1) or an
   article (0), and its article's outlet number. */
function documentFacts(store) {
  var count = store.a.length + store.c.length, d = 0, claim = 0;
  var isClaim = new Uint8Array(count), outlet = new Int32Array(count);
  for (var a = 0; a < store.a.length; a++) {
    outlet[d++] = store.a[a][2];
    while (claim < store.c.length && store.c[claim][0] === a) {
      isClaim[d] = 1;
      outlet[d++] = store.a[a][2];
      claim++;
    }
  }
  return { isClaim: isClaim, outlet: outlet };
}

/* A large index comes in parts (search_index.split_payload): search/index.js
   holds the header, each part consecutive slices of the lists below. Put
   back in part order, they make the payload a small index ships whole.
   A part sends a list as columns (search_index.to_columns): a column is the
   list of values, or those values joined by "\n"; a list of rows (true
   below: the store's "a" and "c") as one column per place in the row. */
var PART_LISTS = { terms: false, docs: false, a: true, c: true };

function fromColumn(column) {
  return typeof column === "string" ? column.split("\n") : column;
}

function appendRows(list, columns) {
  columns = columns.map(fromColumn);
  var count = columns[0].length, width = columns.length, r, k;
  for (k = 1; k < width; k++) {
    if (columns[k].length !== count) throw new Error("its columns differ in length");
  }
  for (r = 0; r < count; r++) {
    var row = new Array(width);
    for (k = 0; k < width; k++) row[k] = columns[k][r];
    list.push(row);
  }
}

function joinParts(header, parts) {
  var index = {}, payload = {}, key;
  for (key in header.index) index[key] = header.index[key];
  for (key in header) if (key !== "parts" && key !== "lengths") payload[key] = header[key];
  index.terms = [];
  index.docs = [];
  payload.index = index;
  payload.a = [];
  payload.c = [];
  var lists = { terms: index.terms, docs: index.docs, a: payload.a, c: payload.c };
  Object.keys(PART_LISTS).forEach(function (name) {
    var list = lists[name];
    parts.forEach(function (part) {
      if (!part[name]) return;
      if (PART_LISTS[name]) {
        appendRows(list, part[name]);
        return;
      }
      var items = fromColumn(part[name]);
      for (var i = 0; i < items.length; i++) list.push(items[i]);
    });
    if (list.length !== header.lengths[name]) {
      throw new Error("its parts hold " + list.length + " " + name + ", not " + header.lengths[name]);
    }
  });
  return payload;
}

/* The numbers of search/index.js's "docs" strings (search_index.encode_numbers):
   base 32, most significant digit first; a digit from CONTINUE means more
   digits follow, one from FINAL ends the number; "." ends a field. */
var FINAL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef";
var CONTINUE = "ghijklmnopqrstuvwxyz0123456789+/";
var DIGIT = (function () {
  var table = new Int8Array(128).fill(-2);
  for (var i = 0; i < 32; i++) {
    table[FINAL.charCodeAt(i)] = i;
    table[CONTINUE.charCodeAt(i)] = 32 + i;
  }
  table[46] = -1;  // "."
  return table;
})();

/* Every document field's gaps in one array: field k (document d, field f,
   k = d * fieldCount + f) is numbers[start[k] .. start[k + 1]]. */
function decodeDocs(docs, fieldCount) {
  var total = 0, d, i;
  for (d = 0; d < docs.length; d++) total += docs[d].length;
  var numbers = new Int32Array(total), start = new Int32Array(docs.length * fieldCount + 1);
  var count = 0;
  for (d = 0; d < docs.length; d++) {
    var text = docs[d], field = d * fieldCount, value = 0;
    for (i = 0; i < text.length; i++) {
      var digit = DIGIT[text.charCodeAt(i)];
      if (digit >= 32) {
        value = value * 32 + digit - 32;
      } else if (digit >= 0) {
        numbers[count++] = value * 32 + digit;
        value = 0;
      } else if (digit === -1) {
        start[++field] = count;
      } else {
        throw new Error("bad character in the search index");
      }
    }
    for (field++; field <= (d + 1) * fieldCount; field++) start[field] = count;
  }
  return { numbers: numbers, start: start };
}

/* Rebuild the lunr.Index that lunr.py built (search_index.encode_index).

   The payload says which terms each document field holds, how often; the
   rest is derived here exactly as lunr's Builder derives it (lunr.py's
   JsBuilder, whose choices are explained in search_index.py): BM25 scores
   rounded to 3 decimals, one vector per document field, the inverted index
   and the token set. A test compares the result's toJSON() with lunr.py's
   serialization of the index, float for float.

   Done for speed, not through lunr.Builder (ten times slower): at load,
   only passes over flat typed arrays (term and field counts, where each
   term occurs). lunr's objects are made when lunr first asks for them: a
   term's posting (invertedIndex is a Proxy), the vectors of the fields it
   names, the token set's nodes. Searches themselves do not use them (they
   run on the typed arrays: queryEvaluator below); index.lunrQuery and
   toJSON(), through which the tests compare with lunr, do. Making them all
   took most of a second for 1,000 articles. */
function buildIndex(lunr, payload) {
  var packed = payload.index, terms = packed.terms, fields = packed.fields;
  var boosts = packed.boosts, refs = documentRefs(payload);
  var fieldCount = fields.length, termCount = terms.length, docCount = packed.docs.length;
  var d, f, k, g, t, number;
  if (docCount !== refs.length) throw new Error("search index and store disagree");
  var decoded = decodeDocs(packed.docs, fieldCount), numbers = decoded.numbers, start = decoded.start;
  mark("decoded");

  // Field lengths (averaged over the documents that have the field), and how
  // many (document, field) pairs hold each term, for lunr's idf.
  var pairsWithTerm = new Int32Array(termCount), totals = [], counts = [];
  for (f = 0; f < fieldCount; f++) { totals.push(0); counts.push(0); }
  for (k = 0; k < docCount * fieldCount; k++) {
    var length = start[k + 1] - start[k];
    if (!length) continue;
    totals[k % fieldCount] += length;
    counts[k % fieldCount]++;
    number = -1;
    for (g = start[k]; g < start[k + 1]; g++) {
      if (numbers[g] !== 0) { number += numbers[g]; pairsWithTerm[number]++; }
    }
  }
  var averageLength = totals.map(function (total, i) { return counts[i] ? total / counts[i] : 0; });
  var idf = new Float64Array(termCount);
  for (t = 0; t < termCount; t++) {
    var x = (docCount - pairsWithTerm[t] + 0.5) / (pairsWithTerm[t] + 0.5);
    idf[t] = Math.log(1 + Math.abs(x));
  }

  // Where each term occurs, in document order, as field numbers k, grouped
  // by term: term t's are where[first[t] .. first[t + 1]].
  var first = new Int32Array(termCount + 1);
  for (t = 0; t < termCount; t++) first[t + 1] = first[t] + pairsWithTerm[t];
  var fill = first.slice(0, termCount), where = new Int32Array(first[termCount]);
  // Where each term occurs: for each document field k, in order, its terms.
  for (k = 0; k < docCount * fieldCount; k++) {
    number = -1;
    for (g = start[k]; g < start[k + 1]; g++) {
      if (numbers[g] !== 0) { number += numbers[g]; where[fill[number]++] = k; }
    }
  }
  mark("postings");

  // lunr.Vectors (each term's BM25 weight in one document field, computed as
  // lunr's Builder computes it) are made when lunr can first ask for them:
  // when a posting that names their field is made (a query reads the vectors
  // of the fields its terms were found in), or all at once, in index order,
  // before a query of -terms only (which reads every key) or toJSON(). A
  // field a document lacks gets none: for a -terms query it would only add
  // a zero where no order changes; so toJSON() lacks lunr.py's empty
  // vectors, and only those (the test checks).
  var fieldVectors = Object.create(null), allVectors = false;
  function fieldRef(k) {
    return fields[k % fieldCount] + "/" + refs[(k / fieldCount) | 0];
  }
  function vectorOf(k) {
    var begin = start[k], end = start[k + 1], f = k % fieldCount, distinct = 0, g;
    for (g = begin; g < end; g++) if (numbers[g] !== 0) distinct++;
    var elements = new Float64Array(2 * distinct), at = 0, tf = 0, number = -1;
    for (g = begin; g <= end; g++) {
      if (g < end && numbers[g] === 0) { tf++; continue; }
      if (tf) {
        elements[at++] = number;
        elements[at++] = bm25Weight(idf[number], tf, end - begin, averageLength[f], boosts[f]);
      }
      if (g < end) { number += numbers[g]; tf = 1; }
    }
    return new lunr.Vector(elements);
  }
  function completeVectors(index) {
    if (allVectors) return;
    var ordered = Object.create(null);
    for (var k = 0; k < docCount * fieldCount; k++) {
      if (start[k + 1] > start[k]) ordered[fieldRef(k)] = fieldVectors[fieldRef(k)] || vectorOf(k);
    }
    fieldVectors = index.fieldVectors = ordered;
    allVectors = true;
  }

  var termOfWord = Object.create(null);
  terms.forEach(function (term, i) { termOfWord[term] = i; });
  var noMetadata = Object.freeze(Object.create(null));  // metadataWhitelist is empty
  var invertedIndex = lazyMap(function () { return terms; }, function (term) {
    var t = termOfWord[term];
    if (t === undefined) return undefined;
    var posting = Object.create(null);
    posting._index = t;
    for (var i = 0; i < fieldCount; i++) posting[fields[i]] = Object.create(null);
    for (var w = first[t]; w < first[t + 1]; w++) {
      var k = where[w];
      posting[fields[k % fieldCount]][refs[(k / fieldCount) | 0]] = noMetadata;
      if (!allVectors) {
        var key = fieldRef(k);
        if (!(key in fieldVectors)) fieldVectors[key] = vectorOf(k);
      }
    }
    return posting;
  }, true);

  var tokenSet = lazyTokenSet(lunr, terms, 0, terms.length, 0);
  var index = new lunr.Index({
    invertedIndex: invertedIndex,
    fieldVectors: fieldVectors,
    tokenSet: tokenSet,
    fields: fields.slice(),
    pipeline: lunr.Pipeline.load(packed.pipeline)
  });
  // Searches run on the arrays above (queryEvaluator: lunr's query makes
  // objects per match, too slow for common words). lunr's own query stays
  // available as lunrQuery, for the tests that compare the two.
  var evaluator = queryEvaluator(lunr, {
    fields: fields, docCount: docCount, refs: refs, terms: terms, termOfWord: termOfWord,
    numbers: numbers, start: start, first: first, where: where,
    idf: idf, averageLength: averageLength, boosts: boosts
  });
  index.query = function (fn) {
    return evaluator.query(this, fn);
  };
  index.lunrQuery = function (fn) {
    if (!allVectors) {
      var probe = new lunr.Query(this.fields);
      fn.call(probe, probe);  // (a parser: no side effects)
      if (probe.isNegated()) completeVectors(this);
    }
    return lunr.Index.prototype.query.call(this, fn);
  };
  index.toJSON = function () {
    completeVectors(this);
    return lunr.Index.prototype.toJSON.call(this);
  };
  // Weigh the postings of the commonest terms ahead of need, a little at a
  // time, while the reader has not typed yet: they are the slow ones to
  // weigh during a search. Returns true when there is no more.
  var warmOrder = null, warmed = 0;
  index.warmUp = function (hasTime) {
    if (!warmOrder) {
      warmOrder = Array.from(pairsWithTerm.keys()).filter(function (t) { return pairsWithTerm[t] >= 20; });
      warmOrder.sort(function (x, y) { return pairsWithTerm[y] - pairsWithTerm[x] || x - y; });
    }
    while (warmed < warmOrder.length && hasTime()) {
      evaluator.prepareTerm(warmOrder[warmed++]);
    }
    return warmed >= warmOrder.length;
  };
  return index;
}

/* The terms (sorted as JavaScript sorts them) as a lunr.TokenSet: a trie
   whose nodes list their edges when lunr first looks at them. A search
   walks a few paths of it (a wildcard or a fuzzy term, a few more), so
   building all of it at load (and lunr.TokenSet.Builder also merges equal
   suffixes, slower still) would only delay the first search. The words it
   accepts are the same; a test compares lunr.js's results with lunr.py's,
   wildcards and fuzzy terms included.
   This node stands for terms[lo .. hi], which share their first `depth`
   characters. */
function lazyTokenSet(lunr, terms, lo, hi, depth) {
  var node = new lunr.TokenSet();
  node.final = lo < hi && terms[lo].length === depth;
  Object.defineProperty(node, "edges", {
    configurable: true,
    enumerable: true,
    get: function () {
      var edges = {}, i = node.final ? lo + 1 : lo;
      while (i < hi) {
        var ch = terms[i][depth], j = i + 1;
        while (j < hi && terms[j][depth] === ch) j++;
        edges[ch] = lazyTokenSet(lunr, terms, i, j, depth + 1);
        i = j;
      }
      Object.defineProperty(node, "edges", { value: edges, writable: true, enumerable: true, configurable: true });
      return edges;
    }
  });
  return node;
}

/* A performance mark (for bench/search_bench.py), where the browser has them. */
function mark(name) {
  if (typeof performance !== "undefined" && performance.mark) performance.mark("corpus-search-" + name);
}

/* An object lunr reads like a plain one: make(key) gives a property's value
   (made once and kept if `keep`), keys() lists them all (for Object.keys). */
function lazyMap(keys, make, keep) {
  return new Proxy(Object.create(null), {
    get: function (target, key) {
      if (typeof key !== "string") return undefined;
      var value = target[key];
      if (value === undefined) {
        value = make(key);
        if (keep && value !== undefined) target[key] = value;
      }
      return value;
    },
    has: function (target, key) {
      return this.get(target, key) !== undefined;
    },
    ownKeys: function () { return keys().slice(); },
    getOwnPropertyDescriptor: function (target, key) {
      var value = this.get(target, key);
      return value === undefined ? undefined
        : { value: value, writable: true, enumerable: true, configurable: true };
    }
  });
}

/* ------------------------------------------------------------------ */
/* Query evaluation over the index's arrays                            */
/* ------------------------------------------------------------------ */

/* A term's BM25 weight in one document field, as lunr's Builder computes it
   (k1 1.2, b 0.75): the same operations in the same order, so the same
   doubles, rounded to 3 decimals. The lunr vectors (vectorOf) and the query
   evaluator both use it. */
function bm25Weight(idf, tf, fieldLength, averageLength, boost) {
  var k1 = 1.2, b = 0.75;
  var norm = k1 * (1 - b + b * (fieldLength / averageLength));
  var score = idf * ((k1 + 1) * tf) / (norm + tf);
  score *= boost;
  return Math.round(score * 1000) / 1000;
}

/* A set of document numbers: null is empty, ALL_DOCUMENTS the complete set
   (lunr.Set.empty and lunr.Set.complete), else a Uint8Array of flags. */
var ALL_DOCUMENTS = { all: true };

function setContains(set, d) {
  return set === ALL_DOCUMENTS || (set !== null && set[d] === 1);
}

function setIntersect(a, b) {
  if (a === ALL_DOCUMENTS) return b;
  if (b === ALL_DOCUMENTS) return a;
  if (a === null || b === null) return null;
  var out = new Uint8Array(a.length);
  for (var d = 0; d < a.length; d++) out[d] = a[d] & b[d];
  return out;
}

/* Adds set `b` to `a` (a Uint8Array, changed in place, or null: made). */
function setAddAll(a, b, docCount) {
  if (b === null) return a;
  if (a === null) a = new Uint8Array(docCount);
  for (var d = 0; d < docCount; d++) a[d] |= b[d];
  return a;
}

/* The numbers 0 .. count - 1 ordered by scores[i], highest first, ties in
   ascending order: the order a stable sort by descending score gives
   (lunr's results.sort). Sorting with a comparator function was half of a
   common word's search (Node's profiler, 1,000 articles); here the scores
   are sorted natively, each distinct value kept once, and each number is
   placed by counting. Scores are never NaN (rank: `|| 0`), which would
   defeat the binary search. */
function sortByScore(scores, count) {
  var sorted = scores.slice(0, count).sort(), levels = new Float64Array(count), distinct = 0, i;
  for (i = count - 1; i >= 0; i--) {  // descending, each value once
    if (distinct === 0 || sorted[i] !== levels[distinct - 1]) levels[distinct++] = sorted[i];
  }
  var level = new Int32Array(count), starts = new Int32Array(distinct + 1);
  for (i = 0; i < count; i++) {
    var value = scores[i], lo = 0, hi = distinct - 1;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (levels[mid] > value) lo = mid + 1; else hi = mid;
    }
    level[i] = lo;
    starts[lo + 1]++;
  }
  for (i = 0; i < distinct; i++) starts[i + 1] += starts[i];
  var ranked = new Int32Array(count);
  for (i = 0; i < count; i++) ranked[starts[level[i]]++] = i;
  return ranked;
}

/* A search result as lunr's: ref, score and matchData, the last made only
   when first read (most results are never shown); and `doc`, the
   document's number (its place in documentRefs), for the page's filters. */
function Match(ref, score, firstMatch, explain, doc) {
  this.ref = ref;
  this.score = score;
  this.doc = doc;
  this._firstMatch = firstMatch;
  this._explain = explain;
}
Object.defineProperty(Match.prototype, "matchData", {
  configurable: true,
  get: function () {
    var data = this._explain(this._firstMatch);
    Object.defineProperty(this, "matchData", { value: data, writable: true, enumerable: true, configurable: true });
    return data;
  }
});

/* lunr.Index.prototype.query (lunr 2.3.9) computed over the index's typed
   arrays: the same results, in the same order, with the same scores and
   the same matched terms (a test compares the two on many queries).

   lunr's own query, for a word found in many documents, makes a string
   FieldRef, a MatchData and a lunr.Vector dot product per matching
   (document, field): tens of milliseconds at 1,000 articles. Here a
   (document, field) is its number k (d * fieldCount + f), scores are summed
   in a Float64Array straight from the postings, and each posting's BM25
   weight is computed once per term. lunr still parses the query
   (lunr.Query), stems its terms (the index's pipeline) and expands
   wildcards and fuzzy terms (lunr.TokenSet).

   Order matters as much as scores: lunr sorts results by score with a
   stable sort, so ties stay in the order in which their first field was
   first matched (the key order of its `matchingFields`). That order is
   kept here in `order`: clause by clause, term by expanded term, field by
   field, documents ascending. */
function queryEvaluator(lunr, columns) {
  var fields = columns.fields, fieldCount = fields.length, docCount = columns.docCount;
  var numbers = columns.numbers, start = columns.start, first = columns.first, where = columns.where;
  var terms = columns.terms, termOfWord = columns.termOfWord, refs = columns.refs;
  var REQUIRED = lunr.Query.presence.REQUIRED, PROHIBITED = lunr.Query.presence.PROHIBITED;
  var fieldNumber = Object.create(null);
  fields.forEach(function (name, f) { fieldNumber[name] = f; });

  // weights[w]: the BM25 weight of posting w (term t's where[w]), once
  // weighed[t]; made for a term when a query first needs it.
  var weights = null, weighed = new Uint8Array(terms.length);
  // Per query, without clearing: an entry belongs to the current query when
  // its stamp is the current generation.
  var generation = 0;
  var matchedStamp = new Int32Array(docCount * fieldCount), dots = new Float64Array(docCount * fieldCount);
  var docStamp = new Int32Array(docCount), docResult = new Int32Array(docCount), docLast = new Int32Array(docCount);
  // The documents matched, in the order of their first match: number, score, first position.
  var rankDoc = new Int32Array(docCount), rankScore = new Float64Array(docCount), rankFirst = new Int32Array(docCount);

  /* How often term t occurs in document field k (its terms are ascending). */
  function termFrequency(t, k) {
    var end = start[k + 1], number = -1;
    for (var g = start[k]; g < end; g++) {
      if (numbers[g] === 0) continue;
      number += numbers[g];
      if (number < t) continue;
      if (number > t) break;
      var tf = 1;
      while (g + 1 < end && numbers[g + 1] === 0) { tf++; g++; }
      return tf;
    }
    return 0;
  }

  function prepareTerm(t) {
    if (weighed[t]) return;
    if (!weights) weights = new Float64Array(where.length);
    for (var w = first[t]; w < first[t + 1]; w++) {
      var k = where[w], f = k % fieldCount;
      weights[w] = bm25Weight(columns.idf[t], termFrequency(t, k), start[k + 1] - start[k],
                              columns.averageLength[f], columns.boosts[f]);
    }
    weighed[t] = 1;
  }

  /* Does document field k hold term t? (where[] is ascending per term.) */
  function holds(t, k) {
    var lo = first[t], hi = first[t + 1];
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (where[mid] < k) lo = mid + 1; else hi = mid;
    }
    return lo < first[t + 1] && where[lo] === k;
  }

  /* Adds to `set` (made if null) the documents holding term t in field f. */
  function addDocumentsWith(set, t, f) {
    if (set === null) set = new Uint8Array(docCount);
    for (var w = first[t]; w < first[t + 1]; w++) {
      if (where[w] % fieldCount === f) set[(where[w] / fieldCount) | 0] = 1;
    }
    return set;
  }

  /* Appends to `order` the document fields of field f holding term t not
     matched yet, in document order (lunr's Object.keys of the posting). */
  function collect(t, f, order) {
    for (var w = first[t]; w < first[t + 1]; w++) {
      var k = where[w];
      if (k % fieldCount === f && matchedStamp[k] !== generation) {
        matchedStamp[k] = generation;
        order.push(k);
      }
    }
  }

  /* lunr's query vector of one field: term -> summed boosts, as
     lunr.Vector.upsert(termIndex, boost, sum) builds it. */
  function upsert(vector, t, boost) {
    var old = vector.get(t);
    vector.set(t, old === undefined ? boost : old + boost);
  }

  /* Each matched field k's dot product with its field's query vector, and
     each query vector's magnitude, summed in ascending term order as
     lunr.Vector's dot() and magnitude() sum them. */
  function scoreFields(vectors, order) {
    var magnitudes = new Float64Array(fieldCount);
    for (var i = 0; i < order.length; i++) dots[order[i]] = 0;
    for (var f = 0; f < fieldCount; f++) {
      var queryTerms = Array.from(vectors[f].keys()).sort(function (x, y) { return x - y; });
      var sumOfSquares = 0;
      for (var j = 0; j < queryTerms.length; j++) {
        var t = queryTerms[j], value = vectors[f].get(t);
        sumOfSquares += value * value;
        prepareTerm(t);
        for (var w = first[t]; w < first[t + 1]; w++) {
          if (where[w] % fieldCount === f) dots[where[w]] += value * weights[w];
        }
      }
      magnitudes[f] = Math.sqrt(sumOfSquares);
    }
    return magnitudes;
  }

  /* The matchData lunr gives a document: the terms each of its matched
     fields holds, field after field in match order, terms in the order
     they were looked up (so even the key order is lunr's). */
  function explainer(order, next, lookedUp) {
    return function (position) {
      var data = new lunr.MatchData(), metadata = data.metadata;
      for (; position >= 0; position = next[position] - 1) {
        var k = order[position], f = k % fieldCount, field = fields[f], ofField = lookedUp[f];
        for (var i = 0; i < ofField.length; i++) {
          if (!holds(ofField[i], k)) continue;
          var term = terms[ofField[i]];
          if (!(term in metadata)) metadata[term] = Object.create(null);
          if (!(field in metadata[term])) metadata[term][field] = Object.create(null);
        }
      }
      return data;
    };
  }

  function query(index, fn) {
    var parsed = new lunr.Query(index.fields);
    fn.call(parsed, parsed);
    generation++;
    var order = [];                      // matched document fields k, in lunr's order
    var lookedUp = fields.map(function () { return []; });   // per field: terms collected, in order
    var collected = new Set();           // lunr's termFieldCache: t * fieldCount + f
    var vectors = fields.map(function () { return new Map(); });
    var required = new Array(fieldCount), prohibited = new Array(fieldCount);

    for (var i = 0; i < parsed.clauses.length; i++) {
      var clause = parsed.clauses[i], clauseMatches = null, clauseFields = clause.fields.map(function (name) {
        return fieldNumber[name];
      });
      var clauseTerms = clause.usePipeline
        ? index.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
      for (var m = 0; m < clauseTerms.length; m++) {
        clause.term = clauseTerms[m];
        var expanded = index.tokenSet.intersect(lunr.TokenSet.fromClause(clause)).toArray();
        if (expanded.length === 0 && clause.presence === REQUIRED) {
          // A required term the index lacks: nothing can match.
          clauseFields.forEach(function (f) { required[f] = null; });
          break;
        }
        for (var j = 0; j < expanded.length; j++) {
          var t = termOfWord[expanded[j]];
          for (var c = 0; c < clauseFields.length; c++) {
            var f = clauseFields[c];
            if (clause.presence === REQUIRED) {
              clauseMatches = addDocumentsWith(clauseMatches, t, f);
              if (required[f] === undefined) required[f] = ALL_DOCUMENTS;
            }
            if (clause.presence === PROHIBITED) {
              prohibited[f] = addDocumentsWith(prohibited[f] || null, t, f);
              continue;  // no score, no matched term: as lunr
            }
            upsert(vectors[f], t, clause.boost);
            if (collected.has(t * fieldCount + f)) continue;
            collect(t, f, order);
            lookedUp[f].push(t);
            collected.add(t * fieldCount + f);
          }
        }
      }
      if (clause.presence === REQUIRED) {
        clauseFields.forEach(function (f) {
          if (required[f] === undefined) {
            // lunr 2.3.9 fails here (a required clause whose term the
            // pipeline dropped): fail alike.
            throw new TypeError("Cannot read properties of undefined (reading 'intersect')");
          }
          required[f] = setIntersect(required[f], clauseMatches);
        });
      }
    }

    var allRequired = ALL_DOCUMENTS, allProhibited = null;
    for (var f = 0; f < fieldCount; f++) {
      if (required[f] !== undefined) allRequired = setIntersect(allRequired, required[f]);
      if (prohibited[f] !== undefined) allProhibited = setAddAll(allProhibited, prohibited[f], docCount);
    }
    if (parsed.isNegated()) {
      // Every document field the index has (lunr reads its fieldVectors), in index order.
      order = [];
      for (var k = 0; k < docCount * fieldCount; k++) if (start[k + 1] > start[k]) order.push(k);
    }
    var magnitudes = scoreFields(vectors, order);
    return rank(order, magnitudes, allRequired, allProhibited, lookedUp);
  }

  /* lunr's results: a document's score is the sum of its fields' cosine
     similarities, added in match order; sorted (stably) by score. Scores
     are summed in a typed array, one slot per document in the order of
     its first match; Match objects are made once, in ranked order. */
  function rank(order, magnitudes, allRequired, allProhibited, lookedUp) {
    var next = new Int32Array(order.length);  // next[position]: 1 + the document's next
    var explain = explainer(order, next, lookedUp), count = 0;
    var everyDocument = allRequired === ALL_DOCUMENTS && allProhibited === null;
    for (var position = 0; position < order.length; position++) {
      var k = order[position], d = (k / fieldCount) | 0;
      if (!everyDocument && (!setContains(allRequired, d) || setContains(allProhibited, d))) continue;
      var score = dots[k] / magnitudes[k % fieldCount] || 0;
      if (docStamp[d] === generation) {
        rankScore[docResult[d]] += score;
        next[docLast[d]] = position + 1;
      } else {
        docStamp[d] = generation;
        docResult[d] = count;
        rankDoc[count] = d;
        rankFirst[count] = position;
        rankScore[count] = score;
        count++;
      }
      docLast[d] = position;
    }
    var ranked = sortByScore(rankScore, count), results = new Array(count);
    for (var i = 0; i < count; i++) {
      var j = ranked[i];
      results[i] = new Match(refs[rankDoc[j]], rankScore[j], rankFirst[j], explain, rankDoc[j]);
    }
    return results;
  }

  return { query: query, prepareTerm: prepareTerm };
}

/* ------------------------------------------------------------------ */
/* Helpers: DOM                                                        */
/* ------------------------------------------------------------------ */

/* An element with a class and text or child nodes; text via text nodes only. */
function el(tag, className, children) {
  var node = document.createElement(tag);
  if (className) node.className = className;
  (children || []).forEach(function (child) {
    node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  });
  return node;
}

/* THE place <mark> is made. Appends `text` to `parent` as text nodes, with
   each word whose index term is in `terms` (a Set) wrapped in <mark>
   (punctuation around the word stays outside). Returns the number marked. */
function appendHighlighted(lunr, parent, text, terms) {
  var marked = 0, plain = "", re = /[^\s\-]+/g, last = 0, m;
  function flush() {
    if (plain) parent.appendChild(document.createTextNode(plain));
    plain = "";
  }
  while (lunr && terms && terms.size && (m = re.exec(text)) !== null) {
    var word = m[0];
    if (mayBeTerm(word, terms) && terms.has(termOf(lunr, word))) {
      var lead = word.match(LEADING_NON_WORD_RE), core = word.replace(LEADING_NON_WORD_RE, "");
      var tail = core.match(TRAILING_NON_WORD_RE);
      core = core.replace(TRAILING_NON_WORD_RE, "");
      plain += text.slice(last, m.index) + (lead ? lead[0] : "");
      flush();
      var marker = document.createElement("mark");
      marker.textContent = core;
      parent.appendChild(marker);
      marked++;
      plain = tail ? tail[0] : "";
      last = m.index + word.length;
    }
  }
  plain += text.slice(last);
  flush();
  return marked;
}

function containsTerm(lunr, text, terms) {
  var words = text.split(SEPARATOR_RE);
  for (var i = 0; i < words.length; i++) {
    if (words[i] && mayBeTerm(words[i], terms) && terms.has(termOf(lunr, words[i]))) return true;
  }
  return false;
}

var MONTHS = ["January", "February", "March", "April", "May", "June", "July",
  "August", "September", "October", "November", "December"];

/* "2019-03-27" -> "27 March 2019", as the article pages write it. */
function formatDate(iso) {
  var parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
  if (!parts) return iso || "undated";
  return parseInt(parts[3], 10) + " " + MONTHS[parseInt(parts[2], 10) - 1] + " " + parts[1];
}

function isTypingTarget(target) {
  if (!target || !target.tagName) return false;
  var tag = target.tagName.toLowerCase();
  return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
}

function params() {
  return new URLSearchParams(window.location.search);
}

/* Query text users type that lunr would misread: quotes and sentence
   punctuation around words ("Maduro," "“troops”"). lunr's own syntax
   (+ - * ~ ^ :) is kept. */
function tidyQuery(text) {
  return text.replace(/[“”„«»"(),;!?\[\]{}]/g, " ").replace(/(^|\s)[.'‘’]+|[.'‘’]+(?=\s|$)/g, "$1").trim();
}

/* ------------------------------------------------------------------ */
/* The search                                                          */
/* ------------------------------------------------------------------ */

var LOAD_FAILED = "The search index could not be loaded.";

var CorpusSearch = {
  state: "idle",     // idle -> loading -> ready | failed
  root: "",          // site root URL, ends with "/"
  index: null,
  store: null,
  claimsOf: null,    // article number -> its claim numbers
  docIsClaim: null,  // document number -> 1 for a claim, 0 for an article
  docOutlet: null,   // document number -> its article's outlet number
  header: null,      // a large index's header, while its parts come
  parts: null,       // their data, by part number - 1 (null: still to come)
  partsMissing: 0,
  pending: null,     // the latest query asked for before the index was ready
  searchId: 0,       // bumped by every query; older ones are never painted
  shown: 0,
  lastResults: null,
  onSearchPage: false,
  urlTimer: 0,
  restTimer: 0,      // draws the rest of a page of results (renderMore)

  /* Called by search/index.js once loaded: with the whole index, or (a large
     one) with its header, which names the part files holding the rest;
     those are loaded now, side by side. */
  setIndex: function (payload) {
    if (this.state !== "loading") return;  // (failed already)
    if (!payload.parts) {
      this.useIndex(payload);
      return;
    }
    var self = this;
    this.header = payload;
    this.parts = payload.parts.map(function () { return null; });
    this.partsMissing = payload.parts.length;
    payload.parts.forEach(function (name) {
      self.script("search/" + name, null, function () { self.fail(LOAD_FAILED); }, true);
    });
  },

  /* Called by each part file of a large index, in whatever order they come. */
  addIndexPart: function (number, data) {
    if (this.state !== "loading" || !this.parts || this.parts[number - 1] !== null) return;
    this.parts[number - 1] = data;
    if (--this.partsMissing > 0) return;
    var payload;
    try {
      payload = joinParts(this.header, this.parts);
    } catch (error) {
      this.fail("The search index could not be read (" + error.message + ").");
      return;
    }
    this.header = this.parts = null;
    this.useIndex(payload);
  },

  useIndex: function (payload) {
    mark("parsed");
    try {
      registerPipeline(window.lunr);
      this.store = payload;
      this.index = buildIndex(window.lunr, payload);
      this.claimsOf = payload.a.map(function () { return []; });
      payload.c.forEach(function (claim, number) { this.claimsOf[claim[0]].push(number); }, this);
      // Per document (in documentRefs' order), what the filters ask.
      var facts = documentFacts(payload);
      this.docIsClaim = facts.isClaim;
      this.docOutlet = facts.outlet;
      this.setState("ready");
    } catch (error) {
      this.fail("The search index could not be read (" + error.message + ").");
      return;
    }
    this.scheduleWarmUp();
    if (this.onSearchPage) this.fillOutlets();
    if (this.pending) {
      var pending = this.pending;
      this.pending = null;
      if (pending.id === this.searchId) this.run(pending.query, pending.id);
    }
  },

  /* In idle moments, a few milliseconds at a time, let the index make ahead
     what common words need; a search meanwhile runs as usual. */
  scheduleWarmUp: function () {
    var index = this.index, self = this;
    var idle = window.requestIdleCallback || function (fn) {
      return setTimeout(function () {
        var end = performance.now() + 8;
        fn({ timeRemaining: function () { return end - performance.now(); } });
      }, 50);
    };
    var step = function (deadline) {
      if (!index.warmUp(function () { return deadline.timeRemaining() > 2; })) idle(step);
    };
    var queries = this.warmQueries(), next = 0;
    var warm = function (deadline) {
      while (next < queries.length && deadline.timeRemaining() > 2) self.warmSearch(queries[next++]);
      if (next < queries.length) idle(warm); else step(deadline);
    };
    idle(warm);
  },

  /* Once, in idle time, one per idle moment: a few searches through the
     whole path (parsing, evaluating, rendering into a list that is never
     shown), so that the reader's first query does not also pay for the
     browser compiling that code. The first query on a page took up to 21 ms,
     later ones 2-5 ms (bench/search_bench.py --verbose, 1,000 articles).
     Words of the first title: any corpus has them. */
  warmQueries: function () {
    var article = this.store.a[0];
    var words = ((article && article[1]) || "").split(/\s+/).filter(function (w) {
      return /^[A-Za-z]{4,}$/.test(w);
    }).slice(0, 2);
    if (!words.length) return [];
    return [words.join(" "), "+" + words[0] + " -" + (words[1] || "zz"), words[0] + "~1",
            words[0].slice(0, 3) + "*"];
  },

  warmSearch: function (query) {
    var lunr = window.lunr, self = this, list = el("ol");
    try {
      this.searchIndex(foldAccents(tidyQuery(query))).slice(0, PAGE_SIZE).forEach(function (result) {
        list.appendChild(self.renderResult(lunr, result));
      });
    } catch (error) {
      // Only a head start: the reader's own query reports any error.
    }
  },

  setState: function (state) {
    this.state = state;
    document.documentElement.setAttribute("data-search-state", state);
    mark(state);  // for bench/search_bench.py: when loading started and ended
  },

  fail: function (message) {
    this.setState("failed");
    var results = this.resultsElement(true);
    if (!results) return;
    results.replaceChildren(el("p", "search-error", [message]));
  },

  /* Inject a script of the site. In insertion order (lunr.js before the
     index), unless `anyOrder` (the parts of an index: each runs as soon as
     it has come). */
  script: function (path, onload, onerror, anyOrder) {
    var script = document.createElement("script");
    script.src = this.root + path;
    script.async = Boolean(anyOrder);
    if (onload) script.addEventListener("load", onload);
    if (onerror) script.addEventListener("error", onerror);
    document.head.appendChild(script);
  },

  /* Inject lunr.js and the index, once. */
  load: function () {
    if (this.state !== "idle") return;
    this.setState("loading");
    var self = this;
    var failed = function () { self.fail(LOAD_FAILED); };
    if (!window.lunr) this.script("search/lunr.min.js", null, failed);
    this.script("search/index.js", null, failed);
  },

  box: function () {
    return document.getElementById("search-box");
  },

  /* #search-results: in search.html; elsewhere a panel made under the form. */
  resultsElement: function (create) {
    var results = document.getElementById("search-results");
    if (!results && create) {
      var form = document.getElementById("search-form");
      if (!form) return null;
      results = el("div", "search-panel");
      results.id = "search-results";
      results.setAttribute("aria-live", "polite");
      form.parentNode.insertBefore(results, form.nextSibling);
    }
    return results;
  },

  filters: function () {
    var outlet = document.getElementById("search-outlet");
    var type = document.getElementById("search-type");
    return {
      outlet: outlet ? outlet.value : "",
      type: type ? type.value : ""
    };
  },

  /* Ask for a search; it runs now, or as soon as the index is ready.
     `typing`: asked by a key typed in the box (renderMore). */
  query: function (text, typing) {
    var id = ++this.searchId, self = this;
    if (this.onSearchPage) {
      // Off the typing path: updating history costs a few ms each time.
      clearTimeout(this.urlTimer);
      this.urlTimer = setTimeout(function () { self.updateUrl(text); }, URL_DELAY);
    }
    if (this.state === "ready") {
      this.run(text, id, typing);
      return;
    }
    this.pending = { query: text, id: id };
    this.load();
    if (this.state === "loading" && text.trim()) {
      var results = this.resultsElement(true);
      if (results) results.replaceChildren(el("p", "search-status", ["Loading the search index\u2026"]));
    }
  },

  run: function (text, id, typing) {
    var results = this.resultsElement(true);
    if (!results || id !== this.searchId) return;  // a newer query was asked
    clearTimeout(this.restTimer);
    results.removeAttribute("aria-busy");
    var query = foldAccents(tidyQuery(text));
    if (!query) {
      results.replaceChildren();
      this.lastResults = null;
      if (!this.onSearchPage) results.hidden = true;
      return;
    }
    var inView = typing ? this.resultsInView(results) : Infinity;
    results.hidden = false;
    var found;
    try {
      found = this.searchIndex(query);
    } catch (error) {
      this.showError(results, error);
      return;
    }
    var filters = this.filters();
    if (filters.type || filters.outlet) {
      var isClaim = this.docIsClaim, outletOf = this.docOutlet;
      var claims = filters.type === "claim", outlet = filters.outlet ? this.store.o.indexOf(filters.outlet) : -1;
      found = found.filter(function (result) {
        return (!filters.type || (isClaim[result.doc] === 1) === claims) &&
          (!filters.outlet || outletOf[result.doc] === outlet);
      });
    }
    this.lastResults = found;
    this.shown = 0;
    this.render(results, found, text, inView);
  },

  searchIndex: function (query) {
    var lunr = window.lunr;
    // An edit distance above 2 makes lunr enumerate a huge automaton.
    var fuzzy = query.match(/~(\d+)/g) || [];
    fuzzy.forEach(function (f) {
      if (parseInt(f.slice(1), 10) > MAX_EDIT_DISTANCE) {
        throw new lunr.QueryParseError("fuzzy matching allows at most ~" + MAX_EDIT_DISTANCE, 0, 0);
      }
    });
    return this.index.search(query);
  },

  showError: function (results, error) {
    var lunr = window.lunr;
    var message = error instanceof lunr.QueryParseError
      ? "This query could not be read: " + error.message + "."
      : "This query could not be run: " + (error && error.message ? error.message : String(error)) + ".";
    results.replaceChildren(
      el("p", "search-error", [message]),
      this.syntaxHelp()
    );
    this.lastResults = null;
  },

  syntaxHelp: function () {
    function row(example, meaning) {
      return el("li", null, [el("code", null, [example]), " " + meaning]);
    }
    return el("div", "search-help", [
      el("p", null, ["Words are matched in any form (soldier finds soldiers) and without accents (Maiquetia finds Maiquet\u00eda). Any word may match; documents with more matches come first. You can also write:"]),
      el("ul", null, [
        row("+troops +caracas", "both words required"),
        row("troops -moscow", "without the word moscow"),
        row("title:russia", "only in a field: title, body, claim, source (who a claim is attributed to), entities, outlet, author"),
        row("deploy*", "words starting with deploy"),
        row("maiquetia~1", "words within one typo (~2: two)"),
        row("russia^10 troops", "russia counts ten times as much")
      ])
    ]);
  },

  /* One result link's parts. */
  describe: function (ref) {
    var store = this.store, number = parseInt(ref.slice(1), 36);
    if (ref.charAt(0) === "a") {
      var article = store.a[number];
      return { kind: "article", articleNumber: number, article: article, anchor: "", text: article[4], source: "" };
    }
    var claim = store.c[number];
    return { kind: "claim", articleNumber: claim[0], article: store.a[claim[0]], anchor: claim[1],
             text: claim[2], source: claim[3] || "" };
  },

  href: function (info, terms) {
    var url = this.root + info.article[0];
    var words = Array.from(terms).slice(0, 20);  // (a wildcard can match hundreds)
    if (words.length) url += "?highlight=" + encodeURIComponent(words.join(" "));
    if (info.anchor) url += "#" + encodeURIComponent(info.anchor);
    return url;
  },

  render: function (results, found, text, inView) {
    var claims = 0, isClaim = this.docIsClaim;
    for (var i = 0; i < found.length; i++) claims += isClaim[found[i].doc];
    var articles = found.length - claims;
    var count = found.length === 0 ? "No results"
      : found.length + (found.length === 1 ? " result" : " results") +
        " (" + articles + (articles === 1 ? " article, " : " articles, ") +
        claims + (claims === 1 ? " claim)" : " claims)");
    var status = el("p", "search-count", [count]);
    status.setAttribute("role", "status");
    var children = [status];
    if (found.length === 0) {
      var f = this.filters();
      var scope = f.outlet || f.type ? " with the filters chosen" : "";
      children.push(el("p", "search-none", ["Nothing in the corpus matches \u201c" + text.trim() + "\u201d" + scope + "."]));
      children.push(this.syntaxHelp());
      results.replaceChildren.apply(results, children);
      return;
    }
    var list = el("ol", "search-list");
    children.push(list);
    results.replaceChildren.apply(results, children);
    this.renderMore(results, list, inView);
  },

  /* How many results can be in view below the top of `results` (at least
     one; all when it is hidden). Read before the results change: the
     page's layout is then usually still valid from the last frame, so
     reading it costs no new layout (it does when keys come faster than
     frames: the last results are laid out then, not later). */
  resultsInView: function (results) {
    if (results.hidden) return Infinity;
    var top = Math.max(0, results.getBoundingClientRect().top);
    return Math.max(1, Math.ceil((window.innerHeight - top) / SMALLEST_RESULT_PX));
  },

  /* The next page of results: at most `now` of them at once (the ones that
     can be in view, while the reader types; all when not given), the rest
     once typing pauses (REST_DELAY), unless a newer search has come. Until
     then the results are aria-busy: a screen reader waits for the page. */
  renderMore: function (results, list, now) {
    var found = this.lastResults, self = this;
    var end = Math.min(found.length, this.shown + (this.onSearchPage ? PAGE_SIZE : PANEL_SIZE));
    this.appendResults(list, Math.min(end, this.shown + (now || Infinity)));
    if (this.shown === end) {
      this.addMoreButton(results, list);
      return;
    }
    results.setAttribute("aria-busy", "true");
    // (A newer search, or an emptied box, clears this timer first: run.)
    this.restTimer = setTimeout(function () {
      self.appendResults(list, end);
      results.removeAttribute("aria-busy");
      self.addMoreButton(results, list);
    }, REST_DELAY);
  },

  appendResults: function (list, end) {
    var lunr = window.lunr, found = this.lastResults;
    for (var i = this.shown; i < end; i++) {
      list.appendChild(this.renderResult(lunr, found[i]));
    }
    this.shown = end;
  },

  /* "Show 10 more" on the search page, "All N results" in others' panel. */
  addMoreButton: function (results, list) {
    var found = this.lastResults, end = this.shown, self = this;
    var old = results.querySelector(".search-more");
    if (old) old.remove();
    if (end < found.length) {
      var more;
      if (this.onSearchPage) {
        more = el("button", "search-more", ["Show " + Math.min(PAGE_SIZE, found.length - end) + " more"]);
        more.type = "button";
        more.addEventListener("click", function () { self.renderMore(results, list); });
      } else {
        more = el("a", "search-more", ["All " + found.length + " results \u2192"]);
        more.href = this.searchPageUrl(this.box() ? this.box().value : "");
      }
      results.appendChild(more);
    }
  },

  renderResult: function (lunr, result) {
    var info = this.describe(result.ref);
    var terms = new Set(Object.keys(result.matchData.metadata));
    var text = info.text;
    if (info.kind === "article" && !containsTerm(lunr, text, terms)) {
      // The lead does not show why it matched: show a claim of it that does.
      var claims = this.claimsOf[info.articleNumber];
      for (var i = 0; i < claims.length; i++) {
        var claimText = this.store.c[claims[i]][2];
        if (containsTerm(lunr, claimText, terms)) { text = "\u2026 " + claimText; break; }
      }
    }
    // Block-level parts (div): one line each even before any stylesheet.
    var title = el("div", "search-result-title");
    appendHighlighted(lunr, title, info.article[1] || "(untitled)", terms);
    var outlet = this.store.o[info.article[2]];
    var meta = el("div", "search-result-meta", [
      el("span", "search-kind search-kind-" + info.kind, [info.kind === "article" ? "Article" : "Claim"]),
      " \u00b7 " + outlet + " \u00b7 " + formatDate(info.article[3])
    ]);
    var snippet = el("div", "search-result-snippet");
    appendHighlighted(lunr, snippet, text, terms);
    var parts = [title, meta, snippet];
    if (info.source) {
      var source = el("div", "search-result-source", ["according to "]);
      appendHighlighted(lunr, source, info.source, terms);
      parts.push(source);
    }
    var link = el("a", "search-result search-result-" + info.kind, parts);
    link.href = this.href(info, terms);
    link.setAttribute("data-ref", result.ref);
    return el("li", null, [link]);
  },

  /* "q=...&outlet=...&type=..." for the query and the filters chosen. */
  queryString: function (text) {
    var f = this.filters(), query = new URLSearchParams();
    if (text) query.set("q", text);
    if (f.outlet) query.set("outlet", f.outlet);
    if (f.type) query.set("type", f.type);
    var search = query.toString();
    return search ? "?" + search : "";
  },

  searchPageUrl: function (text) {
    return this.root + "search.html" + this.queryString(text);
  },

  /* Keep the address shareable: search.html?q=...&outlet=...&type=... */
  updateUrl: function (text) {
    clearTimeout(this.urlTimer);
    var wanted = this.queryString(text);
    if (wanted === window.location.search) return;
    try {
      window.history.replaceState(null, "", window.location.pathname + wanted);
    } catch (error) {
      // A browser may refuse history changes on file:// pages: results still show.
    }
  },

  fillOutlets: function () {
    var select = document.getElementById("search-outlet");
    if (!select || select.getAttribute("data-filled")) return;
    var wanted = params().get("outlet") || select.value;
    this.store.o.forEach(function (name) {
      var option = el("option", null, [name]);
      option.value = name;
      select.appendChild(option);
    });
    select.value = wanted;
    select.setAttribute("data-filled", "1");
  },

  /* Arrow keys move between the box and the result links. */
  onKeyDown: function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var box = this.box();
    if (event.key === "/" && !isTypingTarget(event.target) && box) {
      event.preventDefault();
      box.focus();
      box.select();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp" && event.key !== "Escape") return;
    var results = this.resultsElement(false);
    if (!results) return;
    var links = Array.prototype.slice.call(results.querySelectorAll("a.search-result"));
    var at = links.indexOf(document.activeElement);
    var inBox = document.activeElement === box;
    if (!inBox && at < 0) return;
    if (event.key === "Escape") {
      if (!this.onSearchPage) results.hidden = true;
      if (box) box.focus();
      return;
    }
    if (!links.length) return;
    event.preventDefault();
    results.hidden = false;
    if (event.key === "ArrowDown") {
      links[inBox ? 0 : Math.min(at + 1, links.length - 1)].focus();
    } else if (at === 0 && box) {
      box.focus();
    } else if (at > 0) {
      links[at - 1].focus();
    }
  },

  /* On an article page opened from a result: mark the matched words. */
  highlightPage: function (words) {
    var lunr = window.lunr;
    var terms = new Set(words.split(/\s+/).filter(Boolean));
    var scope = document.querySelector("article") || document.querySelector("main") || document.body;
    var walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentNode;
        if (!node.nodeValue.trim() || parent.closest("script, style, mark, form, #search-results, textarea")) {
          return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [], node, marked = 0;
    while ((node = walker.nextNode())) nodes.push(node);
    nodes.forEach(function (textNode) {
      if (!containsTerm(lunr, textNode.nodeValue, terms)) return;
      var fragment = document.createDocumentFragment();
      marked += appendHighlighted(lunr, fragment, textNode.nodeValue, terms);
      textNode.parentNode.replaceChild(fragment, textNode);
    });
    document.documentElement.setAttribute("data-highlighted", String(marked));
    var target = window.location.hash && document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (target) target.scrollIntoView();
  },

  /* The search page without the header's box (a theme that left the
     include out): give it its own form. */
  makeForm: function (results) {
    var input = el("input");
    input.id = "search-box";
    input.name = "q";
    input.type = "search";
    input.autocomplete = "off";
    var label = el("label", null, ["Search articles and claims"]);
    label.htmlFor = "search-box";
    var button = el("button", null, ["Search"]);
    button.type = "submit";
    var form = el("form", "search-form", [label, input, button]);
    form.id = "search-form";
    form.setAttribute("role", "search");
    form.action = "search.html";
    results.parentNode.insertBefore(form, results.parentNode.firstChild);
  },

  findRoot: function (script) {
    var root = script && script.getAttribute("data-root");
    if (root !== null && root !== undefined) {
      return new URL(root, document.baseURI).href.replace(/\/?$/, "/");
    }
    var src = script && script.src ? script.src : "";
    return src.replace(/[^\/]*\/js\/search\.js(\?.*)?$/, "");
  },

  init: function (script) {
    var self = this;
    this.root = this.findRoot(script);
    var results = document.getElementById("search-results");
    this.onSearchPage = Boolean(results && results.hasAttribute("data-search-page"));
    if (this.onSearchPage && !this.box()) this.makeForm(results);
    var box = this.box();
    document.addEventListener("keydown", function (event) { self.onKeyDown(event); });
    if (!this.onSearchPage) {
      // The panel under the box closes when the reader clicks elsewhere.
      document.addEventListener("click", function (event) {
        var panel = self.resultsElement(false), form = document.getElementById("search-form");
        if (panel && !panel.contains(event.target) && !(form && form.contains(event.target))) {
          panel.hidden = true;
        }
      });
    }
    if (box) {
      box.addEventListener("focus", function () {
        self.load();
        var panel = self.resultsElement(false);
        if (panel && !self.onSearchPage && box.value.trim()) panel.hidden = false;
      });
      box.addEventListener("input", function () { self.query(box.value, true); });
    }
    var form = document.getElementById("search-form");
    if (form && this.onSearchPage) {
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        self.query(box ? box.value : "");
      });
    }
    if (this.onSearchPage) {
      var p = params();
      ["outlet", "type"].forEach(function (name) {
        var select = document.getElementById("search-" + name);
        if (!select) return;
        if (name === "type" && p.get(name)) select.value = p.get(name);
        select.addEventListener("change", function () {
          self.query(box ? box.value : "");
          self.updateUrl(box ? box.value : "");  // a choice, not typing: at once
        });
      });
      if (box && p.get("q") !== null) box.value = p.get("q");
      this.query(box ? box.value : "");
      this.load();
    }
    var words = params().get("highlight");
    if (words && !this.onSearchPage) {
      var highlight = function () { registerPipeline(window.lunr); self.highlightPage(words); };
      if (window.lunr) {
        highlight();
      } else {
        this.script("search/lunr.min.js", highlight, null);
      }
    }
  }
};

if (typeof module === "object" && module.exports) {
  // Node (tests): the term functions and the index decoder.
  module.exports = {
    foldAccents: foldAccents,
    trimWord: trimWord,
    registerPipeline: registerPipeline,
    termOf: termOf,
    termInitial: termInitial,
    documentRefs: documentRefs,
    documentFacts: documentFacts,
    sortByScore: sortByScore,
    joinParts: joinParts,
    buildIndex: buildIndex,
    tidyQuery: tidyQuery,
    SPECIAL_LETTERS: SPECIAL_LETTERS
  };
} else if (!window.CorpusSearch) {  // (included twice: the first one runs)
  window.CorpusSearch = CorpusSearch;
  var thisScript = document.currentScript;
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { CorpusSearch.init(thisScript); });
  } else {
    CorpusSearch.init(thisScript);
  }
}

})();
