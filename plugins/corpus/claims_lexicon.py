"""Data for the claims-extraction stage (no logic lives here).

Every table says where its values came from, naming the KIND of thing it
lists ("military ranks", "news-agency names", "hedge words"):

* "specification" - named in the project specification for the claims stage;
* "general" - ordinary English / newsroom usage (style-guide abbreviations,
  number words, calendar names, common units, reporting verbs, titles,
  countries and capitals, international organisations, news agencies).

No entry is here because one article uses it: the code is measured on news
it has never seen, so a rule names a kind of thing, never one article's
words.  In particular no table names a person; people are found by the shape
of the text (titles, "X said", surnames linked within an article).

Keep entries lower-case unless the table says otherwise; the code folds case
and accents (see ``entities.fold``) before looking anything up.
"""

# ---------------------------------------------------------------------------
# Sentence splitting
# ---------------------------------------------------------------------------

# Abbreviations that always precede a name or number, so a following period is
# never a sentence end.  Source: general (AP/Reuters style titles and place
# abbreviations such as "St." in "St. Lucia"), specification ("Mr.", "Gen.", "St.").
NEVER_FINAL_ABBREVIATIONS = frozenset("""
mr mrs ms messrs mme dr prof gen lt col sgt capt cpt adm cmdr maj brig cpl pvt
sen rep gov pres rev hon supt insp st mt ft vs v fr
""".split())

# Abbreviations that may end a sentence; a period after them is a boundary only
# when the next word is a typical sentence opener (SENTENCE_STARTERS).
# Source: specification ("U.S.", "No."), general (corporate suffixes, months, Latin).
AMBIGUOUS_ABBREVIATIONS = frozenset("""
u.s u.k u.n e.u u.s.a inc ltd co corp plc jr sr etc e.g i.e a.m p.m approx est
jan feb mar apr jun jul aug sep sept oct nov dec no nos
""".split())

# "No." is only an abbreviation when a number follows ("No. 10").  Source: the specification.
NUMBER_ABBREVIATIONS = frozenset({"no", "nos"})

# Words that, capitalised after an ambiguous abbreviation, signal a new
# sentence ("... in the U.S. The next day ...").  Source: general.
SENTENCE_STARTERS = frozenset("""
the a an it he she they we i you this that these those there here but and or so
in on at as if when while after before during however meanwhile also his her
their its our my some many most according although despite earlier later yet
still then since because what who why how where which
""".split())

# Closing characters that may follow sentence punctuation and belong to the
# sentence (quotes closing after the period).  Source: specification, general.
CLOSERS = "\"'”’)]»"

# Opening quote marks / brackets that may start a sentence.  Source: general.
OPENERS = "\"'“‘([«"

# ---------------------------------------------------------------------------
# Quantities
# ---------------------------------------------------------------------------

# Cardinal number words.  Source: general.
NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Scale words; "hundred" multiplies the running group, the others close it.
SCALE_WORDS = {"hundred": 100, "thousand": 1_000, "million": 1_000_000,
               "billion": 1_000_000_000, "trillion": 1_000_000_000_000}

# Suffixes glued to a figure: "1.5m", "$2bn", "3k".  Source: specification ("1.5m"),
# general (newsroom shorthand).  "m" is read as million, as the specification asks,
# never as metres.
ATTACHED_MULTIPLIERS = {"m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000,
                        "bn": 1_000_000_000, "b": 1_000_000_000,
                        "k": 1_000, "tn": 1_000_000_000_000}

# Vague plurals.  Value chosen = the smallest reading of the plural (two of the
# unit: "dozens" = 2 x 12 = 24), always approximate.  Source: specification ("dozens of
# troops" -> 24 or similar, approximate), general (the other powers of ten,
# "billions of dollars").
VAGUE_QUANTITIES = {
    ("dozens", "of"): 24,
    ("scores", "of"): 40,
    ("hundreds", "of"): 200,
    ("thousands", "of"): 2_000,
    ("tens", "of", "thousands", "of"): 20_000,
    ("hundreds", "of", "thousands", "of"): 200_000,
    ("millions", "of"): 2_000_000,
    ("billions", "of"): 2_000_000_000,
}
# "a dozen" / "half a dozen" etc.  (value, approximate).  Source: general.
ARTICLE_QUANTITIES = {
    ("a", "dozen"): (12, True),
    ("half", "a", "dozen"): (6, True),
    ("a", "couple", "of"): (2, True),
    ("a", "hundred"): (100, False),
    ("a", "thousand"): (1_000, False),
    ("a", "million"): (1_000_000, False),
    ("a", "billion"): (1_000_000_000, False),
}

# Words before a figure that make it approximate / a bound.  Longest first.
# Source: specification (around/about/almost/nearly/some/up to/roughly/approximately/
# more than/over/at least), general (the rest).
APPROXIMATORS = [
    ("as", "many", "as"), ("as", "much", "as"), ("as", "few", "as"),
    ("more", "than"), ("fewer", "than"), ("less", "than"), ("up", "to"),
    ("at", "least"), ("at", "most"), ("close", "to"), ("just", "over"),
    ("just", "under"), ("well", "over"), ("upwards", "of"), ("an", "estimated"),
    ("around",), ("about",), ("almost",), ("nearly",), ("some",), ("roughly",),
    ("approximately",), ("approx",), ("over",), ("under",), ("circa",),
    ("estimated",), ("~",),
]
# Words after a figure that make it approximate.  Source: general, specification ("+").
POST_APPROXIMATORS = [("or", "so"), ("odd",), ("plus",), ("+",)]

