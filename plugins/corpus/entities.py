"""Named entities in sentences, normalised so that spelling variants meet.

Each entity is a dict ``{"name", "type", "as_written", "key"}``:

* ``type`` is one of ``person``, ``organisation``, ``place``, ``aircraft``,
  ``weapon``, ``outlet``.
* ``name`` is the canonical form: from the general gazetteer / agency tables
  in ``claims_lexicon`` ("U.S." -> "United States", "the AFP" -> "AFP"),
  from the model families ("Antomov 124", "Antonov AN-124", "An-124" ->
  "Antonov An-124"; "IL-62M", "Ilyushin IL-62" -> "Ilyushin Il-62"; "S-300s"
  -> "S-300"), or the capitalised sequence as written with titles removed
  ("Secretary of State Mike Pompeo" -> "Mike Pompeo"), with the accented
  spelling the article uses anywhere and a lone surname replaced by the full
  name the article gives ("Mayorca" -> "Javier Mayorca").
* ``as_written`` is the text as it stands in the sentence.
* ``key`` folds case, accents, periods and doubled letters ("Vasilly
  Tonkoshkurov" and "Vasily Tonkoshkurov", "Tomás Ruíz" and "Tomas Ruiz"
  share a key); two mentions with the same key are the same name, in one
  article or across articles, without any table of names.

No table names a person, and nothing is known because one article names it:
unknown names are typed from the shape of the text (rules as data in
``claims_lexicon``):

1. model numbers: ``PREFIX-NUMBER`` tokens of a known family, with an
   optional manufacturer before them, or a manufacturer (typo-tolerant)
   followed by a bare number;
2. capitalised sequences (joined by "of", "the", "de", "von" ...), split at
   possessives and punctuation; inside each, the longest general entry
   (country, capital, region, international body, news agency) or title
   wins, and what is left is classed by its words: a place suffix
   ("Airport") makes a place, an outlet word last ("Times", "News") an
   outlet, an organisation word ("Ministry", "Authority") an organisation
   (a country before it joins it: "Ghana Ports Authority"; a person before
   "of" stays a person: "Hannah Keating of Westbridge University"), an event
   or law word last ("Marathon", "Agreement") nothing, two to four name-like
   words (or any after a title) a person unless the context says place
   ("in/at/into X", "X province", "the capital of X") or outlet ("the
   newspaper X", "X news agency"); demonyms and words before a title
   ("Venezuelan Information Minister") are dropped;
3. per article (``ArticleEntities``): a lone surname, or a one-word name
   after a title ("President Trump"), links to the one full name in the
   article that ends with it; a short form of an organisation the article
   names is that organisation ("Harlow Biotech" ... "Harlow Biotech Inc.");
   a lone word takes the type its contexts in the article give it (place
   after "in"/before "province", outlet before "news agency"/"reported" or
   shaped like a web address, person before "said"/"told"/...); a lone word
   after "in/to/from/at" within one edit of a gazetteer place or a place the
   article names (at least 7 letters, same first letter, one candidate) is
   folded to it ("landed in Caracus" -> "Caracas"); a sentence's capitalised
   first word that the article also writes in lower case ("Employees told
   ..."), other lone words, and all-capital shouting are dropped.

Everything is per token with bounded look-ups, so the work is linear.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from . import claims_lexicon as L

__all__ = ["fold", "name_key", "ArticleEntities", "extract_entities", "within_one_edit",
           "known_entities"]

# ---------------------------------------------------------------------------
# Normalisation helpers
# ---------------------------------------------------------------------------

_FOLD_CACHE: dict[str, str] = {}


def fold(text: str) -> str:
    """Lower-case, strip accents, straighten apostrophes."""
    cached = _FOLD_CACHE.get(text)
    if cached is not None:
        return cached
    decomposed = unicodedata.normalize("NFKD", text)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    result = base.replace("’", "'").replace("‘", "'").lower()
    if len(_FOLD_CACHE) < 50_000:
        _FOLD_CACHE[text] = result
    return result


_DOUBLE = re.compile(r"([a-z])\1+")
_SPACES = re.compile(r"\s+")


_KEY_CACHE: dict[str, str] = {}


def name_key(text: str) -> str:
    """Key under which spelling variants of a name meet."""
    cached = _KEY_CACHE.get(text)
    if cached is not None:
        return cached
    k = fold(text).replace(".", "")
    k = _DOUBLE.sub(r"\1", k)
    k = _SPACES.sub(" ", k).strip()
    if len(_KEY_CACHE) < 50_000:
        _KEY_CACHE[text] = k
    return k


def within_one_edit(a: str, b: str) -> bool:
    """True if a and b differ by at most one insertion, deletion or substitution."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = j = 0
    edited = False
    while i < la and j < lb:
        if a[i] == b[j]:
            i += 1
            j += 1
            continue
        if edited:
            return False
        edited = True
        if la == lb:
            i += 1
        j += 1
    return True


def _has_accents(text: str) -> int:
    return 0 if text.isascii() else sum(1 for c in text if ord(c) > 127)


