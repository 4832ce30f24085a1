"""Charts as SVG text, drawn at build time: no JavaScript, no chart library.

Public interface::

    quantity_chart(group, chart_id=None) -> str     # one quantity group
    timeline_chart(records, chart_id="timeline", assume_year=True) -> str
    citation_chart(cites, chart_id="who-cites-whom") -> str

``group`` is a group of ``compare.group_claims`` (kind "quantity");
``cites`` is ``citations.who_cites_whom(records)``.  Each function returns
one ``<svg>`` element to put in a page as it is.

Every chart:

* has ``role="img"``, a ``<title>`` and a ``<desc>`` (a full text
  alternative: every value and name the picture shows), referenced by
  ``aria-labelledby``, and a ``viewBox`` (it scales with its container);
* uses presentation attributes (``fill``, ``stroke``) and class names
  (``chart-mark-exact`` ...), never ``style`` attributes or ``<style>``
  (the site's Content-Security-Policy forbids inline styles) and no event
  handlers, scripts or links;
* escapes all text (outlet and source names may contain ``<``, ``&``, quotes);
* is deterministic: the same input gives the same bytes (floats rounded to
  one decimal, everything sorted).

Class names a stylesheet may use: ``chart``, ``chart-quantity``,
``chart-timeline``, ``chart-citations``, ``chart-axis``, ``chart-grid``,
``chart-label``, ``chart-value``, ``chart-mark-exact``,
``chart-mark-approximate``, ``chart-mark-vague``, ``chart-range``,
``chart-assumed``, ``chart-link``, ``chart-link-indirect``, ``chart-note``.
"""

from __future__ import annotations

import datetime as _dt
import math
import re
from collections import Counter, defaultdict

from .compare import date_mentions

__all__ = ["quantity_chart", "timeline_chart", "citation_chart", "escape"]

FONT_SIZE = 12
CHAR_WIDTH = 6.6  # average width of a 12px sans-serif character, for layout
ROW = 22
INK = "#1f2937"
MARK = "#1d4ed8"
MUTED = "#6b7280"
GRID = "#d1d5db"
PAPER = "#ffffff"

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def escape(text) -> str:
    """Text safe inside an SVG element or a double-quoted attribute."""
    text = _INVALID_XML.sub("", str(text))
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def _num(value: float) -> str:
    """A coordinate: one decimal at most, no "-0"."""
    rounded = round(float(value), 1)
    if rounded == 0:
        rounded = 0.0
    return f"{rounded:.1f}".rstrip("0").rstrip(".")


def _safe_id(text: str) -> str:
    ident = re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-")
    return ident or "chart"


def _text_width(text: str) -> float:
    return len(text) * CHAR_WIDTH


def _svg(kind: str, chart_id: str, width: float, height: float, title: str,
         desc: str, body: list[str]) -> str:
    ident = _safe_id(chart_id)
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-{kind}" '
            f'viewBox="0 0 {_num(width)} {_num(height)}" role="img" '
            f'aria-labelledby="{ident}-title {ident}-desc" font-family="sans-serif" '
            f'font-size="{FONT_SIZE}" fill="{INK}">')
    return "\n".join([head, f'<title id="{ident}-title">{escape(title)}</title>',
                      f'<desc id="{ident}-desc">{escape(desc)}</desc>', *body, "</svg>"])


def _text(x, y, text, cls="chart-label", anchor="start", fill=None) -> str:
    colour = f' fill="{fill}"' if fill else ""
    return (f'<text class="{cls}" x="{_num(x)}" y="{_num(y)}" text-anchor="{anchor}"'
            f'{colour}>{escape(text)}</text>')


# ---------------------------------------------------------------------------
# (a) Figures of one quantity group
# ---------------------------------------------------------------------------

PLOT_WIDTH = 360


