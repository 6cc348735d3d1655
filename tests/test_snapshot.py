"""Reading saved files: digests, encodings and how they were decided, bad input."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import json
import re

import pytest

from auditor.errors import SnapshotError
from auditor.snapshot import is_snapshot_file, load_snapshot

from .conftest import bad, snapshot

ARTICLE = "<html><head>{head}</head><body><p>{text}</p></body></html>"


def test_digest_is_of_the_raw_bytes_on_disk():
    path = snapshot("rt-morales-bolivia.html.gz")
    snap = load_snapshot(path)
    assert snap.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert snap.size == path.stat().st_size
    assert "Morales" in snap.text and snap.media_type == "html"


def test_plain_text_snapshot():
    snap = load_snapshot(snapshot("rt-s400-article.txt"))
    assert snap.media_type == "text"
    assert snap.encoding_origin == "utf-8-valid"


@pytest.mark.parametrize("raw, encoding, origin", [
    (codecs.BOM_UTF8 + ARTICLE.format(head="", text="café").encode(), "utf-8-sig", "bom"),
    (ARTICLE.format(head='<meta charset="windows-1251">', text="Москва").encode("cp1251"), "cp1251",
     "meta-charset"),
    (ARTICLE.format(head='<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
                    text="café").encode("latin-1"), "cp1252", "meta-charset"),
    (ARTICLE.format(head="", text="naïve café").encode("utf-8"), "utf-8", "utf-8-valid"),
    (ARTICLE.format(head="", text="Le propriétaire du café a annoncé la fermeture définitive de "
                    "l'établissement après un demi-siècle d'activité.").encode("latin-1"), "cp1252", "detected"),
])
def test_encoding_and_how_it_was_decided(tmp_path, raw, encoding, origin):
    path = tmp_path / "page.html"
    path.write_bytes(raw)
    snap = load_snapshot(path)
    assert (snap.encoding, snap.encoding_origin) == (encoding, origin)
    assert "caf\u00e9" in snap.text or "Москва" in snap.text


def test_http_charset_from_sidecar_wins_over_meta(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(ARTICLE.format(head='<meta charset="utf-8">', text="Москва").encode("koi8-r"))
    (tmp_path / "page.html.provenance.json").write_text(json.dumps({
        "url": "https://example.test/a", "fetched_at": "2026-01-02T03:04:05Z",
        "headers": {"Content-Type": "text/html; charset=KOI8-R"}}))
    snap = load_snapshot(path)
    assert snap.encoding_origin == "http-header"
    assert "Москва" in snap.text
    assert snap.url.value == "https://example.test/a" and snap.url.origin == "sidecar"
    assert snap.captured_at.value == "2026-01-02T03:04:05Z"


def test_wrong_declared_charset_is_flagged(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(ARTICLE.format(head='<meta charset="utf-8">', text="café").encode("latin-1"))
    snap = load_snapshot(path)
    assert any("does not decode" in f for f in snap.flags)
    assert "café" in snap.text


def test_url_from_saved_from_comment(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<!-- saved from url=(0029)https://news.example.test/a -->\n" +
                    ARTICLE.format(head="", text="x"))
    assert load_snapshot(path).url.origin == "saved-from-comment"


def test_singlefile_header(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<!--\n Page saved with SingleFile \n url: https://news.example.test/b \n"
                    " saved date: Mon Jan 05 2026 10:00:00 GMT+0000 (UTC)\n-->" + ARTICLE.format(head="", text="x"))
    snap = load_snapshot(path)
    assert snap.url.value == "https://news.example.test/b"
    assert snap.captured_at.value.startswith("Mon Jan 05 2026")


@pytest.mark.parametrize("name, reason", [
    ("empty.html", "empty file"),
    ("binary.html", "looks binary (a PNG image)"),
    ("corrupt.html.gz", "not valid gzip"),
])
def test_bad_files_raise_with_a_reason(name, reason):
    with pytest.raises(SnapshotError, match=re.escape(reason)):
        load_snapshot(bad(name))


def test_nul_bytes_mean_binary(tmp_path):
    path = tmp_path / "x.html"
    path.write_bytes(b"<html>\x00\x00\x00garbage")
    with pytest.raises(SnapshotError, match="NUL bytes"):
        load_snapshot(path)


def test_truncated_html_is_flagged():
    assert any("truncated" in f for f in load_snapshot(bad("truncated.html")).flags)


def test_gzip_is_read_through(tmp_path):
    path = tmp_path / "p.html.gz"
    path.write_bytes(gzip.compress(ARTICLE.format(head="", text="gzipped").encode()))
    assert "gzipped" in load_snapshot(path).text


@pytest.mark.parametrize("name, wanted", [
    ("a.html", True), ("a.HTM", True), ("a.html.gz", True), ("a.txt", True),
    ("a.html.provenance.json", False), ("a.json", False), ("a.png", False),
])
def test_which_files_are_snapshots(tmp_path, name, wanted):
    assert is_snapshot_file(tmp_path / name) is wanted
