"""Speed and memory of the whole audit, against trafilatura's extraction, in the same run.

    python bench/pipeline.py                      # all 766 dev pages, 3 repeats
    python bench/pipeline.py --repeat 1 --limit 200

Decompresses ../shared/bench/extraction/dev/*/page.html.gz into a temporary folder, then
runs, each in a fresh process so that peak memory (ru_maxrss) is its own:
  - `auditor.audit_paths` over the first 100 pages and over all pages (extract + attribute
    + write to a new SQLite file), one process, one core;
  - trafilatura 2.3.1 `extract` over the same pages, one process.
Prints pages per second (median over repeats), the ratio, and peak memory.
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
summary = auditor.audit_paths(files, sys.argv[2])
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "pages": len(files), "audited": summary.audited,
                  "skipped": summary.skipped, "failed": summary.failed,
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
TRAFILATURA_CHILD = """
import json, resource, sys, time
from pathlib import Path
import trafilatura
files = [Path(p) for p in json.loads(Path(sys.argv[1]).read_text())]
pages = [f.read_bytes() for f in files]
start = time.perf_counter()
for html in pages:
    trafilatura.extract(html)
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "pages": len(files),
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
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
    args = parser.parse_args()

    pages = sorted(p for p in args.dev.iterdir() if (p / "page.html.gz").exists())[:args.limit]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        files = []
        for page in pages:
            target = folder / f"{page.name}.html"
            target.write_bytes(gzip.decompress((page / "page.html.gz").read_bytes()))
            files.append(str(target))
        small = files[:100]
        all_list, small_list = Path(tmp) / "all.json", Path(tmp) / "small.json"
        all_list.write_text(json.dumps(files))
        small_list.write_text(json.dumps(small))
        runs: dict[str, list[dict]] = {"auditor-100": [], "auditor-all": [], "trafilatura-all": []}
        for i in range(args.repeat):  # interleaved, so drift on a shared machine hits both
            runs["auditor-100"].append(_child(AUDITOR_CHILD, str(small_list), f"{tmp}/a100-{i}.db"))
            runs["auditor-all"].append(_child(AUDITOR_CHILD, str(all_list), f"{tmp}/all-{i}.db"))
            runs["trafilatura-all"].append(_child(TRAFILATURA_CHILD, str(all_list)))

    def rate(name: str) -> float:
        return statistics.median(r["pages"] / r["seconds"] for r in runs[name])

    def peak(name: str) -> float:
        return statistics.median(r["peak_mib"] for r in runs[name])

    last = runs["auditor-all"][-1]
    print(f"pages: {len(files)}  repeats: {args.repeat}  (medians; one process each, one core)")
    print(f"auditor audit_paths (extract + attribute + SQLite)  {rate('auditor-all'):7.1f} pages/s   "
          f"peak {peak('auditor-all'):6.1f} MiB at {len(files)} pages, {peak('auditor-100'):6.1f} MiB at "
          f"{len(small)} pages")
    print(f"trafilatura 2.3.1 extract                         {rate('trafilatura-all'):7.1f} pages/s   "
          f"peak {peak('trafilatura-all'):6.1f} MiB")
    print(f"ratio auditor / trafilatura: {rate('auditor-all') / rate('trafilatura-all'):.2f}")
    print(f"audited {last['audited']}, skipped {last['skipped']}, failed {last['failed']}")


if __name__ == "__main__":
    main()
