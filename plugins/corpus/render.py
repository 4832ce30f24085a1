"""Turn cleaned blocks into Markdown, and that Markdown into safe HTML.

Scraped text is data, never markup: a scrape containing ``<script>`` or
``*emphasis*`` must show those characters, not run or format them. So every
piece of text is escaped here, in one place, before it becomes Markdown, and
the Markdown converter is given no way to pass raw HTML through.
"""

from __future__ import annotations

import re

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


def markdown_to_html(text: str) -> str:
    """Render the body Markdown to HTML (tables, lists and raw HTML are off)."""
    converter = markdown.Markdown(extensions=["attr_list", _NoRawHtml()], output_format="html")
    return converter.convert(text)


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
    soup = BeautifulSoup(html, "html.parser")
    paragraphs = [p for p in soup.find_all("p") if "caption" not in (p.get("class") or [])]
    for index, paragraph_claims in by_paragraph.items():
        if index < len(paragraphs):
            _wrap_sentences(soup, paragraphs[index], paragraph_claims)
    return str(soup)


def _wrap_sentences(soup, paragraph, claims) -> None:
    text = paragraph.get_text()
    pieces, cursor = [], 0
    for claim in claims:
        start = text.find(claim["text"], cursor)
        if start < 0:
            continue
        pieces.append(text[cursor:start])
        span = soup.new_tag("span", attrs={"class": "claim", "id": claim["id"]})
        span.string = claim["text"]
        pieces.append(span)
        cursor = start + len(claim["text"])
    if not any(not isinstance(piece, str) for piece in pieces):
        return
    pieces.append(text[cursor:])
    paragraph.clear()
    for piece in pieces:
        if piece:
            paragraph.append(piece)
