"""Line-level evaluation of the cleaner on annotated scrapes.

An annotated scrape is the raw text with every chrome line prefixed by
``"~ "``. Removing the markers gives the raw scrape and the gold labels
(blank lines are ignored). The positive class is "chrome": precision, recall
and F1 are about removed lines; ``body_recall`` is the share of gold article
lines (title, headings, captions, body...) that the cleaner kept.

Run ``PYTHONPATH=plugins python -m corpus.clean_eval FILE...`` for per-file
figures; ``-v`` also lists every wrong line.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from .clean import clean, site_line_counts

MARK = "~ "
HOLDOUT_PREFIX = "holdout_"


@dataclass(frozen=True)
class Annotated:
    name: str
    text: str  # the raw scrape
    chrome: frozenset[int]  # gold chrome line numbers (1-based)
    content: frozenset[int]  # gold kept line numbers


def read_annotated(path) -> Annotated:
    raw_lines, chrome, content = [], set(), set()
    for no, line in enumerate(Path(path).read_text(encoding="utf-8").split("\n"), start=1):
        if line.startswith(MARK):
            line = line[len(MARK):]
            chrome.add(no)
        elif line.strip():
            content.add(no)
        raw_lines.append(line)
    return Annotated(Path(path).name, "\n".join(raw_lines), frozenset(chrome), frozenset(content))


def _scores(tp: int, fp: int, fn: int, body_kept: int, body_total: int) -> dict:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "tp": tp, "fp": fp, "fn": fn,
        "precision": precision, "recall": recall, "f1": f1,
        "body_recall": body_kept / body_total if body_total else 1.0,
        "body_lines": body_total,
    }


def _sum(figures: list[dict]) -> dict:
    tp = sum(f["tp"] for f in figures)
    fp = sum(f["fp"] for f in figures)
    fn = sum(f["fn"] for f in figures)
    body_total = sum(f["body_lines"] for f in figures)
    body_kept = body_total - fp  # every false positive is a gold article line removed
    return _scores(tp, fp, fn, body_kept, body_total)


def evaluate(annotated_paths, use_site_counts: bool = True) -> dict:
    """Per-file and pooled figures for the cleaner on the annotated scrapes.

    With ``use_site_counts`` the scrapes are cleaned the way the pipeline
    cleans a corpus: with ``site_line_counts`` over all of them.

    Returns ``{"files": {name: figures}, "overall": ..., "holdout": ...,
    "tuning": ...}``; figures hold tp/fp/fn, precision, recall, f1,
    body_recall and the wrong lines (``false_removed``/``false_kept``).
    """
    docs = [read_annotated(p) for p in annotated_paths]
    counts = site_line_counts(d.text for d in docs) if use_site_counts else None
    files = {}
    for doc in docs:
        cleaned = clean(doc.text, counts)
        removed = cleaned.removed_lines()
        lines = doc.text.split("\n")
        fp = sorted(removed & doc.content)
        fn = sorted(doc.chrome - removed)
        figures = _scores(len(removed & doc.chrome), len(fp), len(fn),
                          len(doc.content) - len(fp), len(doc.content))
        figures["false_removed"] = [(n, lines[n - 1], cleaned.rule_for(n)) for n in fp]
        figures["false_kept"] = [(n, lines[n - 1]) for n in fn]
        files[doc.name] = figures
    holdout = [f for name, f in files.items() if name.startswith(HOLDOUT_PREFIX)]
    tuning = [f for name, f in files.items() if not name.startswith(HOLDOUT_PREFIX)]
    return {
        "files": files,
        "overall": _sum(list(files.values())),
        "holdout": _sum(holdout),
        "tuning": _sum(tuning),
    }


def _line(name: str, f: dict) -> str:
    return (f"{name:48} P={f['precision']:.3f} R={f['recall']:.3f} F1={f['f1']:.3f} "
            f"body_recall={f['body_recall']:.3f} (tp={f['tp']} fp={f['fp']} fn={f['fn']})")


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    no_site = "--no-site-counts" in argv
    paths = [a for a in argv if not a.startswith("-")]
    if not paths:
        print("usage: python -m corpus.clean_eval [-v] [--no-site-counts] FILE.annotated.txt ...")
        return 2
    result = evaluate(paths, use_site_counts=not no_site)
    for name, f in result["files"].items():
        print(_line(name, f))
        if verbose:
            for n, text, rule in f["false_removed"]:
                print(f"    removed body line {n} [{rule}]: {text}")
            for n, text in f["false_kept"]:
                print(f"    kept chrome line {n}: {text}")
    for part in ("tuning", "holdout", "overall"):
        print(_line(part.upper(), result[part]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
