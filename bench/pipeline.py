"""Speed and memory of the whole audit against trafilatura's extraction, in the same run.

    python bench/pipeline.py                        # all 766 dev pages, 3 interleaved repeats
    python bench/pipeline.py --repeat 1 --spark     # and the Spark job in local[2]

Decompresses ../shared/bench/extraction/dev/*/page.html.gz into a temporary folder, then
runs, each in a fresh process (so that each peak RSS is its own):
  - `auditor.audit_paths` (extract + claims + attribution + SQLite writes) with 1 and 2
    worker processes over all pages, and with 1 over the first 100 (memory);
  - trafilatura 2.3.1 `extract` over the same pages in 1 and in 2 processes;
  - optionally the Spark job (auditor.spark) in local[2] over the same pages.
Prints pages per second (medians over repeats), the ratios, and peak memory.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

DEV = Path(__file__).resolve().parents[2] / "shared" / "bench" / "extraction" / "dev"

AUDITOR_CHILD = """
import json, resource, sys, time
from pathlib import Path
import auditor
files = [Path(p) for p in json.loads(Path(sys.argv[1]).read_text())]
start = time.perf_counter()
summary = auditor.audit_paths(files, sys.argv[2], jobs=int(sys.argv[3]))
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "pages": len(files), "audited": summary.audited,
                  "skipped": summary.skipped, "failed": summary.failed,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "worker_peak_mib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""
TRAFILATURA_CHILD = """
import json, resource, sys, time
from multiprocessing import Pool
from pathlib import Path
import trafilatura

def extract(path):
    trafilatura.extract(Path(path).read_bytes())

files = json.loads(Path(sys.argv[1]).read_text())
jobs = int(sys.argv[2])
start = time.perf_counter()
if jobs == 1:
    for path in files:
        extract(path)
else:
    with Pool(jobs) as pool:
        pool.map(extract, files, chunksize=4)
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "pages": len(files),
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
SPARK_CHILD = """
import json, sys, time
from pathlib import Path
from auditor.spark import run
start = time.perf_counter()
totals = run(sys.argv[1], sys.argv[2], master="local[2]", partitions=8)
print(json.dumps({"seconds": time.perf_counter() - start, "pages": totals["audited"] + totals["skipped"]}))
"""


def _child(code: str, *args: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True)
    if out.returncode:
        sys.exit(f"benchmark child failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--spark", action="store_true", help="also time the Spark job in local[2]")
    args = parser.parse_args()

    pages = sorted(p for p in args.dev.iterdir() if (p / "page.html.gz").exists())[:args.limit]
    runs: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        files = []
        for page in pages:
            target = folder / f"{page.name}.html"
            target.write_bytes(gzip.decompress((page / "page.html.gz").read_bytes()))
            files.append(str(target))
        all_list, small_list = Path(tmp) / "all.json", Path(tmp) / "small.json"
        all_list.write_text(json.dumps(files))
        small_list.write_text(json.dumps(files[:100]))
        spark_list = Path(tmp) / "paths.txt"
        spark_list.write_text("\n".join(files) + "\n")
        for i in range(args.repeat):  # interleaved, so drift on a shared machine hits all alike
            for name, code, extra in [
                ("auditor-1", AUDITOR_CHILD, [str(all_list), f"{tmp}/a1-{i}.db", "1"]),
                ("auditor-2", AUDITOR_CHILD, [str(all_list), f"{tmp}/a2-{i}.db", "2"]),
                ("auditor-1-100", AUDITOR_CHILD, [str(small_list), f"{tmp}/s-{i}.db", "1"]),
                ("trafilatura-1", TRAFILATURA_CHILD, [str(all_list), "1"]),
                ("trafilatura-2", TRAFILATURA_CHILD, [str(all_list), "2"]),
            ] + ([("spark-local2", SPARK_CHILD, [str(spark_list), f"{tmp}/spark-{i}.db"])] if args.spark else []):
                runs.setdefault(name, []).append(_child(code, *extra))

    def rate(name: str) -> float:
        return statistics.median(r["pages"] / r["seconds"] for r in runs[name])

    def peak(name: str, key: str = "peak_mib") -> float:
        return statistics.median(r[key] for r in runs[name])

    print(f"pages: {len(files)}  repeats: {args.repeat}  (medians; each run a fresh process)")
    print(f"{'run':<48} {'pages/s':>8}  peak memory")
    print(f"{'auditor audit, 1 process':<48} {rate('auditor-1'):8.1f}  {peak('auditor-1'):6.1f} MiB "
          f"({peak('auditor-1-100'):.1f} MiB at 100 pages)")
    print(f"{'auditor audit --jobs 2':<48} {rate('auditor-2'):8.1f}  {peak('auditor-2'):6.1f} MiB writer, "
          f"{peak('auditor-2', 'worker_peak_mib'):.1f} MiB per worker")
    print(f"{'trafilatura 2.3.1 extract, 1 process':<48} {rate('trafilatura-1'):8.1f}  {peak('trafilatura-1'):6.1f} MiB")
    print(f"{'trafilatura 2.3.1 extract, 2 processes':<48} {rate('trafilatura-2'):8.1f}")
    if args.spark:
        print(f"{'Spark job, local[2]':<48} {rate('spark-local2'):8.1f}")
    print(f"ratio auditor / trafilatura, 1 process: {rate('auditor-1') / rate('trafilatura-1'):.2f}")
    print(f"ratio auditor --jobs 2 / trafilatura in 2 processes: {rate('auditor-2') / rate('trafilatura-2'):.2f}")
    print(f"scaling, auditor 2 jobs / 1 job: {rate('auditor-2') / rate('auditor-1'):.2f}")
    if args.spark:
        print(f"Spark local[2] / --jobs 2: {rate('spark-local2') / rate('auditor-2'):.2f}")
    last = runs["auditor-1"][-1]
    print(f"audited {last['audited']}, skipped {last['skipped']}, failed {last['failed']}")


if __name__ == "__main__":
    main()
