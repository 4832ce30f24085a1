"""The claim explorer: line the outlets up claim by claim.

Public interface::

    group_claims(records) -> list[dict]     # groups of claims about one thing
    date_mentions(records) -> list[dict]    # every date phrase with its verb
    similarity(tokens_a, tokens_b, idf)     # IDF-weighted Jaccard (see below)

``records`` are the article records of ``pipeline.extract`` (``python -m
corpus extract``); records with an ``error`` are ignored.  Nothing here is
written for particular articles: groups are computed from the claim records,
with every threshold and word list in ``compare_rules.py``.

Each group (a plain, JSON-ready dict)::

    {
      "id": "q-how-many-personnel-3f2a1c",   # kind letter, label words, hash
      "kind": "quantity" | "date" | "entity" | "statement",
      "aspect": "count" | "event-date" | "names" | "entity" | "purpose"
                | "wording" | "single-claim",
      "label": "How many personnel?",          # a readable question
      "verdict": "agree" | "differ" | "unclear" | "single",
      "agreement": "exact" | "approximate" | None,
      "vaguer": ["Rachel Blevins (blog)"],     # outlets with a vaguer figure
      "explanation": "99 exact (SouthFront: ...) vs about 100 (...) ...",
      "outlets": ["AMN (Al-Masdar News)", ...],        # who makes it, sorted
      "outlets_missing": [...],                         # who does not
      "claim_count": 6,
      "cells": [{"outlet": "SouthFront", "claims": [entry, ...]}, ...],
      ... kind-specific keys: "measure", "unit" (quantity), "event" (date),
      "entities" (entity), "purpose" (statement/purpose)
    }

and each cell entry::

    {"article_key", "slug", "title", "claim_id", "anchor":
     "articles/<slug>.html#<claim id>", "text", "value", "unit",
     "approximate", "qualifier", "phrase", "range": [low, high] | None,
     "attribution": "Sputnik, citing an anonymous diplomatic source in
     Caracas" | None, "attribution_record": {...} | None, "hedged", "hedges",
     "date": {phrase, date, granularity, resolved} | None, "names": [...]}

``value``/``unit``/``phrase`` are the figure for quantity groups, the date
for date groups (``value`` = ISO date or None, ``phrase`` = as written) and
the names for entity groups (``value`` = canonical names joined, ``phrase``
= as written).  ``verdict`` "unclear" is for dates that cannot be compared
(an undated article's "Saturday" against "March 23rd").

How groups are made (each step explained where it is coded):

* quantity: figures of one measure (noun class, or unit where units are not
  interchangeable) whose values are near, or whose sentences are alike;
* date: dates attached to one kind of event verb (arrive/land, leave,
  send ...), near in time or in sentences alike;
* entity: aircraft and weapons named together; people and organisations
  named in claims of two or more outlets (not the subject of every claim);
* statement: the purpose of a trip ("arrived to take part in
  consultations"), then claims alike in wording; finally every claim that is
  in no group gets a group of its own (verdict "single").

A claim may be in several groups.  Clustering joins two clusters while most
pairs between them are linked (average linkage over a yes/no link), never
two figures or dates of one claim (a sentence that gives two figures of one
measure speaks of two things).  Everything is sorted, so the same records
give the same groups, ids and text.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import gc
import hashlib
import heapq
import itertools
import math
import multiprocessing
import os
import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from . import compare_rules as R
from .citations import UNKNOWN_OUTLET, anchor_of, describe_attribution, outlet_of

__all__ = ["group_claims", "date_mentions", "similarity", "outlet_of",
           "UNKNOWN_OUTLET", "light_stem", "value_range"]

KIND_ORDER = {"quantity": 0, "date": 1, "entity": 2, "statement": 3}


# ---------------------------------------------------------------------------
# Words: folding, light stemming, content tokens
# ---------------------------------------------------------------------------

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


def fold(text: str) -> str:
    """Lower case without accents, with straight apostrophes."""
    if text.isascii():  # most text: nothing to decompose (the same result, faster)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base.replace("’", "'").replace("‘", "'").lower()


def light_stem(word: str) -> str:
    """A deliberately light stemmer: plural, -ing, -ed, -ment, final -e.

    Enough to make "arrived"/"arriving"/"arrive", "consultations"/
    "consultation" and "deployment"/"deployed" meet; light so that unrelated
    words do not ("training" -> "train", "trains" -> "train" is acceptable).
    """
    word = R.SPELLING_VARIANTS.get(word, word)
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    for suffix in ("ment", "ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            if suffix == "s" and word[-2] in "su":
                break  # "bus", "class": not plurals
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        word = word[:-1]  # "shipped" -> "shipp" -> "ship"
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    return word


def content_words(text: str) -> list[tuple[str, str]]:
    """(stem, surface) of each content word of ``text``, in order."""
    words = []
    for match in _WORD.finditer(fold(text)):
        word = match.group(0)
        if word.endswith("'s"):
            word = word[:-2]
        if word in R.STOPWORDS or len(word) < 2:
            continue
        stem = _STEMS.get(word)
        if stem is None:
            stem = _STEMS[word] = light_stem(word)
        words.append((stem, word))
    return words


# light_stem of each word seen: a corpus uses each word many times (the
# claims of the 1,000-article bench corpus have 135,000 content words,
# 15,700 of them different).
_STEMS: dict[str, str] = {}


def claim_tokens(claim: dict) -> frozenset[str]:
    """Content stems of a claim, its entities replaced by their keys.

    Entities count once each as "@key", so "Antomov 124" and "An-124", or
    "Vasilly" and "Vasily", are the same token.
    """
    text = fold(claim.get("text") or "")
    keys = set()
    for entity in claim.get("entities") or []:
        written = fold(entity.get("as_written") or "")
        if written:
            text = text.replace(written, " ")
        keys.add("@" + _entity_key(entity))
    stems = {stem for stem, _ in content_words(text)}
    return frozenset(stems | keys)


def idf_weights(token_sets) -> dict[str, float]:
    """Inverse document frequency of each token over the claims."""
    token_sets = list(token_sets)
    count = Counter(t for tokens in token_sets for t in tokens)
    n = len(token_sets)
    return {t: math.log((n + 1) / (df + 0.5)) for t, df in count.items()}


def similarity(a: frozenset, b: frozenset, idf: dict) -> float:
    """IDF-weighted Jaccard: shared weight over combined weight, 0..1."""
    shared = sum(idf.get(t, 1.0) for t in a & b)
    union = _weight(a, idf) + _weight(b, idf) - shared
    return shared / union if union > 0 else 0.0


def _weight(tokens: frozenset, idf: dict) -> float:
    return sum(idf.get(t, 1.0) for t in tokens)


# ---------------------------------------------------------------------------
# The corpus seen as claims
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ClaimRef:
    """One claim of one article, with what comparing it needs."""

    index: int  # corpus order: records sorted by key, claims in text order
    outlet: str
    record: dict = field(repr=False, compare=False)
    claim: dict = field(repr=False, compare=False)
    tokens: frozenset = field(repr=False, compare=False)

    @property
    def key(self) -> tuple[str, str]:
        return (self.record["key"], self.claim["id"])


class Corpus:
    """Claims of all records, the IDF table and the outlets."""

    def __init__(self, records, words: bool = True):
        """``words=False``: without the claims' words (no similarity), for
        what only lists claims (date_mentions)."""
        good = sorted((r for r in records if "error" not in r), key=lambda r: r["key"])
        self.records = good
        self.refs: list[ClaimRef] = []
        no_words = frozenset()
        for record in good:
            for claim in record.get("claims") or []:
                self.refs.append(ClaimRef(len(self.refs), outlet_of(record), record, claim,
                                          claim_tokens(claim) if words else no_words))
        self.idf = idf_weights(ref.tokens for ref in self.refs)
        self.outlets = sorted({outlet_of(r) for r in good}, key=str.casefold)
        self.years = sorted({r["published"][:4] for r in good if r.get("published")})
        self._totals = [sum(self.idf[t] for t in ref.tokens) for ref in self.refs]
        self.dates_by_claim = None  # filled by _mentions_by_claim
        self.event_dates_by_claim = None  # filled by event_dates
        self.figures_by_measure = None  # filled by _figures_by_measure
        self.dates_by_event = None  # filled by _dates_by_event

    def sim(self, a: ClaimRef, b: ClaimRef) -> float:
        """similarity() of two claims, each claim's total weight summed once.

        Not cached: on a large corpus most pairs are asked for once, and a
        table of millions of pairs cost more time and memory than it saved.
        """
        common = a.tokens & b.tokens
        if not common:
            return 0.0
        shared = sum(map(self.idf.__getitem__, common))
        union = self._totals[a.index] + self._totals[b.index] - shared
        return shared / union if union > 0 else 0.0

    def shared_words(self, a: ClaimRef, b: ClaimRef) -> int:
        return len(a.tokens & b.tokens)


# ---------------------------------------------------------------------------
# Clustering: average linkage over a yes/no link, with cannot-links
# ---------------------------------------------------------------------------

def cluster(items: list, linked, cannot=None, *, candidates=None, cannot_key=None) -> list[list]:
    """Join clusters while at least MIN_LINKED_SHARE of their pairs link.

    ``linked(a, b)`` says whether two items are about the same thing;
    ``cannot(a, b)`` forbids two items from ever sharing a cluster.  The
    best-linked pair of clusters is joined first; ties go to the earliest
    clusters, so the result does not depend on hash order.  Link counts
    between clusters are kept up to date on each join and candidates wait in
    a heap, so the work grows with the number of links (n log n for sparse
    links), not with the cube of the number of items.
    """
    links = defaultdict(Counter)  # cluster -> cluster -> linked pairs
    blocked = defaultdict(set)  # cluster -> clusters it may never join
    if candidates is None:
        for i, j in _pairs(len(items)):
            if cannot and cannot(items[i], items[j]):
                blocked[i].add(j)
                blocked[j].add(i)
            elif linked(items[i], items[j]):
                links[i][j] += 1
                links[j][i] += 1
    else:
        # Blocking: only the candidate pairs (i < j) can link, every other
        # pair is known not to (see _similar_pairs, _near_pairs). Items
        # sharing a cannot_key never share a cluster, as with cannot().
        if cannot_key is not None:
            by_key = defaultdict(list)
            for i, item in enumerate(items):
                by_key[cannot_key(item)].append(i)
            for same in by_key.values():
                for x, i in enumerate(same):
                    for j in same[x + 1:]:
                        blocked[i].add(j)
                        blocked[j].add(i)
        # In any order, and a pair proposed twice (by two kinds of
        # blocking) links once.
        for i, j in candidates:
            if j in blocked.get(i, ()) or j in links.get(i, ()):
                continue
            if linked(items[i], items[j]):
                links[i][j] = 1
                links[j][i] = 1
    members = {i: [i] for i in range(len(items))}
    version = dict.fromkeys(members, 0)
    # Candidates are (-share, a, b, version of a, version of b), all
    # distinct, so the order they come off the heap is theirs alone, not
    # that of pushing them.
    need = R.MIN_LINKED_SHARE
    heap = [(-1.0 * count, a, b, 0, 0) for a, row in links.items() for b, count in row.items()
            if a < b and count >= need and b not in blocked.get(a, ())]
    heapq.heapify(heap)
    pop, push, no_bans = heapq.heappop, heapq.heappush, frozenset()
    while heap:
        _, a, b, va, vb = pop(heap)
        if version.get(a) != va or version.get(b) != vb:
            continue  # a stale candidate: one of the two has changed since
        _join(a, b, links, blocked, members, version)
        size, va, bans = len(members[a]), version[a], blocked.get(a, no_bans)
        for c, count in links[a].items():
            share = count / (size * len(members[c]))
            if share >= need and c not in bans:
                push(heap, (-share, a, c, va, version[c]) if a < c else (-share, c, a, version[c], va))
    return [[items[i] for i in sorted(group)] for _, group in sorted(members.items())]


def _pairs(n):
    return ((i, j) for i in range(n) for j in range(i + 1, n))


# ---------------------------------------------------------------------------
# Blocking: which pairs can link at all, found through inverted indexes
# ---------------------------------------------------------------------------

def _similar_pairs(token_sets, idf: dict, threshold: float,
                   max_posting: int | None = None):
    """Yield every pair (i, j), i < j, whose similarity() may reach ``threshold``,
    each once (a generator: on a large corpus, millions of pairs).

    A superset (the caller still tests each pair), found by prefix filtering
    with a positional bound (as in PPJoin), so claims that share no rare word
    are never compared:

    - similarity >= t means shared >= t / (1 + t) * (total_a + total_b),
      which implies shared >= t * max(total_a, total_b);
    - with tokens ordered rarest first (one order for all claims), such a pair
      shares a token in the *prefix* of both sets, a set's prefix running
      until the weight left after it is below t times its total; only
      prefixes are indexed;
    - at each shared prefix token x, the weight shared before x is known
      exactly (all of it lies in both prefixes), and what can still be shared
      is at most the smaller of the two weights left after x: a pair whose
      bound falls short of what similarity t needs is dropped.

    ``max_posting`` (see BLOCKING_MAX_POSTING) caps the work on large
    corpora: a token in the prefixes of more claims than that proposes no
    pair (all of its prefixes are found first, so the cut does not depend on
    the order of the claims). Its weight still counts as possibly shared in
    the bound, so a pair it would have helped is dropped only if it shares
    no other prefix token.
    """
    if threshold <= 0:
        raise ValueError("prefix filtering needs a positive threshold")
    share = threshold / (1 + threshold)
    slack = 1 - 1e-9  # bounds a little loose: float sums may differ in the last bits
    prefixes = [_prefix(tokens, idf, threshold * slack) for tokens in token_sets]
    too_common = set()
    if max_posting is not None:
        counts = Counter(token for prefix, _ in prefixes for _, token, _ in prefix)
        too_common = {token for token, count in counts.items() if count > max_posting}
    index = defaultdict(list)  # token -> [(item, weight left after the token, total)]
    for i, (prefix, total) in enumerate(prefixes):
        found = {}  # item -> shared weight so far, or -1 once it cannot reach the need
        skipped = 0.0  # weight of this prefix's too-common tokens so far
        for weight, token, rest in prefix:
            if token in too_common:
                skipped += weight
                continue
            posting = index[token]
            for j, rest_j, total_j in posting:
                got = found.get(j, 0.0)
                if got < 0:
                    continue
                need = share * (total + total_j) * slack - 1e-12
                found[j] = (got + weight if got + weight + skipped + min(rest, rest_j) >= need
                            else -1.0)
            posting.append((i, rest, total))
        yield from ((j, i) for j, got in found.items() if got > 0)


def _prefix(tokens, idf: dict, threshold: float) -> tuple[list, float]:
    """A claim's prefix for _similar_pairs: [(weight, token, weight left after
    it)], rarest token first, and the claim's total weight."""
    weights = sorted(((idf.get(t, 1.0), t) for t in tokens), key=lambda wt: (-wt[0], wt[1]))
    total = sum(w for w, _ in weights)
    bound = threshold * total - 1e-12
    prefix, rest = [], total
    for weight, token in weights:
        if rest < bound:
            break
        rest -= weight
        prefix.append((weight, token, rest))
    return prefix, total


