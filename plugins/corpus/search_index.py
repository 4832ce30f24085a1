"""The offline search index: built here with lunr.py, searched by lunr.js.

One lunr document per article and one per claim. The index and the little the
result list shows of each document (the "store") are written as plain
scripts: ``search/index.js``, which calls ``window.CorpusSearch.setIndex(...)``,
and, when they would make a file larger than PART_BYTES, part files it names,
each calling ``window.CorpusSearch.addIndexPart(n, ...)`` (``render_files``).
No fetch, no module, so the site searches the same from disk (file://), from
a local server and under a sub-path. ``search_generator`` (the Pelican side)
writes them; this module never imports Pelican and is tested alone.

Index and query must turn a word into the same term, or the word is never
found. lunr.js processes a query term with the index's *search* pipeline, which
is serialized into the index by name: here ``foldAccents``, ``trimWord``,
``stemmer``. The JavaScript twins of the first two are registered by
``themes/corpus/static/js/search.js`` before the index is loaded, and
"stemmer" is lunr.js's own, which ``lunr_stemmer`` ports exactly. The index
pipeline is the same plus ``dropEmpty`` and lunr's stop word filter (whose
word list is lunr.js's, checked by a test). The tokenizer splits on
JavaScript's ``\\s`` and "-" (lunr.py knows fewer spaces:
``js_whitespace_to_space`` evens that out before it runs).

What ships is not lunr's serialization but which terms each document field
holds and how often (``encode_index``: a quarter of the size, gzipped); search.js
derives the scores with lunr.js's arithmetic. So the builder here
(``JsBuilder``) computes them the JavaScript way too (``Math.round`` rounding),
and ``tests/test_search_parity.py`` checks that the index search.js rebuilds
equals this one float for float and answers queries the same.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import chain
from pathlib import Path
from typing import Iterable

from lunr.builder import Builder
from lunr.field_ref import FieldRef
from lunr.idf import idf as lunr_idf
from lunr.index import Index
from lunr.pipeline import Pipeline
from lunr.stop_word_filter import stop_word_filter
from lunr.token import Token
from lunr.tokenizer import SEPARATOR_CHARS
from lunr.vector import Vector

from .citations import describe_attribution
from .lunr_stemmer import stemmer

FORMAT_VERSION = 1
LUNR_JS_VERSION = "2.3.9"  # the lunr.js the site ships (package.json pins it)

# ---------------------------------------------------------------------------
# Fields and boosts
# ---------------------------------------------------------------------------
# lunr scores a document by adding, for each field, the BM25 weights of the
# query terms found in it, multiplied by the field's boost. BM25 saturates: a
# word repeated five times in a body weighs about 1.8 times one mention, never
# more than 2.2 times. So a boost of B makes one mention in that field worth
# about B mentions in the body. Field names are what users type in a field
# query (`title:russia`), so they stay words, not letters.
FIELDS = (
    # The headline says what the article is about: a word in it outranks an
    # article that only uses the word in its body, however often.
    ("title", 6),
    # The cleaned article text (body paragraphs, headings, captions). Never
    # the lines the cleaner removed as page chrome.
    ("body", 1),
    # A claim document's sentence. One sentence that states the thing should
    # rank above an article that merely mentions it, below a headline.
    ("claim", 3),
    # Who a claim is attributed to ("Maria Zakharova"). Searching a person
    # should bring the claims they made before claims that mention them.
    ("source", 4),
    # Entities named in a claim (articles: in any of their claims). Already
    # in the text, so no boost: the field exists for `entities:...` queries.
    ("entities", 1),
    # Outlet and author of an article: short fields, boosted so a search for
    # an outlet or a journalist lists their articles before passing mentions.
    ("outlet", 2),
    ("author", 2),
)
FIELD_NAMES = tuple(name for name, _ in FIELDS)

# Block kinds that make the searchable body: what the article page shows as
# text. Title and byline have their own fields; "removed" chrome is never read.
BODY_KINDS = ("body", "heading", "caption")

# The store keeps what one result shows, no more: a lead of the article (its
# snippet) and each claim's sentence, cut at a word boundary.
LEAD_CHARS = 180
CLAIM_CHARS = 260

# ---------------------------------------------------------------------------
# Term normalization shared with search.js
# ---------------------------------------------------------------------------
# JavaScript's \s (ECMAScript WhiteSpace and LineTerminator: the Zs category,
# tab, vertical tab, form feed, BOM, LF, CR, U+2028, U+2029). lunr.js's
# tokenizer splits on /[\s\-]+/; lunr.py's only on " \t\n\r\f\v\xa0-".
JS_WHITESPACE = re.compile(
    "[\t\n\u000b\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]"
)
COMBINING_MARKS = re.compile("[\u0300-\u036f]")
# Letters NFKD does not decompose, and apostrophes, mapped as search.js maps
# them (the table there must stay equal to this one; a test compares them).
SPECIAL_LETTERS = {
    "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d",
    "þ": "th", "ı": "i", "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'",
}
_SPECIAL_TABLE = str.maketrans(SPECIAL_LETTERS)


def js_whitespace_to_space(text: str) -> str:
    """Every character JavaScript's ``\\s`` matches becomes a plain space."""
    return JS_WHITESPACE.sub(" ", text)


