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
        print(f"attributed in {time.perf_counter() - start:.1f} s (command line, with start-up)")
        speed(args.gold)
        scorer = [sys.executable, str(BENCH / "score.py"), str(args.gold), str(predictions)]
        subprocess.run(scorer + (["--errors", str(args.errors)] if args.errors else []), check=True)
        print("\n== quoted subset (spans with quotation marks)")
        subprocess.run(scorer + ["--subset", "quoted"], check=True)


def speed(gold: Path, repeats: int = 3) -> None:
    """Documents and claims per second of the engine in this process (median of repeats)."""
    import json
    import statistics

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from auditor import attribute_text
    from auditor.lexicons import load_lexicon

    lexicon = load_lexicon()
    texts = [json.loads(line)["text"] for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    claims, times = 0, []
    for _ in range(repeats):
        start = time.perf_counter()
        claims = sum(len(attribute_text(text, lexicon).claims) for text in texts)
        times.append(time.perf_counter() - start)
    seconds = statistics.median(times)
    print(f"engine speed: {len(texts) / seconds:.0f} documents/s, {claims / seconds:.0f} claims/s "
          f"({len(texts)} documents, {claims} claims, median of {repeats})")


if __name__ == "__main__":
    main()
