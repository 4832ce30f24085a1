"""Named entities and their normalisation (corpus.entities)."""

import re

import pytest

from corpus import claims_lexicon as L
from corpus import entities as entities_module
from corpus.entities import ArticleEntities, extract_entities, fold, name_key, within_one_edit


def names(sentence, context=None):
    return [(e["name"], e["type"]) for e in extract_entities(sentence, context)]


def by_name(sentence, context=None):
    return {e["name"]: e for e in extract_entities(sentence, context)}


# -- spelling variants meet --------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Guaido claimed that the army would turn.",
    "Juan Guaido claimed that the army would turn.",
    "It was Guaidó’s political mentor.",
    "interim President Juan Guaidó spoke.",
])
def test_surname_and_accent_variants_meet_within_an_article(sentence):
    # the full name is given once; every later spelling links to it
    context = ["Opposition leader Juan Guaidó arrived."]
    assert ("Juan Guaidó", "person") in names(sentence, context)


@pytest.mark.parametrize("a, b", [
    ("Tomás Ruíz", "Tomas Ruiz"),                  # accents
    ("Aleksandr Petrovv", "Aleksandr Petrov"),     # doubled letter
    ("Vasilly Tonkoshkurov", "Vasily Tonkoshkurov"),
    ("Ngozi O.", "Ngozi O"),                       # periods
    ("MARIA LOPEZ", "Maria Lopez"),                # case
])
def test_spelling_variants_share_a_key_with_no_table(a, b):
    assert name_key(a) == name_key(b)


def test_invented_names_meet_across_articles_by_key():
    a = by_name("Colonel Tomás Ruíz said the convoy had left.")
    b = by_name("The convoy left, according to Tomas Ruiz.")
    assert a["Tomás Ruíz"]["type"] == b["Tomas Ruiz"]["type"] == "person"
    assert a["Tomás Ruíz"]["key"] == b["Tomas Ruiz"]["key"]
    a = by_name("under the command of General Aleksandr Petrovv.")
    b = by_name("Major General Aleksandr Petrov arrived.")
    assert a["Aleksandr Petrovv"]["as_written"] == "Aleksandr Petrovv"
    assert a["Aleksandr Petrovv"]["key"] == b["Aleksandr Petrov"]["key"]


def test_invented_variants_meet_within_an_article():
    art = ArticleEntities()
    a = art.add("Tomas Ruiz, the port's director, spoke on Monday.")
    b = art.add("Ruíz said the cranes were idle.")
    c = art.add("Petrovv told reporters that Aleksandr Petrov was away.")
    # one name per key in the article; each word takes the accented spelling
    # the article uses for it anywhere ("Ruíz", never "Tomás")
    assert [e["name"] for e in art.entities(a)] == ["Tomas Ruíz"]
    assert [e["name"] for e in art.entities(b)] == ["Tomas Ruíz"]
    # the doubled-letter surname links to the one full name written
    assert [(e["name"], e["as_written"]) for e in art.entities(c)] == [("Aleksandr Petrov", "Petrovv")]


def test_surname_before_the_full_name_links_too():
    art = ArticleEntities()
    a = art.add("Mensah said the ships ran aground.")
    art.add("Kwame Mensah is a spokesman for the ports authority.")
    assert [(e["name"], e["as_written"]) for e in art.entities(a)] == [("Kwame Mensah", "Mensah")]


def test_one_word_name_after_a_title_links_to_the_full_name():
    found = names("President Trump spoke.", ["Donald Trump arrived."])
    assert found == [("Donald Trump", "person")]
    # without the full name it stays as written
    assert names("President Trump spoke.") == [("Trump", "person")]


@pytest.mark.parametrize("sentence, written", [
    ("The IL-62M and the Antomov 124 landed at the airport.", "Antomov 124"),
    ("an Antonov AN-124 military cargo plane left", "Antonov AN-124"),
    ("In addition, An-124 brought 35 tonnes of equipment.", "An-124"),
])
def test_antonov_variants(sentence, written):
    found = by_name(sentence)["Antonov An-124"]
    assert found["type"] == "aircraft"
    assert found["as_written"] == written