# lunr.py's Tokenizer lower-cases the text and cuts it at each of its
# SEPARATOR_CHARS, keeping the non-empty pieces. It does so one character at a
# time and wraps every word in a Token: a third of a build's time.
_LUNR_WORD = re.compile("[^" + re.escape(SEPARATOR_CHARS) + "]+")


def tokenize(text) -> list[str]:
    """The words lunr.py's ``Tokenizer(text)`` gives, as plain strings
    (a test compares the two)."""
    if text is None:
        return []
    return _LUNR_WORD.findall(str(text).lower())


@lru_cache(maxsize=1 << 16)
def fold_accents(term: str) -> str:
    """A term without accents: "maiquetía" -> "maiquetia", "straße" -> "strasse".

    NFKD splits letters from their accents (and ligatures, full-width forms),
    the accents (U+0300-U+036F) are dropped, and the few Latin letters that
    do not decompose are spelled out. Curly apostrophes become "'".
    search.js's ``foldAccents`` does the same to every query term.
    """
    term = unicodedata.normalize("NFKD", term.translate(_SPECIAL_TABLE))
    return COMBINING_MARKS.sub("", term).translate(_SPECIAL_TABLE)


def _is_word_char(char: str) -> bool:
    return char == "_" or unicodedata.category(char)[0] in "LNM"


@lru_cache(maxsize=1 << 16)
def trim_word(term: str) -> str:
    """The term without leading/trailing punctuation and possessive 's.

    lunr's trimmer strips ``\\W`` from both ends; in lunr.js ``\\W`` is
    ASCII-only (so it would strip a Cyrillic word to nothing, which no query
    could match) and lunr.py's regex leaves "u.s." untrimmed where lunr.js
    gives "u.s". This one keeps letters, digits and marks of any script and
    strips everything else from the ends, in both languages alike; then drops
    a possessive "'s" so "Russia's" is found by "Russia". It runs on queries
    too (lunr.js does not trim queries), so "Saturday," still finds Saturday.
    """
    start, end = 0, len(term)
    while start < end and not _is_word_char(term[start]):
        start += 1
    while end > start and not _is_word_char(term[end - 1]):
        end -= 1
    term = term[start:end]
    if term.endswith("'s") and len(term) > 2:
        term = term[:-2]
    return term


def _fold_accents_fn(token, i=None, tokens=None):
    return token.update(lambda string, metadata=None: fold_accents(string))


def _trim_word_fn(token, i=None, tokens=None):
    return token.update(lambda string, metadata=None: trim_word(string))


def _drop_empty_fn(token, i=None, tokens=None):
    """Index only: a token of punctuation alone ("—", "&") trims to nothing;
    lunr.js would index the empty string. (Queries keep it: a required
    clause whose term vanished crashes lunr.js; an empty term just matches
    nothing.)"""
    return token if token.string else None


def _register(fn, label):
    """Register ``fn`` with lunr.py under ``label`` (quietly replacing lunr.py's
    own "stemmer": an index loaded in Python must stem as lunr.js does)."""
    fn.label = label
    Pipeline.registered_functions[label] = fn
    return fn


fold_accents_fn = _register(_fold_accents_fn, "foldAccents")
trim_word_fn = _register(_trim_word_fn, "trimWord")
stemmer_fn = _register(stemmer, "stemmer")
drop_empty_fn = _register(_drop_empty_fn, "dropEmpty")

