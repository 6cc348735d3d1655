"""Fuzz the whole pipeline with mutated real pages for a bounded time.

    python bench/fuzz.py --seconds 120            # bundled snapshots as seeds
    python bench/fuzz.py --seconds 300 --dev      # and the 766 extraction dev pages

Each case is a real page mutated (truncated, random bytes, invalid UTF-8, NUL bytes, deep
nesting, unbalanced quotation marks, huge attributes, spliced tag soup), written to a file
and audited end to end (load, parse, extract, claims, attribution, SQLite write). A crash is
an outcome of kind "error" (a bug), or any exception escaping; bad input must end as a
recorded skip or a best-effort audit. Crashing inputs are saved to bench/out/fuzz-crashes/.
"""

from __future__ import annotations

import argparse
import gzip
import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from auditor.pipeline import Summary, write_outcome  # noqa: E402
from auditor.store import open_db  # noqa: E402
from auditor.worker import audit_file  # noqa: E402

DEV = HERE.parents[1] / "shared" / "bench" / "extraction" / "dev"


def seeds(use_dev: bool) -> list[bytes]:
    pages = []
    for path in sorted((HERE.parent / "snapshots").iterdir()):
        if path.name.endswith(".gz"):
            pages.append(gzip.decompress(path.read_bytes()))
        elif path.name.endswith((".html", ".txt")):
            pages.append(path.read_bytes())
    if use_dev:
        pages += [gzip.decompress((p / "page.html.gz").read_bytes()) for p in sorted(DEV.iterdir())
                  if (p / "page.html.gz").exists()]
    return pages


def mutate(page: bytes, rng: random.Random) -> tuple[str, bytes]:
    kind = rng.choice(["truncate", "random-bytes", "invalid-utf8", "nul", "deep-nesting", "quotes",
                       "huge-attribute", "splice", "stacked"])
    n = len(page)
    if kind == "truncate":
        return kind, page[: rng.randrange(n + 1)]
    if kind == "random-bytes":
        data = bytearray(page)
        for _ in range(rng.randrange(1, 200)):
            data[rng.randrange(n)] = rng.randrange(256)
        return kind, bytes(data)
    if kind == "invalid-utf8":
        at = rng.randrange(n + 1)
        return kind, page[:at] + rng.choice([b"\xff\xfe", b"\xc3", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"]) * rng.randrange(1, 50) + page[at:]
    if kind == "nul":
        at = rng.randrange(n + 1)
        return kind, page[:at] + b"\x00" * rng.randrange(1, 10) + page[at:]
    if kind == "deep-nesting":
        depth = rng.choice([300, 5_000, 60_000])
        at = page.find(b"<p")
        at = at if at >= 0 else n // 2
        return kind, page[:at] + b"<div><span>" * depth + page[at:]
    if kind == "quotes":
        data = bytearray(page)
        for _ in range(rng.randrange(1, 100)):
            data[rng.randrange(n + 1):rng.randrange(n + 1)] = rng.choice(["“", "”", '"', "‘", "’", "«", "»", "„"]).encode()
        return kind, bytes(data)
    if kind == "huge-attribute":
        at = page.find(b"<p")
        at = at if at >= 0 else 0
        return kind, page[:at] + b'<p data-x="' + b"A" * rng.choice([10_000, 1_000_000, 5_000_000]) + b'">x</p>' + page[at:]
    if kind == "splice":
        a, b = sorted(rng.randrange(n + 1) for _ in range(2))
        c = rng.randrange(n + 1)
        return kind, page[:c] + page[a:b] + page[c:]
    first_kind, data = mutate(page, rng)
    second_kind, data = mutate(data, rng)
    return f"{first_kind}+{second_kind}", data


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--seed", type=int, default=20261125)
    parser.add_argument("--dev", action="store_true", help="also use the extraction dev pages as seeds")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pages = seeds(args.dev)
    crashes_dir = HERE / "out" / "fuzz-crashes"
    cases = crashes = 0
    kinds: dict[str, int] = {}
    outcome_counts = {"audit": 0, "skip": 0, "error": 0}
    deadline = time.monotonic() + args.seconds
    with tempfile.TemporaryDirectory() as tmp:
        db = open_db(Path(tmp) / "fuzz.db")
        summary = Summary(str(Path(tmp) / "fuzz.db"))
        while time.monotonic() < deadline:
            kind, data = mutate(rng.choice(pages), rng)
            suffix = rng.choice([".html", ".html", ".html", ".txt"])
            case = Path(tmp) / f"case{suffix}"
            case.write_bytes(data)
            cases += 1
            kinds[kind.split("+")[0]] = kinds.get(kind.split("+")[0], 0) + 1
            try:
                for outcome in audit_file(str(case), seconds=30):
                    outcome_counts[outcome.kind] += 1
                    if outcome.kind == "error":
                        raise RuntimeError(outcome.reason)
                    write_outcome(db, outcome, True, summary, [])
            except Exception as exc:  # the crash is the finding
                crashes += 1
                crashes_dir.mkdir(parents=True, exist_ok=True)
                (crashes_dir / f"crash-{cases}-{kind}{suffix}").write_bytes(data)
                print(f"CRASH case {cases} ({kind}): {type(exc).__name__}: {exc}", file=sys.stderr)
        db.close()
    print(f"cases {cases}, crashes {crashes}, seconds {args.seconds:g}, seed {args.seed}")
    print("outcomes: " + ", ".join(f"{k} {v}" for k, v in outcome_counts.items()))
    print("mutations: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main()
