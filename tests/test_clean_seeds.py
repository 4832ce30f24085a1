"""The cleaner on the five seed scrapes in content/raw (expected results per line)."""

from pathlib import Path

import pytest

from corpus.clean import Removal, clean

RAW = Path(__file__).resolve().parent.parent / "content" / "raw"


def load(prefix: str):
    path = next(RAW.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    return text, clean(text)


def kind_of(cleaned, number):
    for block in cleaned.blocks:
        if number in block.lines:
            return block.kind
    return None


def rule_of(cleaned, number):
    if kind_of(cleaned, number) is not None:
        return None
    return cleaned.rule_for(number)


def nonblank(text, start=1, end=None):
    lines = text.split("\n")
    end = end or len(lines)
    return [n for n in range(start, end + 1) if lines[n - 1].strip()]


def block_at(cleaned, number):
    return next(b for b in cleaned.blocks if number in b.lines)


# --------------------------------------------------------------------------
# 000: WordPress.com post with author bio, one comment and the comment form
# --------------------------------------------------------------------------

def test_000_title_keeps_its_no_break_space():
    text, cleaned = load("000")
    assert cleaned.title == (
        "Reports Claim Russia Sending Troops To Venezuela As Guaido Promises Military Will Turn On\u00a0Maduro"
    )
    assert block_at(cleaned, 1).kind == "title"


def test_000_every_paragraph_is_kept():
    text, cleaned = load("000")
    for n in nonblank(text, 3, 17):
        assert kind_of(cleaned, n) == "body", n
    assert block_at(cleaned, 14).text.startswith("American imperialism wants to kill me,” Maduro said.")


def test_000_everything_from_posted_by_down_is_removed():
    text, cleaned = load("000")
    assert rule_of(cleaned, 19) == "posted-by-label"
    assert rule_of(cleaned, 21) == "author-bio"
    assert rule_of(cleaned, 23) == "reader-comment"
    assert rule_of(cleaned, 25) == "reader-comment"
    for n in nonblank(text, 27):
        assert rule_of(cleaned, n) == "comment-form", n


# --------------------------------------------------------------------------
# 001: donation counter, repeated headline, caption with an image-viewer link
# --------------------------------------------------------------------------

def test_001_donation_counter_and_appeal():
    text, cleaned = load("001")
    for n in (1, 2, 3, 4, 58):
        assert rule_of(cleaned, n) == "donation-widget", n


def test_001_title_and_its_repeats():
    text, cleaned = load("001")
    assert kind_of(cleaned, 6) == "title"
    assert rule_of(cleaned, 9) == "repeated-headline"
    assert rule_of(cleaned, 13) == "repeated-headline"


def test_001_caption_loses_only_the_image_viewer_link():
    text, cleaned = load("001")
    block = block_at(cleaned, 15)
    assert (block.kind, block.text) == ("caption", "Juan Guaido’s political mentor Leopoldo Lopez, photograph circa 2014.")
    assert Removal(15, "Click to see full-size image", "image-viewer-link") in cleaned.removed


def test_001_every_other_paragraph_is_kept():
    text, cleaned = load("001")
    for n in nonblank(text, 11, 53):
        if n not in (13, 15):
            assert kind_of(cleaned, n) == "body", n
    assert block_at(cleaned, 19).text == "According to Javier Mayorca and shown on photographs posted by Federico Black."
    assert block_at(cleaned, 25).text.startswith("“This Afternoon [March 23rd]")
    assert block_at(cleaned, 27).text.endswith("Edgar Colina Reyes”")


# --------------------------------------------------------------------------
# 002: Telegram promo, caption with a dangling credit, dateline
# --------------------------------------------------------------------------

def test_002_structure():
    text, cleaned = load("002")
    assert rule_of(cleaned, 1) == "channel-promo"
    assert cleaned.title == "Russia confirms it has troops in Venezuela: reports"
    assert kind_of(cleaned, 3) == "title"
    assert kind_of(cleaned, 5) == "caption"
    assert block_at(cleaned, 6).kind == "dateline"
    assert block_at(cleaned, 6).text == "March 27, 2019"
    for n in nonblank(text, 8):
        assert kind_of(cleaned, n) == "body", n
    assert block_at(cleaned, 14).text == "Here are photos of the Russian planes that landed in Caracus:"


# --------------------------------------------------------------------------
# 003: WordPress.com post, bio, comment form (no comments)
# --------------------------------------------------------------------------

def test_003_structure():
    text, cleaned = load("003")
    assert kind_of(cleaned, 1) == "title"
    for n in range(3, 14):
        assert kind_of(cleaned, n) == "body", n
    assert rule_of(cleaned, 15) == "posted-by-label"
    assert rule_of(cleaned, 17) == "author-bio"
    for n in nonblank(text, 19):
        assert rule_of(cleaned, n) == "comment-form", n


# --------------------------------------------------------------------------
# 004: Wix page: page chrome, byline widget, doubled captions, headings
# --------------------------------------------------------------------------

def test_004_structure():
    text, cleaned = load("004")
    assert rule_of(cleaned, 1) == "site-chrome"
    assert rule_of(cleaned, 51) == "site-chrome"
    assert (block_at(cleaned, 2).kind, block_at(cleaned, 2).text) == ("byline", "KiAfriqa")
    assert kind_of(cleaned, 4) == "title"
    assert kind_of(cleaned, 7) == "caption" and rule_of(cleaned, 8) == "doubled-caption"
    assert kind_of(cleaned, 39) == "caption" and rule_of(cleaned, 40) == "doubled-caption"
    assert kind_of(cleaned, 10) == "heading"
    assert kind_of(cleaned, 31) == "heading"
    assert rule_of(cleaned, 48) is not None  # "Comments"
    for n in (13, 16, 19, 22, 25, 28, 34, 37, 42, 45):
        assert kind_of(cleaned, n) == "body", n


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_accounting(prefix):
    text, cleaned = load(prefix)
    kept = cleaned.kept_lines()
    removed = cleaned.removed_lines()
    assert kept | removed == set(nonblank(text)) and not kept & removed
