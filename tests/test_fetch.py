"""Fetching against a real HTTP server on localhost; nothing leaves the machine."""

from __future__ import annotations

import gzip
import json
import time

import pytest

from auditor import audit_paths
from auditor.fetch import Fetcher, snapshot_name
from auditor.snapshot import load_snapshot

from .conftest import snapshot

PAGE = snapshot("rt-s400-turkey-erdogan.html").read_bytes()
HTML = {"Content-Type": "text/html; charset=utf-8"}


@pytest.fixture
def fetcher(tmp_path):
    sleeps: list[float] = []
    f = Fetcher(tmp_path / "into", delay=0.0, sleep=sleeps.append)
    f.sleeps = sleeps  # type: ignore[attr-defined]
    return f


def _only(results):
    (result,) = results
    return result


def test_saves_raw_bytes_with_a_sidecar(http_server, fetcher):
    http_server.page("/a", (200, HTML, PAGE))
    result = _only(fetcher.fetch_all([http_server.url("/a")]))
    assert result.status == "saved"
    assert result.path.read_bytes() == PAGE
    sidecar = json.loads(result.path.with_name(result.path.name + ".provenance.json").read_text())
    assert sidecar["requested_url"] == sidecar["final_url"] == http_server.url("/a")
    assert sidecar["status"] == 200 and sidecar["redirects"] == []
    assert sidecar["user_agent"].startswith("auditor/") and sidecar["tool"].startswith("auditor ")
    assert sidecar["fetched_at"].endswith("Z") and len(sidecar["sha256"]) == 64
    assert sidecar["headers"]["Content-Type"] == "text/html; charset=utf-8"
    # what the audit reads back
    snap = load_snapshot(result.path)
    assert (snap.url.value, snap.url.origin, snap.integrity) == (http_server.url("/a"), "sidecar", "verified")


def test_redirect_chain_is_followed_and_recorded(http_server, fetcher):
    http_server.page("/r1", (302, {"Location": "/r2"}, b""))
    http_server.page("/r2", (301, {"Location": http_server.url("/final")}, b""))
    http_server.page("/final", (200, HTML, PAGE))
    result = _only(fetcher.fetch_all([http_server.url("/r1")]))
    sidecar = json.loads(result.path.with_name(result.path.name + ".provenance.json").read_text())
    assert [(r["status"], r["location"]) for r in sidecar["redirects"]] == [
        (302, http_server.url("/r2")), (301, http_server.url("/final"))]
    assert sidecar["final_url"] == http_server.url("/final")


def test_404_fails_without_retry(http_server, fetcher):
    result = _only(fetcher.fetch_all([http_server.url("/missing")]))
    assert (result.status, result.reason) == ("failed", f"{http_server.url('/missing')}: HTTP 404")
    assert [p for p, _ in http_server.requests].count("/missing") == 1


def test_429_honours_retry_after_then_succeeds(http_server, fetcher):
    http_server.page("/busy", (429, {"Retry-After": "3"}, b"slow down"), (200, HTML, PAGE))
    result = _only(fetcher.fetch_all([http_server.url("/busy")]))
    assert result.status == "saved"
    assert 3.0 in fetcher.sleeps


def test_500_twice_then_success_is_retried_with_backoff(http_server, fetcher):
    http_server.page("/flaky", (500, {}, b"oops"), (503, {}, b"oops"), (200, HTML, PAGE))
    result = _only(fetcher.fetch_all([http_server.url("/flaky")]))
    assert result.status == "saved"
    assert [p for p, _ in http_server.requests].count("/flaky") == 3
    assert fetcher.sleeps[-2:] == [1.0, 2.0]


