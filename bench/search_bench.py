"""Benchmark of the offline search: index size, time to ready, query-to-paint.

    PYTHONPATH=plugins .venv/bin/python bench/search_bench.py            # N=1000
    PYTHONPATH=plugins .venv/bin/python bench/search_bench.py -n 100 -n 10000
    ... --no-browser     sizes only

For each N it generates N synthetic article records (deterministic: the same
N gives the same records and the same index bytes), builds the index and store
exactly as the site build does (``corpus.search_index``), and prints the size
per article of the search files (``search/index.js`` and, for a large index,
the parts it names), raw and gzipped, store included, the largest file and
how long the index took to build. Then it
writes a small stand-alone site (search.html from the theme's own template on a
minimal base, search.js, lunr.js, the index) under bench/out/, opens it in
Chromium from file:// and measures:

- ready: from navigation start until the index is loaded and searchable
  (search.js sets ``data-search-state="ready"`` on <html>), after focusing
  the search box, which is what starts the loading;
- query-to-paint: for each query of a fixed list, from setting the box's
  value (an input event) until the next animation frame after the results
  were rendered (requestAnimationFrame + a 0 ms timeout, i.e. the frame that
  shows them), as p50 and p95 over all queries and repetitions; and how
  many results that frame drew: while typing, search.js draws at once the
  results that can be in view, the rest of the page once typing pauses;
- the whole first page: each query once more, timed until the rest of its
  page of results has been painted too (the pause included);
  ``--draw-whole-page`` makes each key draw the whole page at once, to
  compare;
- input-to-next-paint, the browser's own measure of responsiveness: the same
  queries typed as trusted input (Playwright's ``keyboard.insert_text``: a
  beforeinput and an input event) and timed by the Event Timing API, from the
  event until the next paint after its handlers ran. Chromium reports only
  events of 16 ms or more (its smallest threshold) and rounds durations to
  8 ms: every interaction is counted, an unreported one as "under 16 ms";
- the handlers' time of each of those interactions (every input listener,
  ours included, to a tenth of a millisecond: from a capturing listener on the
  window to a bubbling one);
- for both ways of timing a paint, the browser's floor: the same measure for
  a trivial change (one attribute or text node), i.e. the part of the time
  that is the browser's frame scheduling, not our code.

The browser figures are taken twice: with Chromium's usual frame pacing, and
with ``--disable-gpu-vsync --disable-frame-rate-limit`` (frames drawn as soon
as ready rather than at 60 Hz), to see how much of the floor is Chromium's
frame pacing (``--frames`` chooses).

Figures are printed; nothing here asserts a time (timings depend on the
machine). Targets at N=1000: <= 2 KB gzipped per article, ready <= 0.5 s,
p95 query-to-paint <= 16 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from corpus import search_index  # noqa: E402
from corpus.search_index import ArticleInput  # noqa: E402

WORD_LIST = ROOT / "node_modules" / "an-array-of-english-words" / "index.json"
OUT = ROOT / "bench" / "out"

# Function words make most of real text; lunr drops them (stop words) but they
# shape lengths like real prose does.
FUNCTION_WORDS = (
    "the of and to in a that is was for on it with as by he said at from his "
    "an were are which this be has had have not but its they their been who "
    "would will there after also into more than over when two about some could "
    "other out up one what all new can only them most these such"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
REAL_PLACES = ["Caracas", "Moscow", "Washington", "Havana", "Bogotá", "Brasília", "Mérida",
               "São Paulo", "Zürich", "Maiquetía"]
CUES = ["said", "told reporters", "claimed", "confirmed", "denied", "stated"]


def _words() -> list[str]:
    if WORD_LIST.exists():
        return json.loads(WORD_LIST.read_text(encoding="utf-8"))
    # Without node_modules: pseudo-words, still deterministic.
    rng = random.Random(7)
    letters = "etaoinshrdlucmfwypvbgkjqxz"
    return sorted({"".join(rng.choice(letters[:20]) for _ in range(rng.randint(3, 10)))
                   for _ in range(60000)})


class _Zipf:
    """Draws from ``items``, the first ones far more often (weight 1 / (rank + offset))."""

    def __init__(self, rng, items, offset=2.0):
        self.rng, self.items, self.cumulative, total = rng, items, [], 0.0
        for rank in range(len(items)):
            total += 1 / (rank + offset)
            self.cumulative.append(total)

    def draw(self, k=1):
        return self.rng.choices(self.items, cum_weights=self.cumulative, k=k)


def synthetic_articles(n: int, seed: int = 2019) -> list[ArticleInput]:
    """``n`` made-up but news-shaped articles, deterministic for (n, seed).

    About 450 words and 8 claims each; words, people and places drawn with
    Zipf's law (a few very common, a long tail of rare ones), as in real news:
    a weekday in most articles, "N soldiers" in some claims, accented place
    names (Maiquetía among the less common ones), and chrome lines ("Akismet",
    "Telegram") among the removed ones, never searchable.
    """
    rng = random.Random(seed)
    words = _words()
    vocabulary = _Zipf(rng, rng.sample(words, 25000), offset=8)
    surnames = [w.capitalize() for w in rng.sample(words, 600)]
    people = _Zipf(rng, [f"{g.capitalize()} {s}" for g, s in
                         zip(rng.choices(rng.sample(words, 150), k=600), surnames)], offset=3)
    generated_places = [w.capitalize() for w in rng.sample(words, 190)]
    places = _Zipf(rng, REAL_PLACES[:9] + generated_places[:5] + ["Maiquetía"] + generated_places[5:],
                   offset=3)
    outlets = [f"{w.capitalize()} News" for w in rng.sample(words, 25)]

    def sentence(extra=""):
        tokens = []
        for _ in range(rng.randint(12, 30)):
            roll = rng.random()
            if roll < 0.45:
                tokens.append(rng.choice(FUNCTION_WORDS))
            elif roll < 0.465:
                tokens.append(people.draw()[0].split()[-1])
            elif roll < 0.475:
                tokens.append(places.draw()[0])
            elif roll < 0.485:
                tokens.append(str(rng.randint(2, 400)))
            elif roll < 0.487:
                tokens.append("S-300")
            else:
                tokens.extend(vocabulary.draw())
        tokens[0] = tokens[0].capitalize()
        return " ".join(tokens) + extra + "."

    articles = []
    for number in range(n):
        paragraphs = [" ".join(sentence() for _ in range(rng.randint(1, 3)))
                      for _ in range(rng.randint(6, 12))]
        if rng.random() < 0.6:
            day = rng.choice(WEEKDAYS)
            paragraphs[0] = paragraphs[0][:-1] + f" on {day}."
        claims = []
        for c in range(rng.randint(4, 12)):
            who, where = people.draw()[0], places.draw()[0]
            extra = f" in {where}"
            if rng.random() < 0.08:
                extra += f", with {rng.randint(2, 300)} soldiers"
            if rng.random() < 0.1:
                extra += f" on {rng.choice(WEEKDAYS)}"
            text = f"{who} {rng.choice(CUES)} that {sentence(extra)}"
            claims.append({
                "id": f"c-{number}-{c}",
                "text": text,
                "quantities": [],
                "attribution": {"source": who, "cue": "said"} if rng.random() < 0.7 else None,
                "hedged": rng.random() < 0.2,
                "hedges": [],
                "entities": [{"name": who, "type": "person", "as_written": who},
                             {"name": where, "type": "place", "as_written": where}],
                "dates": [],
            })
            paragraphs[rng.randrange(len(paragraphs))] += " " + text
        title = " ".join(vocabulary.draw(rng.randint(5, 11))).capitalize()
        published = None if rng.random() < 0.1 else f"2019-03-{rng.randint(1, 31):02d}"
        author = people.draw()[0] if rng.random() < 0.7 else None
        record = {
            "key": f"{number:05d}_synthetic",
            "slug": f"synthetic-{number:05d}",
            "title": title,
            "author": author,
            "outlet": rng.choice(outlets) if rng.random() < 0.9 else None,
            "published": published,
            "blocks": [{"kind": "title", "lines": [1], "text": title}]
            + [{"kind": "body", "lines": [i + 3], "text": p} for i, p in enumerate(paragraphs)],
            "removed": [{"line": 99, "text": "Share on Telegram. This site uses Akismet.",
                         "rule": "site-chrome"}],
            "claims": claims,
        }
        articles.append(ArticleInput(
            url=f"articles/synthetic-{number:05d}.html",
            title=title,
            outlet=record["outlet"] or "Unknown outlet",
            record=record,
        ))
    return articles


def bench_queries(articles) -> list[str]:
    """The fixed query list for these articles: the specification's kinds of query
    (weekdays, "99 soldiers", "S-300", surnames, Maiquetía with and without
    its accent, field queries, wildcards, fuzzy, +/-), and words of the
    corpus picked by how common they are (the commonest are the slowest)."""
    counts = {}
    for article in articles:
        for block in article.record["blocks"]:
            for word in set(block["text"].lower().split()):
                word = word.strip(".,")
                if word.isalpha() and word not in FUNCTION_WORDS and len(word) > 3:
                    counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts, key=lambda w: (-counts[w], w))
    common, middling, rare = ranked[0], ranked[len(ranked) // 50], ranked[len(ranked) // 3]
    person = articles[0].record["claims"][0]["attribution"] or {"source": "Nobody Here"}
    surname = person["source"].split()[-1]
    return [
        "Saturday", "sunday", "Maiquetía", "maiquetia", "99 soldiers", "S-300",
        surname, surname[:-1] + "x~1", f"source:{surname.lower()}", f"title:{middling}",
        f"claim:{common}", common[:4] + "*", f"+{common} -{middling}", common, middling,
        rare, f"{middling} {rare}", "Telegram", "zzzznotfound", "caracas moscow",
    ]


def sizes(n: int) -> tuple[dict, dict, list[str]]:
    """Figures of the search files for ``n`` synthetic articles, the files
    (name in search/ -> text, as the site build writes them) and the queries."""
    articles = synthetic_articles(n)
    started = time.perf_counter()
    data = search_index.build(articles).payload
    build_seconds = time.perf_counter() - started
    files = search_index.render_files(data)
    store_only = search_index.to_json({k: v for k, v in data.items() if k != "index"})
    index_only = search_index.to_json(data["index"])
    figures = {
        "n": n,
        "claims": len(data["c"]),
        "files": len(files),
        "bytes": sum(len(text.encode()) for text in files.values()),
        "largest": max(len(text.encode()) for text in files.values()),
        # (Each file is compressed on its own, as a server sends it.)
        "gzip": sum(search_index.gzip_size(text) for text in files.values()),
        "store_gzip": search_index.gzip_size(store_only),
        "index_gzip": search_index.gzip_size(index_only),
        "build_seconds": build_seconds,
    }
    return figures, files, bench_queries(articles)


MINIMAL_BASE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:">
<title>{% block title %}bench{% endblock %}</title></head>
<body><header>{% include "_search_form.html" %}</header>
<main>{% block content %}{% endblock %}</main>{% block scripts %}{% endblock %}</body></html>
"""


