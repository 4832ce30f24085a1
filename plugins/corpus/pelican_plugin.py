"""The Pelican side of the corpus plugin: a reader for raw scrapes and the
build report. The only module of the package that imports Pelican.

A scrape that cannot become an article is reported with its file name and
the reason, the rest of the site still builds, and at the end the build says
"built N of M scrapes" and exits with status 2 if N < M (Pelican itself
would exit 0 having silently dropped it).
"""

from __future__ import annotations

import datetime
import logging
import os
import sys
from pathlib import Path

from pelican import signals
from pelican.readers import BaseReader

from .cache import ExtractionCache
from .pipeline import Corpus, extract, prepare, prepare_one
from .source import DEFAULT_MAX_BYTES

logger = logging.getLogger(__name__)
LOG_PREFIX = "corpus:"

# Defaults of the plugin's settings; pelicanconf.py may override any of them.
DEFAULTS = {
    # Folder of raw scrapes, relative to PATH (content/). Every file in it is
    # counted as a scrape given to the build.
    "CORPUS_RAW_PATH": "raw",
    # Folder of curator records, relative to PATH.
    "CORPUS_CURATOR_PATH": "curator",
    # Larger scrapes are reported and skipped (see source.DEFAULT_MAX_BYTES).
    "CORPUS_MAX_SCRAPE_BYTES": DEFAULT_MAX_BYTES,
    # Category shown for articles whose outlet nobody knows.
    "CORPUS_UNKNOWN_OUTLET": "Unknown outlet",
    # Extraction results cached by content (cache.py), relative to the folder
    # the build runs in; None switches the cache off.
    "CORPUS_CACHE_PATH": "cache/corpus",
    # Processes extracting scrapes in the pre-pass; 1 = in the build's process.
    "CORPUS_WORKERS": None,  # None: os.cpu_count()
    # Groups of claims made by several outlets per comparison page
    # (compare.html, compare-2.html, ...). On a generated 1,000-article
    # corpus a group took about 13 KB of HTML (its table, and a chart when
    # its figures are disputed): 100 make a page of about 1.3 MB, well under
    # the 5 MB a page may weigh, and as many as a reader scrolls at a sitting.
    # (Larger groups weigh more: a page is also cut at 1,500 table rows,
    # explorer_generator.COMPARE_ROWS_PER_PAGE, whichever comes first.)
    "CORPUS_COMPARE_GROUPS_PER_PAGE": 100,
    # Claims only one outlet makes, per page (compare-single.html, ...): a
    # line each, about 500 bytes, so 1,000 make a page of about 0.5 MB.
    "CORPUS_SINGLE_CLAIMS_PER_PAGE": 1000,
}
# Pelican requires a date on every article; an undated scrape gets this one,
# which the theme never shows (it reads `published`, which stays None) and
# which sorts undated articles after dated ones.
UNDATED = datetime.datetime(1, 1, 1)


# Exit status of a build that skipped scrapes (1 is Pelican's own failure).
EXIT_SKIPPED = 2


class BuildReport:
    """What one build was given and what became of each scrape."""

    def __init__(self):
        self.given: list[str] = []
        self.skipped: dict[str, str] = {}
        self.warnings: dict[str, list[str]] = {}
        self.built: set[str] = set()
        self.corpus: Corpus | None = None

    def summary(self, built: int) -> str:
        return f"built {built} of {len(self.given)} scrapes"


REPORT = BuildReport()


def settings_with_defaults(settings) -> dict:
    return {name: settings.get(name, default) for name, default in DEFAULTS.items()}


class ScrapeReader(BaseReader):
    """Reads a raw ``.txt`` scrape into a cleaned, described article."""

    enabled = True
    file_extensions = ["txt"]

    def read(self, source_path):
        source_path = os.path.abspath(source_path)
        corpus = _corpus_for(self.settings)
        # Normally done by the pre-pass (on all cores, through the cache);
        # a scrape it has not seen is prepared here, the same way.
        prepared = corpus.prepared.get(source_path) or prepare_one(source_path, corpus)
        if prepared["status"] == "rejected":
            return self._skip(source_path, prepared["reason"])
        if prepared["status"] != "ok":
            return self._report_error(source_path, corpus)
        for warning in prepared["warnings"]:
            logger.warning("%s %s: %s", LOG_PREFIX, _relative(source_path, self.settings), warning)
            REPORT.warnings.setdefault(source_path, []).append(warning)
        # The page is built from the front-matter document, the same text
        # `make corpus` writes and the page links to: one record for all.
        metadata = self._metadata(prepared["record"])
        metadata["document"] = prepared["document"]
        metadata["raw_text"] = corpus.scrape(source_path).text
        return prepared["html"], metadata

    def _report_error(self, source_path, corpus):
        """A bug must not lose the other articles: extract again to log why."""
        try:
            extract(source_path, corpus)
        except Exception as error:
            logger.exception("%s error while extracting %s", LOG_PREFIX, source_path)
            return self._skip(source_path, f"internal error: {type(error).__name__}: {error}")
        return self._skip(source_path, "internal error while preparing the page")

    def _skip(self, source_path, reason):
        _say_skipped(_relative(source_path, self.settings), reason)
        REPORT.skipped[source_path] = reason
        return "", {"status": "skip", "title": Path(source_path).stem}

    def _metadata(self, record) -> dict:
        config = settings_with_defaults(self.settings)
        published = record["published"]
        date = datetime.datetime.fromisoformat(published) if published else UNDATED
        metadata = {
            "title": record["title"],
            "slug": record["slug"],
            "date": date,
            "category": self.process_metadata(
                "category", record["outlet"] or config["CORPUS_UNKNOWN_OUTLET"]
            ),
            "record": record,
        }
        if record["author"]:
            metadata["author"] = self.process_metadata("author", record["author"])
        return metadata