INDEX_PIPELINE = (fold_accents_fn, trim_word_fn, drop_empty_fn, stop_word_filter, stemmer_fn)
SEARCH_PIPELINE = (fold_accents_fn, trim_word_fn, stemmer_fn)


def index_term(word: str) -> str | None:
    """The term one word becomes in the index (None for a stop word)."""
    token = _Token(word.lower())
    for fn in INDEX_PIPELINE:
        token = fn(token)
        if token is None:
            return None
    return token.string


def query_term(word: str) -> str:
    """The term lunr.js looks up for one (lower-cased) query word."""
    token = _Token(word.lower())
    for fn in SEARCH_PIPELINE:
        token = fn(token)
    return token.string


class _Token:
    def __init__(self, string):
        self.string = string
        self.metadata = {}

    def __str__(self):
        return self.string

    def update(self, fn):
        self.string = fn(self.string, self.metadata)
        return self


# ---------------------------------------------------------------------------
# Documents and store
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class ArticleInput:
    """One article as the search needs it (the Pelican side fills it in)."""

    url: str  # relative to the site root, e.g. "articles/slug.html"
    title: str
    outlet: str  # the displayed outlet (category), e.g. "Unknown outlet"
    record: dict  # the corpus record: body blocks, claims, author, published


def base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if number == 0:
            return out


def article_ref(number: int) -> str:
    # Refs must not look like array indexes: JavaScript lists such object keys
    # first, in numeric order, which would reorder ties unlike lunr.py.
    return "a" + base36(number)


def claim_ref(number: int) -> str:
    return "c" + base36(number)


def body_text(record: dict) -> str:
    """The searchable text of an article: its kept body, heading and caption blocks."""
    blocks = record.get("blocks")
    if blocks is None:  # an older record: the Markdown body, escapes undone
        return re.sub(r"\\(.)", r"\1", record.get("body") or "")
    return "\n".join(b["text"] for b in blocks if b.get("kind") in BODY_KINDS and b.get("text"))


def lead_text(record: dict) -> str:
    """The opening of the article's own text (a caption or heading may come first)."""
    blocks = record.get("blocks")
    if blocks:
        paragraphs = [b["text"] for b in blocks if b.get("kind") == "body" and b.get("text")]
        if paragraphs:
            return "\n".join(paragraphs[:3])
    return body_text(record)


def cut(text: str, limit: int) -> str:
    """``text`` on one line, cut after at most ``limit`` characters at a word end."""
    text = " ".join(js_whitespace_to_space(text).split())
    if len(text) <= limit:
        return text
    shortened = text[:limit]
    space = shortened.rfind(" ")
    if space > limit // 2:
        shortened = shortened[:space]
    return shortened.rstrip(" ,;:.-–—") + "…"


def _names(entities) -> list[str]:
    names = []
    for entity in entities or []:
        for key in ("name", "as_written"):
            value = entity.get(key) if isinstance(entity, dict) else None
            if value and value not in names:
                names.append(value)
    return names


