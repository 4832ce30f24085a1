"""Blocking in the claim explorer (corpus.compare): the pairs of claims or
figures that grouping tests are found through indexes rather than by trying
every pair. Blocking must never lose a link on a corpus below the caps: the
groups are the same as when every pair is tried.
"""

from __future__ import annotations

import itertools
import random
import sys
from pathlib import Path

import pytest

import corpus.compare as compare
from corpus import compare_rules
from corpus.compare import _alike_pairs, group_claims, similarity
from corpus.pipeline import Corpus, extract

ROOT = Path(__file__).resolve().parent.parent
CURATOR = ROOT / "content" / "curator"


def alike_by_trying_every_pair(token_sets, idf, threshold, min_shared):
    return {(i, j) for i, j in itertools.combinations(range(len(token_sets)), 2)
            if len(token_sets[i] & token_sets[j]) >= min_shared
            and similarity(token_sets[i], token_sets[j], idf) >= threshold}


def random_token_sets(rng, n, vocabulary, low=2, high=14):
    # Zipf-like word use, as in text: a few common words, many rare ones.
    words = [f"w{k}" for k in range(vocabulary)]
    weights = [1 / (k + 1) for k in range(vocabulary)]
    return [frozenset(rng.choices(words, weights, k=rng.randint(low, high))) for _ in range(n)]


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("threshold,min_shared", [(0.2, 3), (0.1, 2), (0.4, 3), (0.25, 4)])
def test_alike_pairs_are_exactly_the_pairs_that_qualify(seed, threshold, min_shared):
    rng = random.Random(seed)
    token_sets = random_token_sets(rng, 150, 60)
    idf = compare.idf_weights(token_sets)
    found = list(_alike_pairs(token_sets, idf, threshold, min_shared))
    assert len(found) == len(set(found)), "a pair was proposed twice"
    assert all(j < i for j, i in found)
    expected = alike_by_trying_every_pair(token_sets, idf, threshold, min_shared)
    assert expected, "the random sets should have some alike pairs"
    assert {(j, i) for j, i in found} == expected


def test_a_capped_key_proposes_no_pair_but_another_key_still_does():
    # Ten sets share "a b c d"; two of them also share the rarer "x y z";
    # forty others share nothing (they make "a b c d" less common).
    common = {"a", "b", "c", "d"}
    token_sets = [frozenset(common | {f"own{k}"}) for k in range(10)]
    token_sets[3] = frozenset(token_sets[3] | {"x", "y", "z"})
    token_sets[7] = frozenset(token_sets[7] | {"x", "y", "z"})
    token_sets += [frozenset({f"other{k}", f"else{k}", f"more{k}"}) for k in range(40)]
    idf = compare.idf_weights(token_sets)
    uncapped = set(_alike_pairs(token_sets, idf, 0.2, 3))
    assert uncapped == set(itertools.combinations(range(10), 2))  # they share a, b, c, d
    capped = set(_alike_pairs(token_sets, idf, 0.2, 3, max_posting=5))
    assert capped == {(3, 7)}


def test_alike_pairs_needs_two_shared_tokens():
    with pytest.raises(ValueError):
        list(_alike_pairs([frozenset("ab")], {"a": 1.0, "b": 1.0}, 0.2, 1))


# ---------------------------------------------------------------------------
# The groups with blocking are the groups of trying every pair
# ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def generated_records(tmp_path_factory):
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import make_corpus
    finally:
        sys.path.remove(str(ROOT / "bench"))
    folder = tmp_path_factory.mktemp("generated")
    paths = make_corpus.generate(40, 7, folder)
    corpus = Corpus(curator_dir=folder / "curator", root=folder)
    corpus.load(paths)
    return [extract(path, corpus) for path in paths]


def every_pair(items, *args, **kwargs):
    return {(i, j) for i, j in itertools.combinations(range(len(items)), 2)}


def test_blocking_loses_no_link(seeds, generated_records, monkeypatch):
    records = [*seeds, *generated_records]
    blocked = group_claims(records)
    monkeypatch.setattr(compare, "_similar_pairs", every_pair)
    monkeypatch.setattr(compare, "_near_pairs", lambda mentions, *a, **k: set())
    monkeypatch.setattr(compare, "_alike_pairs", lambda token_sets, *a, **k: iter(every_pair(token_sets)))
    monkeypatch.setattr(compare, "_sharing_pairs", lambda key_sets: every_pair(list(key_sets)))
    assert group_claims(records) == blocked
    assert sum(len(g["outlets"]) > 1 for g in blocked) >= 10, "too few groups for the test to say much"


def figures_linked_as_written(corpus, a, b):
    """The rule of compare_rules.py for two figures, written plainly."""
    days_a, days_b = compare.event_dates(corpus, a.ref), compare.event_dates(corpus, b.ref)
    shared_events = {e for e, _ in days_a} & {e for e, _ in days_b}
    if shared_events and all(compare.compare_days(x, y) == "differ"
                             for e in shared_events for ex, x in days_a if ex == e
                             for ey, y in days_b if ey == e):
        return False  # the same kind of event, on no day in common
    ratio = compare_rules.NEAR_VALUE_RATIO
    if a.low <= b.high * ratio and b.low <= a.high * ratio:  # near values
        if a.measure.split(":")[0] in compare_rules.EVENT_MEASURES:
            return True
        return corpus.sim(a.ref, b.ref) >= compare_rules.GENERIC_MEASURE_MIN_SIMILARITY
    return corpus.sim(a.ref, b.ref) >= compare_rules.FAR_VALUE_MIN_SIMILARITY


def test_figure_link_is_the_rule_as_written(seeds, generated_records):
    corpus = compare.Corpus([*seeds, *generated_records])
    tried = linked = 0
    for measure, members in compare._figures_by_measure(corpus).items():
        fast = compare.figures_linked(corpus, measure, members)
        for i, j in itertools.combinations(range(len(members)), 2):
            expected = figures_linked_as_written(corpus, members[i], members[j])
            assert fast(i, j) == expected, (measure, members[i], members[j])
            tried += 1
            linked += expected
    assert tried > 1000 and 0 < linked < tried


@pytest.mark.parametrize("seed", range(5))
def test_overlapping_pairs_are_the_overlapping_intervals(seed):
    rng = random.Random(seed)
    spans = []
    for _ in range(120):
        if rng.random() < 0.05:
            spans.append(None)  # not placed: paired with all
        else:
            start = rng.randint(0, 300)
            spans.append((start, start + rng.choice([0, 0, 1, 3, 20])))
    expected = {(i, j) for i, j in itertools.combinations(range(len(spans)), 2)
                if spans[i] is None or spans[j] is None
                or (spans[i][0] <= spans[j][1] and spans[j][0] <= spans[i][1])}
    assert compare._overlapping_pairs(spans) == expected
    capped = compare._overlapping_pairs(spans, max_neighbours=3)
    assert capped <= expected and len(capped) < len(expected)
