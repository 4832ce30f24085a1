"""What a public copy of the site needs beyond its pages: ``404.html``,
``sitemap.xml`` and an Atom feed of the dated articles.

A Pelican generator (so it may import Pelican), connected by ``register()``.
It runs after Pelican's own generators and the explorer's, so the articles,
outlets, authors and entities are in the shared context when it starts.

- ``404.html`` (always): the page a host shows for a missing address. With
  ``RELATIVE_URLS = False`` (publishconf.py) its links start with SITEURL and
  work at any depth under the site; see the template for the local build.
- ``sitemap.xml`` (setting ``CORPUS_SITEMAP``, and only with a SITEURL: a
  sitemap holds absolute addresses): every article, outlet, author, compare,
  sources, entity and provenance page, plus the home page and the indexes.
  ``<lastmod>`` is given only where a date is known - an article's date of
  publication - never the build time, so the file is the same at every build.
- The Atom feed (setting ``CORPUS_FEED_ATOM``, e.g. "feeds/all.atom.xml";
  only with a SITEURL). Pelican's own feed writer is left off
  (``FEED_ALL_ATOM = None``): it would put every undated article in the feed
  with the placeholder date 0001-01-01 the reader gives it, and an empty feed
  with the build time. This feed holds the dated articles only, newest first;
  its ``<updated>`` is the newest article's date. With no dated article at
  all, no feed is written and no page links to one.
"""

from __future__ import annotations

import datetime
import logging
import os
from pathlib import Path
from xml.sax.saxutils import escape

from feedgenerator import Atom1Feed, get_tag_uri
from pelican import signals
from pelican.generators import Generator

from .explorer_generator import (COMPARE_SAVE_AS, ENTITIES_SAVE_AS, ENTITY_SAVE_AS,
                                 PROVENANCE_SAVE_AS, SOURCES_SAVE_AS)

logger = logging.getLogger(__name__)

NOT_FOUND_SAVE_AS = "404.html"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def published_date(article) -> datetime.date | None:
    """The article's date of publication, or None: never the placeholder
    date Pelican requires on undated articles."""
    record = article.metadata.get("record") or {}
    value = record.get("published")
    return datetime.date.fromisoformat(value) if value else None


def named_authors(authors) -> list:
    """Authors some article's record names. If the AUTHOR setting is set,
    Pelican files unsigned articles under it; that catch-all is no person."""
    return [
        author for author, articles in authors
        if any((article.metadata.get("record") or {}).get("author") for article in articles)
    ]


def sitemap_entries(context) -> list[tuple[str, str | None]]:
    """(page URL relative to the site root, lastmod or None) for every page
    worth finding, sorted by URL."""
    entries: dict[str, str | None] = {}

    def add(url, lastmod=None):
        entries[str(url)] = lastmod

    articles = context.get("articles") or []
    add("index.html")
    for article in articles:
        date = published_date(article)
        add(article.url, date.isoformat() if date else None)
        add(PROVENANCE_SAVE_AS.format(slug=article.slug))
    add(context.get("CATEGORIES_SAVE_AS") or "outlets/index.html")
    for category, _ in context.get("categories") or []:
        add(category.url)
    add(context.get("AUTHORS_SAVE_AS") or "authors/index.html")
    for author in named_authors(context.get("authors") or []):
        add(author.url)
    add(COMPARE_SAVE_AS)
    for url in context.get("explorer_compare_pages") or []:
        add(url)
    add(SOURCES_SAVE_AS)
    add(ENTITIES_SAVE_AS)
    for entity in (context.get("explorer_entities") or {}).values():
        add(ENTITY_SAVE_AS.format(slug=entity["slug"]))
    return sorted(entries.items())


def sitemap_xml(siteurl: str, entries) -> str:
    """The sitemap text. The home page is listed as the site's address."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<urlset xmlns="{SITEMAP_NS}">']
    for url, lastmod in entries:
        loc = f"{siteurl}/" if url == "index.html" else f"{siteurl}/{url}"
        lines.append(f"  <url><loc>{escape(loc)}</loc>"
                     + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "") + "</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def dated_articles(articles) -> list:
    """Articles with a known date, newest first (then by title)."""
    dated = [a for a in articles if published_date(a)]
    return sorted(dated, key=lambda a: (-published_date(a).toordinal(), a.title, a.url))


def atom_feed(context, articles, feed_path: str) -> Atom1Feed:
    siteurl = context["SITEURL"]
    feed_domain = context.get("FEED_DOMAIN") or siteurl
    feed = Atom1Feed(
        title=context["SITENAME"],
        link=f"{siteurl}/",
        feed_url=f"{feed_domain}/{feed_path}",
        description=context.get("SITESUBTITLE") or "",
        subtitle=context.get("SITESUBTITLE") or None,
        language=context.get("DEFAULT_LANG") or None,
        # Atom needs an author for each entry: the compiler of the corpus
        # stands for the articles whose page names nobody.
        author_name=context.get("AUTHOR") or context["SITENAME"],
    )
    for article in articles:
        record = article.metadata["record"]
        date = published_date(article)
        when = datetime.datetime(date.year, date.month, date.day, tzinfo=datetime.timezone.utc)
        link = f"{siteurl}/{article.url}"
        outlet = getattr(getattr(article, "category", None), "name", None) or record.get("outlet")
        feed.add_item(
            title=article.title,
            link=link,
            unique_id=get_tag_uri(link, when),
            description=None,
            content=article.get_content(siteurl),
            categories=[outlet] if outlet else None,
            author_name=record.get("author") or None,
            pubdate=when,
            updateddate=when,
        )
    return feed


class PublishGenerator(Generator):
    """Writes 404.html always; sitemap.xml and the Atom feed for a public copy."""

    def generate_context(self):
        # Runs before any page is written: the pages link the feed (base.html)
        # only if it is written.
        self.feed_path = None
        feed_path = self.settings.get("CORPUS_FEED_ATOM")
        if feed_path and self.settings.get("SITEURL"):
            if dated_articles(self.context.get("articles") or []):
                self.feed_path = feed_path
            else:
                logger.warning("corpus: no article is dated: no Atom feed written")
        self.context["CORPUS_FEED_ATOM"] = self.feed_path
        if self.feed_path:
            self.context["FEED_ALL_ATOM"] = self.feed_path

    def generate_output(self, writer):
        writer.write_file(
            NOT_FOUND_SAVE_AS, self.get_template("404"), self.context,
            relative_urls=self.settings.get("RELATIVE_URLS", False),
            page_name="404", section=None,
        )
        siteurl = self.settings.get("SITEURL") or ""
        sitemap = self.settings.get("CORPUS_SITEMAP")
        if sitemap and siteurl:
            self._write_text(sitemap, sitemap_xml(siteurl, sitemap_entries(self.context)))
        if self.feed_path:
            feed = atom_feed(self.context, dated_articles(self.context.get("articles") or []),
                             self.feed_path)
            self._write_text(self.feed_path, feed.writeString("utf-8") + "\n")

    def _write_text(self, name: str, text: str) -> None:
        path = Path(self.output_path) / name
        os.makedirs(path.parent, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        logger.info('Writing "%s"', path)


def get_generators(pelican):
    return PublishGenerator


def register():
    """Connect the generator (called from the corpus plugin's register())."""
    signals.get_generators.connect(get_generators)
