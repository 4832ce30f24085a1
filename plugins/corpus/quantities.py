"""Checkable quantities in a sentence.

``extract_quantities(text)`` returns, in text order, one dict per quantity::

    {"value": 100, "unit": "troops", "noun_class": "personnel",
     "approximate": True, "qualifier": "around", "of": None, "upper": None,
     "phrase": "around 100 troops"}

* ``value`` is an int when whole, else a float: "two" -> 2, "2,500" -> 2500,
  "1.5m" -> 1500000, "35-tonne" -> 35 (unit "tonnes").
* ``unit`` is the canonical unit or counted noun (``claims_lexicon.UNITS``):
  tons/tonnes/t -> "tonnes", planes/aircraft/jets -> "planes", "%"/"per cent"
  -> "percent", "$" -> "USD".  Counted nouns keep their word ("soldiers",
  "troops") and ``noun_class`` groups them ("personnel").  An unknown plural
  noun right after the figure is kept as written; otherwise ``unit`` is None.
* ``approximate`` is True after around/about/almost/some/up to/more than/over/
  at least/..., for "100+", for ranges and for vague plurals.  ``qualifier``
  is that word or phrase as written (lower-cased), or None.
* Vague plurals take the smallest plural reading, always approximate:
  "dozens of troops" -> 24, "hundreds of" -> 200, "thousands of" -> 2000.
* ``of`` is the whole in "16 out of 23 states" (value 16, of 23); ``upper``
  the top of a range "100-200 troops" (value 100, upper 200).
* ``phrase`` is the words as written, from the qualifier to the noun.

Not quantities (skipped): years ("2001 agreement", "in 2015"), dates and
days ("March 23rd", "July 2, 2013"), times ("2pm", "14:00"), ordinals
("23rd"), numbers inside names (model numbers "S-300", "IL-62M", "Antonov 124";
names with digits "Flightradar24"; a figure right after a capitalised word,
"Zone 61"), labels ("No. 5", "Flight 17"), fractions and tweet counters
("(1/2)"), number words without a counted noun ("one of the leaders"), and
damaged number words ("wo planes" is no quantity: guessing the missing
letter is a one-off repair, not a rule).

The tokenizer and every rule look at a bounded window, so the work is linear
in the length of the text.
"""

from __future__ import annotations

import re

from . import claims_lexicon as L
from .clean import first_char_lookahead
from .dates import find_date_spans, word_alternation

__all__ = ["extract_quantities"]

_TOKEN = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?|[^\W\d_]+|\S")
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?$")

_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_TIME_SUFFIXES = frozenset({"am", "pm", "a", "p", "hrs", "h", "gmt", "utc"})
_CURRENCY_SYMBOLS = frozenset({"$", "€", "£"})
_DASHES = frozenset({"-", "–", "—"})

_MAX_APPROX = max(len(a) for a in L.APPROXIMATORS)
_APPROX = {tuple(a) for a in L.APPROXIMATORS}
_VAGUE_FIRST = {key[0] for key in L.VAGUE_QUANTITIES}
_ARTICLE_FIRST = {key[0] for key in L.ARTICLE_QUANTITIES}
_MULTIWORD_UNITS = {tuple(k.split()) for k in L.UNITS if " " in k}
_VAGUE_ORDERED = sorted(L.VAGUE_QUANTITIES.items(), key=lambda kv: -len(kv[0]))
_ARTICLE_ORDERED = sorted(L.ARTICLE_QUANTITIES.items(), key=lambda kv: -len(kv[0]))


def _second_words() -> dict[str, frozenset[str] | None]:
    """First word of each multi-word quantity ("dozens of", "a dozen") -> the
    words that may follow it; None when the word alone is a whole key."""
    seconds: dict[str, set[str] | None] = {}
    for key in [*L.VAGUE_QUANTITIES, *L.ARTICLE_QUANTITIES]:
        if len(key) == 1:
            seconds[key[0]] = None
        elif seconds.get(key[0], ()) is not None:
            seconds.setdefault(key[0], set()).add(key[1])
    return {first: None if words is None else frozenset(words) for first, words in seconds.items()}


_SECOND_WORDS = _second_words()


