"""Build a site with the project's settings into a folder, for the tests.

`python -m tests.build_site --regenerate` rewrites the expected output of
the small fixture site (tests/expected/site) after a deliberate change;
tests/test_build_expected.py diffs a fresh build against it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIXTURE_CONTENT = REPO / "tests" / "fixtures" / "site" / "content"
EXPECTED = REPO / "tests" / "expected" / "site"
# Files copied verbatim, not generated: lunr.js from node_modules and the
# theme's static files (themes/corpus/static -> theme/). Diffing copies of
# files under version control would only repeat them.
NOT_DIFFED_SUFFIXES = (".min.js",)
NOT_DIFFED_FOLDERS = ("theme/",)


def build(content: Path, output: Path, settings: str = "pelicanconf.py",
          env: dict | None = None, timeout: int = 600,
          overrides: dict | None = None) -> subprocess.CompletedProcess:
    """Run Pelican on ``content`` into ``output``, as ``make html`` does;
    return the finished process (the caller decides what a failure means).
    ``overrides``: settings given on the command line (pelican -e)."""
    full_env = {**os.environ, "PYTHONPATH": str(REPO / "plugins"), "PYTHONHASHSEED": "0",
                **(env or {})}
    extra = ["-e", *(f"{k}={json.dumps(v)}" for k, v in overrides.items())] if overrides else []
    return subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-o", str(output), "-s",
         str(REPO / settings), *extra],
        cwd=REPO, env=full_env, capture_output=True, text=True, timeout=timeout,
    )


def site_files(root: Path) -> dict[str, bytes]:
    """Every built file by its path relative to ``root`` (verbatim copies left out)."""
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and not path.name.endswith(NOT_DIFFED_SUFFIXES)
        and not path.relative_to(root).as_posix().startswith(NOT_DIFFED_FOLDERS)
    }


def regenerate() -> None:
    output = REPO / "output-expected"
    shutil.rmtree(output, ignore_errors=True)
    result = build(FIXTURE_CONTENT, output)
    if result.returncode != 0:
        sys.exit(f"build failed:\n{result.stdout}\n{result.stderr}")
    shutil.rmtree(EXPECTED, ignore_errors=True)
    for name, data in site_files(output).items():
        target = EXPECTED / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    shutil.rmtree(output)
    print(f"wrote {len(site_files(EXPECTED))} files to {EXPECTED.relative_to(REPO)}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regenerate", action="store_true", required=True)
    parser.parse_args()
    regenerate()
