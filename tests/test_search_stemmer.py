"""The index turns words into terms exactly as lunr.js turns query words.

Compared under Node with lunr.js 2.3.9 itself (tests/js/term_functions.js):

- the stemmer (``corpus.lunr_stemmer``, a port of lunr.js's) on a 274,937-word
  English list (npm ``an-array-of-english-words``, a pinned devDependency),
  on every token of the raw scrapes in content/raw, on every token of the
  built records, and on edge cases: zero differences;
- what else lunr.py does differently from lunr.js: the tokenizer's
  separators (lunr.py misses most Unicode spaces), the trimmer (lunr.py's
  leaves "u.s." alone, lunr.js's strips non-ASCII letters), and the stop
  word list; and search.js's foldAccents/trimWord against the Python twins,
  and the whole query-term pipeline of the index against lunr.js's.
"""

from __future__ import annotations

import json
import re

import pytest
from lunr.stemmer import stemmer as lunr_py_stemmer
from lunr.stop_word_filter import WORDS as LUNR_PY_STOP_WORDS
from lunr.token import Token
from lunr.tokenizer import Tokenizer
from lunr.trimmer import trimmer as lunr_py_trimmer

try:
    from .test_search_helpers import REPO_ROOT, WORD_LIST, run_node, sample_records
except ImportError:
    from test_search_helpers import REPO_ROOT, WORD_LIST, run_node, sample_records

from corpus import search_index
from corpus.lunr_stemmer import stem

# Words where a port could slip: "y" rules, short words, Unicode, characters
# outside the BMP (UTF-16 surrogate pairs in JavaScript), line terminators
# (JavaScript's "." and "$" differ from Python's), upper case.
EDGE_WORDS = [
    "", "a", "y", "ys", "yy", "yyy", "yes", "yelling", "Yelling", "YELLING", "ay", "say",
    "saturday", "saturdays", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
    "cry", "by", "sky", "lay", "try", "happy", "agreed", "feed", "bled", "sing", "hopping",
    "generalization", "oscillators", "relational", "conditional", "rational", "valenci",
    "hesitanci", "digitizer", "conformabli", "radicalli", "differentli", "vileli", "analogousli",
    "vietnamization", "predication", "operator", "feudalism", "decisiveness", "hopefulness",
    "callousness", "formaliti", "sensitiviti", "sensibiliti", "triplicate", "formative",
    "formalize", "electriciti", "electrical", "hopeful", "goodness", "revival", "allowance",
    "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant",
    "replacement", "adjustment", "dependent", "adoption", "homologou", "communism",
    "activate", "angulariti", "homologous", "effective", "bowdlerize", "probate", "rate",
    "cease", "controll", "roll", "s-300", "s", "300", "u.s.", "u.s", "russia’s", "russia's",
    "maiquetía", "Maiquetía", "maiquetia", "café", "naïve", "straße", "łódź", "ǿ", "ﬁnance",
    "ｆｕｌｌｗｉｄｔｈ", "путин", "захарова", "Ελλάδα", "ολοι", "東京", "😀", "😀s", "a😀😀", "ba😀",
    "😀😀", "yes😀", "y😀y", "\ud83d", "a\udc00s", "abc\n", "abc\u2028", "ab\rc", "tes\u2029",
    "sing\n", "x" * 50, "ing", "eed", "ed", "ies", "sses", "ss", "_under_", "99", "1990s",
]


@pytest.fixture(scope="module")
def english_words():
    assert WORD_LIST.is_file(), (
        f"{WORD_LIST.relative_to(REPO_ROOT)} is missing: run `make install` (npm ci installs "
        "the devDependency an-array-of-english-words)"
    )
    words = json.loads(WORD_LIST.read_text(encoding="utf-8"))
    assert len(set(words)) >= 50_000, f"the word list has only {len(set(words))} distinct words"
    return words


def js_tokens(text):
    """lunr's tokenizer as the index runs it (strings)."""
    return [str(t) for t in Tokenizer(search_index.js_whitespace_to_space(text))]


def raw_scrape_texts():
    texts = [p.read_text(encoding="utf-8", errors="replace")
             for p in sorted((REPO_ROOT / "content" / "raw").rglob("*.txt"))]
    assert texts, "no scrapes in content/raw"
    return texts


def record_texts(records):
    """Every text of a record that the index reads (and the chrome it must not)."""
    texts = []
    for record in records:
        texts += [record.get("title") or "", search_index.body_text(record),
                  record.get("author") or "", record.get("outlet") or ""]
        for claim in record.get("claims") or []:
            texts.append(claim.get("text") or "")
            texts.append(((claim.get("attribution") or {}).get("source")) or "")
            texts += [e.get("name") or "" for e in claim.get("entities") or []]
    return [t for t in texts if t]