def build_documents(articles: Iterable[ArticleInput]):
    """The lunr documents and the display store, in a fixed order (by URL).

    Store (short keys, it ships to every reader):
      o: outlet names, sorted; articles point into it
      a: per article [url, title, outlet index, date "YYYY-MM-DD" or "", lead]
      c: per claim [article index, anchor id, sentence, attributed source or ""]
    Document refs: "a<n>" is article n, "c<n>" claim n (base 36).
    """
    articles = sorted(articles, key=lambda a: a.url)
    outlets = sorted({a.outlet for a in articles})
    outlet_index = {name: i for i, name in enumerate(outlets)}
    documents, store_articles, store_claims = [], [], []
    for number, article in enumerate(articles):
        record = article.record
        text = body_text(record)
        claims = [c for c in record.get("claims") or [] if c.get("text") and c.get("id")]
        entity_names = []
        for claim in claims:
            for name in _names(claim.get("entities")):
                if name not in entity_names:
                    entity_names.append(name)
        documents.append({
            "ref": article_ref(number),
            "title": article.title or record.get("title") or "",
            "body": text,
            "claim": "",
            "source": "",
            "entities": "\n".join(entity_names),
            "outlet": record.get("outlet") or "",
            "author": record.get("author") or "",
        })
        store_articles.append([
            article.url,
            article.title or record.get("title") or "",
            outlet_index[article.outlet],
            record.get("published") or "",
            cut(lead_text(record), LEAD_CHARS),
        ])
        for claim in claims:
            attribution = claim.get("attribution") or {}
            documents.append({
                "ref": claim_ref(len(store_claims)),
                "title": "",
                "body": "",
                "claim": claim["text"],
                # As written and as resolved ("Mayorca" / "Javier Mayorca"),
                # and whom the source relays: any of them finds the claim.
                "source": "\n".join(dict.fromkeys(
                    filter(None, (attribution.get(k) for k in ("source", "source_name", "quoting"))))),
                "entities": "\n".join(_names(claim.get("entities"))),
                "outlet": "",
                "author": "",
            })
            store_claims.append([
                number, claim["id"], cut(claim["text"], CLAIM_CHARS),
                cut(describe_attribution(claim.get("attribution")) or "", 80),
            ])
    store = {"o": outlets, "a": store_articles, "c": store_claims}
    return documents, store


# ---------------------------------------------------------------------------
# Index
# ---------------------------------------------------------------------------
def js_round_3(score: float) -> float:
    """``Math.round(score * 1000) / 1000`` exactly as JavaScript computes it."""
    scaled = score * 1000
    floor = math.floor(scaled)
    return (floor + (1 if scaled - floor >= 0.5 else 0)) / 1000


def utf16_key(term: str) -> bytes:
    """Sort key giving JavaScript's string order (by UTF-16 code unit)."""
    return term.encode("utf-16-be", "surrogatepass")


class JsBuilder(Builder):
    """lunr.py's Builder made to build what search.js rebuilds with lunr.js.

    - ``add`` keeps only what the shipped index needs (each document field's
      terms and how often) and leaves the postings lunr.py's ``Index`` wants
      to ``build()``, which only the tests call (see ``add``);
    - scores rounded as lunr.js rounds them (lunr.py uses round());
    - terms numbered (``_index``) in sorted order rather than in order of first
      appearance, so the numbering need not be shipped: the browser numbers
      the sorted term list the same way (see ``encode_index``);
    - a field's average length is taken over the documents that have the
      field (search.js overrides lunr.js's builder the same way). lunr
      averages over every document, and here most documents lack most fields
      (a claim has no title or body, an article no claim text): a 10-word
      headline would count as ten times longer than average and its boost
      would mostly vanish. Averaged this way, BM25 sees each field among its
      peers and the boosts in FIELDS mean what their comments say.
    """

    def __init__(self):
        super().__init__()
        self._terms_of_word = _TermsOfWord(self.pipeline)

    def add(self, doc, attributes=None):
        """What lunr.py's ``Builder.add`` does, in a fraction of the time.

        The same terms (lunr.py's tokenizer, see ``tokenize``, and this
        builder's own pipeline) and the same field lengths and term
        frequencies. Two shortcuts: each distinct word goes through the
        pipeline once (every function in it looks at one token alone, so a
        word always gives the same terms), and the postings are filled in by
        ``build()``: the shipped index never reads them.
        """
        doc_ref = str(doc[self._ref])
        self._documents[doc_ref] = attributes or {}
        self.document_count += 1
        for field_name, field_spec in self._fields.items():
            extractor = field_spec.extractor
            terms = self._terms(doc[field_name] if extractor is None else extractor(doc))
            field_ref = str(FieldRef(doc_ref, field_name))
            # (Counter keeps first-seen order, as lunr.py's defaultdict does.)
            self.field_term_frequencies[field_ref] = Counter(terms)
            self.field_lengths[field_ref] = len(terms)
            for term in self.field_term_frequencies[field_ref]:
                if term not in self.inverted_index:
                    posting = {name: {} for name in self._fields}
                    posting["_index"] = self.term_index
                    self.term_index += 1
                    self.inverted_index[term] = posting

    def _terms(self, text) -> list[str]:
        return list(chain.from_iterable(map(self._terms_of_word.__getitem__, tokenize(text))))

    def _fill_postings(self):
        """Which documents hold each term, per field, in the order lunr.py's
        ``add`` would have recorded them (no metadata: none is whitelisted)."""
        for field_ref, frequencies in self.field_term_frequencies.items():
            parsed = FieldRef.from_string(field_ref)
            for term in frequencies:
                self.inverted_index[term][parsed.field_name][parsed.doc_ref] = defaultdict(list)

    def build(self):
        self._fill_postings()
        for number, term in enumerate(sorted_terms(self)):
            self.inverted_index[term]["_index"] = number
        return super().build()

    def _calculate_average_field_lengths(self):
        totals = {name: 0 for name in self._fields}
        counts = {name: 0 for name in self._fields}
        for field_ref, length in self.field_lengths.items():
            if length:
                name = FieldRef.from_string(field_ref).field_name
                totals[name] += length
                counts[name] += 1
        self.average_field_length = {
            name: totals[name] / counts[name] if counts[name] else 0 for name in self._fields
        }

    def _create_field_vectors(self):
        field_vectors = {}
        term_idf_cache = {}
        for field_ref, term_frequencies in self.field_term_frequencies.items():
            parsed = FieldRef.from_string(field_ref)
            field_name = parsed.field_name
            field_length = self.field_lengths[field_ref]
            field_vector = Vector()
            field_boost = self._fields[field_name].boost
            doc_boost = self._documents[parsed.doc_ref].get("boost", 1)
            for term, tf in term_frequencies.items():
                term_index = self.inverted_index[term]["_index"]
                if term not in term_idf_cache:
                    term_idf_cache[term] = lunr_idf(self.inverted_index[term], self.document_count)
                idf = term_idf_cache[term]
                score = (
                    idf * ((self._k1 + 1) * tf)
                    / (self._k1 * (1 - self._b + self._b * (field_length / self.average_field_length[field_name])) + tf)
                )
                score *= field_boost
                score *= doc_boost
                field_vector.insert(term_index, js_round_3(score))
            field_vectors[field_ref] = field_vector
        self.field_vectors = field_vectors


