"""The store: one SQLite file (WAL), a transaction per batch, every lookup indexed.

Why SQLite: the JSON store it replaces was reloaded and rewritten whole by
every command, which a year of inbox traffic made take seconds and gigabytes
(issue 10). What the JSON store promised still holds:

* **Atomic.** A :meth:`Store.transaction` block is one SQLite transaction
  (``BEGIN IMMEDIATE`` ... ``COMMIT``); an exception, a SIGKILL or a full disk
  leaves the store as it was before the block.
* **Durable.** ``synchronous=FULL`` in WAL mode: when the block returns, the
  commit is on disk, so the reply sent next never refers to a lost record.
* **No lost update.** ``BEGIN IMMEDIATE`` takes SQLite's write lock for the
  whole block, so the review CLI and the daemon never both write from the
  same stale state. Another writer waits (busy timeout) instead of failing.
  There is no lock file a user could delete to let a second writer in.
* **Private.** The file is created 0600; SQLite gives its ``-wal`` and
  ``-shm`` files the same mode.

:meth:`Store.read` is a read snapshot (an open read transaction), not a copy:
it costs a query per question, whatever the store's size.

The configured ``[storage] path`` is the SQLite file itself. A JSON store at
that path (the format before this one) is migrated on first use
(:mod:`intakebot.store.migration`); backups use that JSON layout
(:mod:`intakebot.store.snapshot`), which ``TinyDB(FILE)`` opens.
"""

from __future__ import annotations

import os
import random
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from intakebot.store import migration, schema, snapshot
from intakebot.store.schema import SCHEMA_VERSION
from intakebot.store.transaction import StoreError, StoreUnavailable, Transaction, sql_error

__all__ = ["SCHEMA_VERSION", "Store", "StoreError", "StoreUnavailable", "Transaction", "retention_cutoff"]

_COUNT_ALL = " + ".join(f"(SELECT COUNT(*) FROM {t})" for t in (*snapshot.DATA_TABLES, "state"))


