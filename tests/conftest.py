"""Shared fixtures: real pages, a real SQLite file per test."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SNAPSHOTS = ROOT / "snapshots"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "audit.db"


def snapshot(name: str) -> Path:
    """A bundled snapshot by file name."""
    path = SNAPSHOTS / name
    assert path.is_file(), path
    return path


def bad(name: str) -> Path:
    return FIXTURES / "bad" / name


def expected(name: str) -> dict:
    return tomllib.loads((FIXTURES / "expected" / f"{name}.toml").read_text(encoding="utf-8"))


@pytest.fixture
def further_statement_folder(tmp_path: Path) -> Path:
    """A folder holding one plain-text story whose quotation goes on in a further statement
    ("“…,” Anna Berg said, adding that …") and one claim in the outlet's own voice."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "talks.txt").write_text(
        "Talks to resume\n\n"
        "“We will not give up,” Foreign Minister Anna Berg said, adding that the talks would resume in March.\n\n"
        "The talks stalled in May after the two delegations failed to agree on the border, the fishing "
        "rights and the schedule for the withdrawal of troops from the disputed region.\n", encoding="utf-8")
    return folder


@pytest.fixture
def snapshot_copy(tmp_path: Path):
    """Copy bundled snapshots (and sidecars) into a private folder."""
    def copy(*names: str) -> Path:
        folder = tmp_path / "snaps"
        folder.mkdir(exist_ok=True)
        for name in names:
            shutil.copy(SNAPSHOTS / name, folder / name)
            sidecar = SNAPSHOTS / f"{name}.provenance.json"
            if sidecar.exists():
                shutil.copy(sidecar, folder / sidecar.name)
        return folder
    return copy


class _Server:
    """A real HTTP server on localhost whose answers a test scripts per path."""

    def __init__(self):
        import threading
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        self.routes: dict[str, list] = {}  # path -> answers, used in turn (the last one repeats)
        self.requests: list[tuple[str, str]] = []  # (path, User-Agent)
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                server.requests.append((self.path, self.headers.get("User-Agent", "")))
                answers = server.routes.get(self.path)
                if not answers:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                answer = answers.pop(0) if len(answers) > 1 else answers[0]
                if callable(answer):
                    answer = answer(self)
                    if answer is None:
                        return
                status, headers, body = answer
                self.send_response(status)
                for key, value in headers.items():
                    self.send_header(key, value)
                if "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (a size cap, a timeout): what those tests want

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                       daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def page(self, path: str, *answers) -> None:
        self.routes[path] = list(answers)

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def http_server():
    server = _Server()
    yield server
    server.stop()