# Units and counted nouns -> (canonical unit, noun class).  Counted nouns keep
# their own word in plural form ("soldiers" stays "soldiers") and get a class
# so that later comparison can group "troops"/"soldiers"/"servicemen".
# Source: specification (tonnes, percent, soldiers/troops/servicemen/military personnel
# -> class "personnel", planes/aircraft/jets -> "planes"), general (the
# rest: measures, currencies, military units, vehicles, kinds of people,
# places and polities, durations, documents).
UNITS = {
    # mass
    "tonne": ("tonnes", "mass"), "tonnes": ("tonnes", "mass"),
    "ton": ("tonnes", "mass"), "tons": ("tonnes", "mass"),
    "t": ("tonnes", "mass"), "metric tons": ("tonnes", "mass"),
    "metric tonnes": ("tonnes", "mass"),
    "kg": ("kilograms", "mass"), "kilogram": ("kilograms", "mass"),
    "kilograms": ("kilograms", "mass"), "kilos": ("kilograms", "mass"),
    # proportion
    "percent": ("percent", "proportion"), "per cent": ("percent", "proportion"),
    "%": ("percent", "proportion"), "pct": ("percent", "proportion"),
    "percentage points": ("percentage points", "proportion"),
    # money
    "$": ("USD", "money"), "dollars": ("USD", "money"), "dollar": ("USD", "money"),
    "usd": ("USD", "money"), "€": ("EUR", "money"), "euros": ("EUR", "money"),
    "euro": ("EUR", "money"), "£": ("GBP", "money"), "rubles": ("RUB", "money"),
    "roubles": ("RUB", "money"), "bolivars": ("VES", "money"),
    "yuan": ("CNY", "money"), "renminbi": ("CNY", "money"), "yen": ("JPY", "money"),
    "rupees": ("INR", "money"), "naira": ("NGN", "money"), "cedis": ("GHS", "money"),
    "rand": ("ZAR", "money"), "hryvnias": ("UAH", "money"), "shekels": ("ILS", "money"),
    "pesos": ("pesos", "money"), "shillings": ("shillings", "money"),
    # personnel
    "troops": ("troops", "personnel"), "troop": ("troops", "personnel"),
    "soldiers": ("soldiers", "personnel"), "soldier": ("soldiers", "personnel"),
    "servicemen": ("servicemen", "personnel"),
    "serviceman": ("servicemen", "personnel"),
    "service members": ("service members", "personnel"),
    "servicemembers": ("service members", "personnel"),
    "military personnel": ("personnel", "personnel"),
    "personnel": ("personnel", "personnel"),
    "marines": ("marines", "personnel"), "paratroopers": ("paratroopers", "personnel"),
    "sailors": ("sailors", "personnel"), "mercenaries": ("mercenaries", "personnel"),
    "military advisers": ("advisers", "personnel"),
    "military advisors": ("advisers", "personnel"),
    "military specialists": ("specialists", "personnel"),
    "specialists": ("specialists", "personnel"),
    # aircraft
    "planes": ("planes", "aircraft"), "plane": ("planes", "aircraft"),
    "aircraft": ("planes", "aircraft"), "aircrafts": ("planes", "aircraft"),
    "jets": ("planes", "aircraft"), "jet": ("planes", "aircraft"),
    "airplanes": ("planes", "aircraft"), "airplane": ("planes", "aircraft"),
    "aeroplanes": ("planes", "aircraft"), "airliners": ("planes", "aircraft"),
    "helicopters": ("helicopters", "aircraft"), "helicopter": ("helicopters", "aircraft"),
    "drones": ("drones", "aircraft"),
    "flights": ("flights", "flights"), "flight": ("flights", "flights"),
    # vessels / vehicles / weapons
    "ships": ("ships", "vessels"), "ship": ("ships", "vessels"),
    "vessels": ("vessels", "vessels"), "warships": ("warships", "vessels"),
    "freighters": ("freighters", "vessels"),
    "tanks": ("tanks", "vehicles"), "trucks": ("trucks", "vehicles"),
    "vehicles": ("vehicles", "vehicles"), "containers": ("containers", "cargo"),
    "missiles": ("missiles", "weapons"), "missile": ("missiles", "weapons"),
    "launchers": ("launchers", "weapons"), "batteries": ("batteries", "weapons"),
    "systems": ("systems", "weapons"),
    # people
    "people": ("people", "people"), "persons": ("people", "people"),
    "civilians": ("civilians", "people"), "protesters": ("protesters", "people"),
    "members": ("members", "people"), "officials": ("officials", "people"),
    "diplomats": ("diplomats", "people"), "leaders": ("leaders", "people"),
    "terrorists": ("terrorists", "people"), "supporters": ("supporters", "people"),
    "prisoners": ("prisoners", "people"), "refugees": ("refugees", "people"),
    "migrants": ("migrants", "people"), "deaths": ("deaths", "people"),
    "victims": ("victims", "people"),
    # places / polities
    "states": ("states", "places"), "countries": ("countries", "places"),
    "country": ("countries", "places"), "nations": ("nations", "places"),
    "nation": ("nations", "places"), "cities": ("cities", "places"),
    "provinces": ("provinces", "places"), "regions": ("regions", "places"),
    "airports": ("airports", "places"), "bases": ("bases", "places"),
    # time
    "days": ("days", "duration"), "day": ("days", "duration"),
    "weeks": ("weeks", "duration"), "week": ("weeks", "duration"),
    "months": ("months", "duration"), "month": ("months", "duration"),
    "years": ("years", "duration"), "year": ("years", "duration"),
    "hours": ("hours", "duration"), "hour": ("hours", "duration"),
    "minutes": ("minutes", "duration"),
    # distance
    "km": ("kilometres", "distance"), "kilometres": ("kilometres", "distance"),
    "kilometers": ("kilometres", "distance"), "miles": ("miles", "distance"),
    "mile": ("miles", "distance"),
    # documents and commodities counted in news copy
    "contracts": ("contracts", "documents"), "agreements": ("agreements", "documents"),
    "barrels": ("barrels", "volume"),
}
# Unit words that are only units after a figure, never nouns to scan over.
SINGLE_LETTER_UNITS = frozenset({"t"})

# Words that end the search for the counted noun after a figure.
# Source: general (function words and auxiliaries).
UNIT_SCAN_STOP = frozenset("""
and or of to in on at for with from by the a an that which who than as is was
were are be been had have has will would could should may might not no but
into onto over under after before since until against between among per their
its his her our my your this these those it they he she we
""".split())

# Preceding words that turn a figure into a label rather than a quantity
# ("number 5", "Flight 17").  Source: general; specification ("ordinal labels").
LABEL_WORDS = frozenset("""
no nos number num page pages line lines item items route flight article
chapter section resolution paragraph zone channel room tweet part phase
episode version level grade class size team row gate terminal platform
""".split())

