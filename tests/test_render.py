"""Scraped text reaches the page as text: never markup, never script."""

import random

import pytest
from bs4 import BeautifulSoup

from corpus.render import blocks_to_markdown, escape_markdown, mark_claims, markdown_to_html
from types import SimpleNamespace as Block

NASTY = [
    "<script>alert(1)</script>",
    "</script><script>alert(3)</script>",
    '<img src=x onerror=alert(2)>',
    '" onmouseover="alert(4)',
    "# not a heading", "## neither", "1. not a list", "2) nor this", "- no bullet", "+ no bullet",
    "* no bullet", "> not a quote", "---", "***", "=== ",
    "5 * 3 * 4 and _under_ and __bold__ and `code` and [link](http://x) and ![img](x)",
    "&amp; &lt; &#60; & AT&T", "back\\slash \\*", "{: .injected }", "<!-- comment -->",
    "    indented like code", "http://example.org <http://example.org>", "a | b | c",
    "trailing two spaces  ", "~~struck~~", "<https://evil.example/>", "[x]: http://ref",
]


def rendered_text(text: str) -> str:
    html = markdown_to_html(escape_markdown(text))
    return BeautifulSoup(html, "html.parser").get_text()


@pytest.mark.parametrize("text", NASTY)
def test_text_renders_exactly_as_written(text):
    assert rendered_text(text).strip() == text.strip()


def test_random_punctuation_soup_round_trips():
    rng = random.Random(7)
    alphabet = "<>&#*_`[](){}!\\-+=.|~:;\"' abcXYZ019\u00e9\u201c\u201d"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))).strip()
        if text:
            assert rendered_text(text).strip() == text


def test_no_tag_from_the_text_survives():
    html = markdown_to_html(escape_markdown('<script>alert(1)</script><b onclick="x()">b</b>'))
    soup = BeautifulSoup(html, "html.parser")
    assert [tag.name for tag in soup.find_all(True)] == ["p"]


def test_raw_html_in_markdown_is_escaped_even_if_unescaped():
    # The converter itself refuses raw HTML, as a second line of defence.
    html = markdown_to_html("<script>alert(1)</script>\n\nText <b>bold</b>")
    assert "<script>" not in html and "<b>" not in html


def test_blocks_become_paragraphs_headings_and_captions():
    blocks = [
        Block(kind="title", lines=(1,), text="The title"),
        Block(kind="caption", lines=(3,), text="A photo of a plane."),
        Block(kind="body", lines=(5,), text="First paragraph."),
        Block(kind="heading", lines=(7,), text="A subheading"),
        Block(kind="body", lines=(9,), text="Second paragraph."),
        Block(kind="dateline", lines=(2,), text="March 27, 2019"),
    ]
    markdown = blocks_to_markdown(blocks)
    soup = BeautifulSoup(markdown_to_html(markdown), "html.parser")
    assert [(t.name, t.get("class"), t.get_text()) for t in soup.find_all(["p", "h2"])] == [
        ("p", ["caption"], "A photo of a plane."),
        ("p", None, "First paragraph."),
        ("h2", None, "A subheading"),
        ("p", None, "Second paragraph."),
    ]
    assert "The title" not in markdown and "2019" not in markdown


def test_claim_sentences_are_wrapped_with_their_anchor():
    html = markdown_to_html(blocks_to_markdown([
        Block(kind="caption", lines=(1,), text="A caption. With two sentences."),
        Block(kind="body", lines=(2,), text="Intro. Two planes <landed> on Saturday.\nThe end."),
        Block(kind="heading", lines=(3,), text="Heading"),
        Block(kind="body", lines=(4,), text="It was 99 soldiers, Mayorca said."),
    ]))
    marked = mark_claims(html, [
        {"id": "c-aaa", "paragraph": 0, "text": "Two planes <landed> on Saturday."},
        {"id": "c-bbb", "paragraph": 1, "text": "It was 99 soldiers, Mayorca said."},
        {"id": "c-ccc", "paragraph": None, "text": "Added by a curator."},
    ])
    soup = BeautifulSoup(marked, "html.parser")
    assert soup.find(id="c-aaa").get_text() == "Two planes <landed> on Saturday."
    assert soup.find(id="c-aaa").parent.get_text() == "Intro. Two planes <landed> on Saturday. The end."
    assert soup.find(id="c-bbb")["class"] == ["claim"]
    assert soup.find(id="c-ccc") is None
    assert "&lt;landed&gt;" in marked and "<landed>" not in marked


