"""Checkable quantities in a sentence (corpus.quantities)."""

import pytest

from corpus.quantities import extract_quantities

KEYS = {"value", "unit", "noun_class", "approximate", "qualifier", "of", "upper", "phrase"}


def only(text):
    found = extract_quantities(text)
    assert len(found) == 1, found
    assert set(found[0]) == KEYS
    return found[0]


def summary(text):
    return [(q["value"], q["unit"], q["approximate"]) for q in extract_quantities(text)]


# -- values -----------------------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("They sent two planes.", 2, "planes"),
    ("It cost 2,500 dollars.", 2500, "USD"),
    ("a retinue of 99 Russian soldiers arrived", 99, "soldiers"),
    ("The ministry expects 1.5m people.", 1_500_000, "people"),
    ("a 35-tonne load of equipment", 35, "tonnes"),
    ("80 percent of members agree", 80, "percent"),
    ("80% of members agree", 80, "percent"),
    ("3.5 per cent growth", 3.5, "percent"),
    ("He paid $2,500 for it.", 2500, "USD"),
    ("The price was 2,500 $ in total.", 2500, "USD"),
    ("two hundred and fifty soldiers", 250, "soldiers"),
    ("twenty-five jets", 25, "planes"),
    ("They deployed 2000 troops.", 2000, "troops"),
    ("The blackout hit 45 protesters' homes.", 45, "protesters"),
])
def test_values_and_units(text, value, unit):
    q = only(text)
    assert q["value"] == value and type(q["value"]) is type(value)
    assert q["unit"] == unit


def test_bare_figure_has_no_unit():
    q = only("The death toll rose to 17.")
    assert (q["value"], q["unit"], q["phrase"]) == (17, None, "17")


# -- units normalised ---------------------------------------------------------

@pytest.mark.parametrize("word", ["tons", "tonnes", "t", "ton", "tonne", "metric tons"])
def test_mass_units_fold_to_tonnes(word):
    q = only(f"They brought 35 {word} of equipment.")
    assert (q["value"], q["unit"], q["noun_class"]) == (35, "tonnes", "mass")


@pytest.mark.parametrize("noun, unit", [
    ("troops", "troops"), ("soldiers", "soldiers"), ("servicemen", "servicemen"),
    ("military personnel", "personnel"),
])
def test_personnel_keep_their_noun_but_share_a_class(noun, unit):
    q = only(f"Russia sent 100 {noun} to Caracas.")
    assert q["unit"] == unit
    assert q["noun_class"] == "personnel"


@pytest.mark.parametrize("noun", ["planes", "aircraft", "jets", "plane"])
def test_aircraft_fold_to_planes(noun):
    assert only(f"Russia sent 3 {noun} to Caracas.")["unit"] == "planes"


def test_counted_noun_may_follow_adjectives():
    q = only("Reports are claiming that two Russian air force planes transported equipment")
    assert (q["value"], q["unit"], q["phrase"]) == (2, "planes", "two Russian air force planes")


# -- approximation -----------------------------------------------------------

@pytest.mark.parametrize("qualifier", [
    "around", "about", "almost", "nearly", "some", "up to", "roughly",
    "approximately", "more than", "over", "at least",
])
def test_approximators(qualifier):
    q = only(f"They carried {qualifier} 100 troops.")
    assert q["approximate"] is True
    assert q["qualifier"] == qualifier
    assert q["phrase"] == f"{qualifier} 100 troops"
    assert q["value"] == 100


def test_exact_figure_is_not_approximate():
    q = only("a retinue of 99 Russian soldiers")
    assert q["approximate"] is False and q["qualifier"] is None


def test_plus_sign_is_approximate():
    q = only("They sent 100+ troops.")
    assert (q["value"], q["unit"], q["approximate"], q["qualifier"], q["phrase"]) == \
        (100, "troops", True, "+", "100+ troops")


def test_dozens_of_troops_is_24_approximate():
    q = only("planes transported dozens of troops and equipment")
    assert q == {"value": 24, "unit": "troops", "noun_class": "personnel", "approximate": True,
                 "qualifier": "dozens of", "of": None, "upper": None, "phrase": "dozens of troops"}