# --draw-whole-page: search.js counting every result as 1 px high, so that
# each key draws the whole page of results at once (to compare with drawing
# only those that can be in view).
SMALLEST_RESULT = "var SMALLEST_RESULT_PX = 118;"


def write_site(n: int, files: dict, draw_whole_page: bool = False) -> Path:
    """A stand-alone search site: the search files (``sizes``), and the
    theme's search.html (on the theme's own base.html when it renders
    without Pelican, else on a minimal one)."""
    import jinja2

    site = OUT / f"site-{n}"
    shutil.rmtree(site, ignore_errors=True)
    (site / "search").mkdir(parents=True)
    (site / "theme" / "js").mkdir(parents=True)
    for name, text in files.items():
        (site / "search" / name).write_text(text, encoding="utf-8")
    shutil.copy(ROOT / "node_modules" / "lunr" / "lunr.min.js", site / "search" / "lunr.min.js")
    script = (ROOT / "themes" / "corpus" / "static" / "js" / "search.js").read_text(encoding="utf-8")
    if draw_whole_page:
        assert SMALLEST_RESULT in script, "search.js no longer says " + SMALLEST_RESULT
        script = script.replace(SMALLEST_RESULT, "var SMALLEST_RESULT_PX = 1;")
    (site / "theme" / "js" / "search.js").write_text(script, encoding="utf-8")
    css = ROOT / "themes" / "corpus" / "static" / "css" / "site.css"
    if css.exists():
        (site / "theme" / "css").mkdir(parents=True)
        shutil.copy(css, site / "theme" / "css" / "site.css")
    context = {"SITEURL": ".", "THEME_STATIC_DIR": "theme", "SITENAME": "Corpus explorer (bench)",
               "DEFAULT_LANG": "en", "CATEGORIES_SAVE_AS": "outlets/index.html",
               "AUTHORS_SAVE_AS": "authors/index.html"}
    templates = ROOT / "themes" / "corpus" / "templates"
    try:
        env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(templates)))
        html = env.get_template("search.html").render(context)
    except Exception:  # the theme's base.html needs Pelican: use a minimal one
        env = jinja2.Environment(loader=jinja2.ChoiceLoader([
            jinja2.DictLoader({"base.html": MINIMAL_BASE}), jinja2.FileSystemLoader(str(templates))]))
        html = env.get_template("search.html").render(context)
    (site / "search.html").write_text(html, encoding="utf-8")
    return site