def _alike_pairs(token_sets, idf: dict, threshold: float, min_shared: int,
                 max_posting: int | None = None):
    """Yield every pair (j, i), j < i, of token sets sharing at least
    ``min_shared`` tokens whose similarity() reaches ``threshold``: the
    pairs themselves, not a superset (each is checked here).

    Blocked on pairs of tokens, which finds far fewer pairs to check than
    single tokens do (on the generated 1,000-article corpus, 1.0 million
    against 2.4 million for 52 thousand alike; in 1.7 s instead of 9.6):

    - with tokens ordered rarest first (one order for all sets), let c1, c2
      be the first two tokens a pair shares. Sharing ``min_shared`` tokens,
      c1 stands at most ``min_shared - 1`` places and c2 at most
      ``min_shared - 2`` places before the end of either set;
    - all shared weight lies from c1 on, so similarity ``threshold`` also
      puts c1 in the set's prefix (as in _similar_pairs);
    - so both sets hold the key (c1, c2) among the keys made of a token of
      that range and a later one of this range, and only those are indexed.

    ``max_posting`` (BLOCKING_MAX_POSTING) caps the work on large corpora:
    a key of more sets than that proposes no pair; such a pair is still
    found through any other key both sets hold.

    A generator, so that no set of all the pairs to check is ever held: on
    10,000 articles it would have tens of millions. (The test here is a
    little loose, as float sums may differ in the last bits: the caller's
    own test decides.)
    """
    if min_shared < 2:
        raise ValueError("blocking on pairs of tokens needs min_shared >= 2")
    yield from _AlikeWork(token_sets, idf, threshold, min_shared, max_posting).pairs()


class _AlikeWork:
    """_alike_pairs' index: each set's keys, and the sets holding each key."""

    def __init__(self, token_sets, idf, threshold, min_shared, max_posting):
        self.slack = slack = 1 - 1e-9  # float sums may differ in the last bits
        self.token_sets, self.threshold, self.min_shared = token_sets, threshold, min_shared
        order = sorted({t for tokens in token_sets for t in tokens},
                       key=lambda t: (-idf.get(t, 1.0), t))
        rank = {t: r for r, t in enumerate(order)}
        self.weight = {t: idf.get(t, 1.0) for t in order}.__getitem__
        width = len(order) + 1
        self.keysets, self.totals = [], []
        for tokens in token_sets:
            prefix, total = _prefix(tokens, idf, threshold * slack)
            ranks = sorted(rank[t] for t in tokens)
            firsts = min(len(prefix), len(ranks) - min_shared + 1)
            seconds = len(ranks) - min_shared + 2
            self.keysets.append([ranks[a] * width + ranks[b]
                                 for a in range(firsts) for b in range(a + 1, seconds)])
            self.totals.append(total)
        index = defaultdict(list)  # key -> the sets holding it, in order
        for i, keys in enumerate(self.keysets):
            for key in keys:
                index[key].append(i)
        # Compact: arrays of numbers, not lists of objects.
        self.index = {key: array("i", holders) for key, holders in index.items()
                      if len(holders) > 1 and (max_posting is None or len(holders) <= max_posting)}

    def pairs(self):
        index, token_sets, totals, weight = self.index, self.token_sets, self.totals, self.weight
        need, min_shared = self.threshold * self.slack, self.min_shared
        for i in range(len(token_sets)):
            seen = set()
            for key in self.keysets[i]:
                holders = index.get(key)
                if holders is not None and holders[0] < i:
                    seen.update(holders[:bisect.bisect_left(holders, i)])
            tokens, total = token_sets[i], totals[i]
            for j in sorted(seen):
                common = tokens & token_sets[j]
                if len(common) < min_shared:
                    continue
                shared = sum(map(weight, common))
                union = total + totals[j] - shared
                if union > 0 and shared / union >= need:
                    yield j, i


