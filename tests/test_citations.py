"""Who cites whom and the entity index (corpus.citations)."""

from __future__ import annotations

import json

import pytest

from corpus.citations import (credited_sources, describe_attribution, entity_index,
                              who_cites_whom)



@pytest.fixture(scope="module")
def cites(seeds):
    return who_cites_whom(seeds)


def names(cites, outlet):
    return {s["name"]: s for s in cites["by_outlet"][outlet]["sources"]}


def attribution(source, cue="said", source_name=None, quoting=None, told_to=None, refers_to=None):
    return {"source": source, "cue": cue, "source_name": source_name, "role": None,
            "quoting": quoting, "told_to": told_to, "refers_to": refers_to, "carried": False}


def claim(cid, text, attr=None, entities=()):
    return {"id": cid, "text": text, "quantities": [], "attribution": attr, "hedged": False,
            "hedges": [], "entities": list(entities), "dates": []}


def record(key, outlet, *claims):
    return {"key": key, "slug": f"slug-{key}", "title": key, "outlet": outlet,
            "published": None, "claims": list(claims)}


# ---------------------------------------------------------------------------
# The seeds
# ---------------------------------------------------------------------------

def test_outlets_and_their_sources(cites):
    assert list(cites["by_outlet"]) == ["AMN (Al-Masdar News)", "KiAfriqa",
                                        "Rachel Blevins (blog)", "SouthFront"]
    south = names(cites, "SouthFront")
    assert {"Sputnik", "Javier Mayorca"} <= set(south)
    assert any(name.startswith("Flightradar24") for name in south)
    assert south["Javier Mayorca"]["count"] >= 3  # the tweet's three sentences
    diplomatic = south["unnamed diplomatic source in Caracas"]
    assert diplomatic["kind"] == "unnamed" and "Sputnik" in diplomatic["via"]
    assert "an anonymous diplomatic source in Caracas" in diplomatic["descriptions"]

    kiafriqa = names(cites, "KiAfriqa")
    assert kiafriqa["Sputnik"]["direct"] == kiafriqa["Sputnik"]["count"] >= 2
    assert kiafriqa["Associated Press"]["direct"] == 1
    embassy = kiafriqa["unnamed source at the Russian Embassy"]
    assert embassy["kind"] == "unnamed" and embassy["via"] == ["Sputnik"] and embassy["direct"] == 0
    official = kiafriqa["unnamed Venezuelan official"]
    assert official["via"] == ["Associated Press"]

    assert "AFP" in names(cites, "AMN (Al-Masdar News)")
    blog = names(cites, "Rachel Blevins (blog)")
    assert blog["unnamed diplomatic source in Caracas"]["direct"] == 2  # two articles


def test_sources_and_the_outlets_leaning_on_them(cites):
    sputnik = cites["by_source"]["sputnik"]
    assert [o["outlet"] for o in sputnik["outlets"]] == ["KiAfriqa", "SouthFront"]
    shared = cites["by_source"]["unnamed:diplomatic source in caracas"]
    assert [o["outlet"] for o in shared["outlets"]] == ["Rachel Blevins (blog)", "SouthFront"]
    assert shared["name"] == "unnamed diplomatic source in Caracas"
    for source in cites["by_source"].values():
        for outlet in source["outlets"]:
            assert all(a.startswith("articles/") and ".html#c-" in a for a in outlet["anchors"])
    edge = next(e for e in cites["edges"] if e["outlet"] == "KiAfriqa" and e["source"] == "sputnik")
    assert edge["count"] == edge["direct"] >= 2


def test_who_cites_whom_is_deterministic(seeds, cites):
    assert json.dumps(who_cites_whom(list(reversed(seeds)))) == json.dumps(cites)


def test_entity_index_on_seeds(seeds):
    index = entity_index(seeds)
    antonov = index["antonov an-124"]
    assert antonov["name"] == "Antonov An-124" and antonov["type"] == "aircraft"
    assert {"Antomov 124", "Antonov AN-124", "An-124"} <= {s["as_written"] for s in antonov["spellings"]}
    assert antonov["outlets"] == ["KiAfriqa", "SouthFront"]
    assert antonov["slug"] == "antonov-an-124"
    assert all(m["anchor"] == f"articles/{m['slug']}.html#{m['claim_id']}" for m in antonov["mentions"])
    general = index["vasily tonkoshkurov"]
    assert {s["as_written"] for s in general["spellings"]} == {"Vasilly Tonkoshkurov", "Vasily Tonkoshkurov"}
    assert list(index) == sorted(index)