# How many words may stand between a figure and its counted noun: a
# nationality plus a compound modifier ("two Russian air force planes",
# "300 US Army special forces troops" would need 5 and is not reached).
# Source: general (typical modifier stacks in news copy).
UNIT_WINDOW = 4

# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------

# Source: general.  Only capitalised forms are matched.
MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
    "July": 7, "August": 8, "September": 9, "October": 10, "November": 11,
    "December": 12,
}
MONTH_ABBREVIATIONS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
WEEKDAYS = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4,
    "Saturday": 5, "Sunday": 6,
}
# A month-day without a year takes the publication year unless that puts it
# further than this from the publication date, in which case the neighbouring
# year nearest to publication is used (an article of 2 January speaking of
# "December 30").  Source: specification (publication year), general (year wrap).
MONTH_DAY_MAX_DISTANCE_DAYS = 183

# ---------------------------------------------------------------------------
# Hedging
# ---------------------------------------------------------------------------

# (label, regular expression).  Matched case-insensitively unless the label is
# listed in CASE_SENSITIVE_HEDGES.  Source: specification (reportedly, reports claim,
# reports are claiming, allegedly, alleged, unnamed source, anonymous source,
# it was reported, according to media reports, is said to, appears to,
# supposed, unconfirmed, could, may), general (the rest: other reporting,
# appearance and uncertainty phrases).
HEDGES = [
    ("reports are claiming", r"\breports\s+are\s+claiming\b"),
    ("reports claim", r"\breports\s+claim(?:ed)?\b"),
    ("reports say", r"\breports\s+(?:say|said|suggest(?:ed)?|indicate[ds]?)\b"),
    ("according to media reports", r"\baccording\s+to\s+media\s+reports\b"),
    ("according to reports", r"\baccording\s+to\s+(?:some\s+|unconfirmed\s+|several\s+)?reports\b"),
    ("reports that", r"\breports\s+(?:that|of)\b"),
    ("it was reported", r"\bit\s+(?:was|is|has\s+been|had\s+been)\s+reported\b"),
    ("reportedly", r"\breportedly\b"),
    ("allegedly", r"\ballegedly\b"),
    ("alleged", r"\balleged\b"),
    ("purportedly", r"\bpurported(?:ly)?\b"),
    ("anonymous source", r"\banonymous\s+(?:[\w-]+\s+){0,2}(?:sources?|officials?|diplomats?|insiders?)\b"),
    ("unnamed source", r"\b(?:unnamed|unidentified)\s+(?:[\w-]+\s+){0,2}(?:sources?|officials?|diplomats?|insiders?)\b"),
    ("sources say", r"\bsources\s+(?:say|said|claim(?:ed)?)\b"),
    ("is said to", r"\b(?:is|are|was|were)\s+said\s+to\b"),
    ("is believed to", r"\b(?:is|are|was|were)\s+(?:believed|thought|understood)\s+to\b"),
    ("appears to", r"\bappear(?:s|ed)?\s+to\b"),
    ("seems to", r"\bseem(?:s|ed)?\s+to\b"),
    ("apparently", r"\bapparently\b"),
    ("supposed", r"\bsupposed(?:ly)?\b"),
    ("unconfirmed", r"\bunconfirmed\b"),
    ("unverified", r"\bunverified\b"),
    ("rumoured", r"\brumou?red\b"),
    ("possibly", r"\bpossibly\b"),
    ("could", r"\bcould\b"),
    ("might", r"\bmight\b"),
    ("may", r"(?<![A-Za-z])may\b"),
]
# "May" the month must not count as a hedge.  Source: general.
CASE_SENSITIVE_HEDGES = frozenset({"may"})
# An attribution whose (resolved) source contains one of these words adds the
# mapped hedge label.  Source: specification ("anonymous source", "unnamed source").
ANONYMOUS_SOURCE_HEDGES = {"anonymous": "anonymous source",
                           "unnamed": "unnamed source",
                           "unidentified": "unnamed source"}

# ---------------------------------------------------------------------------
# Attribution
# ---------------------------------------------------------------------------

# Verb forms that credit a statement to somebody.  Source: specification (said, cited,
# according to, tweeted, reported, told, claimed, confirmed, warned, insisted),
# general (the rest: verbs of saying, writing, showing and admitting).
ATTRIBUTION_CUES = frozenset("""
said says say saying told tells tell telling claimed claim claims claiming
confirmed confirms confirming reported reports reporting tweeted tweets
wrote writes posted cited cites citing quoted quoting warned warns insisted
insists stated announced announces added adds noted notes revealed reveals
denied denies alleged alleges explained explains showed shows show declared
declares acknowledged admitted estimated estimates suggested argued
""".split())
# Forms that are just as often nouns ("the claims", "16 states"): only cues
# when followed by "that", a quote or a colon.  Source: general.
NOUN_LIKE_CUES = frozenset("""
claim claims reports shows show notes estimates tweets says say tell
""".split())
# Cues that are only used in the "..., X said." / ", the headline read." tail
# position ("..., the headline read.").  Source: general.
TAIL_ONLY_CUES = frozenset({"read", "added", "adds", "continued"})
# Present participles that need an auxiliary to be a cue ("are claiming").
PARTICIPLE_CUES = frozenset({"saying", "telling", "claiming", "confirming",
                             "reporting", "citing", "quoting"})
# Cues that introduce the source that the subject relays ("Sputnik cited an
# anonymous source", "..., quoting an unnamed source").  Source: general
# (verbs of relaying another's words).
QUOTING_CUES = frozenset({"cited", "cites", "citing", "quoted", "quoting"})
# Cues whose object is the party told ("told The Associated Press").
TELLING_CUES = frozenset({"told", "tells", "tell", "telling"})