def test_robots_disallow_is_obeyed(http_server, fetcher):
    http_server.page("/robots.txt", (200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /private\n"))
    http_server.page("/private/a", (200, HTML, PAGE))
    result = _only(fetcher.fetch_all([http_server.url("/private/a")]))
    assert result.status == "refused" and "robots.txt" in result.reason
    assert "/private/a" not in [p for p, _ in http_server.requests]


def test_robots_is_read_with_our_own_user_agent(http_server, fetcher):
    # a site that blocks other agents (as many block Python-urllib) and allows auditor
    def robots(handler):
        if not handler.headers.get("User-Agent", "").startswith("auditor/"):
            return 403, {}, b"forbidden"
        return 200, {"Content-Type": "text/plain"}, b"User-agent: *\nDisallow: /\n\nUser-agent: auditor\nAllow: /\n"
    http_server.page("/robots.txt", robots)
    http_server.page("/a", (200, HTML, PAGE))
    assert _only(fetcher.fetch_all([http_server.url("/a")])).status == "saved"
    assert all(ua.startswith("auditor/") for _, ua in http_server.requests)


def test_crawl_delay_sets_the_per_host_delay(http_server, fetcher):
    http_server.page("/robots.txt", (200, {"Content-Type": "text/plain"}, b"User-agent: *\nCrawl-delay: 7\n"))
    http_server.page("/a", (200, HTML, PAGE))
    http_server.page("/b", (200, HTML, PAGE))
    fetcher.fetch_all([http_server.url("/a"), http_server.url("/b")])
    assert any(6.0 < s <= 7.0 for s in fetcher.sleeps)


def test_oversized_body_is_refused_while_streaming(http_server, tmp_path):
    http_server.page("/big", (200, {"Content-Type": "text/html", "Transfer-Encoding": "identity"}, b"x" * 50_000))
    small = Fetcher(tmp_path / "into", delay=0, max_bytes=10_000, sleep=lambda s: None)
    result = _only(small.fetch_all([http_server.url("/big")]))
    assert result.status == "failed" and "cap" in result.reason
    assert not list((tmp_path / "into").glob("*.html"))


def test_non_html_content_type_is_refused(http_server, fetcher):
    http_server.page("/doc.pdf", (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4"))
    result = _only(fetcher.fetch_all([http_server.url("/doc.pdf")]))
    assert result.status == "failed" and "application/pdf" in result.reason


def test_a_stalling_server_times_out_and_the_others_go_on(http_server, tmp_path):
    def stall(handler):
        time.sleep(1.5)
        return 200, HTML, PAGE
    http_server.page("/stall", stall)
    http_server.page("/ok", (200, HTML, PAGE))
    quick = Fetcher(tmp_path / "into", delay=0, timeout=(1.0, 0.5), sleep=lambda s: None)
    stalled, ok = quick.fetch_all([http_server.url("/stall"), http_server.url("/ok")])
    assert stalled.status == "failed" and "timed out" in stalled.reason
    assert ok.status == "saved"


def test_gzip_content_encoding_is_undone_and_kept_raw_in_the_warc(http_server, tmp_path):
    http_server.page("/gz", (200, {**HTML, "Content-Encoding": "gzip"}, gzip.compress(PAGE)))
    warc = tmp_path / "crawl.warc.gz"
    f = Fetcher(tmp_path / "into", delay=0, sleep=lambda s: None, warc_path=warc)
    result = _only(f.fetch_all([http_server.url("/gz")]))
    assert result.path.read_bytes() == PAGE
    from warcio.archiveiterator import ArchiveIterator
    with warc.open("rb") as handle:
        records = [(r.rec_type, r.http_headers.get_header("Content-Encoding") if r.http_headers else None,
                    r.content_stream().read()) for r in ArchiveIterator(handle)]
    response = next(r for r in records if r[0] == "response")
    assert response[1] == "gzip" and response[2] == PAGE  # warcio undoes the encoding on read
    assert any(r[0] == "request" for r in records)


def test_header_charset_differs_from_meta(http_server, fetcher, tmp_path):
    body = ('<html><head><meta charset="utf-8"><title>Москва заявила</title></head><body><article>'
            + "<p>Москва заявила, что переговоры продолжатся на следующей неделе, сообщил представитель.</p>" * 8
            + "</article></body></html>").encode("cp1251")
    http_server.page("/ru", (200, {"Content-Type": "text/html; charset=windows-1251"}, body))
    result = _only(fetcher.fetch_all([http_server.url("/ru")]))
    snap = load_snapshot(result.path)
    assert snap.encoding_origin == "http-header" and "Москва" in snap.text


def test_same_url_is_not_fetched_again_unless_forced(http_server, tmp_path):
    http_server.page("/a", (200, HTML, PAGE))
    f = Fetcher(tmp_path / "into", delay=0, sleep=lambda s: None)
    assert _only(f.fetch_all([http_server.url("/a")])).status == "saved"
    assert _only(f.fetch_all([http_server.url("/a")])).status == "unchanged"
    forced = Fetcher(tmp_path / "into", delay=0, sleep=lambda s: None, force=True)
    assert _only(forced.fetch_all([http_server.url("/a")])).status == "saved"
    assert [p for p, _ in http_server.requests].count("/a") == 2


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.test/a", "javascript:alert(1)"])
def test_only_http_and_https(fetcher, url):
    result = _only(fetcher.fetch_all([url]))
    assert result.status == "failed" and "only http and https" in result.reason


@pytest.mark.parametrize("url", ["http://127.0.0.1/../../etc/passwd", "http://a.test/%2e%2e/%2e%2e/x",
                                 "http://a.test/" + "x" * 500])
def test_file_names_are_safe(url):
    name = snapshot_name(url)
    assert "/" not in name and ".." not in name.replace("__", "") and len(name) < 140


def test_fetched_warc_audits_back_and_tampering_is_flagged(http_server, tmp_path):
    http_server.page("/a", (200, HTML, PAGE))
    warc = tmp_path / "crawl.warc.gz"
    f = Fetcher(tmp_path / "into", delay=0, sleep=lambda s: None, warc_path=warc)
    result = _only(f.fetch_all([http_server.url("/a")]))
    summary = audit_paths([warc], tmp_path / "w.db")
    assert summary.audited == 1
    import sqlite_utils
    (row,) = sqlite_utils.Database(tmp_path / "w.db")["snapshots"].rows
    assert (row["url"], row["url_origin"], row["integrity"]) == (http_server.url("/a"), "warc-header", "verified")
    assert row["path"].startswith(str(warc) + "#")
    # now edit the saved page after capture
    result.path.write_bytes(PAGE.replace(b"Washington also targeted", b"Washington never targeted"))
    summary = audit_paths([result.path], tmp_path / "t.db")
    assert summary.integrity_warnings and "changed after capture" in summary.describe()
    (row,) = sqlite_utils.Database(tmp_path / "t.db")["snapshots"].rows
    assert row["integrity"] == "mismatch"
