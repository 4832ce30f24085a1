"""The claims stage on sentences written for the tests (corpus.claims).

Seed-corpus expectations live in test_claims_seed.py.
"""

import datetime as dt
import json
import re
import time

import pytest
import yaml

from corpus import claims as claims_module
from corpus import entities as entities_module
from corpus.claims import claim_id, extract_claims, find_hedges, split_sentences

WED = dt.date(2019, 3, 27)


def run(*texts, key="t_key", published=None):
    """Claims of an article whose paragraphs are ``texts`` (line n+1 each)."""
    return extract_claims([((n + 1,), t) for n, t in enumerate(texts)], key, published)


def sentences(text):
    return [text[a:b] for a, b in split_sentences(text)]


def the_claim(*texts, **kw):
    found = run(*texts, **kw)
    assert len(found) == 1, [c["text"] for c in found]
    return found[0]


# -- sentence splitting ------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Mr. Smith arrived. He left.", ["Mr. Smith arrived.", "He left."]),
    ("Gen. Tonkoshkurov landed in St. Lucia on Monday. Nobody saw him.",
     ["Gen. Tonkoshkurov landed in St. Lucia on Monday.", "Nobody saw him."]),
    ("Troops went to No. 5 Main Street. They stayed.",
     ["Troops went to No. 5 Main Street.", "They stayed."]),
    ("The U.S. Army said so. The U.S. sent troops.",
     ["The U.S. Army said so.", "The U.S. sent troops."]),
    ("Troops arrived in the U.S. The next day they left.",
     ["Troops arrived in the U.S.", "The next day they left."]),
    ("the leader the U.S. is seeking to overthrow.", ["the leader the U.S. is seeking to overthrow."]),
    ("Inflation hit 1.5 percent. Prices rose 2.25 times.",
     ["Inflation hit 1.5 percent.", "Prices rose 2.25 times."]),
    ("He said: “We will win.” Then he left.", ["He said: “We will win.”", "Then he left."]),
    ("“Why?” he asked. Nobody answered.", ["“Why?” he asked.", "Nobody answered."]),
    ("“We will win. Then we go home", ["“We will win.", "Then we go home"]),
    ("a paragraph with no sentence punctuation", ["a paragraph with no sentence punctuation"]),
    ("J. Smith said it.", ["J. Smith said it."]),
    ("Really?! Yes.", ["Really?!", "Yes."]),
    ("   ", []),
    ("", []),
])
def test_split_sentences(text, expected):
    assert sentences(text) == expected


# -- attribution -------------------------------------------------------------

def attribution(text, *before, published=None):
    found = run(*before, text, published=published)
    match = [c for c in found if c["text"] in text]
    assert match, [c["text"] for c in found]
    return match[-1]["attribution"]


def test_x_said_that():
    a = attribution("Diplomatic sources in Caracas said that Russian troops arrived in Venezuela.")
    assert (a["source"], a["cue"], a["carried"]) == ("Diplomatic sources in Caracas", "said", False)
    assert a["source_name"] is None


def test_tail_x_said():
    a = attribution("Russia sent planes to Caracas,” Maduro said.")
    assert (a["source"], a["cue"], a["source_name"]) == ("Maduro", "said", "Maduro")
    # the surname resolves to the full name the article gives, before or after
    a = attribution("Russia sent planes to Caracas,” Maduro said.",
                    "Venezuelan President Nicolás Maduro spoke in Caracas.")
    assert a["source_name"] == "Nicolás Maduro"
    found = run("“Russia sent 3 planes to Caracas,” Ruiz said.",
                "The minister, Tomás Ruiz, spoke later on Monday.")
    assert found[0]["attribution"]["source_name"] == "Tomás Ruiz"


def test_inverted_tail_said_x():
    a = attribution("“Russia sent 100 troops to Caracas,” said the spokesman.")
    assert (a["source"], a["cue"]) == ("the spokesman", "said")


def test_according_to():
    a = attribution("According to Javier Mayorca, two planes landed in Caracas.")
    assert (a["source"], a["cue"], a["source_name"]) == ("Javier Mayorca", "according to", "Javier Mayorca")
    a = attribution("According to media reports in recent days, 100 troops arrived in Caracas.")
    assert a["source"] == "media reports"


