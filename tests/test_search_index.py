"""What the search index holds (corpus.search_index), without a browser.

Claims are documents of their own; chrome the cleaner removed is not
searchable; the fields and boosts; the store; the quick builder gives
lunr.py's index; byte-identical output for the same input; a large index cut
into parts under the size limit; and hostile text that cannot break the
generated scripts.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys

import pytest

try:
    from .test_search_helpers import (
        HOSTILE_BODY, HOSTILE_TITLE, REPO_ROOT, article_inputs, build_sample_site, load_search_bench, run_node,
        sample_records,
    )
except ImportError:
    from test_search_helpers import (
        HOSTILE_BODY, HOSTILE_TITLE, REPO_ROOT, article_inputs, build_sample_site, load_search_bench, run_node,
        sample_records,
    )

from corpus import search_index
from corpus.search_index import FIELDS, LEAD_CHARS, CLAIM_CHARS


@pytest.fixture(scope="module")
def built():
    return search_index.build(article_inputs(sample_records()))


def refs(index, query):
    return [r["ref"] for r in index.search(query)]


def store_entry(payload, ref):
    number = int(ref[1:], 36)
    return payload["a"][number] if ref[0] == "a" else payload["c"][number]


def words_of(texts):
    words = set()
    for text in texts:
        for token in search_index.js_whitespace_to_space(text).lower().replace("-", " ").split():
            term = search_index.index_term(token)
            if term:
                words.add(term)
    return words


def indexed_texts(record):
    texts = [record["title"], search_index.body_text(record), record.get("author") or "",
             record.get("outlet") or ""]
    for claim in record["claims"]:
        texts += [claim["text"], (claim.get("attribution") or {}).get("source") or ""]
        texts += [e["name"] for e in claim["entities"]] + [e["as_written"] for e in claim["entities"]]
    return texts


# ------------------------------------------------------------- documents


def test_one_document_per_article_and_per_claim(built):
    records = sample_records()
    payload = built.payload
    assert len(payload["a"]) == len(records)
    assert len(payload["c"]) == sum(len(r["claims"]) for r in records)
    assert [d["ref"] for d in built.documents] == search_index_refs(payload)
    # Every claim points at its article and keeps its anchor id.
    by_url = {f"articles/{r['slug']}.html": r for r in records}
    for article_number, anchor, text, source in payload["c"]:
        record = by_url[payload["a"][article_number][0]]
        claim = next(c for c in record["claims"] if c["id"] == anchor)
        assert text == search_index.cut(claim["text"], CLAIM_CHARS)
        assert source == ((claim["attribution"] or {}).get("source") or "")


def search_index_refs(payload):
    """The refs in index order, as search.js derives them (documentRefs)."""
    out, claim = [], 0
    for number in range(len(payload["a"])):
        out.append(search_index.article_ref(number))
        while claim < len(payload["c"]) and payload["c"][claim][0] == number:
            out.append(search_index.claim_ref(claim))
            claim += 1
    return out


def test_claims_are_found_as_claims(built):
    found = refs(built.index, "claim:zakharova")
    assert found and all(ref.startswith("c") for ref in found)
    anchor = store_entry(built.payload, found[0])[1]
    assert anchor == "c-002-1"
    # "99 soldiers": the article with both in its headline, then the claim saying it.
    found = refs(built.index, "99 soldiers")
    assert found[0] == "a1" and store_entry(built.payload, found[1])[1] == "c-001-2"


def test_attribution_and_entities_are_fields(built):
    attributed = refs(built.index, "source:mayorca")
    assert [store_entry(built.payload, r)[1] for r in attributed] == ["c-001-2"]
    assert refs(built.index, "entities:maiquetia")  # an entity of a claim
    assert refs(built.index, "author:blevins") == ["a0"]
    assert refs(built.index, "outlet:amn") == ["a2"]


def test_removed_chrome_is_not_searchable(built):
    records = sample_records()
    kept = set()
    for record in records:
        kept |= words_of(indexed_texts(record))
    chrome = words_of(r["text"] for record in records for r in record["removed"]) - kept
    assert {"akismet", "telegram", "patreon", "whatsapp"} <= chrome
    terms = set(built.payload["index"]["terms"])
    assert not chrome & terms, f"chrome words in the index: {sorted(chrome & terms)}"
    assert terms == kept, "the index holds exactly the words of the indexed fields"
    for query in ("Akismet", "Telegram", "telegram*", "patreon"):
        assert refs(built.index, query) == [], query


def test_fields_and_boosts(built):
    packed = built.payload["index"]
    assert packed["fields"] == ["title", "body", "claim", "source", "entities", "outlet", "author"]
    assert packed["boosts"] == [boost for _, boost in FIELDS]
    assert packed["pipeline"] == ["foldAccents", "trimWord", "stemmer"]
    boosts = dict(FIELDS)
    assert boosts["title"] > boosts["source"] > boosts["claim"] > boosts["body"]


def test_title_outranks_body():
    """A word in one headline beats the same word repeated in another's body."""
    records = sample_records()[:2]
    records[0]["title"] = "Flotilla news"
    records[1]["blocks"].append({"kind": "body", "lines": [50],
                                 "text": "A flotilla. The flotilla again, flotilla and flotilla."})
    built = search_index.build(article_inputs(records))
    found = refs(built.index, "flotilla")
    assert found[:2] == ["a0", "a1"]


