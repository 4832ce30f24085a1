"""Decoding raw scrapes: every kind of bad file is read or rejected with a reason."""

import pytest

from corpus.source import RejectedScrape, decode_scrape, read_scrape


def reason(data: bytes) -> str:
    with pytest.raises(RejectedScrape) as caught:
        decode_scrape("x.txt", data)
    return str(caught.value)


def test_utf8_is_read_as_is():
    scrape = decode_scrape("x.txt", "Maiquetía “quoted”\n".encode())
    assert scrape.text == "Maiquetía “quoted”\n"
    assert scrape.encoding == "utf-8"


def test_byte_order_mark_is_dropped_and_named():
    scrape = decode_scrape("x.txt", "\ufeffTitle\nBody".encode("utf-8"))
    assert scrape.text == "Title\nBody"
    assert "byte-order mark" in scrape.encoding


def test_utf16_with_bom_is_text():
    scrape = decode_scrape("x.txt", "Title\nBody é".encode("utf-16"))
    assert scrape.text == "Title\nBody é"


@pytest.mark.parametrize("raw, expected_endings", [
    (b"a\r\nb\r\nc", "CRLF"), (b"a\rb\rc", "CR"), (b"a\nb\r\nc", "mixed"), (b"a\nb\nc", "LF"),
])
def test_line_endings_are_normalised_and_reported(raw, expected_endings):
    scrape = decode_scrape("x.txt", raw)
    assert scrape.text == "a\nb\nc"
    assert scrape.line_endings == expected_endings


def test_windows_1252_smart_quotes_decode():
    scrape = decode_scrape("x.txt", b"\x93Caf\xe9\x94 \x96 50\x80")
    assert scrape.text == "“Café” – 50€"
    assert scrape.encoding.startswith("windows-1252")


def test_latin1_bytes_undefined_in_cp1252_still_decode():
    scrape = decode_scrape("x.txt", b"Se\xf1or \x81 Mu\xf1oz")
    assert scrape.text.startswith("Señor")
    assert scrape.encoding.startswith("latin-1")


def test_empty_and_whitespace_files_are_rejected():
    assert "empty" in reason(b"")
    assert "empty" in reason(b" \n\t\r\n")


@pytest.mark.parametrize("data, kind", [
    (b"%PDF-1.7\n...", "PDF"), (b"\x89PNG\r\n\x1a\n", "PNG"), (b"PK\x03\x04rest", "ZIP"),
    (b"\x1f\x8b\x08\x00", "gzip"),
])
def test_binary_formats_are_named(data, kind):
    assert kind in reason(data)


def test_nul_bytes_mean_binary():
    assert "NUL" in reason(b"text\x00more text")


def test_many_control_bytes_mean_binary():
    assert "control bytes" in reason(bytes(range(1, 9)) * 50)


def test_a_stray_control_character_is_dropped_and_counted():
    scrape = decode_scrape("x.txt", b"Title\nBody\x0c with a form feed\x07.")
    assert scrape.text == "Title\nBody with a form feed."
    assert scrape.dropped_controls == 2


def test_too_large_file_is_rejected_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(3 * 1024 * 1024)
    with pytest.raises(RejectedScrape, match="too large: 3.0 MiB"):
        read_scrape(big, max_bytes=1024 * 1024)


def test_missing_file_and_folder_are_rejected(tmp_path):
    with pytest.raises(RejectedScrape, match="cannot be read"):
        read_scrape(tmp_path / "nope.txt")
    with pytest.raises(RejectedScrape, match="not a regular file"):
        read_scrape(tmp_path)


def test_reading_never_changes_the_file(tmp_path):
    raw = tmp_path / "a.txt"
    data = b"\xef\xbb\xbfTitle\r\nBody \x93x\x94\r\n"
    raw.write_bytes(data)
    stat_before = raw.stat()
    read_scrape(raw)
    assert raw.read_bytes() == data
    assert raw.stat().st_mtime_ns == stat_before.st_mtime_ns


def test_hash_is_of_the_raw_bytes():
    import hashlib

    data = b"Title\r\nBody"
    assert decode_scrape("x.txt", data).sha256 == hashlib.sha256(data).hexdigest()