@pytest.mark.parametrize("sentence, written", [
    ("The IL-62M and the Antomov 124 landed.", "IL-62M"),
    ("an Ilyushin IL-62 passenger jet left", "Ilyushin IL-62"),
    ("an Il-62 landed", "Il-62"),
])
def test_ilyushin_variants(sentence, written):
    found = by_name(sentence)["Ilyushin Il-62"]
    assert (found["type"], found["as_written"]) == ("aircraft", written)


def test_s300_is_a_weapon_singular_or_plural():
    assert ("S-300", "weapon") in names("Venezuela deployed more Russian S-300 missile systems.")
    found = by_name("the placement of even more S-300s near the base")["S-300"]
    assert found["as_written"] == "S-300s"
    assert ("Sukhoi Su-30", "aircraft") in names("A Russian-made Sukhoi SU-30 participates.")


def test_place_after_the_airport_of_with_and_without_accent():
    a = by_name("soldiers arrived at the airport of Maiquetía, under command")
    b = by_name("soldiers arrived at the airport of Maiquetia, under command")
    assert a["Maiquetía"]["type"] == b["Maiquetia"]["type"] == "place"
    assert a["Maiquetía"]["key"] == b["Maiquetia"]["key"]
    # within one article the accented spelling wins
    found = by_name("They left the airport of Maiquetia.", ["Troops landed at Maiquetía."])
    assert found["Maiquetía"]["as_written"] == "Maiquetia"


def test_typo_folded_to_a_gazetteer_place_after_a_locative():
    found = by_name("Here are photos of the Russian planes that landed in Caracus:")
    assert found["Caracas"]["as_written"] == "Caracus"
    assert ("Venezuela", "place") in names("Political crisis in Venevuela grows.")


def test_typo_folded_to_a_place_named_in_the_same_article():
    # "Kpalimé" is in no table: "Kpalime province" names it, the typo follows it
    context = ["Traders met in the Kpalime province on Monday."]
    found = by_name("Two lorries later arrived in Kpalimme:", context)
    assert found["Kpalime"]["type"] == "place"
    found = by_name("Two lorries later arrived in Kpaliem:", context)   # two edits away
    assert found["Kpaliem"]["as_written"] == "Kpaliem" and found["Kpaliem"]["type"] == "place"


def test_typo_rule_stays_safe():
    # a short word is never folded onto a known place ("Irak" ~ "Iraq"/"Iran")
    assert names("They flew to Irak.") == [("Irak", "place")]
    assert names("They flew to Iraq.") == [("Iraq", "place")]
    # without "in/to/from/at ..." before it, a near-miss is not folded
    assert names("The Caracus plan failed.") == []


def test_typo_with_two_candidates_is_not_folded():
    # one edit from both "Iceland" and "Ireland", or "Kingston" and "Kingstown"
    assert names("They sailed to Ieeland.") == [("Ieeland", "place")]
    assert names("They sailed to Kingstow.") == [("Kingstow", "place")]
    # one candidate: folded
    assert names("They sailed to Icelend.") == [("Iceland", "place")]


# -- titles, roles and types -------------------------------------------------

@pytest.mark.parametrize("sentence, person", [
    ("Secretary of State Mike Pompeo warned Russia.", "Mike Pompeo"),
    ("Russian Foreign Ministry spokeswoman Maria Zakharova confirmed it.", "Maria Zakharova"),
    ("They were received by Rear Admiral Marianny Mata, Director of affairs.", "Marianny Mata"),
    ("Venezuelan Information Minister Jorge Rodriguez claimed it.", "Jorge Rodriguez"),
    ("Ghanaian Fisheries Minister Efua Boateng claimed it.", "Efua Boateng"),
    ("National Security Adviser John Bolton insisted.", "John Bolton"),
    ("State Department Spokesman Robert Palladino said so.", "Robert Palladino"),
    ("The Duran’s Alex Christoforou and Editor-in-Chief Alexander Mercouris discuss it.",
     "Alexander Mercouris"),
])
def test_titles_are_stripped_from_people(sentence, person):
    found = by_name(sentence)
    assert found[person]["type"] == "person"
    # no entity is made of the title words themselves
    assert not any(n in ("Secretary of State", "Rear Admiral", "Venezuelan Information",
                         "National Security Adviser", "Editor-in-Chief", "Fisheries",
                         "Ghanaian Fisheries") for n in found)


