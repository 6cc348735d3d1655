"""Reports as self-contained HTML: no script, no network, everything from a snapshot escaped.

A Content-Security-Policy that allows no script backs up the escaping: a hostile page's
text, title or links cannot run anything when its report is opened.
"""

from __future__ import annotations

from html import escape
from urllib.parse import urlsplit

from .report import (MODE_NAMES, ArticleReport, CorpusReport, body_pieces, claim_label, metadata_rows,
                     numbered_claims, provenance_rows)

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
STYLE = """
body{font:15px/1.5 system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#1b1b1b}
table{border-collapse:collapse;margin:.5em 0 1.5em;width:100%}
th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}
th{background:#f2f2f2} td.n{text-align:right;font-variant-numeric:tabular-nums}
code,.mono{font-family:ui-monospace,monospace;font-size:.9em;word-break:break-all}
.claim{padding:0 .1em} .claim sup{font-size:.7em;font-weight:600;margin-left:.15em}
.mode-direct{background:#e3f0ff;border-bottom:2px solid #1f5fbf}
.mode-reported{background:#eaf7e6;border-bottom:2px dashed #2e7d32}
.mode-mixed{background:#fff4de;border-bottom:2px dotted #b26a00}
.mode-own{border-bottom:1px solid #bbb}
.legend span{margin-right:1.2em;padding:0 .3em}
blockquote{margin:.5em 0 .5em 1.5em;padding-left:.8em;border-left:3px solid #999}
.warn{color:#a00000;font-weight:600} nav a{margin-right:1em}
"""


def _page(title: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
            f'<meta name="referrer" content="no-referrer">\n'
            f"<title>{escape(title)}</title><style>{STYLE}</style></head>\n<body>\n{body}\n</body></html>\n")


def _table(columns: list[str], rows: list[list[str]], numeric: set[int] = frozenset()) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f'<td class="n">{cell}</td>' if i in numeric else f"<td>{cell}</td>"
                                    for i, cell in enumerate(row)) + "</tr>\n" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>\n{body}</tbody></table>"


def _e(value) -> str:
    return "" if value is None else escape(str(value))


def _link(href: str | None, text: str | None = None) -> str:
    """A link only for http(s) URLs; anything else (javascript:, data:) is shown as text."""
    shown = _e(text if text is not None else href)
    if href and urlsplit(href).scheme in ("http", "https"):
        return f'<a href="{escape(href, quote=True)}" rel="noopener noreferrer nofollow">{shown}</a>'
    return shown


def _pct(value) -> str:
    return "" if value is None else f"{100 * float(value):.0f}%"


def bar_chart(title: str, rows: list[tuple[str, dict[str, float]]], series: list[tuple[str, str, str]]) -> str:
    """A stacked horizontal bar chart as inline SVG: one bar per row, shares that add to 1.

    series: (key, label, fill); each bar segment carries its label and value as text in a
    <title>, and the legend names every series, so the chart reads without colour too.
    """
    width, bar_h, left, gap = 640, 18, 170, 8
    height = len(rows) * (bar_h + gap) + 40
    parts = [f'<svg role="img" aria-label="{escape(title)}" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg" font-size="12" '
             f'font-family="system-ui,sans-serif"><title>{escape(title)}</title>']
    patterns = {"direct": "", "reported": "4 2", "mixed": "1 2"}
    for i, (name, shares) in enumerate(rows):
        y = 10 + i * (bar_h + gap)
        parts.append(f'<text x="{left - 6}" y="{y + 13}" text-anchor="end">{escape(name[:26])}</text>')
        x = float(left)
        for key, label, fill in series:
            w = (width - left - 10) * max(0.0, float(shares.get(key) or 0))
            if w <= 0:
                continue
            dash = patterns.get(key, "")
            stroke = f' stroke="#222" stroke-dasharray="{dash}"' if dash else ' stroke="#222"'
            parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{fill}"{stroke}>'
                         f'<title>{escape(name)}: {escape(label)} {_pct(shares.get(key))}</title></rect>')
            if w > 34:
                parts.append(f'<text x="{x + 3:.1f}" y="{y + 13}">{_pct(shares.get(key))}</text>')
            x += w
    legend_y = height - 10
    x = float(left)
    for key, label, fill in series:
        parts.append(f'<rect x="{x:.0f}" y="{legend_y - 10}" width="10" height="10" fill="{fill}" stroke="#222"/>'
                     f'<text x="{x + 14:.0f}" y="{legend_y}">{escape(label)}</text>')
        x += 14 + 7 * len(label) + 16
    parts.append("</svg>")
    return "".join(parts)


SERIES = [("direct", "direct", "#9cc3f5"), ("reported", "reported/mixed", "#a8dca0"),
          ("own_voice", "own voice", "#e6e6e6")]


