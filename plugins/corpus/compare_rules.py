"""Data and thresholds of the claim explorer (``compare.py``, ``citations.py``).

Everything here is general: word lists of English news copy and numbers
chosen by measuring the five seed scrapes in ``content/raw``.  Nothing names
an outlet, an article or a claim of the seeds: grouping is computed from the
claim records, and a new scrape about the same event falls into the same
groups without touching this file.

Each threshold carries a note saying how it was chosen.  "Similarity" is the
IDF-weighted Jaccard index of two claims' content words (see
``compare.similarity``): 1.0 for the same words, 0.0 for none in common;
words that occur in many claims of the corpus ("Russian", "Venezuela") weigh
little, rare ones ("consultations", "S-300") a lot.
"""

from __future__ import annotations

# ---------------------------------------------------------------------------
# Wording similarity
# ---------------------------------------------------------------------------

# Claims are put in one "statement" group when the average similarity
# between the two groups being joined reaches this.  Chosen on the seeds:
# cross-outlet pairs that say the same thing scored 0.20-0.39 (the
# "bilateral consultations" sentences 0.25-0.39, the S-300 satellite images
# 0.23, the planes leaving Russia on March 22 0.20); the highest pair that
# does NOT say the same thing scored 0.15 ("political crisis" in two
# unrelated sentences).  0.2 sits between the two.
STATEMENT_MIN_SIMILARITY = 0.2

# Two claims must also share at least this many content words, so that two
# short sentences that happen to share one rare word are not taken for the
# same statement.  The same-statement pairs of the seeds share 5 to 10.
STATEMENT_MIN_SHARED_WORDS = 3

# Clusters are joined while the share of "linked" pairs between them is at
# least this (average linkage over a yes/no link).  0.5: a majority of the
# pairs must agree, so one vague figure ("dozens") that is compatible with
# everything cannot chain two different figures together.
MIN_LINKED_SHARE = 0.5

# Blocking on large corpora: a word that opens (rarest words first) the
# word lists of more claims than this proposes no pair to compare on its
# own; pairs sharing a rarer word are still found through it.  Without a cap
# the pairs to compare grow with the square of the corpus: on a generated
# single-event corpus of 1,000 articles (13,489 claims) the commonest prefix
# words were in 350-460 claims each and proposed 2.4 million pairs, of which
# 2% were alike.  A cap of 100 made grouping 2.5 times faster there but lost
# three quarters of the cross-outlet wording groups (sentences alike only in
# common words: in a real corpus, "Russian troops arrived in Caracas"), so
# the cap is set above what 1,000 articles reach: corpora up to about 2,000
# articles are untouched, and larger ones grow linearly beyond.
# Claims alike in wording (which must also share STATEMENT_MIN_SHARED_WORDS
# words) are found through pairs of words instead, with the same cap on a
# pair: on the same corpus 1.0 million pairs to test instead of 2.4, the
# same groups, grouping in a third of the time.
BLOCKING_MAX_POSTING = 1000

# Likewise for figures of one event measure, which link on near values
# alone: each figure is paired with at most this many of the figures whose
# ranges overlap its own (the closest in value first).  On the generated
# 1,000-article corpus one measure had thousands of figures near each other
# and 0.9 million pairs; a group wider than this would have no majority of
# linked pairs anyway.  Corpora with fewer near figures per measure than
# this are untouched.
BLOCKING_MAX_NEIGHBOURS = 100

# Figures of different measures are clustered on all cores once a corpus
# has this many (below it, starting worker processes costs more than it
# saves: the 100-article bench corpus has about 1,000 figures and groups in
# 0.4 s; the 1,000-article one has about 10,000 and spent 20 s on them).
PARALLEL_MIN_FIGURES = 3000

# The clusterings (of each measure, each kind of event, and of wording) are
# made in worker processes, side by side, once a corpus has PARALLEL_MIN_FIGURES
# figures or this many claims (the 100-article bench corpus has about 1,300
# claims, compared for wording in 0.2 s; the 1,000-article one 13,500, in
# 2.3 s).
PARALLEL_MIN_CLAIMS = 5000