def test_attributed_claim_outranks_mention():
    """Searching a person: the claim attributed to them comes before a claim
    that only mentions them."""
    records = sample_records()[2:3]
    record = records[0]
    said = "Military personnel had been sent under the contracts, the ministry said."
    mention = "Reporters asked Zakharova about the contracts and the planes."
    record["blocks"].append({"kind": "body", "lines": [40], "text": said + " " + mention})
    record["claims"] = [
        {"id": "c-mention", "text": mention, "attribution": None, "entities": []},
        {"id": "c-said", "text": said, "attribution": {"source": "Zakharova", "cue": "said"},
         "entities": []},
    ]
    built = search_index.build(article_inputs(records))
    found = [store_entry(built.payload, r)[1] for r in refs(built.index, "zakharova") if r[0] == "c"]
    assert found == ["c-said", "c-mention"]


# ----------------------------------------------------------------- store


def test_store_has_what_a_result_shows(built):
    payload = built.payload
    records = {f"articles/{r['slug']}.html": r for r in sample_records()}
    assert payload["o"] == sorted(payload["o"]) and "Unknown outlet" in payload["o"]
    for url, title, outlet, date, lead in payload["a"]:
        record = records[url]
        assert title == record["title"]
        assert payload["o"][outlet] == (record["outlet"] or "Unknown outlet")
        assert date == (record["published"] or "")
        assert len(lead) <= LEAD_CHARS + 1 and search_index.body_text(record).startswith(lead.rstrip("…")[:40])
        assert lead == search_index.cut(search_index.lead_text(record), LEAD_CHARS)
    # No body text beyond the lead: the store is small.
    body = search_index.body_text(records["articles/000-troops.html"])
    assert body[LEAD_CHARS + 40:LEAD_CHARS + 120] not in json.dumps(payload, ensure_ascii=False)


def test_cut_stops_at_a_word():
    assert search_index.cut("short text", 50) == "short text"
    cut = search_index.cut("one two three four five six seven", 16)
    assert cut == "one two three…"
    assert search_index.cut("a\u2028b\n c", 10) == "a b c"


def test_empty_corpus_builds():
    built = search_index.build([])
    assert built.payload["a"] == [] and built.payload["index"]["docs"] == []
    assert search_index.parse_script(search_index.render_script(built.payload)) == built.payload
    assert search_index.parse_files(search_index.render_files(built.payload)) == built.payload
    assert refs(built.index, "anything") == []


# --------------------------------------------------------------- builder


def lunr_py_tokens(text):
    from lunr.tokenizer import Tokenizer

    return [str(token) for token in Tokenizer(text)]


def test_tokenize_splits_as_lunr_py_does():
    """search_index.tokenize is lunr.py's Tokenizer, only quicker."""
    texts = [HOSTILE_TITLE, HOSTILE_BODY, "", "  ", "-", "S-300   a--b\tc\nd\re\x0bf\x0cg",
             "İstanbul ΣΊΣΥΦΟΣ Straße   x　y", "end-", "-start", "a  b"]
    for record in sample_records():
        texts += indexed_texts(record)
    texts += [search_index.js_whitespace_to_space(text) for text in texts]
    for text in texts:
        assert search_index.tokenize(text) == lunr_py_tokens(text), repr(text)
    assert search_index.tokenize(None) == lunr_py_tokens(None) == []