class _TermsOfWord(dict):
    """word -> the terms ``pipeline`` makes of it, run once per distinct word."""

    def __init__(self, pipeline: Pipeline):
        super().__init__()
        self.pipeline = pipeline

    def __missing__(self, word):
        terms = self[word] = tuple(str(token) for token in self.pipeline.run([Token(word)]))
        return terms


def make_builder() -> JsBuilder:
    builder = JsBuilder()
    builder.pipeline.add(*INDEX_PIPELINE)
    builder.search_pipeline.add(*SEARCH_PIPELINE)
    # No positions: highlighting stems the shown words in the browser instead,
    # which also works on cut snippets; positions would double the index.
    builder.metadata_whitelist = []
    builder.ref("ref")
    for name, boost in FIELDS:
        builder.field(name, boost=boost)
    return builder


def sorted_terms(builder: JsBuilder) -> list[str]:
    """Every term, in JavaScript's sort order: term n has ``_index`` n."""
    return sorted(builder.inverted_index, key=utf16_key)


def add_documents(documents) -> JsBuilder:
    """A builder holding the documents' terms (``build()`` makes lunr.py's Index)."""
    builder = make_builder()
    for document in documents:
        builder.add({
            "ref": document["ref"],
            **{name: js_whitespace_to_space(document[name]) for name in FIELD_NAMES},
        })
    return builder