# ---- the direct paths give what the converter and BeautifulSoup give ------

from corpus import render  # noqa: E402

FUZZ_PIECES = list("abc XYZ 019 \\`*_{}[]()#+-.!<>&;:\"'|~=^$%@/\t\u00a0\u2028\x85\x02\x03é“”’") + [
    "&amp;", "&lt;", "&#39;", "&copy;", "AT&T", " & ", "&\\#x41;", "1.", "2)", "## ", "- ", "> ",
    "    ", "  \n", "\n", "{: .x }", "http://x.y", "<b>", "**", "__", "\\\\", "```", "#",
] + ["plain words ", "Mr. Smith ", "“quoted”, "] * 6


def _fuzz_markdown(rng):
    blocks = [Block(kind=rng.choice(["body", "body", "heading", "caption"]), lines=(1,),
                    text="".join(rng.choice(FUZZ_PIECES) for _ in range(rng.randint(0, 14))))
              for _ in range(rng.randint(1, 4))]
    markdown = blocks_to_markdown(blocks)
    # also text that did not come through escape_markdown
    return [markdown, markdown.replace("\\", ""), markdown + "\n", markdown.rstrip("\n")]


def test_escaped_blocks_are_rendered_as_the_converter_renders_them():
    rng = random.Random(3)
    direct = 0
    for _ in range(4000):
        for markdown in _fuzz_markdown(rng):
            html = render._plain_markdown_to_html(markdown)
            if html is not None:
                direct += 1
                assert html == render._converter().convert(markdown), repr(markdown)
    assert direct > 1000


@pytest.mark.parametrize("text", NASTY)
def test_nasty_text_is_rendered_as_the_converter_renders_it(text):
    markdown = blocks_to_markdown([Block(kind=kind, lines=(1,), text=text)
                                   for kind in ("body", "heading", "caption")])
    assert markdown_to_html(markdown) == render._converter().convert(markdown)


def test_claims_are_marked_as_beautifulsoup_marks_them():
    rng = random.Random(5)
    pieces = ["A", "b", " ", ".", "&", "<", ">", "\"", "'", "é", "“", "Two planes landed. ", "x & y"]
    direct = 0
    for _ in range(1500):
        blocks = [Block(kind=rng.choice(["body", "body", "heading", "caption"]), lines=(1,),
                        text="".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))))
                  for _ in range(rng.randint(1, 4))]
        html = markdown_to_html(blocks_to_markdown(blocks))
        body = [b.text for b in blocks if b.kind == "body" and b.text.strip()]
        claims = []
        for number in range(rng.randint(1, 4)):
            paragraph = rng.randrange(len(body) + 1) if body else 0
            text = body[paragraph] if paragraph < len(body) else "missing"
            start = rng.randrange(len(text))
            claim_text = text[start:start + rng.randint(0, 8)].strip() or text.strip()
            claims.append({"id": rng.choice([f"c-{number}", "c-&<\"'", ""]), "paragraph": paragraph,
                           "text": claim_text})
        by_paragraph = {}
        for claim in claims:
            by_paragraph.setdefault(claim["paragraph"], []).append(claim)
        expected = render._mark_with_soup(html, by_paragraph)
        assert mark_claims(html, claims) == expected
        direct += render._mark_plain_blocks(html, by_paragraph) is not None
    assert direct > 500


def test_other_html_is_marked_through_beautifulsoup():
    html = '<p>One <em>two</em> three.</p>\n<ul>\n<li>x</li>\n</ul>'
    claims = [{"id": "c-1", "paragraph": 0, "text": "three."}]
    assert render._mark_plain_blocks(html, {0: claims}) is None
    assert mark_claims(html, claims) == render._mark_with_soup(html, {0: claims})
