"""Text-cleaning stage: split a raw scrape into article blocks and chrome.

``clean(text)`` takes a plain-text scrape (one paragraph or widget per line,
page chrome still in) and returns a ``Cleaned`` value: the article as
``Block``s (title, headings, body paragraphs, captions, byline, dateline) and
one ``Removal`` per removed line, each naming the rule that removed it.
Every non-blank raw line ends up in exactly one block or one whole-line
removal; a line that only lost a fragment (a caption with "Click to see
full-size image" glued on) is in a block *and* has a fragment removal.

How it decides, in order (each step only decides lines still open, except
that exact copies of the title are named "repeated-headline" wherever they
stand):

1. Rules from ``clean_rules``: one line at a time, plus *sections* (comment
   threads, comment forms, author boxes, related-post, topic, share and
   contents lists, publisher labels) that swallow the lines after their
   marker. Then *widgets*: lines sandwiched between two hits of absorbing
   rules (a newsletter box's blurb, the name in a press contact block), and
   widget titles ('Sign up to <Name>', 'Key events') that stand next to one.
2. Metadata lines: article notes ('Reporting by …'), datelines, bylines,
   captions (by their own signals).
3. The title: the first headline-like line near the top that is not a site
   tagline (followed by menu lines) or, inside a breadcrumb trail printed one
   item per line, the candidate with a byline or date under it; later copies
   are removed as "repeated-headline".
4. Doubled captions, and lines repeated across scrapes of the corpus.
5. Position: non-prose lines above the title are the masthead; a
   chrome-dense tail of the page is the footer (a widget box counts once; the
   footer never starts above an article note; author-bio sentences and
   publisher blurbs count as chrome there, and only there).
6. Everything left is article: prose lines are body, short headline-like
   lines are headings.

The whole pass is linear in the number of lines; patterns are precompiled
and only run on lines short enough for the rule to apply.

Lines containing HTML or script are plain text here: they are classified
like any other line, never interpreted or stripped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from . import clean_rules as R

__all__ = ["Block", "Removal", "Cleaned", "KINDS", "clean", "site_line_counts", "normalise_line",
           "first_chars", "first_char_lookahead"]

# Block kinds, in the order a page usually shows them.
KINDS = ("title", "byline", "dateline", "heading", "caption", "body")


# --------------------------------------------------------------------------
# Public data types
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """A kept piece of the article. ``lines`` are 1-based raw line numbers."""

    kind: str
    lines: tuple[int, ...]
    text: str


@dataclass(frozen=True)
class Removal:
    """One removed raw line (or the removed fragment of a kept line)."""

    line: int
    text: str
    rule: str


@dataclass(frozen=True)
class Cleaned:
    blocks: tuple[Block, ...]
    removed: tuple[Removal, ...]

    @property
    def title(self) -> str | None:
        for block in self.blocks:
            if block.kind == "title":
                return block.text
        return None

    @property
    def body_blocks(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == "body")

    def kept_lines(self) -> frozenset[int]:
        return frozenset(n for b in self.blocks for n in b.lines)

    def removed_lines(self) -> frozenset[int]:
        """Lines removed whole (fragment removals of kept lines excluded)."""
        return frozenset(r.line for r in self.removed) - self.kept_lines()

    def rule_for(self, line: int) -> str | None:
        for removal in self.removed:
            if removal.line == line:
                return removal.rule
        return None


# --------------------------------------------------------------------------
# Line features
# --------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_TRAILING_CLOSERS = "\"'”’»)]*_ "
_SENTENCE_END = ".!?:;…"
_SENTENCE_BREAK = re.compile(r"[a-z0-9][.!?][”\"’)]?\s+[“\"(]?[A-Z]")


def normalise_line(line: str) -> str:
    """The form used to compare lines: NBSP as space, whitespace collapsed, casefolded."""
    return " ".join(line.replace("\xa0", " ").split()).casefold()


@dataclass(slots=True)
class _Line:
    no: int  # 1-based raw line number
    raw: str  # original text, stripped
    key: str  # whitespace-normalised text that patterns are matched against
    lower: str  # key, lowercased (needle tests, vocabularies)
    words: int
    stop_ratio: float
    ends_sentence: bool
    prose: bool
    strong: bool  # prose that ends a list region (see STRONG_PROSE_MIN_WORDS)
    rule: R.Rule | None = None
    fragment_at: int = -1  # index in raw where an image-viewer fragment starts


def _features(no: int, raw: str) -> _Line:
    key = " ".join(raw.replace("\xa0", " ").split())
    lower = key.lower()
    tokens = _WORD.findall(lower.replace("’", "'"))
    words = len(tokens)
    stops = sum(map(R.STOPWORDS.__contains__, tokens))
    ratio = stops / words if words else 0.0
    tail = key.rstrip(_TRAILING_CLOSERS)
    ends = bool(tail) and tail[-1] in _SENTENCE_END
    prose = words > 0 and ratio >= R.PROSE_MIN_STOPWORD_RATIO.value and (
        (ends and words >= R.PROSE_MIN_WORDS.value) or words >= R.PROSE_LONG_WORDS.value
    )
    strong = prose and words >= R.STRONG_PROSE_MIN_WORDS.value and not tail.endswith("?")
    return _Line(no, raw, key, lower, words, ratio, ends, prose, strong)


def _scan(text: str) -> list[_Line]:
    lines = []
    for no, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip()
        if stripped:
            lines.append(_features(no, stripped))
    return lines


# --------------------------------------------------------------------------
# Rule matching
# --------------------------------------------------------------------------


_LITERAL_ESCAPES = frozenset(".()[]{}|?*+^$\\/-'\"%")


def _skip_quantifier(pattern: str, i: int) -> tuple[int, bool]:
    """Index after a quantifier starting at ``i`` (if any), and whether one was there."""
    if i >= len(pattern) or pattern[i] not in "?*+{":
        return i, False
    i = pattern.index("}", i) + 1 if pattern[i] == "{" else i + 1
    if i < len(pattern) and pattern[i] in "?+":  # lazy / possessive
        i += 1
    return i, True


def required_literal(pattern: str) -> str:
    """The longest literal text every match of ``pattern`` must contain ('' if none).

    Only top-level text counts: groups, character classes, escapes such as
    ``\\b`` and quantified characters end a run, and a top-level ``|`` means
    there is no required text at all. Used as a cheap ``in`` test before an
    unanchored pattern is searched.
    """
    runs, run, depth, i = [], "", 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            nxt = pattern[i + 1]
            literal = nxt if nxt in _LITERAL_ESCAPES else None
            i += 2
        elif ch == "[":
            literal, i = None, pattern.index("]", i + 2) + 1  # a class may start with ']'
        elif ch in "()":
            depth += 1 if ch == "(" else -1
            literal, i = None, i + 1
        elif ch == "|" and depth == 0:
            return ""
        elif ch in "^$." or depth:
            literal, i = None, i + 1
        else:
            literal, i = ch, i + 1
        i, quantified = _skip_quantifier(pattern, i)
        if literal is None or quantified or depth:
            runs.append(run)
            run = ""
        else:
            run += literal
    runs.append(run)
    return max(runs, key=len).lower()


def _needles(rule: R.Rule, pattern: str) -> tuple[str, ...]:
    return rule.needles or (required_literal(pattern),)


# ---- first-character dispatch for anchored patterns ----------------------
#
# A line is only tried against the anchored patterns that can start with its
# first character. The sets come from Python's own pattern parser; anything
# the walker does not understand counts as "may start with anything", so the
# dispatch can only cost speed, never change a result (tests/test_clean.py
# checks that against the undispatched rules).

try:
    from re import _constants as _sre, _parser as _sre_parse
except ImportError:  # Python < 3.11
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_RANGE_LIMIT = 200  # wider character ranges are treated as "anything"
_NON_ASCII = "\x00"  # stands for "any non-ASCII character" in a first-character set
_CATEGORY_CHARS = {
    _sre.CATEGORY_DIGIT: "0123456789" + _NON_ASCII,
    _sre.CATEGORY_WORD: "abcdefghijklmnopqrstuvwxyz0123456789_" + _NON_ASCII,
}


def _first_of_class(items) -> set[str] | None:
    chars: set[str] = set()
    for op, arg in items:
        if op is _sre.LITERAL:
            chars.add(chr(arg))
        elif op is _sre.RANGE and arg[1] - arg[0] < _RANGE_LIMIT:
            chars.update(map(chr, range(arg[0], arg[1] + 1)))
        elif op is _sre.CATEGORY and arg in _CATEGORY_CHARS:
            chars.update(_CATEGORY_CHARS[arg])
        else:  # NEGATE, other categories, wide ranges
            return None
    return chars


def _first_of_item(op, arg) -> tuple[set[str] | None, bool]:
    """(possible first characters or None for any, can the item match empty)."""
    if op is _sre.LITERAL:
        return {chr(arg)}, False
    if op is _sre.IN:
        return _first_of_class(arg), False
    if op is _sre.SUBPATTERN:
        return _first_of_sequence(arg[-1])
    if op is _sre.BRANCH:
        chars: set[str] = set()
        empty = False
        for branch in arg[1]:
            found, can_be_empty = _first_of_sequence(branch)
            if found is None:
                return None, False
            chars |= found
            empty |= can_be_empty
        return chars, empty
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, _high, sub = arg
        found, can_be_empty = _first_of_sequence(sub)
        return found, can_be_empty or low == 0
    return None, False


def _first_of_sequence(items) -> tuple[set[str] | None, bool]:
    chars: set[str] = set()
    for op, arg in items:
        if op is _sre.AT or op is _sre.ASSERT or op is _sre.ASSERT_NOT:
            continue  # zero-width: ^, \\b, lookarounds: the next item starts the match
        found, can_be_empty = _first_of_item(op, arg)
        if found is None:
            return None, False
        chars |= found
        if not can_be_empty:
            return chars, False
    return chars, True


def first_chars(pattern: str) -> frozenset[str] | None:
    """Characters a case-insensitive match of ``pattern`` can start with.

    None means "any". ``_NON_ASCII`` in the set stands for every non-ASCII
    character (from ``\\d``/``\\w``).
    """
    try:
        found, can_be_empty = _first_of_sequence(_sre_parse.parse(pattern, re.IGNORECASE))
    except Exception:  # unknown construct in a future Python: no dispatch
        return None
    if found is None or can_be_empty:
        return None
    return frozenset(c.lower() for c in found) | frozenset(c.upper() for c in found)


def first_char_lookahead(pattern: str) -> str:
    """A lookahead that fails at once where ``pattern`` cannot start, or "".

    Put in front of a searched pattern that has no literal prefix, it lets
    the engine pass over most positions with one character test instead of
    trying the pattern's alternatives there. It never fails where the
    pattern matches: its class is first_chars', taken case-insensitively.
    """
    chars = first_chars(pattern)
    if chars is None:
        return ""
    singles = "".join(re.escape(c) for c in sorted(chars) if len(c) == 1)
    non_ascii = "\\x80-\\U0010ffff" if _NON_ASCII in chars else ""
    return f"(?=(?i:[{singles}{non_ascii}]))"


def _dispatch_key(first: str) -> str:
    return first if first.isascii() else _NON_ASCII + first


def _may_start(chars: frozenset[str] | None, first: str) -> bool:
    return chars is None or first in chars or (not first.isascii() and _NON_ASCII in chars)


class _Matcher:
    """All LINE and SECTION rules, matched with about one regex pass per line.

    Anchored patterns (``^...``) are joined, in table order, into one
    alternation per possible first character and tried once at the start of
    the line. Unanchored patterns are searched one by one, only when the line
    contains their required literal: a long alternation of unanchored
    patterns would be tried at every character. When several rules match,
    the one listed first in the table wins, among those whose max_words
    allows a line this long.
    """

    def __init__(self, rules: Iterable[R.Rule]):
        self.rules = tuple(r for r in rules if r.kind in (R.LINE, R.SECTION))
        self.longest = max(r.max_words for r in self.rules)
        self.anchored = []  # (rule index, pattern, first characters)
        self.floating = []  # (needle, regex, rule index)
        for index, rule in enumerate(self.rules):
            for pattern in rule.patterns:
                if pattern.startswith("^"):
                    self.anchored.append((index, pattern, first_chars(pattern)))
                else:
                    regex = re.compile(pattern, re.IGNORECASE)
                    self.floating.extend((n, regex, index) for n in _needles(rule, pattern))
        self.buckets: dict[str, tuple] = {}  # dispatch key -> bucket
        # The same patterns make the same bucket: "s" and "S", all digits, most
        # non-ASCII characters. Compiling a bucket's alternation is the costly
        # part (tens of milliseconds), so each set of patterns is compiled once.
        self._by_patterns: dict[tuple[int, ...], tuple] = {}
        self._singles: dict[int, re.Pattern] = {}

    def _bucket(self, first: str) -> tuple:
        key = _dispatch_key(first)
        bucket = self.buckets.get(key)
        if bucket is None:
            chosen = tuple(n for n, (_, _, chars) in enumerate(self.anchored) if _may_start(chars, first))
            bucket = self._by_patterns.get(chosen)
            if bucket is None:
                bucket = self._by_patterns[chosen] = self._compile_bucket(chosen)
            self.buckets[key] = bucket
        return bucket

    def _compile_bucket(self, chosen: tuple[int, ...]) -> tuple:
        """(alternation or None, rule index per alternative, anchored indices)."""
        patterns = [self.anchored[n][1] for n in chosen]
        alternation = "|".join(f"(?P<g{k}>{p})" for k, p in enumerate(patterns))
        regex = re.compile(alternation, re.IGNORECASE) if chosen else None
        return regex, tuple(self.anchored[n][0] for n in chosen), chosen

    def _single(self, n: int) -> re.Pattern:
        """Anchored pattern n alone, compiled once (the re module's own cache
        is too small to keep all of them)."""
        regex = self._singles.get(n)
        if regex is None:
            regex = self._singles[n] = re.compile(self.anchored[n][1], re.IGNORECASE)
        return regex

    def _anchored_rule(self, key: str, words: int) -> int:
        regex, owners, singles = self._bucket(key[:1])
        if regex is None:
            return len(self.rules)
        m = regex.match(key)
        if m is None:
            return len(self.rules)
        index = owners[int(m.lastgroup[1:])]
        if self.rules[index].max_words >= words:
            return index
        # Rare: the first match is a rule for shorter lines; try the others in order.
        for n in singles:
            index = self.anchored[n][0]
            if self.rules[index].max_words >= words and self._single(n).match(key):
                return index
        return len(self.rules)

    def match(self, key: str, lowered: str, words: int) -> R.Rule | None:
        if words > self.longest or not key:
            return None
        best = self._anchored_rule(key, words)
        for needle, regex, index in self.floating:
            if (index < best and needle in lowered and self.rules[index].max_words >= words
                    and regex.search(key)):
                best = index
        return self.rules[best] if best < len(self.rules) else None


_MATCHER = _Matcher(R.RULES)
_FRAGMENT_RULES = tuple((r, r.needles, r.regex) for r in R.RULES if r.kind == R.FRAGMENT)
_DATELINE = re.compile("|".join(f"(?:{p})" for p in R.DATELINE_PATTERNS), re.IGNORECASE)
_BYLINES = tuple(re.compile(p, re.IGNORECASE) for p in R.BYLINE_PATTERNS)
_CAPTION = re.compile(
    "|".join(f"(?:{p})" for p in R.CAPTION_SUFFIX_PATTERNS + R.CAPTION_PHRASE_PATTERNS),
    re.IGNORECASE,
)
_CAPTION_PREFIX = re.compile(R.CAPTION_PREFIX_PATTERN, re.IGNORECASE)
_ARTICLE_NOTE = re.compile("|".join(f"(?:{p})" for p in R.ARTICLE_NOTE_PATTERNS), re.IGNORECASE)
_TAIL_CHROME = re.compile("|".join(f"(?:{p})" for p in R.TAIL_CHROME_PATTERNS), re.IGNORECASE)
_VOCAB_TOKEN = re.compile(r"[^\W_][\w'’&.-]*")
_SHARE_FILLER = frozenset({"this", "on", "via", "it"})


def _match_rule(line: _Line) -> R.Rule | None:
    return _MATCHER.match(line.key, line.lower, max(line.words, 1)) or _match_vocabulary(line)


_NAV_RULE = R.Rule("site-navigation", R.LINE, (), R.COMPUTED_RULES["site-navigation"])
_SHARE_RULE = R.RULES_BY_NAME["share-buttons"][-1]


def _vocab_tokens(line: _Line) -> list[str]:
    return _VOCAB_TOKEN.findall(line.lower)


def _is_nav_words(line: _Line, min_tokens: int = 1, tokens: list[str] | None = None) -> bool:
    if line.words > 12:
        return False
    tokens = _vocab_tokens(line) if tokens is None else tokens
    return len(tokens) >= min_tokens and all(t in R.NAV_WORDS for t in tokens)


def _match_vocabulary(line: _Line) -> R.Rule | None:
    """Lines made only of share-widget words or (3+) menu words."""
    if line.words > 10 or line.ends_sentence:
        return None
    tokens = _vocab_tokens(line)
    if tokens and all(t in R.SHARE_WORDS for t in tokens) and not set(tokens) <= _SHARE_FILLER:
        return _SHARE_RULE
    if _is_nav_words(line, int(R.NAV_MIN_TOKENS.value), tokens):
        return _NAV_RULE
    return None


def _match_fragment(line: _Line) -> tuple[R.Rule, int] | None:
    """An image-viewer fragment at the end of the line: (rule, start in raw)."""
    for rule, needles, regex in _FRAGMENT_RULES:
        if needles and not any(n in line.lower for n in needles):
            continue
        match = regex.search(line.key)
        if match is None:
            continue
        if match.start() == 0 or not line.key[: match.start()].strip():
            return rule, 0
        # Locate the same words in the raw text (which may hold NBSPs/double spaces).
        fragment_words = line.key[match.start():].split()
        pattern = r"\s+".join(re.escape(w) for w in fragment_words) + r"\s*$"
        raw_match = re.search(pattern, line.raw)
        return (rule, raw_match.start()) if raw_match else None
    return None


# --------------------------------------------------------------------------
# Decisions
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Decision:
    keep: bool
    label: str  # block kind when kept, rule name when removed
    text: str = ""


def _drop(rule: str) -> _Decision:
    return _Decision(False, rule)


def _keep(kind: str, text: str) -> _Decision:
    return _Decision(True, kind, text)


class _Page:
    def __init__(self, lines: list[_Line]):
        self.lines = lines
        self.dec: list[_Decision | None] = [None] * len(lines)
        self.fragments: list[Removal] = []
        self.title_index: int | None = None
        self.notes: set[int] = set()  # article notes ('Reporting by …'): the article ends there

    def open(self, i: int) -> bool:
        return self.dec[i] is None

    def dropped(self, i: int) -> bool:
        d = self.dec[i]
        return d is not None and not d.keep

    def kept_as(self, i: int, *kinds: str) -> bool:
        d = self.dec[i]
        return d is not None and d.keep and d.label in kinds


# --------------------------------------------------------------------------
# Step 1: rules and sections
# --------------------------------------------------------------------------


@dataclass(slots=True)
class _Section:
    rule: R.Rule
    lines: int = 0
    paragraphs: int = 0
    seen: set | None = None  # "contents": the lines taken so far

    def member_rule(self) -> str:
        return "author-bio" if self.rule.ends == "bio" else self.rule.name

    def takes(self, line: _Line, line_rule: R.Rule | None) -> bool:
        """Does this region continue over ``line``?"""
        ends = self.rule.ends
        if ends == "prose":
            return line_rule is not None or not line.strong
        if ends == "widget":
            return line_rule is not None or (not line.ends_sentence and _is_nav_words(line))
        if ends == "contents":
            if self.seen is None:
                self.seen = set()
            if line.lower in self.seen or not (line_rule is not None or not line.strong):
                return False
            self.seen.add(line.lower)
            return True
        if ends == "label":
            self.lines += 1
            return (
                self.lines == 1
                and line_rule is None
                and not line.prose
                and line.words <= R.LABEL_VALUE_MAX_WORDS.value
                and line.key[-1] not in "?!:"
            )
        if self.rule.ends == "bio":
            if self.lines >= R.BIO_MAX_LINES.value:
                return False
            if line.prose and line_rule is None:
                if self.paragraphs >= R.BIO_MAX_PARAGRAPHS.value or line.words > R.BIO_MAX_WORDS.value:
                    return False
                self.paragraphs += 1
            self.lines += 1
            return True
        return True  # page-end


def _apply_rules(page: _Page) -> None:
    body_seen = 0
    base: R.Rule | None = None  # page-end region (comments / comment form)
    local: _Section | None = None  # region that ends by itself
    min_body = R.SECTION_MIN_BODY_LINES.value
    for i, line in enumerate(page.lines):
        fragment = _match_fragment(line)
        if fragment is not None and fragment[1] == 0:
            line.rule = fragment[0]
        else:
            line.rule = _match_rule(line)
            if fragment is not None:
                line.fragment_at = fragment[1]
        rule = line.rule
        if rule is not None and rule.needs_widget:
            rule = None  # decided by _absorb_widgets, from its neighbours
        if rule is not None and rule.kind == R.SECTION:
            if body_seen >= min_body or rule.before_body == "open":
                if rule.ends == "page-end":
                    base, local = rule, None
                else:
                    local = _Section(rule)
                page.dec[i] = _drop(rule.name)
                continue
            if rule.before_body == "ignore":
                rule = line.rule = None
            else:
                page.dec[i] = _drop(rule.name)
                continue
        if local is not None:
            if local.takes(line, rule):
                page.dec[i] = _drop(rule.name if rule else local.member_rule())
                continue
            local = None
        if base is not None:
            page.dec[i] = _drop(rule.name if rule else base.name)
        elif rule is not None:
            page.dec[i] = _drop(rule.name)
        elif line.prose:
            body_seen += 1


def _absorbable(line: _Line) -> bool:
    if line.words <= R.DATELINE_MAX_WORDS and _DATELINE.match(line.key):
        return False  # a date line is article metadata, even inside a widget
    if _byline_name(line):
        return False
    cued = any(c in line.lower for c in R.ABSORB_CUES)
    if line.prose and not cued:
        tokens = _WORD.findall(line.lower.replace("’", "'"))
        if not (tokens[0] in R.ABSORB_PROSE_IMPERATIVES or any(t in R.ABSORB_PROSE_PRONOUNS for t in tokens)):
            return False  # reported prose, not a blurb addressed to the reader
    if line.words <= R.ABSORB_MAX_WORDS.value:
        return True
    return line.words <= R.ABSORB_CUE_MAX_WORDS.value and cued


def _widget_titles(page: _Page) -> None:
    """Lines of ``needs_widget`` rules next to a line removed by an absorbing
    rule of the same family or by a rule of the same name."""
    n = len(page.lines)
    for i, line in enumerate(page.lines):
        rule = line.rule
        if rule is None or not rule.needs_widget or not page.open(i):
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < n and page.dropped(j):
                other = page.lines[j].rule
                if other is not None and page.dec[j].label == other.name and (
                        (other.absorbs and other.family == rule.family) or other.name == rule.name):
                    page.dec[i] = _drop(rule.name)
                    break


def _absorb_widgets(page: _Page) -> None:
    """Undecided lines sandwiched between two hits of absorbing rules of the
    same family.

    One pass: ``run`` holds the undecided lines since the last absorbing hit;
    other removed lines neither extend nor break it. A line too long to be
    widget text, a run longer than ABSORB_MAX_LINES, prose in a run of more
    than one line, or (before the article starts) a bare name breaks the
    sandwich: in the page header a byline sits between player buttons. A
    ``needs_widget`` line (a box title) is a provisional hit: it is removed,
    with the run, when it closes a sandwich with a real hit on the other side.
    """
    _widget_titles(page)
    last: int | None = None  # index of the last hit
    last_provisional = False
    run: list[int] = []
    has_prose = False
    started = False  # article prose seen
    limit = R.ABSORB_MAX_LINES.value
    for i, line in enumerate(page.lines):
        d = page.dec[i]
        rule = line.rule
        provisional = d is None and rule is not None and rule.needs_widget
        if d is None and not provisional:
            has_prose = has_prose or line.prose
            if (last is not None and len(run) < limit and _absorbable(line) and not (has_prose and run)
                    and (started or not _is_name_like(line))):
                run.append(i)
            else:
                last, run = None, []
            started = started or line.strong
            continue
        real = d is not None and not d.keep and rule is not None and rule.absorbs and d.label == rule.name
        if not (real or provisional):
            continue
        if last is not None and page.lines[last].rule.family != rule.family:
            last, run = None, []
        if last is not None and not (provisional and last_provisional):
            name = page.lines[last].rule.name
            if last_provisional:
                page.dec[last] = _drop(name)
            for j in run:
                page.dec[j] = _drop(name)
            if provisional:
                page.dec[i] = _drop(rule.name)
                provisional = False
        last, last_provisional, run, has_prose = i, provisional, [], False


def _apply_fragments(page: _Page) -> None:
    """Captions that carried an image-viewer link: keep the caption part."""
    for i, line in enumerate(page.lines):
        if line.fragment_at > 0 and page.open(i):
            page.dec[i] = _keep("caption", line.raw[: line.fragment_at].rstrip())
            rule = _FRAGMENT_RULES[0][0].name
            page.fragments.append(Removal(line.no, line.raw[line.fragment_at:].strip(), rule))


# --------------------------------------------------------------------------
# Step 2: datelines, bylines, captions
# --------------------------------------------------------------------------


def _byline_name(line: _Line) -> str | None:
    if line.prose or line.words > R.BYLINE_MAX_WORDS:
        return None
    for regex in _BYLINES:
        match = regex.match(line.key)
        if match:
            return _clean_name(match.group("name"))
    return None


_NAME_CUT = re.compile(r"\s(?:\||·|•|–|—|-|on|at|updated)\s|,\s|\s\S+@\S+|\s\d", re.IGNORECASE)


def _clean_name(text: str) -> str | None:
    """'Jane Doe, Reuters | 3 May' -> 'Jane Doe'; None if it isn't name-like."""
    cut = _NAME_CUT.search(" " + text)
    name = (" " + text)[: cut.start()].strip() if cut else text.strip()
    tokens = name.split()
    if not 1 <= len(tokens) <= 6:
        return None
    if len(tokens) == 1:
        return name  # single names and handles: 'Reuters', 'KiAfriqa', 'admin'
    for token in tokens:
        if not (token[0].isupper() or token.lower() in R.NAME_PARTICLES):
            return None
    return name


