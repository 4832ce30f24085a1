"""Claims: the checkable statements of one article, with who made them.

Public interface::

    extract_claims(paragraphs, article_key, published=None) -> list[dict]

``paragraphs`` is a list of ``(lines, text)``: ``lines`` the 1-based raw line
numbers of a cleaned body paragraph, ``text`` its text.  ``published`` is a
``datetime.date`` (or None).  Each claim is a plain dict (JSON/YAML-safe), in
text order::

    {
      "id": "c-5f0e3c1a9b",          # sha1(article_key + normalised text)[:10]
      "text": "...",                  # the sentence exactly as in the body
      "paragraph": 3,                 # 0-based index into ``paragraphs``
      "line": 7,                      # raw line where the sentence starts
      "quantities": [...],            # see quantities.py
      "attribution": None | {
          "source": "Mayorca",        # who it is credited to, as written
          "cue": "tweeted",           # the verb / phrase ("according to")
          "source_name": "Javier Mayorca",  # canonical entity, if the source is one
          "role": None,               # "Russian Foreign Ministry spokeswoman"
          "quoting": None,            # whom the source relays ("an unnamed source ...")
          "told_to": None,            # "The Associated Press"
          "refers_to": None,          # antecedent of "the source" / "he"
          "carried": True,            # inherited from a lead-in or quote group
      },
      "hedged": True, "hedges": ["reportedly", ...],
      "entities": [...],              # see entities.py
      "dates": [...],                 # see dates.py
    }

How it works, in three passes over the article:

1. split every paragraph into sentences (abbreviations, decimals, closing
   quotes after the period and never-closed quotes handled) and track quote
   depth; a paragraph ending in ":" followed by a paragraph that opens a
   quote keeps that quote open across paragraphs until it closes;
2. per sentence: entities (with article-wide linking), dates, quantities,
   hedges, and the sentence's own attribution ("X said that ...",
   "..., X said.", "According to X, ...", "X cited Y, according to who ...",
   "..., the source said." with a simple antecedent search);
3. attribution is carried to quoted sentences without their own (from the
   tail "..., X said." of the quote, from "X said: “..." or from the previous
   "..., X said." sentence), and from a lead-in paragraph ending in ":" to
   the quoted paragraph(s) after it; then each sentence is judged a claim or
   not, and ids are assigned.

A sentence is a claim when it is not a question and it has a quantity, or it
has an entity and (its own attribution, a date or an event verb), or it has
its own attribution and an event verb.  Exclamations without a quantity,
lead-ins ending in ":" whose only merit is their attribution, and sentences
whose only merit is an inherited attribution are not claims.

All work is linear in the size of the article: each pass touches each
sentence once and every look-around is bounded.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from . import claims_lexicon as L
from .clean import first_char_lookahead
from .dates import DateMention, as_date, scan_dates, word_alternation
from .entities import ArticleEntities, Mention, fold
from .quantities import extract_quantities

__all__ = ["extract_claims", "split_sentences", "find_hedges", "claim_id",
           "find_attribution"]

# ---------------------------------------------------------------------------
# Sentence splitting
# ---------------------------------------------------------------------------

_TERMINAL = re.compile(r"[.!?]+[" + re.escape(L.CLOSERS) + r"]*")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_FIRST_WORD = re.compile(r"[A-Za-z]+")
_INITIALS = re.compile(r"^(?:[A-Za-z]\.)+[A-Za-z]$")


def _is_boundary(text: str, punct_start: int, punct: str, next_index: int) -> bool:
    nxt = text[next_index]
    if not (nxt.isupper() or nxt.isdigit() or nxt in L.OPENERS):
        return False
    if punct.rstrip(L.CLOSERS) != ".":
        return True  # "!", "?", "..." and combinations
    window = text[max(0, punct_start - 40):punct_start]
    m = _LAST_WORD.search(window)
    if not m:
        return True
    word = m.group(1)
    low = word.lower()
    if low in L.NEVER_FINAL_ABBREVIATIONS:
        return False
    if low in L.NUMBER_ABBREVIATIONS and word[:1].isupper():
        return not nxt.isdigit()
    if low in L.AMBIGUOUS_ABBREVIATIONS or _INITIALS.match(word) or (len(word) == 1 and word.isupper()):
        if nxt in L.OPENERS:
            return True
        following = _FIRST_WORD.match(text, next_index)
        return bool(following) and following.group(0).lower() in L.SENTENCE_STARTERS
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans (start, end) of the sentences of a paragraph, stripped.

    A sentence ends at ``.``/``!``/``?`` (plus any closing quotes/brackets)
    followed by white space and a capital, digit or opening quote, unless the
    period belongs to an abbreviation ("Mr.", "Gen.", "St.", "No. 5", "U.S."
    before a lower-case word or a name).  Text without final punctuation is
    one sentence.
    """
    if not text or not text.strip():
        return []
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    for m in _TERMINAL.finditer(text):
        end = m.end()
        if end >= n or not text[end].isspace():
            continue
        j = end
        while j < n and text[j].isspace():
            j += 1
        if j >= n:
            break
        if _is_boundary(text, m.start(), m.group(0), j):
            spans.append((start, end))
            start = j
    spans.append((start, n))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