# ---------------------------------------------------------------------------
# Tables built from the lexicon
# ---------------------------------------------------------------------------

# Which general table gives which type.  Order matters only for a key listed
# twice; none is.
_GENERAL_TABLES = (
    (L.COUNTRIES, "place"), (L.CAPITALS, "place"), (L.REGIONS, "place"),
    (L.INTERNATIONAL_ORGANISATIONS, "organisation"),
    (L.GOVERNMENT_BODIES, "organisation"), (L.NEWS_AGENCIES, "outlet"),
)


def known_entities() -> dict[str, tuple[str, list[str]]]:
    """canonical -> (type, variants) over every general table."""
    out: dict[str, tuple[str, list[str]]] = {}
    for table, etype in _GENERAL_TABLES:
        for canonical, variants in table.items():
            out[canonical] = (etype, list(variants))
    return out


def _build_known():
    """name key -> (canonical, type, exact); exact keys only match capitals."""
    table: dict[str, tuple[str, str, bool]] = {}
    for canonical, (etype, variants) in known_entities().items():
        for variant in [canonical, *variants]:
            key = name_key(variant)
            exact = variant in L.CASE_SENSITIVE_VARIANTS or (key in table and table[key][2])
            table[key] = (canonical, etype, exact)
    return table


_KNOWN = _build_known()
_KNOWN_MAX_WORDS = max(len(k.split()) for k in _KNOWN)
_TITLES = {t.strip() for t in L.TITLES if t.strip()}
_TITLE_MAX_WORDS = max(len(t.split()) for t in _TITLES)
# One-word gazetteer places (canonical names and variants), targets of typo
# folding: key -> canonical.
_GAZETTEER_PLACES = {k: c for k, (c, t, exact) in _KNOWN.items()
                     if t == "place" and " " not in k and not exact}
# Places that may also be part of a person's name ("Chad", "Jordan",
# "Sofia", "Washington"): countries and capitals, never regions ("Europe").
_NAME_LIKE_PLACES = frozenset(L.COUNTRIES) | frozenset(L.CAPITALS)
# Accented spellings of name parts in the general tables ("bogota" ->
# "Bogotá"); each article adds its own (ArticleEntities).
_ACCENTED: dict[str, str] = {}
for _canonical in known_entities():
    for _part in _canonical.split():
        if any(ord(c) > 127 for c in _part):
            _ACCENTED[fold(_part)] = _part

_CUES = L.ATTRIBUTION_CUES | L.TAIL_ONLY_CUES
# Particles that may stand inside a person's name ("von der"), unlike "of"/"the".
_NAME_PARTICLES = L.NAME_CONNECTORS - {"of", "the", "of the"}
_CALENDAR = {w.lower() for w in (*L.WEEKDAYS, *L.MONTHS, *L.MONTH_ABBREVIATIONS)}
_DOMAIN = re.compile(L.DOMAIN_PATTERN)

# ---------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_](?:[\w’'\-.&]*[^\W_])?")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")
_MODEL = re.compile(r"^(?P<prefix>[A-Za-z]{1,3})-(?P<num>\d{1,4})(?P<var>[A-Za-z]{0,4})$")
_POSSESSIVE = ("’s", "'s", "’", "'")
_ABBREV_WITH_PERIOD = L.NEVER_FINAL_ABBREVIATIONS | L.AMBIGUOUS_ABBREVIATIONS
_GAP_INITIAL = set(".!?:;“\"‘([—")


class _Tok:
    __slots__ = ("text", "start", "end", "possessive", "initial", "low", "cap")

    def __init__(self, text: str, start: int, end: int, possessive: bool = False,
                 initial: bool = False) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.possessive = possessive
        self.initial = initial
        self.low = text.lower()
        self.cap = text[:1].isupper()

    @property
    def all_caps(self) -> bool:
        text = self.text
        if text.isascii() and text.isalpha():  # the common case, every letter cased
            return len(text) > 1 and text.isupper()
        letters = [c for c in text if c.isalpha()]
        return len(letters) > 1 and all(c.isupper() for c in letters)

    @property
    def hyphen_adjective(self) -> bool:
        if "-" not in self.text:
            return False
        tail = self.text.rsplit("-", 1)[1]
        if not tail.islower():
            return False  # "Mar-a-Lago", "Editor-in-Chief"
        # "US-backed", "Israel-based", "Flight-tracking"
        return tail in L.ADJECTIVE_HYPHEN_TAILS or len(tail) > 3


def _tokenize(text: str) -> list[_Tok]:
    # Hot: runs once per sentence over every word, hence the local names.
    toks: list[_Tok] = []
    append = toks.append
    possessives = _POSSESSIVE[:2]  # "’s", "'s": two characters each
    length = len(text)
    prev_end = 0
    for m in _WORD.finditer(text):
        word = m.group(0)
        start, end = m.span()
        match_end = end
        possessive = len(word) > 2 and word.endswith(possessives)
        if possessive:
            word = word[:-2]
            end -= 2
        elif (end < length and text[end] == "."
              and (_INITIALS.match(word) or word.lower() in _ABBREV_WITH_PERIOD)):
            word += "."
            end += 1
        initial = not toks or not _GAP_INITIAL.isdisjoint(text[prev_end:start])
        append(_Tok(word, start, end, possessive, initial))
        prev_end = match_end if possessive else end
    return toks