def _is_caption(line: _Line) -> bool:
    if line.words > R.CAPTION_MAX_WORDS.value:
        return False
    if _CAPTION.search(line.key):
        return True
    # "Photo: <description>" (a bare credit was already removed as photo-credit)
    return bool(_CAPTION_PREFIX.match(line.key))


def _classify_meta(page: _Page) -> None:
    for i, line in enumerate(page.lines):
        if not page.open(i):
            continue
        if line.words <= R.BYLINE_MAX_WORDS * 3 and _ARTICLE_NOTE.match(line.key):
            page.dec[i] = _keep("body", line.raw)  # 'Reporting by …; Editing by …'
            page.notes.add(i)
            continue
        if line.words <= R.DATELINE_MAX_WORDS and _DATELINE.match(line.key):
            page.dec[i] = _keep("dateline", line.raw)
            continue
        name = _byline_name(line)
        if name:
            page.dec[i] = _keep("byline", name)
        elif _is_caption(line):
            page.dec[i] = _keep("caption", line.raw)


# --------------------------------------------------------------------------
# Step 3: title
# --------------------------------------------------------------------------


def _is_single_sentence(line: _Line) -> bool:
    return _SENTENCE_BREAK.search(line.key) is None


def _title_candidate(line: _Line) -> bool:
    return (
        2 <= line.words <= R.TITLE_MAX_WORDS.value
        and line.key[-1] not in ":,;"
        and _is_single_sentence(line)
        and not _is_nav_words(line)
    )