def _sharing_pairs(key_sets) -> set[tuple[int, int]]:
    """Every pair (i, j), i < j, of items sharing at least one key."""
    index = defaultdict(list)
    pairs = set()
    for i, keys in enumerate(key_sets):
        seen = set()
        for key in keys:
            seen.update(index[key])
            index[key].append(i)
        pairs.update((j, i) for j in seen)
    return pairs


def _near_pairs(mentions, max_neighbours: int | None = None) -> set[tuple[int, int]]:
    """Every pair (i, j), i < j, of figures figures_linked() may call near:
    those whose [low, high * NEAR_VALUE_RATIO] ranges overlap. A figure
    whose range is empty (not seen with non-negative values) is paired with
    all.
    """
    ratio = R.NEAR_VALUE_RATIO
    return _overlapping_pairs([(m.low, m.high * ratio) if m.low <= m.high * ratio else None
                               for m in mentions], max_neighbours)


def _overlapping_pairs(spans, max_neighbours: int | None = None) -> set[tuple[int, int]]:
    """Every pair (i, j), i < j, of overlapping closed intervals
    ``spans[i]`` = (start, end); a span of None is paired with all.

    A sweep over the intervals sorted by start finds the overlapping pairs
    in n log n plus their number.

    ``max_neighbours`` (see BLOCKING_MAX_NEIGHBOURS) caps the pairs on large
    corpora: each interval is paired with at most that many of the
    overlapping intervals that start before it, the closest starts first.
    """
    pairs, odd, ordered = set(), [], []
    for i, span in enumerate(spans):
        if span is None:
            odd.append(i)
        else:
            ordered.append((span[0], span[1], i))
    ordered.sort()
    active = []  # heap of (end, index)
    started = []  # (end, index) of the spans seen, by start
    for start, end, i in ordered:
        while active and active[0][0] < start:
            heapq.heappop(active)
        if max_neighbours is None or len(active) <= max_neighbours:
            for _, j in active:
                pairs.add((min(i, j), max(i, j)))
        else:
            paired = 0
            for earlier_end, j in reversed(started):
                if earlier_end >= start:
                    pairs.add((min(i, j), max(i, j)))
                    paired += 1
                    if paired == max_neighbours:
                        break
        heapq.heappush(active, (end, i))
        started.append((end, i))
    for i in odd:
        pairs.update((min(i, j), max(i, j)) for j in range(len(spans)) if j != i)
    return pairs


def _join(a, b, links, blocked, members, version):
    """Cluster b joins cluster a (a < b): members, links and bans are merged
    (members in any order: cluster() sorts them at the end)."""
    members[a].extend(members.pop(b))
    for c, count in links.pop(b).items():
        links[c].pop(b, None)
        if c != a:
            links[a][c] += count
            links[c][a] += count
    links[a].pop(b, None)
    for c in blocked.pop(b, set()):
        blocked[c].discard(b)
        if c != a:
            blocked[a].add(c)
            blocked[c].add(a)
    version[a] += 1
    del version[b]  # (what is not a cluster any more has no version)


# ---------------------------------------------------------------------------
# Quantities
# ---------------------------------------------------------------------------

def value_range(quantity: dict) -> tuple[float, float, str]:
    """(low, high, shape) of a figure: what values it allows.

    shape is "exact", "about", "below", "above", "at-most", "vague" or
    "range".  An approximate figure covers +-VALUE_TOLERANCE.
    """
    value = float(quantity["value"])
    qualifier = (quantity.get("qualifier") or "").lower().strip()
    tol = R.VALUE_TOLERANCE
    if quantity.get("upper") is not None:
        return value, float(quantity["upper"]), "range"
    if qualifier in R.VAGUE_RANGES:
        low, high = R.VAGUE_RANGES[qualifier]
        return float(low), float(high), "vague"
    shape = R.QUALIFIER_RANGES.get(qualifier)
    if shape is None:
        shape = "about" if quantity.get("approximate") else "exact"
    return {
        "exact": (value, value, "exact"),
        "about": (value * (1 - tol), value * (1 + tol), "about"),
        "below": (value * (1 - tol), value, "below"),
        "just-above": (value, value * (1 + tol), "about"),
        "above": (value, math.inf, "above"),
        "at-most": (0.0, value, "at-most"),
    }[shape]


LOOSE_SHAPES = frozenset({"vague", "above", "at-most", "range"})


@dataclass(frozen=True)
class QuantityMention:
    ref: ClaimRef
    position: int  # index of the quantity in the claim
    quantity: dict = field(compare=False)
    measure: str
    unit: str
    value: float
    low: float
    high: float
    shape: str
    what: str | None  # "equipment" in "35 tonnes of equipment"

    @property
    def loose(self) -> bool:
        return self.shape in LOOSE_SHAPES


def measure_of(quantity: dict) -> tuple[str, str, float] | None:
    """(measure, canonical unit, factor) of a figure; None if it has no unit."""
    unit = quantity.get("unit")
    if not unit:
        return None
    unit, factor = R.UNIT_CONVERSIONS.get(unit, (unit, 1.0))
    noun_class = quantity.get("noun_class")
    if noun_class in R.CLASS_LEVEL_MEASURES:
        return noun_class, unit, factor
    return f"{noun_class or 'count'}:{unit}", unit, factor


def quantity_mentions(corpus: Corpus) -> list[QuantityMention]:
    mentions = []
    for ref in corpus.refs:
        for position, quantity in enumerate(ref.claim.get("quantities") or []):
            measured = measure_of(quantity)
            if measured is None or quantity.get("value") is None:
                continue
            measure, unit, factor = measured
            low, high, shape = value_range(quantity)
            mentions.append(QuantityMention(
                ref, position, quantity, measure, unit, float(quantity["value"]) * factor,
                low * factor, high * factor, shape, _counted_what(ref.claim["text"], quantity)))
    return mentions


_OF_WORDS = re.compile(r"\s+of\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)")


def _counted_what(text: str, quantity: dict) -> str | None:
    """The noun after "of" in "35 tonnes of equipment" (None if absent)."""
    phrase = quantity.get("phrase") or ""
    start = text.find(phrase)
    if not phrase or start < 0:
        return None
    match = _OF_WORDS.match(text, start + len(phrase))
    if not match:
        return None
    words = []
    for word in match.group(1).split():
        bare = word.lower().strip("’'")
        if bare in R.OF_NOUN_SKIP or not bare.isalpha() or word[:1].isupper():
            break
        if bare in R.STOPWORDS:
            break
        words.append(bare)
    return " ".join(words) or None


def figures_linked(corpus: Corpus, measure: str, members: list):
    """Whether figures members[i] and members[j] of one measure are about
    the same thing, as a function of (i, j):

    - never when both claims date the same kind of event on no day in
      common (_days_conflict);
    - near figures (each within NEAR_VALUE_RATIO of the other's range:
      estimates of one count) link on their values for an event measure,
      else with a similarity of GENERIC_MEASURE_MIN_SIMILARITY;
    - figures that are not near need FAR_VALUE_MIN_SIMILARITY.

    What it needs of each figure is looked up once: the test runs for
    hundreds of thousands of pairs on a large corpus.
    """
    days = [event_dates(corpus, m.ref) for m in members]
    lows = [m.low for m in members]
    highs = [m.high * R.NEAR_VALUE_RATIO for m in members]
    refs = [m.ref for m in members]
    near_needs = (None if measure.split(":")[0] in R.EVENT_MEASURES
                  else R.GENERIC_MEASURE_MIN_SIMILARITY)
    far_needs, sim = R.FAR_VALUE_MIN_SIMILARITY, corpus.sim

    def linked(i: int, j: int) -> bool:
        if days[i] and days[j] and _days_conflict(days[i], days[j]):
            return False
        if lows[i] <= highs[j] and lows[j] <= highs[i]:  # near
            return near_needs is None or sim(refs[i], refs[j]) >= near_needs
        return sim(refs[i], refs[j]) >= far_needs
    return linked


def quantity_groups(corpus: Corpus, found: dict) -> list[dict]:
    """Groups of figures; ``found``: the clusterings (_clusterings)."""
    by_measure = _figures_by_measure(corpus)
    groups = []
    for measure in sorted(by_measure):
        members = by_measure[measure]
        groups.extend(_quantity_group(corpus, [members[i] for i in cluster_indexes])
                      for cluster_indexes in found[("measure", measure)])
    return groups


def _figures_by_measure(corpus: Corpus) -> dict[str, list]:
    """The corpus's figures by measure, in corpus order, worked out once."""
    if corpus.figures_by_measure is None:
        by_measure = defaultdict(list)
        for mention in quantity_mentions(corpus):
            by_measure[mention.measure].append(mention)
        corpus.figures_by_measure = dict(by_measure)
    return corpus.figures_by_measure