def _corpus_for(settings) -> Corpus:
    """The corpus of this build, loaded once: every scrape decoded once."""
    if REPORT.corpus is None:
        config = settings_with_defaults(settings)
        raw_dir = Path(settings["PATH"]) / config["CORPUS_RAW_PATH"]
        REPORT.corpus = Corpus(
            curator_dir=Path(settings["PATH"]) / config["CORPUS_CURATOR_PATH"],
            max_bytes=config["CORPUS_MAX_SCRAPE_BYTES"],
            root=Path(settings["PATH"]),
        )
        REPORT.corpus.load(str(p.resolve()) for p in sorted(raw_dir.rglob("*.txt")))
        # The pre-pass: every scrape extracted now, on all cores and through
        # the cache; read() then only hands each result to Pelican.
        cache_path = settings.get("CORPUS_CACHE_PATH", DEFAULTS["CORPUS_CACHE_PATH"])
        cache = ExtractionCache(cache_path) if cache_path else None
        prepare(REPORT.corpus, workers=settings.get("CORPUS_WORKERS"), cache=cache)
        if cache is not None:
            logger.info("%s cache %s: %d reused, %d extracted", LOG_PREFIX, cache_path,
                        cache.hits, cache.misses)
    return REPORT.corpus


def _say_skipped(name: str, reason: str) -> None:
    # One plain line per file on stderr, not through Pelican's log console,
    # which wraps long lines: "corpus: skipped NAME: REASON" stays greppable.
    print(f"{LOG_PREFIX} skipped {name}: {reason}", file=sys.stderr, flush=True)


def _relative(path, settings) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path(settings["PATH"]).resolve().parent))
    except ValueError:
        return str(path)


def start_report(generator):
    """A fresh report for each build (autoreload runs several in one process)."""
    global REPORT
    REPORT = BuildReport()
    config = settings_with_defaults(generator.settings)
    raw_dir = Path(generator.settings["PATH"]) / config["CORPUS_RAW_PATH"]
    given = sorted(
        str(p.resolve())
        for p in raw_dir.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(raw_dir).parts)
    )
    REPORT.given = given
    for path in given:
        if not path.endswith(".txt"):
            REPORT.skipped[path] = "not read: scrapes must be plain-text files ending in .txt"
            _say_skipped(_relative(path, generator.settings), REPORT.skipped[path])


def write_documents(generator, writer=None):
    """Write each article's front-matter document next to its page (.md)."""
    output = Path(generator.output_path)
    for article in generator.articles:
        target = output / (os.path.splitext(article.save_as)[0] + ".md")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(article.metadata["document"], encoding="utf-8")


def finish_report(pelican):
    """Say how many scrapes became articles; fail the build if any did not."""
    given = set(REPORT.given)
    for path in sorted(given - REPORT.built - set(REPORT.skipped)):
        REPORT.skipped[path] = "not built: Pelican dropped it (see the messages above)"
    summary = REPORT.summary(len(given & REPORT.built))
    print(f"{LOG_PREFIX} {summary}", flush=True)
    if REPORT.skipped:
        print(f"{LOG_PREFIX} {len(REPORT.skipped)} skipped:", file=sys.stderr)
        for path, reason in sorted(REPORT.skipped.items()):
            print(f"  {_relative(path, pelican.settings)}: {reason}", file=sys.stderr)
        sys.stderr.flush()
        # SystemExit passes through Pelican's error handler untouched: the
        # site is written, and the exit status says it is incomplete.
        sys.exit(EXIT_SKIPPED)


def note_built_articles(generator):
    for article in [*generator.articles, *generator.translations, *generator.drafts,
                    *generator.hidden_articles]:
        REPORT.built.add(str(Path(article.source_path).resolve()))


def add_reader(readers):
    readers.reader_classes["txt"] = ScrapeReader


def register():
    from . import explorer_generator, publish_generator
    from .search_generator import register_search

    # The claim explorer's pages and data files.
    explorer_generator.register()
    # The offline search: search/index.js, search/lunr.min.js, search.html.
    register_search()
    # 404.html; in the public copy also sitemap.xml and the Atom feed.
    publish_generator.register()
    # readers_init: the only hook that adds a reader for a new file type.
    signals.readers_init.connect(add_reader)
    # article_generator_init: runs at the start of every build, before any
    # scrape is read, so each build gets a fresh report and corpus.
    signals.article_generator_init.connect(start_report)
    # article_generator_finalized: the articles Pelican actually kept.
    signals.article_generator_finalized.connect(note_built_articles)
    # article_writer_finalized: pages are written; the documents go beside them.
    signals.article_writer_finalized.connect(write_documents)
    # finalized: everything is written; the report can count and fail.
    signals.finalized.connect(finish_report)