def test_cited_according_to_who():
    a = attribution("Sputnik cited an anonymous diplomatic source in Caracas, according to who "
                    "a group of Russian military personnel have arrived in the Venezuelan capital.")
    assert (a["source"], a["cue"], a["source_name"]) == ("Sputnik", "cited", "Sputnik")
    assert a["quoting"] == "an anonymous diplomatic source in Caracas"


def test_reported_quoting():
    a = attribution('The flights carried officials who arrived to "exchange consultations," the '
                    "state-funded Sputnik news agency reported, quoting an unnamed source at the Russian Embassy.")
    assert (a["source"], a["cue"]) == ("the state-funded Sputnik news agency", "reported")
    assert a["source_name"] == "Sputnik"
    assert a["quoting"] == "an unnamed source at the Russian Embassy"


def test_told_and_role_split():
    a = attribution("Russian officers arrived in Caracas, an unnamed Venezuelan official told The Associated Press Monday.")
    assert (a["source"], a["cue"], a["told_to"]) == ("an unnamed Venezuelan official", "told", "The Associated Press")
    a = attribution("Russian Foreign Ministry spokeswoman Maria Zakharova confirmed late Tuesday that troops were sent.")
    assert (a["source"], a["role"], a["source_name"]) == (
        "Maria Zakharova", "Russian Foreign Ministry spokeswoman", "Maria Zakharova")


# -- sentences written for the tests, with names no table knows ----------------

FRI = dt.date(2024, 5, 8)   # a Wednesday


def entities_of(c):
    return {(e["name"], e["type"]) for e in c["entities"]}


def test_colonel_told_reporters():
    c = the_claim("Colonel Ibrahim Tandja told reporters on Friday that 45 soldiers had crossed "
                  "into Mbeya province.", published=FRI)
    a = c["attribution"]
    assert (a["source"], a["source_name"], a["role"], a["cue"], a["told_to"]) == (
        "Ibrahim Tandja", "Ibrahim Tandja", "Colonel", "told", "reporters")
    assert entities_of(c) == {("Ibrahim Tandja", "person"), ("Mbeya", "place")}
    assert [(q["value"], q["unit"], q["noun_class"]) for q in c["quantities"]] == [(45, "soldiers", "personnel")]
    assert c["dates"][0]["date"] == "2024-05-03"


def test_ministry_said():
    c = the_claim("The Ministry of Fisheries said about 1,200 tonnes of cod were landed at Tromsø.")
    a = c["attribution"]
    assert (a["source"], a["source_name"], a["cue"]) == ("The Ministry of Fisheries", "Ministry of Fisheries", "said")
    assert entities_of(c) == {("Ministry of Fisheries", "organisation"), ("Tromsø", "place")}
    q = c["quantities"][0]
    assert (q["value"], q["unit"], q["approximate"], q["qualifier"]) == (1200, "tonnes", True, "about")


def test_spokesman_appositive():
    c = the_claim("Kwame Mensah, a spokesman for the Ghana Ports Authority, said two vessels ran aground.")
    a = c["attribution"]
    assert (a["source"], a["source_name"], a["cue"], a["role"]) == (
        "Kwame Mensah", "Kwame Mensah", "said", "a spokesman for the Ghana Ports Authority")
    assert entities_of(c) == {("Kwame Mensah", "person"), ("Ghana Ports Authority", "organisation")}
    assert [(q["value"], q["unit"]) for q in c["quantities"]] == [(2, "vessels")]
    # later, the surname alone is the same person
    found = run("Kwame Mensah, a spokesman for the Ghana Ports Authority, said two vessels ran aground.",
                "Mensah said the harbour would reopen on Monday.")
    assert found[-1]["attribution"]["source_name"] == "Kwame Mensah"
    assert ("Kwame Mensah", "person") in entities_of(found[-1])


def test_name_set_off_after_its_role():
    a = attribution("“Three ships sank on Monday,” the harbour master, Efua Boateng, said.")
    assert (a["source"], a["source_name"], a["role"], a["cue"]) == (
        "Efua Boateng", "Efua Boateng", "the harbour master", "said")
    # a place set off by commas is no role: the subject stays "officials"
    a = attribution("In Accra, Ghana, officials said that 3 ships sank.")
    assert (a["source"], a["role"]) == ("officials", None)