def _measure_clusters(corpus: Corpus, measure: str, members: list) -> list[list[int]]:
    """The clusters of one measure's figures, as positions in ``members``."""
    # Links (figures_linked): near figures link on their values (and, for
    # a measure that is not an event's, a low similarity); figures that are
    # not near need the higher similarity. So every link is a near pair or
    # a pair at least that similar: only those are tested (on the generated
    # 1,000-article corpus, half the pairs that the low similarity alone
    # would propose).
    candidates = _similar_pairs([m.ref.tokens for m in members], corpus.idf,
                                R.FAR_VALUE_MIN_SIMILARITY, R.BLOCKING_MAX_POSTING)
    candidates = itertools.chain(candidates, _near_pairs(members, R.BLOCKING_MAX_NEIGHBOURS))
    return cluster(list(range(len(members))),
                   figures_linked(corpus, measure, members),
                   candidates=candidates, cannot_key=lambda i: members[i].ref.index)


# ---------------------------------------------------------------------------
# The clusterings, on all cores
# ---------------------------------------------------------------------------

def _clustering(corpus: Corpus, task: tuple[str, str]) -> list[list[int]]:
    """One of the independent clusterings of grouping, as lists of
    positions: ("measure", m) of the figures of measure m, ("event", e) of
    the dates of event class e, ("wording", "") of all claims."""
    kind, name = task
    if kind == "measure":
        return _measure_clusters(corpus, name, _figures_by_measure(corpus)[name])
    if kind == "event":
        return _event_clusters(corpus, _dates_by_event(corpus)[name])
    return _wording_clusters(corpus)


def _clusterings(corpus: Corpus) -> dict:
    """Every clustering of grouping, by task (see _clustering).

    They are independent, so on a large corpus they are made on all cores
    (the same clusters as in one process: each is the same function of the
    same claims), the largest first so that the cores finish together.
    """
    global _FORKED_CORPUS
    tasks = ([("measure", m) for m in sorted(_figures_by_measure(corpus))]
             + [("event", e) for e in sorted(_dates_by_event(corpus))] + [("wording", "")])
    workers = min(os.cpu_count() or 1, len(tasks))
    figures = sum(map(len, _figures_by_measure(corpus).values()))
    if (workers < 2 or "fork" not in multiprocessing.get_all_start_methods()
            or (figures < R.PARALLEL_MIN_FIGURES and len(corpus.refs) < R.PARALLEL_MIN_CLAIMS)):
        return {task: _clustering(corpus, task) for task in tasks}
    if corpus.refs:
        event_dates(corpus, corpus.refs[0])  # the per-corpus tables, made once before the fork

    def size(task):
        kind, name = task
        if kind == "wording":
            return (-math.inf, "")  # the largest by far: it compares every claim
        table = _figures_by_measure(corpus) if kind == "measure" else _dates_by_event(corpus)
        return (-len(table[name]), kind + name)
    _FORKED_CORPUS = corpus
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            largest_first = sorted(tasks, key=size)
            return dict(zip(largest_first, pool.map(_clustering_in_worker, largest_first)))
    finally:
        _FORKED_CORPUS = None


# What forked workers cluster: set before the pool starts, so that they
# inherit it instead of receiving the corpus pickled.
_FORKED_CORPUS = None


def _clustering_in_worker(task):
    return _clustering(_FORKED_CORPUS, task)


def _quantity_group(corpus: Corpus, members: list[QuantityMention]) -> dict:
    members = sorted(members, key=lambda m: (m.ref.index, m.position))
    entries = [(m.ref, _quantity_entry(m)) for m in members]
    verdict, agreement, vaguer, explanation = judge_quantities(corpus, members)
    unit = Counter(m.unit for m in members).most_common(1)[0][0]
    return _group("quantity", "count", quantity_label(members), entries, corpus,
                  verdict=verdict, agreement=agreement, vaguer=vaguer,
                  explanation=explanation, measure=members[0].measure.split(":")[0],
                  unit=unit, seed=members[0].measure)


def _quantity_entry(m: QuantityMention) -> dict:
    q = m.quantity
    high = None if math.isinf(m.high) else _round(m.high)
    return {"value": q["value"], "unit": q.get("unit"), "approximate": bool(q.get("approximate")),
            "qualifier": q.get("qualifier"), "phrase": q.get("phrase"),
            "range": [_round(m.low), high], "shape": m.shape}


def quantity_label(members: list[QuantityMention]) -> str:
    measure = members[0].measure.split(":")[0]
    unit = Counter(m.unit for m in members).most_common(1)[0][0]
    whats = Counter(m.what for m in members if m.what)
    if measure == "mass" and whats:
        what = sorted(whats.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        return R.QUANTITY_QUESTIONS["mass+what"].format(unit=unit, what=what)
    template = R.QUANTITY_QUESTIONS.get(measure, R.QUANTITY_QUESTIONS["default"])
    return template.format(unit=unit)


def figure_text(m: QuantityMention) -> str:
    """"99", "about 100", "dozens": the figure without its noun."""
    q = m.quantity
    value = _number(q["value"])
    qualifier = (q.get("qualifier") or "").strip()
    if m.shape == "vague":
        return qualifier[:-3] if qualifier.endswith(" of") else qualifier
    if m.shape == "range":
        return f"{value}–{_number(q['upper'])}"
    return f"{qualifier} {value}".strip()


def judge_quantities(corpus: Corpus, members: list[QuantityMention]):
    """(verdict, agreement, vaguer outlets, explanation) of one figure group."""
    outlets = sorted({m.ref.outlet for m in members}, key=str.casefold)
    buckets = _figure_buckets(members)
    listing = " vs ".join(f"{head} ({'; '.join(items)})" for head, items in buckets)
    if len(outlets) == 1:
        verdict, agreement, vaguer = "single", None, []
        summary = f"Only {outlets[0]} gives this figure."
    else:
        verdict, agreement, vaguer, summary = _compare_figures(members)
    notes = _same_outlet_notes(members)
    return verdict, agreement, vaguer, " ".join([listing + ".", summary, *notes])


def _compare_figures(members):
    precise = [m for m in members if not m.loose]
    loose = [m for m in members if m.loose]
    low = max((m.low for m in precise), default=-math.inf)
    high = min((m.high for m in precise), default=math.inf)
    tol = f"±{round(R.VALUE_TOLERANCE * 100)}%"
    if low > high * (1 + 1e-9):
        return "differ", None, [], (
            f"The figures differ by more than {tol}: {_extremes(precise)}.")
    outside = [m for m in loose if m.high < low or m.low > high]
    if outside:
        return "differ", None, [], (
            "The figures differ: " + ", ".join(f"“{figure_text(m)}” ({m.ref.outlet})"
                                               for m in outside)
            + f" cannot be {_number(_round(low))}" + ("" if low == high else f"–{_number(_round(high))}") + ".")
    vaguer = sorted({m.ref.outlet for m in loose}, key=str.casefold)
    values = {m.value for m in precise}
    exact = all(m.shape == "exact" for m in precise) and len(values) == 1
    agreement = "exact" if exact and not loose else "approximate"
    summary = ("They give the same figure." if exact
               else f"The figures are compatible within {tol}.")
    if loose:
        vague = ", ".join(sorted({f"“{figure_text(m)}”" for m in loose}))
        summary = summary[:-1] + f", except {vague}, which is compatible but vaguer."
    return "agree", agreement, vaguer, summary


def _extremes(precise):
    lowest = min(precise, key=lambda m: (m.high, m.ref.index))
    highest = max(precise, key=lambda m: (m.low, -m.ref.index))
    return (f"“{figure_text(lowest)}” ({lowest.ref.outlet}) vs "
            f"“{figure_text(highest)}” ({highest.ref.outlet})")


def _figure_buckets(members):
    """Figures grouped for reading: exact values, approximations, vague words;
    inside each, the outlets with their words and sources."""
    buckets: dict[tuple, dict[str, list[str]]] = {}
    heads = {}
    for m in sorted(members, key=_bucket_key):
        key = _bucket_key(m)[:2]
        heads.setdefault(key, _bucket_head(m))
        source = describe_attribution(m.ref.claim.get("attribution"))
        item = f"“{m.quantity.get('phrase')}”" + (f" (per {source})" if source else "")
        items = buckets.setdefault(key, {}).setdefault(m.ref.outlet, [])
        if item not in items:
            items.append(item)
    return [(heads[key], [f"{outlet}: {', '.join(items)}" for outlet, items in outlets.items()])
            for key, outlets in buckets.items()]


def _bucket_key(m):
    rank = {"exact": 0, "about": 1, "below": 1, "range": 2, "above": 3, "at-most": 3, "vague": 4}
    return (rank[m.shape], m.value if m.shape != "vague" else m.quantity.get("qualifier"),
            m.ref.outlet.casefold(), m.ref.index)


def _bucket_head(m):
    if m.shape == "exact":
        return f"exactly {_number(m.quantity['value'])}"
    if m.shape in ("about", "below"):
        return f"about {_number(m.quantity['value'])}"
    return figure_text(m)


def _same_outlet_notes(members):
    notes = []
    by_outlet = defaultdict(list)
    for m in members:
        by_outlet[m.ref.outlet].append(m)
    for outlet in sorted(by_outlet, key=str.casefold):
        figures = sorted({f"“{m.quantity.get('phrase')}”" for m in by_outlet[outlet]})
        values = {(m.low, m.high) for m in by_outlet[outlet]}
        if len(values) > 1:
            notes.append(f"{outlet} gives both {' and '.join(figures)}.")
    return notes


# ---------------------------------------------------------------------------
# Dates: which verb a date belongs to, and comparing days
# ---------------------------------------------------------------------------

_EVENT_VERBS = {form: (event, base)
                for event, verbs in R.EVENT_CLASSES.items()
                for base, forms in verbs.items() for form in forms.split()}
_VERB_STEMS = frozenset(light_stem(form) for form in _EVENT_VERBS)
_TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")
_MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August",
     "September", "October", "November", "December"], start=1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH_DAY = re.compile(rf"\b(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
                        rf"|\b(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>{_MONTH_RE})\b",
                        re.IGNORECASE)
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_MONTH_ONLY = re.compile(rf"\b({_MONTH_RE})\b", re.IGNORECASE)