def _gap_ok(text: str, a: _Tok, b: _Tok) -> bool:
    """Tokens a and b are separated only by spaces."""
    gap = text[a.end:b.start]
    return gap.strip() == "" and "\n" not in gap and len(gap) <= 3


# ---------------------------------------------------------------------------
# Raw mentions of one sentence
# ---------------------------------------------------------------------------

@dataclass
class Mention:
    name: str
    type: str | None          # None = a lone word still to be resolved
    as_written: str
    start: int
    end: int
    key: str = ""
    generic: bool = False     # named from the text, not from a general table
    tokens: int = 1
    initial: bool = False     # opens the sentence (its capital proves nothing)
    # typing evidence from the words around (see _context)
    hint: str | None = None
    strong: bool = False      # hint from a noun ("province"), not a preposition
    after_locative: bool = False
    by_shape: bool = False    # a person only because of its shape

    def as_dict(self) -> dict:
        return {"name": self.name, "type": self.type, "as_written": self.as_written,
                "key": self.key or name_key(self.name)}


def _replaced(m: Mention, **changes) -> Mention:
    """``dataclasses.replace(m, **changes)``: the same new Mention, made by
    copying the fields rather than through the generic __init__ call
    (resolution makes one per mention of every article)."""
    copy = object.__new__(Mention)
    copy.__dict__.update(m.__dict__)
    copy.__dict__.update(changes)
    return copy


def _fuzzy_manufacturer(word: str):
    low = fold(word)
    if low in L.MANUFACTURERS:
        return L.MANUFACTURERS[low]
    if len(low) >= L.TYPO_MIN_LENGTH:
        for name, value in L.MANUFACTURERS.items():
            if name[0] == low[0] and within_one_edit(name, low):
                return value
    return None


def _models(text: str, toks: list[_Tok], used: list[bool]) -> list[Mention]:
    found = []
    for i, t in enumerate(toks):
        if used[i]:
            continue
        m = _MODEL.match(t.text) if "-" in t.text else None  # the pattern needs a hyphen
        if m and m.group("prefix").lower() in L.MODEL_FAMILIES:
            prefix, maker, etype = L.MODEL_FAMILIES[m.group("prefix").lower()]
            var = m.group("var")
            if var and not (var.isupper() or var == "s" or (var[:-1].isupper() and var.endswith("s"))):
                continue
            start_i = i
            if i > 0 and not used[i - 1] and _gap_ok(text, toks[i - 1], t):
                made = _fuzzy_manufacturer(toks[i - 1].text)
                if made is not None and (maker is None or made[0] == maker):
                    maker = made[0]
                    start_i = i - 1
            name = f"{maker} {prefix}-{m.group('num')}" if maker else f"{prefix}-{m.group('num')}"
            for k in range(start_i, i + 1):
                used[k] = True
            found.append(Mention(name, etype, text[toks[start_i].start:t.end],
                                 toks[start_i].start, t.end, name_key(name)))
            continue
        if t.cap and i + 1 < len(toks) and toks[i + 1].text.isdigit() and len(toks[i + 1].text) <= 4 \
                and _gap_ok(text, t, toks[i + 1]) and not used[i + 1]:
            made = _fuzzy_manufacturer(t.text)
            if made is None:
                continue
            maker, prefix = made
            num = toks[i + 1].text
            name = f"{maker} {prefix}-{num}" if prefix else f"{maker} {num}"
            used[i] = used[i + 1] = True
            found.append(Mention(name, L.MANUFACTURER_TYPE, text[t.start:toks[i + 1].end],
                                 t.start, toks[i + 1].end, name_key(name)))
    return found


def _runs(text: str, toks: list[_Tok], used: list[bool]) -> list[list[int]]:
    runs: list[list[int]] = []
    current: list[int] = []

    def close():
        nonlocal current
        while current and toks[current[-1]].low in L.NAME_CONNECTORS:
            current.pop()
        if current:
            runs.append(current)
        current = []

    n = len(toks)
    for i, t in enumerate(toks):
        if used[i] or ("-" in t.text and t.hyphen_adjective) or t.low in _CALENDAR or t.text == "I":
            close()
            continue
        if current and not _gap_ok(text, toks[current[-1]], t):
            close()
        if t.cap:
            current.append(i)
        elif current and t.low in L.NAME_CONNECTORS:
            # a connector joins only if a capitalised word follows
            j = i + 1
            while j < n and toks[j].low in L.NAME_CONNECTORS and not toks[j].cap:
                j += 1
            if j < n and toks[j].cap and not used[j]:
                current.append(i)
            else:
                close()
        else:
            close()
        if t.possessive:
            close()
    close()
    return runs


