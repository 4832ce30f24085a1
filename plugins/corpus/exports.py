"""Data exports of the corpus: CSV and JSON of the claims, JSON of the
articles, and schema.org JSON-LD for each article page.

Public interface::

    claims_rows(records) -> list[dict]      # one row per claim, structured
    write_claims_csv(rows, fp) -> None      # fp: a text file opened with newline=""
    claims_json(records) -> str
    articles_json(records) -> str
    article_jsonld(record, page_url) -> dict
    jsonld_script_text(data) -> str         # the inside of <script type="application/ld+json">

Claim columns (CSV header, in this order; the JSON rows have the same keys)
--------------------------------------------------------------------------

``article_key``
    the scrape's file name without ``.txt`` (the article's key).
``title``, ``outlet``, ``published``
    the article's headline, outlet ("Unknown outlet" when nobody knows) and
    publication date (ISO ``YYYY-MM-DD``; empty/null when undated).
``claim_id``
    the claim's id, also its HTML anchor on the article page.
``text``
    the sentence as it stands in the article.
``quantities``
    CSV: each figure as "value unit (approx.)", joined by "; "
    ("100 troops (approx.); 35 tonnes").  JSON: the full list of
    ``{value, unit, noun_class, approximate, qualifier, of, upper, phrase}``.
``attribution_source``
    who the claim is credited to, as a reader would say it ("Sputnik, citing
    an anonymous diplomatic source in Caracas"); empty when unattributed.
    JSON also has ``attribution``: the full record (source, cue, source_name,
    role, quoting, told_to, refers_to, carried).
``attribution_cue``
    the verb or phrase that credits it ("said", "according to").
``hedged``, ``hedges``
    whether the claim is hedged ("yes"/"no" in CSV, true/false in JSON) and
    the hedging words ("reportedly"; joined by "; " in CSV, a list in JSON).
``entities``
    CSV: the canonical names, joined by "; ".  JSON: the full list of
    ``{name, type, as_written, key}``.
``dates``
    CSV: each date phrase with what it resolves to, joined by "; "
    ("on Tuesday = 2019-03-26; on Saturday (unresolved)").  JSON: the full
    list of ``{phrase, date, granularity, resolved}``.
``anchor``
    the claim's address relative to the site root:
    ``articles/<slug>.html#<claim_id>``.
``origin``
    "machine" (found by the claims stage) or "curator" (added or corrected
    in a curator record).

Rows are sorted by article key, then in the order of the article's text;
JSON keys are sorted; the same records always give the same bytes.

Spreadsheet safety: a CSV cell that begins with ``=``, ``+``, ``-``, ``@``,
a tab or a carriage return is written with a single quote (``'``) in front,
so that a spreadsheet application opening the file shows the text instead of
running it as a formula (CSV/formula injection).  Scraped text can begin
with any of these; the quote is the only change made to a cell.
"""

from __future__ import annotations

import csv
import json

from .citations import anchor_of, credited_sources, describe_attribution, outlet_of

__all__ = ["CSV_COLUMNS", "claims_rows", "write_claims_csv", "claims_json",
           "articles_json", "article_jsonld", "jsonld_script_text"]

