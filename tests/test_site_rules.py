"""Each outlet's rule file, checked on a real page of that outlet (expectations as data)."""

from __future__ import annotations

import pytest

from auditor import audit_snapshot
from auditor.lexicons import load_lexicon

from .conftest import FIXTURES, expected, snapshot

CASES = sorted(p.stem for p in (FIXTURES / "expected").glob("*.toml") if p.stem != "rt-s400")


@pytest.mark.parametrize("name", CASES)
def test_site_rules_on_a_real_page(name):
    want = expected(name)
    page = FIXTURES / "pages" / want["snapshot"]  # a test-only page, else a bundled snapshot
    audit = audit_snapshot(page if page.exists() else snapshot(want["snapshot"]))
    paragraphs = [p.text for p in audit.article.paragraphs]
    for phrase in want["body"]["must_not_contain"]:
        assert not any(phrase == p or phrase in p and len(p) < 3 * len(phrase) for p in paragraphs), phrase
    for start in want["body"]["paragraph_starts"]:
        assert any(p.startswith(start) for p in paragraphs), start
    for kind, texts in want.get("removed", {}).items():
        for text in texts:
            assert any(r.kind == kind and text in r.text and r.rule.removeprefix("outside-article:").startswith("sites/")
                       for r in audit.article.removed), (kind, text)
    meta = audit.article.metadata
    assert (meta.outlet_name.value, meta.outlet_domain.value) == (want["outlet"]["name"], want["outlet"]["domain"])


def test_every_site_file_names_its_outlet_and_domains():
    for site in load_lexicon().sites:
        assert site.outlet and site.domains and site.rules