# ---------------------------------------------------------------------------
# Quotes
# ---------------------------------------------------------------------------

_QUOTE_CHARS = re.compile(r"[“”«»\"]")
_OPENING = "“«"
_CLOSING = "”»"


@dataclass
class _Quotes:
    depth_start: int
    depth_end: int
    spans: list[tuple[int, int]]      # inside-quote intervals (relative)
    first_open: int | None
    last_close: int | None

    def inside(self, pos: int) -> bool:
        if not self.spans:
            return False
        k = bisect.bisect_right(self.spans, (pos, float("inf"))) - 1
        return k >= 0 and self.spans[k][0] <= pos < self.spans[k][1]


def _scan_quotes(text: str, depth: int) -> _Quotes:
    spans = []
    opened = 0 if depth else None
    first_open = last_close = None
    for m in _QUOTE_CHARS.finditer(text):
        ch, i = m.group(0), m.start()
        if ch in _OPENING or (ch == '"' and depth == 0):
            if depth == 0:
                opened = i
                if first_open is None:
                    first_open = i
            depth = 1
        else:
            if depth == 1:
                spans.append((opened, i + 1))
            last_close = i
            depth = 0
    if depth == 1:
        spans.append((opened if opened is not None else 0, len(text)))
    return _Quotes(0, depth, spans, first_open, last_close)


# ---------------------------------------------------------------------------
# Hedges
# ---------------------------------------------------------------------------

_HEDGES = [(label, re.compile(pattern, 0 if label in L.CASE_SENSITIVE_HEDGES else re.IGNORECASE))
           for label, pattern in L.HEDGES]