# Function words and reporting verbs, which say nothing about WHAT is
# claimed.  Source: general English stop list plus the verbs of saying (two
# claims are not alike because both are "said").
STOPWORDS = frozenset("""
a an the and or but if nor so yet of to in on at by for with from as into
onto over under after before since until while about against between among
through during without within upon via per than then too very also just only
even still again further once here there where when why how what which who
whom whose this that these those it its itself they them their theirs he him
his she her hers we us our ours you your yours i me my mine one ones is are
was were be been being am has have had having do does did doing can could
will would shall should may might must not no any all both each few more
most other some such own same s t don now new way well much many lot
said says say saying told tells tell telling claim claims claimed claiming
report reports reported reporting according tweeted tweet cited cite citing
quoted quote quoting confirmed confirm insisted warned stated announced
added adding noted revealed declared wrote read showed shows show shown
comes come came took take make made get got going go went
""".split())

# Spelling variants folded before comparing words (British/American and
# tonne/ton).  Source: general.
SPELLING_VARIANTS = {
    "defence": "defense", "offence": "offense", "licence": "license",
    "tonne": "ton", "tonnes": "tons", "metre": "meter", "metres": "meters",
    "behaviour": "behavior", "favour": "favor", "honour": "honor",
    "programme": "program", "centre": "center", "theatre": "theater",
    "recognised": "recognized", "authorised": "authorized",
    "organisation": "organization", "organised": "organized",
}

# ---------------------------------------------------------------------------
# Quantities
# ---------------------------------------------------------------------------

# Two figures agree when their ranges overlap, an approximate figure
# ("around 100") covering +-10% of its value.  Source: the specification ("the
# figures are compatible within +-10%"); it makes 99 and "about 100" agree
# and 99 and "about 120" differ.
VALUE_TOLERANCE = 0.10

# Figures of the same measure within this factor of each other are taken
# as estimates of the same count and grouped even when their sentences
# share few words (on the seeds "99 Russian soldiers" and "about 100
# Russian troops" share almost no other word: similarity 0.02).  Figures
# further apart are grouped only when their sentences are alike (below).
# 1.5 keeps 99 / 100 / "almost 100" together and keeps 35 vs 300 tonnes
# (factor 8.6) and 1 vs 2 planes (factor 2) apart.
NEAR_VALUE_RATIO = 1.5

# Figures further apart than NEAR_VALUE_RATIO join one group (and then show
# as a disagreement) only when their sentences reach this similarity.  On
# the seeds, same-measure pairs about different things scored at most 0.09
# (35 vs 300 tonnes 0.04-0.05; one plane leaving Caracas vs two planes
# landing 0.06-0.09); two accounts of one landing scored 0.28.  0.25 needs
# sentences clearly about the same event.
FAR_VALUE_MIN_SIMILARITY = 0.25

# Measures whose counts are rarely repeated by chance in one story: near
# figures of these group without further evidence.  Other measures
# (durations, percentages, counted places or documents) also need this much
# similarity: "two days after the arrest" and "within two days" are not one
# claim.  On the seeds the only such near pair ("two countries" / "two
# nations", both meaning Russia and Venezuela) scored 0.06.
EVENT_MEASURES = frozenset({"personnel", "aircraft", "mass", "vessels",
                            "vehicles", "weapons", "flights", "cargo",
                            "money", "people"})
GENERIC_MEASURE_MIN_SIMILARITY = 0.1

# Noun classes whose units are interchangeable ("troops", "soldiers",
# "servicemen" all count personnel; "tons"/"tonnes" is already one unit).
# In every other class the unit is part of the measure: 2 planes and 2
# helicopters, or 5 USD and 5 EUR, are different things.
CLASS_LEVEL_MEASURES = frozenset({"personnel", "mass", "places", "flights"})

# Unit conversions to the measure's canonical unit.  Source: general (SI).
UNIT_CONVERSIONS = {
    "kilograms": ("tonnes", 0.001),
}

