"""A smoke test of bench/bench_store.py on a tiny store (the bench itself takes minutes)."""

from __future__ import annotations

import sys
from pathlib import Path

from bench.bench_store import COMMANDS, report, run


def test_the_bench_builds_a_store_through_intake_and_times_every_command(tmp_path: Path) -> None:
    script = str(Path(sys.executable).parent / "intakebot")
    result = run(script, [40], repeat=1, keep_pending=2, workdir=tmp_path)
    (size,) = result["sizes"]
    # 40 messages, one ledger entry each, plus the measured poll's new request.
    assert size["entries"]["ledger"] == 41
    assert size["entries"]["requests"] == 9  # 2 in 10 of the mix, and the measured poll's one
    assert size["decided_in_process"] == 8 - 3  # all but --pending + one per measured approve
    assert set(size["commands"]) == set(COMMANDS)
    for measured in size["commands"].values():
        assert measured["median_s"] > 0 and measured["ratio"] > 0
        assert measured["maxrss_kb"] > 0
    assert size["startup"]["--help"]["median_s"] > 0
    text = report(result)
    assert "store of 40 entries" in text and "ratio to start-up" in text