def _class_end(pattern: str, i: int) -> int:
    """Index after the character class opening at ``i`` ("[^]a\\]]" included)."""
    j = i + 1
    if pattern[j:j + 1] == "^":
        j += 1
    if pattern[j:j + 1] == "]":
        j += 1  # a class may start with ']'
    while pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _has_top_level_bar(pattern: str) -> bool:
    """Does ``pattern`` have a ``|`` outside any group or character class?

    A comment group ("(?#...)") counts as one, to be safe.
    """
    if "(?#" in pattern:
        return True
    depth, i = 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(pattern, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False


_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _any_of(patterns: list[re.Pattern]) -> re.Pattern:
    """One regex that matches wherever one of ``patterns`` (case-insensitive
    or not) matches.

    The patterns that open with ``\\b`` share that one test, followed by a
    test of the first character (clean.first_char_lookahead): the engine
    tries every alternative at every position, and most positions fail one
    of the two tests at once, so the alternation costs about one search,
    not one per pattern.
    """
    bounded, others = [], []
    for pattern in patterns:
        if pattern.flags & ~(re.IGNORECASE | re.UNICODE):
            raise ValueError(f"only the IGNORECASE flag can be scoped: {pattern.pattern!r}")
        if _GROUP_REFERENCE.search(pattern.pattern):
            raise ValueError(f"group numbers change inside an alternation: {pattern.pattern!r}")
        scope = "(?i:{})" if pattern.flags & re.IGNORECASE else "(?:{})"
        text = pattern.pattern
        if text.startswith("\\b") and not _has_top_level_bar(text):
            bounded.append(scope.format(text[2:]))
        else:
            others.append(scope.format(text))
    if bounded:
        alternation = "(?:" + "|".join(bounded) + ")"
        others.insert(0, "\\b" + first_char_lookahead(alternation) + alternation)
    return re.compile("|".join(others))


class _FirstMatches:
    """Where each of several patterns first matches in a text, in one scan.

    ``pattern.search`` for each pattern scans the text once per pattern. Here
    one alternation of them all (``_any_of``) finds the next position where
    any matches, and only there is each pattern tried with ``match`` (which
    sees the text before the position, as ``search`` does); so each pattern's
    first position is the one its own ``search`` gives.
    """

    def __init__(self, patterns: list[re.Pattern]):
        self.patterns = patterns
        self.any = _any_of(patterns)

    def starts(self, text: str) -> list[tuple[int, int]]:
        """(start of the first match, pattern index) for each pattern that matches."""
        found = []
        pending = range(len(self.patterns))
        pos = 0
        while pending:
            hit = self.any.search(text, pos)
            if hit is None:
                break
            at = hit.start()
            still = []
            for k in pending:
                if self.patterns[k].match(text, at):
                    found.append((at, k))
                else:
                    still.append(k)
            pending = still
            pos = at + 1
        return found


_HEDGE_STARTS = _FirstMatches([pattern for _label, pattern in _HEDGES])


def find_hedges(text: str) -> list[str]:
    """Hedge labels (``claims_lexicon.HEDGES``) found in ``text``, in text order."""
    found = sorted((at, _HEDGES[k][0]) for at, k in _HEDGE_STARTS.starts(text))
    out = []
    for _pos, label in found:
        if label not in out:
            out.append(label)
    return out


# ---------------------------------------------------------------------------
# Attribution
# ---------------------------------------------------------------------------

_CUES = (r"(according\s+to|"
         + word_alternation(L.ATTRIBUTION_CUES | L.TAIL_ONLY_CUES, ignorecase=True) + ")")
_CUE_RE = re.compile(r"\b" + first_char_lookahead(_CUES) + _CUES + r"\b", re.IGNORECASE)
_WORDS = re.compile(r"\S+")
_BOUNDARY_CHARS = ",;:()[]“”\"«»—–"
_SUBORDINATORS = frozenset({"as", "while", "because", "although", "though", "when",
                            "after", "since", "if", "but", "whereas", "that", "where",
                            "before", "until", "once", "so"})
_AUXILIARIES = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_FINITE = frozenset({"is", "are", "was", "were", "will", "would", "can", "could",
                     "should", "shall", "must", "did", "does", "do"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its",
                          "their", "his", "her", "our", "my", "your", "such", "no", "any"})
_NEEDS_THAT = L.NOUN_LIKE_CUES | {"alleged", "showed"}
_OBJECT_STOP = re.compile(
    r"\s+(?:that|as\s+saying|as\s+stating|as\s+telling|about|regarding|on\s+condition|"
    r"according\s+to|who|which|in\s+an?\s+interview)\b|\s+and\s+(?=[a-z])|\s+-\s+|[,;:“”\"«»()]")
_TEMPORAL_TAILS = [re.compile(p, re.IGNORECASE) for p in L.SOURCE_TEMPORAL_TAILS]
# Patterns used by find_attribution and _source_name, compiled once (the re module's
# cache is shared with every other module and can evict them).
_HEAD_PREPOSITION = re.compile(r"\s(?:in|at|of|from|for|with|on|near|to)\s")
_LEADING_THE = re.compile(r"^(?i:the)\s+")
_RELATIVE_PRONOUN = re.compile(r"(?i:who|whom|which)\b")
_PASSIVE_BY = re.compile(r"\s+by\s+")
_THAT_OR_QUOTE = re.compile(r"(?:that\b|[“\"«:])")
_RELAY = re.compile(r",\s*(?:quoting|citing)\s")
_INVERTED_TAIL = re.compile(r"[,”\"»]\s*(said|says|added|wrote|told)\s+([^,;:“”\"]{2,60}?)[.!?]?\s*$")
_TRAILING_PUNCT = ".,;:!?\"'”’)]»"


@dataclass
class _Attr:
    source: str
    cue: str
    cue_pos: int
    source_span: tuple[int, int] | None
    role: str | None = None
    quoting: str | None = None
    told_to: str | None = None
    source_name: str | None = None
    refers_to: str | None = None
    tail: bool = False

    def as_dict(self, carried: bool = False) -> dict:
        return {"source": self.source, "cue": self.cue, "source_name": self.source_name,
                "role": self.role, "quoting": self.quoting, "told_to": self.told_to,
                "refers_to": self.refers_to, "carried": carried}


def _word_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in _WORDS.finditer(text[start:end])]