class Store:
    """Opens transactions and read snapshots on the store file; safe across threads and processes."""

    def __init__(self, path: str | Path, *, lock_timeout: float = 60.0) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self._thread_lock = threading.RLock()
        self._local = threading.local()
        self._ready = False

    def exists(self) -> bool:
        """Whether there is a store at all (a missing file is the only first start)."""
        return os.path.lexists(self.path)

    def _prepare(self, *, create: bool) -> bool:
        """Make the file a current SQLite store (create, migrate, upgrade); False if missing."""
        if self._ready:
            return True
        found = migration.kind(self.path)
        if found == "missing":
            if not create:
                return False
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                schema.create(self.path)
            except OSError as e:
                raise StoreError(f"cannot create store {self.path}: {e.strerror}") from None
            except sqlite3.Error as e:
                raise sql_error(e, str(self.path)) from None
        elif found == "json":
            migration.migrate(self.path)
        conn = self._connect()
        try:
            schema.check(conn, self.path)
        except sqlite3.Error as e:
            raise sql_error(e, str(self.path)) from None
        finally:
            conn.close()
        for p in (self.path, Path(f"{self.path}-wal"), Path(f"{self.path}-shm")):
            _make_private(p)
        self._ready = True
        return True

    def _connect(self) -> sqlite3.Connection:
        try:
            return schema.connect(self.path, self.lock_timeout)
        except sqlite3.Error as e:
            raise sql_error(e, str(self.path)) from None

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """One write transaction: committed when the block ends, rolled back on any error.

        A block opened inside another on the same thread joins it as a
        savepoint: its changes are undone alone if it fails, and committed
        with the outer block.
        """
        with self._thread_lock:
            outer: Transaction | None = getattr(self._local, "tx", None)
            if outer is not None:
                with _savepoint(outer):
                    yield outer
                return
            self._prepare(create=True)
            conn = self._connect()
            try:
                tx = Transaction(conn, writable=True, where=str(self.path))
                self._begin(conn)
                self._local.tx = tx
                try:
                    yield tx
                finally:
                    self._local.tx = None
                tx._q("COMMIT")
            finally:
                _close(conn)

    def _begin(self, conn: sqlite3.Connection) -> None:
        """``BEGIN IMMEDIATE``, waiting up to ``lock_timeout`` for another writer.

        Why not SQLite's own busy handler: it backs off to 100 ms sleeps, so a
        process committing every few milliseconds (a poll working through a
        backlog) would starve a ``requests approve`` for the whole backlog.
        Retrying every millisecond or so gets in at the writer's next pause.
        """
        conn.execute("PRAGMA busy_timeout = 0")
        deadline = time.monotonic() + self.lock_timeout
        while True:
            try:
                conn.execute("BEGIN IMMEDIATE")
                break
            except sqlite3.OperationalError as e:
                if "locked" not in str(e) and "busy" not in str(e):
                    raise sql_error(e, str(self.path)) from None
                if time.monotonic() >= deadline:
                    raise StoreUnavailable(
                        f"store {self.path} is busy: another intakebot process has held its write"
                        f" transaction for over {self.lock_timeout:g} s; try again"
                    ) from None
                time.sleep(random.uniform(0.0005, 0.002))
        conn.execute(f"PRAGMA busy_timeout = {int(self.lock_timeout * 1000)}")

    def read(self) -> Transaction:
        """A read-only snapshot: what was committed when it was taken, nothing loaded up front.

        A missing store reads as an empty one, and is not created: only a
        write makes a first start (so ``status`` on a lost store cannot hide
        the loss from the next poll).
        """
        if not self._prepare(create=False):
            conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            schema._ddl(conn)
            return Transaction(conn, writable=False, where=str(self.path))
        view = Transaction(self._connect(), writable=False, where=str(self.path))
        view._q("BEGIN")
        view._q("SELECT COUNT(*) FROM state").fetchone()  # takes the snapshot now, not at first use
        return view

    def backup(self, dest: Path) -> None:
        """Write a consistent snapshot in TinyDB's JSON layout to ``dest`` (0600, atomic)."""
        if not self.exists():
            raise StoreError(f"backup: there is no store at {self.path}")
        snapshot.write_file(dest, self.read())

    def restore(self, src: Path) -> None:
        """Load a backup into an empty store (a missing one, or one with no record at all).

        Why only empty: merging a snapshot into live data would resurrect
        purged records and collide reference numbers; replacing live data is
        a decision for a person (move the store away first), not a flag.
        """
        data = snapshot.read(src)

        def fill(conn: sqlite3.Connection) -> None:
            snapshot.load_into(Transaction(conn, writable=True, where=str(self.path)), data)

        with self._thread_lock:
            if migration.kind(self.path) == "missing":
                self.path.parent.mkdir(parents=True, exist_ok=True)
                if schema.create(self.path, fill):
                    return
            with self.transaction() as tx:
                held = tx._count("SELECT " + _COUNT_ALL)
                if held:
                    raise StoreError(
                        f"restore: store {self.path} is not empty ({held} rows); restore loads into an"
                        " empty store only: move the store away first"
                    )
                snapshot.load_into(tx, data)


def _close(conn: sqlite3.Connection) -> None:
    """Roll back whatever is still open (an error, a failed commit) and close."""
    try:
        if conn.in_transaction:
            conn.rollback()
    except sqlite3.Error:
        pass  # closing discards it anyway
    conn.close()


@contextmanager
def _savepoint(tx: Transaction) -> Iterator[None]:
    tx._q("SAVEPOINT nested")
    try:
        yield
    except BaseException:
        tx._q("ROLLBACK TO nested")
        tx._q("RELEASE nested")
        raise
    tx._q("RELEASE nested")


def retention_cutoff(now: datetime, days: int) -> datetime:
    return now - timedelta(days=days)


def _make_private(path: Path) -> None:
    """Set a store file made or copied by hand to 0600: personal data stays private.

    The ``-wal`` and ``-shm`` files come and go: the last connection of another
    process (the review CLI beside the daemon) removes them when it closes, so a
    file seen a moment ago may be gone now, which is not an error.
    """
    try:
        if os.stat(path).st_mode & 0o077:
            os.chmod(path, 0o600)
    except FileNotFoundError:
        return