def test_quick_builder_builds_lunr_pys_index():
    """JsBuilder.add (each distinct word through the pipeline once, postings
    filled in at build()) gives what lunr.py's own Builder.add gives."""
    from lunr.builder import Builder

    bench = load_search_bench()
    articles = article_inputs(sample_records()) + bench.synthetic_articles(30)
    documents, _ = search_index.build_documents(articles)
    quick = search_index.add_documents(documents)
    plain = search_index.make_builder()
    for document in documents:
        Builder.add(plain, {
            "ref": document["ref"],
            **{name: search_index.js_whitespace_to_space(document[name]) for name in search_index.FIELD_NAMES},
        })
    assert quick.field_lengths == plain.field_lengths
    assert quick.field_term_frequencies == plain.field_term_frequencies
    assert list(quick.inverted_index) == list(plain.inverted_index)
    quick_index, plain_index = quick.build(), plain.build()
    assert quick.inverted_index == plain.inverted_index
    assert search_index.serialize_index(quick_index) == search_index.serialize_index(plain_index)


# ----------------------------------------------------------- determinism


def test_same_input_same_bytes():
    first = search_index.build(article_inputs(sample_records())).payload
    shuffled = article_inputs(sample_records())
    random.Random(3).shuffle(shuffled)
    second = search_index.build(shuffled).payload
    assert search_index.render_script(first) == search_index.render_script(second)
    # Cut into parts: the same parts, under the same names.
    assert search_index.render_files(first, 1000) == search_index.render_files(second, 1000)


def test_same_bytes_whatever_the_hash_seed(tmp_path):
    code = (
        "import sys; sys.path.insert(0, 'tests'); sys.path.insert(0, 'plugins');"
        "from test_search_helpers import article_inputs, sample_records;"
        "from corpus import search_index;"
        "payload = search_index.build(article_inputs(sample_records())).payload;"
        "sys.stdout.write(search_index.render_script(payload));"
        "sys.stdout.write(repr(search_index.render_files(payload, 1000)))"
    )
    outputs = set()
    for seed in ("0", "1", "12345"):
        result = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True,
                                env={**os.environ, "PYTHONHASHSEED": seed}, timeout=120)
        assert result.returncode == 0, result.stderr.decode()
        outputs.add(result.stdout)
    assert len(outputs) == 1