def _clean_word(text: str, span) -> str:
    return text[span[0]:span[1]].strip(_TRAILING_PUNCT).lower()


def _in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def _trim(text: str, words: list[tuple[int, int]], date_spans, leading=True) -> list[tuple[int, int]]:
    words = list(words)
    changed = True
    while words and changed:
        changed = False
        if leading and words and _clean_word(text, words[0]) in L.SUBJECT_LEADING_STRIP:
            words.pop(0)
            changed = True
        if words and (_clean_word(text, words[-1]) in L.SUBJECT_TRAILING_STRIP
                      or _in_spans(words[-1][0], date_spans)):
            words.pop()
            changed = True
    return words


def _phrase(text: str, words) -> str:
    return text[words[0][0]:words[-1][1]].strip(" ,;:")


def _valid_subject(text: str, words) -> bool:
    if not words or len(words) > 12:
        return False
    lows = [_clean_word(text, w) for w in words]
    if len(words) == 1 and lows[0] in L.PRONOUN_SOURCES:
        return True
    if any(w in _FINITE for w in lows):
        return False
    last_raw = text[words[-1][0]:words[-1][1]].strip(_TRAILING_PUNCT)
    last = lows[-1]
    for suffix in ("’s", "'s"):
        if last.endswith(suffix):
            return False  # "Russia’s reported ..." is not a subject
    return last_raw[:1].isupper() or last in L.SOURCE_NOUNS or fold(last) in L.SOURCE_NOUNS


def _segment_before(text: str, end: int, floor: int) -> tuple[int, int]:
    """Start of the clause that ends at ``end`` (after the last boundary char)."""
    cut = floor
    for k in range(end - 1, floor - 1, -1):
        if text[k] in _BOUNDARY_CHARS:
            cut = k + 1
            break
    return cut, end


_APPOSITIVE_HEADS = L.SOURCE_NOUNS | frozenset(t for t in L.TITLES if " " not in t)


def _is_appositive(text: str, words) -> bool:
    """ "a spokesman for the Ports Authority", "the agency's director": a role, not a clause."""
    if not words or len(words) > 15:
        return False
    lows = [_clean_word(text, w) for w in words[:3]]
    return lows[0] in ("a", "an", "the") or any(fold(w) in _APPOSITIVE_HEADS for w in lows)


def _named_after_role(text: str, words, start: int, floor: int) -> str | None:
    """The role before ", <Name>," ("The minister, Tomás Ruiz, said"), or None."""
    if not words or len(words) > 4 or start - 1 <= floor or text[start - 1] != ",":
        return None
    if not all(text[a:b].strip(_TRAILING_PUNCT)[:1].isupper() for a, b in words):
        return None
    role_start, role_end = _segment_before(text, start - 1, floor)
    role_words = _word_spans(text, role_start, role_end)
    return _phrase(text, role_words) if _is_appositive(text, role_words) else None


