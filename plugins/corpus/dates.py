"""Date phrases in a sentence, resolved against the publication date.

``find_dates(text, published)`` returns, in text order, one dict per phrase::

    {"phrase": "late Tuesday", "date": "2019-03-26", "granularity": "day",
     "resolved": True}

* ``phrase`` is the text as written, including a leading preposition or
  modifier ("on Saturday", "late Tuesday", "in February", "over the weekend").
* ``granularity`` is one of ``day``, ``weekend``, ``week``, ``month``, ``year``.
  ``date`` is ISO 8601 at that precision: ``2019-03-26`` for a day,
  ``2019-03`` for a month, ``2019`` for a year.  A *weekend* is given as the
  date of its Saturday and a *week* as the date of its Monday.
* Rules (see also ``claims_lexicon``):
  - a weekday alone is the most recent such day on or before ``published``
    ("last Monday" on a Monday is the week before, "next Monday" is after);
  - a month-day without a year takes the publication year, or the
    neighbouring year if that lands more than ~6 months from publication;
  - a month without a year is resolved the same way;
  - "today"/"this afternoon"/"tonight" are the publication day, "yesterday"
    and "last night" the day before, unless a bracketed date follows
    ("This Afternoon [March 23rd]"), which wins;
  - anything with an explicit year resolves without ``published``; anything
    else is unresolved (``date`` None, ``resolved`` False) when
    ``published`` is None.

Only the standard library is used; every pattern is a plain regular
expression without nested repetition, so scanning is linear in the text.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

from . import claims_lexicon as L
from .clean import first_char_lookahead

__all__ = ["find_dates", "scan_dates", "find_date_spans", "DateMention", "as_date",
           "word_alternation"]


def word_alternation(words, ignorecase: bool = False) -> str:
    """A regex alternation of ``words``, longer words tried first, as a trie.

    It matches what ``"|".join(sorted(words, key=len, reverse=True))`` (with
    each word escaped) matches, trying the words that fit at a position in
    the same order, longest first (the only words that can both fit are a
    word and its prefixes); but the engine tests one character per step
    instead of every word in turn, several times faster on long lists.
    Under IGNORECASE two different characters could both fit the same text,
    so there the words must be lower-case ASCII.
    """
    words = list(words)
    if ignorecase and not all(w.isascii() and w == w.lower() for w in words):
        raise ValueError("case-insensitive word alternations need lower-case ASCII words")
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _trie_regex(trie)


def _trie_regex(node: dict) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        branches.append("")  # ending here comes last: longer words first
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_alt = word_alternation


_WD = _alt(L.WEEKDAYS)
_MON_FULL = _alt(L.MONTHS)
_MON_ANY = _alt(list(L.MONTHS) + list(L.MONTH_ABBREVIATIONS))
_YEAR = r"(?:1[6-9]|20)\d\d"

# Optional leading preposition / modifier kept in the phrase.
_PRE_DAY = r"(?:(?P<pre>(?i:on|since|by|until|till|from|before|after|through|late|early|last|this|next|mid))\s+)?"
_PRE_MONTH = r"(?P<pre>(?i:in|since|by|until|till|from|during|through|early|late|mid-?|last|this|next|earlier\s+in|later\s+in))\s+"
_PRE_YEAR = r"(?:(?P<pre>(?i:in|since|by|until|till|from|during|through|circa|early|late|mid-?|before|after))\s+)?"

_PATTERNS = [
    # "Friday, March 22", "March 23rd", "July 2, 2013", "on March 22nd"
    ("month_day", re.compile(
        _PRE_DAY
        + r"(?:(?P<wd>" + _WD + r"),?\s+)?"
        + r"(?P<mon>" + _MON_ANY + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?![\w:/])"
        + r"(?:,?\s+(?P<yr>" + _YEAR + r")(?![\d,]))?")),
    # "23 March", "the 23rd of March 2019", "Sunday, 24 March"
    ("day_month", re.compile(
        _PRE_DAY
        + r"(?:(?P<wd>" + _WD + r"),?\s+)?(?:the\s+)?"
        + r"(?<![\d,.])(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>" + _MON_ANY + r")\b(?!-)\.?"
        + r"(?:,?\s+(?P<yr>" + _YEAR + r")(?![\d,]))?")),
    # "March 2019", "in January 2019"
    ("month_year", re.compile(
        r"(?:(?P<pre>(?i:in|since|by|until|from|during|early|late|mid-?))\s+)?"
        r"(?P<mon>" + _MON_ANY + r")\.?\s+(?P<yr>" + _YEAR + r")(?![\d,])")),
    # "This Afternoon [March 23rd]", "yesterday", "last night"
    ("relative_day", re.compile(
        r"(?P<rel>(?i:today|yesterday|tonight|this\s+morning|this\s+afternoon|this\s+evening|last\s+night))\b"
        r"(?:\s*\[(?P<bracket>[^\]\n]{1,40})\])?")),
    # "over the weekend", "this weekend"
    ("weekend", re.compile(
        r"(?:(?P<pre>(?i:over|during|at|on|for|throughout))\s+)?(?P<det>(?i:the|this|last|next|that))\s+(?i:weekend)\b")),
    # "last week"
    ("week", re.compile(r"(?:(?P<pre>(?i:earlier|later))\s+)?(?P<det>(?i:last|this|next|that))\s+(?i:week)\b")),
    # "on Saturday", "late Tuesday", "Monday afternoon", "by Monday evening"
    ("weekday", re.compile(
        _PRE_DAY + r"(?P<wd>" + _WD + r")\b(?:\s+(?P<pod>(?i:morning|afternoon|evening|night)))?")),
    # "in February", "since March"
    ("month", re.compile(_PRE_MONTH + r"(?P<mon>" + _MON_FULL + r")\b")),
    # "earlier this year", "last year"
    ("relative_year", re.compile(
        r"(?:(?P<pre>(?i:earlier|later|early|late))\s+)?(?P<det>(?i:this|last|next))\s+(?i:year)\b")),
    # "in 2015", "circa 2014", "a 2001 agreement"
    ("year", re.compile(
        _PRE_YEAR + r"(?<![\w$€£,.\-/])(?P<yr>" + _YEAR + r")(?![\w,%+/]|\.\d|-\d)")),
]


class _AnyWord:
    """A case-insensitive search for any of some lower-case ASCII words.

    In ASCII text, IGNORECASE compares exactly what ``lower()`` gives, so
    there it is a substring test on the lower-cased text: much cheaper than
    a regex alternation, which the engine tries word by word at every
    position. Other text gets the regex.
    """

    def __init__(self, words):
        self.words = tuple(words)
        self.regex = re.compile("(?i:" + word_alternation(self.words, ignorecase=True) + ")")

    def search(self, text: str):
        """Something (not None) if a word occurs in ``text``, else None."""
        if text.isascii():
            lowered = text.lower()
            return True if any(word in lowered for word in self.words) else None
        return self.regex.search(text)


def _skipping(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` behind a test of its first character (clean.first_char_lookahead):
    the same matches, found several times faster, as the optional
    prepositions these patterns open with defeat the engine's own skipping."""
    return re.compile(first_char_lookahead(pattern.pattern) + f"(?:{pattern.pattern})", pattern.flags)