def quantity_chart(group: dict, chart_id: str | None = None) -> str:
    """One row per figure, grouped by outlet; value on a linear scale.

    Exact figures are solid dots; approximate ones a hollow dot on the range
    they allow (+-tolerance); vague ones ("dozens") a dashed range without
    a dot; open ones ("more than 100") a range running off the scale with an
    arrow.  Each row names its outlet (left) and its figure (right).
    """
    rows = _quantity_rows(group)
    top = _nice_top(max([r["high_finite"] for r in rows] + [1]))
    label_w = max([_text_width(r["outlet"]) for r in rows] + [80]) + 16
    value_w = max([_text_width(r["label"]) for r in rows] + [60]) + 16
    width = label_w + PLOT_WIDTH + value_w
    height = 40 + len(rows) * ROW + 30
    scale = lambda v: label_w + PLOT_WIDTH * min(v, top) / top  # noqa: E731
    body = _quantity_axis(scale, top, 40, 40 + len(rows) * ROW)
    for i, row in enumerate(rows):
        y = 40 + i * ROW + ROW / 2
        if row["first"]:
            body.append(_text(label_w - 8, y + 4, row["outlet"], anchor="end"))
        body.extend(_quantity_mark(row, scale, y, top))
        body.append(_text(label_w + PLOT_WIDTH + 8, y + 4, row["label"], cls="chart-value"))
    title = group.get("label") or "Figures"
    return _svg("quantity", chart_id or group.get("id") or "quantity", width, height,
                title, _quantity_desc(group, rows), body)


def _quantity_rows(group: dict) -> list[dict]:
    rows = []
    for cell in group.get("cells") or []:
        for i, entry in enumerate(cell["claims"]):
            low, high = (entry.get("range") or [entry.get("value"), entry.get("value")])
            value = float(entry.get("value") or 0)
            low = float(value if low is None else low)
            high_finite = float(high) if high is not None else value
            shape = entry.get("shape") or ("about" if entry.get("approximate") else "exact")
            rows.append({"outlet": cell["outlet"], "first": i == 0, "value": value,
                         "low": low, "high": None if high is None else float(high),
                         "high_finite": max(high_finite, value, low), "shape": shape,
                         "label": entry.get("phrase") or _plain(value),
                         "source": entry.get("attribution")})
    return rows


def _plain(value: float) -> str:
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.2f}"


TICKS = 4


def _nice_top(value: float) -> float:
    """Where the scale ends: TICKS steps of 1, 2 or 5 times a power of ten."""
    rough = value * 1.05 / TICKS
    power = 10 ** math.floor(math.log10(rough))
    step = next(s * power for s in (1, 2, 5, 10) if s * power >= rough)
    return step * TICKS


def _quantity_axis(scale, top, y0, y1) -> list[str]:
    parts = [f'<line class="chart-axis" x1="{_num(scale(0))}" y1="{_num(y1)}" '
             f'x2="{_num(scale(top))}" y2="{_num(y1)}" stroke="{MUTED}"/>']
    for i in range(TICKS + 1):
        value = top * i / TICKS
        x = scale(value)
        parts.append(f'<line class="chart-grid" x1="{_num(x)}" y1="{_num(y0)}" x2="{_num(x)}" '
                     f'y2="{_num(y1)}" stroke="{GRID}"/>')
        parts.append(_text(x, y1 + 16, _plain(value), cls="chart-axis", anchor="middle", fill=MUTED))
    return parts


def _quantity_mark(row, scale, y, top) -> list[str]:
    shape = row["shape"]
    tip = f"{row['outlet']}: {row['label']}" + (f" (per {row['source']})" if row["source"] else "")
    if shape == "exact":
        return [f'<circle class="chart-mark-exact" cx="{_num(scale(row["value"]))}" cy="{_num(y)}" '
                f'r="5" fill="{MARK}"><title>{escape(tip)}</title></circle>']
    x1, x2 = scale(row["low"]), scale(row["high"] if row["high"] is not None else top)
    dashed = ' stroke-dasharray="4 3"' if shape == "vague" else ""
    parts = [f'<line class="chart-range" x1="{_num(x1)}" y1="{_num(y)}" x2="{_num(x2)}" '
             f'y2="{_num(y)}" stroke="{MARK}" stroke-width="2"{dashed}/>']
    if row["high"] is None or row["high"] > top:
        parts.append(f'<path class="chart-range" d="M{_num(x2)} {_num(y - 4)} L{_num(x2 + 7)} '
                     f'{_num(y)} L{_num(x2)} {_num(y + 4)} Z" fill="{MARK}"/>')
    if shape == "vague":
        parts += [f'<line class="chart-range" x1="{_num(x)}" y1="{_num(y - 5)}" x2="{_num(x)}" '
                  f'y2="{_num(y + 5)}" stroke="{MARK}"/>' for x in (x1, x2)]
        parts.append(f'<rect class="chart-mark-vague" x="{_num(x1)}" y="{_num(y - 6)}" '
                     f'width="{_num(max(x2 - x1, 1))}" height="12" fill="none" stroke="none">'
                     f'<title>{escape(tip)}</title></rect>')
    else:
        parts.append(f'<circle class="chart-mark-approximate" cx="{_num(scale(row["value"]))}" '
                     f'cy="{_num(y)}" r="5" fill="{PAPER}" stroke="{MARK}" stroke-width="2">'
                     f'<title>{escape(tip)}</title></circle>')
    return parts


