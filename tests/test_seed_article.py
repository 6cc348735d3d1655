"""The seed article, on its HTML reconstruction and on the text as scraped: the acceptance
of the pipeline issue, checked from the real files against tests/fixtures/expected/rt-s400.toml."""

from __future__ import annotations

import pytest

from auditor import audit_snapshot
from auditor.models import Audit

from .conftest import expected, snapshot

EXPECTED = expected("rt-s400")


@pytest.fixture(scope="module", params=EXPECTED["snapshots"])
def audit(request) -> Audit:
    return audit_snapshot(snapshot(request.param))


def test_boilerplate_is_gone_from_the_body(audit):
    for paragraph in audit.article.paragraphs:
        for phrase in EXPECTED["body"]["must_not_contain"]:
            assert phrase not in paragraph.text


def test_glued_cross_link_leaves_its_own_paragraph(audit):
    starts = [p.text for p in audit.article.paragraphs]
    for start in EXPECTED["body"]["paragraph_starts"]:
        assert any(text.startswith(start) for text in starts), start
    assert "NATOWashington" not in audit.article.text


@pytest.mark.parametrize("kind", sorted(EXPECTED["removed"]))
def test_removed_blocks_carry_kind_and_rule(audit, kind):
    for text in EXPECTED["removed"][kind]:
        matches = [r for r in audit.article.removed if r.kind == kind and text in r.text]
        assert matches, f"no removed {kind} block containing {text!r}"
        assert all(r.rule for r in matches)


def test_outlet_is_rt(audit):
    meta = audit.article.metadata
    assert (meta.outlet_name.value, meta.outlet_domain.value) == (EXPECTED["outlet"]["name"],
                                                                  EXPECTED["outlet"]["domain"])


def test_html_page_metadata_comes_from_its_markup():
    audit = audit_snapshot(snapshot("rt-s400-turkey-erdogan.html"))
    meta = audit.article.metadata
    assert meta.title.value.startswith("Despite American objections, Turkey has ‘no hesitations’")
    assert meta.title.origin == "json-ld"
    assert meta.published.value == "2021-11-21T10:24:00+00:00"
    assert meta.published.origin == "json-ld"
    assert meta.canonical_url.value == "https://www.rt.com/news/540962-turkey-erdogan-s400-purchase/"
    assert audit.snapshot.url.origin == "sidecar"
    assert audit.snapshot.captured_at.value == "2021-11-21T12:00:00Z"


def _find(audit: Audit, prefix: str):
    for claim, attribution in zip(audit.claims, audit.attributions):
        paragraph = audit.article.paragraphs[claim.paragraph].text
        content = (paragraph[attribution.content_start:attribution.content_end]
                   if attribution.content_start is not None else "")
        if claim.text.startswith(prefix) or content.startswith(prefix):
            return claim, attribution, content
    raise AssertionError(f"no claim starts with {prefix!r}")


@pytest.mark.parametrize("want", EXPECTED["attribution"], ids=lambda w: w["claim"][:30])
def test_attribution(audit, want):
    claim, got, content = _find(audit, want["claim"])
    assert got.mode == want["mode"]
    if want["mode"] == "own":
        assert got.source is None
        return
    assert got.source is not None, got
    assert got.source.name == want["source"]
    assert got.source.kind == want["kind"]
    for key in ("role", "organisation"):
        if key in want:
            assert getattr(got.source, key) == want[key]
    for key in ("cue", "mention"):
        if key in want:
            assert getattr(got, key) == want[key]
    if "content" in want:
        assert content == want["content"]
    # the content is an exact span of its paragraph
    paragraph = audit.article.paragraphs[claim.paragraph].text
    assert paragraph[got.content_start:got.content_end] == content
    assert got.relay is None  # RT relays no other outlet here
