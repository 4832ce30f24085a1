"""The F1 bar: the cleaner on scrapes of site kinds it was not written against.

tests/fixtures/unseen/*.annotated.txt mark chrome lines with "~ " (see the
README there). Files named holdout_* were never used for tuning.
"""

from pathlib import Path

import pytest

from corpus.clean_eval import evaluate, read_annotated

FIXTURES = sorted((Path(__file__).resolve().parent / "fixtures" / "unseen").glob("*.annotated.txt"))

F1_BAR = 0.95
BODY_RECALL_BAR = 0.98


def test_there_are_enough_fixtures_and_a_holdout_split():
    assert len(FIXTURES) >= 12
    holdout = [p for p in FIXTURES if p.name.startswith("holdout_")]
    # Held-out files are scored, never tuned on; some were moved to tuning
    # once inspected (see the README's history), so a floor, not a ratio.
    assert len(holdout) >= 12 and len(holdout) * 4 >= len(FIXTURES)
    for path in FIXTURES:
        doc = read_annotated(path)
        assert doc.chrome and doc.content, path.name
        assert 15 <= len(doc.chrome) + len(doc.content) <= 90, path.name


@pytest.mark.parametrize("use_site_counts", [True, False], ids=["with-site-counts", "single-scrape"])
def test_f1_and_body_recall_on_unseen_sites(use_site_counts):
    result = evaluate(FIXTURES, use_site_counts=use_site_counts)
    overall = result["overall"]
    assert overall["f1"] >= F1_BAR, overall
    assert overall["body_recall"] >= BODY_RECALL_BAR, overall


def test_holdout_alone_meets_the_bar():
    holdout = evaluate([p for p in FIXTURES if p.name.startswith("holdout_")])["holdout"]
    assert holdout["f1"] >= F1_BAR, holdout
    assert holdout["body_recall"] >= BODY_RECALL_BAR, holdout


def test_evaluate_reports_per_file_figures_and_errors():
    result = evaluate(FIXTURES[:2])
    assert set(result) == {"files", "overall", "holdout", "tuning"}
    for figures in result["files"].values():
        for key in ("precision", "recall", "f1", "body_recall", "false_removed", "false_kept"):
            assert key in figures
