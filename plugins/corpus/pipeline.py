"""The whole extraction of one scrape: decode, clean, describe, find claims.

``extract`` returns one plain record (JSON/YAML-ready) per scrape. The Pelican
reader, the command line and the data exports all read this same record, so
what the site shows and what ``python -m corpus extract`` prints never differ.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import re
import unicodedata
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from . import claims as claims_stage
from .clean import clean, site_line_counts
from .curator import CuratorRecordError, curator_path, load_curator_record
from .describe import describe
from .frontmatter import dump_and_read_back
from .render import blocks_to_markdown, mark_claims, markdown_to_html, paragraph_text
from .source import DEFAULT_MAX_BYTES, RejectedScrape, Scrape, read_scrape

# Words kept in an article's URL slug: enough to recognise the story, short
# enough to read in a list of links.
SLUG_WORDS = 8


@dataclass
class Corpus:
    """The scrapes extracted together, so each can be compared with the rest.

    Repetition across pages of one site is a strong sign of chrome (the same
    comment form under every post), so cleaning one scrape looks at the lines
    of all the others in its folder.
    """

    curator_dir: Path | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    # The content folder: records name their scrape relative to it
    # ("raw/001_x.txt"), so the same scrapes give the same record wherever
    # the folder lies.
    root: Path | None = None
    scrapes: dict[str, Scrape | RejectedScrape] = field(default_factory=dict)
    # path -> the result of prepare_one, filled by prepare() (a pre-pass on
    # all cores, through the cache); empty until then.
    prepared: dict[str, dict] = field(default_factory=dict)
    _line_counts: Counter | None = None

    def load(self, paths) -> None:
        """Decode every scrape once; a rejected one keeps its reason."""
        for path in sorted(str(p) for p in paths):
            if path not in self.scrapes:
                try:
                    self.scrapes[path] = read_scrape(path, self.max_bytes)
                except RejectedScrape as error:
                    self.scrapes[path] = error
        self._line_counts = None
        self.prepared = {}  # the line counts changed: prepared results may be stale

    @property
    def line_counts(self) -> Counter:
        if self._line_counts is None:
            self._line_counts = site_line_counts(
                s.text for _, s in sorted(self.scrapes.items()) if isinstance(s, Scrape)
            )
        return self._line_counts

    def name_of(self, path) -> str:
        """The scrape's name relative to the content folder, with / separators."""
        if self.root is not None:
            try:
                return Path(path).resolve().relative_to(Path(self.root).resolve()).as_posix()
            except ValueError:
                pass
        return Path(path).as_posix()

    def scrape(self, path: str) -> Scrape:
        path = str(path)
        if path not in self.scrapes:
            self.load([path])
        found = self.scrapes[path]
        if isinstance(found, RejectedScrape):
            raise found
        return found


def extract(path, corpus: Corpus) -> dict:
    """The record for one scrape; raises RejectedScrape saying why there is none."""
    path = str(path)
    scrape = corpus.scrape(path)
    warnings = []
    curator = {}
    if corpus.curator_dir is not None:
        try:
            curator = load_curator_record(curator_path(corpus.curator_dir, path))
        except CuratorRecordError as error:
            warnings.append(f"curator record ignored: {error}")
    # The table counts this scrape too (clean() expects that), so it is
    # built once per corpus, not once per scrape.
    cleaned = clean(scrape.text, corpus.line_counts)
    body = [block for block in cleaned.blocks if block.kind in ("body", "heading", "caption")]
    if not any(block.kind == "body" for block in body):
        raise RejectedScrape(
            f"no article text: all {len(cleaned.removed)} non-blank lines were "
            "recognised as page chrome (see `python -m corpus extract` for each line's rule)"
        )
    described = describe(cleaned, curator, Path(path).stem)
    published = described["published"].value
    paragraphs = [(block.lines, paragraph_text(block.text))
                  for block in cleaned.blocks if block.kind == "body"]
    found_claims = claims_stage.extract_claims(paragraphs, Path(path).stem, published)
    found_claims = apply_claim_corrections(found_claims, curator.get("claims"), warnings)
    title = described["title"].value
    return {
        "key": Path(path).stem,
        "file": corpus.name_of(path),
        "slug": make_slug(title, Path(path).stem),
        "title": title,
        "author": described["author"].value,
        "outlet": described["outlet"].value,
        "url": described["url"].value,
        "published": published.isoformat() if published else None,
        "provenance": {name: value.as_dict() for name, value in described.items()},
        "note": curator.get("note"),
        "source": {
            "sha256": scrape.sha256,
            "bytes": scrape.byte_count,
            "encoding": scrape.encoding,
            "line_endings": scrape.line_endings,
            "lines": len(scrape.lines),
            "dropped_control_characters": scrape.dropped_controls,
        },
        "stats": _stats(scrape, cleaned),
        "body": blocks_to_markdown(body),
        "blocks": [
            {"kind": b.kind, "lines": list(b.lines), "text": b.text} for b in cleaned.blocks
        ],
        "removed": [{"line": r.line, "text": r.text, "rule": r.rule} for r in cleaned.removed],
        "claims": found_claims,
        "warnings": warnings,
    }


