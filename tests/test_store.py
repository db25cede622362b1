"""The store: atomic, private, shared safely between processes."""

from __future__ import annotations

import json
import multiprocessing
import stat
from pathlib import Path

import pytest

from intakebot.records import LedgerEntry, Nominee, RequestRecord, reference_order
from intakebot.store import Store, StoreError


def _record(ref: str) -> RequestRecord:
    return RequestRecord(ref, "incomplete", Nominee(name="A"), "a@b.org", "en", "2026-01-01T00:00:00+00:00")


def test_store_file_is_private(tmp_path: Path) -> None:
    s = Store(tmp_path / "s.json")
    with s.transaction() as tx:
        tx.put_request(_record("CUG-2026-0001"))
    assert stat.S_IMODE((tmp_path / "s.json").stat().st_mode) == 0o600


def test_a_failed_transaction_writes_nothing(tmp_path: Path) -> None:
    s = Store(tmp_path / "s.json")
    with s.transaction() as tx:
        tx.put_request(_record("CUG-2026-0001"))
    with pytest.raises(RuntimeError), s.transaction() as tx:
        tx.put_request(_record("CUG-2026-0002"))
        raise RuntimeError("crash mid-batch")
    assert [r.reference for r in s.read().requests()] == ["CUG-2026-0001"]


def test_backup_stays_in_tinydb_layout(tmp_path: Path) -> None:
    from tinydb import TinyDB

    s = Store(tmp_path / "s.json")
    with s.transaction() as tx:
        tx.put_request(_record("CUG-2026-0001"))
    s.backup(tmp_path / "backup.json")
    with TinyDB(tmp_path / "backup.json") as db:
        assert db.table("requests").all()[0]["reference"] == "CUG-2026-0001"


def test_references_count_up_per_year(tmp_path: Path) -> None:
    s = Store(tmp_path / "s.json")
    with s.transaction() as tx:
        refs = [tx.next_reference(2026), tx.next_reference(2026), tx.next_reference(2027)]
    assert refs == ["CUG-2026-0001", "CUG-2026-0002", "CUG-2027-0001"]


def test_requests_come_in_reference_order_past_the_four_digit_mark(tmp_path: Path) -> None:
    s = Store(tmp_path / "s.json")
    refs = ["CUG-2027-0001", "CUG-2026-10000", "CUG-2026-9999", "CUG-2026-0002"]
    with s.transaction() as tx:
        for ref in refs:
            tx.put_request(_record(ref))
    expected = ["CUG-2026-0002", "CUG-2026-9999", "CUG-2026-10000", "CUG-2027-0001"]
    assert [r.reference for r in s.read().requests()] == expected
    assert [r.reference for r in s.read().requests("incomplete")] == expected
    assert sorted(refs, key=reference_order) == expected


def test_read_only_view_refuses_writes(tmp_path: Path) -> None:
    s = Store(tmp_path / "s.json")
    with pytest.raises(StoreError):
        s.read().put_request(_record("CUG-2026-0001"))


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "s.json"
    p.write_text(json.dumps({"_meta": {"1": {"schema": 99}}}))
    with pytest.raises(StoreError, match="schema 99"):
        Store(p).read()


def test_corrupt_file_is_a_clear_error(tmp_path: Path) -> None:
    p = tmp_path / "s.json"
    p.write_text("{not json")
    with pytest.raises(StoreError, match="not valid JSON"):
        Store(p).read()


def _writer(path: str, start: int, count: int) -> None:
    s = Store(path)
    for i in range(start, start + count):
        with s.transaction() as tx:
            tx.record_seen(LedgerEntry(f"<m{i}@x>", "request", "2026-01-01T00:00:00+00:00"))


def test_concurrent_processes_lose_no_update(tmp_path: Path) -> None:
    path = str(tmp_path / "s.json")
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, k * 100, 40)) for k in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert len(Store(path).read().ledger()) == 120


def test_retention_purges_old_closed_requests_but_keeps_approved(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from intakebot.run.retention import purge

    s = Store(tmp_path / "s.json")
    old = "2024-01-01T00:00:00+00:00"
    with s.transaction() as tx:
        for ref, status in (("CUG-2024-0001", "rejected"), ("CUG-2024-0002", "approved"),
                            ("CUG-2024-0003", "expired")):
            r = _record(ref)
            r.status = status  # type: ignore[assignment]
            r.updated_at = old
            tx.put_request(r)
        tx.record_seen(LedgerEntry("<old@x>", "request", old))
    report = purge(s, 365, datetime(2026, 1, 1, tzinfo=UTC))
    assert report.requests == 2 and report.ledger == 1
    assert [r.reference for r in s.read().requests()] == ["CUG-2024-0002"]



def _write_and_close_from_another_process(path: str) -> None:
    store = Store(path)
    with store.transaction() as tx:
        tx.record_seen(LedgerEntry(key="<child@x>", kind="not_request", processed_at="2026-12-03T10:00:00+00:00"))


def test_opening_the_store_again_keeps_this_process_counted_as_a_reader(tmp_path: Path) -> None:
    """POSIX drops every lock a process holds on a file when it closes *any* descriptor of it.

    In WAL mode each connected process holds a shared lock on the database
    file; the last one to close takes it exclusively and deletes the WAL.
    Recognising the store's format by opening the file would drop this
    process's shared lock, so another process closing would delete the WAL
    under our open view ("database disk image is malformed").
    """
    path = tmp_path / "intakebot.json"
    first = Store(path)
    with first.transaction() as tx:
        tx.record_seen(LedgerEntry(key="<m1@x>", kind="not_request", processed_at="2026-12-03T10:00:00+00:00"))
    view = first.read()  # an open connection of this process
    assert view.seen("<m1@x>") is not None
    Store(path).read()  # a second Store in this process recognises the file
    child = multiprocessing.get_context("spawn").Process(target=_write_and_close_from_another_process, args=(str(path),))
    child.start()
    child.join(60)
    assert child.exitcode == 0
    assert Path(str(path) + "-wal").exists(), "the WAL was deleted while this process still had the store open"
