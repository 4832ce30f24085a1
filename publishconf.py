"""Settings for the public copy (`make publish`): absolute URLs under the
address the site is published at, plus feeds. See README.md, "Publishing".
"""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

# The public address, e.g. https://user.github.io/repo (no trailing slash).
SITEURL = os.environ.get("SITEURL", "").rstrip("/")
FEED_DOMAIN = os.environ.get("FEED_DOMAIN", SITEURL)
RELATIVE_URLS = False

FEED_ALL_ATOM = "feeds/all.atom.xml"
CATEGORY_FEED_ATOM = "feeds/{slug}.atom.xml"