# How qualifiers turn a value into a range (qualifier as extracted, lower
# case).  "around"-like: value +- tolerance; "almost"-like: up to the value;
# "over"-like: from the value up; "up to"-like: at most the value.
# Source: general English; the specification's examples (around, about, almost,
# nearly, some, up to, roughly, approximately, more than, over, at least).
QUALIFIER_RANGES = {
    "around": "about", "about": "about", "roughly": "about",
    "approximately": "about", "approx": "about", "some": "about",
    "circa": "about", "estimated": "about", "an estimated": "about",
    "~": "about", "close to": "about", "or so": "about", "odd": "about",
    "a dozen": "about", "half a dozen": "about", "a couple of": "about",
    "almost": "below", "nearly": "below", "just under": "below",
    "as many as": "below", "as much as": "below",
    "more than": "above", "over": "above", "at least": "above",
    "upwards of": "above", "well over": "above", "plus": "above", "+": "above",
    "just over": "just-above",
    "up to": "at-most", "at most": "at-most", "less than": "at-most",
    "fewer than": "at-most", "under": "at-most", "as few as": "at-most",
}

# Vague plurals: the range they cover, from the smallest reading (what the
# quantities stage gives as value) to just below the next scale word.
# "dozens" is 24 up to "hundreds"; an exact 99 is inside it, so "dozens"
# and 99 are compatible, but the vaguer one is flagged.  Source: general.
VAGUE_RANGES = {
    "dozens of": (24, 199), "scores of": (40, 199),
    "hundreds of": (200, 1_999), "thousands of": (2_000, 19_999),
    "tens of thousands of": (20_000, 199_999),
    "hundreds of thousands of": (200_000, 1_999_999),
    "millions of": (2_000_000, 1_999_999_999),
    "billions of": (2_000_000_000, 1_999_999_999_999),
}

# Readable question per measure.  {unit} is the group's unit, {what} the
# noun after "of" ("35 tonnes of equipment") when the group has one.
QUANTITY_QUESTIONS = {
    "personnel": "How many personnel?",
    "mass": "How much cargo ({unit})?",
    "mass+what": "How many {unit} of {what}?",
    "money": "How much money ({unit})?",
    "proportion": "What share ({unit})?",
    "duration": "How long ({unit})?",
    "distance": "How far ({unit})?",
    "places": "How many {unit}?",
    "default": "How many {unit}?",
}

# Words after "of" that are not what is counted ("35 tonnes of the ...").
OF_NOUN_SKIP = frozenset({"the", "a", "an", "its", "their", "his", "her",
                          "which", "whom", "them", "it", "these", "those"})

# ---------------------------------------------------------------------------
# Dates and events
# ---------------------------------------------------------------------------

# Event classes: verbs whose dates are compared across outlets ("When did
# they arrive?").  The first verb of each class is its base form for the
# question.  Source: general news vocabulary of movement, arrest, attack and
# meetings; the specification's example "When did they land?".
EVENT_CLASSES = {
    "arrival": {
        "arrive": "arrive arrives arrived arriving",
        "land": "land lands landed landing",
        "reach": "reached reaches",
        "transport": "transported transports transporting",
        "bring": "brought brings bringing",
        "deliver": "delivered delivers delivering",
    },
    "departure": {
        "leave": "left leaves leaving",
        "depart": "depart departs departed departing",
        "take off": "took-off",
    },
    "dispatch": {
        "send": "sent sends sending",
        "deploy": "deployed deploys deploying",
        "dispatch": "dispatched dispatches dispatching",
        "ship": "shipped ships shipping",
    },
    "meeting": {
        "meet": "met meets meeting",
        "visit": "visited visits visiting",
    },
    "arrest": {
        "arrest": "arrested arrests arresting",
        "detain": "detained detains detaining",
        "capture": "captured captures capturing",
    },
    "attack": {
        "attack": "attacked attacks attacking",
        "strike": "struck strikes striking",
        "bomb": "bombed bombs bombing",
    },
}

