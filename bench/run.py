"""`make bench`: the project's figures, printed (nothing here asserts a time).

1. The cleaner on annotated scrapes of sites it was not written against:
   line-level precision, recall and F1 of removing chrome, and the share of
   article lines kept — on the fixtures used for tuning, on their held-out
   split, and on independent pages written by someone else.
2. Building the site from content/: wall time and articles per second.
3. The search (bench/search_bench.py): index size per article, time until
   search is ready from file:// in Chromium, query-to-paint p50/p95.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from corpus.clean_eval import evaluate  # noqa: E402


def cleaner_figures() -> None:
    print("== cleaner: removing chrome, line level (positive class = chrome)")
    sets = {
        "tuning fixtures": [p for p in sorted((ROOT / "tests/fixtures/unseen").glob("*.annotated.txt"))
                            if not p.name.startswith("holdout_")],
        "held-out fixtures": sorted((ROOT / "tests/fixtures/unseen").glob("holdout_*.annotated.txt")),
        "independent pages": sorted((ROOT / "tests/fixtures/unseen_independent").glob("*.annotated.txt")),
    }
    for name, paths in sets.items():
        figures = evaluate(paths)["overall"]
        print(f"  {name:20} {len(paths):3} pages  P={figures['precision']:.3f} R={figures['recall']:.3f} "
              f"F1={figures['f1']:.3f}  article lines kept={figures['body_recall']:.3f}")


def build_figures() -> None:
    print("== build of content/ (pelicanconf.py)")
    scrapes = len(list((ROOT / "content/raw").rglob("*.txt")))
    with tempfile.TemporaryDirectory() as out:
        env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
        started = time.perf_counter()
        result = subprocess.run([sys.executable, "-m", "pelican", "content", "-o", out, "-s", "pelicanconf.py"],
                                cwd=ROOT, env=env, capture_output=True, text=True)
        seconds = time.perf_counter() - started
    print(f"  {scrapes} scrapes in {seconds:.2f} s ({scrapes / seconds:.1f} articles/s, Pelican start-up included)"
          f"{'' if result.returncode == 0 else ' — build FAILED'}")


def main() -> int:
    cleaner_figures()
    build_figures()
    print("== search (bench/search_bench.py)", flush=True)
    return subprocess.call([sys.executable, str(ROOT / "bench/search_bench.py"), *sys.argv[1:]], cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