def _quantity_desc(group: dict, rows: list[dict]) -> str:
    parts = []
    for row in rows:
        kind = {"exact": "exact", "vague": "vague"}.get(row["shape"], "approximate")
        span = "" if row["shape"] == "exact" else (
            f", range {_plain(row['low'])} to "
            + (_plain(row["high"]) if row["high"] is not None else "no upper limit"))
        parts.append(f"{row['outlet']}: {row['label']} ({kind}{span})")
    verdict = group.get("verdict")
    explanation = group.get("explanation") or ""
    return (f"{group.get('label', 'Figures')} Figures by outlet: " + "; ".join(parts)
            + f". Verdict: {verdict}. {explanation}").strip()


# ---------------------------------------------------------------------------
# (b) Timeline of the dates the articles mention
# ---------------------------------------------------------------------------

MAX_CONTINUOUS_DAYS = 45
DOT_OFFSET, BAR_OFFSET, LABEL_OFFSET = 14, 30, 44  # columns right of the axis
MAX_SPAN_ON_AXIS = 7  # a week: longer periods (months, years) are listed


def timeline_chart(records, chart_id: str = "timeline", assume_year: bool = True) -> str:
    """Days down the left, what the articles date on each day to the right.

    Dates resolved to a day (or a weekend, a week) are placed on the axis:
    a solid dot for a day, a bar for a weekend or week.  With
    ``assume_year``, a written month-day from an undated article ("March
    23rd") is placed too when every dated article of the corpus is of one
    year, as a hollow dot marked "year assumed".  Everything else (a weekday
    of an undated article, months, years) is listed below the axis.
    """
    mentions = date_mentions(records)
    year = _corpus_year(records) if assume_year else None
    placed, unplaced = _place_dates(mentions, year)
    rows = _timeline_rows(placed)
    body, height, width = _timeline_body(rows, unplaced)
    title = "Timeline of the dates the articles mention"
    return _svg("timeline", chart_id, width, height, title, _timeline_desc(rows, unplaced, year), body)


def _corpus_year(records) -> int | None:
    years = {r["published"][:4] for r in records if "error" not in r and r.get("published")}
    return int(next(iter(years))) if len(years) == 1 else None


def _place_dates(mentions, year):
    placed, unplaced = [], []
    for m in mentions:
        start, end, assumed = _span(m, year)
        item = {"outlet": m["outlet"], "phrase": m["phrase"], "verb": _verb_text(m),
                "anchor": m["anchor"], "assumed": assumed}
        if start is None or (end - start).days >= MAX_SPAN_ON_AXIS:
            unplaced.append({**item, "date": m.get("date")})
        else:
            placed.append({**item, "start": start, "end": end})
    unplaced.sort(key=lambda u: (u["outlet"].casefold(), u["phrase"] or "", u["anchor"]))
    return placed, unplaced


def _span(m, year):
    if m["day_start"]:
        return _dt.date.fromisoformat(m["day_start"]), _dt.date.fromisoformat(m["day_end"]), False
    if year and m.get("month_day"):
        try:
            day = _dt.date(year, *m["month_day"])
        except ValueError:
            return None, None, False
        return day, day, True
    return None, None, False


def _verb_text(m) -> str:
    if m["role"] == "none" or not m["verb"]:
        return "mentioned"
    return m["verb"]


def _timeline_rows(placed) -> list[dict]:
    """One row per day (every day when the span is short, else marked days)."""
    if not placed:
        return []
    first = min(p["start"] for p in placed)
    last = max(p["end"] for p in placed)
    if (last - first).days <= MAX_CONTINUOUS_DAYS:
        days = [first + _dt.timedelta(days=i) for i in range((last - first).days + 1)]
    else:
        days = sorted({p["start"] for p in placed} | {p["end"] for p in placed})
    rows = []
    for day in days:
        starting = defaultdict(list)
        for p in placed:
            if p["start"] == day:
                key = (p["verb"], p["end"], p["assumed"])
                starting[key].append(p)
        items = [{"verb": verb, "end": end, "assumed": assumed,
                  "outlets": sorted({p["outlet"] for p in found}, key=str.casefold),
                  "phrases": sorted({p["phrase"] for p in found if p["phrase"]})}
                 for (verb, end, assumed), found in sorted(starting.items(), key=_item_order)]
        rows.append({"day": day, "items": items})
    return rows


