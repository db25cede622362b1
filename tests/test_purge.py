"""``intakebot purge [--dry-run]``: retention on demand, and the files a failed commit or a crash left."""

from __future__ import annotations

import os
import subprocess
import time
from datetime import UTC, datetime
from pathlib import Path

from click.testing import CliRunner, Result

from intakebot.cli import main
from intakebot.config import Config, load
from intakebot.records import LedgerEntry, QuarantineEntry
from intakebot.run.quarantine import keep_raw
from intakebot.store import Store
from tests.support.configs import write_config
from tests.support.records import make_record, store_with

NOW = "2026-06-01T08:00:00Z"
OLD = datetime(2025, 1, 1, tzinfo=UTC)  # past the default 365 days
HOURS = 3600.0


def purge(cfg_path: Path, *args: str) -> Result:
    r = CliRunner().invoke(main, ["--config", str(cfg_path), "purge", "--now", NOW, *args])
    assert r.exit_code == 0, r.output
    return r


def aged(path: Path, seconds: float) -> Path:
    t = time.time() - seconds
    os.utime(path, (t, t))
    return path


def left(path: Path, seconds: float) -> Path:
    path.write_bytes(b"what a crash left")
    return aged(path, seconds)


def setup(tmp_path: Path) -> tuple[Path, Config, Store]:
    cfg_path = write_config(tmp_path)
    cfg = load(cfg_path)
    store = store_with(
        cfg.storage.path,
        make_record("CUG-2025-0001", status="rejected", received=OLD, updated_at="2025-01-02T00:00:00+00:00"),
        make_record("CUG-2025-0002", status="approved", received=OLD, updated_at="2025-01-02T00:00:00+00:00"),
        make_record("CUG-2026-0003", status="rejected", received=datetime(2026, 5, 1, tzinfo=UTC)),
    )
    old_copy = keep_raw(cfg, "<old-q@x>", b"Subject: old\r\n\r\nold\r\n")
    with store.transaction() as tx:
        tx.record_seen(LedgerEntry("<old@x>", "not_request", "2025-01-01T00:00:00+00:00"))
        tx.record_seen(LedgerEntry("<new@x>", "not_request", "2026-05-31T00:00:00+00:00"))
        tx.quarantine(QuarantineEntry("<old-q@x>", "parse_error", "x", "2025-01-01T00:00:00+00:00", 20,
                                      raw_path=old_copy))
    return cfg_path, cfg, store


def test_dry_run_counts_what_a_purge_removes_and_removes_nothing(tmp_path: Path) -> None:
    cfg_path, cfg, store = setup(tmp_path)
    before = store.read()
    counts = (before.count_requests(), len(before.ledger()), before.count_quarantined())
    dry = purge(cfg_path, "--dry-run")
    assert "would purge: 1 closed request(s), 1 ledger entries" in dry.output
    assert "1 quarantined message(s)" in dry.output
    after = store.read()
    assert (after.count_requests(), len(after.ledger()), after.count_quarantined()) == counts
    assert len(list((cfg.storage.path.parent / "quarantine").iterdir())) == 1

    done = purge(cfg_path)
    assert done.output.splitlines()[-1] == dry.output.splitlines()[-1].replace("would purge", "purged")
    view = store.read()
    assert [r.reference for r in view.requests()] == ["CUG-2025-0002", "CUG-2026-0003"]  # approved stays
    assert [e.key for e in view.ledger()] == ["<new@x>"]
    assert view.count_quarantined() == 0
    assert list((cfg.storage.path.parent / "quarantine").iterdir()) == []  # its copy went with it
    assert "purged: 0 closed request(s), 0 ledger entries" in purge(cfg_path).output


def test_a_quarantine_copy_no_entry_refers_to_is_removed_once_an_hour_old(tmp_path: Path) -> None:
    """What a failed commit leaves: the raw copy is written before the commit that records it."""
    cfg_path, cfg, store = setup(tmp_path)
    kept = keep_raw(cfg, "<kept@x>", b"Subject: kept\r\n\r\nx\r\n")
    with store.transaction() as tx:
        tx.quarantine(QuarantineEntry("<kept@x>", "parse_error", "x", "2026-05-31T00:00:00+00:00", 9,
                                      raw_path=kept))
    aged(Path(kept), 5 * HOURS)
    orphan = aged(Path(keep_raw(cfg, "<rolled-back@x>", b"Subject: o\r\n\r\nx\r\n")), 2 * HOURS)
    in_flight = Path(keep_raw(cfg, "<committing@x>", b"Subject: c\r\n\r\nx\r\n"))  # its commit is under way
    dry = purge(cfg_path, "--dry-run")
    assert f"would remove {orphan}" in dry.output and orphan.exists()
    purge(cfg_path)
    assert not orphan.exists()
    assert Path(kept).exists() and in_flight.exists()


def test_crash_leftovers_beside_the_store_and_in_the_outbox_tmp_are_removed(tmp_path: Path) -> None:
    cfg_path, cfg, _ = setup(tmp_path)
    dead = subprocess.Popen(["true"])
    dead.wait()
    state_dir = cfg.storage.path.parent
    name = cfg.storage.path.name
    crashed = left(state_dir / f".{name}.{dead.pid}.new", 2 * HOURS)
    journal = left(state_dir / f".{name}.{dead.pid}.import-journal", 2 * HOURS)
    running = left(state_dir / f".{name}.{os.getpid()}.import", 2 * HOURS)  # a restore: its process lives
    (cfg.maildir.outbox / "tmp").mkdir(parents=True, exist_ok=True)
    stale = left(cfg.maildir.outbox / "tmp" / "1700000000.half.host", 40 * HOURS)
    fresh = left(cfg.maildir.outbox / "tmp" / "1700000001.writing.host", 0)
    out = purge(cfg_path).output
    assert "3 leftover file(s)" in out
    assert not crashed.exists() and not journal.exists() and not stale.exists()
    assert running.exists() and fresh.exists() and cfg.storage.path.exists()
