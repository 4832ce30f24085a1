"""What the search index holds (corpus.search_index), without a browser.

Claims are documents of their own; chrome the cleaner removed is not
searchable; the fields and boosts; the store; byte-identical output for the
same input; and hostile text that cannot break the generated script.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys

import pytest

try:
    from .test_search_helpers import (
        HOSTILE_BODY, HOSTILE_TITLE, REPO_ROOT, article_inputs, build_sample_site, run_node,
        sample_records,
    )
except ImportError:
    from test_search_helpers import (
        HOSTILE_BODY, HOSTILE_TITLE, REPO_ROOT, article_inputs, build_sample_site, run_node,
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


# ----------------------------------------------------------- determinism


def test_same_input_same_bytes():
    first = search_index.render_script(search_index.build(article_inputs(sample_records())).payload)
    shuffled = article_inputs(sample_records())
    random.Random(3).shuffle(shuffled)
    second = search_index.render_script(search_index.build(shuffled).payload)
    assert first == second


def test_same_bytes_whatever_the_hash_seed(tmp_path):
    code = (
        "import sys; sys.path.insert(0, 'tests'); sys.path.insert(0, 'plugins');"
        "from test_search_helpers import article_inputs, sample_records;"
        "from corpus import search_index;"
        "sys.stdout.write(search_index.render_script(search_index.build(article_inputs(sample_records())).payload))"
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
    import importlib.util

    spec = importlib.util.spec_from_file_location("search_bench", REPO_ROOT / "bench" / "search_bench.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    figures, script, queries = bench.sizes(300)
    assert figures["gzip"] / 300 <= 2048, figures
    assert len(queries) == 20 and search_index.parse_script(script)["a"]


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
