"""Read one raw scrape from disk as text, or say exactly why it cannot be.

The raw file is evidence: it is opened read-only, never rewritten, and what
we decoded from it is described (encoding, line endings, byte count, hash) so
the provenance view can show it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

# A news article with its comment thread rarely passes 1 MB as text; the
# largest page in our seeds is 4.5 KB. 8 MiB leaves room for long live blogs
# and keeps one stray dump (a log file, a whole-site crawl) from stalling a
# build. Settable per project as CORPUS_MAX_SCRAPE_BYTES.
DEFAULT_MAX_BYTES = 8 * 1024 * 1024

# Signatures of common binary formats mistakenly saved as scrapes; naming the
# format makes the error actionable ("this is a PDF, extract its text first").
BINARY_SIGNATURES = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or .docx/.epub)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document"),
)

# Share of control characters (other than tab, newline, carriage return and
# form feed) above which a file is binary rather than text with a stray byte.
# Text scrapes carry none or a stray few; binary formats without a known
# signature run far above 10% (Perl's -B test draws the line at a third).
MAX_CONTROL_SHARE = 0.10
# ... but a handful of stray bytes in a short file is still text.
MIN_CONTROLS_FOR_BINARY = 4
# How much of the file the binary sniff reads (as `file` and git do).
SNIFF_BYTES = 8192

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8 with byte-order mark"),
    (b"\xff\xfe", "utf-16", "UTF-16 (little-endian, with byte-order mark)"),
    (b"\xfe\xff", "utf-16", "UTF-16 (big-endian, with byte-order mark)"),
)
_ALLOWED_CONTROLS = {"\t", "\n", "\r", "\f"}
_DROPPED_CONTROLS = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f]")


class RejectedScrape(Exception):
    """A scrape that cannot become an article; the message is the reason."""


@dataclass(frozen=True)
class Scrape:
    """The decoded text of a raw file and how it was decoded."""

    path: str
    text: str  # newlines normalised to "\n", no BOM, no control characters
    encoding: str
    line_endings: str  # "LF", "CRLF", "CR" or "mixed"
    byte_count: int
    sha256: str
    dropped_controls: int = 0

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")


def read_scrape(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Scrape:
    """Decode the raw file at ``path``; raise RejectedScrape saying why not.

    >>> read_scrape("content/raw/002_55a23fde149e5faa.txt").encoding
    'utf-8'
    """
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as error:
        raise RejectedScrape(f"cannot be read ({error.strerror or error})") from error
    if not path.is_file():
        raise RejectedScrape("is not a regular file")
    if size > max_bytes:
        raise RejectedScrape(
            f"too large: {size / 1048576:.1f} MiB, over the limit of "
            f"{max_bytes / 1048576:.1f} MiB (CORPUS_MAX_SCRAPE_BYTES)"
        )
    try:
        data = path.read_bytes()
    except OSError as error:
        raise RejectedScrape(f"cannot be read ({error.strerror or error})") from error
    return decode_scrape(str(path), data)


def decode_scrape(name: str, data: bytes) -> Scrape:
    """Decode raw bytes into a Scrape (see read_scrape)."""
    if not data.strip():
        raise RejectedScrape("empty: the file has no text" if not data else
                             "empty: the file holds only white space")
    text, encoding = _decode(data)
    text, dropped = _drop_controls(text)
    if not text.strip():
        raise RejectedScrape("empty: no readable text after decoding")
    endings = _line_endings(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Scrape(
        path=name,
        text=text,
        encoding=encoding,
        line_endings=endings,
        byte_count=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        dropped_controls=dropped,
    )


def _decode(data: bytes) -> tuple[str, str]:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), label
            except UnicodeDecodeError:
                # A mark followed by other bytes: trust the bytes, not the mark.
                data = data[len(bom):]
                break
    _reject_binary(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Not UTF-8: the scrapers we see write Windows-1252 (a superset of
    # Latin-1's printable range) when they do not write UTF-8. Latin-1 decodes
    # anything, so it is the last resort for the five bytes cp1252 leaves
    # undefined.
    try:
        return data.decode("cp1252"), "windows-1252 (guessed: the file is not valid UTF-8)"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1 (guessed: the file is not valid UTF-8)"


def _reject_binary(data: bytes) -> None:
    head = data[:SNIFF_BYTES]
    for signature, kind in BINARY_SIGNATURES:
        if head.startswith(signature):
            raise RejectedScrape(f"binary: this is {kind}, not a text scrape")
    if b"\x00" in head:
        raise RejectedScrape("binary: the file contains NUL bytes, it is not text")
    controls = sum(1 for byte in head if byte < 32 and chr(byte) not in _ALLOWED_CONTROLS)
    if controls >= MIN_CONTROLS_FOR_BINARY and controls > MAX_CONTROL_SHARE * len(head):
        raise RejectedScrape(
            f"binary: {controls} control bytes in the first {len(head)}, it is not text"
        )


def _drop_controls(text: str) -> tuple[str, int]:
    """Remove control characters HTML cannot carry (they are invisible anyway).

    Tab and the line breaks carry layout; every other C0 control (form feed
    included, which editors do not show as a new line) and DEL is dropped.
    """
    return _DROPPED_CONTROLS.subn("", text)


def _line_endings(text: str) -> str:
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    kinds = [name for name, count in (("CRLF", crlf), ("CR", cr), ("LF", lf)) if count]
    if len(kinds) > 1:
        return "mixed"
    return kinds[0] if kinds else "LF"
