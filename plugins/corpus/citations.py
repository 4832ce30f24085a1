"""Who cites whom, and every name across the corpus.

Public interface::

    who_cites_whom(records) -> dict
    entity_index(records) -> dict
    describe_attribution(attribution) -> str | None
    credited_sources(claim) -> list[dict]
    outlet_of(record) -> str;  anchor_of(record, claim) -> str

``who_cites_whom`` returns::

    {
      "by_outlet": {                        # outlets sorted by name
        "SouthFront": {
          "outlet": "SouthFront", "credits": 9,
          "sources": [                      # most credited first, then name
            {"key": "sputnik", "name": "Sputnik", "kind": "named",
             "count": 1, "direct": 1, "via": [],
             "descriptions": ["Sputnik"], "anchors": ["articles/...#c-..."]},
            {"key": "unnamed:diplomatic source in caracas",
             "name": "unnamed diplomatic source in Caracas", "kind": "unnamed",
             "count": 2, "direct": 1, "via": ["Sputnik"], ...}, ...]}},
      "by_source": {                        # sources sorted by key
        "sputnik": {"key", "name", "kind", "count", "descriptions",
                    "outlets": [{"outlet", "count", "direct", "via",
                                 "anchors"}]}},
      "edges": [{"outlet", "source", "count", "direct"}, ...],
    }

A source is credited *directly* when the outlet names it as its source
("Sputnik cited ...", "Mayorca tweeted"), and *via* another source when that
source relays it ("Sputnik cited an anonymous diplomatic source": the
diplomatic source via Sputnik; "an unnamed official told The Associated
Press": the official via the Associated Press, which is credited directly).

Kinds of source: ``named`` (a person, organisation or outlet with a name),
``unnamed`` (an anonymous person described: "diplomatic sources in Caracas",
"an unnamed source at the Russian Embassy" -> "unnamed diplomatic source in
Caracas", "unnamed source at the Russian Embassy"), ``reports`` (reports
without an author: "Reports", "media reports"), ``data`` (records: "flight-
tracking data", "satellite imagery"), ``described`` (a person given by role
only: "the president of Venezuela's National Constituent Assembly") and
``unresolved`` (a pronoun whose antecedent is unknown).  Variants meet by
key: case, accents, periods and doubled letters folded, as entity keys are;
unnamed sources also fold plural heads ("sources" -> "source") and drop
"anonymous"/"unnamed".

``entity_index`` returns every entity by key::

    {"antonov an-124": {"key", "name": "Antonov An-124", "type": "aircraft",
      "slug": "antonov-an-124", "count": 3, "outlets": [...],
      "spellings": [{"as_written": "An-124", "count": 1}, ...],
      "mentions": [{"outlet", "article_key", "slug", "title", "claim_id",
                    "anchor", "as_written", "text"}]}}
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict

from . import compare_rules as R

__all__ = ["who_cites_whom", "entity_index", "describe_attribution",
           "credited_sources", "outlet_of", "anchor_of", "source_key",
           "UNKNOWN_OUTLET"]

UNKNOWN_OUTLET = "Unknown outlet"
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "it", "you"})
_GENERIC_QUOTED = frozenset({"the source", "the official", "the diplomat",
                             "the agency", "the spokesman", "the spokeswoman"})


def outlet_of(record: dict) -> str:
    """The outlet's name, or "Unknown outlet" (as the site shows it)."""
    return (record.get("outlet") or "").strip() or UNKNOWN_OUTLET


def anchor_of(record: dict, claim: dict) -> str:
    """The claim's address relative to the site root."""
    return f"articles/{record['slug']}.html#{claim['id']}"


def source_key(text: str) -> str:
    """The folding of ``entities.name_key``: case, accents, periods, doubled letters."""
    decomposed = unicodedata.normalize("NFKD", text)
    key = "".join(c for c in decomposed if not unicodedata.combining(c))
    key = key.replace("’", "'").lower().replace(".", "")
    key = re.sub(r"([a-z])\1+", r"\1", key)
    return re.sub(r"\s+", " ", key).strip()


# ---------------------------------------------------------------------------
# One attribution, as a reader says it
# ---------------------------------------------------------------------------