# ---------------------------------------------------------------------------
# Small records
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("written, name", [
    ("an anonymous diplomatic source in Caracas", "unnamed diplomatic source in Caracas"),
    ("Diplomatic sources in Caracas", "unnamed diplomatic source in Caracas"),
    ("an unnamed source at the Russian Embassy", "unnamed source at the Russian Embassy"),
    ("an unnamed Venezuelan official", "unnamed Venezuelan official"),
])
def test_anonymous_sources_are_classed_with_their_description(written, name):
    found = credited_sources(claim("c-1", "x", attribution(written)))
    assert found[0]["name"] == name and found[0]["kind"] == "unnamed"
    assert found[0]["description"] == written


def test_other_kinds_of_source():
    kinds = {written: credited_sources(claim("c", "x", attribution(written)))[0]
             for written in ("Reports", "media reports", "Flight-tracking data", "They",
                             "the president of the National Assembly")}
    assert kinds["Reports"]["kind"] == kinds["media reports"]["kind"] == "reports"
    assert kinds["Reports"]["key"] == kinds["media reports"]["key"]
    assert kinds["Flight-tracking data"]["name"] == "flight-tracking data"
    assert kinds["They"]["kind"] == "unresolved"
    assert kinds["the president of the National Assembly"]["kind"] == "described"


def test_quoting_and_telling_make_relays():
    quoted = credited_sources(claim("c", "x", attribution(
        "the state-funded Sputnik news agency", "reported", "Sputnik",
        quoting="an unnamed source at the Russian Embassy")))
    assert [(s["name"], s["via"]) for s in quoted] == [
        ("Sputnik", None), ("unnamed source at the Russian Embassy", "Sputnik")]
    told = credited_sources(claim("c", "x", attribution(
        "an unnamed Venezuelan official", "told", told_to="The Associated Press"),
        [{"name": "Associated Press", "type": "outlet", "as_written": "Associated Press",
          "key": "asociated pres"}]))
    assert [(s["name"], s["via"]) for s in told] == [
        ("Associated Press", None), ("unnamed Venezuelan official", "Associated Press")]
    # Telling an audience, or the outlet itself, relays nothing.
    audience = credited_sources(claim("c", "x", attribution(
        "Juan Guaido", "tells", "Juan Guaidó", told_to="the media")))
    assert [(s["name"], s["via"]) for s in audience] == [("Juan Guaidó", None)]


def test_variants_fold_by_key_and_surnames_join():
    cites = who_cites_whom([
        record("a", "Alpha",
               claim("c-1", "x", attribution("Trump", source_name="Trump")),
               claim("c-2", "y", attribution("Donald Trump", source_name="Donald Trump")),
               claim("c-3", "z", attribution("The AFP", "reported", "AFP"))),
        record("b", "Beta", claim("c-4", "w", attribution("A.F.P.", "reported", "A.F.P."))),
    ])
    alpha = names(cites, "Alpha")
    assert alpha["Donald Trump"]["count"] == 2 and "Trump" not in alpha
    assert [o["outlet"] for o in cites["by_source"]["afp"]["outlets"]] == ["Alpha", "Beta"]


def test_describe_attribution():
    assert describe_attribution(None) is None
    assert describe_attribution(attribution("Diplomatic sources in Caracas")) == "diplomatic sources in Caracas"
    assert describe_attribution(attribution("Mayorca", "tweeted", "Javier Mayorca")) == "Javier Mayorca"
    assert describe_attribution(attribution(
        "the source", refers_to="an anonymous diplomatic source in Caracas")) == \
        "an anonymous diplomatic source in Caracas"
    assert describe_attribution(attribution(
        "Sputnik", "cited", "Sputnik", quoting="the source",
        refers_to="an unnamed source at the Russian Embassy")) == \
        "Sputnik, citing an unnamed source at the Russian Embassy"
    assert describe_attribution(attribution(
        "an unnamed Venezuelan official", "told", told_to="The Associated Press")) == \
        "an unnamed Venezuelan official, speaking to The Associated Press"


def test_entity_index_prefers_the_most_frequent_then_accented_name():
    def e(name, written):
        return {"name": name, "type": "person", "as_written": written, "key": "nicolas maduro"}

    index = entity_index([
        record("a", "Alpha", claim("c-1", "x", entities=[e("Nicolas Maduro", "Maduro")])),
        record("b", "Beta", claim("c-2", "y", entities=[e("Nicolás Maduro", "Nicolás Maduro")])),
        {"file": "bad.txt", "error": "empty"},
    ])
    entry = index["nicolas maduro"]
    assert entry["name"] == "Nicolás Maduro"
    assert entry["outlets"] == ["Alpha", "Beta"] and entry["count"] == 2
    assert [m["as_written"] for m in entry["mentions"]] == ["Maduro", "Nicolás Maduro"]
