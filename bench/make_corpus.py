"""Generate N realistic raw scrapes for benchmarks (never for the real site).

    PYTHONPATH=plugins .venv/bin/python bench/make_corpus.py --n 1000 --seed 1 \
        --out bench/out/corpus-1000

writes ``DIR/raw/NNNNN_<hash>.txt``: a content folder (``PATH``) that Pelican
can build with pelicanconf.py's settings. Each scrape is what a scraper saves
of a news page: the article (headline, byline, dateline, paragraphs of varied
length and vocabulary, with figures, attributions — "X said", "according to
Y" —, named people, places and organisations, dates) wrapped in the chrome of
its outlet's site kind (WordPress comment form, share buttons, Wix header and
footer, donation widget, newsletter/Telegram promo, related posts). Each
outlet has its own chrome, the same on all of its pages; datelines are spread
over about nine weeks.

Deterministic: the same --n and --seed write the same bytes. Article i is drawn
from its own generator (seeded with seed and i), so corpus-100 is the first
100 scrapes of corpus-1000 with the same seed. The folder is written OUTSIDE
content/ (default bench/out/corpus-N); an existing DIR/raw is replaced.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# --- vocabulary -----------------------------------------------------------

FUNCTION = ("the of and to in a that is was for on it with as by at from his an were are "
            "which this be has had have not but its they their been who would will there "
            "after also into more than over when about some could other out up what all "
            "new can only them most these such while before during since under").split()
COMMON = ("government officials country military week report statement border talks "
          "support president minister capital economy security crisis region plan power "
          "people city decision agreement state news conference opposition troops leaders "
          "election policy sanctions forces meeting investigation company workers price "
          "market health water schools roads hospital court judge police protest vote "
          "budget tax bank energy oil gas pipeline port airport flight ship aid food").split()
VERBS = ("announced arrived left signed rejected approved reported confirmed denied "
         "visited opened closed launched delayed blocked backed criticised warned "
         "expanded reduced cancelled extended discussed prepared delivered").split()
FIRST = ("Maria Juan Elena Pedro Olga Sergei Ana Luis Carmen Diego Irina Pavel Sofia Tomas "
         "Laura Andres Nadia Viktor Rosa Jorge Ines Mikhail Lucia Rafael Marta Oleg Clara "
         "Hugo Vera Ramon Teresa Boris Julia Felipe Alba Dmitri Paula Ivan Nora Ernesto").split()
LAST = ("Rodriguez Petrov Gomez Ivanova Lopez Smirnov Fernandez Morales Kozlov Herrera "
        "Castillo Volkov Mendoza Sokolov Ramirez Ortega Pavlova Vargas Romero Novak "
        "Navarro Orlov Silva Medina Guerrero Popov Rojas Delgado Fedorov Cabrera "
        "Marquez Lebedev Salazar Nunez Antonov Reyes Vega Belov Cortes Aguilar").split()
TITLES = ("Defence Minister", "Foreign Minister", "spokesperson", "analyst", "General",
          "Senator", "Mayor", "ambassador", "economist", "Admiral", "governor", "professor")
PLACES = ("Caracas", "Moscow", "Washington", "Havana", "Bogotá", "Brasília", "Mérida",
          "Maracaibo", "Valencia", "Lima", "Quito", "Panama City", "Madrid", "Geneva",
          "Maiquetía", "Barquisimeto", "Ciudad Guayana", "Cúcuta", "Santiago", "Vienna")
ORGS = ("the Foreign Ministry", "the Defence Ministry", "the State Department", "Reuters",
        "the Associated Press", "the central bank", "the United Nations", "the Red Cross",
        "the National Assembly", "Sputnik", "AFP", "the electoral council", "the IMF",
        "the World Bank", "the Lima Group", "the OAS", "Bloomberg", "the health ministry")
UNITS = (("troops", 5, 5000), ("tonnes of cargo", 2, 3000), ("aircraft", 1, 60),
         ("soldiers", 5, 5000), ("people", 10, 90000), ("dollars", 1000, 90000000),
         ("kilometres", 2, 3000), ("percent", 1, 95), ("vessels", 1, 80),
         ("personnel", 5, 5000), ("barrels of oil", 1000, 9000000), ("flights", 1, 200))
APPROX = ("about", "around", "some", "nearly", "more than", "at least", "up to")
CUES = ("said", "told reporters", "said in a statement", "wrote on Twitter", "confirmed",
        "claimed", "told local media", "added")
HEDGES = ("reportedly", "allegedly", "according to unconfirmed reports,", "apparently")
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
SYLLABLES = ("ka ri to me sa lo vin dor pel mar ten gal bor sin qua del rus tam ve "
             "no chi lan pri dex mon tor gra fel hun zar lis ost ber cam dus".split())

START = dt.date(2019, 2, 25)
SPREAD_DAYS = 63


def _pseudo_words(seed: int, n: int) -> list[str]:
    rng = random.Random(seed)
    words = set()
    while len(words) < n:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


# A long tail of topic words: every article has its own subject, so the
# vocabulary (and the search index, and the comparison's word sets) grow
# with the corpus as they do with real news.
TOPIC_WORDS = _pseudo_words(20190323, 30000)
VOCABULARY = list(dict.fromkeys([*COMMON, *VERBS, *_pseudo_words(1, 30000)]))
VOCABULARY_LOG_SIZE = len(VOCABULARY) + 1

# --- outlets and their chrome ---------------------------------------------

OUTLETS = [
    {"name": "Caribbean Ledger", "kind": "wordpress", "domain": "caribbeanledger.example"},
    {"name": "Andes Daily Wire", "kind": "share", "domain": "andeswire.example"},
    {"name": "Orinoco Notes", "kind": "wix", "domain": "orinoconotes.example"},
    {"name": "Front Line Report", "kind": "donation", "domain": "frontline.example"},
    {"name": "Southern Dispatch", "kind": "newsletter", "domain": "southerndispatch.example"},
    {"name": "Hemisphere Monitor", "kind": "related", "domain": "hemimonitor.example"},
    {"name": "Plain Wire", "kind": "minimal", "domain": "plainwire.example"},
]


def chrome_top(outlet: dict) -> list[str]:
    kind, name = outlet["kind"], outlet["name"]
    if kind == "wix":
        return ["Skip to Main Content", name, "Home", "About", "Articles", "Contact",
                "Log In", ""]
    if kind == "donation":
        return ["0 $", "2,500 $", "5,000 $", "3,256 $", "", f"Support {name}: donate today", ""]
    if kind == "newsletter":
        return [f"{name} | News from the south", "Menu", "World  Politics  Economy  Opinion", ""]
    if kind == "share":
        return [f"{name} — independent news", ""]
    return []


def chrome_bottom(outlet: dict, rng: random.Random, titles: list[str]) -> list[str]:
    kind, name = outlet["kind"], outlet["name"]
    if kind == "wordpress":
        return ["", "Share this:", "Twitter", "Facebook", "", "Like this:", "Like Loading...",
                "", "Leave a Reply", "",
                "Please log in using one of these methods to post your comment: Logo", "",
                "You are commenting using your account. Log Out /  Change )", "",
                "Connecting to %s", "",
                "This site uses Akismet to reduce spam. Learn how your comment data is processed."]
    if kind == "share":
        return ["", "Share this:", "Click to share on Twitter (Opens in new window)",
                "Click to share on Facebook (Opens in new window)",
                "Click to share on Telegram (Opens in new window)",
                "Click to email this to a friend (Opens in new window)", "", "Related"]
    if kind == "wix":
        return ["", "Recent Posts", "See All", "", f"©2019 by {name}. Proudly created with Wix.com"]
    if kind == "donation":
        return ["", "If you like our work, please consider supporting us.", "Donate", "",
                "PayPal: donate@" + outlet["domain"], "BTC: 3NdqKbVr9qY2tAq1B6r5VJ7cL3hhaXRmaF"]
    if kind == "newsletter":
        return ["", "Subscribe to our newsletter", "Enter your email address", "Subscribe",
                "", "Join our Telegram channel: t.me/southerndispatch", "",
                f"© 2019 {name}. All rights reserved."]
    if kind == "related":
        picks = rng.sample(titles, k=min(4, len(titles))) if titles else []
        return ["", "Related Posts", *picks, "", "Tags: news, politics, region", "",
                "Comments are closed."]
    return [""]


# --- article text -----------------------------------------------------------

class Writer:
    def __init__(self, rng: random.Random, day: dt.date):
        self.rng = rng
        self.day = day
        self.topic = [rng.choice(TOPIC_WORDS) for _ in range(rng.randint(4, 9))]
        self.people = [self.person() for _ in range(rng.randint(2, 5))]
        self.places = rng.sample(PLACES, k=rng.randint(1, 3))

    def person(self) -> str:
        r = self.rng
        return f"{r.choice(TITLES)} {r.choice(FIRST)} {r.choice(LAST)}" if r.random() < 0.6 \
            else f"{r.choice(FIRST)} {r.choice(LAST)}"

    def word(self) -> str:
        r = self.rng
        roll = r.random()
        if roll < 0.45:
            return r.choice(FUNCTION)
        if roll < 0.6:
            return r.choice(self.topic)
        # Zipf's law: the word of rank k is drawn with weight 1/k, over a
        # vocabulary of real common words followed by a long tail.
        return VOCABULARY[int(VOCABULARY_LOG_SIZE ** r.random()) - 1]

    def figure(self) -> str:
        r = self.rng
        unit, low, high = r.choice(UNITS)
        # Log-uniform, as figures in news are (Benford): as many in 10-100 as in 100-1000.
        value = int(round(low * (high / low) ** r.random()))
        text = f"{value:,}" if value < 10000 or r.random() < 0.5 else f"{value / 1e6:.1f} million"
        if r.random() < 0.35:
            text = f"{r.choice(APPROX)} {text}"
        return f"{text} {unit}"

    def when(self) -> str:
        r = self.rng
        roll = r.random()
        back = self.day - dt.timedelta(days=r.randint(0, 6))
        if roll < 0.4:
            return f"on {back:%B} {back.day}"
        if roll < 0.7:
            return f"on {WEEKDAYS[back.weekday()]}"
        if roll < 0.85:
            return f"late {WEEKDAYS[back.weekday()]}"
        return f"on {back.day} {back:%B} {back.year}"

    def clause(self, n: int) -> str:
        return " ".join(self.word() for _ in range(n))

    def sentence(self) -> str:
        r = self.rng
        kind = r.random()
        subject = r.choice([*self.people, *ORGS])
        place = r.choice(self.places)
        if kind < 0.12:
            s = (f"{subject} {r.choice(VERBS)} {self.figure()} in {place} {self.when()}, "
                 f"{self.clause(r.randint(3, 10))}")
        elif kind < 0.22:
            s = (f"“The {r.choice(COMMON)} {self.clause(r.randint(4, 12))},” "
                 f"{r.choice(self.people)} {r.choice(CUES)}")
        elif kind < 0.3:
            s = (f"According to {r.choice([*ORGS, *self.people])}, {self.figure()} "
                 f"{r.choice(VERBS)} {r.choice(['to', 'in', 'near'])} {place} {self.when()}")
        elif kind < 0.36:
            s = (f"{subject} {r.choice(HEDGES)} {r.choice(VERBS)} the {r.choice(self.topic)} "
                 f"{r.choice(COMMON)} {self.clause(r.randint(2, 8))}")
        else:
            s = f"{self.clause(r.randint(8, 30))} in {place}"
        s = s[0].upper() + s[1:]
        return s.rstrip(",") + "."

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.choice((1, 2, 2, 3, 3, 4, 5))))

    def title(self) -> str:
        r = self.rng
        words = [r.choice(self.places), r.choice(VERBS), r.choice(self.topic),
                 r.choice(COMMON), *(self.word() for _ in range(r.randint(2, 6)))]
        return " ".join(w[:1].upper() + w[1:] for w in words)


def scrape(seed: int, index: int, titles: list[str]) -> tuple[str, str]:
    """(file name, text) of scrape ``index``."""
    rng = random.Random(f"{seed}:{index}")
    outlet = OUTLETS[rng.randrange(len(OUTLETS))]
    day = START + dt.timedelta(days=rng.randrange(SPREAD_DAYS))
    writer = Writer(rng, day)
    title = writer.title()
    lines = chrome_top(outlet)
    lines += [title, ""]
    if outlet["kind"] in ("wordpress", "donation") and rng.random() < 0.5:
        lines += [title, ""]  # themes that print the headline twice
    author = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    style = rng.random()
    if style < 0.4:
        lines += [f"By {author}", f"{day:%B} {day.day}, {day.year}", ""]
    elif style < 0.7:
        lines += [f"{day:%B} {day.day}, {day.year} | {author}", ""]
    elif style < 0.9:
        lines += [f"Posted on {day:%B} {day.day}, {day.year} by {author}", ""]
    # else: no byline, no dateline (undated)
    # Length: most articles short or medium, a few long (a heavy tail).
    paragraphs = min(60, 3 + int(rng.paretovariate(1.6) * 4))
    for p in range(paragraphs):
        lines += [writer.paragraph(), ""]
        if p == 1 and rng.random() < 0.3:
            lines += [f"{rng.choice(writer.people)} in {writer.places[0]}. Photo: {rng.choice(ORGS)}", ""]
    lines += chrome_bottom(outlet, rng, titles)
    key = hashlib.sha1(f"{seed}:{index}".encode()).hexdigest()[:16]
    return f"{index:05d}_{key}.txt", "\n".join(lines).rstrip("\n") + "\n"


def generate(n: int, seed: int, out: Path) -> list[Path]:
    raw = out / "raw"
    if raw.exists():
        shutil.rmtree(raw)
    raw.mkdir(parents=True)
    written = []
    titles: list[str] = []
    for index in range(n):
        # Related posts name titles of earlier articles (a fixed window, so
        # article i does not depend on n).
        name, text = scrape(seed, index, titles[-20:])
        path = raw / name
        path.write_bytes(text.encode("utf-8"))
        written.append(path)
        titles.append(text.split("\n")[len(chrome_top(_outlet_of(seed, index)))])
    return written


def _outlet_of(seed: int, index: int) -> dict:
    return OUTLETS[random.Random(f"{seed}:{index}").randrange(len(OUTLETS))]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    out = args.out or ROOT / "bench" / "out" / f"corpus-{args.n}"
    content = (ROOT / "content").resolve()
    if out.resolve() == content or content in out.resolve().parents:
        parser.error("--out must lie outside content/: generated scrapes are not evidence")
    written = generate(args.n, args.seed, out)
    size = sum(p.stat().st_size for p in written)
    print(f"wrote {len(written)} scrapes ({size / 1e6:.1f} MB) to {out / 'raw'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