def _article_started(line: _Line) -> bool:
    return line.prose and (line.words > R.TITLE_MAX_WORDS.value or not _is_single_sentence(line))


def _nav_like(page: _Page, i: int) -> bool:
    """A menu line: menu words only (skip links and menu toggles included) or a breadcrumb.

    Other site chrome ('Listen to this article', 'Follow') sits under real
    headlines too, so it does not count.
    """
    d = page.dec[i]
    if d is not None and not d.keep and d.label in ("site-navigation", "breadcrumb"):
        return True
    return (d is None or not d.keep) and _is_nav_words(page.lines[i])


def _title_candidates(page: _Page) -> list[int]:
    """Open headline-like lines above the first paragraph of the article."""
    candidates = []
    for i, line in enumerate(page.lines):
        if not page.open(i):
            continue
        if _article_started(line):
            break
        if _title_candidate(line):
            candidates.append(i)
    return candidates


def _article_start(page: _Page, after: int) -> int:
    """Index of the first open prose line after ``after`` (or the page end)."""
    return next(
        (j for j in range(after + 1, len(page.lines)) if page.open(j) and page.lines[j].prose),
        len(page.lines),
    )


def _choose_title(page: _Page) -> int | None:
    candidates = _title_candidates(page)
    if not candidates:
        return None
    long_enough = [i for i in candidates if page.lines[i].words >= R.TITLE_MIN_WORDS.value]
    pick = _first_title_pick(page, candidates, long_enough)
    if not _in_breadcrumb_trail(page, pick) or _anchored(page, pick):
        return pick
    # The last items of a breadcrumb trail printed one per line look like
    # headlines; the headline is the later candidate with a byline or date
    # under it (not the line right after the pick: that would be its deck).
    first_after = next((j for j in range(pick + 1, len(page.lines)) if page.open(j)), None)
    checked = pick + 1  # lines before this one are known to be trail items (or decided)
    for i in long_enough:
        if i <= pick:
            continue
        if any(page.open(j) and not _is_trail_item(page.lines[j]) for j in range(checked, i)):
            break  # a deck or a paragraph between: the pick is the headline
        checked = i
        if i != first_after and page.lines[i].key[-1] not in ".;:," and _anchored(page, i):
            return i
    return pick