def test_two_builds_of_the_sample_site_are_identical(tmp_path):
    first = build_sample_site(tmp_path / "one")
    second = build_sample_site(tmp_path / "two")
    assert sorted(p.name for p in (first / "search").iterdir()) == ["index.js", "lunr.min.js"]
    for name in ("search/index.js", "search/lunr.min.js", "search.html"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    assert (first / "search" / "lunr.min.js").read_bytes() == (
        REPO_ROOT / "node_modules" / "lunr" / "lunr.min.js").read_bytes()


# -------------------------------------------------------------- escaping


def test_hostile_text_cannot_break_the_script(built, tmp_path):
    script = search_index.render_script(built.payload)
    body = script[script.index("(") + 1:]
    for bad in ("</", "<!--", "<script", "-->", "]]>", "\u2028", "\u2029"):
        assert bad not in body, f"{bad!r} appears raw in search/index.js"
    assert script.isascii()
    assert search_index.parse_script(script) == built.payload
    # Run it as the browser would (a plain script), and get the same data back.
    path = tmp_path / "index.js"
    path.write_text(script, encoding="utf-8")
    check = tmp_path / "check.js"
    check.write_text(
        "const fs = require('fs'), vm = require('vm');\n"
        "let data;\n"
        "vm.runInNewContext(fs.readFileSync(process.argv[2], 'utf8'),"
        " {window: {CorpusSearch: {setIndex: (d) => { data = d; }}}});\n"
        "process.stdout.write(JSON.stringify(data));\n",
        encoding="utf-8",
    )
    import shutil
    result = subprocess.run([shutil.which("node"), str(check), str(path)], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == built.payload
    titles = [a[1] for a in built.payload["a"]]
    assert HOSTILE_TITLE in titles
    assert any(HOSTILE_BODY[:60] in c[2] for c in built.payload["c"])
    # Cut into parts, no part file breaks either.
    files = search_index.render_files(built.payload, 1000)
    assert len(files) > 3
    for name, text in files.items():
        assert text.isascii(), name
        for bad in ("</", "<!--", "<script", "-->", "]]>"):
            assert bad not in text.split("*/", 1)[1], f"{bad!r} appears raw in search/{name}"
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert run_parts_in_node(tmp_path) == built.payload


def run_parts_in_node(folder, missing=None):
    """Run ``folder``'s index.js and the parts it names as plain scripts, as
    the browser does, and join them with search.js's joinParts (without
    part ``missing``). The payload, or the error joinParts threw."""
    import shutil

    check = folder / "join.js"
    check.write_text(
        "const fs = require('fs'), path = require('path'), vm = require('vm');\n"
        "const search = require(process.argv[2]);\n"
        "const folder = process.argv[3], missing = Number(process.argv[4]);\n"
        "let header = null; const parts = [];\n"
        "const CorpusSearch = {setIndex: (d) => { header = d; },"
        " addIndexPart: (n, d) => { parts[n - 1] = d; }};\n"
        "const run = (name) => vm.runInNewContext(fs.readFileSync(path.join(folder, name), 'utf8'),"
        " {window: {CorpusSearch}});\n"
        "run('index.js');\n"
        "(header.parts || []).forEach((name, i) => { if (i + 1 !== missing) run(name); });\n"
        "let out;\n"
        "try { out = header.parts ? search.joinParts(header, parts.filter(Boolean)) : header; }"
        " catch (error) { out = {error: error.message}; }\n"
        "process.stdout.write(JSON.stringify(out));\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [shutil.which("node"), str(check), str(REPO_ROOT / "themes/corpus/static/js/search.js"),
         str(folder), str(missing or 0)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# ----------------------------------------------------------------- parts


def test_a_large_index_is_cut_into_parts_under_the_limit(built, tmp_path):
    """Above ``part_bytes`` the payload is cut into part files, none larger,
    that index.js names in order; joined (in Python and by search.js) they
    are the payload again."""
    payload = built.payload
    whole = search_index.render_script(payload)
    assert search_index.render_files(payload, len(whole)) == {"index.js": whole}
    limit = 1000
    files = search_index.render_files(payload, limit)
    header = search_index.parse_script(files["index.js"])
    assert len(header["parts"]) > 3
    assert list(files) == ["index.js", *header["parts"]]
    for number, name in enumerate(header["parts"], 1):
        assert re.fullmatch(rf"index-{number}-[0-9a-f]{{12}}\.js", name), name
        assert search_index.parse_part(files[name])[0] == number
    for name, text in files.items():
        assert len(text.encode("utf-8")) <= limit, name
    # The header keeps what is not a list of entries; the parts, the entries.
    assert header["o"] == payload["o"] and header["index"]["fields"] == payload["index"]["fields"]
    assert "a" not in header and "terms" not in header["index"]
    assert search_index.parse_files(files) == payload
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert search_index.parse_files(search_index.read_files(tmp_path)) == payload
    assert run_parts_in_node(tmp_path) == payload
    # A part missing: search.js's joinParts refuses, it does not search less.
    assert "error" in run_parts_in_node(tmp_path, missing=2)


def test_parts_send_lists_as_columns(tmp_path):
    """A part sends each list as columns: a string of the values joined by
    line breaks, or, where a value holds one (a title over two lines), the
    list of values; either way the same payload comes back."""
    records = sample_records()
    records[1]["title"] = "A title\nover two lines"
    payload = search_index.build(article_inputs(records)).payload
    assert any("\n" in article[1] for article in payload["a"])
    files = search_index.render_files(payload, 1000)
    sent = [json.loads(text[text.index(",", text.index("addIndexPart(")) + 1:text.rindex(");")])
            for name, text in files.items() if name != "index.js"]
    columns = [column for part in sent for name in ("a", "c") for column in part.get(name, [])]
    columns += [part[name] for part in sent for name in ("terms", "docs") if name in part]
    assert any(isinstance(column, str) for column in columns)
    assert any(isinstance(column, list) and any(isinstance(v, str) for v in column) for column in columns)
    assert any(isinstance(column, list) and all(isinstance(v, int) for v in column) for column in columns)
    assert search_index.parse_files(files) == payload
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert run_parts_in_node(tmp_path) == payload


def test_the_size_limit_keeps_a_margin():
    """Parts are cut well below the 5 MB a file of the site may weigh."""
    assert search_index.MAX_FILE_BYTES == 5_000_000
    assert search_index.PART_BYTES <= 0.8 * search_index.MAX_FILE_BYTES


def test_an_entry_larger_than_a_part_is_refused(built):
    from corpus import search_generator

    with pytest.raises(ValueError, match="more than a part"):
        search_index.render_files(built.payload, 400)
    too_large = {"CORPUS_SEARCH_PART_BYTES": search_index.MAX_FILE_BYTES + 1}
    with pytest.raises(search_generator.SearchBuildError):
        search_generator.search_files(built.payload, too_large)


def test_a_rebuild_leaves_no_old_parts(tmp_path):
    """Built in parts, then whole, into the same folder: the old parts go."""
    small = build_sample_site(tmp_path, extra_settings={"CORPUS_SEARCH_PART_BYTES": 1000})
    names = {p.name for p in (small / "search").iterdir()}
    assert len(names) > 4 and "index.js" in names
    assert search_index.parse_files(search_index.read_files(small / "search")) == \
        search_index.build(article_inputs(sample_records())).payload
    whole = build_sample_site(tmp_path)
    assert sorted(p.name for p in (whole / "search").iterdir()) == ["index.js", "lunr.min.js"]


def test_node_sees_search_js_as_one_strict_file():
    source = (REPO_ROOT / "themes" / "corpus" / "static" / "js" / "search.js").read_text(encoding="utf-8")
    code = source.split("*/", 1)[1].lstrip()
    assert code.startswith('"use strict";')
    for sink in (".innerHTML", ".outerHTML", "insertAdjacentHTML", "document.write", "DOMParser"):
        assert sink not in source, sink
    assert "eval(" not in source and "new Function" not in source
    assert source.count('createElement("mark")') == 1
    result = run_node("../../themes/corpus/static/js/search.js")
    assert result.returncode == 0, result.stderr


# ------------------------------------------------------------------ size


def test_size_per_article_stays_under_2_kb_gzipped():
    """bench/search_bench.py's synthetic articles (~450 words, ~8 claims each):
    search/index.js, store included, is at most 2 KB gzipped per article.
    (300 articles: the per-article size only falls as the corpus grows.)"""
    bench = load_search_bench()
    figures, files, queries = bench.sizes(300)
    assert figures["gzip"] / 300 <= 2048, figures
    assert figures["largest"] <= search_index.PART_BYTES
    assert len(queries) == 20 and search_index.parse_files(files)["a"]


def test_typed_punctuation_is_tidied_but_lunr_syntax_kept(tmp_path):
    """search.js's tidyQuery: quotes and sentence punctuation around words go
    (lunr would look them up as part of the word); +, -, :, *, ~, ^ stay."""
    cases = {
        "“Maduro,” said": "Maduro   said",
        "Saturday.": "Saturday",
        "+troops -moscow title:russia deploy* maiquetia~1 russia^10": "+troops -moscow title:russia deploy* maiquetia~1 russia^10",
        "S-300": "S-300",
        "u.s. (army)": "u.s  army",
        "'quoted'": "quoted",
    }
    script = tmp_path / "tidy.js"
    script.write_text(
        "const s = require(process.argv[2]);\n"
        "const cases = JSON.parse(process.argv[3]);\n"
        "process.stdout.write(JSON.stringify(Object.keys(cases).map((q) => s.tidyQuery(q))));\n",
        encoding="utf-8",
    )
    import shutil
    result = subprocess.run(
        [shutil.which("node"), str(script), str(REPO_ROOT / "themes/corpus/static/js/search.js"),
         json.dumps(cases)], capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == list(cases.values())