def _known_at(text: str, toks: list[_Tok], run: list[int], p: int):
    """Longest general entry starting at run position p -> (length, canonical, type)."""
    for size in range(min(_KNOWN_MAX_WORDS, len(run) - p), 0, -1):
        first, last = toks[run[p]], toks[run[p + size - 1]]
        if last.low in L.NAME_CONNECTORS:
            continue
        if first.low in L.NAME_CONNECTORS and first.low != "the":
            continue
        written = text[first.start:last.end]
        entry = _KNOWN.get(name_key(written))
        if entry is None:
            continue
        canonical, etype, exact = entry
        if exact and not written.replace(".", "").isupper():
            continue
        return size, canonical, etype
    return None


def _title_at(toks: list[_Tok], run: list[int], p: int) -> int:
    longest = min(_TITLE_MAX_WORDS, len(run) - p)
    lows = [toks[run[k]].low.rstrip(".") for k in range(p, p + longest)]
    for size in range(longest, 0, -1):
        if " ".join(lows[:size]) in _TITLES:
            return size
    return 0


def _is_demonym(low: str) -> bool:
    # "Russian" and "Russians"
    return low in L.DEMONYMS or (low.endswith("s") and low[:-1] in L.DEMONYMS)


def _name_like(t: _Tok) -> bool:
    if not t.cap or t.all_caps:
        return False
    low = fold(t.text)
    if _is_demonym(low) or low in L.STOP_CAPS or low in L.ORG_WORDS or low in L.PLACE_SUFFIXES:
        return False
    return t.text.isalpha() or all(c.isalpha() or c in "-'’." for c in t.text)


def _restore_accents(words: list[str], spellings: dict[str, str] = _ACCENTED) -> str:
    return " ".join(spellings.get(fold(w), w) for w in words)


# -- context of a name ---------------------------------------------------------

def _before(toks: list[_Tok], i: int, skip_the: bool = True) -> _Tok | None:
    """The token before index i, looking past one "the"."""
    j = i - 1
    if skip_the and j >= 0 and toks[j].low == "the":
        j -= 1
    return toks[j] if j >= 0 else None


def _noun_after(text: str, toks: list[_Tok], last: int) -> str | None:
    """Type given by a lower-case noun right after the name ("X province")."""
    if last + 1 >= len(toks) or toks[last].possessive:
        return None
    nxt = toks[last + 1]
    if nxt.cap or not _gap_ok(text, toks[last], nxt):
        return None
    if nxt.low in L.OUTLET_NOUNS:
        return "outlet"
    if nxt.low == "news" and last + 2 < len(toks) and toks[last + 2].low in L.NEWS_HEADS:
        return "outlet"
    if nxt.low in L.PLACE_NOUNS_AFTER:
        return "place"
    return None


def _noun_before(toks: list[_Tok], first: int) -> str | None:
    """Type given by a noun before the name ("the newspaper X", "the capital of X")."""
    before = _before(toks, first)
    if before is not None and not before.cap and before.low in L.OUTLET_NOUNS:
        return "outlet"
    if first > 0 and toks[first - 1].low == "of":
        head = _before(toks, first - 1)
        # a capital only because it opens the sentence ("Residents of X")
        if head is not None and (not head.cap or head.initial) and head.low in L.PLACE_HEAD_NOUNS:
            return "place"
    return None


def _after_locative(text: str, toks: list[_Tok], first: int, last: int, lone: bool) -> bool:
    """Right after "in/at/into ..." ("to/from" only for one word, not after "according")."""
    if first == 0 or toks[last].possessive:
        return False
    prep = toks[first - 1]
    if prep.low not in L.LOCATIVE_PREPOSITIONS or not _gap_ok(text, prep, toks[first]):
        return False
    if prep.low in L.WEAK_LOCATIVES:
        if not lone:
            return False
        if first > 1 and toks[first - 2].low in L.NOT_LOCATIVE_BEFORE:
            return False
    return True


def _context(text: str, toks: list[_Tok], first: int, last: int, lone: bool):
    """(hint type, strong, after locative) for the name spanning tokens first..last."""
    noun = _noun_after(text, toks, last) or _noun_before(toks, first)
    if noun is not None:
        return noun, True, False
    if _after_locative(text, toks, first, last, lone):
        return "place", False, True
    if lone and last + 1 < len(toks) and not toks[last].possessive:
        nxt = toks[last + 1]
        if nxt.low in _CUES and _gap_ok(text, toks[last], nxt):
            return ("outlet" if nxt.low in L.OUTLET_CUES else "person"), False, False
    return None, False, False


# -- one segment of a capitalised run --------------------------------------------

_COMMON_NOUNS = (L.SOURCE_NOUNS | frozenset(L.UNITS) | L.PLACE_HEAD_NOUNS) - L.ORG_WORDS


