"""Command line: ``python -m corpus extract FILE [FILE ...]``.

Prints a JSON array with one object per file, in the order given: the same
record the site is built from. A file that cannot be extracted gets an object
with its ``error``; the exit status is then 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .pipeline import Corpus, extract
from .source import DEFAULT_MAX_BYTES, RejectedScrape


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m corpus", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    extract_cmd = commands.add_parser("extract", help="print the extracted record of each scrape as JSON")
    extract_cmd.add_argument("files", nargs="+", metavar="FILE")
    extract_cmd.add_argument(
        "--curator-dir",
        help="folder of curator records (default: ../curator beside each file's folder)",
    )
    extract_cmd.add_argument(
        "--alone", action="store_true",
        help="do not compare with the other scrapes in the file's folder",
    )
    extract_cmd.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES)
    args = parser.parse_args(argv)
    return run_extract(args)


def run_extract(args) -> int:
    results, failed = [], 0
    corpora: dict[Path, Corpus] = {}
    for name in args.files:
        folder = Path(name).parent
        corpus = corpora.get(folder)
        if corpus is None:
            curator_dir = Path(args.curator_dir) if args.curator_dir else folder.parent / "curator"
            corpus = corpora[folder] = Corpus(curator_dir=curator_dir, max_bytes=args.max_bytes)
            # Cleaning compares each scrape with its folder's others, as the
            # site build does, so both give the same result.
            siblings = [] if args.alone else sorted(folder.glob("*.txt"))
            corpus.load([*siblings, *[f for f in args.files if Path(f).parent == folder]])
        try:
            results.append(extract(name, corpus))
        except RejectedScrape as error:
            failed += 1
            results.append({"file": name, "error": str(error)})
            print(f"corpus: skipped {name}: {error}", file=sys.stderr)
    json.dump(results, sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
    sys.stdout.write("\n")
    if failed:
        print(f"corpus: extracted {len(results) - failed} of {len(results)} files", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