def test_other_vague_plurals():
    assert summary("hundreds of soldiers") == [(200, "soldiers", True)]
    assert summary("billions of dollars") == [(2_000_000_000, "USD", True)]
    assert summary("a dozen tanks") == [(12, "tanks", True)]


def test_out_of_gives_value_and_whole():
    q = only("hitting at least 16 out of 23 states.")
    assert (q["value"], q["of"], q["unit"], q["approximate"]) == (16, 23, "states", True)
    assert q["phrase"] == "at least 16 out of 23 states"
    assert only("16 of the 23 states")["of"] == 23


def test_range():
    q = only("between them 100-200 troops")
    assert (q["value"], q["upper"], q["unit"], q["approximate"]) == (100, 200, "troops", True)


def test_several_quantities_in_text_order():
    text = ("Reports claim that two Russian military planes landed on Saturday, "
            "carrying around 100 troops and 35 tons of equipment.")
    assert summary(text) == [(2, "planes", False), (100, "troops", True), (35, "tonnes", False)]


def test_damaged_number_words_are_not_guessed():
    # A scrape that dropped a letter ("wo planes") is not repaired: guessing
    # the missing letter would be a one-off fix, not a rule.
    assert extract_quantities("Flightradar24.com also showed that wo planes left") == []
    assert extract_quantities("The wo word alone.") == []


@pytest.mark.parametrize("text, expected", [
    ("Colonel Ibrahim Tandja told reporters on Friday that 45 soldiers had crossed into Mbeya province.",
     [(45, "soldiers", "personnel", False, "45 soldiers")]),
    ("The Ministry of Fisheries said about 1,200 tonnes of cod were landed at Tromsø.",
     [(1200, "tonnes", "mass", True, "about 1,200 tonnes")]),
    ("Kwame Mensah, a spokesman for the Ghana Ports Authority, said two vessels ran aground.",
     [(2, "vessels", "vessels", False, "two vessels")]),
    ("Protesters gathered in Ouagadougou, Reuters reported.", []),
])
def test_sentences_written_for_the_tests(text, expected):
    assert [(q["value"], q["unit"], q["noun_class"], q["approximate"], q["phrase"])
            for q in extract_quantities(text)] == expected


# -- not quantities ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "this is part of a 2001 agreement",
    "a military exercise in Venezuela in 2015",
    "photograph circa 2014",
    "On March 23rd, a delegation arrived",
    "They met on July 2, 2013 in Moscow",
    "left on Friday, March 22.",
    "Immediately thereafter (2pm) a freighter arrived",
    "at 2 p.m. on the day",
    "the Operation Zone of Integral Defense 61 Delta Amacuro",
    "Russian S-300 missile defense systems",
    "The IL-62M and the Antomov 124 landed",
    "an Antonov AN-124 military cargo plane",
    "A Russian-made Sukhoi SU-30 participates",
    "Flightradar24.com showed it",
    "Integration of the Venezuelan Army (1/2)",
    "He lives at No. 5 on that street",
    "the 23rd visit and the 2nd one",
    "one of the leader’s most important allies",
    "one by one, sooner rather than later",
    "as one united people",
    "in the 1990s",
])
def test_not_quantities(text):
    assert extract_quantities(text) == []


def test_one_with_its_noun_is_a_quantity():
    assert summary("another site showed that one plane left Caracas") == [(1, "planes", False)]
    assert summary("one Russian plane left") == [(1, "planes", False)]


# -- odd input ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("", []),
    ("%", []),
    ("35-tonne", [(35, "tonnes", False)]),
    ("1.5m", [(1_500_000, None, False)]),
    ("100+", [(100, None, True)]),
    ("80 percent", [(80, "percent", False)]),
    ("$", []),
    ("- - -", []),
    ("1,2,3", [(1, None, False), (2, None, False), (3, None, False)]),
])
def test_odd_input_never_crashes(text, expected):
    assert summary(text) == expected


def test_phrase_is_exactly_as_written():
    text = "Moscow in February had sent some 300 tonnes of humanitarian aid."
    q = only(text)
    assert q["phrase"] == "some 300 tonnes" and q["phrase"] in text
    assert (q["value"], q["approximate"], q["qualifier"]) == (300, True, "some")
