"""Turn cleaned blocks into Markdown, and that Markdown into safe HTML.

Scraped text is data, never markup: a scrape containing ``<script>`` or
``*emphasis*`` must show those characters, not run or format them. So every
piece of text is escaped here, in one place, before it becomes Markdown, and
the Markdown converter is given no way to pass raw HTML through.
"""

from __future__ import annotations

import re
import threading

import markdown
from bs4 import BeautifulSoup

# Characters Markdown gives meaning to anywhere in a line.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]{}!])")
# Constructs that only mean something at the start of a line: headings,
# quotes, list items, rules. (Each paragraph is one line, so a setext
# underline cannot occur; tables and strikethrough are not enabled.)
_LINE_START_SPECIAL = re.compile(r"^(\s*)([#>+-]|\d+[.)](?=\s|$))")
_ENTITY_LIKE = re.compile(r"&(?=#?\w+;)")


def escape_markdown(text: str) -> str:
    """Escape ``text`` so Markdown renders exactly these characters.

    >>> escape_markdown("<b>5 * 3</b> & co")
    '&lt;b&gt;5 \\\\* 3&lt;/b&gt; & co'
    """
    text = _ENTITY_LIKE.sub("&amp;", text)
    text = text.replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    # Leading spaces would make a code block; the line-start marker is escaped.
    text = _LINE_START_SPECIAL.sub(lambda m: _escape_marker(m.group(2)), text.lstrip())
    return text


def _escape_marker(marker: str) -> str:
    if marker[0].isdigit():  # "1." -> "1\." keeps the number, drops the list
        return marker[:-1] + "\\" + marker[-1]
    return "\\" + marker


def paragraph_text(text: str) -> str:
    """A block's text as one line, as the page shows it (lines joined by a space).

    Claims are found in this same text, so a claim's sentence can be found
    again, character for character, in the rendered paragraph.
    """
    return " ".join(line.strip() for line in text.split("\n") if line.strip())


def blocks_to_markdown(blocks) -> str:
    """The article body as Markdown: one paragraph per kept block.

    The title, bylines and datelines are metadata (front matter), not body.
    Captions are marked with a class so the theme sets them apart.
    """
    parts = []
    for block in blocks:
        text = escape_markdown(paragraph_text(block.text))
        if not text:
            continue
        if block.kind == "body":
            parts.append(text)
        elif block.kind == "heading":
            parts.append("## " + text)
        elif block.kind == "caption":
            parts.append(text + "\n{: .caption }")
    return "\n\n".join(parts) + "\n" if parts else ""


class _NoRawHtml(markdown.Extension):
    """Drop Markdown's raw-HTML passthrough: any tag left is escaped text."""

    def extendMarkdown(self, md):  # noqa: N802 (Markdown's API name)
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")


# One converter per thread, reset before each use: building one (its
# extensions and pattern registries) costs about as much as converting an
# article. reset() is Markdown's own way to reuse an instance.
_CONVERTERS = threading.local()


def _converter() -> markdown.Markdown:
    converter = getattr(_CONVERTERS, "markdown", None)
    if converter is None:
        converter = markdown.Markdown(extensions=["attr_list", _NoRawHtml()], output_format="html")
        _CONVERTERS.markdown = converter
    return converter.reset()


def markdown_to_html(text: str) -> str:
    """Render the body Markdown to HTML (tables, lists and raw HTML are off)."""
    html = _plain_markdown_to_html(text)
    return html if html is not None else _converter().convert(text)


# ---- escaped blocks without the converter --------------------------------
#
# blocks_to_markdown writes each block as one line of escaped text: a
# paragraph, "## " and a heading, or a caption line followed by
# "{: .caption }". In such text the converter has nothing to do but turn
# each backslash escape into its character and keep "&lt;" and "&gt;" as
# they are (every other Markdown construct needs a character that
# escape_markdown escapes, or a line start it escapes), and that is cheap
# to write directly. Text of any other shape, checked block by block, goes
# to the converter. tests/test_render.py compares the two.

# A backslash before one of Markdown's ESCAPED_CHARS stands for that character.
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()>#+\-.!])")
# Escaped inline text: no character Markdown (or its whitespace clean-up)
# would act on, other than those escapes, the entities escape_markdown
# writes and a bare "&" before a space (which Markdown writes as "&amp;").
_ESCAPED_TEXT = re.compile(
    r"(?:[^\\&<>`*_{}\[\]!\x00-\x1f\x7f\x85\u2028\u2029]|\\[\\`*_{}\[\]()>#+\-.!]"
    r"|&lt;|&gt;|&amp;|& )+")
# Line starts that make a block something other than a paragraph.
_BLOCK_START = re.compile(r"[#+\-=*>]|\d+[.)]")
_CAPTION_SUFFIX = "\n{: .caption }"


def _escaped_line(text: str) -> str | None:
    """The HTML of one line of escaped text, or None if it is not one."""
    if (not _ESCAPED_TEXT.fullmatch(text) or text[0].isspace() or text[-1].isspace()
            or _BLOCK_START.match(text)):
        return None
    # An escape never stands for "&", so every "& " left is a bare one.
    return _MARKDOWN_ESCAPE.sub(r"\1", text).replace("& ", "&amp; ")


