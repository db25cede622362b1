"""A big batch composes its replies on the workers: the same store, byte for byte, as composing in line.

Real poll cycles through the Maildir source, the real store and the real
parsing workers; the in-line run is the same code with the batch threshold
out of reach.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from intakebot.clock import FixedClock
from intakebot.config import Config
from intakebot.run import compose_ahead
from intakebot.run.app import App
from intakebot.store import Store

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
BAD_FROM = b"From: =?utf-8?q?G?= <gr\xc3\xa2ce@kws.go.ke>"  # no reply can be composed to it


def _fill_inbox(inbox: Path, at: float, *, with_bad: bool = False) -> int:
    """The eight examples and six more requests from other senders (and one no reply can go to)."""
    for sub in ("new", "cur", "tmp"):
        (inbox / sub).mkdir(parents=True, exist_ok=True)
    n = 0
    for src in sorted(EXAMPLES.glob("*.eml")):
        shutil.copy(src, inbox / "new" / f"1700000000.{src.stem}.host")
        n += 1
    base = (EXAMPLES / "01-en-complete.eml").read_bytes()
    for i in range(6):
        data = base.replace(b"<example-01@kws.go.ke>", b"<copy-%d@kws.go.ke>" % i)
        data = data.replace(b"g.wanjiru@kws.go.ke", b"official%d@kws.go.ke" % i)
        (inbox / "new" / f"1700000001.copy{i}.host").write_bytes(data)
        n += 1
    if with_bad:
        bad = base.replace(b"From: Grace Wanjiru <g.wanjiru@kws.go.ke>", BAD_FROM)
        (inbox / "new" / "1700000002.bad.host").write_bytes(bad.replace(b"<example-01@kws.go.ke>", b"<bad@kws.go.ke>"))
        n += 1
    for f in (inbox / "new").iterdir():
        os.utime(f, (at, at))  # received_at is the file's time: the same in both runs
    return n


def _tables(path: Path) -> dict[str, Any]:
    backup = path.with_name("tables-backup.json")
    Store(path).backup(backup)
    data = json.loads(backup.read_bytes())
    return {
        "requests": sorted((d for d in data["requests"].values()), key=lambda d: d["reference"]),
        "outbox": {d["message_id"]: d for d in data["outbox"].values()},
    }


def _poll(cfg: Config, clock: FixedClock, *, ahead: bool, monkeypatch: pytest.MonkeyPatch,
          with_bad: bool = False) -> tuple[list[str], dict[str, Any]]:
    monkeypatch.setattr(compose_ahead, "MIN_BATCH", 8 if ahead else 10**9)
    monkeypatch.setattr(compose_ahead, "CHUNK", 3)  # chunks go out while the batch is decided, the rest at fill
    n = _fill_inbox(cfg.maildir.inbox, clock.now().timestamp() - 3600, with_bad=with_bad)
    assert compose_ahead.worth_it(n) is ahead
    report = App(cfg, clock).poll_once()
    return sorted(r.kind for r in report.results), _tables(cfg.storage.path)


def test_a_big_batch_composed_on_the_workers_stores_what_composing_in_line_stores(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
) -> None:
    from intakebot.config import from_dict

    line = from_dict({}, base_dir=tmp_path / "line", environ={})
    ahead = from_dict({}, base_dir=tmp_path / "ahead", environ={})
    kinds_line, in_line = _poll(line, clock, ahead=False, monkeypatch=monkeypatch)
    with caplog.at_level(logging.INFO, logger="intakebot.run.poll"):
        kinds_ahead, composed_ahead = _poll(ahead, clock, ahead=True, monkeypatch=monkeypatch)
    assert not any("decided again" in r.getMessage() for r in caplog.records)  # the workers composed it
    assert kinds_ahead == kinds_line and kinds_line.count("request") >= 8
    assert composed_ahead["outbox"] and all(d["message"] for d in composed_ahead["outbox"].values())
    assert composed_ahead == in_line


def test_a_reply_that_does_not_compose_on_a_worker_sends_the_batch_back_in_line(
    local_config: Config, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture,
) -> None:
    """The one message is quarantined as in line, the others answered, no reference number lost."""
    with caplog.at_level(logging.INFO, logger="intakebot.run.poll"):
        kinds, tables = _poll(local_config, clock, ahead=True, monkeypatch=monkeypatch, with_bad=True)
    assert any("decided again, composing in line" in r.getMessage() for r in caplog.records)
    assert kinds.count("quarantined") == 1
    refs = [r["reference"] for r in tables["requests"]]
    assert refs == [f"CUG-2026-{i:04d}" for i in range(1, len(refs) + 1)]
    assert all(d["message"] for d in tables["outbox"].values())
    assert {ref for d in tables["outbox"].values() for ref in d["references"]} == set(refs)  # each one answered


def test_a_small_batch_or_one_core_composes_in_line() -> None:
    assert not compose_ahead.worth_it(compose_ahead.MIN_BATCH - 1)
    assert compose_ahead.worth_it(compose_ahead.MIN_BATCH) is ((os.cpu_count() or 1) >= 2)


def test_review_mails_composed_on_the_workers_are_the_ones_composed_in_line(
    tmp_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With reviewers, each request ready for review also mails them; those mails come from the workers too."""
    from intakebot import review_key
    from intakebot.config import from_dict

    key = tmp_path / "review.key"
    review_key.load_or_create(key)  # one key for both runs: the tokens in the mails are the same
    settings = {"review": {"reviewers": ["Desk@cites.org"], "key_file": str(key)}}
    line = from_dict(settings, base_dir=tmp_path / "line", environ={})
    ahead = from_dict(settings, base_dir=tmp_path / "ahead", environ={})
    _, in_line = _poll(line, clock, ahead=False, monkeypatch=monkeypatch)
    reviewed = 0
    queue = compose_ahead.Ahead.review

    def counted(self: compose_ahead.Ahead, *args: Any) -> Any:
        nonlocal reviewed
        reviewed += 1
        return queue(self, *args)

    monkeypatch.setattr(compose_ahead.Ahead, "review", counted)
    _, composed_ahead = _poll(ahead, clock, ahead=True, monkeypatch=monkeypatch)
    reviews = [d for d in composed_ahead["outbox"].values() if d["template"] == "review"]
    assert reviews and reviewed == len(reviews)  # every review mail went through the workers
    assert all(d["message"] and d["to"] == ["desk@cites.org"] for d in reviews)
    assert composed_ahead == in_line