def test_outlet_reported_at_the_end():
    c = the_claim("Protesters gathered in Ouagadougou, Reuters reported.")
    a = c["attribution"]
    assert (a["source"], a["source_name"], a["cue"]) == ("Reuters", "Reuters", "reported")
    assert entities_of(c) == {("Ouagadougou", "place"), ("Reuters", "outlet")}
    # neither name in any table: the preposition and the verb type them
    c = the_claim("Protesters gathered in Kpalimé, Kibaru reported.")
    a = c["attribution"]
    assert (a["source"], a["source_name"]) == ("Kibaru", "Kibaru")
    assert entities_of(c) == {("Kpalimé", "place"), ("Kibaru", "outlet")}


def test_unknown_outlet_by_its_kind():
    a = attribution("Troops crossed the border, the state-run Kibaru news agency reported.")
    assert (a["source"], a["source_name"]) == ("the state-run Kibaru news agency", "Kibaru")
    a = attribution("Troops crossed the border, the Daily Mbeya Times reported on Friday.")
    assert a["source_name"] == "Daily Mbeya Times"
    a = attribution("Kibaru.tz reported that troops crossed the border.")
    assert a["source_name"] == "Kibaru.tz"


def test_unnamed_people_are_not_names():
    a = attribution("Officials said that 12 soldiers were hurt.")
    assert (a["source"], a["source_name"]) == ("Officials", None)


@pytest.mark.parametrize("cue", ["claimed", "confirmed", "warned", "insisted", "reported", "tweeted"])
def test_cue_verbs(cue):
    a = attribution(f"Vz.ru {cue} that the cargo plane arrived in Venezuela.")
    assert (a["source"], a["cue"]) == ("Vz.ru", cue)


def test_the_source_is_resolved_when_simple():
    lead = "Sputnik cited an anonymous diplomatic source in Caracas, according to who Russian troops arrived."
    c = run(lead, "“The Russian troops have arrived for talks,” the source said.")[-1]
    a = c["attribution"]
    assert a["source"] == "the source"
    assert a["refers_to"] == "an anonymous diplomatic source in Caracas"
    assert "anonymous source" in c["hedges"]
    # two different candidate sources: left as written
    c = run("Reuters cited a source in Moscow, according to who planes left.",
            "AFP cited a source in Caracas, according to who planes landed.",
            "“The troops arrived,” the source said.")[-1]
    assert c["attribution"]["refers_to"] is None


def test_pronoun_resolved_to_the_one_person_just_named():
    c = run("U.S. President Donald Trump has warned against this.",
            "In February, he tweeted, “Russian troops arrived in Venezuela.”")[-1]
    assert c["attribution"]["source"] == "he"
    assert c["attribution"]["refers_to"] == "Donald Trump"


def test_subject_behind_relative_clause_and_coordination():
    a = attribution("Moscow, which backs President Nicolas Maduro's government, has previously said "
                    "it would not allow a regime change in the country.")
    assert a["source"] == "Moscow"
    a = attribution("U.S. Secretary of State Mike Pompeo spoke to Sergei Lavrov over the phone, and "
                    "reportedly claimed that Russian troops would prolong the crisis.")
    assert (a["source"], a["cue"]) == ("Mike Pompeo", "claimed")


def test_passive_by_agent():
    a = attribution("The deployment was confirmed by the Russian Foreign Ministry on Tuesday.")
    assert (a["source"], a["cue"], a["source_name"]) == (
        "the Russian Foreign Ministry", "confirmed by", "Russian Foreign Ministry")


@pytest.mark.parametrize("text", [
    "It was reported over the weekend that two Russian planes had landed in Caracas.",
    "Russia sent two planes to Caracas on Saturday.",
    "The U.S. will respond to Russia’s reported military presence in Caracas with 3 ships.",
    "The blackout hit at least 16 out of 23 states in Venezuela.",
    "The claims that Russia sent 100 troops to Caracas are disputed.",
])
def test_own_voice_has_no_attribution(text):
    assert the_claim(text)["attribution"] is None


