"""A smoke test of bench/bench_pipeline.py on a tiny backlog (the bench itself is too slow for the suite)."""

from __future__ import annotations

import sys
from pathlib import Path

from bench.bench_pipeline import backlog, measure, report
from tests.support.servers import Dovecot, SmtpSink


def test_the_backlog_mixes_attachment_requests_in_evenly() -> None:
    raws = backlog(20, 4)
    forms = [i for i, raw in enumerate(raws) if b"filename=\"nomination." in raw]
    assert forms == [4, 9, 14, 19]
    assert sum(b"application/pdf" in raws[i] for i in forms) == 2


def test_the_bench_runs_the_bot_and_the_limit_side_by_side(dovecot: Dovecot, smtp: SmtpSink) -> None:
    script = str(Path(sys.executable).parent / "intakebot")
    result = measure(dovecot, smtp, script, 20, 4)
    # 8 text requests and 4 attached forms are answered; auto-replies and unrelated mail are not.
    assert result["replies"] == 12
    assert result["send"]["extra"]["replies"] == 12
    assert result["fetch_parse"]["extra"]["messages"] == 20
    assert result["bot"]["extra"]["workers"] >= 1  # the forms were read in a parsing worker it saw
    assert result["bot"]["cpu"]["parsing workers"] > 0
    assert result["bot"]["rss_kb"]["bot main process"] > 0
    assert "ratio limit/bot" in report(result)
