"""lunr.py builds the index, lunr.js searches it: they must agree.

Runs tests/js/search_parity.test.js (Node's test runner) on indexes written
as the site writes them: it decodes search/index.js with search.js's own
decoder into a lunr.js index, checks that index equals lunr.py's, float for
float, and that every query of ``PARITY_QUERIES`` returns the same refs in
the same order (scores within 1e-6, same matched terms) in both, and that
queries lunr.py refuses are refused by lunr.js too.

Cases: the sample site (built with Pelican, hostile text included), 300
synthetic articles from the benchmark's generator (cut into parts, as a
large index is), and the real site.
"""

from __future__ import annotations


import pytest
from lunr.exceptions import QueryParseError

try:
    from .test_search_helpers import (
        BAD_QUERIES, PARITY_QUERIES, article_inputs, load_search_bench, build_sample_site, run_node_cases,
        sample_records,
    )
except ImportError:
    from test_search_helpers import (
        BAD_QUERIES, PARITY_QUERIES, article_inputs, load_search_bench, build_sample_site, run_node_cases,
        sample_records,
    )

from corpus import search_index


def expected_results(index, queries):
    out = []
    for query in queries:
        try:
            results = index.search(query)
        except QueryParseError:
            out.append({"query": query, "error": True})
            continue
        out.append({
            "query": query,
            "error": False,
            "refs": [r["ref"] for r in results],
            "scores": [r["score"] for r in results],
            "terms": [sorted(r["match_data"].metadata) for r in results],
        })
    return out


def parity_case(name, script_path, built, queries):
    return {
        "name": name,
        "script": str(script_path),
        "lunrPy": search_index.serialize_index(built.index),
        "queries": expected_results(built.index, queries),
    }


def run_parity(tmp_path, cases):
    """Run the Node test on ``cases``; fail with its report if any check failed."""
    return run_node_cases("search_parity.test.js", tmp_path, cases, 2 * len(cases),
                          "lunr.js disagrees with lunr.py")


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory):
    return build_sample_site(tmp_path_factory.mktemp("search-parity"))


def test_lunr_js_matches_lunr_py_on_sample_site(sample_site, tmp_path):
    """The index Pelican wrote for the sample site (hostile text included)."""
    built = search_index.build(article_inputs(sample_records()))
    script = sample_site / "search" / "index.js"
    # The shipped files are exactly what search_index builds from the records.
    shipped = search_index.read_files(sample_site / "search")
    assert shipped == search_index.render_files(built.payload)
    run_parity(tmp_path, [parity_case("sample site", script, built, PARITY_QUERIES + BAD_QUERIES)])


def test_lunr_js_matches_lunr_py_on_synthetic_corpus(tmp_path):
    """300 synthetic articles (about 2,700 documents): many ties, many terms.
    Written in parts of 200 KB, so Node reads them as a browser reads a
    large index."""
    bench = load_search_bench()
    articles = bench.synthetic_articles(300)
    built = search_index.build(articles)
    files = search_index.render_files(built.payload, part_bytes=200_000)
    assert len(files) > 5
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    script = tmp_path / "index.js"
    queries = PARITY_QUERIES + bench.bench_queries(articles) + BAD_QUERIES
    # Words of the corpus itself, so that queries do match: some rare, some common.
    words = built.payload["c"][0][2].split()[:6] + built.payload["a"][7][1].split()[:4]
    queries += words + [" ".join(words[:3]), "+" + " +".join(words[:2]), words[0][:3] + "*"]
    run_parity(tmp_path, [parity_case("synthetic", script, built, queries)])


def test_lunr_js_matches_lunr_py_on_real_site(built_site, site_records, tmp_path):
    """The site built from content/ (conftest's build): the same queries."""
    script = built_site / "search" / "index.js"
    assert script.is_file(), (
        "the build wrote no search/index.js: the corpus plugin's register() must call "
        "corpus.search_generator.register_search()"
    )
    shipped = search_index.parse_files(search_index.read_files(built_site / "search"))
    urls = {article[0] for article in shipped["a"]}
    inputs = [a for a in article_inputs(site_records.values()) if a.url in urls]
    assert len(inputs) == len(shipped["a"]), "articles of the index and of the records differ"
    built = search_index.build(inputs)
    assert built.payload["index"] == shipped["index"], "the shipped index is not the one built from the records"
    run_parity(tmp_path, [parity_case("real site", script, built, PARITY_QUERIES + BAD_QUERIES)])