def encode_index(builder: JsBuilder, documents) -> dict:
    """The built index in the form shipped to the browser, losslessly smaller.

    lunr's own serialization repeats every (term, field, document) twice (in
    the inverted index and in the field vectors) with a 3-decimal score. All
    of it follows from which terms each document field holds, how often, and
    the field boosts: lunr.js's Builder derives the rest exactly as lunr.py's
    did here. So the browser is given:

      terms:   every term, in JavaScript's sort order (term n has ``_index`` n)
      docs:    per document (articles and claims in index order) a string:
               per field, its term numbers ascending, each as the gap from
               the previous one plus 1 (the first: number + 1), a repeat
               written 0, so 4, 6, 6 is [5, 3, 0]; ``encode_numbers`` writes
               them; fields are separated by ".", empty trailing ones left out
      fields, boosts, pipeline: as lunr's serialization has them

    (Strings, not arrays of numbers: about half the size, and a browser reads a
    string several times faster than half a million number literals.)

    search.js feeds this to ``lunr.Builder`` (pipeline off, terms as given),
    which rebuilds the very index lunr.py built: a test compares lunr.js's
    ``toJSON()`` of it with lunr.py's serialization, float for float.
    """
    terms = sorted_terms(builder)
    number_of = {term: number for number, term in enumerate(terms)}
    docs = []
    for document in documents:
        encoded_fields = []
        for name in FIELD_NAMES:
            frequencies = builder.field_term_frequencies[f"{name}/{document['ref']}"]
            numbers = sorted((number_of[t], n) for t, n in frequencies.items())
            gaps, previous = [], -1
            for number, count in numbers:
                gaps.append(number - previous)
                gaps.extend([0] * (count - 1))
                previous = number
            encoded_fields.append(gaps)
        while encoded_fields and not encoded_fields[-1]:
            encoded_fields.pop()
        docs.append(".".join(encode_numbers(gaps) for gaps in encoded_fields))
    return {
        "version": LUNR_JS_VERSION,
        "fields": list(FIELD_NAMES),
        "boosts": [boost for _, boost in FIELDS],
        "pipeline": [fn.label for fn in SEARCH_PIPELINE],
        "terms": terms,
        "docs": docs,
    }


# Base-32 digits: one from CONTINUE_DIGITS means more digits follow, one
# from FINAL_DIGITS ends the number (search.js decodes them: FINAL, CONTINUE).
FINAL_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"
CONTINUE_DIGITS = "ghijklmnopqrstuvwxyz0123456789+/"


def encode_number(number: int) -> str:
    """A non-negative integer as base-32 digits, most significant first:
    0 -> "A", 31 -> "f", 32 -> "hA", 1000 -> "/I"."""
    digits = [FINAL_DIGITS[number % 32]]
    number //= 32
    while number:
        digits.append(CONTINUE_DIGITS[number % 32])
        number //= 32
    return "".join(reversed(digits))


class _EncodedNumbers(dict):
    """number -> encode_number(number), each worked out once (most gaps are small)."""

    def __missing__(self, number):
        digits = self[number] = encode_number(number)
        return digits


_ENCODED = _EncodedNumbers()


def encode_numbers(numbers) -> str:
    """Non-negative integers as base-32 digits, one after the other."""
    return "".join(map(_ENCODED.__getitem__, numbers))


def decode_numbers(text: str) -> list[list[int]]:
    """The fields' numbers of one ``docs`` string (the inverse, for tests)."""
    fields, numbers, value = [], [], 0
    for char in text:
        if char == ".":
            fields.append(numbers)
            numbers = []
        elif char in CONTINUE_DIGITS:
            value = value * 32 + CONTINUE_DIGITS.index(char)
        else:
            numbers.append(value * 32 + FINAL_DIGITS.index(char))
            value = 0
    fields.append(numbers)
    return fields


def serialize_index(index: Index) -> dict:
    """lunr's serialized form as plain data (what lunr.js's toJSON gives)."""
    data = index.serialize()
    data["invertedIndex"] = [
        [term, {key: (value if key == "_index" else {ref: dict(meta) for ref, meta in value.items()})
                for key, value in posting.items()}]
        for term, posting in sorted(data["invertedIndex"], key=lambda pair: utf16_key(pair[0]))
    ]
    return data


@dataclass
class BuiltSearch:
    payload: dict  # what search/index.js carries
    documents: list  # the lunr documents, in index order
    builder: JsBuilder = field(repr=False)

    @cached_property
    def index(self) -> Index:
        """The lunr.py index (tests query it). Made on first use: the site
        ships ``payload`` only, and making the index takes longer than the rest."""
        return self.builder.build()


def build(articles: Iterable[ArticleInput]) -> BuiltSearch:
    """Store and index for these articles."""
    documents, store = build_documents(articles)
    builder = add_documents(documents)
    payload = {"v": FORMAT_VERSION, **store, "index": encode_index(builder, documents)}
    return BuiltSearch(payload, documents, builder)