_PATTERNS_AS_WRITTEN = _PATTERNS
_PATTERNS = [(kind, _skipping(pattern)) for kind, pattern in _PATTERNS_AS_WRITTEN]

# Cheap searches that must succeed before the (slower) full pattern is tried.
_ANCHOR_MONTH = re.compile(r"\b(?:" + _MON_ANY + r")\b")
_ANCHOR_YEAR = re.compile(r"\d{4}")
_ANCHORS = {
    "month_day": _ANCHOR_MONTH,
    "day_month": _ANCHOR_MONTH,
    "month_year": (_ANCHOR_MONTH, _ANCHOR_YEAR),  # a month and a year, both
    "month": _ANCHOR_MONTH,
    "weekday": re.compile(r"\b(?:" + _WD + r")\b"),
    "relative_day": _AnyWord(("today", "yesterday", "tonight", "morning", "afternoon", "evening", "night")),
    "weekend": _AnyWord(("weekend",)),
    "week": _AnyWord(("week",)),
    "relative_year": _AnyWord(("year",)),
    "year": _ANCHOR_YEAR,
}


def _gate():
    """(every word of the case-insensitive anchors, one regex for the others)"""
    anchors = []
    for value in _ANCHORS.values():
        for anchor in value if isinstance(value, tuple) else (value,):
            if anchor not in anchors:
                anchors.append(anchor)
    words = tuple(w for a in anchors if isinstance(a, _AnyWord) for w in a.words)
    cased = "|".join(f"(?:{a.pattern})" for a in anchors if not isinstance(a, _AnyWord))
    return words, re.compile(first_char_lookahead(cased) + f"(?:{cased})")