def _is_trail_item(line: _Line) -> bool:
    return not line.prose and not line.ends_sentence and line.words <= R.BREADCRUMB_ITEM_MAX_WORDS.value


def _masthead_candidates(page: _Page, long_enough: list[int]) -> set[int]:
    """Candidates followed by MASTHEAD_MENU_LINES menu lines before the next
    candidate that is not itself masthead.

    A tagline or leftover chrome line in the masthead is followed by menu
    items before the headline; a headline is not. The window runs to the next
    *real* candidate, so a tagline followed by 'Learn more about X' and then
    the menu is masthead too (round 4, wire_markets_story).
    """
    masthead: set[int] = set()
    if not long_enough:
        return masthead
    until = _article_start(page, long_enough[-1])
    # menu_before[k]: menu lines among the first k lines (linear, whatever the windows)
    menu_before = [0]
    for j in range(until):
        menu_before.append(menu_before[-1] + _nav_like(page, j))
    for i in reversed(long_enough):
        if menu_before[until] - menu_before[i + 1] >= R.MASTHEAD_MENU_LINES.value:
            masthead.add(i)
        else:
            until = i
    return masthead


def _first_title_pick(page: _Page, candidates: list[int], long_enough: list[int]) -> int:
    masthead = _masthead_candidates(page, long_enough)
    pick = next((i for i in long_enough if i not in masthead), None)
    if pick is None:
        return (long_enough or candidates)[0]
    # A replacement must look like a headline, not like a first paragraph.
    later = [i for i in long_enough if i > pick and page.lines[i].key[-1] not in ".;:,"]
    if later and (_is_masthead_tagline(page, pick) or _is_before_date_header(page, pick, later[0])):
        return later[0]
    return pick


