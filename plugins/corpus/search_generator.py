"""The Pelican side of the offline search: writes the index at build time.

``register_search()`` (called from the corpus plugin's ``register()``) adds a
generator that, after the articles are read, writes into the output folder:

- ``search/index.js``: the index and the result store, one plain script
  calling ``window.CorpusSearch.setIndex({...})`` (``search_index``); for a
  large corpus, their header and the names of the part files holding the
  rest (``search/index-<n>-<digest>.js``, each at most
  CORPUS_SEARCH_PART_BYTES, default ``search_index.PART_BYTES``);
- ``search/lunr.min.js``: lunr.js, copied from ``node_modules/lunr`` (the
  version package.json pins; never committed, never from a CDN);
- ``search.html``: the search page, from the theme's ``search.html`` -
  unless ``"search"`` is in DIRECT_TEMPLATES, in which case Pelican writes it.

search.js (theme static) loads them only when a search is wanted.
The only module of the search that imports Pelican.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from pelican import signals
from pelican.generators import Generator

from . import search_index
from .search_index import ArticleInput

logger = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]
# Where lunr.js is taken from; CORPUS_LUNR_DIR may point elsewhere.
DEFAULT_LUNR_DIR = ROOT / "node_modules" / "lunr"
SEARCH_DIR = "search"
LUNR_SAVE_AS = "search/lunr.min.js"


class SearchBuildError(Exception):
    """The search could not be written; the build must fail, not ship without it."""

    exitcode = 2


def articles_for_search(articles) -> list[ArticleInput]:
    inputs = []
    for article in articles:
        record = article.metadata.get("record") or {
            "title": article.title, "blocks": [], "claims": [],
        }
        category = getattr(article, "category", None)
        inputs.append(ArticleInput(
            url=article.url,
            title=article.title,
            outlet=getattr(category, "name", None) or record.get("outlet") or "",
            record=record,
        ))
    return inputs


def lunr_script(settings) -> bytes:
    lunr_dir = Path(settings.get("CORPUS_LUNR_DIR") or DEFAULT_LUNR_DIR)
    package = lunr_dir / "package.json"
    script = lunr_dir / "lunr.min.js"
    if not script.is_file() or not package.is_file():
        raise SearchBuildError(
            f"search: lunr.js not found in {lunr_dir}; run `make install` (npm ci) first"
        )
    version = json.loads(package.read_text(encoding="utf-8")).get("version")
    if version != search_index.LUNR_JS_VERSION:
        raise SearchBuildError(
            f"search: {lunr_dir} holds lunr {version}; the index is made for "
            f"lunr {search_index.LUNR_JS_VERSION} (package.json pins it)"
        )
    return script.read_bytes()


def search_files(payload: dict, settings) -> dict[str, str]:
    """The files of search/ (name -> text), none over the size limit."""
    part_bytes = int(settings.get("CORPUS_SEARCH_PART_BYTES") or search_index.PART_BYTES)
    if part_bytes > search_index.MAX_FILE_BYTES:
        raise SearchBuildError(
            f"search: CORPUS_SEARCH_PART_BYTES is {part_bytes:,}; no search file may pass "
            f"{search_index.MAX_FILE_BYTES:,} bytes"
        )
    try:
        return search_index.render_files(payload, part_bytes)
    except ValueError as error:
        raise SearchBuildError(f"search: {error}") from error


class SearchGenerator(Generator):
    """Writes search/index.js (and its parts), search/lunr.min.js and search.html."""

    def generate_context(self):
        pass

    def generate_output(self, writer):
        articles = self.context.get("articles") or []
        built = search_index.build(articles_for_search(articles))
        files = search_files(built.payload, self.settings)
        self._remove_old_parts(files)
        for name, text in files.items():
            self._write_bytes(f"{SEARCH_DIR}/{name}", text.encode("utf-8"))
        self._write_bytes(LUNR_SAVE_AS, lunr_script(self.settings))
        logger.info(
            "search: %d articles, %d claims, %d bytes in %d file(s), the largest %d bytes",
            len(built.payload["a"]), len(built.payload["c"]), sum(map(len, files.values())),
            len(files), max(map(len, files.values())),
        )
        if "search" not in self.settings.get("DIRECT_TEMPLATES", ()):
            writer.write_file(
                "search.html",
                self.get_template("search"),
                self.context,
                relative_urls=self.settings.get("RELATIVE_URLS", False),
                template_name="search",
                page_name="search",
                url="search.html",
            )

    def _remove_old_parts(self, files) -> None:
        folder = Path(self.output_path) / SEARCH_DIR
        if folder.is_dir():
            for path in folder.iterdir():
                if search_index.PART_NAME.fullmatch(path.name) and path.name not in files:
                    path.unlink()

    def _write_bytes(self, name: str, data: bytes) -> None:
        path = Path(self.output_path) / name
        os.makedirs(path.parent, exist_ok=True)
        path.write_bytes(data)
        logger.info('Writing "%s"', path)


def get_generators(pelican):
    return SearchGenerator


def register_search():
    """Connect the search to Pelican's signals (once per process)."""
    signals.get_generators.connect(get_generators)


# Pelican also accepts this module as a plugin of its own
# (PLUGINS = [..., "corpus.search_generator"]).
register = register_search
