"""Shared helpers of the search tests (tests/test_search_*.py); no tests here.

- ``run_node``: run one of tests/js/*.js with Node, failing clearly without it;
- ``sample_records``: a small corpus shaped like content/raw (the same
  weekday, surnames, "99 soldiers", "S-300", "Maiquetía", chrome lines) plus
  articles with hostile text, several outlets and an undated one;
- ``build_sample_site``: a real Pelican build of those records with the
  corpus theme and the search generator (a stand-in reader replaces the
  extraction pipeline, so these tests depend only on the search code);
- ``PARITY_QUERIES``: queries compared between lunr.py and lunr.js.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def load_search_bench():
    """bench/search_bench.py as a module (the bench is not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("search_bench", REPO_ROOT / "bench" / "search_bench.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
sys.path.insert(0, str(REPO_ROOT / "plugins"))

from corpus import search_index  # noqa: E402
from corpus.search_index import ArticleInput  # noqa: E402

NODE = shutil.which("node")
JS_DIR = REPO_ROOT / "tests" / "js"
WORD_LIST = REPO_ROOT / "node_modules" / "an-array-of-english-words" / "index.json"

# Queries for the lunr.py / lunr.js comparison: plain words, the specification's
# cases, every kind of lunr syntax, and queries lunr must refuse.
PARITY_QUERIES = [
    "Saturday", "saturday", "Sunday", "monday", "Tuesday",
    "99 soldiers", "soldiers", "S-300", "s-300 missiles",
    "Mayorca", "Zakharova", "Guaido", "Maduro", "Blevins",
    "Maiquetía", "Maiquetia", "MAIQUETIA", "maiquetía airport",
    "title:russia", "body:troops", "claim:troops", "source:zakharova",
    "entities:venezuela", "outlet:amn", "author:blevins",
    "maiquet*", "sold*", "*port", "t*ps", "mayorka~1", "zaharova~2", "saturdy~1",
    "+russia +troops", "+russia -maduro", "-maduro", "russia^10 troops",
    "title:russia^5 claim:troops", "russia's", "Venezuela’s troops",
    "Akismet", "Telegram", "the", "zzzz", "strasse", "Łódź",
    "script", "onerror", "alert", "—", "+— russia", "“", "& troops",
]
# Queries lunr refuses (a QueryParseError in both).
BAD_QUERIES = ["title:", "nosuchfield:russia", "russia~", "russia^", ":"]


def run_node(script: str, *args, node_args=(), env=None, timeout: int = 900):
    """Run tests/js/<script> with Node from the repository root."""
    assert NODE, "Node.js (`node`) is needed for the search tests and was not found on PATH"
    assert (REPO_ROOT / "node_modules" / "lunr" / "lunr.js").is_file(), (
        "node_modules/lunr is missing: run `make install` (npm ci)"
    )
    return subprocess.run(
        [NODE, *node_args, str(JS_DIR / script), *map(str, args)],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=timeout,
        env={**os.environ, **(env or {})},
    )


def run_node_cases(script: str, tmp_path, cases: list, expected_passes: int, failure: str):
    """Run the Node test tests/js/<script> on ``cases`` (written to a fixture
    file it reads from CORPUS_SEARCH_FIXTURE); fail with its report unless
    exactly ``expected_passes`` of its tests ran and all passed."""
    fixture = tmp_path / (Path(script).stem + ".json")
    fixture.write_text(json.dumps({"cases": cases}), encoding="utf-8")
    result = run_node(script, node_args=["--test", "--test-reporter=tap"],
                      env={"CORPUS_SEARCH_FIXTURE": str(fixture)})
    report = result.stdout[-12000:] + "\n" + result.stderr[-4000:]
    assert result.returncode == 0, f"{failure}:\n{report}"
    passed = re.search(r"^# pass (\d+)$", result.stdout, re.MULTILINE)
    failed = re.search(r"^# fail (\d+)$", result.stdout, re.MULTILINE)
    assert passed and failed, f"no test summary from node --test:\n{report}"
    assert (int(passed.group(1)), int(failed.group(1))) == (expected_passes, 0), report
    return result


# ------------------------------------------------------------------ records

HOSTILE_TITLE = '<script>alert("title")</script> </script><!-- & \u2028 \u2029 "quotes" Hostile'
HOSTILE_BODY = (
    'A hostile body <img src=x onerror=alert(1)> and </script><script>alert(2)</script> '
    "with \u2028line and \u2029paragraph separators, ]]> and <!-- comment --> marks."
)


def _claim(cid, text, source=None, entities=(), hedged=False):
    return {
        "id": cid,
        "text": text,
        "quantities": [],
        "attribution": {"source": source, "cue": "said"} if source else None,
        "hedged": hedged,
        "hedges": [],
        "entities": [{"name": name, "type": "other", "as_written": name} for name in entities],
        "dates": [],
        "paragraph": None,
        "line": None,
    }


def _record(key, title, outlet, author, published, paragraphs, claims, removed, url=None):
    blocks = [{"kind": "title", "lines": [1], "text": title}]
    if author:
        blocks.append({"kind": "byline", "lines": [2], "text": author})
    for number, text in enumerate(paragraphs):
        blocks.append({"kind": "body", "lines": [number + 3], "text": text})
    for claim in claims:
        for number, text in enumerate(paragraphs):
            if claim["text"] in text:
                claim["paragraph"] = number
    words = sum(len(p.split()) for p in paragraphs)
    return {
        "key": key,
        "slug": key.replace("_", "-"),
        "title": title,
        "author": author,
        "outlet": outlet,
        "url": url,
        "published": published,
        "provenance": {
            name: {"value": value, "origin": "page" if value else "missing", "evidence": ""}
            for name, value in (("title", title), ("author", author), ("outlet", outlet),
                                ("published", published), ("url", url))
        },
        "note": None,
        "source": None,
        "stats": {"raw_lines": len(paragraphs) + len(removed) + 2,
                  "removed_lines": len(removed), "kept_lines": len(paragraphs) + 2, "words": words},
        "body": "\n\n".join(paragraphs) + "\n",
        "blocks": blocks,
        "removed": [{"line": 90 + i, "text": text, "rule": "site-chrome"} for i, text in enumerate(removed)],
        "claims": claims,
        "warnings": [],
    }


def sample_records() -> list[dict]:
    """A small corpus like content/raw, plus hostile and edge-case articles."""
    saturday = ("Reports claim that two Russian military planes landed at Venezuela’s main "
                "airport on Saturday, carrying around 100 troops and 35 tons of equipment.")
    mayorca = "According to Javier Mayorca and shown on photographs posted by Federico Black."
    soldiers = ("“This Afternoon a retinue of 99 Russian soldiers arrived at the airport of "
                "Maiquetía, under the command of the chief of staff of the ground forces.”")
    s300 = ("Meanwhile, satellite imagery showed that the Venezuelan military deployed more "
            "Russian S-300 missile defense systems at an airbase south of Caracas.")
    zakharova = ("Russian Foreign Ministry spokeswoman Maria Zakharova confirmed late Tuesday that "
                 "military personnel had been sent in strict accordance with their agreement.")
    records = [
        _record(
            "000_troops", "Reports Claim Russia Sending Troops To Venezuela As Guaido Promises Military Will Turn On Maduro",
            "Mind Unleashed", "Rachel Blevins", "2019-03-25",
            [
                "Reports are claiming that two Russian air force planes transported dozens of troops "
                "and equipment to Venezuela’s main airport over the weekend.",
                saturday + " Diplomatic sources in Caracas said that Russian military personnel "
                "arrived to take part in bilateral consultations.",
                "Although Venezuela’s military has stood by Maduro, Guaido claimed that around 80 percent "
                "of military members are convinced of the need for a change.",
            ],
            [_claim("c-000-1", saturday, entities=("Venezuela",))],
            ["This site uses Akismet to reduce spam. Learn how your comment data is processed.",
             "Share on Telegram and WhatsApp"],
        ),
        _record(
            "001_maiquetia", "Russian Air Force planes land in Caracas with 99 soldiers",
            "South Front", None, "2019-03-24",
            [
                "Two Russian Air Force planes landed in Caracas on March 23rd. " + mayorca,
                "The IL-62M and the Antonov 124 landed at Maiquetía International Airport.",
                "Mayorca tweeted regarding the arrival: " + soldiers,
                s300,
            ],
            [
                _claim("c-001-1", mayorca, entities=("Javier Mayorca", "Federico Black")),
                _claim("c-001-2", soldiers, source="Javier Mayorca", entities=("Maiquetía",)),
                _claim("c-001-3", s300, entities=("Caracas",)),
            ],
            ["Support SouthFront on Patreon", "Follow us on Telegram"],
        ),
        _record(
            "002_zakharova", "Russia confirms it has troops in Venezuela: reports",
            "AMN", "News Desk", "2019-03-27",
            [zakharova, "Zakharova said Russia is fulfilling its obligations under the contracts."],
            [_claim("c-002-1", zakharova, source="Maria Zakharova", entities=("Russia",))],
            ["Join our brand new verified AMN Telegram channel and get important news uncensored!"],
        ),
        _record(
            "003_undated", "Putin sends troops to Venezuela", None, None, None,
            ["Israel-based Image Satellite International shared alleged satellite images of the "
             "deployment of Russia-made S-300 air defence missiles near Łódź and the Straße café."],
            [],
            ["Writer's picture KiAfriqa", "top of page"],
        ),
        _record(
            "004_hostile", HOSTILE_TITLE, "Hostile <b>Outlet</b>", "</script> Author", "2019-03-22",
            [HOSTILE_BODY, "It says onerror and alert as plain words, and Saturday again."],
            [_claim("c-004-1", HOSTILE_BODY, source="<img src=x onerror=alert(3)>")],
            ["Comment form chrome Akismet"],
        ),
    ]
    return copy.deepcopy(records)


def article_inputs(records, url_pattern="articles/{slug}.html", unknown_outlet="Unknown outlet"):
    return [
        ArticleInput(
            url=url_pattern.format(slug=r["slug"]),
            title=r["title"],
            outlet=r["outlet"] or unknown_outlet,
            record=r,
        )
        for r in records
    ]


# -------------------------------------------------------------- sample site

_READER_PLUGIN = '''
"""Test stand-in for the corpus reader: reads *.record (a record as JSON)."""
import datetime
import html
import json

from pelican import signals
from pelican.readers import BaseReader

from corpus.search_generator import register_search


def _paragraph(text, claims):
    out, cursor = [], 0
    for claim in claims:
        start = text.find(claim["text"], cursor)
        if start < 0:
            continue
        out.append(html.escape(text[cursor:start]))
        out.append('<span class="claim" id="%s">%s</span>' % (html.escape(claim["id"]), html.escape(claim["text"])))
        cursor = start + len(claim["text"])
    out.append(html.escape(text[cursor:]))
    return "<p>" + "".join(out) + "</p>"


class RecordReader(BaseReader):
    enabled = True
    file_extensions = ["record"]

    def read(self, source_path):
        with open(source_path, encoding="utf-8") as f:
            record = json.load(f)
        body = [b for b in record["blocks"] if b["kind"] == "body"]
        content = "\\n".join(
            _paragraph(b["text"], [c for c in record["claims"] if c.get("paragraph") == i])
            for i, b in enumerate(body)
        )
        published = record["published"]
        metadata = {
            "title": record["title"],
            "slug": record["slug"],
            "date": datetime.datetime.fromisoformat(published) if published else datetime.datetime(1, 1, 1),
            "category": self.process_metadata("category", record["outlet"] or "Unknown outlet"),
            "record": record,
        }
        if record["author"]:
            metadata["author"] = self.process_metadata("author", record["author"])
        return content, metadata


def add_reader(readers):
    readers.reader_classes["record"] = RecordReader


def register():
    signals.readers_init.connect(add_reader)
    register_search()
'''

_SETTINGS = '''
import sys
sys.path.insert(0, {repo!r})
from pelicanconf import *  # noqa

PATH = {content!r}
ARTICLE_PATHS = ["records"]
THEME = {theme!r}
PLUGIN_PATHS = [{plugins!r}, {repo_plugins!r}]
PLUGINS = ["search_sample_reader"]
'''


def build_sample_site(work_dir: Path, records=None, extra_settings=None) -> Path:
    """Build ``records`` (default: ``sample_records()``) with Pelican, the corpus
    theme and the search generator into ``work_dir/output``; return that folder.
    ``extra_settings``: Pelican settings to add (name -> value)."""
    work_dir = Path(work_dir)
    content = work_dir / "content"
    (content / "records").mkdir(parents=True, exist_ok=True)
    plugins = work_dir / "plugins"
    plugins.mkdir(exist_ok=True)
    (plugins / "search_sample_reader.py").write_text(textwrap.dedent(_READER_PLUGIN), encoding="utf-8")
    for record in records if records is not None else sample_records():
        (content / "records" / f"{record['key']}.record").write_text(
            json.dumps(record, ensure_ascii=False), encoding="utf-8"
        )
    settings = work_dir / "samplesettings.py"
    settings.write_text(_SETTINGS.format(
        repo=str(REPO_ROOT), content=str(content), theme=str(REPO_ROOT / "themes" / "corpus"),
        plugins=str(plugins), repo_plugins=str(REPO_ROOT / "plugins"),
    ) + "".join(f"{name} = {value!r}\n" for name, value in (extra_settings or {}).items()),
        encoding="utf-8")
    output = work_dir / "output"
    env = {"PYTHONPATH": str(REPO_ROOT / "plugins"), "PYTHONHASHSEED": "0"}
    result = subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-o", str(output), "-s", str(settings)],
        cwd=REPO_ROOT, env={**os.environ, **env}, capture_output=True, text=True,
        timeout=300,
    )
    assert result.returncode == 0, (
        f"sample site build failed ({result.returncode}):\n{result.stdout[-5000:]}\n{result.stderr[-5000:]}"
    )
    return output


def read_index_script(output: Path) -> dict:
    """The payload a built site's search/ files hold (parts joined)."""
    return search_index.parse_files(search_index.read_files(Path(output) / "search"))