# The question of a date group, by the base verb most of its dates belong
# to.  Source: the specification's "When did they land?".
EVENT_QUESTIONS = {
    "default": "When did they {verb}?",
    "send": "When was it sent?", "deploy": "When was it deployed?",
    "dispatch": "When was it dispatched?", "ship": "When was it shipped?",
    "transport": "When was it transported?", "bring": "When was it brought?",
    "deliver": "When was it delivered?", "arrest": "When was the arrest?",
    "detain": "When was the detention?", "capture": "When was the capture?",
    "attack": "When was the attack?", "strike": "When was the strike?",
    "bomb": "When was the bombing?", "meet": "When did they meet?",
    "visit": "When was the visit?",
}

# Verbs of saying: a date next to one of these is when something was SAID,
# not when the event happened ("confirmed on Tuesday that planes landed").
# Forms that are more often nouns ("reports", "claims", "states", "notes")
# are left out, so that "16 out of 23 states" is not a verb of saying.
REPORTING_VERBS = frozenset("""
said says say saying told tells tell telling claimed claiming
confirmed confirms confirming reported reporting tweeted
wrote writes posted cited cites citing quoted quoting warned warns warning
insisted insists stated announced announces added adding noted
revealed reveals denied denies alleged alleges explained explains
showed declared declares acknowledged admitted estimated suggested
argued accused accuses
""".split())

# Words that end the search for a date's verb: clause boundaries.  A date
# before "that" belongs to the main clause ("said on Monday that ...").
CLAUSE_BOUNDARY_WORDS = frozenset({"that", "which", "who", "whom", "when",
                                   "while", "whereas", "because", "although",
                                   "but", "as", "where"})
CLAUSE_BOUNDARY_PUNCTUATION = frozenset(",;:()[]“”\"«»—–")

# How many words around a date phrase are searched for its verb.  The
# furthest verb of a seed date is 10 words before it ("transported dozens
# of troops and equipment to Venezuela's main airport over the weekend").
DATE_VERB_WINDOW = 12

# Lower-case words ending in -ed that are adjectives, not verbs.
NOT_VERBS_ED = frozenset({"alleged", "based", "armed", "united", "red",
                          "related", "supposed", "so-called", "called",
                          "advanced", "limited", "detailed", "needed",
                          "proclaimed", "self-proclaimed", "unnamed",
                          "unidentified", "unconfirmed", "interested"})

# Dates of one event class join a group when their days agree or cannot be
# compared, and the sentences share at least this similarity (plus one
# content word besides the verb).  Dates that conflict need
# FAR_VALUE_MIN_SIMILARITY.  Chosen on the seeds: the arrival sentences of
# different outlets score 0.03-0.10 ("a Russian military delegation
# arrived" vs "planes landed at Venezuela's main airport"), because their
# shared words are the corpus's common ones.
DATE_MIN_SIMILARITY = 0.02

# ---------------------------------------------------------------------------
# Purpose ("arrived to take part in consultations")
# ---------------------------------------------------------------------------

# Verbs whose "to ..." / "for ..." phrase gives a purpose.  Movement and
# sending only: "called on his supporters to prepare" is not a purpose of a
# trip.  Source: general.
PURPOSE_VERBS = frozenset("""
arrived arrive arrives arriving came come comes coming sent send sends
deployed deploy deploys dispatched travelled traveled visited visit flew
landed went go goes headed
""".split())
# Words of a purpose phrase that carry no topic ("to take part in", "to
# hold", "in order to").  Source: general.
PURPOSE_FILLER = frozenset("""
take taking part in participate participating hold holding attend attending
conduct conducting carry out engage engaging have having some further with
on of the a an and order to be for its their country's countries officials
official country
""".split())
# Words after "to" that are not a verb of purpose ("sent cargo planes to
# neighboring Colombia").  Words ending in -ing are skipped as well.
NOT_PURPOSE_WORDS = frozenset({"southern", "northern", "eastern", "western",
                               "central", "nearby", "neighbouring",
                               "neighboring", "nearest", "capital", "city",
                               "country", "border", "region", "airport"})
# Two purposes are one when they share at least this share of the shorter
# one's topic words (overlap coefficient).  "bilateral consultations" and
# "exchange consultations" share 1 of 2 (0.5); "consultations" and
# "discuss strategy, equipment maintenance and training" share none.
PURPOSE_MIN_OVERLAP = 0.5
# How many words a purpose phrase may run: the longest purpose of the seeds
# has 9 ("take part in consultations with country's officials on defence
# industry cooperation"); 12 leaves room without swallowing a next clause.
PURPOSE_MAX_WORDS = 12