def test_lead_in_paragraph_ending_in_colon_carries_to_the_quote():
    found = run("According to Javier Mayorca and shown on photographs.",
                "Mayorca tweeted regarding the arrival:",
                "“This afternoon 99 Russian soldiers arrived at the airport of Maiquetía. They were "
                "received by Rear Admiral Marianny Mata (1/2)",
                "Immediately thereafter a Russian freighter arrived with 35 tonnes of materials.”",
                "Another plane left Caracas on Sunday with 10 soldiers.")
    texts = [c["text"] for c in found]
    assert "Mayorca tweeted regarding the arrival:" not in texts   # a lead-in is not a claim
    carried = [c for c in found if c["attribution"] and c["attribution"]["carried"]]
    assert [c["paragraph"] for c in carried] == [2, 2, 3]
    for c in carried:
        assert c["attribution"]["source"] == "Mayorca"
        assert c["attribution"]["source_name"] == "Javier Mayorca"
        assert c["attribution"]["cue"] == "tweeted"
    # the quote closed in paragraph 3: paragraph 4 is the outlet's own voice again
    assert found[-1]["paragraph"] == 4 and found[-1]["attribution"] is None


def test_colon_lead_in_without_quote_carries_one_paragraph():
    found = run("The ministry said in a statement:", "Russia sent 5 planes to Caracas.",
                "Russia sent 6 planes to Moscow.")
    assert found[0]["attribution"]["source"] == "The ministry"
    assert found[0]["attribution"]["carried"] is True
    assert found[1]["attribution"] is None


def test_quote_group_takes_the_tail_attribution():
    found = run("“Russia sent 3 planes to Caracas. It has become a big topic in Venezuela,” Trump said.")
    assert [c["attribution"]["source"] for c in found] == ["Trump", "Trump"]
    assert [c["attribution"]["carried"] for c in found] == [True, False]


def test_quote_continuing_after_said_keeps_the_speaker():
    found = run("Russia plans to kill me,” Maduro said. “We dismantled a plan in Caracas on Monday. "
                "We have proof.”")
    assert [c["text"] for c in found] == ["Russia plans to kill me,” Maduro said.",
                                          "“We dismantled a plan in Caracas on Monday."]
    assert found[1]["attribution"]["source"] == "Maduro" and found[1]["attribution"]["carried"]


# -- hedges ------------------------------------------------------------------

@pytest.mark.parametrize("text, label", [
    ("Russia is now reportedly sending reinforcements.", "reportedly"),
    ("Reports claim that two planes landed.", "reports claim"),
    ("Reports are claiming that two planes landed.", "reports are claiming"),
    ("The troops allegedly landed.", "allegedly"),
    ("ISI shared alleged satellite images.", "alleged"),
    ("an unnamed source at the Russian Embassy", "unnamed source"),
    ("an unnamed Venezuelan official told AP", "unnamed source"),
    ("an anonymous diplomatic source in Caracas", "anonymous source"),
    ("It was reported over the weekend that planes landed.", "it was reported"),
    ("According to media reports in recent days, troops arrived.", "according to media reports"),
    ("The general is said to have arrived.", "is said to"),
    ("Russia appears to be offering support.", "appears to"),
    ("the head of that supposed network", "supposed"),
    ("unconfirmed footage of the landing", "unconfirmed"),
    ("which could possibly be the reason", "could"),
    ("That may come up in our conversation.", "may"),
])
def test_hedges(text, label):
    assert label in find_hedges(text)


def test_no_hedges_and_month_may():
    assert find_hedges("Two Russian planes landed in Caracas on Saturday.") == []
    assert find_hedges("They arrived in May 2019.") == []


def test_hedges_on_the_claim():
    c = the_claim("Reports claim that two Russian military planes landed at the airport on Saturday, "
                  "carrying around 100 troops.")
    assert c["hedged"] is True and c["hedges"] == ["reports claim"]
    c = the_claim("Two Russian planes landed in Caracas on Saturday.")
    assert c["hedged"] is False and c["hedges"] == []


# -- what is a claim ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "What will Russia do next in Venezuela?",
    "Set your country free!",
    "We have proof.",
    "This is outrageous and shameful.",
    "It remains to be seen what happens next.",
    "Do you like this content? Consider helping us!",
    "Maduro enjoys strong support from Russia.",       # entity, but nothing checkable
    "LET YOUR PEOPLE GO.",
])
def test_not_claims(text):
    assert run(text) == []