def _in_breadcrumb_trail(page: _Page, i: int) -> bool:
    """Is line ``i`` part of a breadcrumb trail printed one item per line?

    True when a 'Home' line comes a few lines above it with only short
    non-sentence lines between (GOV.UK: Home / Business and industry /
    Product safety … / <last item>).
    """
    limit = R.BREADCRUMB_TRAIL_MAX_LINES.value
    for j in range(i - 1, max(i - 1 - limit, -1), -1):
        line = page.lines[j]
        if line.lower in _TRAIL_STARTS:
            return True
        if not _is_trail_item(line):
            return False
    return False


_TRAIL_STARTS = frozenset({"home", "homepage", "you are here", "you are here:", "home page"})


def _anchored(page: _Page, i: int) -> bool:
    """Is headline candidate ``i`` followed by a byline or date line, with at
    most TITLE_ANCHOR_MAX_LINES undecided lines (a deck) between?

    Removed lines, captions and bare names ('Owen Pritchard and Lucy
    Adeyemi') are skipped. A scan looks at most TITLE_ANCHOR_SCAN_LINES
    lines ahead, so the title choice stays linear.
    """
    between = 0
    for j in range(i + 1, min(i + 1 + int(R.TITLE_ANCHOR_SCAN_LINES.value), len(page.lines))):
        if page.kept_as(j, "byline", "dateline"):
            return True
        if page.dropped(j) or page.kept_as(j, "caption"):
            continue
        line = page.lines[j]
        if page.open(j) and _is_name_like(line):
            continue
        if _article_started(line):
            return False
        between += 1
        if between > R.TITLE_ANCHOR_MAX_LINES.value:
            return False
    return False


