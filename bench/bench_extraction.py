"""Extraction accuracy and throughput on the generated corpus.

Reports field-level precision/recall (a field counts as correct when the
extracted, validated value equals the hand-written expectation for the same
nominee position) and messages per second for text/HTML messages and for
messages with attachments, each next to a floor measured in the same run:
``email.message_from_bytes`` of the same bytes, i.e. the cost of merely
parsing the MIME. Run: ``python bench/bench_extraction.py [--repeat N]``.
"""

from __future__ import annotations

import argparse
import email
import sys
import time
from email.policy import compat32
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_heldout import FIELDS, compare  # noqa: E402
from intakebot.analysis import analyse  # noqa: E402
from tests.support.corpora import Case  # noqa: E402
from tests.support.corpora import corpus_cases as all_cases  # noqa: E402


def accuracy(cases: list[Case]) -> tuple[dict[str, tuple[int, int, int]], int, int]:
    """Per field: (true positives, extracted values, expected values); kind hits."""
    totals = {f: [0, 0, 0] for f in FIELDS}
    kind_ok = 0
    for c in cases:
        a = analyse(c.message).to_json()
        kind_ok += a["kind"] == c.expected["kind"]
        stats, _ = compare(c.expected, a)
        for f, counts in stats.items():
            totals[f] = [t + n for t, n in zip(totals[f], counts, strict=True)]
    return {f: (s[0], s[1], s[2]) for f, s in totals.items()}, kind_ok, len(cases)


def rate(fn, messages: list[bytes], repeat: int) -> float:  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    for _ in range(repeat):
        for m in messages:
            fn(m)
    return len(messages) * repeat / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    cases = all_cases()
    stats, kind_ok, n = accuracy(cases)
    print(f"corpus: {n} messages; kind correct: {kind_ok}/{n}")
    print(f"{'field':<14}{'precision':>10}{'recall':>10}{'tp':>6}{'got':>6}{'exp':>6}")
    tp_all = got_all = exp_all = 0
    for f, (tp, got, exp) in stats.items():
        tp_all, got_all, exp_all = tp_all + tp, got_all + got, exp_all + exp
        print(f"{f:<14}{tp / got if got else 1:>10.3f}{tp / exp if exp else 1:>10.3f}{tp:>6}{got:>6}{exp:>6}")
    print(f"{'all fields':<14}{tp_all / got_all:>10.3f}{tp_all / exp_all:>10.3f}{tp_all:>6}{got_all:>6}{exp_all:>6}")

    def has_attachment(raw: bytes) -> bool:
        msg = email.message_from_bytes(raw, policy=compat32)
        return any(p.get_filename() for p in msg.walk())

    groups = {
        "text/HTML": [c.message for c in cases if not has_attachment(c.message)],
        "attachments": [c.message for c in cases if has_attachment(c.message)],
    }
    for m in (c.message for c in cases):  # warm caches (data files, lazy imports)
        analyse(m)
    print()
    print(f"{'messages':<13}{'count':>6}{'analyse msg/s':>15}{'floor msg/s':>13}{'ratio':>8}")
    for name, msgs in groups.items():
        ours = rate(analyse, msgs, args.repeat)
        floor = rate(lambda m: email.message_from_bytes(m, policy=compat32), msgs, args.repeat)
        print(f"{name:<13}{len(msgs):>6}{ours:>15.0f}{floor:>13.0f}{floor / ours:>8.1f}x")
    print("(ratio = how many times slower than parsing the MIME alone; one process, one core)")


if __name__ == "__main__":
    main()