def _subject(text: str, cue_start: int, date_spans):
    """(words, coordinated, role) of the subject before a cue at ``cue_start``.

    Hops back over what may stand between a subject and its verb: a relative
    clause ("Moscow, which backs ..., has said") or an appositive role ("Kwame
    Mensah, a spokesman for X, said"), which is returned as the role; a name
    set off after its role ("The minister, Tomás Ruiz, said") is the subject.
    """
    floor = max(0, cue_start - 400)
    seg_start, seg_end = _segment_before(text, cue_start, floor)
    role = None
    for _hop in range(3):
        words = _word_spans(text, seg_start, seg_end)
        # cut at the last subordinator ("This comes as [X] tells ...")
        for k in range(len(words) - 1, -1, -1):
            if _clean_word(text, words[k]) in _SUBORDINATORS and k < len(words) - 1:
                words = words[k + 1:]
                break
        first_word = _clean_word(text, words[0]) if words else ""
        trimmed = _trim(text, words, date_spans)
        if trimmed:
            return trimmed, False, role
        if first_word in ("and", "but", "or"):
            return [], True, None  # "..., and reportedly claimed that"
        if role is not None or seg_start - 1 <= floor or text[seg_start - 1] != ",":
            return [], False, None
        prev_start, prev_end = _segment_before(text, seg_start - 1, floor)
        prev_words = _word_spans(text, prev_start, prev_end)
        if prev_start - 1 <= floor:
            return [], False, None
        if prev_words and _clean_word(text, prev_words[0]) in ("which", "who", "whose"):
            seg_start, seg_end = _segment_before(text, prev_start - 1, floor)
            continue
        if text[prev_start - 1] == "," and _is_appositive(text, prev_words):
            role = _phrase(text, prev_words)
            seg_start, seg_end = _segment_before(text, prev_start - 1, floor)
            continue
        named = _named_after_role(text, prev_words, prev_start, floor)
        if named is not None:
            return prev_words, False, named   # "The minister, Tomás Ruiz, said"
        return [], False, None
    return [], False, None


def _object(text: str, pos: int, date_spans) -> str | None:
    """The noun phrase right after ``pos`` ("told [The Associated Press] Monday")."""
    right = text[pos:pos + 300]
    lead = len(right) - len(right.lstrip())
    body = right[lead:]
    stop = _OBJECT_STOP.search(" " + body)
    if stop:
        body = body[:max(0, stop.start() - 1)] if stop.start() > 0 else ""
    body = body.rstrip()
    while body.endswith("."):
        body = body[:-1].rstrip()
    for tail in _TEMPORAL_TAILS:
        body = tail.sub("", body)
    if not body:
        return None
    start = pos + lead
    words = _word_spans(text, start, start + len(body))
    words = _trim(text, words, date_spans, leading=False)
    if not words or len(words) > 12:
        return None
    return _phrase(text, words)


def _person_split(text: str, words, mentions: list[Mention]):
    """(source words, role) - a trailing person name is the source, what precedes is a role."""
    a, b = words[0][0], words[-1][1]
    for m in mentions:
        if m.type == "person" and m.end == b and m.start > a:
            role = text[a:m.start].strip(" ,")
            if role and len(role.split()) <= 8:
                return [(m.start, m.end)], role
    return words, None


def _source_name(text: str, span, mentions: list[Mention]) -> str | None:
    a, b = span
    phrase = text[a:b]
    head_end = b
    prep = _HEAD_PREPOSITION.search(phrase)
    if prep:
        head_end = a + prep.start()
    # a name that starts in the head may run past the preposition ("The
    # Ministry of Fisheries"); one that starts after it is a complement
    # ("an unnamed source at the Russian Embassy")
    inside = [m for m in mentions if a <= m.start < head_end and m.end <= b
              and m.type in ("person", "organisation", "outlet")]
    if len(inside) == 1:
        return inside[0].name
    whole = [m for m in mentions if m.start >= a and m.end <= b and m.type == "place"]
    if len(whole) == 1 and _LEADING_THE.sub("", phrase.strip()) == whole[0].as_written:
        return whole[0].name
    return None