def describe_attribution(attribution: dict | None) -> str | None:
    """"Sputnik, citing an anonymous diplomatic source in Caracas",
    "an unnamed Venezuelan official, speaking to The Associated Press",
    "diplomatic sources in Caracas"; None without an attribution."""
    if not attribution:
        return None
    who = _speaker(attribution)
    if not who:
        return None
    quoted = _quoted(attribution)
    text = f"{who}, citing {quoted}" if quoted else who
    if attribution.get("told_to"):
        text += f", speaking to {attribution['told_to']}"
    return text


def _speaker(attribution: dict) -> str | None:
    source = (attribution.get("source") or "").strip()
    if attribution.get("source_name"):
        return attribution["source_name"]
    if attribution.get("refers_to") and (_is_pronoun(source) or source.lower() in _GENERIC_QUOTED):
        return attribution["refers_to"]
    return _lower_first(source) if source else None


def _quoted(attribution: dict) -> str | None:
    quoting = (attribution.get("quoting") or "").strip()
    if not quoting:
        return None
    if quoting.lower() in _GENERIC_QUOTED and attribution.get("refers_to"):
        return attribution["refers_to"]
    return quoting


def _proper_adjective(word: str) -> bool:
    """"Venezuelan", "Chinese", "Israeli": capitalised in any position.

    A heuristic on the endings of demonyms, so that "Diplomatic sources" is
    lowered and "Venezuelan officials" is not.
    """
    return word[:1].isupper() and word.lower().endswith(R.DEMONYM_ENDINGS)


def _is_pronoun(text: str) -> bool:
    return text.lower() in _PRONOUNS


def _lower_first(phrase: str) -> str:
    """"Diplomatic sources in Caracas" -> "diplomatic sources in Caracas".

    Only descriptions are lowered (a phrase with a lower-case word after its
    first); names ("Javier Mayorca") and acronyms ("AFP") are kept.
    """
    words = phrase.split()
    if (len(words) > 1 and any(w[:1].islower() for w in words[1:]) and not words[0].isupper()
            and not _proper_adjective(words[0])):
        return words[0][:1].lower() + phrase[1:]
    if len(words) == 1 and words[0][:1].isupper() and words[0][1:].islower() \
            and words[0].lower() in R.REPORT_HEADS | R.DATA_HEADS | _PRONOUNS:
        return phrase.lower()
    return phrase


# ---------------------------------------------------------------------------
# Sources credited by one claim
# ---------------------------------------------------------------------------

def credited_sources(claim: dict, outlet: str | None = None) -> list[dict]:
    """The sources a claim credits: ``{key, name, kind, description, via}``.

    ``via`` is None for the source the outlet itself credits, else the name
    of the source that relays it.  The party told is a relay only when it is
    a named outlet or organisation other than ``outlet`` ("told The
    Associated Press"); "told the media" or "told the Caribbean Ledger" in
    the Caribbean Ledger's own article credit the speaker directly.
    """
    attribution = claim.get("attribution")
    if not attribution:
        return []
    entities = claim.get("entities") or []
    speaker = _normalise(_speaker_phrase(attribution), attribution.get("source_name"), entities)
    if speaker is None:
        return []
    found = []
    medium = _medium(attribution.get("told_to"), entities, outlet)
    quoted = _quoted(attribution)
    if medium:
        found.append({**medium, "via": None})
        found.append({**speaker, "via": medium["name"]})
    else:
        found.append({**speaker, "via": None})
    if quoted:
        relayed = _normalise(quoted, None, entities)
        if relayed:
            found.append({**relayed, "via": speaker["name"]})
    return found


def _medium(told_to: str | None, entities: list[dict], outlet: str | None) -> dict | None:
    """The outlet or organisation a speaker told, when it relays the words."""
    if not told_to:
        return None
    for entity in entities:
        written = source_key(entity.get("as_written") or "")
        if written and source_key(told_to) in (written, "the " + written) \
                and entity.get("type") in ("outlet", "organisation"):
            if outlet and source_key(entity.get("name") or "") == source_key(outlet):
                return None
            return {"key": source_key(entity["name"]), "name": entity["name"],
                    "kind": "named", "description": told_to}
    return None


def _speaker_phrase(attribution: dict) -> str:
    source = (attribution.get("source") or "").strip()
    if attribution.get("refers_to") and (_is_pronoun(source) or source.lower() in _GENERIC_QUOTED):
        return attribution["refers_to"]
    return source