# ---------------------------------------------------------------------------
# The script files
# ---------------------------------------------------------------------------
# No file the browser loads for the search may weigh more than 5 MB, at
# 10,000 articles too: the weight the project allows any one page or file of
# the site (the comparison pages are cut to stay under it as well). A search
# index (and store) larger than PART_BYTES is cut into part files of at most
# PART_BYTES: well below the limit, and small enough that the browser reads
# several side by side (at 10,000 articles, ~35 MB, about 18 parts).
MAX_FILE_BYTES = 5_000_000
PART_BYTES = 2_000_000

INDEX_FILE = "index.js"
SCRIPT_PREFIX = "window.CorpusSearch.setIndex("
PART_PREFIX = "window.CorpusSearch.addIndexPart("
SCRIPT_SUFFIX = ");\n"
SCRIPT_COMMENT = "/* Corpus search index: generated, do not edit. */\n"
# The lists a large payload is cut along (name in a part: where it is in the
# payload), in the order they fill the parts. search.js's joinParts puts them
# back together.
PART_LISTS = {"terms": ("index", "terms"), "docs": ("index", "docs"), "a": ("a",), "c": ("c",)}


def to_json(data) -> str:
    """Deterministic, script-safe JSON: sorted keys, ASCII only, so "</script>",
    "<!--" and U+2028/U+2029 cannot end the script or break the JavaScript."""
    text = json.dumps(data, sort_keys=True, ensure_ascii=True, separators=(",", ":"),
                      allow_nan=False)
    # ensure_ascii already wrote U+2028/2029 as \\u2028/\\u2029; "<" is ASCII.
    return text.replace("<", "\\u003c").replace(">", "\\u003e")


def render_script(data: dict) -> str:
    """``search/index.js``: the payload (or the header of a cut one), one call."""
    return SCRIPT_COMMENT + SCRIPT_PREFIX + to_json(data) + SCRIPT_SUFFIX


def render_part(number: int, part: dict) -> str:
    return SCRIPT_COMMENT + PART_PREFIX + str(number) + "," + to_json(to_columns(part)) + SCRIPT_SUFFIX


def parse_script(text: str) -> dict:
    """The data of a rendered ``search/index.js`` (for tests and the bench)."""
    start = text.index(SCRIPT_PREFIX) + len(SCRIPT_PREFIX)
    end = text.rindex(SCRIPT_SUFFIX)
    return json.loads(text[start:end])


def parse_part(text: str) -> tuple[int, dict]:
    """The number and data of a rendered part file."""
    start = text.index(PART_PREFIX) + len(PART_PREFIX)
    comma = text.index(",", start)
    return int(text[start:comma]), from_columns(json.loads(text[comma + 1:text.rindex(SCRIPT_SUFFIX)]))


# A part sends each of its lists as columns (search.js's joinParts reads
# them back): a column is the list of values or, if they are strings without
# a line break, those strings joined by line breaks. A browser parses one
# long string much faster than the many short ones it holds (Chromium spent
# about a third less time parsing 10,000 articles' parts). A list of rows
# (the store's "a" and "c") is sent as one column per place in the row.
ROW_LISTS = ("a", "c")
COLUMN_SEPARATOR = "\n"


def to_column(values: list):
    if all(isinstance(value, str) and COLUMN_SEPARATOR not in value for value in values):
        return COLUMN_SEPARATOR.join(values)
    return values


def from_column(column) -> list:
    return column.split(COLUMN_SEPARATOR) if isinstance(column, str) else column


def to_columns(part: dict) -> dict:
    sent = {}
    for name, items in part.items():
        if name in ROW_LISTS:
            if len({len(row) for row in items}) != 1:
                raise ValueError(f"the rows of {name!r} differ in length")
            sent[name] = [to_column(list(values)) for values in zip(*items)]
        else:
            sent[name] = to_column(items)
    return sent


def from_columns(sent: dict) -> dict:
    part = {}
    for name, data in sent.items():
        if name in ROW_LISTS:
            columns = [from_column(column) for column in data]
            if len({len(column) for column in columns}) != 1:
                raise ValueError(f"the columns of {name!r} differ in length")
            part[name] = [list(row) for row in zip(*columns)]
        else:
            part[name] = from_column(data)
    return part


def _get(payload: dict, path: tuple) -> list:
    for key in path:
        payload = payload[key]
    return payload


