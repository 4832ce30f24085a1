"""The claim explorer's groups (corpus.compare), on the five seed scrapes and
on small records written here.

The seed records are extracted the way the site is built (pipeline.Corpus +
extract, curator records included), so these tests see what the pages see.
They look groups up by what they are about (label, unit, values), never by
claim ids, so that a revision of the claims stage does not break them
unless the comparison itself changes.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from corpus.compare import group_claims, light_stem, value_range
from corpus.pipeline import Corpus, extract

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "content" / "raw"
CURATOR = ROOT / "content" / "curator"
SIXTH = Path(__file__).resolve().parent / "fixtures" / "sixth_scrape.txt"


def extract_records(paths):
    corpus = Corpus(curator_dir=CURATOR)
    corpus.load(paths)
    return [extract(path, corpus) for path in paths]


@pytest.fixture(scope="module")
def seed_groups(seeds):
    return group_claims(seeds)


@pytest.fixture(scope="module")
def with_sixth(tmp_path_factory):
    # The sixth scrape is cleaned together with the seeds, as it would be
    # after being dropped into content/raw.
    folder = tmp_path_factory.mktemp("raw")
    paths = []
    for path in [*sorted(RAW.glob("*.txt")), SIXTH]:
        shutil.copy(path, folder / path.name)
        paths.append(folder / path.name)
    return extract_records(paths)


def by_label(groups, label):
    found = [g for g in groups if g["label"] == label]
    assert found, f"no group {label!r}: {[g['label'] for g in groups]}"
    return found[0]


def entries(group):
    return [e for cell in group["cells"] for e in cell["claims"]]


def values(group):
    return sorted((e["value"], e["qualifier"] or "") for e in entries(group))


# ---------------------------------------------------------------------------
# The seeds
# ---------------------------------------------------------------------------

def test_personnel_count_shows_the_disagreement(seed_groups):
    group = by_label(seed_groups, "How many personnel?")
    assert group["kind"] == "quantity"
    assert set(group["outlets"]) == {"AMN (Al-Masdar News)", "KiAfriqa",
                                     "Rachel Blevins (blog)", "SouthFront"}
    assert values(group) == [(24, "dozens of"), (99, ""), (100, "about"),
                             (100, "almost"), (100, "around")]
    # 99 and "about 100" agree within the tolerance; "dozens" is flagged.
    assert group["verdict"] == "agree"
    assert group["agreement"] == "approximate"
    assert group["vaguer"] == ["Rachel Blevins (blog)"]
    text = group["explanation"]
    for part in ("exactly 99", "about 100", "almost 100", "around 100", "dozens",
                 "Javier Mayorca", "±10%", "compatible but vaguer"):
        assert part in text, (part, text)
    assert text.index("exactly 99") < text.index("about 100") < text.index("dozens")
    assert "Rachel Blevins (blog) gives both" in text


def test_cargo_figure_is_shared(seed_groups):
    group = by_label(seed_groups, "How many tonnes of equipment?")
    assert len(group["outlets"]) >= 3
    assert {v for v, _ in values(group)} == {35}
    assert group["verdict"] == "agree" and group["agreement"] == "exact"
    assert "AMN (Al-Masdar News)" in group["outlets_missing"]
    # 300 tonnes of humanitarian aid in February is another thing.
    aid = by_label(seed_groups, "How many tonnes of humanitarian aid?")
    assert values(aid) == [(300, "some")] and aid["verdict"] == "single"


def test_both_aircraft_form_one_entity_group(seed_groups):
    group = by_label(seed_groups, "Which aircraft?")
    assert group["kind"] == "entity"
    assert {e["key"] for e in group["entities"]} == {"ilyushin il-62", "antonov an-124"}
    assert set(group["outlets"]) >= {"SouthFront", "KiAfriqa"}
    written = " ".join(e["phrase"] for e in entries(group))
    for spelling in ("IL-62M", "Ilyushin IL-62", "Antomov 124", "Antonov AN-124", "An-124"):
        assert spelling in written
    assert group["verdict"] == "agree"
    assert "both name Antonov An-124 and Ilyushin Il-62" in group["explanation"]
    assert "“Antomov 124” (SouthFront)" in group["explanation"]


def test_consultations_purpose_with_differing_attributions(seed_groups):
    group = by_label(seed_groups, "Purpose: consultations")
    assert group["kind"] == "statement" and group["aspect"] == "purpose"
    assert set(group["outlets"]) >= {"Rachel Blevins (blog)", "SouthFront", "KiAfriqa"}
    sources = {e["attribution"] for e in entries(group)}
    assert "diplomatic sources in Caracas" in sources
    assert "Sputnik, citing an anonymous diplomatic source in Caracas" in sources
    assert "Sputnik, citing an unnamed source at the Russian Embassy" in sources
    assert group["verdict"] == "agree"
    assert "on different authority" in group["explanation"]
    for source in sources:
        assert source in group["explanation"]


def test_two_planes(seed_groups):
    group = by_label(seed_groups, "How many planes?")
    assert len(group["outlets"]) >= 2
    assert {v for v, _ in values(group)} == {2}
    assert group["verdict"] == "agree" and group["agreement"] == "exact"
    assert all("one plane" != e["phrase"] for e in entries(group))


def test_arrival_date_cannot_be_confirmed(seed_groups):
    group = by_label(seed_groups, "When did they arrive?")
    phrases = {e["phrase"] for e in entries(group)}
    assert {"On March 23rd", "on Saturday"} <= phrases
    assert group["verdict"] == "unclear"
    assert "can't be confirmed" in group["explanation"]
    assert "23 March 2019 was a Saturday, so they would agree" in group["explanation"]


def test_departure_dates_agree_and_the_return_flight_is_apart(seed_groups):
    group = by_label(seed_groups, "When did they leave?")
    assert {e["phrase"] for e in entries(group)} == {"on March 22nd", "on Friday, March 22"}
    assert group["verdict"] == "agree"
    other = [g for g in seed_groups if g["label"].startswith("When did they leave? (")]
    assert [e["phrase"] for g in other for e in entries(g)] == ["on March 24th"]


def test_every_claim_is_in_a_group_and_singles_say_so(seeds, seed_groups):
    grouped = {(e["article_key"], e["claim_id"]) for g in seed_groups for e in entries(g)}
    all_claims = {(r["key"], c["id"]) for r in seeds for c in r["claims"]}
    assert grouped == all_claims
    outlets = sorted({r["outlet"] for r in seeds}, key=str.casefold)
    for group in seed_groups:
        assert sorted(group["outlets"] + group["outlets_missing"], key=str.casefold) == outlets
        if len(group["outlets"]) == 1:
            assert group["verdict"] == "single"
            assert f"Only {group['outlets'][0]}" in group["explanation"]
        else:
            assert group["verdict"] in ("agree", "differ", "unclear")


def test_entries_point_at_claim_anchors(seeds, seed_groups):
    slugs = {r["key"]: r["slug"] for r in seeds}
    for group in seed_groups:
        for entry in entries(group):
            assert entry["anchor"] == f"articles/{slugs[entry['article_key']]}.html#{entry['claim_id']}"
            assert entry["slug"] == slugs[entry["article_key"]]


def test_groups_are_deterministic_and_ids_unique(seeds, seed_groups):
    again = group_claims(list(reversed(seeds)))
    assert json.dumps(again, sort_keys=True) == json.dumps(seed_groups, sort_keys=True)
    ids = [g["id"] for g in seed_groups]
    assert len(ids) == len(set(ids))
    assert all(g["id"].startswith(g["kind"][0] + "-") for g in seed_groups)


def test_multi_outlet_groups_come_first(seed_groups):
    counts = [len(g["outlets"]) for g in seed_groups]
    assert counts == sorted(counts, reverse=True)


# ---------------------------------------------------------------------------
# A sixth scrape about the same event
# ---------------------------------------------------------------------------

def test_sixth_scrape_joins_the_existing_groups(seed_groups, with_sixth):
    sixth = with_sixth[-1]
    assert sixth["outlet"] == "Caribbean Ledger"
    groups = group_claims(with_sixth)
    expected = {
        "How many personnel?": "about 100 servicemen",
        "How many tonnes of equipment?": "35 tonnes",
        "Which aircraft?": "Il-62; An-124",
        "Purpose: consultations": "hold consultations on existing military contracts",
        "When did they arrive?": "on March 23",
        "How many planes?": "Two Russian air force planes",
    }
    for label, phrase in expected.items():
        group = by_label(groups, label)
        before = by_label(seed_groups, label)
        mine = [e for e in entries(group) if e["article_key"] == sixth["key"]]
        assert [e["phrase"] for e in mine] == [phrase], label
        # Same group as before: same id, every seed claim still in it.
        assert group["id"] == before["id"]
        old = {(e["article_key"], e["claim_id"]) for e in entries(before)}
        assert old <= {(e["article_key"], e["claim_id"]) for e in entries(group)}
        assert "Caribbean Ledger" in group["outlets"]
    assert by_label(groups, "How many personnel?")["verdict"] == "agree"
    assert "Caribbean Ledger" in by_label(groups, "What do they say about Vasily Tonkoshkurov?")["outlets"]


# ---------------------------------------------------------------------------
# Small records
# ---------------------------------------------------------------------------

def q(value, unit, noun_class, phrase, approximate=False, qualifier=None, upper=None):
    return {"value": value, "unit": unit, "noun_class": noun_class, "approximate": approximate,
            "qualifier": qualifier, "of": None, "upper": upper, "phrase": phrase}


def ent(name, etype, as_written=None, key=None):
    return {"name": name, "type": etype, "as_written": as_written or name,
            "key": key or name.lower()}


def day(phrase, iso=None, granularity="day"):
    return {"phrase": phrase, "date": iso, "granularity": granularity, "resolved": iso is not None}


def claim(cid, text, quantities=(), entities=(), dates=(), attribution=None, hedges=()):
    return {"id": cid, "text": text, "paragraph": 0, "line": 1, "quantities": list(quantities),
            "attribution": attribution, "hedged": bool(hedges), "hedges": list(hedges),
            "entities": list(entities), "dates": list(dates)}


def record(key, outlet, *claims, published=None):
    return {"key": key, "slug": f"slug-{key}", "title": f"Title {key}", "author": None,
            "outlet": outlet, "url": None, "published": published, "provenance": {},
            "claims": list(claims)}


def groups_with(groups, claim_id):
    return [g for g in groups if any(e["claim_id"] == claim_id for e in entries(g))]


def test_troops_and_tonnes_never_merge():
    groups = group_claims([
        record("a", "Alpha", claim("c-a", "About 100 troops arrived in Caracas.",
                                   [q(100, "troops", "personnel", "About 100 troops", True, "about")])),
        record("b", "Beta", claim("c-b", "About 100 tonnes arrived in Caracas.",
                                  [q(100, "tonnes", "mass", "About 100 tonnes", True, "about")])),
    ])
    quantity = [g for g in groups if g["kind"] == "quantity"]
    assert len(quantity) == 2
    assert all(g["verdict"] == "single" for g in quantity)
    assert {g["label"] for g in quantity} == {"How many personnel?", "How much cargo (tonnes)?"}


def test_planes_and_helicopters_are_different_measures():
    groups = group_claims([
        record("a", "Alpha", claim("c-a", "Two planes landed.", [q(2, "planes", "aircraft", "Two planes")])),
        record("b", "Beta", claim("c-b", "Two helicopters landed.",
                                  [q(2, "helicopters", "aircraft", "Two helicopters")])),
    ])
    assert len([g for g in groups if g["kind"] == "quantity"]) == 2


def test_two_different_aircraft_are_not_merged():
    groups = group_claims([
        record("a", "Alpha", claim("c-a", "An Il-76 landed in Minsk.",
                                   entities=[ent("Ilyushin Il-76", "aircraft", "Il-76")])),
        record("b", "Beta", claim("c-b", "A Tu-160 flew over the Baltic.",
                                  entities=[ent("Tupolev Tu-160", "aircraft", "Tu-160")])),
    ])
    aircraft = [g for g in groups if g["kind"] == "entity"]
    assert len(aircraft) == 2
    assert all(len(g["entities"]) == 1 and g["verdict"] == "single" for g in aircraft)
    assert {g["label"] for g in aircraft} == {"Which aircraft? (Ilyushin Il-76)",
                                              "Which aircraft? (Tupolev Tu-160)"}


def test_outlets_naming_different_aircraft_differ():
    groups = group_claims([
        record("a", "Alpha", claim("c-a", "An Il-62 and an An-124 landed.",
                                   entities=[ent("Ilyushin Il-62", "aircraft", "Il-62"),
                                             ent("Antonov An-124", "aircraft", "An-124")])),
        record("b", "Beta", claim("c-b", "An Il-76 and an Antonov 124 landed.",
                                  entities=[ent("Ilyushin Il-76", "aircraft", "Il-76"),
                                            ent("Antonov An-124", "aircraft", "Antonov 124")])),
    ])
    group = by_label(groups, "Which aircraft?")
    assert group["verdict"] == "differ"
    assert "Alpha: Antonov An-124 and Ilyushin Il-62" in group["explanation"]
    assert "Beta: Antonov An-124 and Ilyushin Il-76" in group["explanation"]


def test_figures_beyond_tolerance_differ():
    groups = group_claims([
        record("a", "Alpha", claim("c-a", "About 100 Russian troops landed in Caracas on Saturday.",
                                   [q(100, "troops", "personnel", "About 100 Russian troops", True, "about")])),
        record("b", "Beta", claim("c-b", "Some 130 Russian soldiers landed in Caracas on Saturday.",
                                  [q(130, "soldiers", "personnel", "Some 130 Russian soldiers", True, "some")])),
    ])
    group = by_label(groups, "How many personnel?")
    assert group["outlets"] == ["Alpha", "Beta"]
    assert group["verdict"] == "differ"
    assert "differ by more than ±10%" in group["explanation"]
    assert "“about 100” (Alpha) vs “some 130” (Beta)" in group["explanation"]


def test_exact_figures_that_are_far_apart_stay_apart_without_shared_context():
    groups = group_claims([
        record("a", "Alpha", claim("c-a", "A freighter brought 35 tonnes of equipment.",
                                   [q(35, "tonnes", "mass", "35 tonnes")])),
        record("b", "Beta", claim("c-b", "Moscow had sent some 300 tonnes of humanitarian aid in February.",
                                  [q(300, "tonnes", "mass", "some 300 tonnes", True, "some")])),
    ])
    assert len([g for g in groups if g["kind"] == "quantity"]) == 2


def test_vague_figure_is_compatible_but_flagged():
    groups = group_claims([
        record("a", "Alpha", claim("c-a", "Dozens of troops arrived.",
                                   [q(24, "troops", "personnel", "Dozens of troops", True, "dozens of")])),
        record("b", "Beta", claim("c-b", "Exactly 99 soldiers arrived.",
                                  [q(99, "soldiers", "personnel", "99 soldiers")])),
    ])
    group = by_label(groups, "How many personnel?")
    assert group["verdict"] == "agree" and group["vaguer"] == ["Alpha"]
    assert "compatible but vaguer" in group["explanation"]


def test_two_figures_of_one_sentence_are_two_things():
    groups = group_claims([
        record("a", "Alpha", claim("c-a", "Two planes left Moscow and one plane left Caracas.",
                                   [q(2, "planes", "aircraft", "Two planes"),
                                    q(1, "planes", "aircraft", "one plane")])),
        record("b", "Beta", claim("c-b", "Two planes left Moscow.", [q(2, "planes", "aircraft", "Two planes")])),
    ])
    planes = [g for g in groups if g["kind"] == "quantity"]
    assert sorted(len(entries(g)) for g in planes) == [1, 2]
    two = next(g for g in planes if len(entries(g)) == 2)
    assert {e["value"] for e in entries(two)} == {2}


def test_resolved_weekday_and_month_day_agree():
    groups = group_claims([
        record("a", "Alpha", claim("c-a", "Two planes landed in Caracas on Saturday.",
                                   dates=[day("on Saturday", "2019-03-23")]), published="2019-03-26"),
        record("b", "Beta", claim("c-b", "The planes landed in Caracas on March 23rd.",
                                  dates=[day("on March 23rd", "2019-03-23")]), published="2019-03-25"),
    ])
    group = by_label(groups, "When did they land?")
    assert group["verdict"] == "agree"
    assert "23 March 2019" in group["explanation"] and "The dates agree." in group["explanation"]


def test_unresolved_weekday_and_month_day_cannot_be_confirmed():
    groups = group_claims([
        record("a", "Alpha", claim("c-a", "Two planes landed in Caracas on Saturday.",
                                   dates=[day("on Saturday")])),
        record("b", "Beta", claim("c-b", "The planes landed in Caracas on March 23rd.",
                                  dates=[day("on March 23rd")])),
    ])
    group = by_label(groups, "When did they land?")
    assert group["verdict"] == "unclear"
    assert "can't be confirmed" in group["explanation"]
    assert "Saturday (week unknown)" in group["explanation"]
    assert "March 23 (no year)" in group["explanation"]


def test_different_days_of_one_event_differ():
    groups = group_claims([
        record("a", "Alpha", claim("c-a", "Two Russian planes landed in Caracas on March 23.",
                                   dates=[day("on March 23", "2019-03-23")]), published="2019-03-26"),
        record("b", "Beta", claim("c-b", "Two Russian planes landed in Caracas on March 25.",
                                  dates=[day("on March 25", "2019-03-25")]), published="2019-03-26"),
    ])
    group = by_label(groups, "When did they land?")
    assert group["verdict"] == "differ" and "The dates differ." in group["explanation"]


def test_date_of_saying_is_not_date_of_event():
    groups = group_claims([
        record("a", "Alpha", claim("c-a", "The ministry confirmed on Tuesday that two planes landed.",
                                   dates=[day("on Tuesday", "2019-03-26")]), published="2019-03-27"),
    ])
    assert not [g for g in groups if g["kind"] == "date"]


def test_purpose_groups_with_attributions():
    sputnik = {"source": "Sputnik", "cue": "cited", "source_name": "Sputnik", "role": None,
               "quoting": "an anonymous diplomatic source", "told_to": None, "refers_to": None,
               "carried": False}
    groups = group_claims([
        record("a", "Alpha", claim("c-a", "Russian officers arrived to take part in bilateral consultations.",
                                   attribution=sputnik)),
        record("b", "Beta", claim("c-b", "The delegation came to hold consultations, a diplomat said.")),
        record("c", "Gamma", claim("c-c", "The officers arrived to discuss maintenance and training.")),
    ])
    group = by_label(groups, "Purpose: consultations")
    assert group["outlets"] == ["Alpha", "Beta"]
    assert "Sputnik, citing an anonymous diplomatic source" in group["explanation"]
    assert "Beta: no source given" in group["explanation"]
    other = by_label(groups, "Purpose: discuss maintenance and training")
    assert other["outlets"] == ["Gamma"] and other["verdict"] == "single"


def test_negated_statement_differs():
    groups = group_claims([
        record("a", "Alpha", claim("c-a", "Russian troops landed at the Caracas airport yesterday.")),
        record("b", "Beta", claim("c-b", "Russian troops did not land at the Caracas airport yesterday.")),
    ])
    group = next(g for g in groups if g["aspect"] == "wording")
    assert group["verdict"] == "differ"
    assert "Beta deny or negate" in group["explanation"]


def test_single_claim_group_and_unknown_outlet():
    groups = group_claims([
        record("a", None, claim("c-a", "The minister resigned after the vote.")),
        {"file": "broken.txt", "error": "binary"},
    ])
    assert len(groups) == 1
    group = groups[0]
    assert group["outlets"] == ["Unknown outlet"] and group["verdict"] == "single"
    assert group["label"] == "The minister resigned after the vote."
    assert group["explanation"].startswith("Only Unknown outlet says this")


def test_value_range_and_stemmer():
    assert value_range(q(100, "troops", "personnel", "", True, "around"))[:2] == pytest.approx((90, 110))
    assert value_range(q(100, "troops", "personnel", "", True, "almost"))[:2] == pytest.approx((90, 100))
    assert value_range(q(100, "troops", "personnel", "", True, "more than"))[1] == float("inf")
    assert value_range(q(24, "troops", "personnel", "", True, "dozens of"))[2] == "vague"
    assert value_range(q(99, "troops", "personnel", ""))[:2] == (99, 99)
    assert {light_stem(w) for w in ("arrived", "arriving", "arrive")} == {"arriv"}
    assert light_stem("consultations") == light_stem("consultation")
    assert light_stem("deployment") == light_stem("deployed")


def test_figures_clustered_on_all_cores_give_the_same_groups(seeds, seed_groups, monkeypatch):
    import corpus.compare as compare_module
    from corpus import compare_rules

    forked = []
    monkeypatch.setattr(compare_rules, "PARALLEL_MIN_FIGURES", 0)
    monkeypatch.setattr(compare_module.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(compare_module, "ProcessPoolExecutor",
                        _recording_pool(compare_module.ProcessPoolExecutor, forked))
    assert group_claims(seeds) == seed_groups
    assert forked, "the figures were not clustered in worker processes"


def _recording_pool(pool_class, calls):
    class RecordingPool(pool_class):
        def map(self, fn, *iterables, **kwargs):
            calls.append(fn.__name__)
            return super().map(fn, *iterables, **kwargs)
    return RecordingPool
