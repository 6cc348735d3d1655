"""Where an audit's time goes, stage by stage, without a profiler's overhead.

    python bench/stages.py                     # the first 300 dev pages, one process
    python bench/stages.py --pages 766
    python bench/stages.py --write-batches 1 20 1000   # the writer alone, N snapshots a transaction
    python bench/stages.py --pages 766 --write-rounds 4  # the writer as the database grows
    python bench/stages.py --pages 766 --budget 3   # each scope against trafilatura, same process

Runs the stages of worker.run_stages one by one on each page (perf_counter around each),
writes each audit to a fresh SQLite database, and prints milliseconds per page for each
stage. With --write-batches, audits the pages first and then times only the writes, with N
snapshots per transaction (the pipeline commits one snapshot per transaction). With
--write-rounds N, writes the audits N times into one database, each round under new article
ids (a digest of the snapshot's and the round's), and prints each round's milliseconds a page.
With --budget N, times trafilatura's `extract` and the audit's scopes (extraction; claims and
attribution; rows; SQLite writes, one transaction a snapshot) over the same pages, alternated
N rounds in one process, best round of each: what ratio to trafilatura each scope would allow
if both spread over the same cores alike (issue 7's goal: the whole audit at 2x).
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import gzip
import hashlib
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from auditor import article as A  # noqa: E402
from auditor import store  # noqa: E402
from auditor.article import extract_article  # noqa: E402
from auditor.attribution import attribute_claims  # noqa: E402
from auditor.boilerplate import page_rules  # noqa: E402
from auditor.claims import split_claims  # noqa: E402
from auditor.errors import AuditorError  # noqa: E402
from auditor.lexicons import load_lexicon  # noqa: E402
from auditor.metadata import extract_metadata  # noqa: E402
from auditor.models import Article, Audit  # noqa: E402
from auditor.region import find_region, parse_page, strip_invisible  # noqa: E402
from auditor.snapshot import snapshot_from_bytes  # noqa: E402
from auditor.store import audit_rows  # noqa: E402
from auditor.worker import audit_article, run_stages  # noqa: E402

DEV = HERE.parents[1] / "shared" / "bench" / "extraction" / "dev"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--write-batches", type=int, nargs="*", default=None)
    parser.add_argument("--write-rounds", type=int, default=None)
    parser.add_argument("--budget", type=int, default=None, metavar="ROUNDS")
    args = parser.parse_args()
    pages = [(d.name, gzip.decompress((d / "page.html.gz").read_bytes()))
             for d in sorted(DEV.iterdir())[:args.pages]]
    with tempfile.TemporaryDirectory() as tmp:
        if args.write_batches:
            time_writes(pages, args.write_batches, Path(tmp))
        elif args.budget:
            time_budget(pages, args.budget, Path(tmp))
        elif args.write_rounds:
            time_growing_writes(pages, args.write_rounds, Path(tmp) / "growing.db")
        else:
            time_stages(pages, Path(tmp) / "stages.db")


def time_stages(pages: list[tuple[str, bytes]], db_path: Path) -> None:
    lexicon = load_lexicon()
    db = store.open_db(db_path)
    spent: collections.Counter = collections.Counter()

    def timed(stage, function, *arguments):
        start = time.perf_counter()
        result = function(*arguments)
        spent[stage] += time.perf_counter() - start
        return result

    begin = time.perf_counter()
    for name, raw in pages:
        snapshot = timed("load", snapshot_from_bytes, raw, name)
        try:
            doc = timed("parse", parse_page, snapshot.text)
            meta = timed("metadata", extract_metadata, doc, lexicon, snapshot.url.value)
            rules, _ = page_rules(lexicon, meta.outlet_domain.value)
            timed("strip invisible", strip_invisible, doc)
            region = timed("region", find_region, doc, rules)
            walker = A._Walker(rules, meta.title.value, meta.canonical_url.value, meta.outlet_domain.value,
                               lexicon.camel_case_words, region_chars=region.text_chars)
            for root in region.roots:
                timed("walk", walker.walk_region, root)
            paragraphs, links, copies = A._without_second_copies(walker.paragraphs, walker.links)
            article = Article(meta, paragraphs, region.outside + tuple(walker.removed) + copies, links, snapshot.flags)
            claims = timed("claims", split_claims, article, lexicon)
            attributions = timed("attribution", attribute_claims, article, claims, lexicon)
            timed("write", store.write_audit, db, Audit(snapshot, article, claims, attributions, "bench"))
        except AuditorError:
            continue
    total = time.perf_counter() - begin
    print(f"{len(pages)} pages, {1000 * total / len(pages):.1f} ms a page in all")
    for stage, seconds in spent.most_common():
        print(f"  {stage:<16} {1000 * seconds / len(pages):5.1f} ms a page")


def time_budget(pages: list[tuple[str, bytes]], rounds: int, folder: Path) -> None:
    import trafilatura

    lexicon = load_lexicon()
    best: dict[str, float] = {}
    for round_ in range(rounds):
        spent: collections.Counter = collections.Counter()
        start = time.perf_counter()
        for _, raw in pages:
            trafilatura.extract(raw)
        spent["trafilatura"] = time.perf_counter() - start
        db = store.open_db(folder / f"budget-{round_}.db")
        for name, raw in pages:
            lap = [time.perf_counter()]

            def clock(part: str) -> None:
                now = time.perf_counter()
                spent[part] += now - lap[0]
                lap[0] = now

            snapshot = snapshot_from_bytes(raw, name)
            try:
                article = extract_article(snapshot, lexicon)
            except AuditorError:
                continue
            clock("extraction")
            audit = audit_article(snapshot, article, lexicon)
            clock("claims and attribution")
            rows = audit_rows(audit)
            clock("rows")
            store.write_rows(db, rows)
            clock("SQLite writes")
        db.close()
        for part, seconds in spent.items():
            best[part] = min(best.get(part, seconds), seconds)
    per_page = {part: 1000 * seconds / len(pages) for part, seconds in best.items()}
    trafilatura_ms = per_page.pop("trafilatura")
    print(f"{len(pages)} pages, best of {rounds} rounds; trafilatura extract {trafilatura_ms:.1f} ms a page")
    print(f"  {'scope':<40} {'ms a page':>9}  ratio to trafilatura")
    total = 0.0
    for part, ms in per_page.items():
        total += ms
        scope = part if total == ms else f"+ {part}"
        print(f"  {scope:<40} {total:9.1f}  {trafilatura_ms / total:.2f}  (this part {ms:.1f})")
    print(f"  the goal (2x) leaves {trafilatura_ms / 2:.1f} ms a page for the whole audit")


def _audits(pages: list[tuple[str, bytes]]) -> list[Audit]:
    lexicon = load_lexicon()
    audits = []
    for name, raw in pages:
        try:
            audits.append(run_stages(snapshot_from_bytes(raw, name), lexicon))
        except AuditorError:
            continue
    return audits


def time_growing_writes(pages: list[tuple[str, bytes]], rounds: int, db_path: Path) -> None:
    audits = _audits(pages)
    db = store.open_db(db_path)
    for round_ in range(rounds):
        start = time.perf_counter()
        for audit in audits:
            sha = hashlib.sha256(f"{audit.snapshot.sha256}:{round_}".encode()).hexdigest()
            snapshot = dataclasses.replace(audit.snapshot, sha256=sha, path=f"{audit.snapshot.path}#{round_}")
            store.write_audit(db, dataclasses.replace(audit, snapshot=snapshot))
        elapsed = time.perf_counter() - start
        print(f"round {round_ + 1}: {1000 * elapsed / len(audits):.1f} ms a page "
              f"({(round_ + 1) * len(audits)} articles in the database)")
    db.close()


def time_writes(pages: list[tuple[str, bytes]], batches: list[int], folder: Path) -> None:
    audits = _audits(pages)
    for batch in batches:
        db_path = folder / f"writes-{batch}.db"
        db = store.open_db(db_path)
        start = time.perf_counter()
        for i in range(0, len(audits), batch):
            with db.atomic():
                for audit in audits[i:i + batch]:
                    store.write_audit(db, audit)
        elapsed = time.perf_counter() - start
        print(f"{batch:>5} snapshots a transaction: {1000 * elapsed / len(audits):.1f} ms a page "
              f"({len(audits)} audits)")
        db.close()


if __name__ == "__main__":
    main()