@pytest.mark.parametrize("text", [
    "Russia sent 100 troops.",                                        # quantity
    "Diplomatic sources in Caracas said that the talks went well.",   # attribution + entity
    "On March 23rd, a Russian delegation visited Venezuela.",         # date + entity
    "A Russian military delegation arrived in Venezuela.",            # event verb + entity
])
def test_claims(text):
    assert [c["text"] for c in run(text)] == [text]


def test_inherited_attribution_alone_does_not_make_rhetoric_a_claim():
    # The tail sentence carries its own attribution ("Maduro said" is checkable);
    # the quoted sentence before it only inherits it and states nothing checkable.
    found = run("“The Bolivarian revolution will continue. There will be justice,” Maduro said.")
    assert [c["text"] for c in found] == ["There will be justice,” Maduro said."]
    # ...unless it states something checkable itself (here: an event with an entity)
    found = run("“We dismantled a plot in Caracas. There will be justice,” Maduro said.")
    assert [c["text"] for c in found] == ["“We dismantled a plot in Caracas.",
                                          "There will be justice,” Maduro said."]
    assert found[0]["attribution"]["carried"] is True


# -- ids ---------------------------------------------------------------------

HTML_ID = re.compile(r"^[A-Za-z][A-Za-z0-9_-]*$")


def test_id_is_derived_from_key_and_normalised_text():
    text = "Russia sent 100 troops to Caracas."
    c = the_claim(text, key="001_ad583b772a9d7bc3")
    assert c["id"] == claim_id("001_ad583b772a9d7bc3", text)
    assert re.fullmatch(r"c-[0-9a-f]{10}", c["id"])
    assert claim_id("001_ad583b772a9d7bc3", text) != claim_id("002_other", text)
    # normalised: spacing, case and quote style do not change the id
    assert claim_id("k", "“Troops  arrived,” he said.") == claim_id("k", '"troops arrived," he said.')


def test_ids_are_stable_not_counters():
    a = run("Russia sent 100 troops.", "Russia sent 5 planes.")
    b = run("A Russian delegation arrived in Venezuela.", "Russia sent 100 troops.", "Russia sent 5 planes.")
    assert [c["id"] for c in a] == [c["id"] for c in b[1:]]
    assert a == run("Russia sent 100 troops.", "Russia sent 5 planes.")  # deterministic


def test_duplicate_sentences_get_distinct_ids():
    found = run("Russia sent 100 troops. Russia sent 100 troops.", "Russia sent 100 troops.")
    ids = [c["id"] for c in found]
    assert ids[1] == ids[0] + "-2" and ids[2] == ids[0] + "-3"
    assert len(set(ids)) == 3
    assert all(HTML_ID.match(i) for i in ids)


# -- shape -------------------------------------------------------------------

CLAIM_KEYS = {"id", "text", "paragraph", "line", "quantities", "attribution", "hedged",
              "hedges", "entities", "dates"}
ATTRIBUTION_KEYS = {"source", "cue", "source_name", "role", "quoting", "told_to", "refers_to", "carried"}


def test_output_is_plain_serialisable_data():
    found = run("Intro without claims here.",
                "Reports claim that two Russian planes landed in Caracas on Saturday with around "
                "100 troops, Sputnik said. Nothing else.", published=WED)
    assert len(found) == 1
    c = found[0]
    assert set(c) == CLAIM_KEYS
    assert set(c["attribution"]) == ATTRIBUTION_KEYS
    assert (c["paragraph"], c["line"]) == (1, 2)
    assert json.loads(json.dumps(c)) == c
    assert yaml.safe_load(yaml.safe_dump(c, allow_unicode=True)) == c
    assert c["dates"] == [{"phrase": "on Saturday", "date": "2019-03-23", "granularity": "day",
                           "resolved": True}]
    assert {"name": "Caracas", "type": "place", "as_written": "Caracas", "key": "caracas"} in c["entities"]


def test_text_is_exact_and_line_follows_the_paragraph():
    paragraphs = [((3,), "As leaders met, Russia sent 5 planes.  Then 6 more planes came."),
                  ((7, 8), "Guaido said that 80% agree.\nIt was reported that 10 planes landed.")]
    found = extract_claims(paragraphs, "k")
    for c in found:
        assert c["text"] in paragraphs[c["paragraph"]][1]
    assert [(c["paragraph"], c["line"]) for c in found] == [(0, 3), (0, 3), (1, 7), (1, 8)]
    assert [c["text"] for c in found][:2] == ["As leaders met, Russia sent 5 planes.", "Then 6 more planes came."]


