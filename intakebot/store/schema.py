"""The SQLite file: its tables, its version, and how one is created or upgraded.

Why SQLite rather than one JSON file: the old store was reloaded and rewritten
whole by every command, so a year of inbox traffic (tens of thousands of
ledger entries) made ``requests approve`` take seconds and a poll gigabytes.
Here every lookup the bot makes has an index, and a commit writes only the
pages it changed.

Each record is kept whole as a JSON document (``doc``) -- the typed records in
:mod:`intakebot.records` stay the one definition of a record -- beside the few
columns the bot looks things up by. ``doc_id`` is the TinyDB document id, kept
so a backup (TinyDB's layout) and a restore give back the same ids.

``PRAGMA application_id`` marks the file as ours, ``PRAGMA user_version`` is
the schema version; :data:`MIGRATIONS` upgrades an older file in one
transaction when it is opened.
"""

from __future__ import annotations

import os
import sqlite3
import urllib.parse
from collections.abc import Callable
from pathlib import Path

from intakebot.store.attention_table import migrate_v2_to_v3
from intakebot.store.transaction import StoreError

#: "CUG1": an SQLite file that is not ours is refused, not written into.
APPLICATION_ID = 0x43554731
SQLITE_MAGIC = b"SQLite format 3\x00"

DDL = """
CREATE TABLE requests (
    doc_id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    sender TEXT NOT NULL,          -- lower-cased
    official_email TEXT NOT NULL,  -- lower-cased nominee email, '' if none
    official_country TEXT NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX requests_by_status ON requests (status, reference);
CREATE INDEX requests_by_sender ON requests (sender, reference);
CREATE INDEX requests_by_official ON requests (official_email, official_country, reference);
CREATE TABLE request_flags (
    flag TEXT NOT NULL,
    reference TEXT NOT NULL,
    PRIMARY KEY (flag, reference)
) WITHOUT ROWID;
CREATE TABLE ledger (
    doc_id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    processed_at TEXT NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX ledger_by_time ON ledger (processed_at);
CREATE TABLE outbox (
    doc_id INTEGER PRIMARY KEY,
    message_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX outbox_by_status ON outbox (status, queued_at, message_id);
CREATE TABLE outbox_recipients (
    address TEXT NOT NULL,         -- lower-cased, automatic replies only
    queued_at TEXT NOT NULL,
    message_id TEXT NOT NULL
);
CREATE INDEX outbox_recipients_by_address ON outbox_recipients (address, queued_at);
CREATE INDEX outbox_recipients_by_message ON outbox_recipients (message_id);
CREATE TABLE quarantine (
    doc_id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    quarantined_at TEXT NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX quarantine_by_time ON quarantine (quarantined_at);
CREATE TABLE events (
    doc_id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    doc TEXT NOT NULL
);
CREATE INDEX events_by_time ON events (at);
CREATE TABLE state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
"""

#: ``MIGRATIONS[n]`` turns a version-``n`` file into version ``n + 1``.
#: Version 1 is :data:`DDL` itself; later versions append here, never edit it.
def _record_versions(conn: sqlite3.Connection) -> None:
    """1 -> 2: every request carries a version (review tokens name it); existing ones start at 1."""
    conn.execute(
        "UPDATE requests SET doc = json_set(doc, '$.version', 1) WHERE json_type(doc, '$.version') IS NULL"
    )


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _record_versions,
    2: migrate_v2_to_v3,  # the needs-a-person queue and loop marks (issue 12)
}
SCHEMA_VERSION = 1 + len(MIGRATIONS)


def connect(path: Path, timeout: float) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are begun explicitly.

    ``timeout`` is SQLite's busy timeout: a writer waits that long for another
    process's write transaction instead of failing, which replaces the old
    hand-made lock file (nothing to delete, nothing stale after a crash).
    ``synchronous=FULL``: a commit is on disk when it returns, as the reply
    that follows it promises.
    """
    uri = f"file:{urllib.parse.quote(str(path))}?mode=rw"  # never creates: a vanished store is an error
    conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def create(path: Path, fill: Callable[[sqlite3.Connection], None] | None = None) -> bool:
    """Create a complete store at ``path`` atomically, unless one appeared meanwhile.

    The file is built beside ``path`` (0600 from its first byte; SQLite gives
    its -wal and -shm files the same mode) and linked into place, so no reader
    ever sees a store without its tables, and of two processes starting at
    once exactly one creates it (False: the other one did). ``fill`` imports data in the same step (the
    migration from a JSON store, ``restore``).
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.new")
    for leftover in (tmp, Path(f"{tmp}-journal")):
        leftover.unlink(missing_ok=True)
    os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("BEGIN")
            _ddl(conn)
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            if fill is not None:
                fill(conn)
            conn.execute("COMMIT")
            conn.execute("PRAGMA journal_mode=WAL")
        finally:
            conn.close()
        _fsync(tmp)
        os.link(tmp, path)  # fails if it exists: never replaces a store
    except FileExistsError:
        return False  # another process created it first
    finally:
        tmp.unlink(missing_ok=True)
    _fsync(path.parent)
    return True


def _ddl(conn: sqlite3.Connection) -> None:
    """Run :data:`DDL` and every migration inside the caller's open transaction
    (executescript would commit): a new store is built as an old one is upgraded."""
    for statement in DDL.split(";"):
        if statement.strip():
            conn.execute(statement)
    for version in range(1, SCHEMA_VERSION):
        MIGRATIONS[version](conn)


def replace_json(path: Path, fill: Callable[[sqlite3.Connection], None]) -> None:
    """Build a store from imported data and rename it over ``path`` in one step."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.import")
    tmp.unlink(missing_ok=True)
    create(tmp, fill)
    os.replace(tmp, path)
    _fsync(path.parent)


def check(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a foreign or newer file; bring an older one up to date."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise StoreError(f"{path} is an SQLite database but not an intakebot store")
    if version > SCHEMA_VERSION:
        raise StoreError(f"store {path} has schema {version}; this intakebot knows {SCHEMA_VERSION}")
    if version == SCHEMA_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]  # another process may have
        while version < SCHEMA_VERSION:
            MIGRATIONS[version](conn)
            version += 1
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