_GATE_WORDS, _GATE_CASED = _gate()


def _may_hold_date(text: str) -> bool:
    """False only if no anchor occurs in ``text``.

    Most sentences hold no date; in ASCII text one look at the lower-cased
    text and one search answer that for all anchors at once. (Other text
    goes straight to the anchors.)
    """
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(word in lowered for word in _GATE_WORDS) or _GATE_CASED.search(text) is not None


_BRACKET_DATE = re.compile(
    r"^\s*(?:(?P<mon>" + _MON_ANY + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>" + _MON_ANY + r"))"
    r"(?:,?\s+(?P<yr>" + _YEAR + r"))?\s*$")

_MONTH_NUMBER = {**L.MONTHS, **L.MONTH_ABBREVIATIONS}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    phrase: str
    date: str | None
    granularity: str

    @property
    def resolved(self) -> bool:
        return self.date is not None

    def as_dict(self) -> dict:
        return {"phrase": self.phrase, "date": self.date,
                "granularity": self.granularity, "resolved": self.resolved}


def as_date(published) -> _dt.date | None:
    """A ``date`` from a date, datetime or ISO string; None otherwise."""
    if published is None:
        return None
    if isinstance(published, _dt.datetime):
        return published.date()
    if isinstance(published, _dt.date):
        return published
    if isinstance(published, str):
        try:
            return _dt.date.fromisoformat(published[:10])
        except ValueError:
            return None
    return None