def run_term_functions(tmp_path, words=(), texts=(), stop_candidates=()):
    source = tmp_path / "terms-in.json"
    target = tmp_path / "terms-out.json"
    source.write_text(json.dumps({"words": list(words), "texts": list(texts),
                                  "stopCandidates": list(stop_candidates)}), encoding="utf-8")
    result = run_node("term_functions.js", source, target)
    assert result.returncode == 0, f"node failed:\n{result.stdout}\n{result.stderr}"
    return json.loads(target.read_text(encoding="utf-8"))


def differences(words, ours, theirs, limit=20):
    diffs = [(w, a, b) for w, a, b in zip(words, ours, theirs) if a != b]
    return len(diffs), diffs[:limit]


def check_all_term_functions(tmp_path, words, what):
    """Stemmer, foldAccents, trimWord and the query pipeline: Python == lunr.js."""
    words = sorted(set(words))
    js = run_term_functions(tmp_path, words=words)
    for name, python in (
        ("stemmer", [stem(w) for w in words]),
        ("foldAccents", [search_index.fold_accents(w) for w in words]),
        ("trimWord", [search_index.trim_word(w) for w in words]),
        ("query term", [search_index.query_term(w) for w in words]),
    ):
        key = {"stemmer": "stem", "query term": "queryTerm"}.get(name, name)
        count, sample = differences(words, python, js[key])
        assert count == 0, f"{name}: {count} of {len(words)} {what} differ (word, Python, lunr.js): {sample}"
    return js


# ---------------------------------------------------------------- stemmer


def test_stemmer_matches_lunr_js_on_english_word_list(english_words, tmp_path):
    words = sorted(set(english_words))
    js = run_term_functions(tmp_path, words=words)
    assert js["lunrVersion"] == "2.3.9"
    count, sample = differences(words, [stem(w) for w in words], js["stem"])
    assert count == 0, f"{count} of {len(words)} words stem differently (word, Python, lunr.js): {sample}"
    # Why the port exists: lunr.py's own stemmer differs on thousands of them.
    py_count, _ = differences(words, [str(lunr_py_stemmer(Token(w))) for w in words], js["stem"])
    assert py_count > 1000
    assert str(lunr_py_stemmer(Token("saturday"))) == "saturdai"
    assert stem("saturday") == "saturday"  # (the list has no proper nouns: see EDGE_WORDS)


def test_term_functions_match_lunr_js_on_english_word_list(english_words, tmp_path):
    check_all_term_functions(tmp_path, english_words, "English words")


def test_term_functions_match_lunr_js_on_edge_cases(tmp_path):
    check_all_term_functions(tmp_path, EDGE_WORDS, "edge cases")


def test_stemmer_and_tokenizer_match_lunr_js_on_raw_scrapes(tmp_path):
    """Every token of content/raw (chrome included: a superset of the corpus)."""
    texts = raw_scrape_texts()
    js = run_term_functions(tmp_path, texts=texts)
    for text, theirs in zip(texts, js["tokens"]):
        assert js_tokens(text) == theirs, "the tokenizer splits a scrape differently from lunr.js"
    tokens = {t for tokens in js["tokens"] for t in tokens}
    # What the stemmer sees at index time: folded, trimmed tokens; and raw ones.
    words = tokens | {search_index.trim_word(search_index.fold_accents(t)) for t in tokens}
    assert len(words) > 1000
    check_all_term_functions(tmp_path, words, "scrape tokens")


def test_stemmer_and_tokenizer_match_lunr_js_on_built_records(site_records, tmp_path):
    """Every token of every field the index reads, from the records the site is built from."""
    texts = record_texts(site_records.values()) + record_texts(sample_records())
    js = run_term_functions(tmp_path, texts=texts)
    for text, theirs in zip(texts, js["tokens"]):
        assert js_tokens(text) == theirs, f"the tokenizer splits differently from lunr.js: {text[:200]!r}"
    tokens = {t for tokens in js["tokens"] for t in tokens}
    words = tokens | {search_index.trim_word(search_index.fold_accents(t)) for t in tokens}
    check_all_term_functions(tmp_path, words, "corpus tokens")


# ------------------------------------------ the rest of lunr.py vs lunr.js


