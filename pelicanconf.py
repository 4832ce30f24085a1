"""Settings for building the site on your machine (`make html`, `make serve`).

Every setting is explained in README.md ("Settings"). Links are relative, so
the built `output/` folder works opened from disk, served at /, or served
under a sub-path. publishconf.py adds what a public copy needs.
"""

SITENAME = "Corpus explorer"
SITESUBTITLE = "Russian military flights to Caracas, 22–24 March 2019"
SITEURL = ""
RELATIVE_URLS = True

PATH = "content"
ARTICLE_PATHS = ["raw"]
PAGE_PATHS = []
STATIC_PATHS = []
# Raw scrapes are read by the corpus plugin only. Pelican's own readers are
# switched off so that a scrape saved as .html or .md is reported, never
# rendered with its markup live.
READERS = {ext: None for ext in ("html", "htm", "rst", "md", "markdown", "mkd", "mdown")}

THEME = "themes/corpus"
PLUGIN_PATHS = ["plugins"]
PLUGINS = ["corpus"]

# The corpus plugin's own settings (defaults shown).
CORPUS_RAW_PATH = "raw"  # scrapes, under content/
CORPUS_CURATOR_PATH = "curator"  # curator records, under content/
CORPUS_MAX_SCRAPE_BYTES = 8 * 1024 * 1024  # larger scrapes are reported, not built
CORPUS_UNKNOWN_OUTLET = "Unknown outlet"

TIMEZONE = "UTC"
DEFAULT_LANG = "en"
# Never invent a date: not the build date, not a file's modification time.
DEFAULT_DATE = None


def _newest_first_undated_last(article):
    """Home page order: dated articles newest first, then the undated, by title."""
    published = article.metadata["record"]["published"]
    if published is None:
        return (1, 0, article.title)
    year, month, day = (int(part) for part in published.split("-"))
    return (0, -(year * 10000 + month * 100 + day), article.title)


ARTICLE_ORDER_BY = _newest_first_undated_last

# Every URL ends in .html so links work when the folder is opened from disk.
ARTICLE_URL = ARTICLE_SAVE_AS = "articles/{slug}.html"
CATEGORY_URL = CATEGORY_SAVE_AS = "outlets/{slug}.html"
AUTHOR_URL = AUTHOR_SAVE_AS = "authors/{slug}.html"
CATEGORIES_SAVE_AS = "outlets/index.html"
AUTHORS_SAVE_AS = "authors/index.html"
TAGS_SAVE_AS = TAG_SAVE_AS = ""
ARCHIVES_SAVE_AS = ""
DIRECT_TEMPLATES = ["index", "categories", "authors"]
# The home page and each outlet's page list 100 articles a page (index.html,
# index-2.html, ...): a list of 10,000 articles would make an 8 MB page.
# Author pages list only an author's signed articles, on one page.
DEFAULT_PAGINATION = 100
PAGINATED_TEMPLATES = {"index": None, "category": None}
PAGINATION_PATTERNS = [
    (1, "{name}{extension}", "{name}{extension}"),
    (2, "{name}-{number}{extension}", "{name}-{number}{extension}"),
]

# No feeds while working locally; publishconf.py turns them on.
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

# Output must be byte-identical for the same input: no caching between
# builds, nothing from the clock.
LOAD_CONTENT_CACHE = False
CACHE_CONTENT = False
DELETE_OUTPUT_DIRECTORY = True
