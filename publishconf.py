"""Settings for the public copy (`make publish SITEURL=...`): absolute URLs
under the address the site is published at, an Atom feed, a sitemap and a
404 page. Reads pelicanconf.py first. See README.md, "Publishing".

The public address comes from the environment, never from this file, so the
same settings build a copy for any address:

    SITEURL=https://user.github.io/repo  (no trailing slash; a project site
                                           lives under /repo/)
    FEED_DOMAIN                           (optional) where the feed is
                                           served, if not at SITEURL
"""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

# The public address, e.g. https://user.github.io/repo (no trailing slash).
SITEURL = os.environ.get("SITEURL", "").strip().rstrip("/")
if not SITEURL:
    # Without it every link would start with "/" and point outside a project
    # site's /repo/ folder: refuse rather than build a broken public copy.
    raise SystemExit(
        "publishconf.py needs the public address: "
        "SITEURL=https://USER.github.io/REPO (or: make publish SITEURL=...)"
    )
FEED_DOMAIN = os.environ.get("FEED_DOMAIN", "").strip().rstrip("/") or SITEURL

# Every link, asset, feed entry and sitemap address is absolute (SITEURL/...):
# the only way 404.html works at any missing address under the site.
RELATIVE_URLS = False

# One Atom feed of the DATED articles, newest first, written by the corpus
# plugin (publish_generator.py). Pelican's own feed writer stays off: it
# would list undated articles under the placeholder date 0001-01-01 and date
# an empty feed with the build time. Pages link the feed (base.html).
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
CORPUS_FEED_ATOM = "feeds/all.atom.xml"

# sitemap.xml: every article, outlet, author, compare, sources, entity and
# provenance page; a date only where one is known (never the build time).
CORPUS_SITEMAP = "sitemap.xml"