def _normalise(phrase: str | None, name: str | None, entities: list[dict]) -> dict | None:
    """{key, name, kind, description} of a source as written."""
    phrase = (phrase or "").strip()
    if not phrase and not name:
        return None
    name = name or _entity_named_in(phrase, entities)
    if name:
        return {"key": source_key(name), "name": name, "kind": "named", "description": phrase or name}
    words = [w for w in re.findall(r"[\w’'.-]+", phrase)]
    lowered = [w.lower().strip(".") for w in words]
    if len(lowered) == 1 and lowered[0] in _PRONOUNS:
        return {"key": "unresolved:" + lowered[0], "name": lowered[0],
                "kind": "unresolved", "description": phrase}
    core = _strip_leading(words)
    core_lower = [w.lower() for w in core]
    if any(w in R.ANONYMITY_WORDS for w in lowered) or (set(core_lower) & R.ANONYMOUS_HEADS):
        return _unnamed(core, phrase)
    if set(core_lower) & R.REPORT_HEADS:
        return {"key": "reports", "name": "unspecified reports", "kind": "reports",
                "description": phrase}
    if set(core_lower) & R.DATA_HEADS:
        text = " ".join(core)
        return {"key": "data:" + source_key(text), "name": _lower_first(text),
                "kind": "data", "description": phrase}
    text = " ".join(core) or phrase
    kind = "described" if any(w[:1].islower() for w in core) else "named"
    return {"key": ("described:" if kind == "described" else "") + source_key(text),
            "name": _lower_first(text) if kind == "described" else text,
            "kind": kind, "description": phrase}


def _strip_leading(words: list[str]) -> list[str]:
    core = list(words)
    while core and (core[0].lower() in R.SOURCE_DETERMINERS or core[0].lower() in R.ANONYMITY_WORDS):
        core.pop(0)
    return core


def _unnamed(core: list[str], phrase: str) -> dict:
    """"an anonymous diplomatic source in Caracas" -> "unnamed diplomatic source in Caracas"."""
    kept = [R.SINGULAR_HEADS.get(w.lower(), w) for w in core if w.lower() not in R.ANONYMITY_WORDS]
    description = _lower_first(" ".join(kept)) if kept else "source"
    return {"key": "unnamed:" + source_key(description), "name": f"unnamed {description}",
            "kind": "unnamed", "description": phrase}


def _entity_named_in(phrase: str, entities: list[dict]) -> str | None:
    """A claim entity whose written form the phrase contains ("The Associated Press")."""
    folded = source_key(phrase)
    for entity in entities:
        written = source_key(entity.get("as_written") or "")
        if written and (folded == written or folded == "the " + written):
            return entity.get("name")
    return None


# ---------------------------------------------------------------------------
# The whole corpus
# ---------------------------------------------------------------------------

def who_cites_whom(records) -> dict:
    """Each outlet's sources and each source's outlets (see module docstring)."""
    credits = []
    for record in _good(records):
        for claim in record.get("claims") or []:
            for source in credited_sources(claim, outlet_of(record)):
                credits.append((outlet_of(record), anchor_of(record, claim), source))
    credits = _fold_surnames(credits)
    by_pair = defaultdict(list)
    for outlet, anchor, source in credits:
        by_pair[(outlet, source["key"])].append((anchor, source))
    names = _source_names(credits)
    by_outlet = _by_outlet(by_pair, names)
    by_source = _by_source(by_pair, names)
    edges = [{"outlet": o, "source": k, "count": len(v),
              "direct": sum(s["via"] is None for _, s in v)}
             for (o, k), v in sorted(by_pair.items(), key=lambda kv: (kv[0][0].casefold(), kv[0][1]))]
    return {"by_outlet": by_outlet, "by_source": by_source, "edges": edges}


def _fold_surnames(credits):
    """A lone name ("Trump") joins the one longer named source ending in it
    ("Donald Trump"), as the entity stage does inside one article."""
    named = {s["key"]: s for _, _, s in credits if s["kind"] == "named"}
    target = {}
    for key in named:
        if " " in key:
            continue
        longer = sorted(k for k in named if k.endswith(" " + key))
        if len(longer) == 1:
            target[key] = named[longer[0]]
    folded = []
    for outlet, anchor, source in credits:
        if source["key"] in target:
            full = target[source["key"]]
            source = {**source, "key": full["key"], "name": full["name"]}
        folded.append((outlet, anchor, source))
    return folded


