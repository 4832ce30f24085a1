"""Date phrases and their resolution against the publication date (corpus.dates)."""

import datetime as dt

import pytest

from corpus.dates import find_date_spans, find_dates

WED = dt.date(2019, 3, 27)   # 002's publication date, a Wednesday
TUE = dt.date(2019, 3, 26)   # 003's publication date


def one(text, published=None):
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, phrase, iso", [
    ("Zakharova confirmed late Tuesday that troops were sent.", "late Tuesday", "2019-03-26"),
    ("Pompeo warned Russia on Monday against it.", "on Monday", "2019-03-25"),
    ("The ministry on Tuesday confirmed it.", "on Tuesday", "2019-03-26"),
    ("Planes landed on Saturday.", "on Saturday", "2019-03-23"),
    ("It was announced on Wednesday.", "on Wednesday", "2019-03-27"),   # same day counts
    ("He spoke last Wednesday.", "last Wednesday", "2019-03-20"),       # "last" on that day = week before
    ("They meet next Friday.", "next Friday", "2019-03-29"),
])
def test_weekday_is_most_recent_such_day_on_or_before_publication(text, phrase, iso):
    found = one(text, WED)
    assert found == {"phrase": phrase, "date": iso, "granularity": "day", "resolved": True}


def test_weekday_with_part_of_day_keeps_the_day():
    found = one("Blackouts spread on Monday afternoon.", TUE)
    assert found["phrase"] == "on Monday afternoon"
    assert found["date"] == "2019-03-25"
    assert one("Power was restored by Monday evening.", TUE)["date"] == "2019-03-25"


@pytest.mark.parametrize("text, phrase", [
    ("On March 23rd, a delegation arrived.", "On March 23rd"),
    ("Planes left on March 22nd.", "on March 22nd"),
    ("One plane left Caracas on March 24th.", "on March 24th"),
    ("They left on Friday, March 22.", "on Friday, March 22"),
    ("It escalated on 24 March when he spoke.", "on 24 March"),
])
def test_month_day_without_year_takes_publication_year(text, phrase):
    found = one(text, WED)
    assert found["phrase"] == phrase
    assert found["date"].startswith("2019-03-2")
    assert found["granularity"] == "day" and found["resolved"] is True


def test_month_day_values():
    assert one("On March 23rd, they arrived.", WED)["date"] == "2019-03-23"
    assert one("on Friday, March 22", WED)["date"] == "2019-03-22"


def test_month_day_near_new_year_uses_the_nearest_year():
    assert one("It happened on December 30.", dt.date(2020, 1, 2))["date"] == "2019-12-30"
    assert one("The vote is on January 3.", dt.date(2019, 12, 28))["date"] == "2020-01-03"


def test_unresolved_without_publication_date_and_year():
    for text in ("On March 23rd, they arrived.", "on Saturday", "late Tuesday",
                 "in February", "over the weekend", "Sunday, March 24"):
        found = one(text)
        assert found["date"] is None and found["resolved"] is False, text


def test_explicit_year_resolves_without_publication_date():
    assert one("They met on July 2, 2013.") == {
        "phrase": "on July 2, 2013", "date": "2013-07-02", "granularity": "day", "resolved": True}
    assert one("March 27, 2019")["date"] == "2019-03-27"
    assert one("the 23rd of March 2019")["date"] == "2019-03-23"


def test_month_granularity():
    found = one("and in February he blocked a highway", WED)
    assert found == {"phrase": "in February", "date": "2019-02", "granularity": "month", "resolved": True}
    assert one("It began in January 2019.")["date"] == "2019-01"


def test_year_granularity():
    assert one("an exercise in Venezuela in 2015") == {
        "phrase": "in 2015", "date": "2015", "granularity": "year", "resolved": True}
    assert one("photograph circa 2014")["date"] == "2014"
    assert one("Earlier this year, he swore himself in.", WED)["date"] == "2019"


def test_weekend_is_given_as_its_saturday():
    found = one("It was reported over the weekend that planes landed.", WED)
    assert found == {"phrase": "over the weekend", "date": "2019-03-23",
                     "granularity": "weekend", "resolved": True}
    # published on a Sunday: the weekend in progress
    assert one("this weekend", dt.date(2019, 3, 24))["date"] == "2019-03-23"


def test_week_is_given_as_its_monday():
    assert one("next week", WED) == {"phrase": "next week", "date": "2019-04-01",
                                     "granularity": "week", "resolved": True}


def test_relative_day_with_bracketed_date_uses_the_bracket():
    found = one("“This Afternoon [March 23rd] a retinue arrived", WED)
    assert found["phrase"] == "This Afternoon [March 23rd]"
    assert found["date"] == "2019-03-23"
    # without a publication date the bracket has no year: unresolved
    assert one("“This Afternoon [March 23rd] a retinue arrived")["resolved"] is False
    assert one("They arrived yesterday.", WED)["date"] == "2019-03-26"


def test_numbers_that_are_not_dates():
    assert find_dates("They sent 2000 troops and 35 tonnes.") == []
    assert find_dates("The S-300 and IL-62M landed (1/2).") == []
    assert find_dates("") == []


def test_spans_point_at_the_phrase():
    text = "On March 23rd, a delegation of 99 soldiers arrived in 2019."
    spans = find_date_spans(text)
    assert [text[a:b] for a, b in spans] == ["On March 23rd", "in 2019"]


def test_datetime_and_iso_string_published_are_accepted():
    assert one("on Monday", dt.datetime(2019, 3, 27, 10, 0))["date"] == "2019-03-25"
    assert one("on Monday", "2019-03-27")["date"] == "2019-03-25"