def find_attribution(text: str, quotes: _Quotes | None = None, date_spans=None,
                     mentions: list[Mention] | None = None) -> _Attr | None:
    """The sentence's own attribution, or None (see module docstring)."""
    if quotes is None:
        quotes = _scan_quotes(text, 0)
    if date_spans is None:
        date_spans = [(d.start, d.end) for d in scan_dates(text)]
    mentions = mentions or []
    for m in _CUE_RE.finditer(text):
        pos = m.start()
        if quotes.inside(pos):
            continue
        cue = " ".join(m.group(1).lower().split())
        after = text[m.end():m.end() + 12].lstrip()
        if cue == "according to":
            if _RELATIVE_PRONOUN.match(after):
                continue  # "X cited Y, according to who ..." - X's cue wins
            source = _object(text, m.end(), date_spans)
            if not source:
                continue
            start = text.find(source, m.end())
            return _Attr(source, cue, pos, (start, start + len(source)),
                         source_name=_source_name(text, (start, start + len(source)), mentions))
        before_words = _word_spans(text, max(0, pos - 40), pos)
        prev_word = _clean_word(text, before_words[-1]) if before_words else ""
        prev_raw = text[before_words[-1][0]:before_words[-1][1]] if before_words else ""
        if prev_word in _DETERMINERS or prev_raw.endswith(("’s", "'s")):
            continue  # "the claims", "Russia’s reported presence"
        if cue in L.PARTICIPLE_CUES and prev_word not in _AUXILIARIES:
            continue  # "..., saying", "quoting" - handled as part of another cue
        if cue in L.TAIL_ONLY_CUES:
            # only "…,” the headline read." at the very end
            if text[m.end():].strip(_TRAILING_PUNCT + " "):
                continue
        if prev_word in _AUXILIARIES and cue not in L.PARTICIPLE_CUES:
            by = _PASSIVE_BY.match(text[m.end():m.end() + 8])
            if not by:
                continue  # passive without agent: "It was reported"
            source = _object(text, m.end() + by.end(), date_spans)
            if not source:
                continue
            start = text.find(source, m.end())
            return _Attr(source, cue + " by", pos, (start, start + len(source)),
                         source_name=_source_name(text, (start, start + len(source)), mentions))
        if cue in _NEEDS_THAT and not _THAT_OR_QUOTE.match(after):
            continue
        subject_end = pos
        if cue in L.PARTICIPLE_CUES:
            subject_end = before_words[-1][0]
        words, coordinated, role = _subject(text, subject_end, date_spans)
        if coordinated:
            first = next((x for x in mentions if x.start < pos and
                          x.type in ("person", "organisation", "outlet")), None)
            if first is None:
                continue
            words = [(first.start, first.end)]
        elif not _valid_subject(text, words):
            continue
        elif role is None:
            words, role = _person_split(text, words, mentions)
        source = _phrase(text, words)
        if not source:
            continue
        span = (words[0][0], words[-1][1])
        attr = _Attr(source, cue, pos, span, role=role,
                     source_name=_source_name(text, span, mentions))
        attr.tail = quotes.last_close is not None and quotes.last_close < pos
        if cue in L.TELLING_CUES:
            attr.told_to = _object(text, m.end(), date_spans)
        if cue in L.QUOTING_CUES:
            attr.quoting = _object(text, m.end(), date_spans)
        else:
            relay = _RELAY.search(text[m.end():])
            if relay:
                attr.quoting = _object(text, m.end() + relay.end() - 1, date_spans)
        if attr.source_name is None and words and len(words) == 1:
            for x in mentions:
                if x.start == span[0] and x.end == span[1]:
                    attr.source_name = x.name
        return attr
    # Inverted tail: "..., said Mr Smith." / "“...,” added the minister."
    tail = _INVERTED_TAIL.search(text)
    if tail and not quotes.inside(tail.start(1)):
        words = _word_spans(text, tail.start(2), tail.end(2))
        if _valid_subject(text, words):
            span = (words[0][0], words[-1][1])
            return _Attr(_phrase(text, words), tail.group(1).lower(), tail.start(1), span,
                         source_name=_source_name(text, span, mentions), tail=True)
    return None


# ---------------------------------------------------------------------------
# Claims
# ---------------------------------------------------------------------------

_WORD_LOWER = re.compile(r"[a-z]+")
_NORMALISE_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"',
                                   "‘": "'", "’": "'", "‚": "'", "‛": "'"})


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(_NORMALISE_QUOTES)
    return " ".join(text.split()).casefold()


def claim_id(article_key: str, sentence: str) -> str:
    """Stable id: "c-" + first 10 hex of sha1(article_key + normalised sentence)."""
    digest = hashlib.sha1(f"{article_key}\x1f{_normalise(sentence)}".encode("utf-8")).hexdigest()
    return "c-" + digest[:10]