# Words stripped from the front of a subject phrase.  Source: general.
SUBJECT_LEADING_STRIP = frozenset("""
and but while although though as when because since so also meanwhile then
whereas if after before yet still however moreover furthermore instead
""".split())
# Words stripped from the end of a subject phrase ("X has previously said").
SUBJECT_TRAILING_STRIP = frozenset("""
has have had is are was were also previously later earlier further again
already repeatedly publicly officially then now still recently just first
reportedly allegedly separately subsequently had been once apparently
""".split())
# Pronouns accepted as sources (resolved to a person when that is simple).
PRONOUN_SOURCES = frozenset({"he", "she", "they", "we", "i", "it"})
# Head nouns that make a lower-case phrase a plausible source ("diplomatic
# sources in Caracas", "satellite imagery", "the source").  Source: general
# (people, bodies and evidence that news copy credits).
SOURCE_NOUNS = frozenset("""
source sources official officials spokesman spokeswoman spokesperson ministry
report reports media agency imagery data site website statement analysts
experts witnesses residents government military police army embassy diplomats
diplomat headline newspaper outlet channel president minister observers
tracker trackers images photos footage documents document ministry department
office authorities authority leader leaders opposition officers officer
lawmakers senator senators commander commanders analyst expert witness
employees workers staff researchers scientists doctors critics investigators
prosecutors lawyers police organisers organizers activists campaigners
""".split())
# "the source", "the official" ... that may be resolved to an earlier mention.
DEFINITE_SOURCE_NOUNS = frozenset({"source", "official", "diplomat",
                                   "spokesman", "spokeswoman", "spokesperson",
                                   "agency", "ministry", "officer"})
# Time phrases cut from the end of a source phrase ("According to media
# reports in recent days" -> "media reports").  Source: general.
SOURCE_TEMPORAL_TAILS = [
    r"\s+(?:in|over|during|for)\s+(?:the\s+)?(?:recent|past|last|previous|coming)\s+(?:few\s+)?(?:days|weeks|months|hours|years)$",
    r"\s+(?:recently|earlier|later|today|yesterday|on\s+\w+day)$",
]
# How many earlier sentences are searched for an antecedent.  Source: general.
ANTECEDENT_WINDOW = 6

# ---------------------------------------------------------------------------
# What makes a claim
# ---------------------------------------------------------------------------

# Event verbs: a sentence with one of these and an entity states something
# checkable.  Source: specification (arrived, landed, sent, deployed, confirmed, left,
# carried), general (verbs of movement, transport, conflict, law and
# politics, harm, building and giving in past or -ing form).
EVENT_VERBS = frozenset("""
arrived arrive arrives arriving landed landing sent send sends sending deployed
deploy deploys deploying confirmed left leaving departed departing carried
carry carries carrying transported transporting brought bring brings bringing
flew flown flying delivered deliver delivers delivering shipped received
captured arrested detained killed attacked signed met visited launched fired
blocked closed ordered recognized recognised restored spread hitting released
moved evacuated imposed sanctioned seized struck elected swore sworn voted
boycotted approved authorized authorised withdrew injured wounded accused
dismantled built invited spoke shared recruited died crashed returned
travelled traveled agreed dispatched stationed installed supplied provided
donated transferred
""".split())
# Deliberately absent: base forms that are mostly nouns in news copy ("visit",
# "attack", "order", "land", "supply"), and reporting verbs ("reported",
# "tweeted", "showed"), which count through attribution instead.

# ---------------------------------------------------------------------------
# Entities: how an unknown name is typed
# ---------------------------------------------------------------------------
#
# No table below names a person, and no place, organisation or outlet is here
# because one article mentions it.  People, and most places, organisations
# and outlets, are found from the shape of the text around them (titles,
# organisation and place words, prepositions, reporting verbs); the only
# named things are the "general" gazetteer of countries, capitals and world
# regions, a handful of international organisations and government bodies,
# and the major international news agencies (end of this section).

# Lower-case words allowed inside a capitalised name ("Ministry of Defense",
# "Chief of Staff of ...", "Ursula von der Leyen").  Source: general (English
# connectors and the name particles of European and Arabic names).
NAME_CONNECTORS = frozenset({"of", "the", "de", "del", "della", "di", "du", "le",
                             "la", "las", "los", "da", "do", "dos", "das", "von",
                             "van", "der", "den", "ter", "al", "bin", "ibn", "y",
                             "of the"})

# Capitalised words that are not names on their own: sentence openers,
# pronouns, calendar words, web-page chrome ("Posted by", "Leave a Reply",
# "Click to ...") and capitalised common nouns ("God").  Source: general;
# calendar words so that "Friday, March 22" yields no entity.
STOP_CAPS = frozenset("""
the a an in on at as although according after before during while despite this
that these those it its he she they we i you our their his her here there
meanwhile also earlier later immediately however but and or so then what when
where why how who which if because since both all some many more most other
another nothing now reports report please click posted leave one two three
yes no not do does did is are was were be let my your us him them every each
such these only even just once thereafter mr mrs ms dr god
monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december today
yesterday tonight afternoon morning evening weekend
""".split())

# Demonyms, language names and other group adjectives: never entities by
# themselves, dropped before titles ("Russian Foreign Minister Sergei
# Lavrov").  A plural "-s" form counts too ("Russians"); the code adds it.
# Source: general (nationality adjectives of the gazetteer's countries,
# directional/regional adjectives, major languages and religions).  Given
# names that double as adjectives ("Christian") are deliberately absent.
DEMONYMS = frozenset("""
afghan albanian algerian american andorran angolan argentine argentinian
armenian australian austrian azerbaijani bahamian bahraini bangladeshi
barbadian belarusian belgian belizean beninese bhutanese bolivian bosnian
botswanan brazilian british bruneian bulgarian burkinabe burmese burundian
cambodian cameroonian canadian chadian chilean chinese colombian comorian
congolese croatian cuban cypriot czech danish djiboutian dominican dutch
ecuadorian egyptian emirati eritrean estonian ethiopian fijian filipino finnish
french gabonese gambian georgian german ghanaian greek grenadian guatemalan
guinean guyanese haitian honduran hungarian icelandic indian indonesian
iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh
kenyan korean kosovar kuwaiti kyrgyz lao laotian latvian lebanese liberian
libyan lithuanian malagasy malawian malaysian maldivian malian maltese
mauritanian mauritian mexican moldovan mongolian montenegrin moroccan
mozambican namibian nepalese nepali nicaraguan nigerian nigerien norwegian
omani pakistani palestinian panamanian paraguayan peruvian polish portuguese
qatari romanian russian rwandan salvadoran saudi scottish senegalese serbian
singaporean slovak slovenian somali spanish sudanese surinamese swedish swiss
syrian taiwanese tajik tanzanian thai togolese tongan tunisian turkish turkmen
ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni zambian
zimbabwean english
european asian african arab arabian latin caribbean nordic baltic balkan soviet
western eastern northern southern central north south east west
arabic hindi urdu persian farsi hebrew swahili kurdish kurd pashto
muslim jewish catholic orthodox protestant sunni shia shiite islamist
""".split())

