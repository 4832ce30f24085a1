"""The sources page stays readable when a source is credited in many claims."""

from pathlib import Path

import jinja2
from bs4 import BeautifulSoup

TEMPLATES = Path(__file__).resolve().parents[1] / "themes" / "corpus" / "templates"


def render_sources(anchor_count: int) -> BeautifulSoup:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)))
    source = {"name": "Wire Agency", "kind": "agency", "count": anchor_count, "via": [],
              "anchors": [f"articles/a.html#c-{n:04d}" for n in range(anchor_count)]}
    citations = {"by_outlet": {"Daily": {"credits": anchor_count, "sources": [source]}},
                 "by_source": {}}
    html = env.get_template("sources.html").render(
        SITEURL=".", SITENAME="Corpus", citations=citations, citation_svg="")
    return BeautifulSoup(html, "html.parser")


def test_a_source_credited_in_many_claims_links_a_few_and_counts_the_rest():
    cell = render_sources(40).select("table tbody tr td")[-1]
    links = [a["href"] for a in cell.select("a")]
    assert links[:12] == [f"./articles/a.html#c-{n:04d}" for n in range(12)]
    assert links[12:] == ["./data/claims.csv"]
    assert "and 28 more" in cell.get_text()


def test_a_source_credited_in_few_claims_links_them_all():
    cell = render_sources(5).select("table tbody tr td")[-1]
    assert [a["href"] for a in cell.select("a")] == [f"./articles/a.html#c-{n:04d}" for n in range(5)]
    assert "more" not in cell.get_text()
