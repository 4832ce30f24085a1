"""lunr.js 2.3.9's Porter stemmer, ported to Python line by line.

The search index is built in Python (the ``lunr`` package) but queried in the
browser by lunr.js, which stems each query term with its own stemmer. A word
is found only if both stem it to the same string. lunr.py 0.8.0 ships a
different Porter implementation (it stems "saturday" to "saturdai" where
lunr.js keeps "saturday", so a weekday search found nothing); this module is
an exact port of the one in ``node_modules/lunr/lunr.js`` (``lunr.stemmer``),
and ``tests/test_search_stemmer.py`` checks it against lunr.js itself, under
Node, on a 50,000+ word English list and on every token of the corpus.

Exactness notes (where Python and JavaScript regular expressions differ):

- JavaScript's ``$`` (no multiline flag) matches only at the very end of the
  string; Python's also matches before a final newline. ``\\Z`` is used.
- JavaScript's ``.`` matches any UTF-16 code unit except line terminators
  (\\n, \\r, U+2028, U+2029); Python's matches any code point but \\n.
- JavaScript strings are UTF-16: ``w.length`` counts a character outside the
  Basic Multilingual Plane (an emoji, say) as two, and each regex step sees
  its two surrogates separately. A word holding such a character is stemmed
  in its UTF-16 form (surrogates as separate code points) and turned back.

Plain module: no Pelican, no lunr import (``search_index`` registers
``stemmer`` with lunr.py's pipeline under the name "stemmer").
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["stem", "stemmer"]

STEP2 = {
    "ational": "ate",
    "tional": "tion",
    "enci": "ence",
    "anci": "ance",
    "izer": "ize",
    "bli": "ble",
    "alli": "al",
    "entli": "ent",
    "eli": "e",
    "ousli": "ous",
    "ization": "ize",
    "ation": "ate",
    "ator": "ate",
    "alism": "al",
    "iveness": "ive",
    "fulness": "ful",
    "ousness": "ous",
    "aliti": "al",
    "iviti": "ive",
    "biliti": "ble",
    "logi": "log",
}

STEP3 = {
    "icate": "ic",
    "ative": "",
    "alize": "al",
    "iciti": "ic",
    "ical": "ic",
    "ful": "",
    "ness": "",
}

# JavaScript's "." : anything but a line terminator.
_DOT = "[^\n\r\u2028\u2029]"

_c = "[^aeiou]"  # consonant
_v = "[aeiouy]"  # vowel
_C = _c + "[^aeiouy]*"  # consonant sequence
_V = _v + "[aeiou]*"  # vowel sequence

_MGR0 = re.compile("^(" + _C + ")?" + _V + _C)  # [C]VC... is m>0
_MEQ1 = re.compile("^(" + _C + ")?" + _V + _C + "(" + _V + r")?\Z")  # [C]VC[V] is m=1
_MGR1 = re.compile("^(" + _C + ")?" + _V + _C + _V + _C)  # [C]VCVC... is m>1
_S_V = re.compile("^(" + _C + ")?" + _v)  # vowel in stem

_RE_1A = re.compile(f"^({_DOT}+?)(ss|i)es\\Z")
_RE2_1A = re.compile(f"^({_DOT}+?)([^s])s\\Z")
_RE_1B = re.compile(f"^({_DOT}+?)eed\\Z")
_RE2_1B = re.compile(f"^({_DOT}+?)(ed|ing)\\Z")
_RE_1B_2 = re.compile(f"{_DOT}\\Z")
_RE2_1B_2 = re.compile(r"(at|bl|iz)\Z")
_RE3_1B_2 = re.compile(r"([^aeiouylsz])\1\Z")
_RE4_1B_2 = re.compile("^" + _C + _v + r"[^aeiouwxy]\Z")

_RE_1C = re.compile(f"^({_DOT}+?[^aeiou])y\\Z")
_RE_2 = re.compile(
    f"^({_DOT}+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation"
    r"|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)\Z"
)
_RE_3 = re.compile(f"^({_DOT}+?)(icate|ative|alize|iciti|ical|ful|ness)\\Z")
_RE_4 = re.compile(
    f"^({_DOT}+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)\\Z"
)
_RE2_4 = re.compile(f"^({_DOT}+?)(s|t)(ion)\\Z")
_RE_5 = re.compile(f"^({_DOT}+?)e\\Z")
_RE_5_1 = re.compile(r"ll\Z")
_RE3_5 = re.compile("^" + _C + _v + r"[^aeiouwxy]\Z")


def _remove_last(w: str) -> str:
    """``w.replace(/.$/, "")``: drop the last code unit unless it is a line terminator."""
    return _RE_1B_2.sub("", w, count=1)


def _porter(w: str) -> str:
    """``porterStemmer(w)`` of lunr.js, on a string of UTF-16 code units."""
    if len(w) < 3:
        return w

    firstch = w[0]
    if firstch == "y":
        w = firstch.upper() + w[1:]

    # Step 1a
    if _RE_1A.search(w):
        w = _RE_1A.sub(r"\1\2", w, count=1)
    elif _RE2_1A.search(w):
        w = _RE2_1A.sub(r"\1\2", w, count=1)

    # Step 1b
    match = _RE_1B.search(w)
    if match:
        if _MGR0.search(match.group(1)):
            w = _remove_last(w)
    else:
        match = _RE2_1B.search(w)
        if match:
            stem = match.group(1)
            if _S_V.search(stem):
                w = stem
                if _RE2_1B_2.search(w):
                    w = w + "e"
                elif _RE3_1B_2.search(w):
                    w = _remove_last(w)
                elif _RE4_1B_2.search(w):
                    w = w + "e"

    # Step 1c: a final y after a consonant becomes i (cry -> cri, say -> say)
    match = _RE_1C.search(w)
    if match:
        w = match.group(1) + "i"

    # Step 2
    match = _RE_2.search(w)
    if match:
        stem, suffix = match.group(1), match.group(2)
        if _MGR0.search(stem):
            w = stem + STEP2[suffix]

    # Step 3
    match = _RE_3.search(w)
    if match:
        stem, suffix = match.group(1), match.group(2)
        if _MGR0.search(stem):
            w = stem + STEP3[suffix]

    # Step 4
    match = _RE_4.search(w)
    if match:
        stem = match.group(1)
        if _MGR1.search(stem):
            w = stem
    else:
        match = _RE2_4.search(w)
        if match:
            stem = match.group(1) + match.group(2)
            if _MGR1.search(stem):
                w = stem

    # Step 5
    match = _RE_5.search(w)
    if match:
        stem = match.group(1)
        if _MGR1.search(stem) or (_MEQ1.search(stem) and not _RE3_5.search(stem)):
            w = stem

    if _RE_5_1.search(w) and _MGR1.search(w):
        w = _remove_last(w)

    # and turn initial Y back to y
    if firstch == "y":
        w = firstch.lower() + w[1:]

    return w


def _to_utf16_units(word: str) -> str:
    """The word with each astral character split into its two surrogates."""
    out = []
    for char in word:
        code = ord(char)
        if code > 0xFFFF:
            code -= 0x10000
            out.append(chr(0xD800 + (code >> 10)))
            out.append(chr(0xDC00 + (code & 0x3FF)))
        else:
            out.append(char)
    return "".join(out)


def _from_utf16_units(units: str) -> str:
    # surrogatepass keeps a lone surrogate (JavaScript can leave one behind).
    return units.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """The stem lunr.js 2.3.9 gives ``word`` (already lower-cased, as lunr does).

    >>> [stem(w) for w in ("saturday", "sunday", "soldiers", "claimed", "yelling")]
    ['saturday', 'sunday', 'soldier', 'claim', 'yell']
    """
    if word.isascii():
        return _porter(word)
    if any(ord(char) > 0xFFFF for char in word):
        return _from_utf16_units(_porter(_to_utf16_units(word)))
    return _porter(word)


def stemmer(token, i=None, tokens=None):
    """The pipeline function: lunr.py calls it with (token, index, tokens)."""
    return token.update(lambda string, metadata=None: stem(string))
