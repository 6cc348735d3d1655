"""Pages users bring: WARC files, Wayback Machine captures, SingleFile pages."""

from __future__ import annotations

import io

import sqlite_utils
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from auditor import audit_paths, audit_snapshot

from .conftest import FIXTURES, snapshot

PAGES = FIXTURES / "pages"


def test_wayback_capture_is_unwrapped():
    audit = audit_snapshot(PAGES / "wayback-rt-s400-turkey-erdogan.html")
    snap = audit.snapshot
    assert (snap.url.value, snap.url.origin) == ("https://www.rt.com/news/540962-turkey-erdogan-s400-purchase/",
                                                 "wayback-page")
    assert snap.captured_at.value == "2021-11-21T10:24:31Z"
    assert "web.archive.org" not in snap.text and "WAYBACK TOOLBAR" not in snap.text
    body = audit.article.text
    assert "Wayback Machine" not in body and "captures" not in body
    assert audit.article.metadata.outlet_name.value == "RT"
    assert audit.article.metadata.canonical_url.value == snap.url.value
    assert any(link.href == "https://roe.ru/eng/" and not link.internal for link in audit.article.links)
    # the same article as the reconstruction it was made from
    original = audit_snapshot(snapshot("rt-s400-turkey-erdogan.html"))
    assert [p.text for p in audit.article.paragraphs] == [p.text for p in original.article.paragraphs]


def test_singlefile_page_gives_url_and_save_date():
    snap = audit_snapshot(PAGES / "singlefile-rt-morales-bolivia.html").snapshot
    assert snap.url.value == "https://www.rt.com/news/473849-3-morales-supporters-killed-bolivia/"
    assert snap.url.origin == snap.captured_at.origin == "singlefile-comment"
    assert snap.captured_at.value.startswith("Wed Nov 20 2019 09:12:44")


def test_warc_written_independently_by_warcio(tmp_path):
    path = tmp_path / "independent.warc.gz"
    page = snapshot("rt-s400-turkey-erdogan.html").read_bytes()
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for uri, content_type, payload in [
            ("https://www.rt.com/news/540962-turkey-erdogan-s400-purchase/", "text/html; charset=utf-8", page),
            ("https://www.rt.com/static/logo.png", "image/png", b"\x89PNG\r\n\x1a\n"),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(payload),
                                                          http_headers=headers,
                                                          warc_headers_dict={"WARC-Date": "2021-11-21T12:00:00Z"}))
    db_path = tmp_path / "a.db"
    summary = audit_paths([path], db_path)
    assert (summary.audited, summary.skipped, summary.failed) == (1, 0, 0)  # the PNG is not a page
    (row,) = sqlite_utils.Database(db_path)["snapshots"].rows
    assert row["url"] == "https://www.rt.com/news/540962-turkey-erdogan-s400-purchase/"
    assert (row["captured_at"], row["captured_at_origin"]) == ("2021-11-21T12:00:00Z", "warc-header")
    assert row["integrity"] == "verified"


def test_an_unreadable_warc_is_a_recorded_skip(tmp_path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00 not a warc at all")
    summary = audit_paths([path], tmp_path / "b.db")
    assert summary.skipped == 1 and summary.failed == 0