class _Tok:
    __slots__ = ("text", "start", "end", "low", "is_num", "is_word")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower()
        self.is_num = text[0].isdigit()
        self.is_word = text[0].isalpha()


def _tokenize(text: str) -> list[_Tok]:
    return [_Tok(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _ascii_trigger() -> re.Pattern:
    """In ASCII text, the tokens are runs of letters, runs of digits and
    single other characters, and ``lower()`` is what IGNORECASE compares: so
    this one search finds a figure, a number word, or the first two words of
    a multi-word quantity exactly where the token loop of _may_hold_quantity
    would."""
    words = [*L.NUMBER_WORDS, *(first for first, seconds in _SECOND_WORDS.items() if seconds is None)]
    pairs = [rf"{re.escape(first)}\s+{word_alternation(seconds, ignorecase=True)}"
             for first, seconds in sorted(_SECOND_WORDS.items()) if seconds is not None]
    words_or_pairs = "|".join([word_alternation(words, ignorecase=True), *pairs])
    trigger = rf"[0-9]|(?<![A-Za-z])(?:{words_or_pairs})(?![A-Za-z])"
    return re.compile(first_char_lookahead(trigger) + f"(?:{trigger})", re.IGNORECASE)


_ASCII_TRIGGER = _ascii_trigger()


def _may_hold_quantity(text: str) -> bool:
    """False only if no token of ``text`` can start a quantity.

    extract_quantities reads a quantity only from a figure, a number word, or
    the first word of a multi-word key followed by the key's second word;
    most sentences have none of these, and looking for them is much cheaper
    than building the token view the rules need.
    """
    if text.isascii():
        return _ASCII_TRIGGER.search(text) is not None
    tokens = _TOKEN.findall(text)
    last = len(tokens) - 1
    for i, token in enumerate(tokens):
        if token[0].isdigit():
            return True
        low = token.lower()
        if low in L.NUMBER_WORDS:
            return True
        if low in _SECOND_WORDS:
            seconds = _SECOND_WORDS[low]
            if seconds is None or (i < last and tokens[i + 1].lower() in seconds):
                return True
    return False


def _num_value(text: str) -> float:
    return float(text.replace(",", ""))


def _clean_value(value: float):
    if value == int(value) and abs(value) < 1e18:
        return int(value)
    return round(value, 6)


def _adjacent(a: _Tok, b: _Tok) -> bool:
    return a.end == b.start


class _Sentence:
    """Token view of one sentence with the helpers the rules share."""

    def __init__(self, text: str, skip_spans):
        self.text = text
        self.toks = _tokenize(text)
        self.n = len(self.toks)
        # Per token: inside a date phrase?
        self.in_date = [False] * self.n
        spans = sorted(skip_spans)
        j = 0
        for i, tok in enumerate(self.toks):
            while j < len(spans) and spans[j][1] <= tok.start:
                j += 1
            if j < len(spans) and spans[j][0] <= tok.start < spans[j][1]:
                self.in_date[i] = True

    def tok(self, i: int) -> _Tok | None:
        return self.toks[i] if 0 <= i < self.n else None

    def low(self, i: int) -> str:
        t = self.tok(i)
        return t.low if t else ""

    # -- qualifiers --------------------------------------------------------
    def approximator_before(self, i: int) -> tuple[int, str] | None:
        """(start token index, qualifier text) of an approximator ending at i-1."""
        for size in range(_MAX_APPROX, 0, -1):
            first = i - size
            if first < 0:
                continue
            words = tuple(self.toks[k].low for k in range(first, i))
            if words in _APPROX:
                # "over"/"under" only count right before the figure.
                return first, " ".join(words)
        return None

    # -- the counted noun --------------------------------------------------
    def unit_at(self, i: int) -> tuple[str, str | None, int] | None:
        """(canonical unit, class, index after) if a unit word starts at i."""
        t = self.tok(i)
        if t is None or not (t.is_word or t.text in L.UNITS):
            return None
        nxt = self.tok(i + 1)
        if nxt is not None and nxt.is_word and (t.low, nxt.low) in _MULTIWORD_UNITS:
            unit, cls = L.UNITS[t.low + " " + nxt.low]
            return unit, cls, i + 2
        if t.low in L.UNITS:
            unit, cls = L.UNITS[t.low]
            return unit, cls, i + 1
        return None

    def scan_unit(self, i: int, window: int, capitals_only: bool = False):
        """Find the counted noun starting at token i within ``window`` words.

        Returns (unit, class, index after the noun) or None.  Stops at
        punctuation, figures and function words.  With ``capitals_only`` the
        words skipped over must be capitalised (a nationality: "one Russian
        plane").
        """
        words = 0
        k = i
        while k < self.n and words < window:
            t = self.toks[k]
            if t.is_word:
                if t.low in L.SINGLE_LETTER_UNITS and k > i:
                    return None
                found = self.unit_at(k)
                if found and not (t.low in L.SINGLE_LETTER_UNITS and k != i):
                    return found
                if t.low in L.UNIT_SCAN_STOP:
                    return None
                if capitals_only and not t.text[0].isupper():
                    return None
                words += 1
                k += 1
                continue
            if t.text in _DASHES and k > i and _adjacent(self.toks[k - 1], t) \
                    and k + 1 < self.n and _adjacent(t, self.toks[k + 1]) and self.toks[k + 1].is_word:
                k += 1  # compound adjective "air-defense"
                continue
            if t.text in ("%",):
                return L.UNITS["%"][0], L.UNITS["%"][1], k + 1
            return None
        return None

    def fallback_unit(self, i: int) -> tuple[str, None, int] | None:
        """An unknown plural noun right after the figure ("45 protesters")."""
        for k in (i, i + 1):
            t = self.tok(k)
            if t is None or not t.is_word:
                return None
            low = t.low
            if low in L.UNIT_SCAN_STOP:
                return None
            if (t.text[0].islower() and len(low) > 3 and low.endswith("s")
                    and not low.endswith("ss") and not low.endswith("us")):
                return low, None, k + 1
            if t.text[0].islower() and k == i + 1:
                return None
        return None


def _parse_number_words(s: _Sentence, i: int) -> tuple[float, int] | None:
    """Value and index after a run of number words starting at i."""
    total = 0
    group = 0
    k = i
    seen = False
    while k < s.n:
        low = s.low(k)
        if low in L.NUMBER_WORDS:
            group += L.NUMBER_WORDS[low]
            seen = True
            k += 1
        elif low in L.SCALE_WORDS and seen:
            scale = L.SCALE_WORDS[low]
            if scale == 100:
                group = (group or 1) * 100
            else:
                total += (group or 1) * scale
                group = 0
            k += 1
        elif (low in _DASHES and seen and k + 1 < s.n
              and _adjacent(s.toks[k - 1], s.toks[k]) and s.low(k + 1) in L.NUMBER_WORDS):
            k += 1  # "twenty-five"
        elif (low == "and" and seen and s.low(k - 1) in ("hundred", "thousand")
              and s.low(k + 1) in L.NUMBER_WORDS):
            k += 1  # "two hundred and fifty"
        else:
            break
    if not seen:
        return None
    return float(total + group), k


def _starts_name(s: _Sentence, i: int) -> bool:
    """True if the word before token i makes the figure part of a name/label."""
    prev = s.tok(i - 1)
    if prev is None or not prev.is_word:
        return False
    if prev.low in L.LABEL_WORDS:
        return True
    if not prev.text[0].isupper():
        return False
    if i - 1 == 0 or prev.low in L.STOP_CAPS or prev.low in L.MONTHS:
        return False
    return True


def _finish(s: _Sentence, start_i: int, end_i: int, value, unit, cls, approximate,
            qualifier, of=None, upper=None) -> dict:
    start = s.toks[start_i].start
    end = s.toks[end_i - 1].end
    return {
        "value": _clean_value(value),
        "unit": unit,
        "noun_class": cls,
        "approximate": bool(approximate),
        "qualifier": qualifier,
        "of": None if of is None else _clean_value(of),
        "upper": None if upper is None else _clean_value(upper),
        "phrase": s.text[start:end],
    }


def _post_approximator(s: _Sentence, k: int) -> tuple[str, int] | None:
    t = s.tok(k)
    if t is None:
        return None
    if t.text == "+" and _adjacent(s.toks[k - 1], t):
        return "+", k + 1
    if t.text in _DASHES and s.low(k + 1) in ("odd", "plus") and _adjacent(s.toks[k - 1], t):
        return s.low(k + 1), k + 2
    if t.low == "plus" and (s.tok(k + 1) is None or not s.tok(k + 1).is_num):
        return "plus", k + 1
    if t.low == "or" and s.low(k + 1) == "so":
        return "or so", k + 2
    return None


def _parse_figure(s: _Sentence, i: int):
    """Quantity starting at the digit token i -> (dict, next index) or None."""
    toks = s.toks
    t = toks[i]
    prev = s.tok(i - 1)
    nxt = s.tok(i + 1)
    if s.in_date[i]:
        return None
    # Glued to letters or a model prefix: "Flightradar24", "S-300", "IL-62M".
    if prev is not None and _adjacent(prev, t):
        if prev.is_word or prev.text in ("#", "/", ":", "."):
            return None
        if prev.text in _DASHES:
            before = s.tok(i - 2)
            if before is not None and _adjacent(before, prev) and (before.is_word or before.is_num):
                return None
    if nxt is not None and _adjacent(t, nxt):
        if nxt.text in ("/", ":"):
            return None  # fraction, tweet counter "(1/2)", time "14:00"
        if nxt.is_word and nxt.low in _ORDINAL_SUFFIXES:
            return None  # ordinal label "23rd"
        if nxt.is_word and nxt.low in _TIME_SUFFIXES:
            return None  # "2pm"
        if nxt.is_word and nxt.low == "s" and len(t.text) == 4:
            return None  # decade "1990s"
    if nxt is not None and nxt.is_word and nxt.low in ("am", "pm") and not _adjacent(t, nxt):
        return None
    if nxt is not None and nxt.low in ("a", "p") and s.low(i + 2) == "." and s.low(i + 3) == "m":
        return None  # "2 p.m."

    value = _num_value(t.text)
    start_i = i
    qualifier = None
    approximate = False
    unit = cls = None
    upper = of = None

    # Currency before the figure: "$2,500", "US$ 5".
    if prev is not None and prev.text in _CURRENCY_SYMBOLS and prev.end >= t.start - 1:
        unit, cls = L.UNITS[prev.text]
        start_i = i - 1
    approx = s.approximator_before(start_i)
    if approx is not None:
        start_i, qualifier = approx
        approximate = True

    k = i + 1
    # Glued multiplier "1.5m", "$2bn", or hyphen unit "35-tonne".
    if nxt is not None and _adjacent(t, nxt) and nxt.is_word:
        if nxt.low in L.ATTACHED_MULTIPLIERS:
            value *= L.ATTACHED_MULTIPLIERS[nxt.low]
            k = i + 2
        elif nxt.low in L.UNITS:
            unit, cls = L.UNITS[nxt.low]
            k = i + 2
        else:
            return None  # "3D", "62M": a code, not a quantity
    elif nxt is not None and nxt.low in L.SCALE_WORDS and nxt.low != "hundred":
        value *= L.SCALE_WORDS[nxt.low]
        k = i + 2
    t_k = s.tok(k)
    if t_k is not None and t_k.text in _DASHES and _adjacent(toks[k - 1], t_k):
        after = s.tok(k + 1)
        if after is not None and _adjacent(t_k, after):
            if after.is_num:
                upper = _num_value(after.text)
                approximate = True
                qualifier = qualifier or "range"
                k += 2
            elif after.is_word and after.low in L.UNITS and unit is None:
                unit, cls = L.UNITS[after.low]
                k += 2
            elif after.is_word and after.low not in ("odd", "plus"):
                k += 2  # compound adjective "100-strong"
    t_k = s.tok(k)
    if t_k is not None and t_k.text == "%":
        unit, cls = L.UNITS["%"]
        k += 1
    post = _post_approximator(s, k)
    if post is not None:
        approximate = True
        qualifier = qualifier or post[0]
        k = post[1]
    # "16 out of 23 states", "16 of the 23 states"
    j = k
    if s.low(j) == "out" and s.low(j + 1) == "of":
        j += 2
    elif s.low(j) == "of":
        j += 1
    else:
        j = -1
    if j > 0:
        if s.low(j) == "the":
            j += 1
        whole = s.tok(j)
        if whole is not None and whole.is_num and not s.in_date[j]:
            of = _num_value(whole.text)
            k = j + 1
    # Currency after the figure: "2,500 $".
    t_k = s.tok(k)
    if unit is None and t_k is not None and t_k.text in _CURRENCY_SYMBOLS:
        unit, cls = L.UNITS[t_k.text]
        k += 1
    end = k
    if unit is None:
        found = s.scan_unit(k, L.UNIT_WINDOW)
        if found is not None:
            unit, cls, end = found
        else:
            fb = s.fallback_unit(k)
            if fb is not None:
                unit, cls, end = fb
    # Years, and numbers that belong to a name, are not quantities.
    plain = t.text.replace(",", "") == t.text and "." not in t.text
    if unit is None and plain and len(t.text) == 4 and 1600 <= value <= 2099:
        return None
    if unit is None and approx is None and _starts_name(s, i):
        return None
    if unit is None and prev is not None and prev.low in L.LABEL_WORDS:
        return None
    if (unit is None and prev is not None and prev.text == "."
            and s.low(i - 2) in L.LABEL_WORDS):
        return None  # "No. 5"
    return _finish(s, start_i, end, value, unit, cls, approximate, qualifier, of, upper), end


def _parse_words(s: _Sentence, i: int):
    """Quantity starting at a number word / vague plural at i."""
    low = s.low(i)
    # Vague plurals: "dozens of troops".
    if low in _VAGUE_FIRST:
        for key, value in _VAGUE_ORDERED:
            if tuple(s.low(i + n) for n in range(len(key))) == key:
                k = i + len(key)
                found = s.scan_unit(k, L.UNIT_WINDOW) or s.fallback_unit(k)
                unit, cls, end = found if found else (None, None, k)
                start_i = i
                approx = s.approximator_before(i)
                if approx is not None:
                    start_i = approx[0]
                qualifier = " ".join(s.toks[n].text.lower() for n in range(i, i + len(key)))
                return _finish(s, start_i, end, value, unit, cls, True, qualifier), end
    # "a dozen", "half a dozen", "a hundred".
    if low in _ARTICLE_FIRST:
        for key, (value, approximate) in _ARTICLE_ORDERED:
            if tuple(s.low(i + n) for n in range(len(key))) == key:
                k = i + len(key)
                found = s.scan_unit(k, L.UNIT_WINDOW)
                if found is None:
                    return None
                unit, cls, end = found
                qualifier = " ".join(s.toks[n].text.lower() for n in range(i, k)) if approximate else None
                return _finish(s, i, end, value, unit, cls, approximate, qualifier), end
        return None
    parsed = _parse_number_words(s, i)
    if parsed is None:
        return None
    value, k = parsed
    if s.in_date[i]:
        return None
    if low == "one":
        found = s.scan_unit(k, 2, capitals_only=True)
    else:
        found = s.scan_unit(k, L.UNIT_WINDOW) or s.fallback_unit(k)
    if found is None:
        return None  # a number word needs its counted noun ("one of", "one by one")
    unit, cls, end = found
    start_i = i
    qualifier = None
    approximate = False
    approx = s.approximator_before(i)
    if approx is not None:
        start_i, qualifier = approx
        approximate = True
    return _finish(s, start_i, end, value, unit, cls, approximate, qualifier), end


def extract_quantities(text: str, skip_spans=None) -> list[dict]:
    """Quantities in one sentence, in text order (see module docstring).

    ``skip_spans`` are character spans already known to be dates; when None
    they are found here with ``dates.find_date_spans``.
    """
    if not text or not _may_hold_quantity(text):
        return []
    if skip_spans is None:
        skip_spans = find_date_spans(text)
    s = _Sentence(text, skip_spans)
    out: list[dict] = []
    i = 0
    while i < s.n:
        t = s.toks[i]
        result = None
        if t.is_num:
            result = _parse_figure(s, i)
        elif t.is_word:
            low = t.low
            if low in L.NUMBER_WORDS or low in _VAGUE_FIRST or low in _ARTICLE_FIRST:
                result = _parse_words(s, i)
        if result is not None:
            quantity, nxt = result
            out.append(quantity)
            i = max(nxt, i + 1)
        else:
            i += 1
    return out