def _item_order(kv):
    (verb, end, assumed), _ = kv
    return (end, assumed, verb)


def _item_label(item) -> str:
    assumed = " (year assumed)" if item["assumed"] else ""
    phrases = ", ".join(f"“{p}”" for p in item["phrases"])
    return f"{item['verb']}{assumed}: {', '.join(item['outlets'])} — {phrases}"


def _timeline_body(rows, unplaced):
    date_w = 110
    y = 30
    row_y = {}
    body = []
    lines = []
    for row in rows:
        height = max(1, len(row["items"])) * 18 + 6
        row_y[row["day"]] = (y, height)
        y += height
    axis_x = date_w + 10
    if rows:
        body.append(f'<line class="chart-axis" x1="{_num(axis_x)}" y1="20" x2="{_num(axis_x)}" '
                    f'y2="{_num(y)}" stroke="{MUTED}"/>')
    for row in rows:
        top, height = row_y[row["day"]]
        body.append(_text(date_w, top + 14, f"{row['day']:%a} {row['day'].day} {row['day']:%b %Y}",
                          anchor="end", fill=MUTED if not row["items"] else None))
        for i, item in enumerate(row["items"]):
            item_y = top + 10 + i * 18
            body.extend(_timeline_mark(item, row["day"], axis_x, item_y, row_y))
            label = _item_label(item)
            lines.append(label)
            body.append(_text(axis_x + LABEL_OFFSET, item_y + 4, label, cls="chart-value"))
    if unplaced:
        y += 20
        body.append(_text(10, y, "Not placed on the axis (no day can be given):", cls="chart-note"))
        for text in _unplaced_lines(unplaced, with_date=True):
            y += 18
            lines.append(text)
            body.append(_text(20, y, text, cls="chart-note", fill=MUTED))
    if not rows and not unplaced:
        y += 18
        body.append(_text(10, y, "The articles mention no dates.", cls="chart-note"))
    width = max([axis_x + LABEL_OFFSET + _text_width(t) for t in lines] + [360]) + 20
    return body, y + 20, width


def _timeline_mark(item, day, axis_x, y, row_y) -> list[str]:
    cls = "chart-mark-approximate chart-assumed" if item["assumed"] else "chart-mark-exact"
    x = axis_x + DOT_OFFSET
    if item["end"] != day and item["end"] in row_y:
        # A weekend or a week: a bar down to the row of its last day, in a
        # column of its own so that it covers no dot.
        end_top, end_height = row_y[item["end"]]
        bottom = end_top + end_height - 6
        bar_x = axis_x + BAR_OFFSET
        return [f'<rect class="chart-range" x="{_num(bar_x - 4)}" y="{_num(y - 5)}" width="8" '
                f'height="{_num(max(bottom - y + 5, 10))}" rx="4" fill="{MARK}" fill-opacity="0.35" '
                f'stroke="{MARK}"/>']
    if item["assumed"]:
        return [f'<circle class="{cls}" cx="{_num(x)}" cy="{_num(y)}" r="5" fill="{PAPER}" '
                f'stroke="{MARK}" stroke-width="2"/>']
    return [f'<circle class="{cls}" cx="{_num(x)}" cy="{_num(y)}" r="5" fill="{MARK}"/>']


def _timeline_desc(rows, unplaced, year) -> str:
    parts = []
    for row in rows:
        for item in row["items"]:
            until = "" if item["end"] == row["day"] else f" to {item['end'].isoformat()}"
            parts.append(f"{row['day'].isoformat()}{until}: {_item_label(item)}")
    text = "Dates on the axis: " + ("; ".join(parts) if parts else "none") + "."
    if year:
        text += f" Dates written without a year are placed in {year}, the year of every dated article."
    if unplaced:
        text += " Not placed: " + "; ".join(_unplaced_lines(unplaced, with_date=False)) + "."
    return text


def _unplaced_lines(unplaced, with_date: bool) -> list[str]:
    """One line per distinct (outlet, phrase, verb[, date]), in order, with
    "(×N)" when it repeats: on a large corpus one outlet writes "on Saturday"
    hundreds of times, and a line each would make the chart grow with it."""
    counts = Counter()
    for u in unplaced:
        text = f"{u['outlet']}: “{u['phrase']}” ({u['verb']})"
        if with_date and u.get("date"):
            text += f" = {u['date']}"
        counts[text] += 1
    return [text if count == 1 else f"{text} (×{count:,})" for text, count in counts.items()]