# Runs in the page: one query typed (an input event), timed until the frame
# that shows its results has been painted (the next animation frame, then a
# task after it); with `wholePage`, until the whole first page of results
# has been: search.js draws at once the results that can be in view, the
# rest once typing pauses (REST_DELAY), the results aria-busy until then.
# A random delay first, so queries land anywhere in a frame.
QUERY_TO_PAINT = """async ([query, delay, wholePage]) => {
  await new Promise((resolve) => setTimeout(resolve, delay));
  const box = document.getElementById('search-box');
  const results = document.getElementById('search-results');
  const start = performance.now();
  box.value = query;
  box.dispatchEvent(new Event('input', {bubbles: true}));
  const handled = performance.now();
  let busy = true;
  while (busy) {
    await new Promise((resolve) => requestAnimationFrame(() => {
      busy = wholePage && results.hasAttribute('aria-busy');
      setTimeout(resolve, 0);
    }));
  }
  return {handled: handled - start, painted: performance.now() - start,
          count: results.querySelectorAll('a.search-result').length};
}"""


# The same measure for a trivial change of the page (one text node): how long
# the browser itself takes to show anything, i.e. the floor under the above.
FRAME_FLOOR = """async (delay) => {
  await new Promise((resolve) => setTimeout(resolve, delay));
  const start = performance.now();
  document.title = 'bench ' + start;
  document.getElementById('search-results').setAttribute('data-bench', String(start));
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  return performance.now() - start;
}"""