def _without_lists(payload: dict) -> dict:
    """A copy of ``payload`` without the PART_LISTS (the lists not copied)."""
    header = dict(payload)
    for path in PART_LISTS.values():
        parent = header
        for key in path[:-1]:
            parent[key] = dict(parent[key])
            parent = parent[key]
        del parent[path[-1]]
    return header


def split_payload(payload: dict, part_bytes: int) -> tuple[dict, list[dict]]:
    """The header (the payload without the PART_LISTS, but with their
    lengths) and the parts: consecutive slices of those lists, each part's
    JSON at most ``part_bytes`` long."""
    header = _without_lists(payload)
    header["lengths"] = {}
    parts, part, size = [], {}, 2
    for name, path in PART_LISTS.items():
        items = _get(payload, path)
        header["lengths"][name] = len(items)
        for item in items:
            text = to_json(item)
            # (An upper bound: the item and a comma, the list's name and brackets.)
            grows = len(text) + 1 + (0 if name in part else len(name) + 6)
            if grows + 2 > part_bytes:
                raise ValueError(f"one entry of the search index is {len(text):,} bytes, "
                                 f"more than a part of {part_bytes:,} bytes can hold")
            if size + grows > part_bytes:
                parts.append(part)
                part, size = {}, 2
                grows = len(text) + 1 + len(name) + 6
            part.setdefault(name, []).append(item)
            size += grows
    if part:
        parts.append(part)
    return header, parts


def join_parts(header: dict, parts: list[dict]) -> dict:
    """The payload ``split_payload`` cut (search.js's joinParts, in Python)."""
    payload = json.loads(json.dumps(header))
    lengths = payload.pop("lengths")
    payload.pop("parts", None)
    for name, path in PART_LISTS.items():
        items = [item for part in parts for item in part.get(name, [])]
        if len(items) != lengths[name]:
            raise ValueError(f"the parts hold {len(items)} {name}, the header says {lengths[name]}")
        _get(payload, path[:-1])[path[-1]] = items
    return payload


def part_name(number: int, text: str) -> str:
    """``index-3-<digest>.js``: a new build's parts never share a name with
    an old build's, which a browser may still have in its cache."""
    return f"index-{number}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:12]}.js"


# Any name part_name() gives (to find the parts of an earlier build).
PART_NAME = re.compile(r"index-\d+-[0-9a-f]{12}\.js")


def render_files(payload: dict, part_bytes: int = PART_BYTES) -> dict[str, str]:
    """The files of ``search/`` (name -> text): ``index.js`` alone if the
    payload fits in ``part_bytes``, else ``index.js`` holding the header and
    naming the part files, which hold the rest (scripts are ASCII: a
    character is a byte)."""
    whole = render_script(payload)
    if len(whole) <= part_bytes:
        return {INDEX_FILE: whole}
    # (A part's call without its data, and the quotes and brackets of its
    # columns, which split_payload does not count.)
    overhead = len(render_part(10 ** 6, {})) + 64
    header, parts = split_payload(payload, part_bytes - overhead)
    texts = [render_part(number, part) for number, part in enumerate(parts, 1)]
    names = [part_name(number, text) for number, text in enumerate(texts, 1)]
    header["parts"] = names
    files = {INDEX_FILE: render_script(header), **dict(zip(names, texts))}
    for name, text in files.items():
        if len(text.encode("utf-8")) > part_bytes:
            raise ValueError(f"search/{name} would be {len(text):,} bytes, more than {part_bytes:,}")
    return files


def parse_files(files) -> dict:
    """The payload of rendered search files (``files``: name -> text), the
    parts joined (for tests and the bench)."""
    header = parse_script(files[INDEX_FILE])
    if "parts" not in header:
        return header
    parts = []
    for number, name in enumerate(header["parts"], 1):
        found, part = parse_part(files[name])
        if found != number:
            raise ValueError(f"{name} says it is part {found}, not {number}")
        parts.append(part)
    return join_parts(header, parts)


def read_files(folder) -> dict[str, str]:
    """A site's ``search/`` files: ``index.js`` and the parts it names."""
    folder = Path(folder)
    files = {INDEX_FILE: (folder / INDEX_FILE).read_text(encoding="utf-8")}
    for name in parse_script(files[INDEX_FILE]).get("parts", []):
        files[name] = (folder / name).read_text(encoding="utf-8")
    return files


def gzip_size(text: str) -> int:
    return len(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
