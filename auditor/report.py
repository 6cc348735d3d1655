"""Audit database -> provenance reports: a corpus index and a page per article, in HTML
(report_html.py) or Markdown (report_md.py). This module gathers the data, read-only."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from .errors import AuditorError
from .query import SHORTCUTS, connect_read_only

TOP_SOURCES = 25


@dataclass
class ArticleReport:
    """Everything an article's page shows."""

    row: dict  # articles joined with snapshots and outlets
    paragraphs: list[dict]
    claims: list[dict]  # claims joined with their attributions (idx 0), sources and relays
    removed: list[dict]
    links: list[dict]

    @property
    def page_name(self) -> str:
        return f"article-{self.row['article_id'][:16]}"


@dataclass
class CorpusReport:
    """Everything the index shows."""

    db_path: str
    outlets: list[dict]
    sources: list[dict]
    relays: list[dict]
    articles: list[dict]
    skips: list[dict]
    integrity: list[dict]
    article_reports: list[ArticleReport] = field(default_factory=list)


def load_report(db_path: Path | str) -> CorpusReport:
    """Read everything the reports show from an audit database."""
    conn = connect_read_only(db_path)
    conn.row_factory = sqlite3.Row
    try:
        def rows(sql: str, params=()) -> list[dict]:
            return [dict(r) for r in conn.execute(sql, params)]

        defaults = {"kind": None, "source": None, "outlet": None, "mode": None, "limit": TOP_SOURCES}
        report = CorpusReport(
            db_path=str(db_path),
            outlets=rows(SHORTCUTS["outlets"]),
            sources=rows(SHORTCUTS["sources"], defaults),
            relays=rows("""select relay.name as relay, outlets.name as outlet, count(*) as claims
                           from attributions join outlets as relay on relay.outlet_id = attributions.relay_outlet_id
                           join articles on articles.article_id = attributions.article_id
                           left join outlets on outlets.outlet_id = articles.outlet_id
                           group by relay.outlet_id, outlets.outlet_id order by claims desc"""),
            articles=rows("""select s.article_id, s.title, s.outlet, s.claims, s.share_attributed, s.direct,
                                    s.reported, s.mixed, s.anonymous, s.distinct_sources, s.cross_links,
                                    a.published, snap.path, snap.integrity
                             from article_sourcing s join articles a on a.article_id = s.article_id
                             join snapshots snap on snap.snapshot_id = a.snapshot_id
                             order by s.outlet, a.published, s.title"""),
            skips=rows("select path, kind, reason from skips order by kind desc, path"),
            integrity=rows("""select path, integrity, integrity_detail from snapshots
                              where integrity = 'mismatch' order by path"""),
        )
        for article in report.articles:
            report.article_reports.append(_article(rows, article["article_id"]))
        return report
    except sqlite3.DatabaseError as exc:
        raise AuditorError(f"{db_path}: not an audit database ({exc})") from None
    finally:
        conn.close()


def _article(rows, article_id: str) -> ArticleReport:
    (row,) = rows("""select a.*, s.path, s.size, s.sha256, s.media_type, s.encoding, s.encoding_origin,
                            s.url, s.url_origin, s.captured_at, s.captured_at_origin, s.integrity,
                            s.integrity_detail, s.flags as snapshot_flags, s.auditor_version,
                            o.name as outlet_name, o.domain as outlet_domain
                     from articles a join snapshots s on s.snapshot_id = a.snapshot_id
                     left join outlets o on o.outlet_id = a.outlet_id where a.article_id = ?""", [article_id])
    return ArticleReport(
        row=row,
        paragraphs=rows("select idx, text, quoted from paragraphs where article_id = ? order by idx", [article_id]),
        claims=rows("""select c.paragraph, c.start, c.end, c.text, t.idx, t.mode, t.mention, t.cue, t.role,
                              t.organisation, t.content, t.content_start, t.content_end, t.note,
                              s.name as source, s.kind as source_kind, r.name as relay
                       from claims c join attributions t on t.claim_id = c.claim_id
                       left join sources s on s.source_id = t.source_id
                       left join outlets r on r.outlet_id = t.relay_outlet_id
                       where c.article_id = ? order by c.paragraph, c.start, t.idx""", [article_id]),
        removed=rows("select kind, rule, text from removed_blocks where article_id = ? order by idx", [article_id]),
        links=rows("select paragraph, href, text, internal from links where article_id = ? order by idx",
                   [article_id]),
    )