# Event Timing: every 'event' entry of 16 ms or more (the smallest threshold
# allowed), and for each interaction (a beforeinput and an input event, as a
# typed insertion makes) the events' timestamps and how long all the input
# listeners took: from a capturing listener on the window, which runs first,
# to a bubbling one on the window, which runs last. Also a second box whose
# handler changes one text node: the floor of this measure. It goes at the
# top of the page: headless Chromium never presented a frame for a change in
# the bottom hundred pixels or so of its 720 (Event Timing then waited, for
# seconds, for some other paint).
EVENT_TIMING_SETUP = """() => {
  const bench = window.benchEvents = {entries: [], interactions: []};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      bench.entries.push({name: e.name, startTime: e.startTime, duration: e.duration,
                          processing: e.processingEnd - e.processingStart});
    }
  }).observe({type: 'event', durationThreshold: 16, buffered: true});
  const current = () => bench.interactions[bench.interactions.length - 1];
  addEventListener('beforeinput', (e) => {
    bench.interactions.push({target: e.target.id, stamps: [e.timeStamp]});
  }, true);
  addEventListener('input', (e) => {
    if (!current() || current().start !== undefined) bench.interactions.push({target: e.target.id, stamps: []});
    current().stamps.push(e.timeStamp);
    current().start = performance.now();
  }, true);
  addEventListener('input', () => { current().end = performance.now(); });
  const floor = document.createElement('input');
  floor.id = 'bench-floor';
  const echo = document.createElement('output');
  floor.addEventListener('input', () => { echo.textContent = floor.value; });
  document.body.prepend(floor, echo);
}"""