def date_role(text: str, phrase: str) -> tuple[str, str | None, str | None]:
    """(role, event class, verb base) of a date phrase in a sentence.

    role is "event" (the date of an event verb of a known class), "other"
    (of some other verb), "statement" (of a verb of saying: "confirmed on
    Tuesday that ...") or "none".  The verb is looked for before the phrase
    within its clause, then after it ("On March 23rd, a delegation arrived").
    """
    start = text.find(phrase)
    if start < 0:
        return "none", None, None
    before = _TOKEN.findall(text[:start])
    after = _TOKEN.findall(text[start + len(phrase):])
    verb = _verb_before(before) or _verb_after(after)
    if verb is None:
        return "none", None, None
    word = verb.lower()
    if word in _EVENT_VERBS:
        event, base = _EVENT_VERBS[word]
        return "event", event, base
    if word in R.REPORTING_VERBS:
        return "statement", None, word
    return "other", None, word


def _verb_before(tokens):
    for token in reversed(tokens[-R.DATE_VERB_WINDOW:]):
        if _is_boundary(token):
            return None
        if _is_verb(token):
            return token
    return None


def _verb_after(tokens):
    tokens = tokens[:R.DATE_VERB_WINDOW]
    if tokens and tokens[0] in (",", "]", ")"):
        tokens = tokens[1:]  # "On March 23rd, a delegation arrived"
    for token in tokens:
        if _is_boundary(token):
            return None
        if _is_verb(token):
            return token
    return None


def _is_boundary(token: str) -> bool:
    return token in R.CLAUSE_BOUNDARY_PUNCTUATION or token.lower() in R.CLAUSE_BOUNDARY_WORDS


def _is_verb(token: str) -> bool:
    word = token.lower()
    if word in _EVENT_VERBS or word in R.REPORTING_VERBS:
        return True
    # Other past tenses ("escalated", "restored"): lower case, -ed.
    return (token.islower() and len(word) > 4 and word.endswith("ed")
            and word not in R.NOT_VERBS_ED)


@dataclass(frozen=True)
class Day:
    """What a date phrase says about the day, resolved or not."""

    start: _dt.date | None = None  # resolved range
    end: _dt.date | None = None
    month_day: tuple[int, int] | None = None  # written month and day, any year
    weekday: int | None = None  # written weekday
    weekend: bool = False
    month: int | None = None  # written month alone

    @property
    def resolved(self) -> bool:
        return self.start is not None


def read_day(mention: dict) -> Day:
    """A Day from a date mention of the claims stage (resolved or not)."""
    phrase = mention.get("phrase") or ""
    md = _MONTH_DAY.search(phrase)
    month_day = None
    if md:
        month = _MONTHS[(md.group("month") or md.group("month2")).lower().rstrip(".")]
        month_day = (month, int(md.group("day") or md.group("day2")))
    named_day = _WEEKDAY_RE.search(phrase)
    weekday = _WEEKDAYS[named_day.group(1).lower()] if named_day else None
    only_month = _MONTH_ONLY.search(phrase)
    month = _MONTHS[only_month.group(1).lower()] if only_month and not month_day else None
    weekend = "weekend" in phrase.lower()
    start = end = None
    if mention.get("resolved") and mention.get("date"):
        start, end = _resolved_range(mention["date"], mention.get("granularity"))
    return Day(start, end, month_day, weekday, weekend, month)


def _resolved_range(iso: str, granularity: str | None):
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return _dt.date(parts[0], 1, 1), _dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        first = _dt.date(parts[0], parts[1], 1)
        following = _dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, following - _dt.timedelta(days=1)
    day = _dt.date(*parts)
    span = {"weekend": 1, "week": 6}.get(granularity or "day", 0)
    return day, day + _dt.timedelta(days=span)


def compare_days(a: Day, b: Day) -> str:
    """"same", "compatible" (one is vaguer), "unclear" or "differ"."""
    if a.resolved and b.resolved:
        if a.end < b.start or b.end < a.start:
            return "differ"
        return "same" if (a.start, a.end) == (b.start, b.end) else "compatible"
    if a.resolved or b.resolved:
        known, other = (a, b) if a.resolved else (b, a)
        return _resolved_vs_written(known, other)
    return _written_vs_written(a, b)


def _resolved_vs_written(known: Day, other: Day) -> str:
    days = [known.start + _dt.timedelta(days=i) for i in range((known.end - known.start).days + 1)]
    if other.month_day:
        hits = [d for d in days if (d.month, d.day) == other.month_day]
        if not hits:
            return "differ"
        return "same" if len(days) == 1 else "compatible"
    if other.weekday is not None or other.weekend:
        wanted = {other.weekday} if other.weekday is not None else {5, 6}
        return "unclear" if any(d.weekday() in wanted for d in days) else "differ"
    if other.month:
        return "compatible" if any(d.month == other.month for d in days) else "differ"
    return "unclear"


def _written_vs_written(a: Day, b: Day) -> str:
    if a.month_day and b.month_day:
        return "same" if a.month_day == b.month_day else "differ"
    if a.weekday is not None and b.weekday is not None:
        return "same" if a.weekday == b.weekday else "differ"
    if (a.weekend and b.weekday is not None) or (b.weekend and a.weekday is not None):
        weekday = a.weekday if a.weekday is not None else b.weekday
        return "unclear" if weekday in (5, 6) else "differ"
    if a.weekend and b.weekend:
        return "same"
    if a.month and b.month_day or b.month and a.month_day:
        month = a.month or b.month
        md = a.month_day or b.month_day
        return "compatible" if md[0] == month else "differ"
    return "unclear"


def day_text(day: Day, mention: dict) -> str:
    """How a date reads in an explanation: "23 March 2019", "March 23 (no year)"."""
    if day.resolved:
        if day.start == day.end:
            return f"{day.start.day} {day.start:%B %Y}"
        if mention.get("granularity") == "weekend":
            return f"the weekend of {day.start.day}–{day.end.day} {day.end:%B %Y}"
        return f"{mention.get('phrase')} ({day.start.isoformat()} to {day.end.isoformat()})"
    if day.month_day:
        month = _dt.date(2000, day.month_day[0], 1).strftime("%B")
        return f"{month} {day.month_day[1]} (no year)"
    if day.weekday is not None:
        return f"{list(_WEEKDAYS)[day.weekday].capitalize()} (week unknown)"
    if day.weekend:
        return "the weekend (which one unknown)"
    return f"{mention.get('phrase')} (unresolved)"


@dataclass(frozen=True)
class DateMention:
    ref: ClaimRef
    position: int
    mention: dict = field(compare=False)
    role: str
    event: str | None
    verb: str | None
    day: Day


def all_date_mentions(corpus: Corpus) -> list[DateMention]:
    found = []
    for ref in corpus.refs:
        for position, mention in enumerate(ref.claim.get("dates") or []):
            role, event, verb = date_role(ref.claim.get("text") or "", mention.get("phrase") or "")
            found.append(DateMention(ref, position, mention, role, event, verb, read_day(mention)))
    return found


def date_mentions(records) -> list[dict]:
    """Every date phrase of every claim, with the verb it belongs to.

    For the timeline: ``{outlet, article_key, slug, claim_id, anchor, text,
    phrase, date, granularity, resolved, role, event, verb, day_start,
    day_end, month_day}`` (``day_*`` ISO or None; ``month_day`` [month, day]
    for a written date without a year).
    """
    corpus = Corpus(records, words=False)
    rows = []
    for m in all_date_mentions(corpus):
        rows.append({
            **_ref_fields(m.ref), "outlet": m.ref.outlet,
            "phrase": m.mention.get("phrase"), "date": m.mention.get("date"),
            "granularity": m.mention.get("granularity"),
            "resolved": bool(m.mention.get("resolved")), "role": m.role,
            "event": m.event, "verb": m.verb,
            "day_start": m.day.start.isoformat() if m.day.start else None,
            "day_end": m.day.end.isoformat() if m.day.end else None,
            "month_day": list(m.day.month_day) if m.day.month_day else None,
        })
    return rows


def event_dates(corpus: Corpus, ref: ClaimRef) -> list[tuple[str, Day]]:
    """(event class, day) of each date the claim gives an event of a known class."""
    if corpus.event_dates_by_claim is None:  # worked out once per corpus
        corpus.event_dates_by_claim = {
            index: [(m.event, m.day) for m in found if m.role == "event"]
            for index, found in _mentions_by_claim(corpus).items()}
    return corpus.event_dates_by_claim.get(ref.index, [])


def _mentions_by_claim(corpus: Corpus) -> dict[int, list[DateMention]]:
    """Date mentions by claim index, worked out once per corpus."""
    if corpus.dates_by_claim is None:
        corpus.dates_by_claim = defaultdict(list)
        for m in all_date_mentions(corpus):
            corpus.dates_by_claim[m.ref.index].append(m)
    return corpus.dates_by_claim


