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
    ends: str = ""  # SECTION only: "page-end" | "prose" | "bio"
    # What a SECTION marker does before any article prose was seen:
    # "remove" drops just the marker line; "ignore" leaves the line to the
    # byline/dateline logic (an author label at the top is a byline).
    before_body: str = "remove"
    # A short prose line sandwiched between two hits of this rule is part of
    # the same widget (newsletter boxes, cookie banners, donation boxes).
    absorbs: bool = False
    # Cheap prefilter for unanchored patterns: they are only searched when
    # the lowercased line contains one of these strings. When empty, the
    # cleaner uses the literal text each pattern requires.
    needles: tuple[str, ...] = ()
    regex: re.Pattern = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
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
    tiktok mail save this on via
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
            r"more on this story|more like this|read more|read next|up next|what to read next|"
            r"keep reading|also read|see also|popular posts|most read|most popular|most viewed|"
            r"most shared|trending now|trending stories|latest news|latest posts|latest stories|"
            r"recent posts|recent articles|similar posts|similar articles|other articles|don't miss|"
            r"editor's picks|editors' picks|in case you missed it|top stories|around the web|"
            r"from the web|suggested reading|explore more|see more recommendations)"
            r"(?: ?[:…]|\.\.\.)?$",
        ),
        "Related/most-read/recommended list headers (Jetpack 'Related', "
        "'You may also like', Medium 'More from', news 'Most Read'). The list "
        "runs until article prose resumes.",
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
        "that follows is removed up to the next article prose.",
        ends="prose",
    ),
    Rule(
        "tag-list", SECTION,
        (
            r"^(?:tags|tagged|topics|labels|categories|filed under|suggested topics|related topics|keywords)\s?:?$",
        ),
        "Tag/topic list headers followed by one tag per line.",
        ends="prose",
    ),
    # ---- single-line chrome --------------------------------------------------
    Rule(
        "share-buttons", LINE,
        (
            rf"^(?:share|tweet|post|pin|send|email|e-mail) (?:on|to|via|this|it)\b.{{0,60}}$",
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
            rf"^{_COUNT} (?:likes?|claps?|hearts?|reactions?|restacks?|upvotes?|recommends?|views?|reads?|"
            r"followers?|following|subscribers?|saves?|stories|comments?|responses?)"
            rf"(?: · {_COUNT} [a-z]{{1,12}})?$",
            r"^\d(?:[.,]\d)? (?:from|out of|/) ?[\d,]+(?: stars?)?(?: (?:votes?|ratings?|reviews?))?$",
            r"^\(?[\d,]+ (?:votes?|ratings?|reviews?)\)?$",
            r"^[★☆]{1,5}",
        ),
        "Bare counters (likes, claps, restacks, share counts, follower counts, "
        "numbered 'most read' positions).",
    ),
    Rule(
        "reading-time", LINE,
        (
            r"^[•·]? ?\d{1,3} ?(?:min|mins|minute|minutes)(?: read| reading| listen)?(?: time)?$",
            r"^(?:reading time|read time|estimated reading time|time to read):? ?(?:about |approx\.? |~)?\d{1,3} ?(?:min|mins|minutes?)(?: read)?$",
        ),
        "Reading-time lines: Medium/Ghost/Wix '3 min read', 'Reading time: 4 minutes'.",
    ),
    Rule(
        "advertisement", LINE,
        (
            r"^(?:advertisement|advertising|advert|ad|ads|sponsored|sponsored content|sponsored links?|"
            r"paid content|paid post|promoted|promoted content|partner content|from our partners)"
            r"(?: ?[·|-] ?scroll to continue| ?[·|-] ?story continues below| \(?continues below\)?)?$",
            r"^(?:story|article) continues (?:below|after)(?: (?:the )?advertisement)?$",
            r"^continue reading (?:below|the main story)$",
            r"^scroll to continue(?: with content)?$",
            r"^(?:remove|hide|skip) ads?$",
        ),
        "Ad slots and sponsored labels left in the text by ad containers.",
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
            r"^(?:goal|raised|target):? ?[$€£]?\d.{0,40}$",
            r"\bof [$€£]?[\d,.]+ ?[$€£]? (?:goal|raised)\b",
        ),
        "Donation counters ('0 $', '2,500 $') and appeals ('Consider helping "
        "us!', 'Buy me a coffee').",
        max_words=30, absorbs=True,
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
        ),
        "Tag and category lines: 'Tags: …', Blogger 'Labels: …', 'Filed under', "
        "WordPress 'Posted in X' / 'Tagged A, B'.",
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
            r"^(?:getty images|shutterstock|reuters|ap photo|afp|epa|istock|alamy|unsplash|pexels)(?: ?/ ?\S.{0,60})?$",
        ),
        "Credit-only lines ('Photo: Jane Doe/AFP', 'Photo by X on Unsplash'). "
        "Longer 'Photo:' lines that describe the picture are captions.",
        max_words=int(PHOTO_CREDIT_MAX_WORDS.value),
    ),
    Rule(
        "source-line", LINE,
        (r"^(?:source|sources|via|h/t|hat tip)\s?: ?\S.{0,80}$",),
        "'Source: X' attribution lines under syndicated posts.",
        max_words=8,
    ),
    Rule(
        "contact-info", LINE,
        (
            r"^(?:e-?mail:? ?)?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}$",
            r"^(?:tel|phone|t|call|fax)?[:.]? ?\+?\(?\d[\d ()./-]{6,22}\d$",
        ),
        "Lines that are only an e-mail address or a phone number (contact boxes).",
        max_words=6,
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
            r"^(?:print|print this page|print article|close|×|accessibility|site index|browse|e-?edition|follow|following)$",
            r"opens? (?:in )?(?:a )?new (?:window|tab)\)?$",
            r"^-?\d{1,3} ?°[cf]?$",
            r"^[►▼▶◀] ?.{0,60}$",
            r"^(?:view my complete profile|view all posts(?: by .{1,60})?|see all posts(?: by .{1,60})?|blog archive)$",
            r"^(?:learn more|more info|more information|find out more)$",
            r"^(?:close|dismiss|hide)(?: alert| banner| message| this| notice)?$",
            r"^(?:jump to|print|pin|save|rate|email|share) (?:this |the )?recipe$",
        ),
        "Generic theme chrome: Wix 'top of page'/'bottom of page', skip links, "
        "menu toggles, search boxes, login links, 'Powered by', app prompts, "
        "weather widgets, Blogger archive widget.",
        max_words=20,
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