def render_report(db_path: Path | str, out_dir: Path | str, fmt: str = "html") -> list[Path]:
    """Write the index and one page per article into out_dir; return the files written."""
    from . import report_html, report_md

    renderers = {"html": report_html, "md": report_md}
    if fmt not in renderers:
        raise AuditorError(f"unknown report format {fmt!r} (html or md)")
    renderer = renderers[fmt]
    report = load_report(db_path)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for article in report.article_reports:
        path = out / f"{article.page_name}.{fmt}"
        path.write_text(renderer.article_page(article), encoding="utf-8")
        written.append(path)
    index = out / f"index.{fmt}"
    index.write_text(renderer.index_page(report), encoding="utf-8")
    return [index, *written]


MODE_LABELS = {"direct": "D", "reported": "R", "mixed": "M", "own": "O"}
MODE_NAMES = {"direct": "direct quote", "reported": "reported speech", "mixed": "mixed (partial quote)",
              "own": "outlet's own voice"}


def claim_label(claim: dict, number: int) -> str:
    """A label readable without colour: "D3 Recep Tayyip Erdogan", "O4"; a further statement in
    the same claim ("…, adding that …") gets its claim's number and its own: "R3.1 Erdogan"."""
    label = f"{MODE_LABELS.get(claim['mode'], '?')}{number}" + (f".{claim['idx']}" if claim.get("idx") else "")
    return f"{label} {claim['source']}" if claim.get("source") else label


def numbered_claims(claims: list[dict]) -> list[tuple[int, dict]]:
    """(claim number, row) for the claims table: further statements share their claim's number."""
    out, number = [], 0
    for claim in claims:
        number += not claim.get("idx")
        out.append((number, claim))
    return out


def own_claims(claims: list[dict]) -> list[dict]:
    """The claims themselves (idx 0), as the body marks them."""
    return [c for c in claims if not c.get("idx")]


def provenance_rows(row: dict) -> list[tuple[str, str | None, str | None, str]]:
    """(field, value, origin, how to show it: "url", "code" or "text") for an article's
    provenance table: where the page came from and what auditor made of its bytes."""
    return [("URL", row["url"], row["url_origin"], "url"),
            ("captured", row["captured_at"], row["captured_at_origin"], "text"),
            ("snapshot", row["path"], "file", "code"),
            ("SHA-256", row["sha256"], row["integrity"], "code"),
            ("size", f"{row['size']:,} bytes", "file", "text"),
            ("encoding", row["encoding"], row["encoding_origin"], "text"),
            ("doubts", ", ".join(json.loads(row["flags"] or "[]")) or "none", "audit", "text"),
            ("audited by", f"auditor {row['auditor_version']}", "", "text")]


def metadata_rows(row: dict) -> list[tuple[str, str | None, str | None, bool]]:
    """(field, value, origin, is a URL) for an article's metadata table."""
    outlet = f"{row['outlet_name'] or ''} ({row['outlet_domain'] or ''})"
    return [("title", row["title"], row["title_origin"], False),
            ("byline", row["byline"], row["byline_origin"], False),
            ("published", row["published"], row["published_origin"], False),
            ("updated", row["updated"], row["updated_origin"], False),
            ("outlet", outlet, row["outlet_origin"], False),
            ("canonical URL", row["canonical_url"], row["canonical_url_origin"], True)]


def body_pieces(article: ArticleReport):
    """Per paragraph: (paragraph, [(text, claim or None, claim number)]) in reading order."""
    by_paragraph: dict[int, list[tuple[int, dict]]] = {}
    for number, claim in enumerate(own_claims(article.claims), 1):
        by_paragraph.setdefault(claim["paragraph"], []).append((number, claim))
    for paragraph in article.paragraphs:
        text, pos, pieces = paragraph["text"], 0, []
        for number, claim in by_paragraph.get(paragraph["idx"], []):
            if claim["start"] > pos:
                pieces.append((text[pos:claim["start"]], None, 0))
            pieces.append((text[claim["start"]:claim["end"]], claim, number))
            pos = claim["end"]
        if pos < len(text):
            pieces.append((text[pos:], None, 0))
        yield paragraph, pieces