def _days_conflict(days_a, days_b) -> bool:
    """Two claims' (non-empty) event_dates() date the same kind of event,
    and on no day in common.

    Only dates of one event class are compared: two planes that left on
    March 22 and landed on March 23 are not a conflict.
    """
    shared = {e for e, _ in days_a} & {e for e, _ in days_b}
    if not shared:
        return False
    return all(compare_days(x, y) == "differ"
               for e in shared for ex, x in days_a if ex == e for ey, y in days_b if ey == e)


def dates_linked(corpus: Corpus, a: DateMention, b: DateMention) -> bool:
    similar = corpus.sim(a.ref, b.ref)
    if compare_days(a.day, b.day) == "differ":
        return similar >= R.FAR_VALUE_MIN_SIMILARITY
    shared = len((a.ref.tokens & b.ref.tokens) - _VERB_STEMS)
    return shared >= 1 and similar >= R.DATE_MIN_SIMILARITY


def date_groups(corpus: Corpus, found: dict) -> list[dict]:
    """Groups of event dates; ``found``: the clusterings (_clusterings)."""
    by_event = _dates_by_event(corpus)
    groups = []
    for event in sorted(by_event):
        members = by_event[event]
        groups.extend(_date_group(corpus, event, [members[i] for i in cluster_indexes])
                      for cluster_indexes in found[("event", event)])
    return groups


def _dates_by_event(corpus: Corpus) -> dict[str, list]:
    """The corpus's event dates by event class, in corpus order, worked out once."""
    if corpus.dates_by_event is None:
        by_event = defaultdict(list)
        for found in _mentions_by_claim(corpus).values():  # (in corpus order)
            for m in found:
                if m.role == "event":
                    by_event[m.event].append(m)
        corpus.dates_by_event = dict(by_event)
    return corpus.dates_by_event


def _event_clusters(corpus: Corpus, members: list) -> list[list[int]]:
    """The clusters of one event class's dates, as positions in ``members``."""
    candidates = _similar_pairs([m.ref.tokens for m in members], corpus.idf,
                                min(R.FAR_VALUE_MIN_SIMILARITY, R.DATE_MIN_SIMILARITY),
                                R.BLOCKING_MAX_POSTING)
    return cluster(list(range(len(members))),
                   lambda i, j: dates_linked(corpus, members[i], members[j]),
                   candidates=candidates, cannot_key=lambda i: members[i].ref.index)


