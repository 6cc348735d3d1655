"""Reports as Markdown, for pasting into a memo or an issue tracker.

Text from snapshots is escaped for Markdown (and for the HTML that Markdown allows), and
only http(s) URLs become links.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .report import (MODE_NAMES, ArticleReport, CorpusReport, body_pieces, claim_label, metadata_rows,
                     numbered_claims, provenance_rows)

MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|~])")


def _e(value) -> str:
    """Markdown-safe text on one line: special characters escaped, so '<script>' stays text."""
    if value is None:
        return ""
    text = " ".join(str(value).split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return MD_SPECIAL.sub(r"\\\1", text)


def _link(href: str | None, text: str | None = None) -> str:
    if href and urlsplit(href).scheme in ("http", "https"):
        return f"[{_e(text or href)}](<{href.replace('>', '%3E').replace(' ', '%20')}>)"
    return _e(text or href)


def _pct(value) -> str:
    return "" if value is None else f"{100 * float(value):.0f}%"


def _table(columns: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell or "" for cell in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _bar(share, width: int = 20) -> str:
    filled = round(width * float(share or 0))
    return "█" * filled + "·" * (width - filled)


def index_page(report: CorpusReport) -> str:
    """The corpus index in Markdown (charts as text bars)."""
    out = ["# Provenance audit", "", f"`{report.db_path}`: {len(report.articles)} articles from "
           f"{len(report.outlets)} outlets; {len(report.skips)} snapshots skipped; "
           f"{len(report.integrity)} integrity warnings.", "", "## Outlets: sourcing profile", ""]
    out.append(_table(
        ["outlet", "articles", "claims", "own voice", "direct", "reported", "anonymous", "relayed outlets",
         "cross-links"],
        [[_e(o["outlet"]), str(o["articles"]), str(o["claims"]), _pct(o["own_voice"]), _pct(o["direct"]),
          _pct(o["reported"]), _pct(o["anonymous"]), str(o["relayed_outlets"]), str(o["cross_links"])]
         for o in report.outlets]))
    out.append("Share of claims in the outlet's own voice:\n")
    out.append("```\n" + "\n".join(f"{(o['outlet'] or '?')[:24]:<24} {_bar(o['own_voice'])} {_pct(o['own_voice'])}"
                                   for o in report.outlets) + "\n```\n")
    out.append("## Most cited sources\n")
    out.append(_table(["source", "kind", "claims", "articles", "cited by"],
                      [[_e(s["source"]), _e(s["kind"]), str(s["claims"]), str(s["articles"]), _e(s["cited_by"])]
                       for s in report.sources]))
    out.append("## Relayed outlets\n")
    out.append(_table(["relayed outlet", "relayed by", "claims"],
                      [[_e(r["relay"]), _e(r["outlet"]), str(r["claims"])] for r in report.relays])
               if report.relays else "None.\n")
    out.append("## Articles\n")
    pages = {a.row["article_id"]: a.page_name for a in report.article_reports}
    out.append(_table(["article", "outlet", "published", "claims", "attributed", "anonymous", "integrity"],
                      [[f"[{_e(a['title'] or a['path'])}]({pages[a['article_id']]}.md)", _e(a["outlet"]),
                        _e(a["published"]), str(a["claims"]), _pct(a["share_attributed"]), str(a["anonymous"]),
                        "**MISMATCH**" if a["integrity"] == "mismatch" else _e(a["integrity"])]
                       for a in report.articles]))
    out.append("## Skipped snapshots\n")
    out.append(_table(["path", "kind", "reason"], [[_e(s["path"]), _e(s["kind"]), _e(s["reason"])]
                                                    for s in report.skips]) if report.skips else "None.\n")
    out.append("## Integrity warnings\n")
    out.append(_table(["path", "detail"], [[_e(i["path"]), _e(i["integrity_detail"])] for i in report.integrity])
               if report.integrity else "None.\n")
    return "\n".join(out)


def article_page(article: ArticleReport) -> str:
    """One article in Markdown: provenance, metadata, marked body, claims, removed blocks, links."""
    row = article.row
    out = [f"# {_e(row['title'] or row['path'])}", "", "[← all articles](index.md)", "", "## Provenance", ""]
    if row["integrity"] == "mismatch":
        out.append(f"**Integrity: {_e(row['integrity_detail'])}**\n")
    shown = {"url": _link, "code": lambda v: f"`{v}`", "text": _e}
    out.append(_table(["field", "value", "from"], [[field, shown[how](value), _e(origin)]
                                                   for field, value, origin, how in provenance_rows(row)]))
    out.append("## Metadata\n")
    out.append(_table(["field", "value", "from"], [
        [field, _link(value) if is_url else _e(value), _e(origin)]
        for field, value, origin, is_url in metadata_rows(row)]))
    out.append("## Body, claim by claim\n")
    out.append("Each claim is followed by its label: " + ", ".join(
        f"**{m[0].upper()}** {name}" for m, name in MODE_NAMES.items()) + "; then its number and source.\n")
    for paragraph, pieces in body_pieces(article):
        parts = [_e(text) if claim is None else f"{_e(text)} **\\[{_e(claim_label(claim, number))}\\]**"
                 for text, claim, number in pieces]
        out.append(("> " if paragraph["quoted"] else "") + " ".join(p for p in parts if p) + "\n")
    out.append("## Claims\n")
    out.append(_table(["#", "mode", "source", "kind", "role", "organisation", "as written", "cue", "relay", "content"],
                      [[_e(claim_label(c, i)), c["mode"], _e(c["source"]), _e(c["source_kind"]), _e(c["role"]),
                        _e(c["organisation"]), _e(c["mention"]), _e(c["cue"]), _e(c["relay"]), _e(c["content"])]
                       for i, c in numbered_claims(article.claims)]))
    out.append("## Removed blocks\n")
    out.append(_table(["kind", "rule", "text"], [[_e(r["kind"]), f"`{r['rule']}`", _e(r["text"][:300])]
                                                  for r in article.removed]))
    out.append("## Links\n")
    out.append(_table(["paragraph", "internal", "link"],
                      [[str(link["paragraph"]), "internal" if link["internal"] else "external",
                        _link(link["href"], link["text"] or link["href"])] for link in article.links])
               if article.links else "None.\n")
    return "\n".join(out)