def test_tokenizer_splits_on_what_lunr_js_splits_on(tmp_path):
    """lunr.js splits on /[\\s\\-]+/, JavaScript's \\s being every Unicode space;
    lunr.py only on " \\t\\n\\r\\f\\v\\xa0-". The index evens this out."""
    spaces = [chr(c) for c in range(0x10000) if re.match(r"\s", chr(c)) or chr(c) in "\ufeff\u180e\u200b"]
    texts = [f"alpha{s}beta-gamma" for s in spaces]
    js = run_term_functions(tmp_path, texts=texts)
    assert js["separator"] == "[\\s\\-]+"
    mismatched = [(hex(ord(s)), js_tokens(t), j) for s, t, j in zip(spaces, texts, js["tokens"])
                  if js_tokens(t) != j]
    assert not mismatched, mismatched
    lunr_py = [hex(ord(s)) for s, t, j in zip(spaces, texts, js["tokens"])
               if [str(x) for x in Tokenizer(t)] != j]
    assert "0x2028" in lunr_py and "0x3000" in lunr_py  # what lunr.py alone gets wrong


def test_highlighting_shortcut_never_rejects_a_words_own_term(english_words, tmp_path):
    """search.js skips working out a word's term when the word's first
    character (termInitial) is no searched term's: that character must be
    the term's first, for every word where it is given."""
    words = set(english_words) | set(EDGE_WORDS)
    for token in {t for text in raw_scrape_texts() for t in text.split()}:
        words.add(token)
    # Capitals and the punctuation that sticks to words in running text.
    words |= {f"{lead}{w.capitalize()}{tail}" for w in english_words[::7]
              for lead, tail in (("(", ")."), ("\"", ","), ("'", "'s"), ("--", ""), ("¿", "?"))}
    words = sorted(words)
    js = run_term_functions(tmp_path, words=words)
    wrong = [(w, i, t) for w, i, t in zip(words, js["termInitial"], js["termOf"]) if i and t[:1] != i]
    assert not wrong, f"{len(wrong)} words whose term starts otherwise: {wrong[:20]}"
    given = sum(1 for i in js["termInitial"] if i)
    assert given > 0.9 * len(words), f"the shortcut applies to only {given} of {len(words)} words"


def test_stop_words_are_lunr_js_stop_words(english_words, tmp_path):
    candidates = sorted(set(english_words) | LUNR_PY_STOP_WORDS | {"constructor", "__proto__", "toString"})
    js = run_term_functions(tmp_path, stop_candidates=candidates)
    assert set(js["stopWords"]) == LUNR_PY_STOP_WORDS
    assert search_index.index_term("the") is None and search_index.index_term("Saturday") == "saturday"


def test_trimmer_differences_are_fixed(english_words, tmp_path):
    """lunr.js's trimmer and lunr.py's differ; the index uses trimWord, the
    same in both languages (checked above), equal to lunr.js's on ASCII."""
    words = sorted({w for w in english_words} | {w for w in EDGE_WORDS if w.isascii()} |
                   {"u.s.", "(troops)", "“quoted”", "...dots", "--dash"})
    js = run_term_functions(tmp_path, words=words)
    ours = [search_index.trim_word(w) for w in words]
    diffs = [(w, a, b) for w, a, b in zip(words, ours, js["lunrTrimmer"])
             if a != b and not w.endswith("'s")]
    assert not diffs, diffs[:20]
    # What each original gets wrong, and trimWord does not:
    assert str(lunr_py_trimmer(Token("u.s."))) == "u.s."  # lunr.py: interior "." stops it
    assert search_index.trim_word("u.s.") == "u.s"
    assert search_index.trim_word("путин,") == "путин"  # lunr.js's \W would leave ""
    assert search_index.trim_word("“Maiquetía”") == "Maiquetía"
    assert search_index.trim_word("Russia's") == "Russia"


def test_special_letter_tables_are_equal(tmp_path):
    js = run_term_functions(tmp_path, words=["x"])
    assert js["specialLetters"] == search_index.SPECIAL_LETTERS


def test_weekday_and_accent_queries_meet_the_index_terms():
    """The cases that failed before: a weekday, and an accent either way."""
    for word in ("Saturday", "saturday", "SATURDAY", "Saturday,", "“Saturday”"):
        assert search_index.query_term(word) == search_index.index_term("Saturday") == "saturday"
    for word in ("Maiquetía", "Maiquetia", "maiquetía", "MAIQUETÍA"):
        assert search_index.query_term(word) == search_index.index_term("Maiquetía") == "maiquetia"
    assert search_index.index_term("Russia’s") == search_index.query_term("russia's") == search_index.query_term("Russia")