def _is_title_case(line: _Line) -> bool:
    tokens = [t for t in line.key.split() if t[0].isalpha()]
    return bool(tokens) and all(
        t[0].isupper() or t.lower() in R.STOPWORDS or t.lower() in R.NAME_PARTICLES for t in tokens
    )


def _is_masthead_tagline(page: _Page, i: int) -> bool:
    """Blog mastheads print the site name, then its tagline, above the post.

    True when the first open line of the page is a short Title-Case name that
    is not a menu word, and line ``i`` comes right after it.
    """
    first = next(j for j in range(len(page.lines)) if page.open(j))
    name = page.lines[first]
    return (
        first < i
        and not any(page.open(j) for j in range(first + 1, i))
        and 1 <= name.words <= R.SITE_NAME_MAX_WORDS.value
        and not name.ends_sentence
        and _is_title_case(name)
        and not _is_nav_words(name)
    )


def _is_before_date_header(page: _Page, i: int, later: int) -> bool:
    """Blogger prints the post date *above* the post title.

    When only chrome and at least one dateline separate ``i`` from the next
    candidate, and that candidate is directly followed by article prose, the
    candidate is the post title and ``i`` belongs to the masthead.
    """
    between = range(i + 1, later)
    if not any(page.kept_as(j, "dateline") for j in between):
        return False
    if not all(page.kept_as(j, "dateline") or page.dropped(j) for j in between):
        return False
    if _word_tuple(page.lines[i]) == _word_tuple(page.lines[later]):
        return False
    nxt = later + 1
    return nxt < len(page.lines) and page.open(nxt) and page.lines[nxt].prose