def _strip_segment(toks: list[_Tok], seg: list[int]) -> list[int]:
    seg = list(seg)
    # "Residents of X ...": a common noun capitalised only because it opens
    # the sentence, before "of", is not part of the name
    if (len(seg) > 2 and toks[seg[0]].initial and fold(toks[seg[0]].text) in _COMMON_NOUNS
            and toks[seg[1]].low in L.NAME_CONNECTORS):
        seg.pop(0)
    while seg and (toks[seg[0]].low in L.NAME_CONNECTORS or fold(toks[seg[0]].text) in L.STOP_CAPS):
        seg.pop(0)
    while seg and toks[seg[-1]].low in L.NAME_CONNECTORS:
        seg.pop()
    return seg


def _low(t: _Tok) -> str:
    return fold(t.text).rstrip(".")   # "Inc." -> "inc"


def _mention(text: str, toks: list[_Tok], ks: list[int], etype: str, **kw) -> Mention:
    ws = [toks[k] for k in ks]
    name = _restore_accents([w.text for w in ws])
    return Mention(name, etype, text[ws[0].start:ws[-1].end], ws[0].start, ws[-1].end,
                   name_key(name), generic=True, tokens=len(ws), **kw)


def _person_shaped(toks: list[_Tok], seg: list[int], after_title: bool) -> bool:
    """Two to four name-like words (one will do after a title), name particles allowed
    inside ("Ursula von der Leyen")."""
    words = [toks[k] for k in seg]
    if not all(w.cap or w.low in _NAME_PARTICLES for w in words):
        return False
    parts = [w for w in words if w.cap]
    return all(_name_like(w) for w in parts) and (1 if after_title else 2) <= len(parts) <= 4


def _split_at_of(toks: list[_Tok], seg: list[int]) -> tuple[list[int], list[int]] | None:
    """(left, right) around the last "of" of a segment, connectors trimmed, or None."""
    cuts = [i for i, k in enumerate(seg) if toks[k].low == "of"]
    if not cuts:
        return None
    left, right = seg[:cuts[-1]], seg[cuts[-1] + 1:]
    while left and toks[left[-1]].low in L.NAME_CONNECTORS:
        left = left[:-1]
    while right and toks[right[0]].low in L.NAME_CONNECTORS:
        right = right[1:]
    return (left, right) if left and right else None


def _organisation(text: str, toks: list[_Tok], seg: list[int], after_title: bool) -> list[Mention]:
    """ "Integration of the Venezuelan Army" -> "Venezuelan Army"; "[Prof] Hannah Keating
    of Westbridge University" -> the person and the organisation."""
    split = _split_at_of(toks, seg)
    if split is not None:
        left, right = split
        if (any(_low(toks[k]) in L.ORG_WORDS for k in right)
                and not any(_low(toks[k]) in L.ORG_WORDS for k in left)):
            org = _mention(text, toks, right, "organisation")
            if _person_shaped(toks, left, after_title):
                return [_mention(text, toks, left, "person"), org]
            return [org]
    return [_mention(text, toks, seg, "organisation")]


def _person(text: str, toks: list[_Tok], seg: list[int], after_title: bool) -> list[Mention]:
    """A person-shaped segment: a person unless the context makes it a place or outlet;
    "Josiah Pike of Wickham" is a person and a place."""
    split = _split_at_of(toks, seg)
    if split is not None:
        left, right = split
        if _person_shaped(toks, left, after_title) and _person_shaped(toks, right, True):
            return [_mention(text, toks, left, "person"), _mention(text, toks, right, "place")]
        return []
    if not _person_shaped(toks, seg, after_title):
        return []
    if after_title:
        return [_mention(text, toks, seg, "person")]
    hint, strong, _loc = _context(text, toks, seg[0], seg[-1], lone=False)
    if hint in ("place", "outlet"):
        return [_mention(text, toks, seg, hint, hint=hint, strong=strong)]
    return [_mention(text, toks, seg, "person", by_shape=True)]


def _lone(text: str, toks: list[_Tok], k: int) -> Mention | None:
    """A one-word name with no type yet; resolved with the whole article in view."""
    w = toks[k]
    low = fold(w.text)
    if _DOMAIN.match(w.text):
        return Mention(w.text, "outlet", w.text, w.start, w.end, name_key(w.text), generic=True)
    if w.all_caps and len(w.text) > 1:
        return None  # an unknown acronym or shouting
    if _is_demonym(low):
        return None
    if w.initial and low in _COMMON_NOUNS:
        return None  # a common noun opening the sentence ("Officials said", "Protesters ...")
    hint, strong, after_locative = _context(text, toks, k, k, lone=True)
    return Mention(w.text, None, w.text, w.start, w.end, name_key(w.text), generic=True,
                   initial=w.initial, hint=hint, strong=strong, after_locative=after_locative)


