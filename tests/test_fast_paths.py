"""The shortcuts taken for speed give exactly the results of the plain way.

Combined and reordered regular expressions, cheap tests that skip a search
when it cannot match, and word lists written as tries: each is compared here
with the straightforward search it stands for, over real scraped lines and
over random text full of case and punctuation traps.
"""

import dataclasses
import random
import re
from pathlib import Path

import pytest

from corpus import claims, clean, dates, entities, quantities
from corpus import claims_lexicon as L

ROOT = Path(__file__).resolve().parent.parent
# Characters that match ASCII letters under IGNORECASE, or change length in lower().
CASE_TRAPS = ["ſ", "K", "İ", "ı", "ß", "Σ", "ΟΔΟΣ's", "Å"]


def _texts():
    texts = []
    for path in [*sorted((ROOT / "tests/fixtures/unseen").glob("*.txt")),
                 *sorted((ROOT / "content/raw").glob("*.txt"))]:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            line = " ".join(line.split())
            if line:
                texts.append(line)
                texts.extend(line[a:b] for a, b in claims.split_sentences(line))
    rng = random.Random(1)
    words = ["May", "may", "March", "Mar.", "Sept", "Monday", "monday", "today", "Tonight", "week",
             "weekend", "weekly", "year", "2019", "1999s", "23rd", "5", "1,500", "two", "Twenty-five",
             "a dozen", "dozens of", "half a", "reportedly", "Reports say", "it was reported",
             "is said to", "unnamed sources", "according to", "said", "SAID", "told", "Saying",
             "Mr.", "U.S.", "Gen.", "S-300", "An-124", "Antonov 124", "the", "in", "of", "Caracas",
             "“", "”", "’s", "'s", ",", ".", ":", "-", "—", "&", "é", "\u00a0", *CASE_TRAPS]
    for _ in range(3000):
        texts.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 14))))
    texts += [t.upper() for t in texts[::7]] + [t.lower() for t in texts[::11]]
    return list(dict.fromkeys(texts))


TEXTS = _texts()


def test_there_is_enough_text():
    assert len(TEXTS) > 5000


# ---- word lists as tries -------------------------------------------------

WORD_LISTS = [
    (sorted(L.ATTRIBUTION_CUES | L.TAIL_ONLY_CUES), re.IGNORECASE),
    (["a", "ab", "abc", "abd", "b", "ba", "bab", "c"], re.IGNORECASE),
    (list(L.WEEKDAYS), 0),
    ([*L.MONTHS, *L.MONTH_ABBREVIATIONS], 0),
    (["Mar", "March", "Ma", "May", "M", "Sept", "Sep"], 0),
]


@pytest.mark.parametrize("words, flags", WORD_LISTS)
def test_a_word_trie_matches_like_the_longest_first_alternation(words, flags):
    sorted_alternation = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
    trie = dates.word_alternation(words, ignorecase=bool(flags))
    for template in (r"\b({})\b", r"({})", r"({})\.?\s+\d"):
        plain = re.compile(template.format(sorted_alternation), flags)
        fast = re.compile(template.format(trie), flags)
        for text in TEXTS:
            assert ([m.span(1) for m in plain.finditer(text)]
                    == [m.span(1) for m in fast.finditer(text)]), (template, text)


def test_a_case_insensitive_trie_needs_lower_case_ascii_words():
    with pytest.raises(ValueError):
        dates.word_alternation(["Said"], ignorecase=True)


# ---- combined searches ---------------------------------------------------

def _hedges_one_search_each(text):
    found = sorted((m.start(), label) for label, pattern in claims._HEDGES
                   if (m := pattern.search(text)))
    return list(dict.fromkeys(label for _pos, label in found))


def test_hedges_are_found_as_by_one_search_per_pattern():
    for text in TEXTS:
        assert claims.find_hedges(text) == _hedges_one_search_each(text), text


def test_first_matches_of_overlapping_patterns():
    patterns = [re.compile(p, f) for p, f in [(r"\bweek", re.I), (r"\bweekend\b", re.I),
                                              (r"end", 0), (r"(?<![A-Za-z])may\b", 0)]]
    starts = claims._FirstMatches(patterns)
    for text in ["last weekend", "Weekend may end", "WEEK", "dismay may", "", "x" * 50]:
        expected = [(m.start(), k) for k, p in enumerate(patterns) if (m := p.search(text))]
        assert sorted(starts.starts(text)) == sorted(expected)


def test_patterns_that_cannot_be_combined_are_refused():
    with pytest.raises(ValueError):
        claims._any_of([re.compile(r"(a)\1")])
    with pytest.raises(ValueError):
        claims._any_of([re.compile(r"a", re.MULTILINE)])
    assert claims._has_top_level_bar(r"\ba|b") and not claims._has_top_level_bar(r"\b(?:a|b)[|]")


