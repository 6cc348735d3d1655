"""What a compiled build of the same code would give: the audit's modules through Cython.

    pip install cython
    python bench/compiled.py                    # 300 dev pages, 3 rounds
    python bench/compiled.py --pages 766 --rounds 5

Copies this tree's package into a temporary folder, compiles every module of the
per-snapshot work with `cythonize -i -3` (plain Python, no type declarations added: the
cheapest compiled core there is), and times it against this tree with compare_trees.py
(fresh processes alternated, best of three runs each; the tree labelled "before" is the
compiled one). Compiling takes two or three minutes on two cores.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent / "auditor"
MODULES = ["article", "attribution", "boilerplate", "claims", "lexicons", "metadata", "quotes",
           "region", "resolution", "sources", "store", "tree"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        compiled = Path(tmp) / "compiled"
        shutil.copytree(PACKAGE, compiled / "auditor", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
        sources = [str(compiled / "auditor" / f"{name}.py") for name in MODULES]
        subprocess.run([sys.executable, "-m", "Cython.Build.Cythonize", "-i", "-3", "-j", "2", "-q", *sources],
                       cwd=tmp, check=True, capture_output=True)
        built = sorted(path.name.split(".")[0] for path in (compiled / "auditor").glob("*.so"))
        print(f"compiled with Cython: {', '.join(built)}")
        subprocess.run([sys.executable, str(HERE / "compare_trees.py"), str(compiled),
                        "--pages", str(args.pages), "--rounds", str(args.rounds)], check=True)


if __name__ == "__main__":
    main()