def _good(records):
    return sorted((r for r in records if "error" not in r), key=lambda r: r["key"])


def _source_names(credits) -> dict[str, dict]:
    """Per source key: display name (most frequent form), kind, descriptions."""
    forms = defaultdict(Counter)
    kinds = {}
    descriptions = defaultdict(set)
    for _, _, source in credits:
        forms[source["key"]][source["name"]] += 1
        kinds.setdefault(source["key"], source["kind"])
        descriptions[source["key"]].add(source["description"])
    return {key: {"name": sorted(c, key=lambda n: (-c[n], -_accents(n), n))[0],
                  "kind": kinds[key], "descriptions": sorted(descriptions[key])}
            for key, c in forms.items()}


def _accents(text: str) -> int:
    return sum(ord(c) > 127 for c in text)


def _pair_summary(items) -> dict:
    anchors = sorted({a for a, _ in items})
    via = sorted({s["via"] for _, s in items if s["via"]})
    return {"count": len(items), "direct": sum(s["via"] is None for _, s in items),
            "via": via, "anchors": anchors}


def _by_outlet(by_pair, names) -> dict:
    result = {}
    outlets = sorted({o for o, _ in by_pair}, key=str.casefold)
    for outlet in outlets:
        sources = []
        for (o, key), items in by_pair.items():
            if o == outlet:
                sources.append({"key": key, **names[key], **_pair_summary(items)})
        sources.sort(key=lambda s: (-s["count"], s["name"].casefold(), s["key"]))
        result[outlet] = {"outlet": outlet, "credits": sum(s["count"] for s in sources),
                          "sources": sources}
    return result


def _by_source(by_pair, names) -> dict:
    result = {}
    for key in sorted(names):
        outlets = [{"outlet": o, **_pair_summary(items)}
                   for (o, k), items in by_pair.items() if k == key]
        outlets.sort(key=lambda x: x["outlet"].casefold())
        result[key] = {"key": key, **names[key], "count": sum(x["count"] for x in outlets),
                       "outlets": outlets}
    return result


def entity_index(records) -> dict:
    """Every entity by key, with its display name and mentions (see docstring)."""
    mentions = defaultdict(list)
    found = defaultdict(list)
    for record in _good(records):
        for claim in record.get("claims") or []:
            for entity in claim.get("entities") or []:
                key = entity.get("key") or source_key(entity.get("name") or "")
                found[key].append(entity)
                mentions[key].append({
                    "outlet": outlet_of(record), "article_key": record["key"],
                    "slug": record["slug"], "title": record.get("title"),
                    "claim_id": claim["id"], "anchor": anchor_of(record, claim),
                    "as_written": entity.get("as_written"), "text": claim.get("text")})
    index = {}
    for key in sorted(found):
        names = Counter(e.get("name") or e.get("as_written") for e in found[key])
        types = Counter(e.get("type") for e in found[key])
        spellings = Counter(e.get("as_written") for e in found[key])
        index[key] = {
            "key": key,
            "name": sorted(names, key=lambda n: (-names[n], -_accents(n), n))[0],
            "type": sorted(types, key=lambda t: (-types[t], t or ""))[0],
            "slug": None,  # set below, from the display name
            "count": len(mentions[key]),
            "outlets": sorted({m["outlet"] for m in mentions[key]}, key=str.casefold),
            "spellings": [{"as_written": w, "count": n}
                          for w, n in sorted(spellings.items(), key=lambda kv: (-kv[1], kv[0]))],
            "mentions": mentions[key],
        }
    _assign_slugs(index)
    return index


def _assign_slugs(index: dict) -> None:
    """URL names from display names ("Associated Press" -> associated-press),
    not from the folded key, which drops doubled letters; a clash gets the
    entity type, then a number, appended, in key order so it is stable."""
    taken = set()
    for key in sorted(index):
        entry = index[key]
        base = _slug(entry["name"] or key)
        slug = base if base not in taken else f"{base}-{_slug(entry['type'] or 'entity')}"
        number = 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        taken.add(slug)
        entry["slug"] = slug


def _slug(key: str) -> str:
    ascii_key = unicodedata.normalize("NFKD", key).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_key.lower())) or "entity"