# ---------------------------------------------------------------------------
# Entities
# ---------------------------------------------------------------------------

# Types whose mentions answer "which?": all the names of these types that
# are mentioned together in a claim form one group ("Which aircraft?": the
# Il-62 and the An-124), compared outlet by outlet.
ENTITY_SET_TYPES = ("aircraft", "weapon")

# Types that get one group per name when at least two outlets name it
# ("What do they say about Vasily Tonkoshkurov?").  Places are left out:
# they are where things happen, named in most claims ("Venezuela").
ENTITY_SHARED_TYPES = ("person", "organisation")

# A name mentioned in more than this many claims of one article is what the
# article is about (Maduro, Guaidó), not a detail to compare.  On the seeds,
# the comparable names (Tonkoshkurov, Pompeo, the State Department) occur in
# one claim per article; Maduro in up to 5, Trump in 4.
ENTITY_MAX_CLAIMS_PER_ARTICLE = 2

ENTITY_QUESTIONS = {
    "aircraft": "Which aircraft?",
    "weapon": "Which weapons?",
    "person": "What do they say about {name}?",
    "organisation": "What do they say about {name}?",
    "place": "What do they say about {name}?",
    "outlet": "What do they say about {name}?",
}

# ---------------------------------------------------------------------------
# Statements
# ---------------------------------------------------------------------------

# A claim with one of these before its verb denies what another asserts
# ("did not land"), which makes a statement group "differ".
NEGATIONS = frozenset({"not", "never", "n't", "no"})
DENIAL_VERBS = frozenset({"denied", "denies", "deny", "dismissed", "refuted",
                          "rejected"})
# How many words name a statement group ("What do they say about Donald
# Trump, Venezuela and topics?"): three read as a topic; more as a list.
LABEL_WORDS = 3

# ---------------------------------------------------------------------------
# Sources (citations.py)
# ---------------------------------------------------------------------------

# Words that make a source anonymous, dropped from its description.
ANONYMITY_WORDS = frozenset({"anonymous", "unnamed", "unidentified",
                             "undisclosed", "unspecified"})
# Head nouns of people or bodies who speak without a name ("diplomatic
# sources in Caracas", "an unnamed Venezuelan official").
ANONYMOUS_HEADS = frozenset({"source", "sources", "official", "officials",
                             "diplomat", "diplomats", "insider", "insiders",
                             "person", "people", "aide", "aides", "officer",
                             "officers", "expert", "experts", "analyst",
                             "analysts", "witness", "witnesses", "resident",
                             "residents", "observer", "observers"})
# Sources that are reports without an author ("Reports", "media reports").
REPORT_HEADS = frozenset({"reports", "report", "media", "headline",
                          "headlines", "rumours", "rumors", "press"})
# Sources that are records rather than people ("Flight-tracking data").
DATA_HEADS = frozenset({"data", "imagery", "images", "photos", "photographs",
                        "footage", "video", "videos", "records", "documents",
                        "tracking", "map", "maps"})
# Leading words dropped from a source as written ("the state-funded
# Sputnik news agency" keeps its name from the entity, not from these).
SOURCE_DETERMINERS = frozenset({"a", "an", "the", "some", "several", "two",
                                "three", "many", "various", "other"})
# Plural heads folded to the singular in an unnamed source's name, so that
# "diplomatic sources in Caracas" and "an anonymous diplomatic source in
# Caracas" meet.
SINGULAR_HEADS = {"sources": "source", "officials": "official",
                  "diplomats": "diplomat", "insiders": "insider",
                  "aides": "aide", "officers": "officer", "experts": "expert",
                  "analysts": "analyst", "witnesses": "witness",
                  "residents": "resident", "observers": "observer"}
# Endings of demonyms ("Venezuelan", "Chinese", "British", "Israeli"): such
# a word keeps its capital when a source description is lowered for use
# mid-sentence ("Diplomatic sources" -> "diplomatic sources").
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch")
