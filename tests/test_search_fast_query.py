"""search.js's query evaluator returns exactly what lunr.js's own query does.

search.js answers searches with its own evaluator over the index's typed
arrays (lunr.js's ``lunr.Index.prototype.query`` is too slow for common
words). Runs tests/js/search_fast_query.test.js (Node's test runner), which
compares the two on hundreds of queries of every kind per index: the same
refs in the same order, scores within 1e-9, the same matched terms per field.

Cases: the sample site's index (hostile text included; the very payload its
search/index.js ships, as tests/test_search_parity.py checks) and the
benchmark's 1,000 synthetic articles (about 9,000 documents: long result
lists, many tied scores).
"""

from __future__ import annotations

import json

try:
    from .test_search_helpers import (
        BAD_QUERIES, PARITY_QUERIES, article_inputs, load_search_bench, run_node_cases, sample_records,
    )
except ImportError:
    from test_search_helpers import (
        BAD_QUERIES, PARITY_QUERIES, article_inputs, load_search_bench, run_node_cases, sample_records,
    )

from corpus import search_index

# The Node test's checks: three shared, four per case (see the .js file).
SHARED_TESTS = 3
TESTS_PER_CASE = 4


def comparison_case(tmp_path, name, payload, queries, generated, min_results):
    path = tmp_path / f"{name.replace(' ', '-')}.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    return {"name": name, "payload": str(path), "queries": queries, "generated": generated,
            "expect": {"minResults": min_results}}


def run_comparison(tmp_path, cases):
    """Run the Node test on ``cases``; fail with its report if any check failed."""
    return run_node_cases("search_fast_query.test.js", tmp_path, cases,
                          SHARED_TESTS + TESTS_PER_CASE * len(cases),
                          "search.js's evaluator disagrees with lunr.js")


def test_evaluator_matches_lunr_js_on_sample_site(tmp_path):
    """The sample site's index (hostile text included)."""
    payload = search_index.build(article_inputs(sample_records())).payload
    run_comparison(tmp_path, [comparison_case(
        tmp_path, "sample site", payload, PARITY_QUERIES + BAD_QUERIES, generated=310, min_results=5,
    )])


def test_evaluator_matches_lunr_js_on_synthetic_corpus(tmp_path):
    """The benchmark's 1,000 articles: the queries it times, and many more."""
    bench = load_search_bench()
    articles = bench.synthetic_articles(1000)
    payload = search_index.build(articles).payload
    queries = PARITY_QUERIES + bench.bench_queries(articles) + BAD_QUERIES
    run_comparison(tmp_path, [comparison_case(
        tmp_path, "synthetic", payload, queries, generated=310, min_results=1000,
    )])
