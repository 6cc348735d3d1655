"""Extraction quality: auditor and trafilatura 2.3.1 on the same pages, in the same run.

    python bench/extraction.py                  # the 766 dev pages, 2 worker processes
    python bench/extraction.py --limit 100

Runs ../shared/bench/extraction/score.py twice (--python mode, in-process extractors from
bench/extraction_api.py) and prints both tables; per-page results go to bench/out/.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCH = HERE.parents[1] / "shared" / "bench" / "extraction"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", type=Path, default=BENCH / "dev")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--only", choices=["auditor", "trafilatura"], default=None)
    args = parser.parse_args()
    for name in ("auditor", "trafilatura"):
        if args.only and name != args.only:
            continue
        command = [sys.executable, str(BENCH / "score.py"), str(args.split),
                   "--python", f"extraction_api:{name}_extract", "--python-path", str(HERE),
                   "--python-path", str(HERE.parent), "--name", name, "-j", str(args.jobs),
                   "--out", str(HERE / "out" / f"extraction-{name}")]
        if args.limit:
            command += ["--limit", str(args.limit)]
        subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