def _safe_date(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _month_day(month: int, day: int, year: int | None, published: _dt.date | None) -> str | None:
    if year is not None:
        d = _safe_date(year, month, day)
        return d.isoformat() if d else None
    if published is None:
        return None
    best = None
    for y in (published.year, published.year - 1, published.year + 1):
        d = _safe_date(y, month, day)
        if d is None:
            continue
        distance = abs((d - published).days)
        if y == published.year and distance <= L.MONTH_DAY_MAX_DISTANCE_DAYS:
            return d.isoformat()
        if best is None or distance < best[0]:
            best = (distance, d)
    return best[1].isoformat() if best else None


def _month_only(month: int, published: _dt.date | None) -> str | None:
    if published is None:
        return None
    delta = (month - published.month)
    year = published.year
    if delta > 6:
        year -= 1
    elif delta < -6:
        year += 1
    return f"{year:04d}-{month:02d}"


def _weekday(wd: int, modifier: str, published: _dt.date | None) -> str | None:
    if published is None:
        return None
    modifier = (modifier or "").lower()
    if modifier == "next":
        ahead = (wd - published.weekday()) % 7 or 7
        return (published + _dt.timedelta(days=ahead)).isoformat()
    back = (published.weekday() - wd) % 7
    if modifier == "last" and back == 0:
        back = 7
    return (published - _dt.timedelta(days=back)).isoformat()


def _weekend(det: str, published: _dt.date | None) -> str | None:
    if published is None:
        return None
    # Saturday of the weekend containing or most recently before publication.
    saturday = published - _dt.timedelta(days=(published.weekday() - 5) % 7)
    if det.lower() == "next":
        saturday += _dt.timedelta(days=7)
    return saturday.isoformat()


def _week(det: str, published: _dt.date | None) -> str | None:
    if published is None:
        return None
    monday = published - _dt.timedelta(days=published.weekday())
    det = det.lower()
    if det == "last":
        monday -= _dt.timedelta(days=7)
    elif det == "next":
        monday += _dt.timedelta(days=7)
    return monday.isoformat()


def _resolve(kind: str, m: re.Match, published: _dt.date | None) -> tuple[str | None, str] | None:
    """(ISO date or None, granularity), or None if the match is not a date."""
    g = m.groupdict()
    if kind in ("month_day", "day_month"):
        month = _MONTH_NUMBER[g["mon"]]
        day = int(g["day"])
        if not 1 <= day <= 31:
            return None
        year = int(g["yr"]) if g.get("yr") else None
        return _month_day(month, day, year, published), "day"
    if kind == "month_year":
        return f"{int(g['yr']):04d}-{_MONTH_NUMBER[g['mon']]:02d}", "month"
    if kind == "relative_day":
        bracket = g.get("bracket")
        if bracket:
            bm = _BRACKET_DATE.match(bracket)
            if bm:
                month = _MONTH_NUMBER[bm.group("mon") or bm.group("mon2")]
                day = int(bm.group("day") or bm.group("day2"))
                year = int(bm.group("yr")) if bm.group("yr") else None
                return _month_day(month, day, year, published), "day"
        if published is None:
            return None, "day"
        rel = " ".join(g["rel"].lower().split())
        back = 1 if rel in ("yesterday", "last night") else 0
        return (published - _dt.timedelta(days=back)).isoformat(), "day"
    if kind == "weekend":
        return _weekend(g["det"], published), "weekend"
    if kind == "week":
        return _week(g["det"], published), "week"
    if kind == "weekday":
        return _weekday(L.WEEKDAYS[g["wd"]], g.get("pre") or "", published), "day"
    if kind == "month":
        return _month_only(L.MONTHS[g["mon"]], published), "month"
    if kind == "relative_year":
        if published is None:
            return None, "year"
        shift = {"this": 0, "last": -1, "next": 1}[g["det"].lower()]
        return f"{published.year + shift:04d}", "year"
    if kind == "year":
        return f"{int(g['yr']):04d}", "year"
    return None


def _is_counted_year(text: str, end: int) -> bool:
    """True if a 4-digit 'year' is really a count ("2000 troops")."""
    rest = text[end:end + 40].lstrip()
    word = re.match(r"[A-Za-z%]+", rest)
    return bool(word) and word.group(0).lower() in L.UNITS


def _anchors_hit(anchors, text: str, known: dict[int, bool]) -> bool:
    """Do all ``anchors`` occur in ``text``? (each searched once per text, via ``known``)"""
    for anchor in anchors:
        hit = known.get(id(anchor))
        if hit is None:
            hit = known[id(anchor)] = anchor.search(text) is not None
        if not hit:
            return False
    return True


def scan_dates(text: str, published=None) -> list[DateMention]:
    """All date mentions in ``text`` with their character spans, in order."""
    if not text or not _may_hold_date(text):
        return []
    pub = as_date(published)
    found = []
    anchored: dict[int, bool] = {}
    for order, (kind, pattern) in enumerate(_PATTERNS):
        anchors = _ANCHORS[kind]
        if not _anchors_hit(anchors if isinstance(anchors, tuple) else (anchors,), text, anchored):
            continue
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            found.append((m.start(), -(m.end() - m.start()), order, kind, m))
    found.sort(key=lambda item: item[:3])
    result: list[DateMention] = []
    last_end = -1
    for start, _neg_len, _order, kind, m in found:
        if start < last_end:
            continue
        if kind == "year" and _is_counted_year(text, m.end()):
            continue
        resolved = _resolve(kind, m, pub)
        if resolved is None:
            continue
        date, granularity = resolved
        end = m.end()
        result.append(DateMention(start, end, text[start:end], date, granularity))
        last_end = end
    return result


def find_dates(text: str, published=None) -> list[dict]:
    """Date phrases in ``text`` as plain dicts (see module docstring)."""
    return [mention.as_dict() for mention in scan_dates(text, published)]


def find_date_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of date phrases (used to keep days/years out of quantities)."""
    return [(m.start, m.end) for m in scan_dates(text)]
