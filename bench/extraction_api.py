"""In-process extractors for ../shared/bench/extraction/score.py (--python module:function).

    python score.py dev --python extraction_api:auditor_extract --python-path bench
"""

from __future__ import annotations

from auditor.article import extract_article
from auditor.errors import NotAnArticle, SnapshotError
from auditor.lexicons import load_lexicon
from auditor.snapshot import snapshot_from_bytes


def auditor_extract(html: bytes) -> dict:
    """auditor's body and metadata for one page, in the scorer's keys."""
    try:
        article = extract_article(snapshot_from_bytes(html, "page.html"), load_lexicon())
    except (NotAnArticle, SnapshotError):  # a skip scores an empty body; a broken rule file is an error
        return {"body_text": ""}
    meta = article.metadata
    return {
        "body_text": "\n\n".join(p.text for p in article.paragraphs),
        "title": meta.title.value, "byline": meta.byline.value, "site_name": meta.outlet_name.value,
        "published": meta.published.value, "canonical_url": meta.canonical_url.value,
    }


def trafilatura_extract(html: bytes) -> dict:
    """trafilatura 2.3.1 bare_extraction with metadata, for the same table."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True)
    if doc is None:
        return {"body_text": ""}
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return {"body_text": data.get("text") or "", "title": data.get("title"),
            "byline": data.get("author"), "site_name": data.get("sitename"),
            "published": data.get("date"), "canonical_url": data.get("url")}