def test_organisations_places_outlets():
    found = names("Russia’s Ministry of Defense has yet to comment, the AFP and Sputnik said.")
    assert ("Russia", "place") in found
    assert ("Ministry of Defense", "organisation") in found
    assert ("AFP", "outlet") in found and ("Sputnik", "outlet") in found
    found = names("an unnamed official told The Associated Press Monday.")
    assert found == [("Associated Press", "outlet")]
    found = by_name("deployed to the Captain Manuel Rios Airbase in the Guarico state")
    assert found["Captain Manuel Rios Airbase"]["type"] == "place"
    assert found["Guarico"]["type"] == "place"
    assert ("Venezuelan Army", "organisation") in names(
        "Director of International Affairs and Integration of the Venezuelan Army (1/2)")


def test_united_states_variants_and_case():
    for sentence in ("the U.S. will not stand by", "US interventionism", "As the United States pushes"):
        assert ("United States", "place") in names(sentence), sentence
    # lower-case "us" is a pronoun, never the country
    assert names("God protects us.") == []


def test_not_entities():
    assert names("Diplomatic sources said nothing new.") == []       # sentence-initial word
    assert names("Reports claim that planes landed.") == []
    assert names("Venezuelan citizens had boycotted the Russian plan.") == []  # demonyms
    assert names("LET YOUR PEOPLE GO.") == []                         # shouting
    assert names("on Friday, March 22 they left") == []               # calendar words
    assert names("the US-backed opposition and Israel-based firms") == []
    assert names("") == []


# -- unknown names typed by general cues ---------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    # title before a name -> person; "X province" -> place
    ("Colonel Ibrahim Tandja told reporters on Friday that 45 soldiers had crossed into Mbeya province.",
     [("Ibrahim Tandja", "person"), ("Mbeya", "place")]),
    # organisation word -> organisation; "at X" -> place
    ("The Ministry of Fisheries said about 1,200 tonnes of cod were landed at Tromsø.",
     [("Ministry of Fisheries", "organisation"), ("Tromsø", "place")]),
    # two given-name-like words -> person; a country before organisation words joins them
    ("Kwame Mensah, a spokesman for the Ghana Ports Authority, said two vessels ran aground.",
     [("Kwame Mensah", "person"), ("Ghana Ports Authority", "organisation")]),
    # gazetteer capital; news agency
    ("Protesters gathered in Ouagadougou, Reuters reported.",
     [("Ouagadougou", "place"), ("Reuters", "outlet")]),
    # no table knows either name: "in X" -> place, "X reported" -> outlet
    ("Protesters gathered in Kpalimé, Kibaru reported.",
     [("Kpalimé", "place"), ("Kibaru", "outlet")]),
    ("Fighting spread to the capital of Zorvania on Sunday.", [("Zorvania", "place")]),
    ("Ships docked in Puerto Zambrano overnight.", [("Puerto Zambrano", "place")]),
    ("A spokeswoman told the newspaper Kibaru Leo that talks failed.", [("Kibaru Leo", "outlet")]),
    ("Talks failed, the Kibaru news agency said.", [("Kibaru", "outlet")]),
    ("Troops crossed the border, the Mbeya Daily Post said.", [("Mbeya Daily Post", "outlet")]),
    ("Efua Boateng, Ghana’s trade minister, spoke.", [("Efua Boateng", "person"), ("Ghana", "place")]),
    ("The U.S. Air Force and the Bank of England agreed.",
     [("U.S. Air Force", "organisation"), ("Bank of England", "organisation")]),
    ("Michael Jordan and Chad Smith flew to Chad.",
     [("Michael Jordan", "person"), ("Chad Smith", "person"), ("Chad", "place")]),
    ("Russians and Ghanaians said nothing.", []),                    # demonym plurals
])
def test_unknown_names_typed_by_general_cues(sentence, expected):
    assert names(sentence) == expected