def _plain_markdown_to_html(text: str) -> str | None:
    """markdown_to_html for what blocks_to_markdown writes, or None."""
    if not text:
        return ""
    if not text.endswith("\n") or text.endswith("\n\n"):
        return None
    html = []
    for block in text[:-1].split("\n\n"):
        if block.startswith("## "):
            tag, line, attributes = "h2", block[3:], ""
            if line.endswith("#"):
                return None  # closing hashes would be dropped from the heading
        elif block.endswith(_CAPTION_SUFFIX):
            tag, line, attributes = "p", block[:-len(_CAPTION_SUFFIX)], ' class="caption"'
        else:
            tag, line, attributes = "p", block, ""
        inner = _escaped_line(line) if line else None
        if inner is None:
            return None
        html.append(f"<{tag}{attributes}>{inner}</{tag}>")
    return "\n".join(html)


def mark_claims(html: str, claims: list[dict]) -> str:
    """Wrap each claim's sentence in ``<span class="claim" id="CLAIM ID">``.

    Claims name the body paragraph they sit in (counting body paragraphs
    only, as the claims stage does); captions and headings are skipped here
    the same way. The paragraph holds only escaped text, so the sentence is
    found by plain string search, and the text nodes are rebuilt around it.
    """
    by_paragraph: dict[int, list[dict]] = {}
    for claim in claims:
        if isinstance(claim.get("paragraph"), int):
            by_paragraph.setdefault(claim["paragraph"], []).append(claim)
    if not by_paragraph:
        return html
    marked = _mark_plain_blocks(html, by_paragraph)
    return marked if marked is not None else _mark_with_soup(html, by_paragraph)


def _mark_with_soup(html: str, by_paragraph: dict[int, list[dict]]) -> str:
    soup = BeautifulSoup(html, "html.parser")
    paragraphs = [p for p in soup.find_all("p") if "caption" not in (p.get("class") or [])]
    for index, paragraph_claims in by_paragraph.items():
        if index < len(paragraphs):
            _wrap_sentences(soup, paragraphs[index], paragraph_claims)
    return str(soup)


def _wrap_sentences(soup, paragraph, claims) -> None:
    pieces = _claim_pieces(paragraph.get_text(), claims)
    if pieces is None:
        return
    paragraph.clear()
    for piece in pieces:
        if isinstance(piece, str):
            paragraph.append(piece)
        else:
            span = soup.new_tag("span", attrs={"class": "claim", "id": piece["id"]})
            span.string = piece["text"]
            paragraph.append(span)


def _claim_pieces(text: str, claims) -> list | None:
    """The paragraph text cut around its claims: strings between the claims
    (empty ones left out) and the claim dicts themselves, in order; None if
    no claim's sentence is found."""
    pieces, cursor = [], 0
    for claim in claims:
        start = text.find(claim["text"], cursor)
        if start < 0:
            continue
        pieces.append(text[cursor:start])
        pieces.append(claim)
        cursor = start + len(claim["text"])
    if all(isinstance(piece, str) for piece in pieces):
        return None
    pieces.append(text[cursor:])
    return [piece for piece in pieces if piece]


# ---- the same result without parsing ------------------------------------
#
# markdown_to_html writes the body as one block per line, each holding only
# text in which "&", "<" and ">" are written as entities. For such HTML,
# BeautifulSoup (html.parser, "minimal" formatter) reads each text back as
# those three entities decoded, and writes every block it is not asked to
# change exactly as it was; so the marked paragraphs can be written directly.
# Any other HTML goes through _mark_with_soup. tests/test_render.py compares
# the two.

_PLAIN_TEXT = r"[^<>&]*(?:&(?:amp|lt|gt);[^<>&]*)*"
_PLAIN_BLOCK = re.compile(
    rf'<(?P<tag>p|h[1-6])(?P<caption> class="caption")?>(?P<text>{_PLAIN_TEXT})</(?P=tag)>')
_ENTITY = re.compile(r"&(amp|lt|gt);")
_DECODED = {"amp": "&", "lt": "<", "gt": ">"}
_UNSAFE_IN_ATTRIBUTE = re.compile("[&<>\"']")


def _escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _mark_plain_blocks(html: str, by_paragraph: dict[int, list[dict]]) -> str | None:
    """mark_claims for HTML of plain blocks, or None for any other HTML."""
    lines = html.split("\n")
    blocks = [_PLAIN_BLOCK.fullmatch(line) for line in lines]
    if not all(blocks):
        return None
    body = [i for i, block in enumerate(blocks) if block["tag"] == "p" and not block["caption"]]
    for index, claims in by_paragraph.items():
        if index >= len(body):
            continue
        line = body[index]
        text = _ENTITY.sub(lambda m: _DECODED[m.group(1)], blocks[line]["text"])
        pieces = _claim_pieces(text, claims)
        if pieces is None:
            continue
        html_pieces = []
        for piece in pieces:
            if isinstance(piece, str):
                html_pieces.append(_escape_text(piece))
            elif type(piece["id"]) is str and not _UNSAFE_IN_ATTRIBUTE.search(piece["id"]):
                html_pieces.append(f'<span class="claim" id="{piece["id"]}">'
                                   f'{_escape_text(piece["text"])}</span>')
            else:
                return None  # an id that needs quoting rules: let BeautifulSoup write it
        lines[line] = "<p>" + "".join(html_pieces) + "</p>"
    return "\n".join(lines)