NEXT_FRAME = "() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))"
# The events of one typed insertion (Event Timing names them so).
INPUT_EVENTS = ("beforeinput", "input", "keydown", "keypress", "keyup")
FLOOR_INTERACTIONS = 60
EVENT_THRESHOLD = 16


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))]


def interaction_percentile(durations, fraction):
    """A percentile of input-to-next-paint durations where None stands for an
    interaction Event Timing did not report (under EVENT_THRESHOLD ms): such
    ones sort first, and None is returned if the percentile falls on one."""
    ordered = sorted(durations, key=lambda d: -1.0 if d is None else d)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))]


def format_duration(value):
    return f"< {EVENT_THRESHOLD} ms" if value is None else f"{value:.0f} ms"


def type_into(page, selector, text, rng):
    """Types ``text`` over the content of the box ``selector`` as trusted input,
    after a random delay (so that it lands anywhere in a frame), and waits
    until the frame after it has been painted, and a little more, so that
    interactions do not share frames."""
    page.evaluate("(selector) => { const box = document.querySelector(selector); box.focus(); box.select(); }",
                  selector)
    time.sleep(rng.uniform(0, 0.017))
    page.keyboard.insert_text(text)
    page.evaluate(NEXT_FRAME)
    page.wait_for_timeout(30)


def event_timing_pass(page, queries, repeat, rng) -> dict:
    """Types every query ``repeat`` times into the search box, then the floor's
    text into the floor box; each interaction's input-to-next-paint (None:
    under the threshold) and handler time, by query ("" for the floor)."""
    page.evaluate(EVENT_TIMING_SETUP)
    typed = []
    for _ in range(repeat):
        for query in queries:
            type_into(page, "#search-box", query, rng)
            typed.append(query)
    for number in range(FLOOR_INTERACTIONS):
        type_into(page, "#bench-floor", f"floor {number}", rng)
        typed.append("")
    # Entries are reported once the paint is known, some frames later.
    page.wait_for_timeout(1000)
    data = page.evaluate("window.benchEvents")
    if len(data["interactions"]) != len(typed):
        raise SystemExit(f"expected {len(typed)} typed interactions, the page saw {len(data['interactions'])}")
    figures = {}
    for text, interaction in zip(typed, data["interactions"]):
        entries = [e for e in data["entries"] if e["name"] in INPUT_EVENTS
                   and any(abs(e["startTime"] - stamp) < 0.01 for stamp in interaction["stamps"])]
        duration = max((e["duration"] for e in entries), default=None)
        processing = [e["processing"] for e in entries if e["name"] == "input"]
        figures.setdefault(text, []).append({
            "duration": duration,
            "handlers": interaction["end"] - interaction["start"],
            "processing": processing[0] if processing else None,
        })
    return figures


def event_timing_summary(interactions) -> dict:
    durations = [i["duration"] for i in interactions]
    handlers = [i["handlers"] for i in interactions]
    processing = [i["processing"] for i in interactions if i["processing"] is not None]
    return {
        "count": len(durations),
        "reported": sum(d is not None for d in durations),
        "p50": interaction_percentile(durations, 0.5),
        "p95": interaction_percentile(durations, 0.95),
        "worst": interaction_percentile(durations, 1.0),
        "handlers_p50": percentile(handlers, 0.5),
        "handlers_p95": percentile(handlers, 0.95),
        "processing_max": max(processing, default=None),
    }


# Chromium's usual frame pacing, and frames drawn as soon as they are ready.
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"]
UNTHROTTLED_FRAMES = ["--disable-gpu-vsync", "--disable-frame-rate-limit"]