# ---------------------------------------------------------------------------
# (c) Who cites whom
# ---------------------------------------------------------------------------

LINK_GAP = 220


# The chart draws at most this many sources, the most cited: 40 rows (about
# 900 px) can still be taken in at a glance, and the table under the chart
# lists every source. (A generated corpus of 10,000 articles has thousands of
# sources; drawn all, the chart alone made the page several megabytes.)
CITATION_CHART_SOURCES = 40


def citation_chart(cites: dict, chart_id: str = "who-cites-whom") -> str:
    """Outlets on the left, sources on the right, a line per outlet and
    source, as wide as the number of claims credited (dashed when the outlet
    only relays the source through another one); the most cited sources
    only (CITATION_CHART_SOURCES), saying so when some are left out."""
    outlets = list(cites.get("by_outlet") or {})
    every_source = sorted((cites.get("by_source") or {}).values(),
                          key=lambda s: (-s["count"], s["name"].casefold(), s["key"]))
    sources = every_source[:CITATION_CHART_SOURCES]
    edges = cites.get("edges") or []
    left_w = max([_text_width(o) for o in outlets] + [80]) + 20
    right_labels = [f"{s['name']} ({s['count']})" for s in sources]
    right_w = max([_text_width(t) for t in right_labels] + [80]) + 20
    rows = max(len(outlets), len(sources), 1)
    height = 30 + rows * ROW + 20
    width = left_w + LINK_GAP + right_w
    y_outlet = _spread(outlets, 30, rows * ROW)
    y_source = _spread([s["key"] for s in sources], 30, rows * ROW)
    body = []
    x1, x2 = left_w, left_w + LINK_GAP
    for edge in sorted(edges, key=lambda e: (e["outlet"].casefold(), e["source"])):
        if edge["outlet"] not in y_outlet or edge["source"] not in y_source:
            continue
        name = cites["by_source"][edge["source"]]["name"]
        body.append(_link(edge, name, x1, y_outlet[edge["outlet"]], x2, y_source[edge["source"]]))
    for outlet in outlets:
        body.append(_text(x1 - 8, y_outlet[outlet] + 4, outlet, anchor="end"))
    for source, label in zip(sources, right_labels):
        body.append(_text(x2 + 8, y_source[source["key"]] + 4, label))
    if not edges:
        body.append(_text(10, 24, "No article credits a source.", cls="chart-note"))
    shown = {source["key"] for source in sources}
    cut = ""
    if len(sources) < len(every_source):
        cut = (f"The {len(sources)} most cited of {len(every_source)} sources; "
               "the tables below list all.")
        body.append(_text(10, 16, cut, cls="chart-note"))
    return _svg("citations", chart_id, width, height, "Who cites whom",
                _citation_desc(cites, shown, cut), body)


def _spread(keys, top, span) -> dict:
    if not keys:
        return {}
    step = span / len(keys)
    return {key: top + step * (i + 0.5) for i, key in enumerate(keys)}


def _link(edge, name, x1, y1, x2, y2) -> str:
    width = min(1 + 1.5 * (edge["count"] - 1), 8)
    indirect = not edge.get("direct")
    cls = "chart-link chart-link-indirect" if indirect else "chart-link"
    dash = ' stroke-dasharray="5 4"' if indirect else ""
    return (f'<path class="{cls}" d="M{_num(x1)} {_num(y1)} C{_num(x1 + 90)} {_num(y1)} '
            f'{_num(x2 - 90)} {_num(y2)} {_num(x2)} {_num(y2)}" fill="none" stroke="{MARK}" '
            f'stroke-opacity="0.6" stroke-width="{_num(width)}"{dash}>'
            f'<title>{escape(edge["outlet"])} → {escape(name)}: {edge["count"]}</title></path>')


def _citation_desc(cites: dict, shown: set, cut: str) -> str:
    parts = []
    for outlet, info in (cites.get("by_outlet") or {}).items():
        sources = ", ".join(
            f"{s['name']} ({s['count']}" + (f", via {', '.join(s['via'])}" if s.get("via") else "") + ")"
            for s in info["sources"] if s["key"] in shown)
        if sources:
            parts.append(f"{outlet} credits {sources}")
    return ((cut + " " if cut else "") + "Outlets and the sources they credit, with the number of claims: "
            + ("; ".join(parts) if parts else "none") + ".")