# Title words and phrases (lower-case, multi-word allowed).  A name after a
# title is a person; the title is not part of the name.  Capitalised words
# right before a title are the title's complement and dropped ("Venezuelan
# Information [Minister]", "Fisheries [Minister]"), so departmental titles
# need no entry of their own.  Source: general (government, military ranks,
# diplomatic, newsroom and honorific titles).
TITLES = frozenset("""
president|vice president|interim president|prime minister|secretary of state|
secretary|secretary general|minister|foreign minister|defense minister|
defence minister|spokesman|spokeswoman|spokesperson|
general|gen|lieutenant general|major general|brigadier general|rear admiral|
vice admiral|admiral|adm|colonel|col|lieutenant colonel|lieutenant|lt|captain|
capt|major|sergeant|sgt|corporal|private|commander|chief|chief of staff|
director|senator|sen|national security adviser|national security advisor|
adviser|advisor|ambassador|envoy|governor|gov|mayor|chancellor|king|queen|
prince|princess|sheikh|emir|pope|cardinal|bishop|archbishop|imam|rabbi|
deputy|representative|rep|congressman|congresswoman|judge|justice|editor|
editor-in-chief|correspondent|mr|mrs|ms|dr|professor|prof|head|leader|
opposition leader|foreign secretary|chairman|chairwoman|chair|ceo|founder|
marshal|field marshal|chief executive|chief executive officer|executive|
councillor|councilor|councilmember|councilman|councilwoman|mp|mep|
commissioner|superintendent|inspector|detective|constable|sheriff|coach|
manager|dean|sir|dame|lord|lady|reverend|rev|father
""".replace("\n", "").split("|"))

# Words that make a capitalised sequence an organisation wherever they stand
# in it.  Source: general (kinds of public bodies, armed forces, companies,
# parties, institutions).
ORG_WORDS = frozenset("""
ministry department forces force army navy embassy consulate assembly council
agency congress parliament senate committee party bank company corporation
corp inc ltd group institute university college school hospital
international organisation organization union commission court office service
services administration system guard command fund foundation association
federation alliance coalition league authority authorities police corps
brigade battalion regiment academy bureau directorate cabinet government
regime airlines airways club front movement militia society
""".split())

# Last words that make a capitalised sequence a news outlet ("Washington
# Post", "Fox News", "La Prensa Noticias").  Only the last word counts,
# and only in a sequence of two words or more.  Source: general (newspaper
# and broadcaster naming conventions, English and the main Romance/Slavic
# words for "news").
OUTLET_WORDS = frozenset("""
news times post press tribune herald journal gazette telegraph chronicle
observer daily weekly monitor channel television tv radio broadcasting
standard mirror express mail guardian independent bulletin dispatch examiner
inquirer sentinel globe
noticias novosti nouvelles notizie nachrichten diario gazeta
""".split())

# Last words of named things that are none of the entity types - events,
# laws, agreements, prizes: such a sequence is no entity ("Chicago Marathon",
# "Paris Agreement", "Nobel Prize"), never a person.  Source: general.
OTHER_NAME_WORDS = frozenset("""
marathon games olympics cup championship championships tournament festival
summit conference expo awards award prize war revolution agreement accord
accords treaty act bill plan initiative programme program protocol doctrine
""".split())

# Last words that make a capitalised sequence a place ("... International
# Airport", "... Airbase").  Source: general (kinds of places).
PLACE_SUFFIXES = frozenset("""
airport airbase base street square city province state island islands river
bay sea ocean mountains valley county district region palace resort port
harbour harbor strait peninsula desert lake
""".split())

# Lower-case nouns that make the capitalised word(s) right before them a
# place ("in the Kano state", "Mbeya province", "the Sandy Lane resort").
# Narrower than PLACE_SUFFIXES: "base" and "camp" also mean a political
# following ("the Trump base").  Source: general (administrative units and
# kinds of places).
PLACE_NOUNS_AFTER = frozenset("""
airport airbase state province region district county city town village
municipality governorate oblast prefecture island islands river valley
resort port harbour harbor area border neighbourhood neighborhood suburb
""".split())

# "<noun> of X" makes X a place ("the capital of Venezuela", "the airport of
# Entebbe", "the outskirts of X", "residents of X", "the mayor of X").
# Source: general (kinds of places, parts of places, a place's people and
# its local officials).
PLACE_HEAD_NOUNS = frozenset("""
capital city town village province state region district county
municipality airport port island outskirts suburbs streets centre center
coast north south east west northeast northwest southeast southwest
residents inhabitants people citizens mayor governor
""".split())

# Prepositions after which a capitalised name is a place ("gathered in
# Ouagadougou", "landed at Tromsø", "crossed into Mbeya province") and after
# which a mistyped place may be folded to a known one ("landed in Nairobbi").
# Source: general.
LOCATIVE_PREPOSITIONS = frozenset("""
in to from at near into across outside around via toward towards inside
throughout
""".split())
# "to"/"from" also take people ("spoke to X", "a letter from X"): after them
# only a single word is typed as a place, and not after these words.
# Source: general (verbs and nouns of communication and relation).
WEAK_LOCATIVES = frozenset({"to", "from"})
NOT_LOCATIVE_BEFORE = frozenset("""
according thanks due owing next close loyal spoke speaking talked talking
wrote writing said told letter message call calls married
""".split())

# Lower-case nouns that make the name right before them an outlet ("the
# Kommersant newspaper") or, after them, the name they introduce ("a
# pro-government outlet, the Diario Vea").  "news" counts only before
# "agency"/"site"/... ("the Sputnik news agency", never "a Trump news
# conference"; NEWS_HEADS); "site" alone is as often a place ("the
# Natanz site").  Source: general (kinds of news outlet).
OUTLET_NOUNS = frozenset("""
agency newspaper daily broadcaster channel website outlet magazine tabloid
portal wire
""".split())
NEWS_HEADS = frozenset({"agency", "outlet", "site", "website", "channel", "network",
                        "service", "portal", "wire"})
