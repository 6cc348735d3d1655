"""Two checkouts of auditor timed against each other, alternated in the same minutes.

    git worktree add /tmp/before <commit>
    python bench/compare_trees.py /tmp/before                 # the whole audit, 300 dev pages
    python bench/compare_trees.py /tmp/before --stage attribution --pages 766 --rounds 5

Each round runs each tree in a fresh process (old, then new), each process times its work
three times and reports its best, in milliseconds a page. The machine is shared and noisy:
compare the two trees' minimums over the rounds, not single runs. `--stage audit` times
`audit_rows(run_stages(…))` (extraction, claims, attribution and row building, no SQLite);
`--stage attribution` times claims and attribution of articles extracted once by this tree.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEV = HERE.parents[1] / "shared" / "bench" / "extraction" / "dev"

TIMER = r'''
import gzip, pickle, sys, time
from pathlib import Path
tree, stage, pages, dev = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
sys.path.insert(0, tree)
import auditor
assert auditor.__file__.startswith(tree), auditor.__file__
from auditor.errors import AuditorError
from auditor.lexicons import load_lexicon
from auditor.snapshot import snapshot_from_bytes
from auditor.worker import run_stages
lexicon = load_lexicon()
if stage == "audit":
    snapshots = [snapshot_from_bytes(gzip.decompress((d / "page.html.gz").read_bytes()), d.name)
                 for d in sorted(dev.iterdir())[:pages]]
    count = len(snapshots)
    from auditor.store import audit_rows
    def work():
        for snapshot in snapshots:
            try:
                audit_rows(run_stages(snapshot, lexicon))
            except AuditorError:
                pass
else:
    from auditor.attribution import attribute_claims
    from auditor.claims import split_claims
    articles = pickle.loads(sys.stdin.buffer.read())
    count = len(articles)
    def work():
        for article in articles:
            attribute_claims(article, split_claims(article, lexicon), lexicon)
work()
best = float("inf")
for _ in range(3):
    start = time.perf_counter()
    work()
    best = min(best, time.perf_counter() - start)
print(best * 1000 / count)
'''


def extracted_articles(pages: int) -> bytes:
    """This tree's articles for the first `pages` dev pages, pickled (both trees read the same)."""
    import gzip
    import pickle

    from auditor.errors import AuditorError
    from auditor.lexicons import load_lexicon
    from auditor.snapshot import snapshot_from_bytes
    from auditor.worker import run_stages
    lexicon = load_lexicon()
    articles = []
    for d in sorted(DEV.iterdir())[:pages]:
        try:
            articles.append(run_stages(snapshot_from_bytes(gzip.decompress((d / "page.html.gz").read_bytes()),
                                                           d.name), lexicon).article)
        except AuditorError:
            pass
    return pickle.dumps(articles)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, help="the other checkout (a git worktree)")
    parser.add_argument("--stage", choices=["audit", "attribution"], default="audit")
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    sys.path.insert(0, str(HERE.parent))
    stdin = extracted_articles(args.pages) if args.stage == "attribution" else b""
    trees = {"before": str(args.before.resolve()), "now": str(HERE.parent)}
    times: dict[str, list[float]] = {name: [] for name in trees}
    for _ in range(args.rounds):
        for name, tree in trees.items():
            run = subprocess.run([sys.executable, "-c", TIMER, tree, args.stage, str(args.pages), str(DEV)],
                                 input=stdin, capture_output=True, cwd="/", check=True)
            times[name].append(float(run.stdout.decode().strip()))
    for name, values in times.items():
        print(f"{name:7} {' '.join(f'{v:.2f}' for v in values)}  min {min(values):.2f} ms a page ({args.stage})")


if __name__ == "__main__":
    main()
