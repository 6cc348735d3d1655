"""A second look at body extraction, on news pages outside ../shared/bench: newspaper4k's test pages.

    python bench/newspaper4k.py            # downloads newspaper4k 0.9.6's source from PyPI once

newspaper4k (MIT licence) ships 23 saved pages (CNN, Wired, TIME, Fox 13, Yonhap, Nikkei,
AFPBB, pages in eleven languages) each with the article text its maintainers expect. That
text is newspaper4k's own output as they accepted it, not a gold standard (it keeps some
"related stories" links, drops some headings), so this is a check that rules written
against the bench generalise, not a target. Prints token precision, recall and F1 of
auditor and of trafilatura 2.3.1 against it, per page and on average.
"""

from __future__ import annotations

import collections
import re
import statistics
import subprocess
import sys
import tarfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from extraction_api import auditor_extract, trafilatura_extract  # noqa: E402

VERSION = "0.9.6"
CACHE = HERE / "out" / "newspaper4k"


def main() -> None:
    data = _test_data()
    rows = []
    print(f"{'page':24s} {'auditor P/R/F1':>20s}   {'trafilatura P/R/F1':>20s}")
    for html in sorted((data / "html").glob("*.html")):
        expected = data / "txt" / f"{html.stem}.txt"
        if not expected.exists():
            continue
        raw, truth = html.read_bytes(), expected.read_text(encoding="utf-8")
        ours, theirs = _scores(auditor_extract(raw), truth), _scores(trafilatura_extract(raw), truth)
        rows.append((ours, theirs))
        print(f"{html.stem:24s} {_show(ours):>20s}   {_show(theirs):>20s}")
    for name, i in (("auditor", 0), ("trafilatura", 1)):
        print(f"mean F1 {name}: {statistics.mean(r[i][2] for r in rows):.3f} over {len(rows)} pages")


def _test_data() -> Path:
    """newspaper4k's tests/data, from its source distribution on PyPI (downloaded once)."""
    root = CACHE / f"newspaper4k-{VERSION}" / "tests" / "data"
    if not root.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        download = subprocess.run([sys.executable, "-m", "pip", "download", "--no-binary", ":all:", "--no-deps",
                                   "--dest", str(CACHE), f"newspaper4k=={VERSION}"])
        if download.returncode != 0:
            sys.exit(f"could not download newspaper4k {VERSION}'s source from PyPI (pip exited "
                     f"{download.returncode}); put newspaper4k-{VERSION}.tar.gz in {CACHE} and run again")
        with tarfile.open(CACHE / f"newspaper4k-{VERSION}.tar.gz") as archive:
            members = [m for m in archive.getmembers() if "/tests/data/" in m.name]
            archive.extractall(CACHE, members=members, filter="data")
    return root


def _tokens(text: str) -> collections.Counter:
    return collections.Counter(re.findall(r"\w+", (text or "").lower()))


def _scores(extracted: dict, truth: str) -> tuple[float, float, float]:
    predicted, expected = _tokens(extracted.get("body_text", "")), _tokens(truth)
    overlap = sum((predicted & expected).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision, recall = overlap / sum(predicted.values()), overlap / sum(expected.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def _show(scores: tuple[float, float, float]) -> str:
    return "/".join(f"{s:.2f}" for s in scores)


if __name__ == "__main__":
    main()
