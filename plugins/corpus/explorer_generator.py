"""The claim explorer's pages and data files, written after the articles.

A Pelican generator (so it may import Pelican): it reads the article records
the reader produced and writes

- compare.html      claims lined up across outlets, with charts (compare-2.html
                    and on when there are many groups), compare-single.html
                    (claims only one outlet makes) and timeline.html;
- sources.html      who cites whom, as a table and a diagram;
- entities/…        one page per person, organisation, place, aircraft, weapon;
- provenance/…      each raw scrape with every removed line and its rule;
- raw/…             a byte-for-byte copy of each raw scrape, as evidence;
- data/claims.json, data/claims.csv, data/articles.json  for other tools.

The computing is done by plain modules (compare, citations, charts, exports);
this module only hands their results to templates and files.
"""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path
from urllib.parse import quote

from pelican import signals
from pelican.generators import Generator

from .charts import citation_chart, quantity_chart, timeline_chart
from .citations import entity_index, who_cites_whom
from .compare import group_claims
from .exports import (article_jsonld, articles_json, claims_json, claims_rows,
                      jsonld_script_text, write_claims_csv)
from .pelican_plugin import settings_with_defaults

COMPARE_SAVE_AS = "compare.html"
# Later pages of the comparison: compare-2.html, compare-3.html, ...
COMPARE_PAGE_SAVE_AS = "compare-{number}.html"
SINGLE_SAVE_AS = "compare-single.html"
SINGLE_PAGE_SAVE_AS = "compare-single-{number}.html"
TIMELINE_SAVE_AS = "timeline.html"
# Table rows (claims) per comparison page, whatever the number of groups: on
# the generated 1,000-article corpus the second page of 100 groups held the
# largest groups and weighed 4.75 MB, at about 1.5 KB a row with its chart
# share; 1,500 rows keep a page near 2 MB.
COMPARE_ROWS_PER_PAGE = 1500
SOURCES_SAVE_AS = "sources.html"
ENTITIES_SAVE_AS = "entities/index.html"
ENTITY_SAVE_AS = "entities/{slug}.html"
PROVENANCE_SAVE_AS = "provenance/{slug}.html"
# Raw copies keep their place under content/ (e.g. raw/001_x.txt).
RAW_SAVE_AS = "{file}"
DATA_FILES = ("data/claims.json", "data/claims.csv", "data/articles.json")
ENTITY_TYPES = ("person", "organisation", "place", "aircraft", "weapon", "outlet")


def _records(articles) -> list[dict]:
    return [article.metadata["record"] for article in articles]


