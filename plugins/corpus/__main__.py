"""Command line for the corpus stages, without building the site.

``python -m corpus extract FILE [FILE ...]`` prints a JSON array with one
object per file, in the order given: the same record the site is built from.
``python -m corpus documents --out DIR FILE [FILE ...]`` writes each record as
Markdown with YAML front matter (DIR/<scrape name>.md), to read and diff.
A file that cannot be extracted is reported (an object with its ``error``,
or a message) and the exit status is then 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from .frontmatter import dump_document
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
    documents_cmd = commands.add_parser(
        "documents", help="write each record as Markdown with YAML front matter")
    documents_cmd.add_argument("files", nargs="+", metavar="FILE")
    documents_cmd.add_argument("--out", required=True, help="folder to write DIR/<name>.md into")
    documents_cmd.add_argument("--curator-dir")
    documents_cmd.add_argument("--alone", action="store_true")
    documents_cmd.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES)
    args = parser.parse_args(argv)
    records = list(extract_all(args))
    if args.command == "documents":
        return write_documents(records, Path(args.out))
    json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return report_failures(records)


def write_documents(records, out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for record in records:
        if "error" not in record:
            (out / f"{record['key']}.md").write_text(dump_document(record), encoding="utf-8")
    print(f"corpus: wrote {sum('error' not in r for r in records)} documents to {out}")
    return report_failures(records)


def report_failures(records) -> int:
    failed = [r for r in records if "error" in r]
    if failed:
        print(f"corpus: extracted {len(records) - len(failed)} of {len(records)} files", file=sys.stderr)
    return 1 if failed else 0


def extract_all(args):
    """Yield each file's record, or ``{file, error}``, in the order given."""
    corpora: dict[Path, Corpus] = {}
    for name in args.files:
        folder = Path(name).parent
        corpus = corpora.get(folder)
        if corpus is None:
            curator_dir = Path(args.curator_dir) if args.curator_dir else folder.parent / "curator"
            corpus = corpora[folder] = Corpus(curator_dir=curator_dir, max_bytes=args.max_bytes,
                                              root=folder.parent)
            # Cleaning compares each scrape with its folder's others, as the
            # site build does, so both give the same result.
            siblings = [] if args.alone else sorted(folder.glob("*.txt"))
            corpus.load([*siblings, *[f for f in args.files if Path(f).parent == folder]])
        try:
            yield extract(name, corpus)
        except RejectedScrape as error:
            print(f"corpus: skipped {name}: {error}", file=sys.stderr)
            yield {"file": corpus.name_of(name), "error": str(error)}


if __name__ == "__main__":
    sys.exit(main())