def _classify_segment(text: str, toks: list[_Tok], seg: list[int], prev_kind: str | None,
                      next_kind: str | None) -> list[Mention]:
    started_with_connector = toks[seg[0]].low in L.NAME_CONNECTORS
    seg = _strip_segment(toks, seg)
    if not seg:
        return []
    lows = [_low(toks[k]) for k in seg]
    has_org = any(w in L.ORG_WORDS for w in lows)
    has_outlet = len(seg) >= 2 and lows[-1] in L.OUTLET_WORDS
    if next_kind == "title" and not (has_org or has_outlet):
        return []  # "Venezuelan Information [Minister]": part of the title
    if prev_kind == "title" and started_with_connector and lows[-1] not in L.ORG_WORDS:
        return []  # "Director [of International Affairs]": the title's complement
    if len(seg) >= 2 and lows[-1] in L.PLACE_SUFFIXES:
        return [_mention(text, toks, seg, "place")]
    if has_outlet:
        return [_mention(text, toks, seg, "outlet")]
    if has_org:
        return _organisation(text, toks, seg, prev_kind == "title")
    if len(seg) >= 2 and lows[-1] in L.OTHER_NAME_WORDS:
        return []  # an event, law or prize ("Chicago Marathon", "Paris Agreement")
    if len(seg) >= 2 and all(toks[k].all_caps for k in seg):
        return []  # shouting ("LET YOUR PEOPLE GO")
    if len(seg) == 1 and prev_kind != "title":
        lone = _lone(text, toks, seg[0])
        return [lone] if lone is not None else []
    return _person(text, toks, seg, prev_kind == "title")


# -- one capitalised run -------------------------------------------------------

def _items(text: str, toks: list[_Tok], run: list[int]) -> list[list]:
    """[kind, p, size, payload] over the run: general entries, titles, words."""
    items: list[list] = []
    p = 0
    while p < len(run):
        known = _known_at(text, toks, run, p)
        title = _title_at(toks, run, p)
        if known and known[0] >= title:
            items.append(["known", p, known[0], known])
            p += known[0]
        elif title:
            items.append(["title", p, title, None])
            p += title
        else:
            items.append(["word", p, 1, None])
            p += 1
    return _merge_words(items)


def _merge_words(items: list[list]) -> list[list]:
    merged: list[list] = []
    for item in items:
        if item[0] == "word" and merged and merged[-1][0] == "word":
            merged[-1] = ["word", merged[-1][1], merged[-1][2] + item[2], None]
        else:
            merged.append(item)
    return merged


def _part_of_longer_name(toks: list[_Tok], run: list[int], items: list[list], i: int) -> bool:
    """Should the general entry items[i] be read as part of the words next to it?

    * a country/body before organisation words is part of the organisation
      ("Ghana Ports Authority", "U.S. Air Force", "UN Security Council",
      "Tehran Times");
    * organisation words + "of" before it: "Bank of England";
    * a one-word place next to given-name-like words, with no title after,
      is part of a person's name ("Michael Jordan", "Chad Smith").
    """
    def words_of(item):
        return [toks[run[k]] for k in range(item[1], item[1] + item[2])]

    prev = items[i - 1] if i > 0 and items[i - 1][0] == "word" else None
    nxt = items[i + 1] if i + 1 < len(items) and items[i + 1][0] == "word" else None
    if nxt is not None:
        lows = [fold(w.text) for w in words_of(nxt)]
        if any(w in L.ORG_WORDS for w in lows) or lows[-1] in L.OUTLET_WORDS:
            return True
    if prev is not None:
        ws = words_of(prev)
        if ws[-1].low in L.NAME_CONNECTORS and any(fold(w.text) in L.ORG_WORDS for w in ws):
            return True
    size, canonical, _etype = items[i][3]
    token = toks[run[items[i][1]]]
    if canonical not in _NAME_LIKE_PLACES or size != 1 or token.all_caps:
        return False
    for side, after in ((prev, i + 1), (nxt, i + 2)):
        if side is None or side[2] + 1 > 4:
            continue
        title_after = after < len(items) and items[after][0] == "title"
        if not title_after and all(_name_like(w) for w in words_of(side)):
            return True
    return False


def _run_mentions(text: str, toks: list[_Tok], run: list[int]) -> list[Mention]:
    items = _items(text, toks, run)
    # right to left, so that joins cascade ("Malawi Red Cross Society")
    for i in range(len(items) - 1, -1, -1):
        if items[i][0] == "known" and _part_of_longer_name(toks, run, items, i):
            items[i][0], items[i][3] = "word", None
    items = _merge_words(items)
    out = []
    for idx, (kind, p0, size, payload) in enumerate(items):
        if kind == "known":
            _, canonical, etype = payload
            first, last = toks[run[p0]], toks[run[p0 + size - 1]]
            written_first = first
            if first.low == "the" and fold(canonical).split()[0] != "the" and size > 1:
                written_first = toks[run[p0 + 1]]
            out.append(Mention(canonical, etype, text[written_first.start:last.end],
                               written_first.start, last.end, name_key(canonical), tokens=size))
        elif kind == "word":
            prev_kind = items[idx - 1][0] if idx > 0 else None
            next_kind = items[idx + 1][0] if idx + 1 < len(items) else None
            out.extend(_classify_segment(text, toks, run[p0:p0 + size], prev_kind, next_kind))
    return out


