"""Rules for the text-cleaning stage (``corpus.clean``), kept as data.

Every rule names a *kind* of page chrome that many sites share (WordPress,
Blogger, Wix, Squarespace, Medium, Substack, Ghost, news CMSs, forums, Disqus),
never a sentence of one particular page. The cleaner reports the rule name in
each ``Removal``, so other stages can rely on the names in ``RULE_NAMES``.

Patterns are matched, case-insensitively, against the *normalised* line:
non-breaking spaces turned into spaces, whitespace runs collapsed, ends
stripped. They are written without nested quantifiers and with bounded
repeats, so matching stays linear in the line length.

A ``Rule`` is one of:

* ``LINE``: the whole line is chrome when a pattern matches.
* ``FRAGMENT``: a pattern matched at the *end* of a line; only the matched
  fragment is removed and the rest of the line is kept (a caption with
  "Click to see full-size image" glued on). A line that is nothing but the
  fragment is removed whole.
* ``SECTION``: the line is chrome and starts a region of chrome. ``ends``
  says how the region stops:
  ``"page-end"``  runs to the end of the page (comment threads, comment
  forms); another section may interrupt it, after which the page-end region
  resumes.
  ``"prose"``  stops at the first line of strong article prose (related-post
  lists, share-button lists, tag lists).
  ``"bio"``  author boxes: takes a few short lines and at most one or two
  short paragraphs (the bio), then stops.
  ``"widget"``  stops at the first line that no rule names and that is not
  made of menu words only (share-button lists: the buttons are all chrome
  words, 'More' included; a live-blog entry after a "Share" button is not).
  ``"contents"``  like ``"prose"``, but also stops at a line equal to one it
  already took: a table of contents lists the headings that follow it.
  ``"label"``  takes the one line after the marker when that line is short
  and not a sentence ("From:" + the issuing body, "News provided by" + the
  company).

``max_words`` protects prose: a rule never fires on a line with more words
than that, so a long article sentence that happens to start like chrome
survives. Rules listed first win when several match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

LINE = "line"
SECTION = "section"
FRAGMENT = "fragment"


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str
    patterns: tuple[str, ...]
    note: str
    max_words: int = 12
    ends: str = ""  # SECTION only: "page-end" | "prose" | "bio" | "widget" | "contents" | "label"
    # What a SECTION marker does before any article prose was seen:
    # "remove" drops just the marker line; "ignore" leaves the line to the
    # byline/dateline logic (an author label at the top is a byline); "open"
    # opens the section anyway (tables of contents and publisher labels sit
    # in the article header).
    before_body: str = "remove"
    # Lines sandwiched between two hits of absorbing rules of the same
    # ``family`` are part of that widget (newsletter boxes, cookie banners,
    # appeal boxes, contact blocks, players): see ABSORB_MAX_LINES and
    # ABSORB_MAX_WORDS. ``family`` defaults to the rule name.
    absorbs: bool = False
    family: str = ""
    # The line is only chrome when the line right before or after it is
    # removed by an absorbing rule or by a rule of the same name: it is the
    # title of a widget box ('Sign up to First Edition' over 'Free daily
    # newsletter'), and the same words alone may be article text ('Sign up
    # for Amazon Prime' as a how-to step, 'Key events' as a subheading).
    needs_widget: bool = False
    # Cheap prefilter for unanchored patterns: they are only searched when
    # the lowercased line contains one of these strings. When empty, the
    # cleaner uses the literal text each pattern requires.
    needles: tuple[str, ...] = ()
    regex: re.Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.family:
            object.__setattr__(self, "family", self.name)
        combined = "|".join(f"(?:{p})" for p in self.patterns)
        object.__setattr__(self, "regex", re.compile(combined, re.IGNORECASE))


@dataclass(frozen=True)
class Threshold:
    value: float
    note: str


# --------------------------------------------------------------------------
# Thresholds
# --------------------------------------------------------------------------

PROSE_MIN_WORDS = Threshold(
    4,
    "A line needs this many words (plus sentence punctuation and stopwords) to "
    "count as prose. 4 keeps short article sentences such as 'The counts never "
    "matched.' and rejects button text like 'Sign up now!'. Chosen on the seeds "
    "and the tuning fixtures; 3 made 'Thank you!'-style widget text prose.",
)
PROSE_MIN_STOPWORD_RATIO = Threshold(
    0.15,
    "Share of stopwords a sentence-like line needs to count as prose. English "
    "prose runs at 0.35-0.55; menus, tag lists and names have none. 0.15 "
    "leaves a wide margin for headline-style sentences full of names.",
)
PROSE_LONG_WORDS = Threshold(
    20,
    "A line this long with a normal stopword ratio is prose even without final "
    "punctuation (paragraphs ending in '(1/2)', a link or a quote mark).",
)
STRONG_PROSE_MIN_WORDS = Threshold(
    8,
    "Prose this long (not ending in '?') ends a related-posts/share/tag "
    "region: list items and headlines are shorter or lack a full stop; "
    "related-headline questions end in '?' and do not count.",
)
TITLE_MIN_WORDS = Threshold(
    4,
    "A headline candidate shorter than this is usually a site name "
    "('Riverside Growers'); it is only used as the title when nothing longer "
    "appears before the article starts.",
)
TITLE_MAX_WORDS = Threshold(
    30,
    "Longest headline accepted; the seed headlines run 8-16 words.",
)
HEADING_MAX_WORDS = Threshold(
    16,
    "A non-sentence line inside the article up to this long is a subheading; "
    "longer ones are kept as body text.",
)
CAPTION_MAX_WORDS = Threshold(
    45,
    "Captions and doubled lines longer than this are treated as paragraphs.",
)
PHOTO_CREDIT_MAX_WORDS = Threshold(
    7,
    "'Photo: Jane Doe/AFP' is a credit (chrome); a 'Photo:' line longer than "
    "this describes the picture and is kept as a caption.",
)
DOUBLE_MAX_GAP = Threshold(
    2,
    "Two identical lines count as a doubled caption when at most this many "
    "non-blank lines apart (alt text + caption, lightbox copies).",
)
TITLE_REPEAT_EXTRA_WORDS = Threshold(
    4,
    "A later line equal to the title plus up to this many extra words "
    "('Title | Site Name') is a repeated headline.",
)
SECTION_MIN_BODY_LINES = Threshold(
    2,
    "Comment/related sections only open after this many lines of article "
    "prose, so a '12 Comments' link in the header does not swallow the article.",
)
BIO_MAX_LINES = Threshold(
    8,
    "An author box takes at most this many lines after its label.",
)
BIO_MAX_PARAGRAPHS = Threshold(
    2,
    "...and at most this many prose lines (the bio itself), each up to "
    "BIO_MAX_WORDS words.",
)
BIO_MAX_WORDS = Threshold(70, "Longest bio paragraph an author box may take.")
TAIL_ABSORB_MAX_WORDS = Threshold(
    20,
    "In the page footer, a prose line up to this long can be chrome (a bio or "
    "a widget blurb) if enough chrome surrounds it; longer prose always ends "
    "the footer search, so a final paragraph is never absorbed.",
)
TAIL_CHROME_MAX_WORDS = Threshold(
    70,
    "Longest line TAIL_CHROME_PATTERNS may mark (a publisher's "
    "self-description runs 30-60 words).",
)
TAIL_PROSE_WEIGHT = Threshold(
    0.25,
    "Footer search: each chrome line scores +1, each short prose line scores "
    "-max(1, words * this). With 0.25 a 12-word bio needs 3+ chrome lines "
    "around it to be absorbed.",
)
SITE_REPEAT_MIN_SCRAPES = Threshold(
    3,
    "site_line_counts signal: a non-prose line found in at least this many "
    "scrapes (this one and two others) is site chrome. Prose is never removed "
    "this way: outlets quote the same sentences.",
)
SITE_REPEAT_MAX_WORDS = Threshold(
    12,
    "Only lines up to this long are considered for the cross-scrape signal.",
)
NAME_MAX_WORDS = Threshold(5, "A bare author name in the article header.")
MASTHEAD_MENU_LINES = Threshold(
    2,
    "A headline-like line followed by this many menu lines (menu words, skip "
    "links, breadcrumbs) before the next headline candidate is masthead "
    "chrome (site tagline, 'Skip to primary navigation'), not the title. One "
    "menu line is not enough: pages put a lone 'Menu' toggle anywhere.",
)
HEADER_CHIP_MAX_WORDS = Threshold(
    3,
    "Between the headline and the first paragraph, a line this short starting "
    "in lowercase is a tag chip or user handle ('scanning', 'tomasz_w'): "
    "headings, decks and names start with a capital.",
)
SITE_NAME_MAX_WORDS = Threshold(
    3,
    "A masthead site name ('Backyard Skies', 'Marginalia') is at most this "
    "long; the headline-like line right under it is the site tagline.",
)


ABSORB_MAX_LINES = Threshold(
    3,
    "A run of at most this many undecided lines between two hits of absorbing "
    "rules is part of the widget: the blurb of a newsletter box ('Sign up to "
    "X' / blurb / 'Privacy Notice: …'), the name and company in a press "
    "contact block (label / name / company / e-mail). 3 fits name + job title "
    "+ company. A run holding a prose line is only absorbed when it is that "
    "one line (a box has one blurb): in round 4 (local_tv_station) the last "
    "three paragraphs of a story sat between two promo lines. Added in round "
    "4 (news_midarticle_newsletter, press_release_contacts, explainer_vox_style).",
)
ABSORB_MAX_WORDS = Threshold(
    25,
    "A sandwiched line up to this long is absorbed whatever it says "
    "(newsletter blurbs run 8-20 words). Longer sandwiched lines, up to "
    "ABSORB_CUE_MAX_WORDS, are only absorbed when they use the vocabulary of "
    "appeals (ABSORB_CUES): a membership appeal between a meter line and a "
    "'Yes, I'll give $5/month' button.",
)
ABSORB_CUE_MAX_WORDS = Threshold(
    80,
    "Longest sandwiched appeal paragraph absorbed (the round-4 explainer's "
    "membership appeal has 50 words). Longer text is always article.",
)
# Words that mark a long sandwiched line as an appeal rather than an
# article paragraph (matched as substrings of the lowercased line).
ABSORB_CUES = (
    "newsletter", "subscribe", "subscription", "sign up", "inbox", "member", "donat",
    "contribut", "support our", "support us", "supporting our", "your support",
)
# A *prose* line is only absorbed when it reads like a widget blurb: it
# addresses the reader (second person, first person plural) or starts with
# an imperative verb. An article sentence between two promo lines ('The museum
# will be free to enter on weekdays.') does neither. Matched as whole words.
ABSORB_PROSE_PRONOUNS = frozenset("you your you're you'll yours we our us we're we'll".split())
ABSORB_PROSE_IMPERATIVES = frozenset(
    """
    get understand discover stay keep join read sign subscribe receive follow
    find explore catch start enjoy unlock support become try listen watch
    """.split()
)
TITLE_ANCHOR_MAX_LINES = Threshold(
    2,
    "A headline is followed by its byline or date line with at most this many "
    "undecided lines between (a deck, a bare author name). Only used inside a "
    "breadcrumb trail printed one item per line: when the picked headline is "
    "such an item and is not anchored, a later anchored candidate is the "
    "headline (GOV.UK, round 4). 2 keeps headline + deck + 'Published'; the "
    "last GOV.UK breadcrumb sits 3 undecided lines above the date. A first "
    "version applied this to every page and took decks and photo credits for "
    "headlines on pages with share/gift buttons under the headline "
    "(broadsheet_climate, paywall_business).",
)
TITLE_ANCHOR_SCAN_LINES = Threshold(
    30,
    "How far below a headline candidate its byline/date is looked for "
    "(removed share buttons and ad slots included); bounds the work per "
    "candidate.",
)
BREADCRUMB_TRAIL_MAX_LINES = Threshold(
    6,
    "A 'Home' line at most this many lines above a headline candidate, with "
    "only short non-sentence lines between, makes it a breadcrumb item.",
)
BREADCRUMB_ITEM_MAX_WORDS = Threshold(
    8,
    "Longest item of a breadcrumb trail printed one item per line.",
)
LABEL_VALUE_MAX_WORDS = Threshold(
    8,
    "A publisher label ('From:', 'News provided by') takes the next line when "
    "it is at most this long and not a sentence: an organisation name.",
)

# Article notes that look like metadata but belong to the story: wire
# credits at the end ('Reporting by X; Editing by Y'). They are kept as body
# text and the footer search never absorbs them (round 4, wire_markets_story:
# the footer search was removing the credit line of a wire story).
ARTICLE_NOTE_PATTERNS = (
    r"^(?:additional |further )?(?:reporting|writing|editing|research|compiled|graphics|translation|fact-?checking)"
    r"(?: and (?:reporting|writing|editing|research))? by [^\W\d_].{0,200}$",
    # 'Associated Press writer X contributed to this report from Y.' (round 5, ap_wire_story)
    r"^[^.!?]{1,120}\bcontributed (?:reporting )?to this (?:report|story|article)\b[^!?]{0,100}$",
    r"^contributing:? [^\W\d_].{0,150}$",
)

# Lines that are chrome only in the page tail: they count as chrome (+1) in
# the footer search and are removed only when the footer takes them, so the
# same words inside an article are never touched. Round 5 (ap_wire_story,
# broadsheet_climate): the one-sentence author bio under a story ('Delgado
# covers Central America for The Associated Press.', ending in the
# organisation, so 'Okafor writes about the case in her new book.' as a last
# paragraph is not one) and a news
# organisation's self-description ('The Associated Press is an independent
# global news organization dedicated to …').
TAIL_CHROME_PATTERNS = (
    r"^(?-i:[A-Z][\w'’.-]{1,30}(?: [A-Z][\w'’.-]{1,30}){0,3}) (?:covers|reports on|writes about|writes on|"
    r"is an? (?:[\w-]{1,20} ){0,4}(?:reporter|correspondent|writer|editor|journalist|columnist|producer|contributor)\b)"
    r"[^!?]{0,150}\b(?:for|at|with) (?:the )?(?-i:[A-Z])[^!?]{0,80}$",
    r"^(?:the )?[^.!?]{2,60} is an? (?:independent|leading|nonprofit|non-profit|not-for-profit|global|award-winning|"
    r"nonpartisan|national|local)\b[^.!?]{0,60}\b(?:news|media|journalism|publish\w*|newsroom|broadcaster)\b.{0,400}$",
)


# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------

STOPWORDS = frozenset(
    """
    a about above after again against all am an and any are as at be because
    been before being below between both but by can could did do does doing
    down during each few for from further had has have having he her here hers
    herself him himself his how i if in into is it its itself just me more most
    my myself no nor not now of off on once only or other our ours ourselves out
    over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would
    you your yours yourself yourselves also may might must shall it's i'm
    don't didn't isn't wasn't can't won't i'd i'll we're we'll they're that's
    there's he's she's let's one said says
    """.split()
)

# Words that make up site menus, footers and legal links. A line made only of
# these (at least NAV_MIN_TOKENS of them when it appears inside the article)
# is navigation.
NAV_WORDS = frozenset(
    """
    home about us me contact news blog blogs shop store events faq help status
    careers jobs press advertise privacy policy notice terms of use service
    conditions cookies cookie sitemap search menu login log in sign up
    subscribe register archive archives categories topics tags sections video
    videos podcast podcasts newsletter newsletters world politics business
    markets economy sport sports tech technology science health culture
    opinion lifestyle travel entertainment local national international
    weather obituaries classifieds features reviews guides latest trending
    popular more teams programs resources team study research and events
    accessibility statement freedom information climate energy environment
    space earth life education schools food arts books music film tv style
    homepage donate support membership contributors collection legal imprint
    feedback corrections rss account cart write app apps media all posts
    analysis exclusive explainer interview live breaking review &
    skip to main content primary navigation nav toggle open close
    """.split()
)
NAV_MIN_TOKENS = Threshold(
    3,
    "Inside the article a one- or two-word line such as 'Health' may be a "
    "subheading; a menu bar line has three or more menu words.",
)

# Share/follow widgets: platform names and the verbs around them.
SHARE_WORDS = frozenset(
    """
    share shares tweet pin it email e-mail print whatsapp telegram reddit
    linkedin pinterest tumblr pocket messenger flipboard copy link url sms
    threads bluesky mastodon vk weibo x facebook twitter instagram youtube
    tiktok mail save this on via mailto
    """.split()
)

# Name particles allowed in lowercase inside a byline name.
NAME_PARTICLES = frozenset("de da di del della van von der den la le bin al and &".split())


# --------------------------------------------------------------------------
# Shared pattern pieces
# --------------------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_DATE = (
    rf"(?:{_MONTH} {_DAY}(?:,? {_YEAR})?|{_DAY} {_MONTH},?(?: {_YEAR})?|{_MONTH},? {_YEAR}|"
    rf"{_YEAR}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}}[/.]\d{{1,2}}[/.](?:19|20)?\d{{2}})"
)
_TIME = (
    r"(?:,? (?:at |@ |- |· )?\d{1,2}[:.]\d{2}(?:[:.]\d{2})? ?(?:am|pm|a\.m\.|p\.m\.)?"
    r"(?: ?\(?[a-z]{2,5}(?:[+-]\d{1,2})?\)?)?)"
)
_DATE_PREFIX = (
    r"(?:(?:published|updated|posted|last updated|last modified|first published|"
    r"originally published|date|created|modified|on)(?: on)?:? )"
)
_DECOR = r"[«»·•|—–\- ]{0,4}"
_ONE_DATE = rf"{_DATE_PREFIX}?(?:{_WEEKDAY} )?{_DATE}{_TIME}?"

# A standalone publication-date line (kept as a "dateline" block).
DATELINE_PATTERNS = (
    rf"^{_DECOR}{_ONE_DATE}(?: (?:updated|·|\||-|–|—) {_ONE_DATE})?(?: by [^\d]{{1,60}})?{_DECOR}$",
    r"^(?:updated |posted |published )?(?:\d{1,2}|an?) (?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago$",
    # Live-blog entry stamps (round 4, liveblog_elections): a time of day with
    # am/pm or a zone ('04.10 BST', '2.15pm', '09:30 ET'). A bare '6:12' may be
    # a duration and is left alone.
    r"^\d{1,2}[:.]\d{2} ?(?:am|pm|a\.m\.|p\.m\.)(?: [a-z]{1,4}t| utc)?$",
    r"^\d{1,2}[:.]\d{2} (?:[a-z]{1,4}t|utc|gmt[+-]\d{1,2})$",
)
DATELINE_MAX_WORDS = 16

# Author lines. Group "name" is what the byline block keeps.
BYLINE_PATTERNS = (
    r"^writer['’]?s picture ?(?P<name>.{1,80})$",  # Wix blog byline widget
    r"^(?:by|written by|words by|story by|text by|posted by|author|authors|byline)\s?:? (?P<name>.{1,120})$",
)
BYLINE_MAX_WORDS = 14

# Captions: lines describing a photo. Kept as "caption" blocks.
CAPTION_SUFFIX_PATTERNS = (
    r"\($",  # dangling credit: "... July 2, 2013. ("
    r"\((?:photo|photos|image|picture|photograph|credit|file photo|file|illustration)\b[^()]{0,80}\)$",
    r"\((?:reuters|ap|afp|getty images|getty|epa|upi|xinhua|tass|sputnik|anadolu|ap photo[^()]{0,60}|[^()]{1,40}/(?:reuters|ap|afp|getty images|epa|shutterstock))\)$",
    r"\b(?:photo|photos|image|picture|photograph|credit|illustration)s?(?: credit)?: [^.!?]{1,80}$",
    r"(?-i:\b[A-Z]{2,}/[A-Z][\w.'-]{0,30}(?: [A-Z][\w.'-]{0,30}){0,3})$",  # REUTERS/Jane Doe
    r"\b(?:getty images|shutterstock|wikimedia commons|ap photo|afp photo|epa-efe|istock(?:photo)?)\b[^.]{0,40}$",
    r"(?-i:\. (?:[A-Z][\w&-]{1,20}|[A-Z]{2,}(?: [A-Z]{2,})?))$",  # "... of the ISS. NASA"
)
CAPTION_PREFIX_PATTERN = (
    r"^(?:photo|photos|image|picture|pictured|above|top|caption|file photo|file|"
    r"in pictures|in photos|illustration)\s?[:|–—-] "
)
CAPTION_PHRASE_PATTERNS = (
    r", (?:photograph|photographed|pictured|photo|seen here) (?:circa|in|on|at|taken|during|from|c\.)\b",
)

# "Click to see full-size image" and friends: removed even when glued to the
# end of a caption. Matched as a suffix; a line that is only this is removed.
IMAGE_VIEWER_PATTERN = (
    r"(?:^|\s)\(?(?:"
    r"(?:click|tap)(?: here)? to (?:see|view|open|enlarge|expand|zoom)(?: the| in)?"
    r"(?: full[- ]size| full[- ]resolution| larger| full| bigger| high[- ]res(?:olution)?)?"
    r"(?: image| photo| picture| version| gallery)?"
    r"|(?:click|tap) (?:the |on the )?(?:image|photo|picture) to (?:enlarge|zoom|expand|view)"
    r"|view (?:full[- ]size|larger|full|original)(?: image| photo| picture| version)?"
    r"|(?:enlarge|expand|zoom) (?:this )?(?:image|photo|picture)"
    r"|open image in (?:a )?new (?:tab|window)"
    r")\)?[.!]?$"
)


# --------------------------------------------------------------------------
# The rule table
# --------------------------------------------------------------------------

_SHARE_PLATFORM = (
    r"(?:facebook|twitter|x|whatsapp|telegram|reddit|linkedin|pinterest|tumblr|"
    r"pocket|email|e-mail|print|messenger|flipboard|threads|bluesky|mastodon|vk|sms)"
)
_COUNT = r"[\d,.]+ ?[km]?"

RULES: tuple[Rule, ...] = (
    # ---- comment sections (run to the end of the page) --------------------
    Rule(
        "comment-form", SECTION,
        (
            r"^leave a (?:reply|comment|response)(?: cancel reply| to .{1,160})?$",
            r"^(?:post|add|write|submit|leave) (?:a |your )?comment(?:s)?$",
            r"^(?:join|start) the (?:discussion|conversation)(?:…|\.\.\.)?$",
            r"^comments are closed\.?$",
            r"^(?:sign|log) in to (?:comment|reply|leave a comment|join the conversation)\.?$",
            r"^you must be (?:logged|signed) in to (?:post|leave) a comment\.?$",
            r"^enter your comment here(?:\.\.\.|…)?$",
        ),
        "WordPress ('Leave a Reply'), Blogger ('Post a Comment'), Wix ('Write a "
        "comment'), news CMS ('Sign in to comment') comment-form headers; nothing "
        "after them belongs to the article.",
        max_words=40, ends="page-end",
    ),
    Rule(
        "reader-comment", SECTION,
        (
            r"^(?:one|no|two|three|four|five|six|seven|eight|nine|ten|\d+\+?) (?:thoughts?|comments?|responses?|replies|reactions?) (?:on|to) .{1,300}$",
            r"^(?:(?:no|\d+|one) )?comments:?$",
            r"^(?:\d+|one) comment:?$",
            r"^comments? ?\(?\d+\)?$",
            r"^(?:\d+|no|one) (?:responses?|replies|reactions)$",
            r"^(?:responses|replies) ?\(\d+\)$",
            r"^discussion about this post$",
            r"^(?:comments|discussion) powered by disqus\.?$",
            r"^what do you think\?$",
            r"^sort by (?:best|newest|oldest|top|new|old|popular)$",
            r"^(?:re|aw): .{1,200}$",
            r"^«? ?reply #\d+ on: .{0,80}$",
            r"^(?:show|view|load|see|read) (?:all )?(?:\d+ )?(?:comments|replies|responses)$",
        ),
        "Comment-thread headers: WordPress 'N thoughts on “…”', Blogger 'N "
        "comments:', Wix/news 'Comments', Squarespace 'Comments (0)', Substack "
        "'Discussion about this post', Disqus, Medium 'Responses (N)', forum "
        "'Re: topic' replies. max_words is high because the header quotes the "
        "whole headline ('One thought on “<title>”').",
        max_words=60, ends="page-end",
    ),
    # ---- author box ---------------------------------------------------------
    Rule(
        "posted-by-label", SECTION,
        (
            r"^posted by(?: .{1,80})?$",
            r"^written by .{1,80}$",
            r"^(?:about the (?:author|authors|writer|contributor)|author bio|about me)$",
        ),
        "Author box after the article ('Posted by' + bio on WordPress.com, "
        "Blogger 'Posted by X at 10:42 AM', Medium 'Written by', 'About the "
        "author'). At the top of a page these are bylines instead.",
        ends="bio", before_body="ignore",
    ),
    # ---- lists that interrupt or follow the article --------------------------
    Rule(
        "related-posts", SECTION,
        (
            r"^(?:related|related posts|related articles|related stories|related content|related news|"
            r"related reading|related links|related coverage|you may also like|you might also like|"
            r"you may also enjoy|you might also enjoy|you may be interested in|you might be interested in|"
            r"recommended|recommended for you|recommended stories|recommended reading|recommended articles|"
            r"recommended from .{1,40}|more from .{1,80}|more stories|more articles|more news|"
            r"more (?:stories|news|articles|coverage|episodes) from .{1,60}|"
            r"more on this story|more like this|read more|read next|up next|what to read next|"
            r"keep reading|also read|see also|popular posts|most read|most popular|most viewed|"
            r"most shared|trending now|trending stories|latest news|latest posts|latest stories|"
            r"recent posts|recent articles|similar posts|similar articles|other articles|don't miss|"
            r"editor's picks|editors' picks|in case you missed it|top stories|around the web|"
            r"from the web|suggested reading|explore more|see more recommendations|"
            r"more episodes|other episodes|recent episodes|latest episodes|all episodes|previous episodes|"
            r"related episodes|more from this show|you might also like these episodes)"
            r"(?: ?[:…]|\.\.\.)?$",
        ),
        "Related/most-read/recommended list headers (Jetpack 'Related', "
        "'You may also like', Medium 'More from', news 'Most Read', podcast "
        "'More episodes' (round 4)). The list runs until article prose resumes.",
        ends="prose",
    ),
    Rule(
        "related-posts", LINE,
        (
            r"^(?:read more|related|also read|read also|see also|more|read next|must read|don't miss|recommended)"
            r" ?[:|»›] ?\S.{0,200}$",
            r"^in [“\"].{1,40}[\"”]$",  # Jetpack related-post category line
        ),
        "Single inline related links: 'READ MORE: headline', 'Related: …', "
        "Jetpack 'In \"Category\"'.",
        max_words=40,
    ),
    Rule(
        "share-buttons", SECTION,
        (
            r"^share(?: this| this article| this story| this post| this page| the article| on| via)?:?$",
            r"^share this with your friends:?$",
        ),
        "Share-button list headers ('Share this:'); the list of platform names "
        "that follows is removed while each line is itself chrome. Round 4 "
        "(liveblog_elections): it used to run to the next long sentence and "
        "swallowed the time stamp and heading of the next live-blog entry.",
        ends="widget",
    ),
    Rule(
        "tag-list", SECTION,
        (
            r"^(?:tags|tagged|topics|labels|categories|filed under|suggested topics|related topics|keywords)\s?:?$",
        ),
        "Tag/topic list headers followed by one tag per line.",
        ends="prose",
    ),
    Rule(
        "tag-list", SECTION,
        (
            r"^explore (?:more (?:on |about )?)?(?:these |this |the |related |our |all )?(?:topics?|subjects?|tags)\s?:?$",
            r"^(?:related|more|other|popular|trending|key|browse|all) (?:topics?|subjects?|tags)\s?:?$",
            r"^(?:more (?:on|about)|see more (?:on|about)|read more (?:on|about)|more stories (?:on|about)|"
            r"find more (?:on|about)|more coverage of|more from) (?:these|this|the)? ?(?:topics?|subjects?|tags|stories)\s?:?$",
            r"^(?:see|find|read) more(?: (?:on|about))?:$",
        ),
        "Topic-list headers that the first table missed (round 4, specification and "
        "news_midarticle_newsletter / explainer_vox_style): 'Explore more on "
        "these topics', 'Explore the topic', 'Related topics', 'More on these "
        "topics', 'See more:' followed by short topic names.",
        ends="contents",
    ),
    Rule(
        "contents-list", SECTION,
        (
            r"^(?:contents|table of contents|page contents|article contents|on this page|jump to(?: section)?|"
            r"in this (?:article|story|guide|post|page|section|report|explainer))\s?:?$",
        ),
        "In-page navigation: GOV.UK/Wikipedia 'Contents', 'On this page', 'In "
        "this article' followed by the section names (or topic chips). The "
        "list stops where a taken line comes back as a heading, or at prose. "
        "Opens in the article header too (round 4, govuk_guidance_breadcrumbs).",
        ends="contents", before_body="open",
    ),
    Rule(
        "publisher-label", SECTION,
        (
            r"^from:$",
            r"^(?:news|content|press release|information|story) (?:provided|published|issued|supplied|distributed) by:?$",
            r"^(?:issued|distributed|provided) by:$",
        ),
        "Publisher labels in the article header: GOV.UK 'From:' + department, "
        "newswire 'News provided by' + company (round 4: gov_notice, "
        "press_release_contacts). The label takes its one value line.",
        ends="label", before_body="open",
    ),
    # ---- single-line chrome --------------------------------------------------
    Rule(
        "share-buttons", LINE,
        (
            r"^(?:share|tweet|post|pin|send|email|e-mail) (?:on|to|via|this|it)\b.{0,60}$",
            r"^click to (?:share|email|print|tweet|pin)\b.{0,100}$",
            r"^(?:email this|blogthis!|share to )",
            rf"^{_SHARE_PLATFORM}(?: \(opens in new window\))?$",
            r"^(?:copy link|copy url|copy|pin it|shares?|\d[\d,.]* ?[km]? shares?)$",
            r"^(?:save|bookmark)(?: this| for later)?(?: story| article| post| page)?$",
        ),
        "Share buttons: 'Click to share on Twitter (Opens in new window)', "
        "Blogger 'Email ThisBlogThis!Share to Twitter…', bare platform names.",
        max_words=16,
    ),
    Rule(
        "share-buttons", LINE,
        (
            r"^(?:share )?(?:all )?sharing options(?: for)?:? ?.{0,250}$",
            r"^(?:reblog|reblogged|repost|reposted|restack|retweet)$",
            r"^(?:share|gift|send|give) (?:the |this )?(?:full )?(?:article|story)$",
            r"^(?:link copied|copied|copied to clipboard|link copied to clipboard)!?$",
        ),
        "Share widgets that print the headline after them ('Share All sharing "
        "options for: <headline>'), reblog/repost buttons, 'Share full "
        "article' / 'Gift this article' (round 4: explainer_vox_style, "
        "tumblr_ceramics_post, broadsheet_climate, paywall_business). max_words is high because "
        "the headline is part of the line.",
        max_words=45,
    ),
    Rule(
        "live-blog-chrome", LINE,
        (
            r"^(?:live|• live|live now|live updates|live coverage|live blog|breaking|breaking news|just in|developing story)$",
            r"^updated (?:\d{1,3}|an?|a few) (?:seconds?|secs?|minutes?|mins?|hours?|hrs?) ago$",
            r"^show (?:key events|key updates|highlights|pinned posts?)(?: only)?$",
            r"^(?:\d{1,3} ?(?:s|m|h|min|mins|hr|hrs)|\d{1,3} (?:seconds?|minutes?|hours?)|an? (?:minute|hour)) ago "
            r"[^\W\d_][^.!?]{0,150}$",
            r"^(?:load|show|see|view|get) (?:more|all|newer|older|earlier|later|new|\d{1,4} new|latest) "
            r"(?:updates|posts|entries|events|items)$",
            r"^\d{1,4} new (?:updates?|posts?|entries)$",
            r"^(?:follow|watch|read|see) (?:our|the|all the|all our|all of our) live (?:coverage|updates|blog|reporting|feed)\b.{0,120}$",
            r"^auto-?(?:refresh|update)(?: (?:on|off|is on|is off))?$",
            r"^(?:newest|oldest|latest|earliest) first$",
        ),
        "Live-blog interface (round 4, specification + liveblog_elections): the LIVE "
        "badge, the relative 'Updated 2 minutes ago' ticker (it names no date; "
        "'Published 2 hours ago' and bare '2 hours ago' stay date lines), the "
        "key-events box and its '12m ago <entry headline>' links, 'Show key "
        "events only', 'Load more updates', 'Follow our live coverage …'.",
        max_words=30,
    ),
    Rule(
        "live-blog-chrome", LINE,
        (r"^(?:key events|key updates|key moments|latest updates)$",),
        "The live-blog key-events box title (round 4, liveblog_elections). "
        "Only next to other live-blog chrome (its '12m ago …' links, 'Show key "
        "events only'): alone, 'Key events' may be an explainer's subheading.",
        needs_widget=True,
    ),
    Rule(
        "like-button", LINE,
        (
            r"^[\w.-]{1,40} (?:liked|reblogged|reposted|posted|shared) this(?: from [\w.-]{1,40})?(?: and added:?)?$",
        ),
        "Tumblr notes: 'kilnfriend reblogged this from fernhollow-studio', "
        "'mossandmortar liked this' (round 4, tumblr_ceramics_post).",
    ),
    Rule(
        "like-button", LINE,
        (
            r"^like this:?$",
            r"^like loading(?:\.\.\.|…)?$",
            r"^(?:like|liked|unlike|be the first to like this\.?)$",
            r"^liked by \d+ (?:people|person|others|bloggers)$",
        ),
        "WordPress.com 'Like this:' / 'Like Loading...' widget and like buttons.",
    ),
    Rule(
        "engagement-count", LINE,
        (
            r"^[\d,.]+ ?[km]?$",
            rf"^(?:[·•|] ?)?{_COUNT} (?:likes?|claps?|hearts?|reactions?|restacks?|upvotes?|recommends?|views?|reads?|"
            r"followers?|following|subscribers?|saves?|stories|comments?|responses?|notes?|reblogs?|reposts?|shares?)"
            rf"(?: · {_COUNT} [a-z]{{1,12}})?$",
            r"^\d(?:[.,]\d)? (?:from|out of|/) ?[\d,]+(?: stars?)?(?: (?:votes?|ratings?|reviews?))?$",
            r"^\(?[\d,]+ (?:votes?|ratings?|reviews?)\)?$",
            r"^[★☆]{1,5}",
        ),
        "Bare counters (likes, claps, restacks, share counts, follower counts, "
        "numbered 'most read' positions). Round 4 (specification, tumblr_ceramics_post): "
        "Tumblr '412 notes' and a leading bullet ('· 5 Comments', a header "
        "meta item printed on its own line).",
    ),
    Rule(
        "reading-time", LINE,
        (
            r"^[•·]? ?\d{1,3} ?(?:min|mins|minute|minutes)(?: read| reading| listen)?(?: time)?$",
            r"^(?:reading time|read time|estimated reading time|time to read):? ?(?:about |approx\.? |~)?\d{1,3} ?(?:min|mins|minutes?)(?: read)?$",
            r"^\d{1,3}[- ](?:minute|min) (?:read|listen|watch)$",
        ),
        "Reading-time lines: Medium/Ghost/Wix '3 min read', 'Reading time: 4 minutes'.",
    ),
    Rule(
        "advertisement", LINE,
        (
            r"^(?:advertisement|advertising|advert|ad|ads|sponsored|sponsored content|sponsored links?|"
            r"paid content|paid post|promoted|promoted content|partner content|from our partners)"
            r"(?: ?[·|-] ?scroll to continue| ?[·|-] ?story continues below| \(?continues below\)?)?$",
            r"^(?:story|article) continues(?: (?:below|after)(?: (?:the )?advertisement)?)?$",
            r"^(?:sponsor|sponsored|partner) (?:message|content|post|links?)$",
            r"^continue reading (?:below|the main story)$",
            r"^scroll to continue(?: with content)?$",
            r"^(?:remove|hide|skip) ads?$",
            r"^(?:report|report this|hide this|why this|close this) ad\??$",
            r"^(?:ad|advertisement|advert) (?:feedback|choices)$",
            r"^(?:after|skip past|skip) (?:the )?(?:advertisement|advert|ad|promotion|sponsored content)$",
            r"^(?:sponsored|presented|supported) by:?$",
        ),
        "Ad slots and sponsored labels left in the text by ad containers. "
        "Round 4 (specification, wire_markets_story, local_tv_station): 'Report this "
        "ad', 'Skip advertisement'-style skip markers, a bare 'Sponsored By' "
        "label whose logo was an image.",
    ),
    Rule(
        "donation-widget", LINE,
        (
            r"^[$€£¥] ?\d[\d,.]*(?: ?[km])?$",
            r"^\d[\d,.]* ?[$€£¥]$",
            r"^(?:do you )?(?:like|enjoy|enjoyed|value|appreciate) (?:this|our|my) (?:content|article|work|reporting|journalism|writing|post)\?.{0,100}$",
            r"\bconsider (?:helping|supporting|donating to|a donation to|making a donation to|becoming a (?:patron|supporter|member) of) (?:us|our|this site|me)\b",
            r"^(?:please )?(?:support us|support our work|support independent journalism|become a patron|"
            r"become a supporter|buy me a coffee|make a donation|chip in)\b.{0,120}$",
            r"^donate(?: now| today| here| to us)?[.!]?$",
            r"^(?:please )?support (?:the|this|our|my) (?:show|podcast|channel|newsletter|blog|site|work) (?:on|via|at|through|by)\b.{0,120}$",
            r"^(?:goal|raised|target):? ?[$€£]?\d.{0,40}$",
            r"\bof [$€£]?[\d,.]+ ?[$€£]? (?:goal|raised)\b",
        ),
        "Donation counters ('0 $', '2,500 $') and appeals ('Consider helping "
        "us!', 'Buy me a coffee'); round 4 (podcast_shownotes): 'Support the "
        "show on Patreon …'.",
        max_words=30, absorbs=True, family="appeal",
    ),
    Rule(
        "donation-widget", LINE,
        (
            r"^(?:yes, )?i(?:'ll|’ll| will| would like to|'d like to|’d like to) (?:give|donate|contribute|chip in|pledge)\b.{0,60}$",
            r"^[$€£] ?\d[\d,.]*(?: ?[km])? ?(?:/|per|a|an|every) ?(?:month|mo|year|yr|week|wk)$",
            r"^(?:we accept|you can (?:also )?(?:give|pay|contribute) (?:with|via|by))\b.{0,40}\b(?:credit cards?|paypal|apple pay|google pay|debit cards?)\b.{0,80}$",
        ),
        "Membership-appeal buttons: 'Yes, I'll give $5/month', '$10/month', "
        "'We accept credit card, Apple Pay, and Google Pay' (round 4, "
        "explainer_vox_style).",
        max_words=30, absorbs=True, family="appeal",
    ),
    Rule(
        "paywall-prompt", LINE,
        (
            r"^you(?:'ve|’ve| have) (?:read|viewed|used|opened) (?:\d{1,3}|one|two|three|all|your)"
            r"(?: of(?: your| the| \d{1,3}))?(?: free| complimentary)? (?:articles?|stories|story)\b.{0,80}$",
            r"^you have (?:\d{1,3}|one|two|three|no) (?:free |more |complimentary )?(?:articles?|stories) (?:left|remaining)\b.{0,80}$",
            r"\b(?:\d{1,3}|one|two|three|no) (?:free |complimentary )?(?:articles?|stories) (?:left|remaining) (?:this|for the|in the) (?:month|week)\b",
        ),
        "Metering lines: 'You've read 1 article in the last month', 'You have "
        "2 free articles left this month' (round 4, explainer_vox_style). They "
        "frame the appeal paragraph that follows, so they absorb.",
        max_words=30, absorbs=True, family="appeal", needles=(" left", " remaining"),
    ),
    Rule(
        "paywall-prompt", LINE,
        (
            r"^(?:subscribe|sign up|register|log in|sign in|subscribe now|join now)(?: now)? (?:to|and) (?:keep|continue) reading\b.{0,60}$",
            r"^(?:to )?(?:keep|continue) reading,? (?:subscribe|sign in|log in|register|become a subscriber)\b.{0,60}$",
            r"^(?:get|gain|enjoy|unlock) (?:unlimited|full|complete|unlimited digital|full digital) access\b.{0,100}$",
            r"^subscribe\b[^.!?]{0,40}[$€£] ?\d[\d.,]*\b[^.!?]{0,40}$",
            r"^(?:try|get|start|join|save)\b"
            r"(?=[^.!?]{0,60}\b(?:first|trial|access|unlimited|digital|subscription|\d{1,2} (?:weeks?|months?))\b)"
            r"[^.!?]{0,40}[$€£] ?\d[\d.,]* ?(?:/|per|a|an|every) ?"
            r"(?:week|wk|month|mo|year|yr)\b[^.!?]{0,40}$",
            r"^(?:cancel|cancel or pause) (?:at )?any ?time[.!]?$",
        ),
        "Paywall boxes (round 4, paywall_business and broadsheet_climate, "
        "demoted from the holdout): 'Subscribe to keep reading', 'Get "
        "unlimited access to …', price offers ('Try 3 months for $1.99 per "
        "month', 'Subscribe for $1/week'), 'Cancel anytime.'. An offer that "
        "does not start with 'Subscribe' needs a period price and offer "
        "wording ('3 months', 'first', 'trial', 'access'), and no sentence "
        "punctuation, so 'Get a flu jab for £15 at any pharmacy' or "
        "'Subscriptions start at $5 a month.' stay.",
        max_words=30, absorbs=True, family="appeal",
    ),
    Rule(
        "cookie-banner", LINE,
        (
            r"^(?:we|this (?:web)?site|our (?:web)?site|this page|we and our partners) (?:uses?|store|stores|place|places|set|sets) (?:[\w-]{1,20} ){0,3}cookies\b.{0,400}$",
            r"^we(?:'d| would|’d) like to (?:set|use|place) (?:[\w-]{1,20} ){0,3}cookies\b.{0,400}$",
            r"^by (?:continuing|using|browsing|clicking|staying)\b.{0,160}\bcookies?\b.{0,240}$",
            r"^(?:accept|reject|decline|allow|deny|refuse)(?: all| selected| necessary| essential| optional| additional| analytics)?(?: cookies)?$",
            r"^(?:view|show) cookies$",
            r"^(?:manage|customi[sz]e|change|update) (?:cookie |privacy )?(?:preferences|settings|options|choices|consent)$",
            r"^(?:cookie|cookies|privacy) (?:settings|preferences|notice|consent)$",
            r"^(?:got it|i agree|i accept|ok|okay|agree|agree and close|accept and close|allow all)[.!]?$",
        ),
        "Cookie-consent banners and their buttons.",
        max_words=70, absorbs=True,
    ),
    Rule(
        "channel-promo", LINE,
        (
            r"^(?:(?:a |our )?free|our)(?: (?:daily|weekly|monthly|fortnightly|weekday|weekend|morning|evening|"
            r"twice[- ]weekly|daily email|weekly email))? (?:email )?newsletters?$",
            r"^(?:daily|weekly|monthly|fortnightly|weekday|weekend|morning|evening) (?:email )?newsletters?$",
            r"^(?:after|skip past|skip|end of) (?:the )?newsletter(?: promotion| promo| sign-?up| box)?$",
            r"^privacy notice:.{0,60}\bnewsletters?\b.{0,400}$",
            r"\bnewsletters? may contain\b",
            r"\bprotected by recaptcha\b",
            r"\bgoogle privacy policy and terms of service apply\b",
            r"\bnewsletters?\b.{0,200}\bsign up here[.!]?$",
            r"^sign up here[.!]?$",
            r"^(?:enter |type |your )?(?:your )?e-?mail(?: address)? \((?:required|optional)\)$",
        ),
        "Newsletter boxes in the middle of an article (round 4, specification and "
        "news_midarticle_newsletter, wire_markets_story, explainer_vox_style): "
        "'Sign up to <Newsletter Name>' (the name capitalised, no sentence), "
        "'Free weekly newsletter', the 'Privacy Notice: Newsletters may "
        "contain …' and reCAPTCHA notices, 'after newsletter promotion' "
        "markers, wire '…newsletter. Sign up here.' lines and 'Email "
        "(required)' fields. The blurb between them is absorbed. max_words is "
        "high because the full privacy notice runs to 70-80 words; every "
        "pattern that can match a long line names the newsletter or reCAPTCHA.",
        max_words=120, absorbs=True,
    ),
    Rule(
        "channel-promo", LINE,
        (
            r"^download (?:the|our) .{0,50}\bapp\b.{0,80}\b(?:breaking news|news alerts|alerts|latest news|headlines|notifications)\b.{0,60}$",
            r"^for (?:the latest|more|all the latest|continuing coverage|breaking)(?: local)? (?:news|headlines|updates|coverage|stories)\b"
            r".{0,120}\b(?:head to|visit|go to|download|check out|stay with|follow us|tune in)\b.{0,80}$",
        ),
        "Broadcaster promos at the end of a story: 'Download the <Station> app "
        "to get breaking news alerts', 'For the latest news, weather, sports, "
        "and streaming video, head to <Station>' (round 4, local_tv_station). "
        "Both need the alert/visit wording, so an article telling readers to "
        "download a council's app stays. Standalone lines, so they do not "
        "absorb: the story's last paragraphs sit between them.",
        max_words=40,
    ),
    Rule(
        "channel-promo", LINE,
        (
            r"^(?:join|subscribe to|sign up for|sign up to|follow|like) our\b.{0,200}$",
            r"^follow us\b.{0,120}$",
            r"^(?:join|find|like) us (?:on|at) \S.{0,120}$",
            r"^(?:subscribe|sign up|subscribe now|subscribe for free|sign up now|sign up here|sign up free|"
            r"get started|start writing|join now|join for free|sign me up|subscribed|subscribe here|"
            r"get the newsletter|upgrade to paid|upgrade|join)[.!]?$",
            r"\b(?:delivered|straight|directly|right|sent) to your inbox\b",
            r"\bin your inbox\b",
            r"^(?:get|receive) (?:the|our|a) .{0,60}\b(?:newsletter|briefing|digest|updates|alerts)\b",
            r"^(?:sign up|subscribe|register|get|receive|join)\b.{0,80}\bnewsletters?\b",
            r"^newsletters?:?$",
            r"^(?:sign up|subscribe) (?:with|using) your email\b.{0,120}$",
            r"^(?:enter |type |your )?(?:your )?e-?mail(?: address)?(?:…|\.\.\.|:| \*)?$",
            r"^by (?:signing up|subscribing|clicking|submitting|registering|entering your email)\b.{0,240}$",
            r"^thanks for reading\b.{0,160}$",
            r"^ready for more\?$",
            r"^already (?:a subscriber|a member|have an account)\b.{0,80}$",
            r"^(?:we respect your privacy|we won't spam you|no spam|unsubscribe at any time|you can unsubscribe at any time)\b.{0,100}$",
            r"^subscribe to: .{1,80}$",
            r"^(?:sign up|subscribe) for more\b.{0,60}$",
            r"^did you (?:make|try|cook|bake) this(?: recipe)?\?.{0,120}$",
            r"^(?:tag|mention|follow) @[\w.]{1,40}\b.{0,120}$",
        ),
        "Newsletter / Telegram / follow-us promos and sign-up boxes (Substack "
        "'Thanks for reading X! Subscribe…', 'Enter your email', 'Join our "
        "Telegram channel').",
        max_words=40, absorbs=True,
    ),
    Rule(
        "publisher-notice", LINE,
        (
            r"^our standards:.{0,160}$",
            r"\btrust principles\b",
            r"^(?:reuse|republish|license|licence) this (?:content|article|story|image|photo)$",
            r"^(?:purchase|buy|request|get) (?:licensing|reprint|republishing|syndication|reuse) rights\b.{0,40}$",
            r"^(?:order|buy|request|purchase) (?:reprints?|a reprint)\b.{0,40}$",
            r"^(?:all )?(?:quotes|prices|market data|stock quotes|quote data|data) (?:are |is )?delayed\b.{0,200}$",
            r"^(?:aa|a a|a- a\+|a\+ a-|text size|font size|change text size)$",
            r"^a version of this (?:article|story|review|column|essay|report) (?:appears|appeared|was published) in print\b.{0,300}$",
            r"^(?:have|got) (?:a )?(?:confidential |news |story )?tip\b[^.]{0,80}$",
            r"\bexchanges and delays\b",
            r"\bsolely responsible for all content\b",
            r"^view (?:original|source) (?:content|version)\b.{0,250}$",
            r"^(?:logo|photo|video|multimedia|image)\s?[-–—:] ?https?://\S{1,300}$",
            r"^[-–—#* ]{0,4}ends?[-–—#* ]{0,4}$",
        ),
        "Wire and news-agency notices (round 4, specification and wire_markets_story, "
        "news_midarticle_newsletter): 'Our Standards: The … Trust "
        "Principles.', 'Reuse this content', 'Purchase Licensing Rights', "
        "'Order reprints', 'All quotes delayed a minimum of 15 minutes.', the "
        "'Aa' text-size toggle; newspaper print-edition notes ('A version of "
        "this article appears in print on …') and tip-line prompts ('Have a "
        "confidential tip for our reporters? Get in touch') from "
        "broadsheet_climate / paywall_business; the rest of the agency "
        "notices named in the specification ('See here for a full list of exchanges "
        "and delays', the agency line 'X is solely responsible for all "
        "content'), newswire 'View original content…' / 'Logo - https://…' "
        "lines and the press-release end marker '-ENDS-'.",
        max_words=60,
    ),
    Rule(
        "feedback-widget", LINE,
        (
            r"^(?:is|was|did you find) (?:this|the) (?:page|article|information|content|answer|post|guide) (?:useful|helpful)\??$",
            r"^(?:yes|no),? (?:this|the) (?:page|article|information) (?:is|was) (?:not )?(?:useful|helpful)$",
            r"^report (?:a |an )?(?:problem|error|typo|issue|correction|mistake|inaccuracy|bug)"
            r"(?: (?:with|on|in|about) (?:this|the) (?:page|article|story|site|website))?$",
            r"^(?:thank you|thanks) for your feedback[.!]?$",
            r"^(?:contact us )?to (?:ask a question|provide feedback|give feedback|report a problem)\b[^!?]{0,80}$",
            r"^help us improve (?:this (?:page|site|website)|our (?:site|website)|gov\.uk|the site)\b.{0,60}$",
        ),
        "Page-feedback boxes: GOV.UK 'Is this page useful?' + 'Yes this page "
        "is useful' / 'No …' / 'Report a problem with this page', news 'Report "
        "a typo' (round 4, govuk_guidance_breadcrumbs, local_tv_station). "
        "'Maybe' between them is absorbed.",
        absorbs=True,
    ),
    Rule(
        "media-player", LINE,
        (
            r"^(?:now playing|playing now|up next|next up|autoplay|auto-?play next|autoplay (?:is )?(?:on|off)|"
            r"watch again|replay|unmute|tap to unmute|click to unmute|play video|watch video|"
            r"play|pause|download|play episode|download episode|download mp3|embed|embed episode|share episode|"
            r"skip back|skip forward|playback speed)$",
            r"^\d{1,2}:\d{2}(?::\d{2})? ?/ ?\d{1,2}:\d{2}(?::\d{2})?$",
            r"^\d{1,2}:\d{2}:\d{2}$",
            r"^(?:2[4-9]|[3-5]\d):\d{2}$",
            r"^[0-3](?:\.\d{1,2})? ?[x×]$",
            r"^(?:listen|play|watch|listen now|play now)\s?[·•|:-]? ?\d{1,2}:\d{2}(?::\d{2})?$",
            r"^(?:as )?heard on (?-i:[A-Z])[^.!?]{1,60}$",
            r"^add to (?:playlist|queue|my list)$",
        ),
        "Video- and audio-player chrome (round 4, local_tv_station and "
        "podcast_shownotes): 'Now Playing', 'Up Next', 'Autoplay', 'Play', "
        "'Download', the '0:00 / 2:14' display, h:mm:ss counters, durations "
        "that cannot be a time of day ('58:12'; '6:12' or '14:32' may be a "
        "live-blog stamp and stay), playback speed ('1x', '1.5x'). The clip "
        "title between 'Now Playing' and 'Up Next' is absorbed. Round 5 "
        "(npr_audio_story): 'Listen · 3:52', 'Heard on <Show>', 'Add to playlist'.",
        absorbs=True,
    ),
    Rule(
        "media-player", LINE,
        (r"^(?:playlist|transcript|speed|queue|episode notes|show notes)$",),
        "Player buttons whose words can also head a section ('Transcript', "
        "'Playlist'): only next to other player chrome (round 5, "
        "npr_audio_story).",
        needs_widget=True,
    ),
    Rule(
        "press-contact", LINE,
        (
            r"^(?:media|press|investor|news media|journalist|pr|communications|public relations)"
            r"(?: and (?:media|investor|analyst|press))? (?:contacts?|enquiries|inquiries|relations|office)\s?:?$",
            r"^(?:contacts?|for (?:media|press|journalist) (?:enquiries|inquiries|contacts?)|"
            r"for (?:more|further) information,? (?:please )?contact)\s?:$",
            r"^for (?:media|press|journalist|news media)(?: enquiries| inquiries| information| questions)?,? "
            r"(?:please )?(?:contact|call|email|e-mail|reach)(?: us)?:?$",
            r"^(?:media|press) (?:enquiries|inquiries) (?:to|should go to|please contact):?$",
            r"^(?:media |press |news )?contact (?:information|info|details)\s?:?$",
            r"^(?-i:SOURCE [A-Z][\w&.,'’ -]{1,60})$",
        ),
        "Press-office contact blocks at the end of press releases (round 4, "
        "specification and press_release_contacts): 'Media Contact:', 'Investor "
        "Relations', newswire 'SOURCE <Company>'. The name and company lines "
        "between the label and the e-mail/phone lines are absorbed.",
        absorbs=True, family="contact",
    ),
    Rule(
        "channel-promo", LINE,
        (r"^sign up (?:to|for) (?:the |our )?(?-i:[A-Z0-9])[^.!?]{0,60}$",),
        "'Sign up to <Newsletter Name>' heading a newsletter box (round 4, "
        "specification and news_midarticle_newsletter). Only next to another box line "
        "('Free weekly newsletter', an e-mail field), or closing a sandwich "
        "with one: alone it may be a how-to step ('Sign up for Amazon Prime'). "
        "Listed after the other promo rules, so 'Sign up for our X newsletter' "
        "is matched by them first.",
        absorbs=True, needs_widget=True,
    ),
    Rule(
        "comment-form", LINE,
        (
            r"\byour email address will not be published\b",
            r"\brequired fields are marked\b",
            r"^please log in using one of these methods\b",
            r"^you are commenting using your\b",
            r"^(?:google|twitter|facebook|wordpress\.com|apple) (?:photo|picture|account)$",
            r"^connecting to %s$",
            r"\bthis site uses akismet\b",
            r"^notify me of (?:new|follow-up)\b.{0,80}$",
            r"^save my name, email\b",
            r"^(?:name|email|e-mail|website|url|comment|message)\s?(?:\*|\(required\)|\(optional\))?$",
            r"^email \(required\)",
            r"^fill in your details below\b",
            r"^(?:post comment|submit comment|submit|send|cancel reply)$",
            r"^δ$",  # WordPress anti-spam field
            r"^already have a [\w.]{1,20} account\?",
            r"^(?:log in with|or sign up with) .{1,40}$",
        ),
        "Comment-form fields and notices (WordPress, WordPress.com, Akismet, Disqus).",
        max_words=30,
    ),
    Rule(
        "comment-controls", LINE,
        (
            r"^(?:reply|replies|delete|report|report comment|edit|flag|upvote|downvote|vote up|vote down|"
            r"permalink|log in to reply|reply ↓|↓ reply|load more(?:\.\.\.|…)?|show more replies|"
            r"hide replies|view replies|recommend)$",
            r"^[\w.'’-]{1,20}(?: [\w.'’-]{1,20}){0,3} (?:says|said|wrote|commented):?(?:\.\.\.|…)?$",
            r"^quote from: .{1,120}$",
        ),
        "Buttons and author lines inside comment threads ('Reply', 'Clara says:', "
        "Blogger 'Anonymous said...', forum 'Quote from:').",
    ),
    Rule(
        "forum-chrome", LINE,
        (
            r"^logged$",
            r"^(?:posts|karma|reputation|joined|location|messages):? ?[\w,.+/-]{1,20}$",
            r"\(read [\d,]+ times\)$",
            r"^report to moderator$",
            r"^(?:newbie|jr\. member|full member|sr\. member|hero member|global moderator|administrator|moderator)$",
            r"^(?:smf|phpbb|vbulletin|xenforo|mybb|discourse)\b.{0,100}$",
            r"^(?:created|last reply|last post|replies|views|users|topic|activity|posts|threads)$",
        ),
        "Message-board chrome (SMF/phpBB/vBulletin): 'Logged', 'Posts: 14', "
        "member ranks, '(Read 2,317 times)'.",
        max_words=30,
    ),
    Rule(
        "post-navigation", LINE,
        (
            r"^(?:post navigation|posts navigation|previous post|next post|previous article|next article|"
            r"previous story|next story|previous|next|newer post|older post|newer posts|older posts|newer|older|"
            r"previous entry|next entry|back to blog|back to all posts|back to news|all posts)"
            r"(?: ?[:»«→←] ?.{0,150})?$",
            r"^(?:«|‹|←) ?(?:prev|previous|next|newer|older)\b.{0,150}$",
            r"^(?:newer posts? )?older posts?(?: home)?$",
            r"^pages?: ?[\[\]\d ,.…]{1,60}$",
            r"^page \d+ of \d+$",
        ),
        "Previous/next links and pagination ('Newer Post Older Post Home', "
        "'Previous Post: …', 'Pages: [1] 2').",
        max_words=25,
    ),
    Rule(
        "tag-list", LINE,
        (
            r"^(?:tags?|tagged(?: with| as| in)?|labels?|categories|category|filed (?:under|in)|posted in|"
            r"topics?|keywords|subjects?|suggested topics)\s?[:：] ?.{1,400}$",
            r"^(?:tagged|posted in|filed under|categori[sz]ed (?:as|in)) [^.!?]{1,300}$",
            r"^#[^\W_][^#.!?]{0,40}(?:#[^\W_][^#.!?]{0,40}){1,40}$",
            r"^#[^\W\d_][\w-]{0,60}$",
        ),
        "Tag and category lines: 'Tags: …', Blogger 'Labels: …', 'Filed under', "
        "WordPress 'Posted in X' / 'Tagged A, B'. Round 4 (specification, "
        "tumblr_ceramics_post): hashtag lines ('#travel #photography', tags "
        "with spaces allowed between the '#'), a lone '#hashtag' line.",
        max_words=40,
    ),
    Rule(
        "breadcrumb", LINE,
        (
            r"^(?:you are here:? )?home ?(?:›|»|>|/|\|) ?\S.{0,200}$",
            r"\S › \S",
            r"\S » \S",
            r"^[^.!?/]{1,40} / [^.!?/]{1,40} / [^.!?]{1,80}$",
            r"^[^.!?>]{1,40} > [^.!?>]{1,40}(?: > [^.!?>]{1,60}){0,4}$",
        ),
        "Breadcrumb trails: 'Home › World › Americas', 'Home / News / 2023'.",
        max_words=25,
    ),
    Rule(
        "copyright-footer", LINE,
        (
            r"^(?:copyright )?(?:©|\(c\)|copyright\b).{0,200}$",
            r"©",
            r"\ball rights reserved\b",
            r"^(?:this article is for personal use only|reproduction (?:in whole or in part )?without (?:written )?permission)\b.{0,200}$",
        ),
        "Copyright and rights footers.",
        max_words=30,
    ),
    Rule(
        "legal-links", LINE,
        (
            r"^(?:privacy(?: policy| notice| statement| center| centre)?|terms(?: of (?:use|service))?|"
            r"terms (?:&|and) conditions|cookie policy|legal|imprint|impressum|disclaimer|"
            r"accessibility statement|do not sell(?: or share)? my (?:personal )?(?:information|data|info)|"
            r"your privacy choices|collection notice|sitemap|site map|rss|rss feed|contact us|about us|"
            r"advertise with us|work with us)$",
        ),
        "Footer legal and corporate links.",
    ),
    Rule(
        "affiliate-disclosure", LINE,
        (
            r"\baffiliate (?:links?|commissions?|partnerships?|programs?)\b",
            r"\bwe (?:may|might) (?:earn|receive|get) (?:a )?(?:small |share of )?(?:commission|compensation|revenue)\b",
            r"^(?:disclosure|disclaimer|ad disclosure):? .{0,200}\b(?:affiliate|commission|sponsored)\b",
            r"^this (?:post|article|page|review) (?:may )?contains? (?:affiliate|sponsored)\b",
        ),
        "Affiliate/commission disclosures on blogs, recipe sites and magazines "
        "('This post may contain affiliate links', 'we may earn a commission').",
        max_words=45,
    ),
    Rule(
        "photo-credit", LINE,
        (
            r"^(?:photo|photos|image|images|picture|pictures|photograph|photography|credit|credits|"
            r"image credit|photo credit|image source|illustration|graphic|header image|featured image|"
            r"cover image|top image|main image|lead image)(?: credit)? ?[:|/–—-] ?\S.{0,80}$",
            r"^(?:photo|image|photograph|illustration|picture|photos) (?:by|courtesy of|via|from) \S.{0,80}$",
            r"^(?:credit|photo|image|photograph)(?:\.{2,3}|…) ?\S.{0,80}$",
            r"^[^\W\d_][\w.'’ -]{1,40}(?:/| via | for )(?:getty images|afp|ap|reuters|epa(?:-efe)?|shutterstock|alamy|"
            r"bloomberg|anadolu|sipa|zuma|pa|pa images|pa wire|nurphoto|xinhua|imago|ap images|npr|bbc)"
            r"(?: via getty images)?$",
            r"^(?:getty images|shutterstock|reuters|ap photo|afp|epa|istock|alamy|unsplash|pexels)(?: ?/ ?\S.{0,60})?$",
        ),
        "Credit-only lines ('Photo: Jane Doe/AFP', 'Photo by X on Unsplash'). "
        "Longer 'Photo:' lines that describe the picture are captions.",
        max_words=int(PHOTO_CREDIT_MAX_WORDS.value),
    ),
    Rule(
        "source-line", LINE,
        (
            r"^(?:source|sources|via|h/t|hat tip)\s?: ?\S.{0,80}$",
            r"^\(?(?:via|reblogged from|source)\s?:? (?-i:[a-z0-9][\w.-]{1,60})\)?$",
        ),
        "'Source: X' attribution lines under syndicated posts; round 4 (specification, "
        "Tumblr): '(via username)', 'reblogged from username' with a "
        "lowercase handle.",
        max_words=8,
    ),
    Rule(
        "contact-info", LINE,
        (
            r"^(?:(?:e-?mail|e):? ?)?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}$",
            r"^[^\W\d_][\w.'’ -]{1,50}(?: \(|, )[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}\)?$",
            r"^(?:tel|phone|telephone|t|call|fax|mobile|mob|m|cell|office|direct|switchboard)?[:.]? ?\+?\(?\d[\d ()./-]{6,22}\d$",
        ),
        "Lines that are only an e-mail address or a phone number (contact boxes), "
        "or a name with the address in brackets or after a comma ('Press Office "
        "(press@agency.gov)', round 5). "
        "Absorbing since round 4: the name above an e-mail in a contact block "
        "is part of it.",
        max_words=6, absorbs=True, family="contact",
    ),
    Rule(
        "image-viewer-link", FRAGMENT,
        (IMAGE_VIEWER_PATTERN,),
        "Lightbox links ('Click to see full-size image', 'Click to enlarge'). "
        "When glued to a caption only the fragment is removed and the rest is "
        "kept as a caption.",
        needles=("click", "tap ", "view ", "enlarge", "expand", "zoom", "open image"),
    ),
    Rule(
        "site-chrome", LINE,
        (
            r"^(?:top|bottom) of page$",
            r"^skip to (?:the )?(?:main |primary |secondary |site |page )?(?:content|navigation|menu|footer|search|sidebar)$",
            r"^(?:back|go|scroll|return) to (?:top|the top)$",
            r"^go (?:up|down)$",
            r"^(?:open |close |main |toggle |mobile )?(?:menu|navigation|nav)$",
            r"^open menu close menu$",
            r"^(?:search|search for:|search …|search\.\.\.|search this site|search the site|type to search|search:)$",
            r"^(?:log ?in|log ?out|sign ?in|sign ?out|register|my account|account|create (?:an )?account)$",
            r"^(?:cart|basket|\d+ items?|view cart|checkout)$",
            r"^(?:show|load|see|view) (?:more|all|less)(?: posts| stories| articles)?(?:\.\.\.|…)?$",
            r"^(?:continue reading|keep reading)(?: →| »|\.\.\.|…)?$",
            r"^loading(?:\.\.\.|…)?$",
            r"(?:^|[.|·•] )(?:proudly )?powered by \S.{0,100}$",
            r"^(?:theme|theme by|designed by|website by|site by|built with|made with|created with):? \S.{0,80}$",
            r"^(?:blog at|create a free website or blog at|website built with) [\w.]{1,40}\.?$",
            r"^(?:open in app|get the app|download the app|text to speech|listen|listen to this article|"
            r"listen to article|play audio|member-only story|members only|published in)$",
            r"^(?:print|print this page|print article|close|×|accessibility|site index|browse|e-?edition|follow|following|"
            r"translate|today['’]s paper|todays paper|print edition|digital edition)$",
            r"opens? (?:in )?(?:a )?new (?:window|tab)\)?$",
            r"^-?\d{1,3} ?°[cf]?$",
            r"^[►▼▶◀] ?.{0,60}$",
            r"^(?:view my complete profile|view all posts(?: by .{1,60})?|see all posts(?: by .{1,60})?|blog archive)$",
            r"^(?:learn more|more info|more information|find out more)$",
            r"^(?:close|dismiss|hide)(?: alert| banner| message| this| notice)?$",
            r"^(?:jump to|print|pin|save|rate|email|share) (?:this |the )?recipe$",
            r"^(?:please )?(?:turn on|enable|activate|switch on) javascript\b.{0,100}$",
            r"^(?:you need to|you must) enable javascript\b.{0,80}$",
            r"\bjavascript (?:is )?(?:required|disabled|must be enabled|needs to be enabled|is turned off)\b",
            r"^(?:(?:mostly|partly) (?:sunny|cloudy|clear)|sunny|cloudy|overcast|foggy|light rain|heavy rain|"
            r"light snow|scattered (?:showers|thunderstorms|storms)|isolated (?:showers|thunderstorms|storms))$",
            r"^\d{1,2}-day forecast$",
            r"^(?:\+ |- )?(?:show|hide|see) all (?:page )?updates$",
            r"^an official website of the (?:united states government|u\.s\. government|state of [\w .]{1,30}|"
            r"[\w .]{1,40} government)\.?$",
            r"^here['’]s how you know\.?$",
            r"^official websites use \.gov\.?$",
            r"^secure \.gov websites use https\.?$",
            r"\ba \.gov website belongs to an official government organization\b",
            r"\bmeans you['’]ve safely connected to the \.gov website\b",
            r"^(?:show|load|see|view) (?:more|all) (?:notes|reblogs)$",
        ),
        "Generic theme chrome: Wix 'top of page'/'bottom of page', skip links, "
        "menu toggles, search boxes, login links, 'Powered by', app prompts, "
        "weather widgets, Blogger archive widget. Round 4 (specification, "
        "liveblog_elections, local_tv_station, paywall_business, "
        "broadsheet_climate): 'Please turn on JavaScript to use this "
        "feature', weather-condition words and '7-Day Forecast', 'Translate', "
        "'Today's Paper'. Round 5 (us_agency_release): the US federal 'An "
        "official website of the United States government' / 'Here's how you "
        "know' / '.gov' banner.",
        max_words=20,
    ),
    Rule(
        "site-navigation", LINE,
        (
            r"^(?:ask me anything|ask me|ask|submit a post|submit a story|submit|random post|fan mail|message me|"
            r"mobile version|desktop version)$",
        ),
        "Blog-platform menu items that NAV_WORDS lacks (Tumblr 'Ask me "
        "anything', 'Submit a post'; round 4, tumblr_ceramics_post). Named "
        "like the computed menu rule, so they count as menu lines when the "
        "title is chosen (a blog description above them is masthead).",
    ),
    Rule(
        "decoration", LINE,
        (r"^[^\w\s]{1,12}$", r"^(?:[^\w\s] ){1,6}[^\w\s]$"),
        "Lines with no letters or digits ('--', '·', '* * *'): no text to keep.",
    ),
)

# Rules computed by clean.py rather than matched by a pattern. Listed here so
# the full set of names lives in one place.
COMPUTED_RULES = {
    "repeated-headline": "A later exact or near-exact copy of the title line.",
    "doubled-caption": "The second copy of a caption printed twice (alt text + caption).",
    "author-bio": "Lines inside an author box that follows a 'Posted by'-type label.",
    "repeated-across-site": "A short non-prose line found in several other scrapes "
    "(site_line_counts): mastheads, taglines, site-wide widgets.",
    "site-navigation": "A line made only of menu words (NAV_WORDS).",
    "page-header": "Non-prose lines above the headline (site name, tagline, menu).",
    "page-footer": "Lines after the article in the page footer, found by the footer "
    "search (chrome-dense tail of the page).",
}

RULE_NAMES = frozenset(r.name for r in RULES) | frozenset(COMPUTED_RULES)

RULES_BY_NAME: dict[str, tuple[Rule, ...]] = {}
for _rule in RULES:
    RULES_BY_NAME[_rule.name] = RULES_BY_NAME.get(_rule.name, ()) + (_rule,)
