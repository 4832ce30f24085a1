"""Long lists cut into pages (the comparison's groups and single claims, the
articles of the home page and of each outlet): everything is on exactly one
page, in order, and the pages link to each other."""

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from corpus.explorer_generator import paged
from tests.build_site import REPO, build


def soup_of(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_paged_cuts_items_into_numbered_pages():
    pages = paged(list(range(7)), 3, "a.html", "a-{number}.html")
    assert [p["save_as"] for p in pages] == ["a.html", "a-2.html", "a-3.html"]
    assert [p["items"] for p in pages] == [[0, 1, 2], [3, 4, 5], [6]]
    assert [(p["first"], p["last"]) for p in pages] == [(1, 3), (4, 6), (7, 7)]
    assert all(p["pages"] == [(1, "a.html"), (2, "a-2.html"), (3, "a-3.html")] for p in pages)
    assert all(p["total"] == 7 for p in pages)


def test_paged_keeps_heavy_items_apart():
    pages = paged([5, 1, 1, 9, 2, 2], 10, "a.html", "a-{number}.html", weight=lambda x: x, max_weight=6)
    assert [p["items"] for p in pages] == [[5, 1], [1], [9], [2, 2]]
    assert [(p["first"], p["last"]) for p in pages] == [(1, 2), (3, 3), (4, 4), (5, 6)]
    assert [p["save_as"] for p in pages] == ["a.html", "a-2.html", "a-3.html", "a-4.html"]


def test_paged_always_has_a_first_page():
    (only,) = paged([], 3, "a.html", "a-{number}.html")
    assert only["items"] == [] and only["save_as"] == "a.html" and only["pages"] == [(1, "a.html")]
    assert len(paged(list(range(6)), 3, "a.html", "a-{number}.html")) == 2


@pytest.fixture(scope="module")
def small_pages(tmp_path_factory):
    output = tmp_path_factory.mktemp("paged") / "output"
    done = build(REPO / "content", output,
                 overrides={"CORPUS_COMPARE_GROUPS_PER_PAGE": 4, "CORPUS_SINGLE_CLAIMS_PER_PAGE": 10,
                            "DEFAULT_PAGINATION": 2, "CORPUS_CACHE_PATH": None})
    assert done.returncode == 0, done.stdout + done.stderr
    return output


def group_ids(page: Path) -> list[str]:
    return [s["id"] for s in soup_of(page).select("section.claim-group")]


def single_claims(page: Path) -> list[str]:
    return [a["href"] for a in soup_of(page).select("ul.single-claims a.claim-link")]


def test_every_group_is_on_exactly_one_page(built_site, small_pages):
    whole = group_ids(built_site / "compare.html")
    assert len(whole) > 8  # the seeds have enough groups for three pages of 4
    pages = [small_pages / "compare.html"] + sorted(
        small_pages.glob("compare-[0-9]*.html"), key=lambda p: int(re.findall(r"\d+", p.name)[0]))
    assert len(pages) == -(-len(whole) // 4)
    assert [gid for page in pages for gid in group_ids(page)] == whole
    assert all(len(group_ids(page)) <= 4 for page in pages)


def test_pages_link_to_each_other_and_mark_the_current_one(small_pages):
    names = ["compare.html"] + sorted(p.name for p in small_pages.glob("compare-[0-9]*.html"))
    for name in names:
        soup = soup_of(small_pages / name)
        pager = soup.select_one("nav.pager")
        assert pager is not None, name
        linked = {a["href"].split("/")[-1] for a in pager.select("a")}
        assert linked == set(names), name
        (current,) = pager.select('a[aria-current="page"]')
        assert current["href"].split("/")[-1] == name


def test_single_claims_are_split_and_none_is_lost(built_site, small_pages):
    whole = single_claims(built_site / "compare-single.html")
    assert len(whole) > 10
    pages = [small_pages / "compare-single.html"] + sorted(
        small_pages.glob("compare-single-*.html"), key=lambda p: int(re.findall(r"\d+", p.name)[0]))
    assert len(pages) == -(-len(whole) // 10)
    assert [href for page in pages for href in single_claims(page)] == whole


def test_every_comparison_page_links_to_the_others_parts(built_site):
    for name in ("compare.html", "compare-single.html", "timeline.html"):
        nav = soup_of(built_site / name).select_one("nav.compare-nav")
        targets = {a["href"].split("/")[-1] for a in nav.select("a")}
        assert targets == {"compare.html", "compare-single.html", "timeline.html"}, name
    assert soup_of(built_site / "timeline.html").select_one("figure.chart--timeline svg") is not None


def article_links(page: Path) -> list[str]:
    return [a["href"].split("/")[-1] for a in soup_of(page).select("ol.article-list h2 a")]


@pytest.mark.parametrize("first", ["index.html", "outlets/kiafriqa.html"])
def test_article_lists_are_split_and_none_is_lost(built_site, small_pages, first):
    whole = article_links(built_site / first)
    assert whole
    stem = first[:-len(".html")]
    pages = [small_pages / first] + [small_pages / f"{stem}-{n}.html"
                                     for n in range(2, -(-len(whole) // 2) + 1)]
    assert all(page.is_file() for page in pages)
    assert not (small_pages / f"{stem}-{len(pages) + 1}.html").exists()
    assert [link for page in pages for link in article_links(page)] == whole
    if len(pages) > 1:
        nav = soup_of(pages[-1]).select_one("nav.pager")
        assert {a["href"].split("/")[-1] for a in nav.select("a")} == {p.name for p in pages}
