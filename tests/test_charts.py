"""SVG charts (corpus.charts): text alternatives, escaping, no inline style
or script, determinism."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from corpus.charts import citation_chart, escape, quantity_chart, timeline_chart
from corpus.citations import who_cites_whom
from corpus.compare import group_claims

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = '<script>alert("x")</script> & "Co" \'s'


@pytest.fixture(scope="module")
def personnel(seeds):
    return next(g for g in group_claims(seeds) if g["label"] == "How many personnel?")


def parse(svg: str) -> ET.Element:
    """Well-formed, accessible, and free of what the CSP forbids."""
    root = ET.fromstring(svg)
    assert root.tag == SVG + "svg"
    assert root.get("role") == "img"
    assert re.fullmatch(r"0 0 [\d.]+ [\d.]+", root.get("viewBox"))
    title, desc = root.find(SVG + "title"), root.find(SVG + "desc")
    assert title is not None and title.text and desc is not None and desc.text
    assert root.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"
    for element in root.iter():
        assert element.tag not in (SVG + "script", SVG + "style", SVG + "foreignObject", SVG + "a")
        for name in element.attrib:
            assert name != "style" and not name.lower().startswith("on"), (element.tag, name)
            assert "href" not in name
    return root


def all_text(root: ET.Element) -> str:
    return " ".join(t for t in root.itertext())


def test_quantity_chart_on_seeds(personnel):
    svg = quantity_chart(personnel)
    root = parse(svg)
    assert root.find(SVG + "title").text == "How many personnel?"
    desc = root.find(SVG + "desc").text
    for outlet in personnel["outlets"]:
        assert outlet in desc and outlet in all_text(root)
    for figure in ("99 Russian soldiers (exact)", "about 100 Russian troops (approximate, range 90 to 110)",
                   "dozens of troops (vague, range 24 to 199)"):
        assert figure in desc
    # One solid mark per exact figure, a hollow one per approximate figure,
    # a dashed range for the vague one.
    exact = root.findall(f".//{SVG}circle[@class='chart-mark-exact']")
    approximate = root.findall(f".//{SVG}circle[@class='chart-mark-approximate']")
    assert len(exact) == 1 and len(approximate) == 3  # about, almost, around 100
    assert all(c.get("fill") == "#ffffff" for c in approximate)
    assert root.findall(f".//{SVG}line[@stroke-dasharray]")
    assert svg == quantity_chart(personnel)


def test_quantity_chart_scale_and_open_ranges():
    group = {"id": "q-test", "label": "How many personnel?", "verdict": "differ", "explanation": "",
             "cells": [{"outlet": "Alpha", "claims": [
                 {"value": 100, "range": [100, None], "shape": "above", "phrase": "more than 100 troops",
                  "approximate": True, "attribution": None}]},
                 {"outlet": "Beta", "claims": [
                     {"value": 120, "range": [120, 120], "shape": "exact", "phrase": "120 troops",
                      "approximate": False, "attribution": None}]}]}
    root = parse(quantity_chart(group))
    ticks = [t.text for t in root.findall(f".//{SVG}text[@class='chart-axis']")]
    assert ticks == ["0", "50", "100", "150", "200"]
    assert root.findall(f".//{SVG}path[@class='chart-range']")  # the arrow of "more than"
    assert "no upper limit" in root.find(SVG + "desc").text


def test_quantity_chart_escapes_hostile_names():
    group = {"id": 'q-"><x', "label": HOSTILE, "verdict": "single", "explanation": HOSTILE,
             "cells": [{"outlet": HOSTILE, "claims": [
                 {"value": 5, "range": [5, 5], "shape": "exact", "phrase": HOSTILE,
                  "approximate": False, "attribution": HOSTILE}]}]}
    svg = quantity_chart(group)
    assert "<script" not in svg and "&lt;script&gt;" in svg and "&amp;" in svg
    root = parse(svg)
    assert root.find(SVG + "title").text == HOSTILE
    assert HOSTILE in all_text(root)
    assert root.find(SVG + "title").get("id") == "q-x-title"


def test_timeline_on_seeds(seeds):
    svg = timeline_chart(seeds)
    root = parse(svg)
    text = all_text(root)
    for day in ("Fri 22 Mar 2019", "Sat 23 Mar 2019", "Sun 24 Mar 2019", "Tue 26 Mar 2019"):
        assert day in text
    assert "leave (year assumed): KiAfriqa, SouthFront" in text
    assert "confirmed: AMN (Al-Masdar News)" in text
    assert "Not placed on the axis" in text
    assert "Rachel Blevins (blog): “on Saturday” (land)" in text
    desc = root.find(SVG + "desc").text
    assert "placed in 2019, the year of every dated article" in desc
    assert "2019-03-22: leave (year assumed)" in desc
    assert svg == timeline_chart(list(reversed(seeds)))


def test_timeline_without_assumed_years_lists_undated_days(seeds):
    root = parse(timeline_chart(seeds, assume_year=False))
    text = all_text(root)
    assert "year assumed" not in text
    assert "SouthFront: “on March 22nd” (leave)" in text


def test_timeline_marks_and_escaping():
    records = [{"key": "a", "slug": "a", "title": "t", "outlet": HOSTILE, "published": "2019-03-26",
                "claims": [{"id": "c-1", "text": "The planes landed on Saturday.", "quantities": [],
                            "attribution": None, "hedged": False, "hedges": [], "entities": [],
                            "dates": [{"phrase": "on Saturday", "date": "2019-03-23",
                                       "granularity": "day", "resolved": True},
                                      {"phrase": "over the weekend", "date": "2019-03-23",
                                       "granularity": "weekend", "resolved": True}]}]}]
    svg = timeline_chart(records)
    assert "<script" not in svg
    root = parse(svg)
    assert len(root.findall(f".//{SVG}circle[@class='chart-mark-exact']")) == 1
    assert len(root.findall(f".//{SVG}rect[@class='chart-range']")) == 1  # the weekend
    assert f"land: {HOSTILE}" in all_text(root)
    assert parse(timeline_chart([])) is not None


def test_citation_chart_on_seeds(seeds):
    cites = who_cites_whom(seeds)
    svg = citation_chart(cites)
    root = parse(svg)
    text = all_text(root)
    for outlet in cites["by_outlet"]:
        assert outlet in text
    assert "Sputnik (3)" in text
    links = root.findall(f".//{SVG}path")
    assert len(links) == len(cites["edges"])
    widths = {float(p.get("stroke-width")) for p in links}
    assert min(widths) == 1 and max(widths) > 1
    dashed = [p for p in links if p.get("stroke-dasharray")]
    assert dashed and all("chart-link-indirect" in p.get("class") for p in dashed)
    desc = root.find(SVG + "desc").text
    assert "KiAfriqa credits" in desc and "via Sputnik" in desc
    assert svg == citation_chart(who_cites_whom(list(reversed(seeds))))


def test_citation_chart_draws_the_most_cited_sources_and_says_so(seeds, monkeypatch):
    import corpus.charts as charts

    cites = who_cites_whom(seeds)
    ranked = sorted(cites["by_source"].values(), key=lambda s: (-s["count"], s["name"].casefold(), s["key"]))
    assert len(ranked) > 3
    monkeypatch.setattr(charts, "CITATION_CHART_SOURCES", 3)
    root = parse(citation_chart(cites))
    text = all_text(root)
    assert f"The 3 most cited of {len(ranked)} sources" in text
    for source in ranked[:3]:
        assert f"{source['name']} ({source['count']})" in text
    for source in ranked[3:]:
        assert f"{source['name']} ({source['count']})" not in text
    kept = {s["key"] for s in ranked[:3]}
    assert len(root.findall(f".//{SVG}path")) == sum(e["source"] in kept for e in cites["edges"])
    assert root.find(SVG + "desc").text.startswith(f"The 3 most cited of {len(ranked)} sources")


def test_citation_chart_escapes_hostile_names():
    records = [{"key": "a", "slug": "a", "title": "t", "outlet": HOSTILE, "published": None,
                "claims": [{"id": "c-1", "text": "x", "quantities": [], "hedged": False, "hedges": [],
                            "entities": [], "dates": [],
                            "attribution": {"source": "Dr <b>Evil</b> & Sons", "cue": "said",
                                            "source_name": "Dr <b>Evil</b> & Sons", "role": None,
                                            "quoting": None, "told_to": None, "refers_to": None,
                                            "carried": False}}]}]
    svg = citation_chart(who_cites_whom(records))
    assert "<b>" not in svg and "<script" not in svg
    root = parse(svg)
    assert "Dr <b>Evil</b> & Sons (1)" in all_text(root)
    assert HOSTILE in all_text(root)


def test_escape():
    assert escape('<a href="x">&\'') == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
    assert escape("bell\x07") == "bell"


def test_timeline_lists_a_repeated_unplaced_date_once_with_its_count():
    from corpus.charts import _unplaced_lines
    saturday = {"outlet": "Wire", "phrase": "on Saturday", "verb": "arrive", "date": None}
    other = {"outlet": "Daily", "phrase": "in March", "verb": "leave", "date": "2019-03"}
    lines = _unplaced_lines([saturday, other, saturday, saturday], with_date=True)
    assert lines == ["Wire: “on Saturday” (arrive) (×3)", "Daily: “in March” (leave) = 2019-03"]
    assert _unplaced_lines([other], with_date=False) == ["Daily: “in March” (leave)"]