@dataclass
class _Sentence:
    para: int
    index_in_para: int
    text: str
    line: int | None
    quotes: _Quotes
    carry_region: bool = False
    carry_from: int | None = None   # paragraph whose lead-in is carried
    entity_index: int = 0
    mentions: list = field(default_factory=list)
    entities: list = field(default_factory=list)
    dates: list = field(default_factory=list)
    quantities: list = field(default_factory=list)
    hedges: list = field(default_factory=list)
    attr: _Attr | None = None
    carried: _Attr | None = None


def _line_for(lines, text: str, offset: int):
    if not lines:
        return None
    if "\n" in text:
        k = text.count("\n", 0, offset)
        return lines[min(k, len(lines) - 1)]
    return lines[0]


def _normalise_lines(lines) -> tuple:
    if lines is None:
        return ()
    if isinstance(lines, int):
        return (lines,)
    try:
        return tuple(int(x) for x in lines)
    except (TypeError, ValueError):
        return ()


def _resolve_reference(phrase: str | None, g: int, sentences: list[_Sentence]) -> str | None:
    """Antecedent of "the source" / "he" when it is simple, else None."""
    if not phrase:
        return None
    words = fold(phrase).split()
    if len(words) == 2 and words[0] == "the" and words[1] in L.DEFINITE_SOURCE_NOUNS:
        noun = words[1]
        candidates = []
        for prev in reversed(sentences[max(0, g - L.ANTECEDENT_WINDOW):g]):
            attr = prev.attr
            if attr is None:
                continue
            for ph in (attr.quoting, attr.source):
                if not ph:
                    continue
                pw = fold(ph).split()
                if noun in pw and pw[0] != "the" and ph not in candidates:
                    candidates.append(ph)
        return candidates[0] if len(candidates) == 1 else None
    if len(words) == 1 and words[0] in ("he", "she"):
        for prev in reversed(sentences[max(0, g - 3):g]):
            persons = []
            for m in prev.mentions:
                if m.type == "person" and m.name not in persons:
                    persons.append(m.name)
            if persons:
                return persons[0] if len(persons) == 1 else None
    return None


def _anonymity_hedges(attr: _Attr | None) -> list[str]:
    if attr is None:
        return []
    labels = []
    for ph in (attr.source, attr.quoting, attr.refers_to):
        if not ph:
            continue
        for word in fold(ph).split():
            label = L.ANONYMOUS_SOURCE_HEDGES.get(word)
            if label and label not in labels:
                labels.append(label)
    return labels


def _is_claim(s: _Sentence, events: bool) -> bool:
    bare = s.text.rstrip(L.CLOSERS + " ")
    if bare.endswith("?"):
        return False
    if s.quantities:
        return True
    if bare.endswith("!"):
        return False
    own = s.attr is not None
    if own and bare.endswith(":") and not s.dates:
        return False  # a lead-in ("Mayorca tweeted regarding the arrival:")
    if s.entities and (own or s.dates or events):
        return True
    return own and events