def browser_figures(site: Path, queries: list[str], repeat: int, loads: int = 5,
                    settle: float = 1.0, extra_args=()) -> dict:
    """Loads the page ``loads`` times (each timed for 'ready'); on the last
    but one, times the queries typed (Event Timing), on the last, the
    queries set by script (the frame after). Each pass on a page of its own,
    so that both find the same words not yet weighed."""
    from playwright.sync_api import sync_playwright

    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        raise SystemExit(f"{chromium} not found: the browser figures need Debian's Chromium")
    url = (site / "search.html").resolve().as_uri()
    ready, loading = [], []
    handled, painted, drawn, whole, per_query, floor, typed = [], [], [], [], {}, [], {}
    rng = random.Random(1)
    typed_on, set_on = max(0, loads - 2), loads - 1
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium), headless=True,
                                             args=BROWSER_ARGS + list(extra_args))
        for attempt in range(loads):
            page = browser.new_page()
            page.goto(url)
            page.wait_for_function("document.documentElement.dataset.searchState === 'ready'",
                                   timeout=60_000)
            marks = page.evaluate("""() => Object.fromEntries(performance.getEntriesByType('mark')
                .filter(m => m.name.startsWith('corpus-search-')).map(m => [m.name, m.startTime]))""")
            ready.append(marks["corpus-search-ready"])
            loading.append(marks["corpus-search-ready"] - marks["corpus-search-loading"])
            if attempt in (typed_on, set_on):
                # A reader takes a moment to type; meanwhile the page makes
                # ahead, in idle time, what common words need (search.js).
                page.wait_for_timeout(settle * 1000)
            if attempt == typed_on:
                typed = event_timing_pass(page, queries, repeat, rng)
            if attempt == set_on:
                for _ in range(repeat):
                    for query in queries:
                        result = page.evaluate(QUERY_TO_PAINT, [query, rng.uniform(0, 17), False])
                        handled.append(result["handled"])
                        painted.append(result["painted"])
                        drawn.append(result["count"])
                        per_query.setdefault(query, []).append(result["handled"])
                floor = [page.evaluate(FRAME_FLOOR, rng.uniform(0, 17)) for _ in range(60)]
                whole = [page.evaluate(QUERY_TO_PAINT, [query, rng.uniform(0, 17), True])
                         for query in queries]
            if attempt in (typed_on, set_on) and page.evaluate("document.querySelectorAll('.search-error').length"):
                print("  warning: a query showed an error")
            page.close()
        browser.close()
    typed_queries = [i for query in queries for i in typed[query]]
    return {
        "ready_median": statistics.median(ready), "ready_max": max(ready), "ready_min": min(ready),
        "load_median": statistics.median(loading),
        "handled_p50": percentile(handled, 0.5), "handled_p95": percentile(handled, 0.95),
        "painted_p50": percentile(painted, 0.5), "painted_p95": percentile(painted, 0.95),
        "queries": len(handled),
        "drawn_median": statistics.median(drawn),
        "whole_p50": percentile([w["painted"] for w in whole], 0.5),
        "whole_p95": percentile([w["painted"] for w in whole], 0.95),
        "whole_count_median": statistics.median(w["count"] for w in whole),
        "floor_p50": percentile(floor, 0.5), "floor_p95": percentile(floor, 0.95),
        "per_query": {q: (statistics.median(v), max(v)) for q, v in per_query.items()},
        "typed": event_timing_summary(typed_queries),
        "typed_floor": event_timing_summary(typed[""]),
        "typed_per_query": {q: event_timing_summary(typed[q]) for q in queries},
        "load_average": os.getloadavg()[0],
    }


