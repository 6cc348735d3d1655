"""Fetch pages politely with requests and save exactly what was received, with provenance.

Robots.txt is fetched with auditor's own User-Agent and parsed with urllib.robotparser
(its own read() uses another agent, which some sites block); each host gets a delay
(robots Crawl-delay when larger); 429 and 5xx are retried with backoff, honouring
Retry-After; redirects are followed by hand, capped and recorded; bodies are capped while
streaming; the bytes are saved as received (content-encoding undone, never charset-decoded)
beside a sidecar the audit reads back.
"""

from __future__ import annotations

import email.utils
from http import HTTPStatus
import hashlib
import io
import json
import re
import time
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import requests

from . import __version__
from .errors import AuditorError

ROBOTS_TOKEN = "auditor"  # the name robots.txt rules address
DEFAULT_DELAY = 1.0  # seconds between two requests to one host
TIMEOUT = (5.0, 20.0)  # connect, read (seconds)
MAX_BYTES = 20 * 1024 * 1024  # a news page is rarely past 3 MB; past 20 MB it is not a page
MAX_REDIRECTS = 10
MAX_RETRIES = 3
BACKOFF = 1.0  # seconds, doubled at each retry
MAX_RETRY_AFTER = 120.0  # a longer Retry-After is a refusal for this run
REFETCH_WINDOW = timedelta(hours=24)
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
CHUNK = 64 * 1024


class FetchError(AuditorError):
    """A URL that could not be fetched: said in one line, per URL."""


@dataclass
class FetchResult:
    """What happened to one URL."""

    url: str
    status: str  # "saved", "unchanged" (fetched within the window), "refused", "failed"
    reason: str = ""
    path: Path | None = None
    http_status: int | None = None


