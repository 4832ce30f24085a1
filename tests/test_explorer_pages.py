"""The claim explorer's pages and data files, on the built seed site."""

import csv
import io
import json
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

from bs4 import BeautifulSoup

REPO = Path(__file__).resolve().parents[1]


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def resolve(site: Path, page: Path, href: str) -> tuple[Path, str]:
    """The file and fragment a relative link on ``page`` points at."""
    base = page.relative_to(site).as_posix()
    target = urlparse(urljoin("http://x/" + base, href))
    return site / unquote(target.path.lstrip("/")), target.fragment


def test_every_comparison_cell_links_to_its_sentence(built_site):
    page = built_site / "compare.html"
    links = soup_of(page).select("a.claim-link")
    assert len(links) > 20
    for link in links:
        target, fragment = resolve(built_site, page, link["href"])
        assert target.is_file(), link["href"]
        sentence = soup_of(target).find(id=fragment)
        assert sentence is not None and "claim" in sentence.get("class", []), link["href"]
        assert sentence.get_text() == link.get_text(), link["href"]


def test_comparison_shows_the_troop_count_disagreement(built_site):
    soup = soup_of(built_site / "compare.html")
    group = next(s for s in soup.select("section.claim-group") if "personnel" in s.h2.get_text())
    text = group.get_text(" ")
    for figure in ("99", "around 100", "about 100", "almost 100", "dozens"):
        assert figure in text, figure
    outlets = {th.get_text(strip=True) for th in group.select("tbody th")}
    assert {"SouthFront", "KiAfriqa", "AMN (Al-Masdar News)", "Rachel Blevins (blog)"} <= outlets


def test_comparison_puts_both_aircraft_spellings_in_one_group(built_site):
    soup = soup_of(built_site / "compare.html")
    group = next(s for s in soup.select("section.claim-group") if "aircraft" in s.h2.get_text().lower())
    text = group.get_text(" ")
    assert "IL-62M" in text and "Antomov 124" in text  # SouthFront's spelling
    assert "Ilyushin IL-62" in text and "Antonov AN-124" in text  # KiAfriqa's


def test_charts_have_text_alternatives(built_site):
    for name in ("compare.html", "timeline.html", "sources.html"):
        for svg in soup_of(built_site / name).find_all("svg"):
            assert svg.get("role") == "img"
            assert svg.find("title") and svg.find("title").get_text(strip=True)
            assert svg.find("desc") and svg.find("desc").get_text(strip=True)


def test_sources_page_names_who_each_outlet_credits(built_site):
    text = soup_of(built_site / "sources.html").get_text(" ")
    for source in ("Sputnik", "Javier Mayorca", "Maria Zakharova"):
        assert source in text


def test_entity_pages_list_mentions_across_outlets(built_site):
    index = soup_of(built_site / "entities" / "index.html")
    links = index.select("ul.entity-list a")
    assert links
    for link in links:
        target, _ = resolve(built_site, built_site / "entities" / "index.html", link["href"])
        assert target.is_file()
        assert soup_of(target).h1.get_text(strip=True) == link.get_text(strip=True)


def test_provenance_marks_every_removed_line_with_its_rule(built_site, site_records):
    for record in site_records.values():
        page = built_site / "provenance" / f"{record['slug']}.html"
        soup = soup_of(page)
        for removal in record["removed"]:
            row = soup.find(id=f"line-{removal['line']}")
            assert row is not None, (page, removal)
            assert removal["rule"] in row.get_text(), (page, removal)
        for field in ("title", "outlet", "published"):
            assert record["provenance"][field]["origin"] in soup.find("table", class_="provenance-meta").get_text()


def test_raw_copies_are_byte_identical(built_site):
    for raw in (REPO / "content" / "raw").glob("*.txt"):
        assert (built_site / "raw" / raw.name).read_bytes() == raw.read_bytes()


def test_data_files_hold_every_claim(built_site, site_records):
    claims = json.loads((built_site / "data" / "claims.json").read_text(encoding="utf-8"))
    rows = list(csv.DictReader(io.StringIO((built_site / "data" / "claims.csv").read_text(encoding="utf-8"))))
    articles = json.loads((built_site / "data" / "articles.json").read_text(encoding="utf-8"))
    total = sum(len(r["claims"]) for r in site_records.values())
    assert len(claims) == len(rows) == total
    assert len(articles) == len(site_records)
    assert {"article_key", "outlet", "published", "text", "quantities", "attribution_source",
            "hedged", "entities", "anchor"} <= set(rows[0])
    for row in rows:
        target, fragment = resolve(built_site, built_site / "index.html", row["anchor"])
        assert target.is_file() and fragment


def test_article_pages_carry_json_ld_with_claims(built_site, site_records):
    for record in site_records.values():
        soup = soup_of(built_site / "articles" / f"{record['slug']}.html")
        block = soup.find("script", type="application/ld+json")
        assert block is not None
        data = json.loads(block.string)
        assert data["@type"] == "NewsArticle" and data["headline"] == record["title"]
        assert len(data.get("hasPart", [])) == len(record["claims"])
        assert all(part["@type"] == "Claim" for part in data.get("hasPart", []))


def test_roughly_agreeing_figures_are_flagged_as_differing(built_site):
    soup = soup_of(built_site / "compare.html")
    group = next(s for s in soup.select("section.claim-group") if "personnel" in s.h2.get_text())
    assert "figures differ" in group.h2.get_text()