def _date_group(corpus: Corpus, event: str, members: list[DateMention]) -> dict:
    members = sorted(members, key=lambda m: (m.ref.index, m.position))
    entries = [(m.ref, {"value": m.mention.get("date"), "unit": m.mention.get("granularity"),
                        "phrase": m.mention.get("phrase"), "date": m.mention,
                        "verb": m.verb}) for m in members]
    verbs = Counter(m.verb for m in members)
    verb = sorted(verbs.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    verdict, explanation = judge_dates(corpus, members)
    label = R.EVENT_QUESTIONS.get(verb, R.EVENT_QUESTIONS["default"]).format(verb=verb)
    return _group("date", "event-date", label, entries, corpus,
                  verdict=verdict, explanation=explanation, event=event, seed=event)


def judge_dates(corpus: Corpus, members: list[DateMention]) -> tuple[str, str]:
    outlets = sorted({m.ref.outlet for m in members}, key=str.casefold)
    buckets = defaultdict(list)
    for m in members:
        item = f"{m.ref.outlet}: “{m.mention.get('phrase')}”"
        if item not in buckets[day_text(m.day, m.mention)]:
            buckets[day_text(m.day, m.mention)].append(item)
    listing = " vs ".join(f"{head} ({'; '.join(items)})" for head, items in buckets.items())
    if len(outlets) == 1:
        return "single", f"{listing}. Only {outlets[0]} dates this."
    results = {compare_days(a.day, b.day) for a, b in _cross_pairs(members)}
    if "differ" in results:
        return "differ", f"{listing}. The dates differ."
    if "unclear" in results:
        return "unclear", f"{listing}. {_unclear_note(corpus, members)}"
    if "compatible" in results:
        return "agree", f"{listing}. The dates agree; some are less precise."
    return "agree", f"{listing}. The dates agree."


def _cross_pairs(members):
    return ((a, b) for i, a in enumerate(members) for b in members[i + 1:])


def _unclear_note(corpus: Corpus, members: list[DateMention]) -> str:
    note = ("This can't be confirmed: a weekday or “the weekend” in an undated "
            "article, or a date without a year, cannot be pinned to a day.")
    written = [m for m in members if not m.day.resolved and m.day.month_day]
    weekdays = [m for m in members if m.day.weekday is not None or m.day.weekend]
    if len(corpus.years) != 1 or not written or not weekdays:
        return note
    year = int(corpus.years[0])
    month, day = written[0].day.month_day
    try:
        when = _dt.date(year, month, day)
    except ValueError:
        return note
    fits = all(when.weekday() == m.day.weekday if m.day.weekday is not None
               else when.weekday() in (5, 6) for m in weekdays)
    return (f"{note} If the year is {year} (the year of every dated article), "
            f"{when.day} {when:%B %Y} was a {when:%A}, so they would "
            f"{'agree' if fits else 'not agree'}.")


# ---------------------------------------------------------------------------
# Entities
# ---------------------------------------------------------------------------

def entity_groups(corpus: Corpus) -> list[dict]:
    return _entity_set_groups(corpus) + _shared_entity_groups(corpus)


def _entity_key(entity: dict) -> str:
    return entity.get("key") or fold(entity.get("name") or entity.get("as_written") or "")


def _entity_mentions(corpus: Corpus, types) -> dict[str, list[tuple[ClaimRef, dict]]]:
    """key -> [(claim, entity)] for the entities of these types, once per claim."""
    found = defaultdict(list)
    for ref in corpus.refs:
        seen = set()
        for entity in ref.claim.get("entities") or []:
            key = _entity_key(entity)
            if entity.get("type") in types and key not in seen:
                seen.add(key)
                found[key].append((ref, {**entity, "key": key,
                                         "as_written": entity.get("as_written") or entity.get("name") or key,
                                         "name": entity.get("name") or entity.get("as_written") or key}))
    return found


def _entity_set_groups(corpus: Corpus) -> list[dict]:
    """Names of one type mentioned together form one "Which ...?" group."""
    groups = []
    for etype in R.ENTITY_SET_TYPES:
        mentions = _entity_mentions(corpus, {etype})
        components = _co_mention_components(corpus, etype, mentions)
        for keys in components:
            groups.append(_entity_group(corpus, etype, keys, mentions, len(components) > 1))
    return groups


def _co_mention_components(corpus, etype, mentions) -> list[list[str]]:
    parent = {key: key for key in mentions}

    def root(key):
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for ref in corpus.refs:
        keys = sorted({_entity_key(e) for e in ref.claim.get("entities") or [] if e.get("type") == etype})
        for other in keys[1:]:
            a, b = root(keys[0]), root(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
    components = defaultdict(list)
    for key in sorted(mentions):
        components[root(key)].append(key)
    return [components[k] for k in sorted(components)]


def _shared_entity_groups(corpus: Corpus) -> list[dict]:
    """One group per person or organisation named by two outlets or more."""
    mentions = _entity_mentions(corpus, set(R.ENTITY_SHARED_TYPES))
    groups = []
    for key in sorted(mentions):
        found = mentions[key]
        outlets = {ref.outlet for ref, _ in found}
        per_article = Counter(ref.record["key"] for ref, _ in found)
        if len(outlets) < 2 or max(per_article.values()) > R.ENTITY_MAX_CLAIMS_PER_ARTICLE:
            continue
        groups.append(_entity_group(corpus, found[0][1]["type"], [key], mentions, False))
    return groups


def _entity_group(corpus, etype, keys, mentions, disambiguate) -> dict:
    by_claim: dict[int, list] = defaultdict(list)
    refs = {}
    for key in keys:
        for ref, entity in mentions[key]:
            by_claim[ref.index].append(entity)
            refs[ref.index] = ref
    names = {key: display_name([e for _, e in mentions[key]]) for key in keys}
    entries = []
    for index in sorted(by_claim):
        text = refs[index].claim.get("text") or ""
        found = sorted(by_claim[index], key=lambda e: (text.find(e["as_written"]), e["key"]))
        entries.append((refs[index], {
            "value": ", ".join(e["name"] for e in found), "phrase": "; ".join(e["as_written"] for e in found),
            "names": [e["name"] for e in found]}))
    label = R.ENTITY_QUESTIONS.get(etype, "What do they say about {name}?").format(
        name=names[keys[0]])
    if disambiguate or (len(keys) > 1 and "{name}" in R.ENTITY_QUESTIONS.get(etype, "")):
        label = f"{label} ({', '.join(names[k] for k in keys)})"
    verdict, explanation = judge_entities(etype, keys, names, mentions)
    return _group("entity", "names" if etype in R.ENTITY_SET_TYPES else "entity", label,
                  entries, corpus, verdict=verdict, explanation=explanation,
                  entities=[{"key": k, "name": names[k], "type": etype} for k in keys],
                  seed="|".join(keys))


def display_name(entities: list[dict]) -> str:
    """The most frequent canonical name; ties to the accented, then first."""
    counts = Counter(e.get("name") or e.get("as_written") for e in entities)
    return sorted(counts, key=lambda n: (-counts[n], -sum(ord(c) > 127 for c in n), n))[0]


def judge_entities(etype, keys, names, mentions) -> tuple[str, str]:
    named_by = defaultdict(set)  # outlet -> keys it names
    spellings = defaultdict(dict)  # key -> as written -> outlets
    for key in keys:
        for ref, entity in mentions[key]:
            named_by[ref.outlet].add(key)
            spellings[key].setdefault(entity["as_written"], set()).add(ref.outlet)
    outlets = sorted(named_by, key=str.casefold)
    written = "; ".join(
        f"{names[k]}: " + ", ".join(f"“{w}” ({', '.join(sorted(o, key=str.casefold))})"
                                   for w, o in sorted(spellings[k].items()))
        for k in keys)
    if len(outlets) == 1:
        return "single", f"Only {outlets[0]} names {_and([names[k] for k in keys])} (written {written})."
    sets = [frozenset(named_by[o]) for o in outlets]
    if all(s == sets[0] for s in sets):
        every = "both" if len(outlets) == 2 else "all"
        return "agree", (f"{_and(outlets)} {every} name {_and([names[k] for k in keys])}"
                         + (f" (written {written})." if _variants(spellings) else "."))
    listing = "; ".join(f"{o}: {_and([names[k] for k in keys if k in named_by[o]])}" for o in outlets)
    nested = all(a <= b or b <= a for a in sets for b in sets)
    if nested:
        return "agree", f"Some outlets name fewer: {listing} (written {written})."
    return "differ", f"They name different {etype} names: {listing} (written {written})."


def _variants(spellings) -> bool:
    """True when some name is written in more than one way."""
    return any(len(forms) > 1 for forms in spellings.values())


def _and(items: list[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


# ---------------------------------------------------------------------------
# Statements: purposes, wording, single claims
# ---------------------------------------------------------------------------

def purpose_of(text: str) -> tuple[str, frozenset, list[tuple[str, str]]] | None:
    """(phrase, topic stems, [(stem, surface)]) of "arrived to take part in ...".

    A purpose is "to <verb> ..." (or "in order to", "for <noun>") after a
    verb of coming or sending, in the same clause; it runs to the end of the
    clause, taking in a short list ("to discuss strategy, equipment
    maintenance and training").
    """
    tokens = [(m.group(0), m.start()) for m in _TOKEN.finditer(text)]
    for i, (token, _) in enumerate(tokens):
        if token.lower() not in R.PURPOSE_VERBS:
            continue
        start = _purpose_start(tokens, i + 1)
        if start is None:
            continue
        phrase = _purpose_phrase(text, tokens, start)
        words = [(s, w) for s, w in content_words(phrase) if s not in _FILLER_STEMS]
        if words:
            return phrase, frozenset(s for s, _ in words), words
    return None


_FILLER_STEMS = frozenset(light_stem(w) for w in R.PURPOSE_FILLER)
_QUOTES = set("\"“”‘’«»'")


def _purpose_start(tokens, j) -> int | None:
    for k in range(j, min(j + 10, len(tokens))):
        word = tokens[k][0]
        if word in R.CLAUSE_BOUNDARY_PUNCTUATION and word not in _QUOTES:
            return None
        if word.lower() not in ("to", "for"):
            continue
        n = k + 1
        while n < len(tokens) and tokens[n][0] in _QUOTES:
            n += 1
        if n >= len(tokens):
            return None
        following = tokens[n][0]
        if following[:1].isupper() or following[:1].isdigit():
            continue  # "to Venezuela", "for two days"
        if following.lower() in R.NOT_PURPOSE_WORDS or (
                len(following) > 5 and following.lower().endswith("ing")):
            continue  # "to neighboring Colombia", "to southern ..."
        if following.lower() in R.OF_NOUN_SKIP or following.lower() in R.SOURCE_DETERMINERS:
            continue  # "to the airport", "for a week"
        return n
    return None


def _purpose_phrase(text, tokens, start) -> str:
    """The words of a purpose, from ``start`` to the end of its clause.

    A comma ends it unless a short segment follows that is not a new clause
    (no determiner or name opening it, no verb of saying): the rest of a
    list, as in "to discuss strategy, equipment maintenance and training".
    """
    segments, segment = [], []
    for token, _ in tokens[start:]:
        if token in ".;:!?" or token.lower() in R.CLAUSE_BOUNDARY_WORDS:
            break
        if token == ",":
            if segment:
                segments.append(segment)
            segment = []
            continue
        if token in _QUOTES:
            continue
        if not segment and segments and (token.lower() in R.SOURCE_DETERMINERS
                                         or token[:1].isupper()):
            segment = []
            break
        segment.append(token)
        if sum(map(len, segments)) + len(segment) > R.PURPOSE_MAX_WORDS:
            break
    if segment:
        segments.append(segment)
    kept = segments[:1]
    for more in segments[1:]:
        if len(more) > 4 or any(t.lower() in R.REPORTING_VERBS for t in more):
            break
        kept.append(more)
    return ", ".join(" ".join(s) for s in kept)


def purpose_groups(corpus: Corpus) -> list[dict]:
    found = []
    for ref in corpus.refs:
        purpose = purpose_of(ref.claim.get("text") or "")
        if purpose:
            found.append((ref, purpose))
    # _overlap() > 0 needs a shared stem: only pairs sharing one are compared.
    clusters = cluster(found, lambda a, b: _overlap(a[1][1], b[1][1]) >= R.PURPOSE_MIN_OVERLAP,
                       candidates=_sharing_pairs(p[1][1] for p in found))
    return [_purpose_group(corpus, members) for members in clusters]


def _overlap(a: frozenset, b: frozenset) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _purpose_group(corpus, members) -> dict:
    members = sorted(members, key=lambda m: m[0].index)
    outlets_per_stem = defaultdict(set)
    surfaces = defaultdict(Counter)
    for ref, (_, stems, words) in members:
        for stem, surface in words:
            outlets_per_stem[stem].add(ref.outlet)
            surfaces[stem][surface] += 1
    order = {s: i for i, (s, _) in enumerate(members[0][1][2])}
    top = sorted(outlets_per_stem, key=lambda s: (-len(outlets_per_stem[s]), order.get(s, 99), s))
    outlets = {ref.outlet for ref, _ in members}
    if len(outlets) > 1 and len(outlets_per_stem[top[0]]) == len(outlets):
        # The word every outlet uses ("consultations"), as most write it.
        topic = sorted(surfaces[top[0]].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    else:
        topic = members[0][1][0]  # one outlet: its whole phrase
    entries = [(ref, {"phrase": phrase, "value": phrase}) for ref, (phrase, _, _) in members]
    verdict, explanation = judge_statement(corpus, [ref for ref, _ in members],
                                           f"they came for {topic}")
    return _group("statement", "purpose", f"Purpose: {topic}", entries, corpus,
                  verdict=verdict, explanation=explanation, purpose=topic, seed=topic)


def wording_groups(corpus: Corpus, taken: list[frozenset], found: dict) -> list[dict]:
    """Claims alike in wording; skipped when another group already has them.
    ``found``: the clusterings (_clusterings)."""
    # Which taken groups hold a claim: a cluster inside one of them holds
    # its first claim too, so only those are checked.
    holding = defaultdict(list)
    for other in taken:
        for key in other:
            holding[key].append(other)
    groups = []
    for numbers in found[("wording", "")]:
        members = [corpus.refs[n] for n in numbers]
        keys = frozenset(ref.key for ref in members)
        if len(members) < 2 or any(keys <= other for other in holding.get(min(keys), ())):
            continue
        groups.append(_statement_group(corpus, members, "wording"))
    return groups


def _wording_clusters(corpus: Corpus) -> list[list[int]]:
    """Clusters of claims alike in wording, as claim numbers (ref.index)."""
    refs = corpus.refs

    def linked(i, j):
        # (the cheap test first)
        return (corpus.shared_words(refs[i], refs[j]) >= R.STATEMENT_MIN_SHARED_WORDS
                and corpus.sim(refs[i], refs[j]) >= R.STATEMENT_MIN_SIMILARITY)

    candidates = _alike_pairs([ref.tokens for ref in refs], corpus.idf,
                              R.STATEMENT_MIN_SIMILARITY, R.STATEMENT_MIN_SHARED_WORDS,
                              R.BLOCKING_MAX_POSTING)
    return cluster(list(range(len(refs))), linked, candidates=candidates)


def single_groups(corpus: Corpus, covered: set) -> list[dict]:
    return [_statement_group(corpus, [ref], "single-claim")
            for ref in corpus.refs if ref.key not in covered]


def _statement_group(corpus, members, aspect) -> dict:
    members = sorted(members, key=lambda ref: ref.index)
    label = statement_label(corpus, members)
    verdict, explanation = judge_statement(corpus, members, "this")
    entries = [(ref, {}) for ref in members]
    return _group("statement", aspect, label, entries, corpus, verdict=verdict,
                  explanation=explanation, seed=aspect)


def statement_label(corpus: Corpus, members: list[ClaimRef]) -> str:
    """A group's label: its shared words as a question, or a lone claim's gist.

    "What do they say about Donald Trump, Venezuela and topics?": the words
    all claims share, names first, then the rarest.  A claim alone reads
    best as itself, shortened.
    """
    if len(members) == 1:
        return gist(members[0].claim.get("text") or "")
    common = frozenset.intersection(*(ref.tokens for ref in members))
    picked = sorted(common, key=lambda t: (not t.startswith("@"), -corpus.idf.get(t, 0), t))
    words = [_surface(members[0].claim, t) for t in picked[:R.LABEL_WORDS]]
    if not words:
        return gist(members[0].claim.get("text") or "")
    return f"What do they say about {_and(words)}?"


def gist(text: str, limit: int = 12) -> str:
    """The first ``limit`` words of a claim, "…" if cut."""
    words = text.split()
    return " ".join(words[:limit]).rstrip(",;:") + ("…" if len(words) > limit else "")


def _surface(claim: dict, token: str) -> str:
    """How a token is written in the claim (the entity's name for "@key")."""
    if token.startswith("@"):
        for entity in claim.get("entities") or []:
            if "@" + entity.get("key", "") == token:
                return entity.get("name") or entity.get("as_written")
        return token[1:]
    for word in re.findall(r"[\w’'-]+", claim.get("text") or ""):
        bare = fold(word)
        bare = bare[:-2] if bare.endswith("'s") else bare
        if light_stem(bare) == token:
            return word[:-2] if word.endswith(("’s", "'s")) else word
    return token


def judge_statement(corpus, members: list[ClaimRef], what: str) -> tuple[str, str]:
    outlets = sorted({ref.outlet for ref in members}, key=str.casefold)
    sources = _sources_by_outlet(members)
    hedges = _hedges_by_outlet(members)
    authority = "; ".join(f"{o}: {_and(sources[o]) or 'no source given'}" for o in outlets)
    hedge_note = ("" if not hedges else " Hedged: " + "; ".join(
        f"{o} (“{'”, “'.join(h)}”)" for o, h in sorted(hedges.items(), key=lambda kv: kv[0].casefold())) + ".")
    if len(outlets) == 1:
        articles = len({ref.record["key"] for ref in members})
        where = f" (in {articles} articles)" if articles > 1 else ""
        source = _and(sources[outlets[0]]) or "no source given"
        return "single", f"Only {outlets[0]} says {what}{where}; source: {source}.{hedge_note}"
    denied = [ref for ref in members if _negated(ref.claim.get("text") or "")]
    if denied and len(denied) < len(members):
        return "differ", (f"{_and(sorted({r.outlet for r in denied}, key=str.casefold))} "
                          f"deny or negate what the others say. Sources: {authority}.{hedge_note}")
    distinct = {tuple(sources[o]) for o in outlets}
    same = "on the same authority" if len(distinct) == 1 else "on different authority"
    return "agree", f"{len(outlets)} outlets say {what}, {same}: {authority}.{hedge_note}"


def _sources_by_outlet(members) -> dict[str, list[str]]:
    """Each outlet's sources for the claims, a source inside a longer one
    ("Sputnik, citing an anonymous source" holds "an anonymous source")
    said once."""
    found = defaultdict(list)
    for ref in members:
        source = describe_attribution(ref.claim.get("attribution"))
        if source and source not in found[ref.outlet]:
            found[ref.outlet].append(source)
        found.setdefault(ref.outlet, [])
    for outlet, sources in found.items():
        found[outlet] = [s for s in sources if not any(s != t and s in t for t in sources)]
    return found


def _hedges_by_outlet(members) -> dict[str, list[str]]:
    found = defaultdict(list)
    for ref in members:
        for hedge in ref.claim.get("hedges") or []:
            if hedge not in found[ref.outlet]:
                found[ref.outlet].append(hedge)
    return dict(found)


def _negated(text: str) -> bool:
    words = [w.lower() for w in re.findall(r"[\w’']+", text.replace("n’t", " n't").replace("n't", " n't"))]
    for i, word in enumerate(words):
        if word in R.DENIAL_VERBS:
            return True
        if word in _EVENT_VERBS and any(w in R.NEGATIONS for w in words[max(0, i - 3):i]):
            return True
    return False


# ---------------------------------------------------------------------------
# Assembling groups
# ---------------------------------------------------------------------------

def group_claims(records) -> list[dict]:
    """All groups of the corpus; see the module docstring for their shape."""
    # The work allocates many small objects and frees none of them until
    # the end: the cycle collector's passes over them would cost about a
    # tenth of the time for nothing.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _group_claims(records)
    finally:
        if enabled:
            gc.enable()


def _group_claims(records) -> list[dict]:
    corpus = Corpus(records)
    found = _clusterings(corpus)
    groups = quantity_groups(corpus, found) + date_groups(corpus, found) + entity_groups(corpus)
    groups += purpose_groups(corpus)
    taken = [frozenset(_member_keys(g)) for g in groups]
    groups += wording_groups(corpus, taken, found)
    covered = {key for g in groups for key in _member_keys(g)}
    groups += single_groups(corpus, covered)
    _disambiguate_labels(groups)
    _assign_ids(groups)
    groups.sort(key=lambda g: (-len(g["outlets"]), KIND_ORDER[g["kind"]], g["label"].casefold(), g["id"]))
    for g in groups:
        g.pop("_seed", None)
        g.pop("_members", None)
    return groups


def _member_keys(group: dict):
    return group["_members"]


def _ref_fields(ref: ClaimRef) -> dict:
    return {"article_key": ref.record["key"], "slug": ref.record["slug"],
            "title": ref.record.get("title"), "claim_id": ref.claim["id"],
            "anchor": anchor_of(ref.record, ref.claim), "text": ref.claim.get("text")}


def _entry(corpus: Corpus, ref: ClaimRef, extra: dict) -> dict:
    claim = ref.claim
    dates = _mentions_by_claim(corpus).get(ref.index, [])
    event_date = next((m.mention for m in dates if m.role == "event"), None)
    entry = {**_ref_fields(ref), "value": None, "unit": None, "approximate": None,
             "qualifier": None, "phrase": None, "range": None,
             "attribution": describe_attribution(claim.get("attribution")),
             "attribution_record": claim.get("attribution"),
             "hedged": bool(claim.get("hedged")), "hedges": list(claim.get("hedges") or []),
             "date": event_date, "names": [e.get("name") for e in claim.get("entities") or []]}
    entry.update(extra)
    return entry


def _group(kind, aspect, label, entries, corpus, *, verdict, explanation, seed,
           agreement=None, vaguer=(), **extra) -> dict:
    cells = defaultdict(list)
    for ref, extra_fields in entries:
        cells[ref.outlet].append(_entry(corpus, ref, extra_fields))
    outlets = sorted(cells, key=str.casefold)
    first = min((ref.key, extra_fields.get("phrase") or "") for ref, extra_fields in entries)
    return {
        "id": None, "kind": kind, "aspect": aspect, "label": label,
        "verdict": verdict, "agreement": agreement, "vaguer": list(vaguer),
        "explanation": explanation, "outlets": outlets,
        "outlets_missing": [o for o in corpus.outlets if o not in cells],
        "claim_count": len({ref.key for ref, _ in entries}),
        "cells": [{"outlet": o, "claims": cells[o]} for o in outlets],
        **extra,
        "_seed": f"{kind}|{seed}|{first[0][0]}|{first[0][1]}|{first[1]}",
        "_members": {ref.key for ref, _ in entries},
    }


def _disambiguate_labels(groups: list[dict]) -> None:
    """Groups asking the same question get the words that tell them apart."""
    by_label = defaultdict(list)
    for g in groups:
        by_label[g["label"]].append(g)
    for label, same in by_label.items():
        if len(same) < 2:
            continue
        same.sort(key=lambda g: (-len(g["outlets"]), -g["claim_count"], g["_seed"]))
        for g in same[1:]:
            hint = _hint(g)
            if hint:
                g["label"] = f"{label} ({hint})"


def _hint(group: dict) -> str:
    """The clause around the group's first figure or date, up to 8 words."""
    entry = group["cells"][0]["claims"][0]
    phrase = entry.get("phrase") or ""
    text = entry.get("text") or ""
    start = text.find(phrase) if phrase else -1
    if start < 0:
        return gist(text, 6)
    marks = (",", ";", ":", " and ", " that ")
    clause_start = max((text.rfind(m, 0, start) + len(m), m) for m in marks if text.rfind(m, 0, start) >= 0)[0] \
        if any(text.rfind(m, 0, start) >= 0 for m in marks) else 0
    before = text[clause_start:start].split()
    if group["kind"] == "date":
        words = (before[-6:] + phrase.split())
    else:
        words = re.split(r"[,;.:]", text[start:])[0].split()
    return " ".join(words[:8]).strip("“”\"") + ("…" if len(words) > 8 else "")


def _assign_ids(groups: list[dict]) -> None:
    """id = kind letter + label words + a hash of what the group is about and
    its first claim: the same corpus always gives the same ids."""
    seen = set()
    for g in sorted(groups, key=lambda g: g["_seed"]):
        words = re.findall(r"[a-z0-9]+", fold(g["label"]))[:6]
        digest = hashlib.sha1(g["_seed"].encode("utf-8")).hexdigest()[:6]
        base = f"{g['kind'][0]}-{'-'.join(words)}-{digest}"
        ident, n = base, 2
        while ident in seen:
            ident, n = f"{base}-{n}", n + 1
        seen.add(ident)
        g["id"] = ident


def _round(value: float) -> float:
    return round(value, 2)


def _number(value) -> str:
    """12 -> "12", 2.5 -> "2.5", 2000000 -> "2,000,000"."""
    value = float(value)
    if value.is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")