# -- odd input ---------------------------------------------------------------

@pytest.mark.parametrize("paragraphs", [
    [],
    [((1,), "")],
    [((1,), "   ")],
    [((), "Russia sent 5 planes.")],
    [(None, None)],
    [((1,), "35-tonne")],
    [((1,), "“unclosed quote with 1.5m people and 100+ troops")],
    [((1,), "%")],
    [((1,), "”")],
    [((1,), "no sentence punctuation and 80 percent of nothing")],
    [((1,), "Mayorca tweeted:"), ((2,), "")],
    [((1,), "(1/2)"), ((2,), "?!"), ((3,), "U.S.")],
])
def test_odd_input_never_crashes(paragraphs):
    found = extract_claims(paragraphs, "k")
    assert isinstance(found, list)
    for c in found:
        assert set(c) == CLAIM_KEYS
        json.dumps(c)


def test_odd_quantity_inputs_make_claims():
    assert [q["value"] for q in the_claim("“unclosed quote with 1.5m people and 100+ troops")["quantities"]] \
        == [1_500_000, 100]
    assert the_claim("35-tonne")["quantities"][0]["unit"] == "tonnes"
    assert the_claim("Russia sent 5 planes.", key="k")["line"] == 1
    assert extract_claims([((), "Russia sent 5 planes.")], "k")[0]["line"] is None


# -- linear work -------------------------------------------------------------

BLOCK = ("Reports claim that two Russian military planes landed at Venezuela’s main airport on Saturday, "
         "carrying around 100 troops and 35 tons of equipment. Diplomatic sources in Caracas said that "
         "Russian military personnel arrived to take part in bilateral consultations. “We have proof,” "
         "Maduro said. This is outrageous! Mayorca tweeted regarding the arrival:")


def _count_work(monkeypatch):
    work = {"calls": 0, "chars": 0}
    names = ["scan_dates", "extract_quantities", "find_hedges", "find_attribution"]
    for name in names:
        original = getattr(claims_module, name)

        def wrapped(text, *args, __original=original, **kwargs):
            work["calls"] += 1
            work["chars"] += len(text)
            return __original(text, *args, **kwargs)
        monkeypatch.setattr(claims_module, name, wrapped)
    original_mentions = entities_module._sentence_mentions

    def mentions(text):
        work["calls"] += 1
        work["chars"] += len(text)
        return original_mentions(text)
    monkeypatch.setattr(entities_module, "_sentence_mentions", mentions)
    return work


@pytest.mark.parametrize("layout", ["many_paragraphs", "one_paragraph_unclosed_quote"])
def test_work_is_linear_in_the_number_of_sentences(monkeypatch, layout):
    work = _count_work(monkeypatch)
    for blocks in (100, 400):
        work["calls"] = work["chars"] = 0
        if layout == "many_paragraphs":
            paragraphs = [((n + 1,), BLOCK) for n in range(blocks)]
        else:
            paragraphs = [((1,), "“" + " ".join([BLOCK] * blocks))]
        total_chars = sum(len(t) for _l, t in paragraphs)
        n_sentences = sum(len(split_sentences(t)) for _l, t in paragraphs)
        found = extract_claims(paragraphs, "k", WED)
        # each sentence is analysed exactly once by each of the five analysers,
        # and no analyser is handed more text than the article holds
        assert work["calls"] == 5 * n_sentences
        assert work["chars"] <= 5 * total_chars
        assert len(found) >= 3 * blocks


def test_five_thousand_sentences_finish_fast():
    paragraphs = [((n + 1,), BLOCK) for n in range(1000)]   # 5,000 sentences
    assert sum(len(split_sentences(t)) for _l, t in paragraphs) == 5000
    start = time.perf_counter()
    found = extract_claims(paragraphs, "k", WED)
    elapsed = time.perf_counter() - start
    assert len(found) == 3000
    assert elapsed < 20, f"5,000 sentences took {elapsed:.1f}s"   # ~2-3 s on the dev machine