def test_the_cue_pattern_finds_the_cues_the_sorted_alternation_finds():
    plain = re.compile(r"\b(according\s+to|" + "|".join(
        sorted((re.escape(c) for c in L.ATTRIBUTION_CUES | L.TAIL_ONLY_CUES), key=len, reverse=True))
        + r")\b", re.IGNORECASE)
    for text in TEXTS:
        assert ([m.span(1) for m in plain.finditer(text)]
                == [m.span(1) for m in claims._CUE_RE.finditer(text)]), text


# ---- first-character tests -----------------------------------------------

@pytest.mark.parametrize("kind", [kind for kind, _ in dates._PATTERNS_AS_WRITTEN])
def test_a_first_character_test_never_loses_a_date_match(kind):
    plain = dict(dates._PATTERNS_AS_WRITTEN)[kind]
    fast = dict(dates._PATTERNS)[kind]
    for text in TEXTS:
        assert ([m.groupdict() | {"span": m.span()} for m in plain.finditer(text)]
                == [m.groupdict() | {"span": m.span()} for m in fast.finditer(text)]), text


def test_first_characters_look_past_lookarounds():
    assert clean.first_chars(r"(?<![\d,.])ab") == frozenset("aA")
    assert clean.first_chars(r"(?=x)\d") == frozenset("0123456789\x00")
    assert clean.first_chars(r"(?<!a)b?") is None   # may match empty: no test
    assert clean.first_char_lookahead(r"(?:ab|[cd])e") == "(?=(?i:[ACDacd]))"
    assert clean.first_char_lookahead(r".x") == ""


# ---- tests that skip a search ----------------------------------------------

@pytest.mark.parametrize("published", [None, "2019-03-27"])
def test_dates_are_the_same_without_the_gate_and_first_character_tests(monkeypatch, published):
    fast = [dates.scan_dates(text, published) for text in TEXTS]
    monkeypatch.setattr(dates, "_may_hold_date", lambda text: True)
    monkeypatch.setattr(dates, "_PATTERNS", dates._PATTERNS_AS_WRITTEN)
    plain_anchors = {**dates._ANCHORS, "month_year": dates._ANCHOR_MONTH,
                     "relative_day": re.compile(r"(?i:today|yesterday|tonight|morning|afternoon|evening|night)"),
                     "weekend": re.compile(r"(?i:weekend)"), "week": re.compile(r"(?i:week)"),
                     "relative_year": re.compile(r"(?i:year)")}
    monkeypatch.setattr(dates, "_ANCHORS", plain_anchors)
    assert [dates.scan_dates(text, published) for text in TEXTS] == fast


def test_quantities_are_the_same_without_the_gate(monkeypatch):
    fast = [quantities.extract_quantities(text) for text in TEXTS]
    assert sum(1 for found in fast if found) > 300
    monkeypatch.setattr(quantities, "_may_hold_quantity", lambda text: True)
    assert [quantities.extract_quantities(text) for text in TEXTS] == fast


def test_the_ascii_quantity_trigger_agrees_with_the_token_loop():
    for text in TEXTS:
        if text.isascii():
            # a separate non-ASCII word sends the text through the token loop
            assert quantities._may_hold_quantity(text) == quantities._may_hold_quantity(text + " é"), text


# ---- smaller pieces ------------------------------------------------------

def test_dispatch_buckets_are_shared_by_characters_with_the_same_patterns():
    matcher = clean._MATCHER
    assert matcher._bucket("s") is matcher._bucket("S")
    buckets = [matcher._bucket(c) for c in "sSaA0123456789éüçß“©"]
    for a in buckets:
        for b in buckets:
            assert (a is b) == (a[2] == b[2])   # one compiled alternation per set of patterns


def test_a_replaced_mention_is_what_dataclasses_replace_gives():
    mention = entities.Mention("Javier Mayorca", "person", "Mayorca", 3, 10, key="javier mayorca",
                               generic=True, hint="person")
    for changes in ({"name": "X"}, {"type": None, "key": "x"}, {"by_shape": False}, {}):
        replaced = entities._replaced(mention, **changes)
        assert replaced == dataclasses.replace(mention, **changes) and replaced is not mention


def test_extraction_gives_the_collector_back_as_it_found_it():
    import gc

    from corpus.pipeline import Corpus, prepare_one

    path = sorted((ROOT / "content/raw").glob("*.txt"))[0]
    corpus = Corpus(root=ROOT / "content")
    corpus.load([path])
    assert gc.isenabled()
    assert prepare_one(str(path), corpus)["status"] == "ok"
    assert gc.isenabled()
    gc.disable()
    try:
        prepare_one(str(path), corpus)
        assert not gc.isenabled()
    finally:
        gc.enable()
