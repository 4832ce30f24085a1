"""Describe an article: title, author, outlet, page address, publication date.

Every value comes with its origin, shown to readers beside the value:

- ``page``: stated in the scrape (a headline, a byline, a dateline);
- ``inferred``: derived by a rule from indirect evidence (the page address,
  a promo naming the site), with the rule said in ``evidence``;
- ``curator``: supplied by a person in the article's curator record;
- ``missing``: nobody knows; the site says "undated" or "unknown".

Never the build date or a file's modification time: those describe our copy,
not the article.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"),
            ("april", "apr"), ("may",), ("june", "jun"), ("july", "jul"),
            ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
            ("november", "nov"), ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
# Date forms a dateline or "Posted on" line is written in, in English news.
DATE_PATTERNS = (
    re.compile(_MONTH + r"\s+" + _DAY + r",?\s+" + _YEAR, re.IGNORECASE),  # March 27, 2019
    re.compile(_DAY + r"\s+(?:of\s+)?" + _MONTH + r",?\s+" + _YEAR, re.IGNORECASE),  # 27 March 2019
    re.compile(_YEAR + r"-(?P<month_number>\d{2})-" + r"(?P<day>\d{2})(?!\d)"),  # 2019-03-27
)
# A dated page address: WordPress and most news CMSs put /YYYY/MM/DD/ in it.
URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{2})/(\d{2})/")
# "Rachel Blevins is a journalist ...": the opening of an author bio names the
# author. Up to four capitalised words, as personal names run.
BIO_NAME = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})\s+(?:is|was)\s+(?:a|an|the)\b"
)
# "Posted on October 4, 2021 by Marta Lindqvist", "Posted by Ana Ruiz at
# 9:14 PM", "By Dana Whitfield": the byline phrases of WordPress, Blogger and
# news sites. The name is one to four capitalised words, ended by the line or
# by a time/date/separator word.
BYLINE_NAME = re.compile(
    r"(?:^|\b(?:[Pp]osted|[Ww]ritten|[Pp]ublished|[Ss]tory)\s+(?:on\s+[^|·]*?\s+)?)[Bb]y\s+"
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})"
    r"(?=\s*$|\s+(?:at|on|in|for)\b|\s*[|·,—–(-])"
)
# Rules and block kinds whose lines may carry a byline.
BYLINE_CHROME_RULES = ("posted-by-label", "byline")

# "Join our ... AMN Telegram channel": a site's own promo names the site.
PROMO_OUTLET = re.compile(
    r"\bour\s+(?:brand\s+new\s+|new\s+|official\s+|verified\s+)*"
    r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}?)\s+"
    r"(?:Telegram|WhatsApp|YouTube|Twitter|Facebook|Instagram)?\s*(?:channel|newsletter|page|group)\b"
)
# Rules whose removed lines may carry a date or the author's name.
DATED_CHROME_RULES = ("posted-by-label", "byline", "author-bio", "site-chrome")


@dataclass(frozen=True)
class Described:
    """One metadata value and where it came from."""

    value: object
    origin: str  # page | inferred | curator | missing
    evidence: str = ""

    def as_dict(self) -> dict:
        value = self.value.isoformat() if isinstance(self.value, datetime.date) else self.value
        return {"value": value, "origin": self.origin, "evidence": self.evidence}


def describe(cleaned, curator: dict, fallback_title: str) -> dict[str, Described]:
    """All metadata of one cleaned scrape, each value with its origin."""
    return {
        "title": _title(cleaned, curator, fallback_title),
        "author": _author(cleaned, curator),
        "outlet": _outlet(cleaned, curator),
        "url": _from_curator(curator, "url"),
        "published": _published(cleaned, curator),
    }


def parse_date(text: str) -> datetime.date | None:
    """The first full date (day, month, year) written in ``text``.

    >>> parse_date("March 27, 2019")
    datetime.date(2019, 3, 27)
    >>> parse_date("on Saturday") is None
    True
    """
    for pattern in DATE_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["month_number"]) if parts.get("month_number") else MONTHS[parts["month"].lower()]
        try:
            return datetime.date(int(parts["year"]), month, int(parts["day"]))
        except ValueError:
            continue
    return None


def _from_curator(curator: dict, field: str) -> Described:
    if curator.get(field):
        return Described(curator[field], "curator", "curator record")
    return Described(None, "missing")


def _title(cleaned, curator: dict, fallback: str) -> Described:
    if curator.get("title"):
        return _from_curator(curator, "title")
    for block in cleaned.blocks:
        if block.kind == "title":
            return Described(block.text, "page", f"headline, line {block.lines[0]}")
    for block in cleaned.blocks:
        if block.kind == "body":
            words = block.text.split()
            title = " ".join(words[:12]) + ("…" if len(words) > 12 else "")
            return Described(title, "inferred", f"no headline found; opening words of line {block.lines[0]}")
    return Described(fallback, "inferred", "no headline or text found; the file name")


def _author(cleaned, curator: dict) -> Described:
    if curator.get("author"):
        return _from_curator(curator, "author")
    for block in cleaned.blocks:
        if block.kind == "byline" and block.text.strip():
            return Described(block.text.strip(), "page", f"byline, line {block.lines[0]}")
    for block in cleaned.blocks:
        if block.kind == "dateline":
            match = BYLINE_NAME.search(block.text.strip())
            if match:
                return Described(match["name"], "page", f"byline in the dateline, line {block.lines[0]}")
    for removal in cleaned.removed:
        if removal.rule in BYLINE_CHROME_RULES:
            match = BYLINE_NAME.search(removal.text.strip())
            if match:
                return Described(match["name"], "page", f"{removal.rule} line {removal.line}")
    for removal in cleaned.removed:
        if removal.rule == "author-bio":
            match = BIO_NAME.match(removal.text.strip())
            if match:
                return Described(match["name"], "page", f"author bio, line {removal.line}")
    return Described(None, "missing")


def _outlet(cleaned, curator: dict) -> Described:
    if curator.get("outlet"):
        return _from_curator(curator, "outlet")
    for removal in cleaned.removed:
        if removal.rule == "channel-promo":
            match = PROMO_OUTLET.search(removal.text)
            if match:
                return Described(
                    match["name"], "inferred",
                    f"the site's own promo names it, line {removal.line}",
                )
    return Described(None, "missing")


def _published(cleaned, curator: dict) -> Described:
    if curator.get("published"):
        return _from_curator(curator, "published")
    for block in cleaned.blocks:
        if block.kind == "dateline":
            date = parse_date(block.text)
            if date:
                return Described(date, "page", f"dateline, line {block.lines[0]}")
    for removal in cleaned.removed:
        if removal.rule in DATED_CHROME_RULES:
            date = parse_date(removal.text)
            if date:
                return Described(date, "page", f"{removal.rule} line {removal.line}")
    match = URL_DATE.search(curator.get("url") or "")
    if match:
        try:
            date = datetime.date(*(int(part) for part in match.groups()))
            return Described(date, "inferred", "the page address carries /YYYY/MM/DD/")
        except ValueError:
            pass
    return Described(None, "missing")