def _place_run(text: str, toks: list[_Tok], run: list[int]) -> Mention | None:
    """A whole run ending in a place word is one place ("Captain Manuel Rios Airbase")."""
    if len(run) < 2:
        return None
    lows = [fold(toks[k].text) for k in run]
    if lows[-1] not in L.PLACE_SUFFIXES:
        return None
    if any(p + _title_at(toks, run, p) == len(run) for p in range(len(run)) if _title_at(toks, run, p)):
        return None  # ends in a title ("... Chief")
    first = 0
    while first < len(run) - 1 and (lows[first] in L.STOP_CAPS or lows[first] in L.NAME_CONNECTORS):
        first += 1
    whole = text[toks[run[first]].start:toks[run[-1]].end]
    if _KNOWN.get(name_key(whole)) is not None or len(run) - first < 2:
        return None
    words = [toks[k].text for k in run[first:]]
    name = _restore_accents(words)
    return Mention(name, "place", whole, toks[run[first]].start, toks[run[-1]].end,
                   name_key(name), generic=True, tokens=len(words))


def _sentence_mentions(text: str) -> list[Mention]:
    toks = _tokenize(text)
    used = [False] * len(toks)
    mentions = _models(text, toks, used)
    for run in _runs(text, toks, used):
        whole = _place_run(text, toks, run)
        if whole is not None:
            mentions.append(whole)
        else:
            mentions.extend(_run_mentions(text, toks, run))
    mentions.sort(key=lambda m: m.start)
    return mentions


# ---------------------------------------------------------------------------
# Article-level resolution
# ---------------------------------------------------------------------------

def _surname_key(name: str) -> str:
    return name_key(name.split()[-1])


class _PlaceIndex:
    """One-word places found by one-edit neighbours in time independent of their number.

    Every key is filed under itself and each of its one-letter deletions; two
    words within one edit share one of those ("symmetric delete"), so a
    look-up costs one probe per letter of the word.
    """

    def __init__(self) -> None:
        self._by_variant: dict[str, set[tuple[str, str]]] = {}
        self.keys: set[str] = set()

    @staticmethod
    def _variants(key: str) -> set[str]:
        return {key} | {key[:i] + key[i + 1:] for i in range(len(key))}

    def add(self, key: str, name: str) -> None:
        self.keys.add(key)
        for variant in self._variants(key):
            self._by_variant.setdefault(variant, set()).add((key, name))

    def near(self, key: str) -> set[str]:
        """Names of places within one edit of ``key`` with the same first letter."""
        found = set()
        for variant in self._variants(key):
            for place_key, name in self._by_variant.get(variant, ()):
                if place_key[:1] == key[:1] and within_one_edit(place_key, key):
                    found.add(name)
        return found


_GAZETTEER_INDEX = _PlaceIndex()
for _key, _name in _GAZETTEER_PLACES.items():
    _GAZETTEER_INDEX.add(_key, _name)


class _Evidence:
    """What one article says about its names, gathered in one pass."""

    def __init__(self, sentences: list[list[Mention]], lower_words: set[str]) -> None:
        self.lower_words = lower_words                     # words written in lower case
        self.spellings: dict[str, str] = dict(_ACCENTED)   # folded word -> accented spelling
        self.full_names: dict[str, dict[str, str]] = {}    # surname key -> {full key: name}
        self.typed: dict[str, tuple[str, str]] = {}        # one-word key -> (name, type)
        self.context_type: dict[str, str] = {}             # key -> type given by context
        self.short_forms: dict[str, str] = {}              # "harlow biotech" -> organisation
        self.votes: dict[str, dict[str, list[int]]] = {}   # lone key -> type -> [strong, weak, -order]
        # typo targets besides the gazetteer: one-word places the article
        # names with more than a bare preposition as evidence
        self.places = _PlaceIndex()
        order = 0
        for mentions in sentences:
            for m in mentions:
                order += 1
                self._add(m, order)

    def _add(self, m: Mention, order: int) -> None:
        for word in m.name.split():
            folded = fold(word)
            if _has_accents(word) > _has_accents(self.spellings.get(folded, "")):
                self.spellings[folded] = word
        if m.type is None:
            if m.hint is not None:
                vote = self.votes.setdefault(m.key, {}).setdefault(m.hint, [0, 0, -order])
                vote[0 if m.strong else 1] += 1
                if m.hint == "place" and m.strong:
                    self.places.add(m.key, m.name)
            return
        if m.type == "person" and " " in m.name:
            self.full_names.setdefault(_surname_key(m.name), {}).setdefault(m.key, m.name)
        if m.generic and " " not in m.name:
            self.typed.setdefault(m.key, (m.name, m.type))
        if m.generic and not m.by_shape:
            self.context_type.setdefault(m.key, m.type)
        if m.type in ("organisation", "outlet"):
            # "Harlow Biotech" is the "Harlow Biotech Inc." the article names
            words = m.key.split()
            for n in range(2, len(words)):
                self.short_forms.setdefault(" ".join(words[:n]), m.type)
        if m.type == "place" and " " not in m.name:
            self.places.add(m.key, m.name)

    def full_name(self, key: str) -> str | None:
        found = self.full_names.get(key)
        return next(iter(found.values())) if found and len(found) == 1 else None

    def vote(self, key: str) -> str | None:
        votes = self.votes.get(key)
        if not votes:
            return None
        return max(votes.items(), key=lambda kv: kv[1])[0]

    def fold_target(self, key: str) -> str | None:
        """The one place (gazetteer or article) a mistyped ``key`` stands for, or None."""
        if key in self.places.keys or key in _GAZETTEER_PLACES:
            return None
        found = _GAZETTEER_INDEX.near(key) | self.places.near(key)
        return next(iter(found)) if len(found) == 1 else None

    def strong_hint(self, key: str) -> bool:
        return any(v[0] for v in self.votes.get(key, {}).values())

    def respell(self, name: str) -> str:
        return " ".join(self.spellings.get(fold(w), w) for w in name.split())