def index_page(report: CorpusReport) -> str:
    """The corpus index: outlets and their sourcing profiles, sources, relays, articles, skips."""
    out = [f"<h1>Provenance audit</h1><p class=\"mono\">{_e(report.db_path)}</p>",
           f"<p>{len(report.articles)} articles from {len(report.outlets)} outlets; "
           f"{len(report.skips)} snapshots skipped; {len(report.integrity)} integrity warnings.</p>",
           "<h2>Outlets: sourcing profile</h2>"]
    chart_rows = [(o["outlet"] or o["domain"] or "?", o) for o in report.outlets]
    out.append(bar_chart("Share of claims by mode, per outlet", chart_rows, SERIES))
    out.append(_table(
        ["outlet", "domain", "articles", "claims", "own voice", "direct", "reported", "anonymous",
         "relayed outlets", "cross-links"],
        [[_e(o["outlet"]), _e(o["domain"]), _e(o["articles"]), _e(o["claims"]), _pct(o["own_voice"]),
          _pct(o["direct"]), _pct(o["reported"]), _pct(o["anonymous"]), _e(o["relayed_outlets"]),
          _e(o["cross_links"])] for o in report.outlets], numeric={2, 3, 4, 5, 6, 7, 8, 9}))
    out.append("<h2>Most cited sources</h2>")
    out.append(_table(["source", "kind", "claims", "articles", "cited by"],
                      [[_e(s["source"]), _e(s["kind"]), _e(s["claims"]), _e(s["articles"]), _e(s["cited_by"])]
                       for s in report.sources], numeric={2, 3}))
    out.append("<h2>Relayed outlets</h2>")
    out.append(_table(["relayed outlet", "relayed by", "claims"],
                      [[_e(r["relay"]), _e(r["outlet"]), _e(r["claims"])] for r in report.relays], numeric={2})
               if report.relays else "<p>None.</p>")
    out.append("<h2>Articles</h2>")
    pages = {a.row["article_id"]: a.page_name for a in report.article_reports}
    out.append(_table(
        ["article", "outlet", "published", "claims", "attributed", "direct", "reported", "anonymous",
         "sources", "cross-links", "integrity"],
        [[f'<a href="{pages[a["article_id"]]}.html">{_e(a["title"] or a["path"])}</a>', _e(a["outlet"]),
          _e(a["published"]), _e(a["claims"]), _pct(a["share_attributed"]), _e(a["direct"]), _e(a["reported"]),
          _e(a["anonymous"]), _e(a["distinct_sources"]), _e(a["cross_links"]),
          '<span class="warn">MISMATCH</span>' if a["integrity"] == "mismatch" else _e(a["integrity"])]
         for a in report.articles], numeric={3, 4, 5, 6, 7, 8, 9}))
    out.append("<h2>Skipped snapshots</h2>")
    out.append(_table(["path", "kind", "reason"], [[_e(s["path"]), _e(s["kind"]), _e(s["reason"])]
                                                    for s in report.skips]) if report.skips else "<p>None.</p>")
    out.append("<h2>Integrity warnings</h2>")
    out.append(_table(["path", "detail"], [[f'<span class="warn">{_e(i["path"])}</span>', _e(i["integrity_detail"])]
                                           for i in report.integrity]) if report.integrity else "<p>None.</p>")
    return _page("Provenance audit", "\n".join(out))


def article_page(article: ArticleReport) -> str:
    """One article: provenance, metadata, the body with claims marked, claims, removed blocks, links."""
    row = article.row
    out = ['<nav><a href="index.html">← all articles</a></nav>', f"<h1>{_e(row['title'] or row['path'])}</h1>",
           "<h2>Provenance</h2>"]
    if row["integrity"] == "mismatch":
        out.append(f'<p class="warn">Integrity: {_e(row["integrity_detail"])}</p>')
    shown = {"url": _link, "code": lambda v: f'<span class="mono">{_e(v)}</span>', "text": _e}
    out.append(_table(["field", "value", "from"], [[field, shown[how](value), _e(origin)]
                                                   for field, value, origin, how in provenance_rows(row)]))
    out.append("<h2>Metadata</h2>")
    out.append(_table(["field", "value", "from"], [
        [field, _link(value) if is_url else _e(value), _e(origin)]
        for field, value, origin, is_url in metadata_rows(row)]))
    out.append("<h2>Body, claim by claim</h2>")
    out.append('<p class="legend">Legend: ' + "".join(
        f'<span class="mode-{m}"><b>{m[0].upper()}</b> = {escape(name)}</span>' for m, name in MODE_NAMES.items())
        + " · each claim ends with its label: mode letter, number, source.</p>")
    out.append(_marked_body(article))
    out.append("<h2>Claims</h2>")
    out.append(_table(["#", "mode", "source", "kind", "role", "organisation", "as written", "cue", "relay",
                       "content", "note"],
                      [[_e(claim_label(c, i)), _e(c["mode"]), _e(c["source"]), _e(c["source_kind"]), _e(c["role"]),
                        _e(c["organisation"]), _e(c["mention"]), _e(c["cue"]), _e(c["relay"]), _e(c["content"]),
                        _e(c["note"])] for i, c in numbered_claims(article.claims)]))
    out.append("<h2>Removed blocks</h2>")
    out.append(_table(["kind", "rule", "text"], [[_e(r["kind"]), f'<span class="mono">{_e(r["rule"])}</span>',
                                                  _e(r["text"])] for r in article.removed]))
    out.append("<h2>Links</h2>")
    out.append(_table(["paragraph", "internal", "text", "href"],
                      [[_e(link["paragraph"]), "internal" if link["internal"] else "external", _e(link["text"]),
                        _link(link["href"])] for link in article.links], numeric={0})
               if article.links else "<p>None.</p>")
    return _page(row["title"] or row["path"], "\n".join(out))


def _marked_body(article: ArticleReport) -> str:
    html = []
    for paragraph, pieces in body_pieces(article):
        out = []
        for text, claim, number in pieces:
            if claim is None:
                out.append(_e(text))
                continue
            title = " · ".join(x for x in (MODE_NAMES.get(claim["mode"], claim["mode"]), claim["source"],
                                           claim["cue"] and f"cue: {claim['cue']}",
                                           claim["relay"] and f"via {claim['relay']}") if x)
            out.append(f'<span class="claim mode-{_e(claim["mode"])}" title="{escape(title, quote=True)}">'
                       f'{_e(text)}<sup>[{_e(claim_label(claim, number))}]</sup></span>')
        tag = "blockquote" if paragraph["quoted"] else "p"
        html.append(f"<{tag}>{''.join(out)}</{tag}>")
    return "\n".join(html)
