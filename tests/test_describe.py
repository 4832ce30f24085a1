"""Metadata: each value right, and each with where it came from."""

import datetime
from types import SimpleNamespace

import pytest

from corpus.describe import describe, parse_date


def block(kind, line, text):
    return SimpleNamespace(kind=kind, lines=(line,), text=text)


def removal(line, text, rule):
    return SimpleNamespace(line=line, text=text, rule=rule)


def cleaned(blocks=(), removed=()):
    return SimpleNamespace(blocks=list(blocks), removed=list(removed))


@pytest.mark.parametrize("text, expected", [
    ("March 27, 2019", datetime.date(2019, 3, 27)),
    ("Mar. 27 2019", datetime.date(2019, 3, 27)),
    ("27 March 2019", datetime.date(2019, 3, 27)),
    ("Posted on 3rd of September, 2020 by Ann", datetime.date(2020, 9, 3)),
    ("2019-03-27T10:00", datetime.date(2019, 3, 27)),
    ("February 30, 2019", None),
    ("on Saturday", None),
    ("March 23rd", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_values_stated_in_the_page():
    found = describe(cleaned(
        [block("title", 3, "Russia confirms"), block("byline", 2, "KiAfriqa"),
         block("dateline", 6, "March 27, 2019"), block("body", 8, "Text.")]), {}, "stem")
    assert found["title"].value == "Russia confirms" and found["title"].origin == "page"
    assert found["author"].value == "KiAfriqa" and found["author"].evidence == "byline, line 2"
    assert found["published"].value == datetime.date(2019, 3, 27)
    assert found["published"].origin == "page" and "line 6" in found["published"].evidence


def test_author_from_a_bio_removed_as_chrome():
    found = describe(cleaned([block("body", 1, "Text.")], [
        removal(15, "Posted by", "posted-by-label"),
        removal(17, "Rachel Blevins is a journalist who aspires to ...", "author-bio")]), {}, "s")
    assert found["author"].value == "Rachel Blevins"
    assert found["author"].origin == "page"


def test_curator_wins_and_says_so():
    found = describe(cleaned([block("title", 1, "Page title"), block("dateline", 2, "March 27, 2019")]),
                     {"title": "Corrected", "published": datetime.date(2019, 3, 28), "outlet": "X"}, "s")
    assert (found["title"].value, found["title"].origin) == ("Corrected", "curator")
    assert (found["published"].value, found["published"].origin) == (datetime.date(2019, 3, 28), "curator")
    assert found["outlet"].origin == "curator"


def test_date_inferred_from_the_page_address():
    found = describe(cleaned([block("body", 1, "Text.")]),
                     {"url": "https://x.org/2019/03/26/story/"}, "s")
    assert found["published"].value == datetime.date(2019, 3, 26)
    assert found["published"].origin == "inferred"
    assert found["url"].origin == "curator"


def test_no_date_anywhere_is_missing_never_today():
    found = describe(cleaned([block("body", 1, "It happened on Saturday, March 23rd.")]), {}, "s")
    assert found["published"].value is None
    assert found["published"].origin == "missing"


def test_outlet_inferred_from_the_sites_own_promo():
    found = describe(cleaned([block("body", 4, "Text.")], [
        removal(1, "Join our brand new verified AMN Telegram channel and get news!", "channel-promo")]), {}, "s")
    assert (found["outlet"].value, found["outlet"].origin) == ("AMN", "inferred")


def test_untitled_scrape_takes_its_opening_words_marked_inferred():
    found = describe(cleaned([block("body", 1, " ".join(f"w{i}" for i in range(30)))]), {}, "s")
    assert found["title"].value.startswith("w0 w1") and found["title"].value.endswith("…")
    assert found["title"].origin == "inferred"


def test_nothing_at_all_falls_back_to_the_file_name():
    found = describe(cleaned(), {}, "001_abc")
    assert (found["title"].value, found["title"].origin) == ("001_abc", "inferred")
    assert found["author"].value is None and found["outlet"].value is None


@pytest.mark.parametrize("kind, rule, text, expected", [
    ("dateline", None, "Posted on October 4, 2021 by Marta Lindqvist", "Marta Lindqvist"),
    (None, "posted-by-label", "Posted by Ana Ruiz at 9:14 PM", "Ana Ruiz"),
    (None, "posted-by-label", "Written by Kofi Mensah | 3 min read", "Kofi Mensah"),
    (None, "posted-by-label", "Posted by", None),
    ("dateline", None, "Updated September 12, 2023 4:45 PM", None),
])
def test_author_from_byline_phrases(kind, rule, text, expected):
    blocks = [block("body", 1, "Text.")] + ([block(kind, 2, text)] if kind else [])
    removed = [removal(3, text, rule)] if rule else []
    found = describe(cleaned(blocks, removed), {}, "s")
    assert found["author"].value == expected
    if expected:
        assert found["author"].origin == "page"