@dataclass
class Fetcher:
    """A polite fetcher; one instance per run (it keeps robots rules and host clocks)."""

    into: Path
    contact: str | None = None
    delay: float = DEFAULT_DELAY
    timeout: tuple[float, float] = TIMEOUT
    max_bytes: int = MAX_BYTES
    force: bool = False
    warc_path: Path | None = None
    sleep: Callable[[float], None] = time.sleep
    session: requests.Session = field(default_factory=requests.Session)
    _robots: dict[str, RobotFileParser | str] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)
    _warc: object | None = None

    @property
    def user_agent(self) -> str:
        contact = f"; {self.contact}" if self.contact else ""
        return f"{ROBOTS_TOKEN}/{__version__} (news provenance auditor{contact})"

    def fetch_all(self, urls: list[str]) -> list[FetchResult]:
        """Fetch every URL; a failure is reported for its URL and the others go on."""
        self.into.mkdir(parents=True, exist_ok=True)
        results = []
        try:
            for url in urls:
                try:
                    results.append(self.fetch(url))
                except FetchError as exc:
                    results.append(FetchResult(url, "failed", str(exc)))
        finally:
            if self._warc is not None:
                self._warc[1].close()  # type: ignore[index]
                self._warc = None
        return results

    def fetch(self, url: str) -> FetchResult:
        """Fetch one URL into self.into; raise FetchError when it cannot be had."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchError(f"{url}: only http and https URLs are fetched")
        target = self.into / snapshot_name(url)
        sidecar = target.with_name(target.name + ".provenance.json")
        if not self.force and (age := _age(sidecar)) is not None and age < REFETCH_WINDOW:
            return FetchResult(url, "unchanged", f"fetched {int(age.total_seconds() // 60)} min ago "
                               "(--force fetches again)", target)
        allowed, why = self._allowed(url)
        if not allowed:
            return FetchResult(url, "refused", why)
        fetched_at = datetime.now(timezone.utc)
        response, chain = self._get_following_redirects(url)
        with response:
            status = response.status_code
            if status >= 400:
                raise FetchError(f"{url}: HTTP {status}")
            content_type = response.headers.get("Content-Type", "")
            if not content_type.split(";")[0].strip().lower().startswith(HTML_TYPES):
                raise FetchError(f"{url}: not a page (Content-Type {content_type or 'missing'})")
            raw = self._read_capped(response, url)
            headers = dict(response.headers)
            http_version = {10: "HTTP/1.0", 11: "HTTP/1.1"}.get(getattr(response.raw, "version", 11), "HTTP/1.1")
        body = _decode_content(raw, headers.get("Content-Encoding", ""), self.max_bytes, url)
        _write_inside(self.into, target, body)
        provenance = {
            "requested_url": url, "final_url": response.url, "url": response.url,
            "redirects": chain, "status": status, "headers": headers,
            "fetched_at": fetched_at.isoformat(timespec="seconds").replace("+00:00", "Z"),
            "sha256": hashlib.sha256(body).hexdigest(), "size": len(body),
            "user_agent": self.user_agent, "tool": f"auditor {__version__}",
        }
        _write_inside(self.into, sidecar, json.dumps(provenance, indent=2).encode("utf-8"))
        if self.warc_path:
            self._write_warc(response.url, headers, status, http_version, raw, fetched_at)
        return FetchResult(url, "saved", f"HTTP {status}, {len(body):,} bytes", target, status)

    # ------------------------------------------------------------ politeness

    def _allowed(self, url: str) -> tuple[bool, str]:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        rules = self._robots[origin]
        if isinstance(rules, str):
            return False, rules
        if not rules.can_fetch(ROBOTS_TOKEN, url):
            return False, f"{url}: disallowed by {origin}/robots.txt"
        return True, ""

    def _read_robots(self, origin: str) -> RobotFileParser | str:
        """robots.txt fetched with our own User-Agent; a str says why nothing may be fetched."""
        parser = RobotFileParser(origin + "/robots.txt")
        try:
            response = self._request(origin + "/robots.txt", retry=False)
        except FetchError as exc:
            return f"robots.txt unreadable ({exc}): not fetching from {origin}"
        with response:
            if response.status_code in (401, 403):
                return f"{origin}/robots.txt answered HTTP {response.status_code}: not fetching"
            if response.status_code >= 500:
                return f"{origin}/robots.txt answered HTTP {response.status_code}: not fetching"
            if response.status_code >= 400:
                parser.parse([])  # no robots.txt: everything is allowed
                return parser
            text = self._read_capped(response, origin + "/robots.txt").decode("utf-8", "replace")
        parser.parse(text.splitlines())
        return parser

    def _wait_for(self, url: str) -> None:
        host = urlsplit(url).netloc
        delay = self.delay
        rules = self._robots.get(f"{urlsplit(url).scheme}://{host}")
        if isinstance(rules, RobotFileParser):
            crawl_delay = rules.crawl_delay(ROBOTS_TOKEN)
            if crawl_delay:
                delay = max(delay, float(crawl_delay))
        if host in self._last:
            remaining = self._last[host] + delay - time.monotonic()
            if remaining > 0:
                self.sleep(remaining)
        self._last[host] = time.monotonic()

    # ------------------------------------------------------------ HTTP

    def _request(self, url: str, retry: bool = True) -> requests.Response:
        """One GET (no redirects followed), retried on 429/5xx and connection errors."""
        attempt = 0
        while True:
            self._wait_for(url)
            try:
                response = self.session.get(url, headers={"User-Agent": self.user_agent,
                                                          "Accept-Encoding": "gzip, deflate"},
                                            timeout=self.timeout, stream=True, allow_redirects=False)
            except requests.Timeout:
                raise FetchError(f"{url}: timed out (connect {self.timeout[0]} s, read {self.timeout[1]} s)") from None
            except requests.RequestException as exc:
                if not retry or attempt >= MAX_RETRIES:
                    raise FetchError(f"{url}: {type(exc).__name__}: {exc}") from None
                attempt += 1
                self.sleep(BACKOFF * 2 ** (attempt - 1))
                continue
            if retry and (response.status_code == 429 or response.status_code >= 500) and attempt < MAX_RETRIES:
                wait = _retry_after(response.headers.get("Retry-After"))
                response.close()
                if wait is not None and wait > MAX_RETRY_AFTER:
                    raise FetchError(f"{url}: HTTP {response.status_code}, Retry-After {wait:.0f} s is too long")
                attempt += 1
                self.sleep(wait if wait is not None else BACKOFF * 2 ** (attempt - 1))
                continue
            return response

    def _get_following_redirects(self, url: str) -> tuple[requests.Response, list[dict]]:
        chain: list[dict] = []
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            response = self._request(current)
            if response.status_code not in (301, 302, 303, 307, 308):
                return response, chain
            location = response.headers.get("Location")
            response.close()
            if not location:
                raise FetchError(f"{current}: HTTP {response.status_code} without a Location")
            following = urljoin(current, location)
            chain.append({"url": current, "status": response.status_code, "location": following})
            if urlsplit(following).scheme not in ("http", "https"):
                raise FetchError(f"{url}: redirected to a non-http URL {following}")
            allowed, why = self._allowed(following)
            if not allowed:
                raise FetchError(f"{url}: redirected to {following}, {why}")
            current = following
        raise FetchError(f"{url}: more than {MAX_REDIRECTS} redirects")

    def _read_capped(self, response: requests.Response, url: str) -> bytes:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(f"{url}: body of {int(declared):,} bytes is over the {self.max_bytes:,}-byte cap")
        buffer = bytearray()
        try:
            for chunk in response.raw.stream(CHUNK, decode_content=False):
                buffer.extend(chunk)
                if len(buffer) > self.max_bytes:
                    raise FetchError(f"{url}: body over the {self.max_bytes:,}-byte cap")
        except requests.exceptions.ReadTimeout:
            raise FetchError(f"{url}: timed out while reading the body") from None
        except Exception as exc:  # urllib3 errors while streaming: one line, per URL
            if isinstance(exc, FetchError):
                raise
            raise FetchError(f"{url}: reading the body failed ({type(exc).__name__}: {exc})") from None
        return bytes(buffer)

    def _write_warc(self, url, headers, status, http_version, raw, fetched_at) -> None:
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter

        if self._warc is None:
            handle = self.warc_path.open("ab")
            self._warc = (WARCWriter(handle, gzip=str(self.warc_path).endswith(".gz")), handle)
        writer = self._warc[0]  # type: ignore[index]
        date = fetched_at.isoformat(timespec="seconds").replace("+00:00", "Z")
        parts = urlsplit(url)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        request_headers = StatusAndHeaders(f"GET {path} {http_version}", [
            ("Host", parts.netloc), ("User-Agent", self.user_agent), ("Accept-Encoding", "gzip, deflate")],
            is_http_request=True)
        request = writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                            http_headers=request_headers,
                                            warc_headers_dict={"WARC-Date": date})
        try:
            reason = HTTPStatus(status).phrase
        except ValueError:
            reason = ""
        response_headers = StatusAndHeaders(f"{status} {reason}".strip(), list(headers.items()),
                                            protocol=http_version)
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(raw),
                                           http_headers=response_headers,
                                           warc_headers_dict={"WARC-Date": date})
        request.rec_headers.add_header("WARC-Concurrent-To", record.rec_headers.get_header("WARC-Record-ID"))
        writer.write_record(record)
        writer.write_record(request)


def snapshot_name(url: str) -> str:
    """A safe file name for a URL: host, a slug of the path, a digest (never a path)."""
    parts = urlsplit(url)
    host = re.sub(r"[^a-z0-9.-]+", "-", (parts.hostname or "host").lower()).strip(".-") or "host"
    slug = re.sub(r"[^A-Za-z0-9]+", "-", parts.path).strip("-")[:80] or "index"
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:10]
    return f"{host}__{slug}__{digest}.html"


def _write_inside(folder: Path, target: Path, data: bytes) -> None:
    folder = folder.resolve()
    resolved = target.resolve()
    if folder not in resolved.parents:
        raise FetchError(f"{target}: refusing to write outside {folder}")
    partial = resolved.with_name(resolved.name + ".part")
    partial.write_bytes(data)
    partial.replace(resolved)  # a crash never leaves half a snapshot under the real name


def _decode_content(raw: bytes, encoding: str, cap: int, url: str) -> bytes:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return raw
    try:
        if encoding in ("gzip", "x-gzip"):
            decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            decoder = zlib.decompressobj()
        else:
            raise FetchError(f"{url}: unsupported Content-Encoding {encoding!r}")
        body = decoder.decompress(raw, cap + 1)
    except (zlib.error, OSError, EOFError) as exc:
        raise FetchError(f"{url}: body does not decode as {encoding} ({exc})") from None
    if len(body) > cap:
        raise FetchError(f"{url}: decoded body over the {cap:,}-byte cap")
    return body


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _age(sidecar: Path) -> timedelta | None:
    try:
        fetched = json.loads(sidecar.read_text(encoding="utf-8"))["fetched_at"]
        when = datetime.fromisoformat(fetched.replace("Z", "+00:00"))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return datetime.now(timezone.utc) - when


def read_url_file(path: Path) -> list[str]:
    """URLs from a file: one a line; blank lines and # comments skipped."""
    urls = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            urls.append(line)
    return urls


