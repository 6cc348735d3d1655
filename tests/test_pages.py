"""Every bundled snapshot is audited end to end, without new code per page."""

from __future__ import annotations

import pytest

from auditor import audit_snapshot, find_snapshots

from .conftest import SNAPSHOTS

PAGES = find_snapshots([SNAPSHOTS])


def test_bundled_snapshots_are_found():
    assert len(PAGES) >= 8


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_page_audits_end_to_end(path):
    audit = audit_snapshot(path)
    article = audit.article
    assert article.metadata.title, "no title"
    assert article.metadata.outlet_name, "no outlet"
    assert len(article.paragraphs) >= 3
    assert len(audit.claims) == len(audit.attributions) > 0
    for paragraph in article.paragraphs:
        assert "Share this story" not in paragraph.text
    for claim in audit.claims:
        assert article.paragraphs[claim.paragraph].text[claim.start:claim.end] == claim.text
    assert any(a.source for a in audit.attributions), "no claim attributed on a news page"