# A lone name right before one of these reporting verbs is an outlet
# ("Sputnik reported", "Protesters gathered, Reuters reported"); before
# other cues it is a person ("Mensah tweeted").  Source: general.
OUTLET_CUES = frozenset({"reported", "reports", "reporting"})

# A capitalised token shaped like a web address is an outlet ("Meduza.io
# reported", "Flightaware.com showed").  Source: general (host name =
# label + dot + top-level domain of 2-6 letters).
DOMAIN_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:[a-z]{2,6})$"

# Hyphenated adjectives whose last part is one of these are not names
# ("Israel-based", "US-backed", "Russia-made").  Source: general.
ADJECTIVE_HYPHEN_TAILS = frozenset("""
based backed made funded led run owned controlled friendly proclaimed allied
aligned style era born bound linked
""".split())

# Typo folding: a lone unknown word after a locative preposition is folded
# onto a place of the gazetteer or of the same article when it is at least
# this long, one edit away (insertion, deletion or substitution), shares the
# first letter, and only one candidate fits.  Short names have real one-edit
# neighbours (Iran/Iraq, Apia/Asia, Mali/Bali, Oman/Omar), so they are never
# folded; among the gazetteer's 200-odd names of seven letters or more only
# two pairs are one edit apart (Iceland/Ireland, Kingston/Kingstown), and a
# word near both is left alone.  The same length bounds the manufacturer
# typos ("Antomov" for "Antonov").  Source: general.
TYPO_MIN_LENGTH = 7

# ---------------------------------------------------------------------------
# Entities: general knowledge (the only named things)
# ---------------------------------------------------------------------------
#
# Format of each table: canonical name -> [variants as they may be written].
# The code folds case, accents, periods and doubled letters before comparing,
# so accent-less and dotted spellings need no entry.  Variants joined by
# "and" are listed by their first part ("Bosnia"), since "and" always ends a
# name run ("Russia and Venezuela").

# Sovereign states (UN members and observers) and a few widely reported
# territories, with their common short and former names.  Source: general.
COUNTRIES = {
    "Afghanistan": [], "Albania": [], "Algeria": [], "Andorra": [], "Angola": [],
    "Antigua and Barbuda": ["Antigua"], "Argentina": [], "Armenia": [],
    "Australia": [], "Austria": [], "Azerbaijan": [],
    "Bahamas": ["the Bahamas", "The Bahamas"], "Bahrain": [], "Bangladesh": [],
    "Barbados": [], "Belarus": [], "Belgium": [], "Belize": [], "Benin": [],
    "Bhutan": [], "Bolivia": [], "Bosnia and Herzegovina": ["Bosnia"],
    "Botswana": [], "Brazil": [], "Brunei": [], "Bulgaria": [],
    "Burkina Faso": [], "Burundi": [], "Cambodia": [], "Cameroon": [],
    "Canada": [], "Cape Verde": ["Cabo Verde"], "Central African Republic": [],
    "Chad": [], "Chile": [], "China": ["PRC"],
    "Colombia": [], "Comoros": [], "Congo": ["Republic of the Congo", "Republic of Congo",
                                             "Congo-Brazzaville"],
    "Costa Rica": [], "Croatia": [], "Cuba": [], "Cyprus": [],
    "Czech Republic": ["Czechia"],
    "Democratic Republic of the Congo": ["Democratic Republic of Congo", "DR Congo", "DRC",
                                         "Congo-Kinshasa"],
    "Denmark": [], "Djibouti": [], "Dominica": [],
    "Dominican Republic": ["the Dominican Republic"], "Ecuador": [], "Egypt": [],
    "El Salvador": [], "Equatorial Guinea": [], "Eritrea": [], "Estonia": [],
    "Eswatini": ["Swaziland"], "Ethiopia": [], "Fiji": [], "Finland": [],
    "France": [], "Gabon": [], "Gambia": ["The Gambia"], "Georgia": [],
    "Germany": [], "Ghana": [], "Greece": [], "Grenada": [], "Guatemala": [],
    "Guinea": [], "Guinea-Bissau": [], "Guyana": [], "Haiti": [], "Honduras": [],
    "Hungary": [], "Iceland": [], "India": [], "Indonesia": [], "Iran": [],
    "Iraq": [], "Ireland": [], "Israel": [], "Italy": [],
    "Ivory Coast": [], "Jamaica": [], "Japan": [], "Jordan": [],
    "Kazakhstan": [], "Kenya": [], "Kiribati": [], "Kosovo": [], "Kuwait": [],
    "Kyrgyzstan": [], "Laos": [], "Latvia": [], "Lebanon": [], "Lesotho": [],
    "Liberia": [], "Libya": [], "Liechtenstein": [], "Lithuania": [],
    "Luxembourg": [], "Madagascar": [], "Malawi": [], "Malaysia": [],
    "Maldives": [], "Mali": [], "Malta": [], "Marshall Islands": [],
    "Mauritania": [], "Mauritius": [], "Mexico": [], "Micronesia": [],
    "Moldova": [], "Monaco": [], "Mongolia": [], "Montenegro": [], "Morocco": [],
    "Mozambique": [], "Myanmar": ["Burma"], "Namibia": [], "Nauru": [],
    "Nepal": [], "Netherlands": ["the Netherlands", "The Netherlands", "Holland"],
    "New Zealand": [], "Nicaragua": [], "Niger": [], "Nigeria": [],
    "North Korea": ["DPRK"], "North Macedonia": ["Macedonia"], "Norway": [],
    "Oman": [], "Pakistan": [], "Palau": [], "Palestine": [], "Panama": [],
    "Papua New Guinea": [], "Paraguay": [], "Peru": [],
    "Philippines": ["the Philippines", "The Philippines"], "Poland": [],
    "Portugal": [], "Qatar": [], "Romania": [], "Russia": ["Russian Federation"],
    "Rwanda": [], "Saint Kitts and Nevis": ["Saint Kitts", "St. Kitts", "St Kitts"],
    "Saint Lucia": ["St. Lucia", "St Lucia"],
    "Saint Vincent and the Grenadines": ["Saint Vincent", "St. Vincent", "St Vincent"],
    "Samoa": [], "San Marino": [], "Saudi Arabia": [], "Senegal": [],
    "Serbia": [], "Seychelles": [], "Sierra Leone": [], "Singapore": [],
    "Slovakia": [], "Slovenia": [], "Solomon Islands": [], "Somalia": [],
    "South Africa": [], "South Korea": ["Republic of Korea"], "South Sudan": [],
    "Spain": [], "Sri Lanka": [], "Sudan": [], "Suriname": [], "Sweden": [],
    "Switzerland": [], "Syria": [], "Taiwan": [], "Tajikistan": [],
    "Tanzania": [], "Thailand": [], "Timor-Leste": ["East Timor"], "Togo": [],
    "Tonga": [], "Trinidad and Tobago": ["Trinidad"], "Tunisia": [],
    "Turkey": ["Türkiye"], "Turkmenistan": [], "Tuvalu": [], "Uganda": [],
    "Ukraine": [], "United Arab Emirates": ["UAE", "U.A.E."],
    "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
    "United States": ["U.S.", "US", "USA", "U.S.A.", "United States of America",
                      "America"],
    "Uruguay": [], "Uzbekistan": [], "Vanuatu": [], "Vatican City": ["Vatican", "Holy See"],
    "Venezuela": [], "Vietnam": ["Viet Nam"], "Yemen": [], "Zambia": [],
    "Zimbabwe": [],
    # constituent countries of the United Kingdom
    "England": [], "Scotland": [], "Wales": [], "Northern Ireland": [],
    # territories often in the news
    "Hong Kong": [], "Macau": ["Macao"], "Puerto Rico": [], "Greenland": [],
    "Western Sahara": [], "Gaza": ["Gaza Strip"], "West Bank": [],
}

