"""Audit snapshots on Apache Spark, in the shape of Common Crawl's cc-pyspark jobs.

Input: a text file listing snapshot files or WARC files (one a line, local paths or any
path every executor can read). Each task audits its files with the same pure function as
`auditor audit` (worker.audit_file), writes its own shard database, and counts what it did;
a file that fails is counted, never fatal. The driver then merges the shards into one audit
database (content-derived ids make the merge idempotent and order-independent).

Locally:    python -m auditor.spark paths.txt reports/audit.db --master 'local[2]'
On YARN:    spark-submit --master yarn --py-files auditor.zip jobs/spark_audit.py \\
                hdfs:///crawl/warc.paths reports/audit.db --shards /shared/shards/
(install auditor on the executors, or ship it with --py-files; the shard folder must be one
the driver can read: a shared file system.)
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from .store import merge_databases, open_db

COUNTERS = ("files", "audited", "skipped", "failed")


def audit_partition(index: int, paths, shard_dir: str, page_seconds: float):
    """Audit one partition's files into shard_dir/part-<index>.db; yield its counts."""
    from .pipeline import Summary, write_outcome
    from .worker import audit_file

    shard = Path(shard_dir) / f"part-{index:05d}.db"
    db = open_db(shard)
    summary = Summary(str(shard))
    counts = dict.fromkeys(COUNTERS, 0)
    try:
        for path in paths:
            path = path.strip()
            if not path:
                continue
            counts["files"] += 1
            try:
                for outcome in audit_file(path, page_seconds):
                    write_outcome(db, outcome, True, summary, [])
            except Exception:  # counted, not fatal: one bad file must not fail the job
                counts["failed"] += 1
    finally:
        db.close()
    counts["audited"] += summary.audited
    counts["skipped"] += summary.skipped
    counts["failed"] += summary.failed
    yield str(shard), counts


def run(input_list: str, out_db: str, master: str | None = None, partitions: int | None = None,
        shard_dir: str | None = None, page_seconds: float = 60.0) -> dict[str, int]:
    """Run the job and merge its shards into out_db; return the counts."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("auditor")
    if master:
        builder = builder.master(master)
    spark = builder.getOrCreate()
    own_shards = shard_dir is None
    shard_dir = shard_dir or tempfile.mkdtemp(prefix="auditor-shards-")
    Path(shard_dir).mkdir(parents=True, exist_ok=True)
    try:
        lines = spark.sparkContext.textFile(input_list, minPartitions=partitions or 2)
        results = lines.mapPartitionsWithIndex(
            lambda index, paths: audit_partition(index, paths, shard_dir, page_seconds)).collect()
    finally:
        spark.stop()
    totals = dict.fromkeys(COUNTERS, 0)
    for _, counts in results:
        for key in COUNTERS:
            totals[key] += counts[key]
    merge_databases(out_db, sorted(shard for shard, _ in results))
    if own_shards:
        shutil.rmtree(shard_dir, ignore_errors=True)
    return totals


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Audit snapshot or WARC files on Spark into one database.")
    parser.add_argument("input_list", help="text file: one snapshot or WARC path a line")
    parser.add_argument("out_db", help="the merged audit database")
    parser.add_argument("--master", default=None, help="e.g. local[2]; spark-submit sets it otherwise")
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument("--shards", default=None, help="folder for shard databases (kept)")
    parser.add_argument("--page-seconds", type=float, default=60.0)
    args = parser.parse_args(argv)
    totals = run(args.input_list, args.out_db, args.master, args.partitions, args.shards, args.page_seconds)
    print(", ".join(f"{n} {k}" for k, n in totals.items()) + f" -> {args.out_db}")
    sys.exit(1 if totals["failed"] else 0)


if __name__ == "__main__":
    main()