def _word_tuple(line: _Line) -> tuple[str, ...]:
    return tuple(_WORD.findall(line.key.lower().replace("’", "'")))


def _is_headline_repeat(words: tuple[str, ...], title: tuple[str, ...]) -> bool:
    if words == title:
        return True
    short, long_ = sorted((words, title), key=len)
    extra = len(long_) - len(short)
    return (
        len(short) >= R.TITLE_MIN_WORDS.value
        and 0 < extra <= R.TITLE_REPEAT_EXTRA_WORDS.value
        and (long_[: len(short)] == short or long_[extra:] == short)
    )


def _mark_title(page: _Page) -> None:
    t = _choose_title(page)
    page.title_index = t
    if t is None:
        return
    title_line = page.lines[t]
    page.dec[t] = _keep("title", title_line.raw)
    title_words = _word_tuple(title_line)
    span = R.TITLE_REPEAT_EXTRA_WORDS.value
    for i, line in enumerate(page.lines):
        if i == t or abs(line.words - title_line.words) > span:
            continue  # cheap length filter before comparing words
        words = _word_tuple(line)
        exact = words == title_words
        if exact or (page.open(i) and _is_headline_repeat(words, title_words)):
            page.dec[i] = _drop("repeated-headline")


# --------------------------------------------------------------------------
# Step 4: doubled captions, cross-scrape repetition
# --------------------------------------------------------------------------


def _mark_doubles(page: _Page) -> None:
    gap = int(R.DOUBLE_MAX_GAP.value)
    for i, line in enumerate(page.lines):
        if not (page.open(i) or page.kept_as(i, "caption")):
            continue
        if line.words == 0 or line.words > R.CAPTION_MAX_WORDS.value:
            continue
        for j in range(i - 1, max(i - gap, 0) - 1, -1):
            if page.lines[j].key.casefold() != line.key.casefold():
                continue
            if page.open(j) or page.kept_as(j, "caption"):
                if page.open(j):
                    page.dec[j] = _keep("caption", page.lines[j].raw)
                page.dec[i] = _drop("doubled-caption")
                break


def _mark_site_repeats(page: _Page, counts: Counter | None) -> None:
    if not counts:
        return
    need = R.SITE_REPEAT_MIN_SCRAPES.value
    for i, line in enumerate(page.lines):
        if not page.open(i) or line.prose or line.words > R.SITE_REPEAT_MAX_WORDS.value:
            continue
        if counts.get(normalise_line(line.raw), 0) >= need:
            page.dec[i] = _drop("repeated-across-site")


# --------------------------------------------------------------------------
# Step 5: masthead and footer
# --------------------------------------------------------------------------


def _mark_header(page: _Page) -> None:
    """Non-prose lines above the headline are the masthead (site name, tagline, menu)."""
    if page.title_index is None:
        return
    for i in range(page.title_index):
        line = page.lines[i]
        if page.open(i) and not line.prose:
            page.dec[i] = _drop("site-navigation" if _is_nav_words(line) else "page-header")


_WIDGET_RULES = frozenset(r.name for r in R.RULES if r.absorbs)


def _tail_score(page: _Page, i: int) -> float:
    """Score for the footer search: chrome +1, neutral 0, prose negative.

    A widget box (consecutive lines removed by the same absorbing rule: a
    newsletter box, a contact block) scores +1 once, on its last line: a box
    of five lines in front of an article's short last paragraph is one piece
    of chrome, not five. An article note ('Reporting by …') ends the article:
    the footer never starts above it.
    """
    d = page.dec[i]
    line = page.lines[i]
    if d is not None:
        if not d.keep:
            nxt = page.dec[i + 1] if i + 1 < len(page.lines) else None
            if d.label in _WIDGET_RULES and nxt is not None and not nxt.keep and nxt.label == d.label:
                return 0.0
            return 1.0
        return float("-inf") if d.label == "title" or i in page.notes else 0.0
    if line.words <= R.TAIL_CHROME_MAX_WORDS.value and _TAIL_CHROME.match(line.key):
        return 1.0  # an author-bio sentence or a publisher blurb, if the tail takes it
    if not line.prose:
        return 0.0
    if line.words > R.TAIL_ABSORB_MAX_WORDS.value:
        return float("-inf")
    return -max(1.0, line.words * R.TAIL_PROSE_WEIGHT.value)