CSV_COLUMNS = ["article_key", "title", "outlet", "published", "claim_id", "text",
               "quantities", "attribution_source", "attribution_cue", "hedged",
               "hedges", "entities", "dates", "anchor", "origin"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _good(records):
    return sorted((r for r in records if "error" not in r), key=lambda r: r["key"])


def claims_rows(records) -> list[dict]:
    """One structured row per claim (lists and dicts kept), sorted."""
    rows = []
    for record in _good(records):
        for claim in record.get("claims") or []:
            attribution = claim.get("attribution")
            rows.append({
                "article_key": record["key"],
                "title": record.get("title"),
                "outlet": outlet_of(record),
                "published": record.get("published"),
                "claim_id": claim["id"],
                "text": claim.get("text"),
                "quantities": list(claim.get("quantities") or []),
                "attribution_source": describe_attribution(attribution),
                "attribution_cue": (attribution or {}).get("cue"),
                "attribution": attribution,
                "hedged": bool(claim.get("hedged")),
                "hedges": list(claim.get("hedges") or []),
                "entities": list(claim.get("entities") or []),
                "dates": list(claim.get("dates") or []),
                "anchor": anchor_of(record, claim),
                "origin": "curator" if claim.get("origin") == "curator" else "machine",
            })
    return rows


def quantity_text(quantity: dict) -> str:
    """"100 troops (approx.)", "35 tonnes", "16 of 23 states"."""
    value = quantity.get("value")
    text = _plain(value)
    if quantity.get("upper") is not None:
        text += f"–{_plain(quantity['upper'])}"
    if quantity.get("of") is not None:
        text += f" of {_plain(quantity['of'])}"
    if quantity.get("unit"):
        text += f" {quantity['unit']}"
    if quantity.get("approximate"):
        text += " (approx.)"
    return text


def _plain(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _date_text(date: dict) -> str:
    if date.get("resolved") and date.get("date"):
        return f"{date.get('phrase')} = {date['date']}"
    return f"{date.get('phrase')} (unresolved)"


def csv_cells(row: dict) -> list[str]:
    """A row's CSV cells, in CSV_COLUMNS order, made safe for spreadsheets."""
    flat = {
        **row,
        "quantities": "; ".join(quantity_text(q) for q in row["quantities"]),
        "hedged": "yes" if row["hedged"] else "no",
        "hedges": "; ".join(row["hedges"]),
        "entities": "; ".join(e.get("name") or e.get("as_written") or "" for e in row["entities"]),
        "dates": "; ".join(_date_text(d) for d in row["dates"]),
    }
    return [spreadsheet_safe(flat.get(column)) for column in CSV_COLUMNS]


def spreadsheet_safe(value) -> str:
    """The cell as text, with a leading ' when it would start a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_claims_csv(rows, fp) -> None:
    """Write a header and one line per row (RFC 4180 quoting, CRLF line ends)."""
    writer = csv.writer(fp, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow(csv_cells(row))


def _dumps(rows: list) -> str:
    """A JSON array, one element a line: readable and diffable line by line,
    and written by the json module's C encoder (an indented dump goes
    through its pure-Python encoder: twice the time, 0.8 s instead of 0.4
    for the claims of 1,000 articles, and a fifth larger)."""
    if not rows:
        return "[]\n"
    return "[\n" + ",\n".join(json.dumps(row, ensure_ascii=False, sort_keys=True)
                              for row in rows) + "\n]\n"


def claims_json(records) -> str:
    """The claim rows as a JSON array, full structures kept."""
    return _dumps(claims_rows(records))


def articles_json(records) -> str:
    """One object per article: its description, page and claim ids."""
    articles = []
    for record in _good(records):
        articles.append({
            "key": record["key"], "slug": record["slug"], "title": record.get("title"),
            "author": record.get("author"), "outlet": outlet_of(record),
            "url": record.get("url"), "published": record.get("published"),
            # Where each value came from: page, inferred, curator or missing.
            "origins": {field: value.get("origin")
                        for field, value in sorted((record.get("provenance") or {}).items())},
            "page": f"articles/{record['slug']}.html",
            "claim_count": len(record.get("claims") or []),
            "claim_ids": [c["id"] for c in record.get("claims") or []],
        })
    return _dumps(articles)


# ---------------------------------------------------------------------------
# JSON-LD
# ---------------------------------------------------------------------------

_SCHEMA_TYPES = {"person": "Person", "organisation": "Organization", "outlet": "Organization"}


def article_jsonld(record: dict, page_url: str) -> dict:
    """schema.org NewsArticle for one article, its claims as ``Claim`` items.

    ``page_url`` is the address of the article's page on this site (absolute
    when the site has one).  The original page's address, when known, is
    the article's ``url`` and ``sameAs``; the date only appears when known.
    """
    page_url = page_url.split("#", 1)[0]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": record.get("title") or record["key"],
        "publisher": {"@type": "Organization", "name": outlet_of(record)},
        "mainEntityOfPage": page_url,
        "url": record.get("url") or page_url,
    }
    if record.get("url"):
        data["sameAs"] = record["url"]
    if record.get("published"):
        data["datePublished"] = record["published"]
    if record.get("author"):
        data["author"] = {"@type": "Person", "name": record["author"]}
    claims = [_claim_jsonld(claim, page_url, outlet_of(record)) for claim in record.get("claims") or []]
    if claims:
        data["hasPart"] = claims
    return data


def _claim_jsonld(claim: dict, page_url: str, outlet: str) -> dict:
    anchor = f"{page_url}#{claim['id']}"
    item = {"@type": "Claim", "@id": anchor, "text": claim.get("text") or "",
            "appearance": {"@type": "CreativeWork", "url": anchor}}
    sources = credited_sources(claim, outlet)
    direct = next((s for s in sources if s["via"] is None), None)
    if direct:
        item["author"] = _source_jsonld(direct, claim)
    return item


def _source_jsonld(source: dict, claim: dict) -> dict:
    kind = "Person"
    for entity in claim.get("entities") or []:
        if entity.get("name") == source["name"]:
            kind = _SCHEMA_TYPES.get(entity.get("type"), "Thing")
    if source["kind"] in ("reports", "data"):
        kind = "Thing"
    return {"@type": kind, "name": source["name"], "description": source["description"]}


def jsonld_script_text(data) -> str:
    """JSON for a ``<script type="application/ld+json">`` element.

    ``<``, ``>`` and ``&`` are written as ``\\u003c``, ``\\u003e``,
    ``\\u0026`` (and the JavaScript line separators U+2028/U+2029 escaped),
    so text such as ``</script>`` or ``<!--`` in a claim cannot end the
    element or open a comment; JSON parsers read the escapes back as the
    same characters.
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