def print_browser_figures(timing: dict, args, verbose: bool):
    print(f"  ready from file:// (navigation start to searchable), median of {args.loads} loads: "
          f"{timing['ready_median']:.0f} ms (best {timing['ready_min']:.0f}, worst "
          f"{timing['ready_max']:.0f}; loading lunr.js + index alone {timing['load_median']:.0f} ms) "
          f"(target <= 500)")
    print(f"  load average of this machine at the end of the run: {timing['load_average']:.2f} "
          f"({os.cpu_count()} cores)")
    print(f"  query-to-paint, script-set value + input event until the frame after "
          f"(rAF + 0 ms timeout), over {timing['queries']} queries: p50 {timing['painted_p50']:.1f} ms, "
          f"p95 {timing['painted_p95']:.1f} ms (target p95 <= 16); search + render alone: "
          f"p50 {timing['handled_p50']:.1f} ms, p95 {timing['handled_p95']:.1f} ms "
          f"(queries started {args.settle:g} s after ready)")
    print(f"    results drawn in that frame (those that can be in view): median {timing['drawn_median']:g}; "
          f"the whole first page (median {timing['whole_count_median']:g} results), drawn once typing "
          f"pauses: p50 {timing['whole_p50']:.0f} ms, p95 {timing['whole_p95']:.0f} ms")
    print(f"    floor, a trivial DOM change timed the same way: "
          f"p50 {timing['floor_p50']:.1f} ms, p95 {timing['floor_p95']:.1f} ms")
    typed, floor = timing["typed"], timing["typed_floor"]
    print(f"  input-to-next-paint (Event Timing; the same queries typed as trusted input; "
          f"8 ms steps), over {typed['count']} interactions: p50 {format_duration(typed['p50'])}, "
          f"p95 {format_duration(typed['p95'])}, worst {format_duration(typed['worst'])} "
          f"({typed['reported']} of {typed['count']} at {EVENT_THRESHOLD} ms or more; target p95 <= 16)")
    print(f"    our handlers' time in those interactions (all input listeners, capture to bubble): "
          f"p50 {typed['handlers_p50']:.1f} ms, p95 {typed['handlers_p95']:.1f} ms; Event Timing's "
          f"processingEnd - processingStart, worst reported: "
          f"{'-' if typed['processing_max'] is None else format(typed['processing_max'], '.1f') + ' ms'}")
    print(f"    floor, typing into a box whose handler changes one text node, over {floor['count']} "
          f"interactions: p50 {format_duration(floor['p50'])}, p95 {format_duration(floor['p95'])}, "
          f"worst {format_duration(floor['worst'])} ({floor['reported']} of {floor['count']} at "
          f"{EVENT_THRESHOLD} ms or more)")
    if verbose:
        for query, (median, worst) in timing["per_query"].items():
            one = timing["typed_per_query"][query]
            print(f"    {query!r:32} search + render median {median:5.1f} ms, worst {worst:5.1f} ms; "
                  f"typed: handlers p50 {one['handlers_p50']:5.1f} ms, input-to-next-paint "
                  f"p50 {format_duration(one['p50']):>7}, worst {format_duration(one['worst']):>7}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-n", type=int, action="append", help="articles (repeatable; default 1000)")
    parser.add_argument("--no-browser", action="store_true", help="sizes only")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the query list")
    parser.add_argument("--loads", type=int, default=7, help="page loads timed for 'ready'")
    parser.add_argument("--settle", type=float, default=1.0,
                        help="seconds between ready and the first query (0: type at once)")
    parser.add_argument("--verbose", action="store_true", help="print each query's time")
    parser.add_argument("--draw-whole-page", action="store_true",
                        help="each key draws the whole page of results at once, not only "
                             "those that can be in view (for comparison)")
    parser.add_argument("--frames", choices=("both", "usual", "unthrottled"), default="both",
                        help="Chromium's usual frame pacing, frames unthrottled "
                             f"({' '.join(UNTHROTTLED_FRAMES)}), or both (default)")
    args = parser.parse_args(argv)
    for n in args.n or [1000]:
        figures, script, queries = sizes(n)
        print(f"N={n} articles, {figures['claims']} claims: search/ {figures['files']} file(s), "
              f"{figures['bytes']:,} bytes, {figures['gzip']:,} gzipped "
              f"(index {figures['index_gzip']:,}, store {figures['store_gzip']:,}); "
              f"largest file {figures['largest']:,} bytes (limit {search_index.MAX_FILE_BYTES:,}); "
              f"index built in {figures['build_seconds']:.1f} s")
        print(f"  per article, store included: {figures['bytes'] / n:,.0f} bytes raw, "
              f"{figures['gzip'] / n:,.0f} bytes gzipped (target <= 2,048)")
        if args.no_browser:
            continue
        site = write_site(n, script, args.draw_whole_page)
        if args.frames in ("both", "usual"):
            print("  Chromium, usual frame pacing:")
            print_browser_figures(browser_figures(site, queries, args.repeat, args.loads, args.settle),
                                  args, args.verbose)
        if args.frames in ("both", "unthrottled"):
            print(f"  Chromium, frames unthrottled ({' '.join(UNTHROTTLED_FRAMES)}):")
            print_browser_figures(browser_figures(site, queries, args.repeat, args.loads, args.settle,
                                                  UNTHROTTLED_FRAMES), args, args.verbose)


if __name__ == "__main__":
    main()