# Capital cities of the countries above, with common alternative spellings.
# Capitals that are also ordinary words are left out ("Male").  Source:
# general.
CAPITALS = {
    "Kabul": [], "Tirana": [], "Algiers": [], "Andorra la Vella": [], "Luanda": [],
    "Buenos Aires": [], "Yerevan": [], "Canberra": [],
    "Vienna": [], "Baku": [], "Nassau": [], "Manama": [], "Dhaka": [],
    "Bridgetown": [], "Minsk": [], "Brussels": [], "Belmopan": [],
    "Porto-Novo": [], "Thimphu": [], "La Paz": [], "Sucre": [], "Sarajevo": [],
    "Gaborone": [], "Brasília": [], "Bandar Seri Begawan": [], "Sofia": [],
    "Ouagadougou": [], "Gitega": [], "Bujumbura": [], "Phnom Penh": [],
    "Yaoundé": [], "Ottawa": [], "Praia": [], "Bangui": [], "N'Djamena": [],
    "Santiago": [], "Beijing": ["Peking"], "Bogotá": [], "Moroni": [],
    "Brazzaville": [], "San José": [], "Zagreb": [], "Havana": [],
    "Nicosia": [], "Prague": [], "Kinshasa": [], "Copenhagen": [],
    "Roseau": [], "Santo Domingo": [], "Quito": [], "Cairo": [],
    "San Salvador": [], "Malabo": [], "Asmara": [], "Tallinn": [],
    "Mbabane": [], "Addis Ababa": [], "Suva": [], "Helsinki": [], "Paris": [],
    "Libreville": [], "Banjul": [], "Tbilisi": [], "Berlin": [], "Accra": [],
    "Athens": [], "Guatemala City": [], "Conakry": [],
    "Bissau": [], "Georgetown": [], "Port-au-Prince": [], "Tegucigalpa": [],
    "Budapest": [], "Reykjavik": ["Reykjavík"], "New Delhi": ["Delhi"],
    "Jakarta": [], "Tehran": [], "Baghdad": [], "Dublin": [], "Jerusalem": [],
    "Rome": [], "Yamoussoukro": [], "Kingston": [], "Tokyo": [],
    "Amman": [], "Astana": ["Nur-Sultan"], "Nairobi": [], "Tarawa": [],
    "Pristina": [], "Kuwait City": [], "Bishkek": [], "Vientiane": [],
    "Riga": [], "Beirut": [], "Maseru": [], "Monrovia": [], "Tripoli": [],
    "Vaduz": [], "Vilnius": [], "Antananarivo": [], "Lilongwe": [],
    "Kuala Lumpur": [], "Bamako": [], "Valletta": [], "Majuro": [],
    "Nouakchott": [], "Port Louis": [], "Mexico City": [], "Palikir": [],
    "Chisinau": ["Chișinău"], "Ulaanbaatar": ["Ulan Bator"], "Podgorica": [],
    "Rabat": [], "Maputo": [], "Naypyidaw": ["Nay Pyi Taw"], "Windhoek": [],
    "Yaren": [], "Kathmandu": [], "Amsterdam": [], "The Hague": [],
    "Wellington": [], "Managua": [], "Niamey": [], "Abuja": [], "Pyongyang": [],
    "Skopje": [], "Oslo": [], "Muscat": [], "Islamabad": [], "Ngerulmud": [],
    "Ramallah": [], "Panama City": [], "Port Moresby": [], "Asunción": [],
    "Lima": [], "Manila": [], "Warsaw": [], "Lisbon": [], "Doha": [],
    "Bucharest": [], "Moscow": [], "Kigali": [], "Basseterre": [],
    "Castries": [], "Kingstown": [], "Apia": [], "Riyadh": [], "Dakar": [],
    "Belgrade": [], "Victoria": [], "Freetown": [], "Bratislava": [],
    "Ljubljana": [], "Honiara": [], "Mogadishu": [], "Pretoria": [],
    "Cape Town": [], "Seoul": [], "Juba": [], "Madrid": [], "Colombo": [],
    "Khartoum": [], "Paramaribo": [], "Stockholm": [], "Bern": ["Berne"],
    "Damascus": [], "Taipei": [], "Dushanbe": [], "Dodoma": [],
    "Bangkok": [], "Dili": [], "Lomé": [],
    "Nuku'alofa": [], "Port of Spain": [], "Tunis": [], "Ankara": [],
    "Ashgabat": [], "Funafuti": [], "Kampala": [], "Kyiv": ["Kiev"],
    "Abu Dhabi": [], "London": [], "Washington": [],
    "Montevideo": [], "Tashkent": [], "Port Vila": [], "Caracas": [],
    "Hanoi": [], "Sanaa": ["Sana'a"], "Lusaka": [], "Harare": [],
}