def extract_claims(paragraphs, article_key, published=None) -> list[dict]:
    """Claims of one article, in text order (see module docstring)."""
    published = as_date(published)
    article_key = str(article_key)
    sentences: list[_Sentence] = []
    entities = ArticleEntities()

    # Pass 1: sentences, quote depth, lead-in carry regions.
    colon_para = None        # index of the previous paragraph if it ended with ":"
    chain_from = None        # lead-in paragraph whose quote is still open
    para_sentences: list[list[int]] = []
    for p, item in enumerate(paragraphs or []):
        try:
            lines, text = item
        except (TypeError, ValueError):
            lines, text = (), ""
        text = text if isinstance(text, str) else ""
        lines = _normalise_lines(lines)
        depth = 0
        mode = None
        source_para = None
        if chain_from is not None:
            depth, mode, source_para = 1, "quote", chain_from
        elif colon_para is not None:
            source_para = colon_para
            mode = "quote" if text.lstrip()[:1] in (_OPENING + '"') else "plain"
        in_region = mode is not None
        ids = []
        for k, (a, b) in enumerate(split_sentences(text)):
            sentence_text = text[a:b]
            quotes = _scan_quotes(sentence_text, depth)
            quotes.depth_start = depth
            depth = quotes.depth_end
            region = False
            if mode == "plain":
                region = True
            elif mode == "quote" and in_region:
                region = True
                if quotes.depth_end == 0:
                    in_region = False
            s = _Sentence(p, k, sentence_text, _line_for(lines, text, a), quotes,
                          carry_region=region, carry_from=source_para if region else None)
            s.entity_index = entities.add(sentence_text)
            ids.append(len(sentences))
            sentences.append(s)
        para_sentences.append(ids)
        chain_from = source_para if (mode == "quote" and depth == 1 and in_region) else None
        colon_para = p if text.rstrip().endswith(":") else None

    # Pass 2: per-sentence analysis (entities need the whole article, hence pass 1).
    for g, s in enumerate(sentences):
        s.mentions = entities.mentions(s.entity_index)
        s.entities = entities.entities(s.entity_index)
        date_mentions: list[DateMention] = scan_dates(s.text, published)
        date_spans = [(d.start, d.end) for d in date_mentions]
        s.dates = [d.as_dict() for d in date_mentions]
        s.quantities = extract_quantities(s.text, date_spans)
        s.hedges = find_hedges(s.text)
        s.attr = find_attribution(s.text, s.quotes, date_spans, s.mentions)
        if s.attr is not None:
            target = s.attr.quoting if s.attr.quoting else s.attr.source
            s.attr.refers_to = _resolve_reference(target, g, sentences)
            if s.attr.refers_to is None and s.attr.quoting:
                s.attr.refers_to = _resolve_reference(s.attr.source, g, sentences)
            if s.attr.refers_to and s.attr.source_name is None and fold(s.attr.source) in ("he", "she"):
                s.attr.source_name = s.attr.refers_to

    # Pass 3a: carry attributions (lead-ins, then quote groups).
    for ids in para_sentences:
        for g in ids:
            s = sentences[g]
            if s.carry_region and s.attr is None and s.carry_from is not None:
                lead_ids = para_sentences[s.carry_from]
                if lead_ids and sentences[lead_ids[-1]].attr is not None:
                    s.carried = sentences[lead_ids[-1]].attr
        groups: list[list[int]] = []
        current = None
        for g in ids:
            q = sentences[g].quotes
            if q.depth_start == 1:
                current = (current or []) + [g]
            elif q.depth_end == 1:
                current = [g]
            else:
                continue
            if q.depth_end == 0:
                groups.append(current)
                current = None
        if current:
            groups.append(current)
        for group in groups:
            first, last = sentences[group[0]], sentences[group[-1]]
            source = None
            if last.quotes.depth_end == 0 and last.attr is not None:
                source = last.attr
            elif first.attr is not None and first.quotes.first_open is not None \
                    and first.attr.cue_pos < first.quotes.first_open:
                source = first.attr
            else:
                pos = first.index_in_para
                if pos > 0:
                    before = sentences[ids[pos - 1]]
                    if before.attr is not None and before.attr.tail:
                        source = before.attr
            if source is None:
                continue
            for g in group:
                s = sentences[g]
                if s.attr is None and s.carried is None:
                    s.carried = source

    # Pass 3b: decide, assign ids, build dicts.
    claims: list[dict] = []
    used_ids: dict[str, int] = {}
    for s in sentences:
        events = not L.EVENT_VERBS.isdisjoint(_WORD_LOWER.findall(s.text.lower()))
        if not _is_claim(s, events):
            continue
        attr = s.attr or s.carried
        hedges = list(s.hedges)
        for label in _anonymity_hedges(attr):
            if label not in hedges:
                hedges.append(label)
        base = claim_id(article_key, s.text)
        count = used_ids.get(base, 0) + 1
        used_ids[base] = count
        cid = base if count == 1 else f"{base}-{count}"
        claims.append({
            "id": cid,
            "text": s.text,
            "paragraph": s.para,
            "line": s.line,
            "quantities": s.quantities,
            "attribution": attr.as_dict(carried=s.attr is None) if attr else None,
            "hedged": bool(hedges),
            "hedges": hedges,
            "entities": s.entities,
            "dates": s.dates,
        })
    return claims
