"""Attribution quality on the annotated news of ../shared/bench/attribution (dev.jsonl).

    python bench/attribution.py                 # all tables
    python bench/attribution.py --errors 20     # and the scorer's error listing

Runs `auditor attribute --jsonl` (the same engine as `auditor audit`) over the gold
documents, then the benchmark's own score.py: all units, and --subset quoted.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench" / "attribution"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=BENCH / "dev.jsonl")
    parser.add_argument("--errors", type=int, default=0)
    parser.add_argument("--keep", type=Path, default=None, help="keep the predictions here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        predictions = args.keep or Path(tmp) / "predictions.jsonl"
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "auditor", "attribute", "--jsonl", str(args.gold),
                        "--out", str(predictions)], check=True)
        print(f"attributed in {time.perf_counter() - start:.1f} s")
        scorer = [sys.executable, str(BENCH / "score.py"), str(args.gold), str(predictions)]
        subprocess.run(scorer + (["--errors", str(args.errors)] if args.errors else []), check=True)
        print("\n== quoted subset (spans with quotation marks)")
        subprocess.run(scorer + ["--subset", "quoted"], check=True)


if __name__ == "__main__":
    main()