def test_short_form_of_an_organisation_named_in_the_article():
    art = ArticleEntities()
    a = art.add("Harlow Biotech reports positive results.")
    art.add("The trial was run by Harlow Biotech Inc. in Boston.")
    assert [(e["name"], e["type"]) for e in art.entities(a)] == [("Harlow Biotech", "organisation")]


def test_person_and_affiliation():
    assert names("said Prof Hannah Keating of Westbridge University.") == [
        ("Hannah Keating", "person"), ("Westbridge University", "organisation")]
    assert names("a notice about Josiah Pike of Wickham.") == [
        ("Josiah Pike", "person"), ("Wickham", "place")]
    assert names("Kenya's Ruth Chepngetich won the Chicago Marathon on Sunday.") == [
        ("Kenya", "place"), ("Ruth Chepngetich", "person")]       # an event is no entity


def test_lone_word_type_agrees_across_the_article():
    art = ArticleEntities()
    a = art.add("Traders reached Kpalime on Monday.")            # "reached" is no cue
    art.add("Kpalime province was calm.")                          # ... but this is
    assert [(e["name"], e["type"]) for e in art.entities(a)] == [("Kpalime", "place")]


def test_the_lexicon_names_no_person_and_nothing_from_one_article():
    # the general tables hold places, organisations and outlets only
    assert {t for t, _v in entities_module.known_entities().values()} == {"place", "organisation", "outlet"}
    # no value anywhere in the lexicon comes from one seed article alone
    values = []
    for name in dir(L):
        if name.isupper():
            values.append(repr(getattr(L, name)))
    words = set(re.findall(r"[\w.'-]+", fold(" ".join(values))))
    for seed_only in ("mayorca", "tonkoshkurov", "guaido", "maduro", "zakharova", "palladino",
                      "marrero", "leopoldo", "rodriguez", "amacuro", "guarico", "mar-a-lago",
                      "maiquetia", "duran", "al-masdar", "flightradar24", "vz.ru", "ultimas",
                      "mercouris", "christoforou", "florida", "wo", "bolivarian"):
        assert seed_only not in words, seed_only


# -- article context ---------------------------------------------------------

def test_capitalised_common_word_opening_a_sentence_is_no_name():
    # the article also writes "employees" in lower case
    found = names("Employees told us the process was slow.", ["Some employees left."])
    assert found == []
    assert names("Published Sep 12, 2022") == []


def test_surname_links_to_full_name_in_the_same_article():
    context = ["According to Javier Mayorca and shown on photographs posted by Federico Black."]
    found = by_name("Mayorca tweeted regarding the arrival:", context)
    assert found["Javier Mayorca"]["as_written"] == "Mayorca"
    assert found["Javier Mayorca"]["type"] == "person"
    # without the full name in the article the lone word is a person only by its verb
    assert names("Mayorca tweeted regarding the arrival:") == [("Mayorca", "person")]
    assert names("Mayorca is a word.") == []


def test_ambiguous_surname_is_not_linked():
    context = ["Anna Black met John Black."]
    assert names("Black said so.", context) == [("Black", "person")]


def test_accented_spelling_wins_within_an_article():
    art = ArticleEntities()
    a = art.add("Juan Guaido’s mentor Pablo Perez spoke.")
    b = art.add("The mentor, Pablo Pérez, spoke again.")
    assert [e["name"] for e in art.entities(a) if e["type"] == "person"][-1] == "Pablo Pérez"
    assert [e["name"] for e in art.entities(b)] == ["Pablo Pérez"]


def test_entities_are_unique_per_sentence_and_in_order():
    found = names("Maduro said Maduro would stay in Caracas and Caracas would hold.")
    assert found == [("Maduro", "person"), ("Caracas", "place")]


# -- helpers -----------------------------------------------------------------

def test_helpers():
    assert fold("Guaidó’s") == "guaido's"
    assert name_key("Vasilly  Tonkoshkurov") == name_key("Vasily Tonkoshkurov") == "vasily tonkoshkurov"
    assert name_key("U.S.") == "us"
    assert within_one_edit("caracas", "caracus")
    assert within_one_edit("antonov", "antomov")
    assert not within_one_edit("austria", "australia")