def _resolve_lone(m: Mention, ev: _Evidence) -> Mention | None:
    """Type a lone word (see module docstring, step 3), or None to drop it."""
    full = ev.full_name(m.key)
    if full is not None:
        return _replaced(m, name=full, type="person", key=name_key(full))
    if m.key in ev.typed:
        name, etype = ev.typed[m.key]
        return _replaced(m, name=name, type=etype)
    if m.after_locative and len(m.key) >= L.TYPO_MIN_LENGTH and not ev.strong_hint(m.key):
        target = ev.fold_target(m.key)
        if target is not None:
            return _replaced(m, name=target, type="place", key=name_key(target))
    if m.initial and m.name.lower() in ev.lower_words:
        return None  # "Employees told us": the article also writes it in lower case
    etype = ev.vote(m.key)
    if etype is not None:
        return _replaced(m, type=etype)
    return None


def _resolve_typed(m: Mention, ev: _Evidence) -> Mention:
    if not m.generic:
        return m
    if m.type == "person" and " " not in m.name:
        full = ev.full_name(m.key)   # "President Trump" -> "Donald Trump"
        if full is not None:
            return _replaced(m, name=full, key=name_key(full))
    if m.by_shape and ev.context_type.get(m.key, "person") != "person":
        return _replaced(m, type=ev.context_type[m.key], by_shape=False)
    if m.by_shape and m.key in ev.short_forms:
        return _replaced(m, type=ev.short_forms[m.key], by_shape=False)
    return m


class ArticleEntities:
    """Collects the sentences of one article, then resolves names across them.

    >>> art = ArticleEntities()
    >>> a = art.add("According to Javier Mayorca, planes landed.")
    >>> b = art.add("Mayorca tweeted about it.")
    >>> [e["name"] for e in art.entities(b)]
    ['Javier Mayorca']
    """

    def __init__(self) -> None:
        self._raw: list[list[Mention]] = []
        self._lower_words: set[str] = set()
        self._resolved: list[list[Mention]] | None = None

    def add(self, sentence: str) -> int:
        self._raw.append(_sentence_mentions(sentence))
        self._lower_words.update(filter(str.islower, _WORD.findall(sentence)))
        self._resolved = None
        return len(self._raw) - 1

    def _resolve(self) -> list[list[Mention]]:
        ev = _Evidence(self._raw, self._lower_words)
        resolved: list[list[Mention]] = []
        for mentions in self._raw:
            out = []
            for m in mentions:
                m = _resolve_typed(m, ev) if m.type is not None else _resolve_lone(m, ev)
                if m is not None:
                    out.append(m)
            resolved.append(out)
        # One spelling per key in the article: the most accented one it uses,
        # else the first ("Pablo Perez" ... "Pablo Pérez").
        preferred: dict[str, str] = {}
        for out in resolved:
            for m in out:
                if m.generic:
                    name = ev.respell(m.name)
                    current = preferred.get(m.key)
                    if current is None or _has_accents(name) > _has_accents(current):
                        preferred[m.key] = name
        return [[_replaced(m, name=preferred[m.key]) if m.generic else m for m in out]
                for out in resolved]

    def mentions(self, index: int) -> list[Mention]:
        """Resolved mentions (with spans) of sentence ``index``."""
        if self._resolved is None:
            self._resolved = self._resolve()
        return self._resolved[index]

    def entities(self, index: int) -> list[dict]:
        """Resolved entities of sentence ``index`` as dicts, one per name and type."""
        seen = set()
        out = []
        for m in self.mentions(index):
            ident = (m.name, m.type)
            if ident in seen:
                continue
            seen.add(ident)
            out.append(m.as_dict())
        return out


def extract_entities(sentence: str, context: list[str] | None = None) -> list[dict]:
    """Entities of one sentence; ``context`` = other sentences of the same article."""
    art = ArticleEntities()
    for other in context or []:
        art.add(other)
    index = art.add(sentence)
    return art.entities(index)