# Continents and world regions.  Source: general.
REGIONS = {
    "Africa": [], "Asia": [], "Europe": [], "Oceania": [], "Antarctica": [],
    "Arctic": ["the Arctic"], "North America": [], "South America": [],
    "Latin America": [], "Central America": [], "Caribbean": ["the Caribbean"],
    "Middle East": ["the Middle East"], "Balkans": ["the Balkans"],
    "Scandinavia": [], "Sahel": ["the Sahel"], "Central Asia": [],
    "Southeast Asia": ["South-East Asia"], "East Asia": [],
    "North Africa": [], "West Africa": [], "East Africa": [],
    "Horn of Africa": ["the Horn of Africa"], "Eastern Europe": [],
    "Western Europe": [],
}

# Major international organisations.  Source: general.
INTERNATIONAL_ORGANISATIONS = {
    "United Nations": ["UN", "U.N."], "NATO": ["Nato"],
    "European Union": ["EU", "E.U."], "African Union": ["AU"],
    "Organization of American States": ["OAS"], "Arab League": [],
    "ASEAN": [], "OPEC": [], "World Health Organization": ["WHO"],
    "International Monetary Fund": ["IMF"], "World Bank": [],
    "World Trade Organization": ["WTO"], "International Criminal Court": ["ICC"],
    "International Atomic Energy Agency": ["IAEA"],
    "Red Cross": ["International Committee of the Red Cross", "ICRC"],
    "Interpol": [], "OSCE": [], "G7": [], "G20": [],
}

# Government bodies known by a building or a generic name rather than an
# organisation word.  Source: general.
GOVERNMENT_BODIES = {
    "White House": ["the White House"], "Kremlin": ["the Kremlin"],
    "Pentagon": ["the Pentagon"], "Downing Street": [], "Élysée": ["Élysée Palace"],
    "Knesset": [], "Bundestag": [], "Duma": ["State Duma"],
}

# Major international news agencies and broadcasters.  Source: general
# (wire services and international broadcasters; "Sputnik news agency"
# needs no entry: "the X news agency" is typed by OUTLET_NOUNS).
NEWS_AGENCIES = {
    "AFP": ["Agence France-Presse", "Agence France Presse"],
    "Associated Press": ["The Associated Press", "AP"], "Reuters": [],
    "TASS": ["Tass", "ITAR-TASS"], "RIA Novosti": ["RIA"], "Interfax": [],
    "Sputnik": ["Sputnik News"], "RT": ["Russia Today"], "Xinhua": [],
    "BBC": [], "CNN": [], "Bloomberg": [], "Al Jazeera": ["Al-Jazeera", "Aljazeera"],
    "Deutsche Welle": ["DW"], "Kyodo": [], "Yonhap": [], "EFE": [], "ANSA": [],
    "dpa": ["DPA", "Deutsche Presse-Agentur"], "Anadolu": ["Anadolu Agency"],
    "UPI": ["United Press International"], "Press Trust of India": ["PTI"],
}

# Variants that only match when written in capitals: acronyms that are also
# ordinary words ("US"/"us", "WHO"/"who", "AP", "AU").  Source: general.
CASE_SENSITIVE_VARIANTS = frozenset({"US", "AP", "UN", "RT", "WHO", "AU", "DW", "RIA"})

# ---------------------------------------------------------------------------
# Entities: aircraft and weapons
# ---------------------------------------------------------------------------

# Aircraft / weapon model families written PREFIX-NUMBER ("IL-62M", "An-124",
# "Su-30", "S-300s").  prefix (lower-case) -> (canonical prefix, manufacturer
# or None, type).  Variant letters and plural "s" are dropped from the
# canonical name so that "IL-62M" and "Ilyushin IL-62" meet.  Source: general
# (Soviet/Russian design-bureau prefixes, US military designations, Soviet
# air-defence and rocket-artillery designations).
MODEL_FAMILIES = {
    "il": ("Il", "Ilyushin", "aircraft"),
    "an": ("An", "Antonov", "aircraft"),
    "su": ("Su", "Sukhoi", "aircraft"),
    "tu": ("Tu", "Tupolev", "aircraft"),
    "mig": ("MiG", "Mikoyan", "aircraft"),
    "mi": ("Mi", "Mil", "aircraft"),
    "ka": ("Ka", "Kamov", "aircraft"),
    "yak": ("Yak", "Yakovlev", "aircraft"),
    "f": ("F", None, "aircraft"),
    "b": ("B", None, "aircraft"),
    "c": ("C", None, "aircraft"),
    "kc": ("KC", None, "aircraft"),
    "mq": ("MQ", None, "aircraft"),
    "s": ("S", None, "weapon"),
    "kh": ("Kh", None, "weapon"),
    "t": ("T", None, "weapon"),
    "bm": ("BM", None, "weapon"),
}
# Manufacturer names that may be followed by a bare model number ("Antonov
# 124"); a name within one edit of one of these (TYPO_MIN_LENGTH letters or
# more) is read as it, since scraped copy misspells them.
# lower-case name -> (canonical name, model prefix or None).  Source: general
# (aircraft manufacturers).
MANUFACTURERS = {
    "antonov": ("Antonov", "An"),
    "ilyushin": ("Ilyushin", "Il"),
    "sukhoi": ("Sukhoi", "Su"),
    "tupolev": ("Tupolev", "Tu"),
    "mikoyan": ("Mikoyan", "MiG"),
    "yakovlev": ("Yakovlev", "Yak"),
    "boeing": ("Boeing", None),
    "airbus": ("Airbus", None),
    "lockheed": ("Lockheed", None),
    "embraer": ("Embraer", None),
}
# How a model family is classed when the manufacturer is named alone.
MANUFACTURER_TYPE = "aircraft"
