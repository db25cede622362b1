"""Text/HTML analysis throughput of this tree against an older commit, in the same run.

The issue's floor (1,000 text/HTML messages a second on one core, "~1,150 now")
was measured on another machine at another load; on a shared 2-core machine the
absolute figure moves by a third from run to run. What does not move is the
comparison: this checks out ``BASE`` (a commit, e.g. the one the issue measured)
into a temporary git worktree and analyses the same messages -- this tree's
text/HTML corpus messages, as bench_extraction.py selects them -- in both trees,
alternately, on one core, timing CPU (``time.process_time``, best of 7 passes).

    python bench/bench_throughput_ab.py d39384b [--rounds 3]

Prints each tree's msg/s per round and the ratio (this tree / base).
"""

from __future__ import annotations

import argparse
import email
import os
import pickle
import subprocess
import sys
import tempfile
from email.policy import compat32
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.corpora import corpus_cases  # noqa: E402

#: Run in the tree under test (its cwd first on sys.path, so its intakebot is the one imported).
CHILD = """
import pickle, sys, time
sys.path.insert(0, ".")
import intakebot.analysis as a
msgs = pickle.load(open(sys.argv[1], "rb"))
for m in msgs: a.analyse(m)
best = 0.0
for _ in range(7):
    t = time.process_time()
    for m in msgs: a.analyse(m)
    best = max(best, len(msgs) / (time.process_time() - t))
print(a.__file__, best)
"""


def text_messages() -> list[bytes]:
    def plain(raw: bytes) -> bool:
        return not any(p.get_filename() for p in email.message_from_bytes(raw, policy=compat32).walk())

    return [c.message for c in corpus_cases() if plain(c.message)]


def rate(tree: Path, msgs_file: Path) -> float:
    pin = ["taskset", "-c", "0"] if os.path.exists("/usr/bin/taskset") else []
    out = subprocess.run([*pin, sys.executable, "-c", CHILD, str(msgs_file)], cwd=tree,
                         capture_output=True, text=True, check=True).stdout.split()
    if not out[0].startswith(str(tree)):
        raise SystemExit(f"bench_throughput_ab: {tree} imported intakebot from {out[0]}")
    return float(out[1])


def main() -> int:
    ap = argparse.ArgumentParser(description="text/HTML throughput, this tree against BASE, same run")
    ap.add_argument("base")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    msgs = text_messages()
    with tempfile.TemporaryDirectory() as tmp:
        base, msgs_file = Path(tmp) / "base", Path(tmp) / "msgs.pickle"
        msgs_file.write_bytes(pickle.dumps(msgs))
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(base), args.base], check=True)
        try:
            print(f"{len(msgs)} text/HTML messages; CPU msg/s, best of 7 passes, one core")
            for r in range(1, args.rounds + 1):
                b, ours = rate(base, msgs_file), rate(ROOT, msgs_file)
                print(f"round {r}: base {args.base} {b:7.0f}   this tree {ours:7.0f}   ratio {ours / b:.2f}", flush=True)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(base)], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