class ExplorerGenerator(Generator):
    """Writes the comparison, sources, entity and provenance pages."""

    def generate_context(self):
        articles = sorted(self.context.get("articles", []), key=lambda a: a.metadata["record"]["key"])
        records = _records(articles)
        self.articles = articles
        self.records = records
        self.groups = group_claims(records)
        self.citations = who_cites_whom(records)
        self.entities = entity_index(records)
        for group in self.groups:
            if group["kind"] == "quantity" and len(group["outlets"]) > 1:
                group["chart"] = quantity_chart(group, chart_id="chart-" + group["id"])
        for article in articles:
            record = article.metadata["record"]
            article.provenance_url = PROVENANCE_SAVE_AS.format(slug=article.slug)
            article.document_url = os.path.splitext(article.url)[0] + ".md"
            article.raw_url = quote(RAW_SAVE_AS.format(file=record["file"]))
            site = self.settings.get("SITEURL") or ""
            page_url = f"{site}/{article.url}" if site else article.url
            article.jsonld = jsonld_script_text(article_jsonld(record, page_url))
        multi = [g for g in self.groups if len(g["outlets"]) > 1]
        single = [(cell["outlet"], entry) for g in self.groups if len(g["outlets"]) <= 1
                  for cell in g["cells"] for entry in cell["claims"]]
        settings = settings_with_defaults(self.settings)
        self.compare_pages = paged(multi, settings["CORPUS_COMPARE_GROUPS_PER_PAGE"],
                                   COMPARE_SAVE_AS, COMPARE_PAGE_SAVE_AS,
                                   weight=table_rows, max_weight=COMPARE_ROWS_PER_PAGE)
        self.single_pages = paged(single, settings["CORPUS_SINGLE_CLAIMS_PER_PAGE"],
                                  SINGLE_SAVE_AS, SINGLE_PAGE_SAVE_AS)
        self.context.update(
            # Every page of the comparison, for the sitemap.
            explorer_compare_pages=[p["save_as"] for p in self.compare_pages + self.single_pages]
            + [TIMELINE_SAVE_AS],
            explorer_groups=self.groups,
            explorer_entities=self.entities,
            COMPARE_URL=COMPARE_SAVE_AS,
            SOURCES_URL=SOURCES_SAVE_AS,
            ENTITIES_URL=ENTITIES_SAVE_AS,
            DATA_FILES=DATA_FILES,
        )

    def generate_output(self, writer):
        relative = self.settings.get("RELATIVE_URLS", False)

        def page(save_as, template, **values):
            values.setdefault("section", None)
            writer.write_file(save_as, self.get_template(template), self.context,
                              relative_urls=relative, page_name=os.path.splitext(save_as)[0],
                              **values)

        compare_pages, single_pages = self.compare_pages, self.single_pages
        links = {"single_url": SINGLE_SAVE_AS, "single_count": single_pages[0]["total"],
                 "timeline_url": TIMELINE_SAVE_AS, "group_count": compare_pages[0]["total"]}
        for current in compare_pages:
            page(current["save_as"], "compare", groups=current["items"], pager=current,
                 section="compare", **links)
        for current in single_pages:
            page(current["save_as"], "compare_single", claims=current["items"], pager=current,
                 section="compare", **links)
        page(TIMELINE_SAVE_AS, "timeline", timeline=timeline_chart(self.records),
             section="compare", **links)
        page(SOURCES_SAVE_AS, "sources", citations=self.citations,
             citation_svg=citation_chart(self.citations), section="sources")
        by_type = {t: [e for e in self.entities.values() if e["type"] == t] for t in ENTITY_TYPES}
        by_type = {t: sorted(es, key=lambda e: (-e["count"], e["name"].casefold())) for t, es in by_type.items() if es}
        page(ENTITIES_SAVE_AS, "entities", entities_by_type=by_type, section="entities")
        for entity in self.entities.values():
            page(ENTITY_SAVE_AS.format(slug=entity["slug"]), "entity", entity=entity, section="entities")
        for article in self.articles:
            page(article.provenance_url, "provenance", article=article,
                 raw_lines=_raw_lines(article.metadata["record"], article.metadata.get("raw_text", "")))
        self._write_evidence_and_data()

    def _write_evidence_and_data(self):
        output = Path(self.output_path)
        for article in self.articles:
            record = article.metadata["record"]
            target = output / RAW_SAVE_AS.format(file=record["file"])
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(article.source_path, target)  # byte for byte: the evidence
        data = output / "data"
        data.mkdir(parents=True, exist_ok=True)
        (data / "claims.json").write_text(claims_json(self.records), encoding="utf-8")
        (data / "articles.json").write_text(articles_json(self.records), encoding="utf-8")
        buffer = io.StringIO(newline="")
        write_claims_csv(claims_rows(self.records), buffer)
        (data / "claims.csv").write_bytes(buffer.getvalue().encode("utf-8"))


def paged(items: list, per_page: int, first_save_as: str, later_save_as: str,
          weight=None, max_weight: int | None = None) -> list[dict]:
    """The items cut into pages: [{"number", "save_as", "items", "first",
    "last" (1-based item numbers), "total", "pages": [(number, save_as)]}].

    A page holds at most ``per_page`` items and, with ``weight``, items of
    at most ``max_weight`` in all (an item heavier than that alone on its
    page). There is always a first page, empty if there are no items."""
    cuts, load, start = [], 0, 0
    for index, item in enumerate(items):
        heavy = weight(item) if weight else 0
        if index > start and (index - start >= per_page
                              or (max_weight is not None and load + heavy > max_weight)):
            cuts.append((start, index))
            start, load = index, 0
        load += heavy
    cuts.append((start, len(items)))
    names = [(n, first_save_as if n == 1 else later_save_as.format(number=n))
             for n in range(1, len(cuts) + 1)]
    return [{"number": n, "save_as": save_as, "total": len(items), "pages": names,
             "items": items[begin:end], "first": min(len(items), begin + 1), "last": end}
            for (n, save_as), (begin, end) in zip(names, cuts)]


def table_rows(group: dict) -> int:
    """Rows of a group's table on the comparison page: its claims and the
    outlets that do not say it."""
    return group["claim_count"] + len(group.get("outlets_missing") or [])


def _raw_lines(record: dict, raw_text: str) -> list[dict]:
    """Every raw line with what became of it: kept as which block, or removed by which rule."""
    fate = {}
    for block in record.get("blocks", []):
        for line in block["lines"]:
            fate[line] = ("kept", block["kind"])
    for removal in record.get("removed", []):
        kind, _ = fate.get(removal["line"], (None, None))
        # A caption kept with an image-viewer link cut off it is both.
        fate[removal["line"]] = ("partly", removal["rule"]) if kind == "kept" else ("removed", removal["rule"])
    rows = []
    for number, text in enumerate(raw_text.split("\n"), start=1):
        status, label = fate.get(number, ("blank", "") if not text.strip() else ("kept", "body"))
        rows.append({"number": number, "text": text, "status": status, "label": label})
    return rows


def get_generators(pelican):
    return ExplorerGenerator


def register():
    # get_generators: our generator runs after Pelican's, so the articles
    # (and their records) are in the shared context when it starts.
    signals.get_generators.connect(get_generators)
