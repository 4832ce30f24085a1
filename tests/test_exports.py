"""Data exports (corpus.exports): CSV/JSON of claims, JSON of articles, JSON-LD."""

from __future__ import annotations

import csv
import io
import json


from corpus.exports import (CSV_COLUMNS, article_jsonld, articles_json, claims_json,
                            claims_rows, jsonld_script_text, spreadsheet_safe,
                            write_claims_csv)

PAGE = "https://example.org/site/articles/{slug}.html"


def csv_text(rows) -> str:
    buffer = io.StringIO(newline="")
    write_claims_csv(rows, buffer)
    return buffer.getvalue()


def hostile_record():
    return {"key": "zz", "slug": "evil-zz", "title": "=HYPERLINK(\"http://x\")", "author": None,
            "outlet": "@Outlet", "url": None, "published": None,
            "claims": [{"id": "c-evil", "text": "-2+3 said </script><script>alert(1)</script> <!-- & more",
                        "quantities": [{"value": 2.5, "unit": "tonnes", "noun_class": "mass",
                                        "approximate": True, "qualifier": "about", "of": None,
                                        "upper": None, "phrase": "about 2.5 tonnes"}],
                        "attribution": {"source": "+Sources", "cue": "said", "source_name": None,
                                        "role": None, "quoting": None, "told_to": None,
                                        "refers_to": None, "carried": False},
                        "hedged": True, "hedges": ["reportedly"], "entities": [], "dates": []}]}


def test_rows_on_seeds(seeds):
    rows = claims_rows(seeds)
    assert len(rows) == sum(len(r["claims"]) for r in seeds)
    assert [r["article_key"] for r in rows] == sorted(r["article_key"] for r in rows)
    slugs = {r["key"]: r["slug"] for r in seeds}
    for row in rows:
        assert row["anchor"] == f"articles/{slugs[row['article_key']]}.html#{row['claim_id']}"
        assert row["origin"] == "machine"
    row = next(r for r in rows if r["text"].startswith("Sputnik cited an anonymous"))
    assert row["outlet"] == "SouthFront" and row["published"] is None
    assert row["attribution_source"] == "Sputnik, citing an anonymous diplomatic source in Caracas"
    assert row["attribution_cue"] == "cited" and row["hedged"] is True


def test_csv_on_seeds(seeds):
    text = csv_text(claims_rows(seeds))
    table = list(csv.reader(io.StringIO(text, newline="")))
    assert table[0] == CSV_COLUMNS
    by_text = {line[CSV_COLUMNS.index("text")]: dict(zip(CSV_COLUMNS, line)) for line in table[1:]}
    landing = next(v for k, v in by_text.items() if k.startswith("Reports claim that two Russian"))
    assert landing["quantities"] == "2 planes; 100 troops (approx.); 35 tonnes"
    assert landing["hedged"] == "yes" and landing["hedges"] == "reports claim"
    assert landing["dates"] == "on Saturday (unresolved)"
    amn = next(v for k, v in by_text.items() if k.startswith("The Russian Foreign Ministry on Tuesday"))
    assert "on Tuesday = 2019-03-26" in amn["dates"]
    assert amn["published"] == "2019-03-27"
    assert text.endswith("\r\n")
    assert text == csv_text(claims_rows(list(reversed(seeds))))


def test_csv_is_safe_against_formula_injection():
    table = list(csv.reader(io.StringIO(csv_text(claims_rows([hostile_record()])), newline="")))
    row = dict(zip(CSV_COLUMNS, table[1]))
    assert row["title"] == "'=HYPERLINK(\"http://x\")"
    assert row["outlet"] == "'@Outlet"
    assert row["text"].startswith("'-2+3 said")
    assert row["attribution_source"] == "'+Sources"
    assert row["quantities"] == "2.5 tonnes (approx.)"
    for value, safe in [("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@A1", "'@A1"),
                        ("\tx", "'\tx"), ("a=b", "a=b"), ("", ""), (None, "")]:
        assert spreadsheet_safe(value) == safe


def test_claims_json(seeds):
    text = claims_json(seeds)
    data = json.loads(text)
    assert len(data) == sum(len(r["claims"]) for r in seeds)
    first = data[0]
    assert list(first) == sorted(first)  # sorted keys
    landing = next(d for d in data if d["text"].startswith("Reports claim that two Russian"))
    assert landing["quantities"][1]["qualifier"] == "around"  # full structure kept
    assert landing["attribution"]["cue"] == "claim"
    assert {e["type"] for e in next(d for d in data if "IL-62M" in d["text"])["entities"]} == {"aircraft", "place"}
    assert text == claims_json(list(reversed(seeds)))
    # One claim a line, so that the file reads and diffs line by line.
    lines = text.splitlines()
    assert lines[0] == "[" and lines[-1] == "]"
    assert [json.loads(line.rstrip(",")) for line in lines[1:-1]] == data
    assert json.loads(claims_json([])) == []


def test_articles_json(seeds):
    text = articles_json(seeds)
    data = json.loads(text)
    assert [json.loads(line.rstrip(",")) for line in text.splitlines()[1:-1]] == data  # one a line
    assert [a["key"] for a in data] == sorted(r["key"] for r in seeds)
    south = next(a for a in data if a["outlet"] == "SouthFront")
    assert south["published"] is None and south["url"].startswith("https://southfront.org/")
    assert south["page"] == f"articles/{south['slug']}.html"
    assert south["claim_count"] == len(south["claim_ids"]) > 0


def test_jsonld_of_a_seed(seeds):
    record = next(r for r in seeds if r["outlet"] == "SouthFront")
    page = PAGE.format(slug=record["slug"])
    data = article_jsonld(record, page)
    assert data["@context"] == "https://schema.org" and data["@type"] == "NewsArticle"
    assert data["headline"] == record["title"]
    assert "datePublished" not in data  # undated: never made up
    assert data["url"] == data["sameAs"] == record["url"]
    assert data["mainEntityOfPage"] == page
    assert data["publisher"] == {"@type": "Organization", "name": "SouthFront"}
    claims = data["hasPart"]
    assert len(claims) == len(record["claims"])
    assert all(c["@type"] == "Claim" and c["appearance"]["url"] == f"{page}#{c['@id'].split('#')[1]}"
               for c in claims)
    sputnik = next(c for c in claims if c["text"].startswith("Sputnik cited"))
    assert sputnik["author"]["name"] == "Sputnik" and sputnik["author"]["@type"] == "Organization"
    mayorca = next(c for c in claims if "99 Russian soldiers" in c["text"])
    assert mayorca["author"] == {"@type": "Person", "name": "Javier Mayorca", "description": "Mayorca"}


def test_jsonld_dated_article_without_url(seeds):
    record = next(r for r in seeds if r["outlet"].startswith("AMN"))
    data = article_jsonld(record, "articles/x.html#ignored")
    assert data["datePublished"] == "2019-03-27"
    assert data["url"] == "articles/x.html" and "sameAs" not in data


def test_jsonld_script_text_cannot_break_out():
    data = article_jsonld(hostile_record(), "https://example.org/a.html")
    text = jsonld_script_text(data)
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\\u003c/script\\u003e" in text
    assert json.loads(text) == data
    assert text == jsonld_script_text(data)