def _footer_start(page: _Page) -> int | None:
    """Start of the chrome-dense tail: the suffix with the highest score.

    Ties go to the later start, so undecided lines right after the article
    (credits, references) stay unless chrome follows *and* precedes them.
    """
    best, best_at, total = 0.0, None, 0.0
    for i in range(len(page.lines) - 1, -1, -1):
        total += _tail_score(page, i)
        if total == float("-inf"):
            break
        if total > best:
            best, best_at = total, i
    return best_at


def _mark_footer(page: _Page) -> None:
    start = _footer_start(page)
    if start is None:
        return
    for i in range(start, len(page.lines)):
        d = page.dec[i]
        if d is None or (d.keep and d.label in ("byline", "dateline")):
            name = "site-navigation" if _is_nav_words(page.lines[i]) else "page-footer"
            page.dec[i] = _drop(name)


# --------------------------------------------------------------------------
# Step 6: article lines
# --------------------------------------------------------------------------


def _is_name_like(line: _Line) -> bool:
    tokens = line.key.split()
    return (
        2 <= len(tokens) <= R.NAME_MAX_WORDS.value
        and not line.ends_sentence
        and all(t[0].isupper() or t.lower() in R.NAME_PARTICLES for t in tokens)
        and not any(c.isdigit() for c in line.key)
        and line.stop_ratio == 0
    )


def _is_header_chip(line: _Line) -> bool:
    """Tag chips and user handles in a post header: short, lowercase-initial."""
    return line.words <= R.HEADER_CHIP_MAX_WORDS.value and line.raw[:1].islower() and not line.ends_sentence


def _is_heading(line: _Line) -> bool:
    return 1 <= line.words <= R.HEADING_MAX_WORDS.value and line.key[-1] not in ".!;:,"


def _next_to_dateline(page: _Page, i: int) -> bool:
    return any(
        0 <= j < len(page.lines) and page.kept_as(j, "dateline", "byline") for j in (i - 1, i + 1)
    )


def _wraps_onto_next_line(page: _Page, i: int) -> bool:
    nxt = i + 1
    return (
        nxt < len(page.lines)
        and page.lines[nxt].no == page.lines[i].no + 1
        and page.open(nxt)
        and page.lines[nxt].raw[:1].islower()
    )


def _article_kind(page: _Page, i: int, in_header: bool, prev_kind: str | None) -> str:
    line = page.lines[i]
    if line.prose:
        return "body"
    if _is_name_like(line) and (in_header or _next_to_dateline(page, i)):
        return "byline"  # bare author name in the post header ('Hannah Okafor')
    if _wraps_onto_next_line(page, i):
        return "body"  # first half of a hard-wrapped paragraph
    if _is_heading(line):
        # In a run of short lines only the first is a heading; the rest are
        # list items ('Equipment' followed by the kit list).
        adjacent = prev_kind in ("heading", "body") and page.lines[i - 1].no == line.no - 1
        if prev_kind == "heading" and adjacent:
            return "body"
        return "heading"
    return "body"


def _classify_rest(page: _Page) -> None:
    start = (page.title_index or -1) + 1
    first_body = _article_start(page, start - 1)
    prev_kind = None
    for i in range(len(page.lines)):
        if page.open(i) and start <= i < first_body and _is_header_chip(page.lines[i]):
            page.dec[i] = _drop("page-header")
            prev_kind = None
        elif page.open(i):
            kind = _article_kind(page, i, start <= i < first_body, prev_kind)
            page.dec[i] = _keep(kind, page.lines[i].raw)
            prev_kind = kind if kind in ("heading", "body") and not page.lines[i].prose else None
        else:
            prev_kind = None


# --------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------


def _continues_paragraph(prev: _Line, line: _Line) -> bool:
    """A hard-wrapped paragraph: no blank line, no sentence end, lowercase start."""
    return line.no == prev.no + 1 and not prev.ends_sentence and line.raw[:1].islower()


def _assemble(page: _Page) -> Cleaned:
    blocks: list[Block] = []
    removed: list[Removal] = list(page.fragments)
    prev_body: _Line | None = None
    for line, d in zip(page.lines, page.dec):
        if not d.keep:
            removed.append(Removal(line.no, line.raw, d.label))
            prev_body = None
            continue
        if d.label == "body" and prev_body is not None and _continues_paragraph(prev_body, line):
            last = blocks[-1]
            blocks[-1] = Block("body", last.lines + (line.no,), f"{last.text} {d.text}")
        else:
            blocks.append(Block(d.label, (line.no,), d.text))
        prev_body = line if d.label == "body" else None
    removed.sort(key=lambda r: r.line)
    return Cleaned(tuple(blocks), tuple(removed))


# --------------------------------------------------------------------------
# Entry points
# --------------------------------------------------------------------------


def clean(text: str, site_line_counts: Counter | None = None) -> Cleaned:
    """Split a raw scrape into article blocks and removed chrome.

    ``site_line_counts`` (from :func:`site_line_counts` over the corpus this
    scrape belongs to, this scrape included) lets site-wide boilerplate that no
    rule names be recognised by its repetition.
    """
    page = _Page(_scan(text))
    _apply_rules(page)
    _absorb_widgets(page)
    _apply_fragments(page)
    _classify_meta(page)
    _mark_title(page)
    _mark_doubles(page)
    _mark_site_repeats(page, site_line_counts)
    _mark_header(page)
    _mark_footer(page)
    _classify_rest(page)
    return _assemble(page)


def site_line_counts(texts: Iterable[str]) -> Counter:
    """For each normalised line, the number of scrapes it appears in."""
    counts: Counter = Counter()
    for text in texts:
        counts.update({normalise_line(line) for line in text.split("\n") if line.strip()})
    return counts