# ---------------------------------------------------------------------------
# The pre-pass: every scrape extracted once, on all cores, through the cache
# ---------------------------------------------------------------------------

def prepare_one(path, corpus: Corpus) -> dict:
    """Everything the page of one scrape is built from, as a plain dict.

    ``{"status": "ok", "warnings", "document", "record", "html"}``: the
    front-matter document, the record read back from it (what the page and
    the explorer use) and the article HTML with its claims marked; or
    ``{"status": "rejected", "reason"}``; or ``{"status": "error"}`` for an
    unexpected exception (the caller extracts again to report it).
    """
    with _collector_paused():
        try:
            record = extract(path, corpus)
        except RejectedScrape as error:
            return {"status": "rejected", "reason": str(error)}
        except Exception:  # noqa: BLE001 - reported by the caller's own extract()
            return {"status": "error"}
        # The page is built from the record as read back from its document,
        # so that what the page shows is what the document says.
        document, loaded = dump_and_read_back(record)
        html = mark_claims(markdown_to_html(loaded["body"]), loaded["claims"])
        return {"status": "ok", "warnings": list(record["warnings"]), "document": document,
                "record": loaded, "html": html}


@contextmanager
def _collector_paused():
    """Python's cyclic garbage collector off for the duration, if it was on.

    One article's extraction allocates tens of thousands of short-lived
    containers (tokens, mentions, YAML events), freed by reference counting;
    the collector's passes over them find nothing to collect and cost about
    a seventh of the extraction time. Anything cyclic is collected on the
    first pass after the article.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# The corpus a forked worker extracts from: set before the pool starts, so
# workers inherit it (with its line counts) instead of receiving it pickled.
_WORKER_CORPUS: Corpus | None = None


def _prepare_in_worker(path):
    return path, prepare_one(path, _WORKER_CORPUS)


def cache_key_of(path, corpus: Corpus) -> str:
    """The cache key of one decoded scrape (see cache.py for what it holds)."""
    from .cache import entry_key

    scrape = corpus.scrape(path)
    curator_bytes, curator_name = None, ""
    if corpus.curator_dir is not None:
        record_path = curator_path(corpus.curator_dir, path)
        curator_name = str(record_path)
        try:
            curator_bytes = record_path.read_bytes() if record_path.is_file() else None
        except OSError:
            curator_bytes = None
    return entry_key(sha256=scrape.sha256, name=f"{path}\0{corpus.name_of(path)}",
                     curator=curator_bytes, text=scrape.text, counts=corpus.line_counts,
                     extra=curator_name)


def default_workers() -> int:
    return os.cpu_count() or 1


def prepare(corpus: Corpus, paths=None, workers: int | None = None, cache=None) -> dict:
    """prepare_one() for every decoded scrape, into ``corpus.prepared``.

    ``workers`` processes (default: all cores; 1 = in this process) share the
    work; each result is what a serial run gives, since every worker runs the
    same function on the same corpus (forked with its line counts). ``cache``
    (a cache.ExtractionCache, or None) serves results whose key matches and
    stores new ones. Returns ``corpus.prepared``.
    """
    global _WORKER_CORPUS
    workers = default_workers() if workers is None else max(1, int(workers))
    if paths is None:
        paths = [p for p, s in sorted(corpus.scrapes.items()) if isinstance(s, Scrape)]
    paths = [str(p) for p in paths if isinstance(corpus.scrapes.get(str(p)), Scrape)]
    corpus.line_counts  # computed once, before any fork
    keys, todo = {}, []
    for path in paths:
        if cache is not None:
            keys[path] = cache_key_of(path, corpus)
            found = cache.get(keys[path])
            if found is not None:
                corpus.prepared[path] = found
                continue
        todo.append(path)
    results = {}
    if workers > 1 and len(todo) > 1 and "fork" in multiprocessing.get_all_start_methods():
        _WORKER_CORPUS = corpus
        try:
            count = min(workers, len(todo))
            chunk = max(1, min(32, len(todo) // (count * 8)))
            with ProcessPoolExecutor(count, mp_context=multiprocessing.get_context("fork")) as pool:
                results = dict(pool.map(_prepare_in_worker, todo, chunksize=chunk))
        finally:
            _WORKER_CORPUS = None
    else:
        results = {path: prepare_one(path, corpus) for path in todo}
    for path in todo:
        result = results[path]
        corpus.prepared[path] = result
        if cache is not None and result["status"] != "error":
            cache.put(keys[path], result)
    return corpus.prepared


def apply_claim_corrections(found: list[dict], corrections: dict | None, warnings: list) -> list[dict]:
    """Apply a curator's drop / fix / add to the machine's claims."""
    if not corrections:
        return found
    by_id = {claim["id"]: claim for claim in found}
    for claim_id in [*corrections["drop"], *corrections["fix"]]:
        if claim_id not in by_id:
            warnings.append(f"curator record names claim {claim_id}, which this article does not have")
    dropped = set(corrections["drop"])
    result = []
    for claim in found:
        if claim["id"] in dropped:
            continue
        fixes = corrections["fix"].get(claim["id"])
        if fixes:
            claim = {**claim, **fixes, "origin": "curator", "corrected": sorted(fixes)}
        result.append(claim)
    for number, added in enumerate(corrections["add"]):
        claim = {
            "quantities": [], "attribution": None, "hedged": False, "hedges": [],
            "entities": [], "dates": [], "paragraph": None, "line": None,
            **added,
        }
        claim.setdefault("id", "c-curator-" + hashlib.sha1(added["text"].encode()).hexdigest()[:8])
        claim["origin"] = "curator"
        result.append(claim)
    return result


def _stats(scrape: Scrape, cleaned) -> dict:
    nonblank = sum(1 for line in scrape.lines if line.strip())
    removed_lines = len({r.line for r in cleaned.removed if r.text.strip() and _whole_line(scrape, r)})
    words = sum(len(b.text.split()) for b in cleaned.blocks if b.kind in ("body", "heading"))
    return {
        "raw_lines": nonblank,
        "removed_lines": removed_lines,
        "kept_lines": nonblank - removed_lines,
        "words": words,
    }


def _whole_line(scrape: Scrape, removal) -> bool:
    line = scrape.lines[removal.line - 1] if 0 < removal.line <= len(scrape.lines) else ""
    return line.strip() == removal.text.strip()


def make_slug(title: str, key: str) -> str:
    """A readable, unique URL name: title words plus a short hash of the file name.

    >>> make_slug("Russia confirms it has troops in Venezuela: reports", "002_55a2")
    'russia-confirms-it-has-troops-in-venezuela-reports-2d1c5b'
    """
    ascii_title = unicodedata.normalize("NFKD", title or "").encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_title.lower())[:SLUG_WORDS]
    suffix = hashlib.sha1(key.encode("utf-8")).hexdigest()[:6]
    return "-".join([*words, suffix]) if words else "article-" + suffix
