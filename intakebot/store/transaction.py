"""A transaction on the store: typed records in, typed records out, one SQL query each.

Callers never see SQL or the JSON documents: every method takes or returns a
record from :mod:`intakebot.records`. Each lookup the bot makes per message
(a ledger key, a sender's open requests, an official's records, replies to an
address today) is one indexed query, and the counts ``status`` shows are
``COUNT(*)`` queries: no method loads a table to answer a question about one
row. The methods that do return a whole table (``requests()``, ``ledger()``,
``outbox()``) are for tests and for exports that need every row anyway.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from intakebot.errors import IntakebotError
from intakebot.records import (
    OPEN_STATUSES,
    LedgerEntry,
    OutboxItem,
    QuarantineEntry,
    RequestRecord,
    iso,
)
from intakebot.store.attention_table import AttentionTable


class StoreError(IntakebotError):
    """The store cannot be opened or written (busy, corrupt or foreign file, newer schema, disk full)."""

    label = "store"
    exit_code = 2


class StoreUnavailable(StoreError):
    """The store is sound but cannot be written just now (busy, disk full): may pass on its own.

    Exit code 1, like a server that is down, so an administrator's script or
    systemd tells "fix the configuration" (2) from "try again later" (1).
    """

    exit_code = 1


#: Reference order: by year, then by number (``CUG-2026-9999`` before ``CUG-2026-10000``).
#: A reference is ``CUG-YYYY-N…`` with at least four digits, so the first eight characters
#: are the year and, within a year, a longer number is a larger one.
BY_REFERENCE = "substr({col}, 1, 8), length({col}), {col}"


_ORDER = BY_REFERENCE.format(col="reference")

#: The parts of a request a review token vouches for: a change to any of them bumps its version.
VERSIONED = ("status", "nominee", "sender", "language", "flags")


def dumps(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def sql_error(e: sqlite3.Error, where: str) -> StoreError:
    """One line a user can act on, for an error SQLite reports."""
    text = str(e)
    if "locked" in text or "busy" in text:
        return StoreUnavailable(f"store {where}: busy: another intakebot process kept its write"
                                " transaction open too long; try again")
    if "disk is full" in text:
        return StoreUnavailable(f"store {where}: cannot write: the disk is full (nothing was committed)")
    if "not a database" in text or "malformed" in text:
        text = "not a valid store (the file is damaged); restore one with `intakebot restore`"
    return StoreError(f"store {where}: {text}")


class Transaction(AttentionTable):
    """A consistent view of the store; changes are committed when the block ends.

    ``writable=False`` is a read snapshot (``Store.read()``): it sees the store
    as it was when the snapshot was taken, whatever other processes commit
    meanwhile, and refuses every change.
    """

    def __init__(self, conn: sqlite3.Connection, *, writable: bool, where: str = "") -> None:
        self._conn = conn
        self.writable = writable
        self.dirty = False
        self._where = where

    def _touch(self) -> None:
        if not self.writable:
            raise StoreError("this is a read-only view of the store")
        self.dirty = True

    def _q(self, sql: str, args: Iterable[Any] = ()) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, tuple(args))
        except sqlite3.Error as e:
            raise sql_error(e, self._where) from None

    def _docs(self, sql: str, args: Iterable[Any] = ()) -> Iterator[dict[str, Any]]:
        for (doc,) in self._q(sql, args).fetchall():
            yield json.loads(doc)

    def _count(self, sql: str, args: Iterable[Any] = ()) -> int:
        return int(self._q(sql, args).fetchone()[0])

    # ---------------------------------------------------------------- requests
    def request(self, reference: str) -> RequestRecord | None:
        docs = list(self._docs("SELECT doc FROM requests WHERE reference = ?", (reference,)))
        return RequestRecord.from_json(docs[0]) if docs else None

    def requests(self, status: str | None = None) -> list[RequestRecord]:
        if status is None:
            docs = self._docs("SELECT doc FROM requests ORDER BY " + _ORDER)
        else:
            docs = self._docs("SELECT doc FROM requests WHERE status = ? ORDER BY " + _ORDER, (status,))
        return [RequestRecord.from_json(d) for d in docs]

    def latest_requests(self, status: str | None, limit: int) -> list[RequestRecord]:
        """The ``limit`` most recently created requests (of ``status``), oldest first.

        ``requests list`` pages with it: one indexed range, whatever the store holds.
        """
        where, args = ("", []) if status is None else (" WHERE status = ?", [status])
        # The ids come from the status index alone; only the page's documents are read.
        docs = self._docs(
            "SELECT doc FROM requests WHERE doc_id IN"
            f" (SELECT doc_id FROM requests{where} ORDER BY doc_id DESC LIMIT ?) ORDER BY doc_id",
            [*args, limit],
        )
        return [RequestRecord.from_json(d) for d in docs]

    def count_requests(self, status: str | None = None) -> int:
        if status is None:
            return self._count("SELECT COUNT(*) FROM requests")
        return self._count("SELECT COUNT(*) FROM requests WHERE status = ?", (status,))

    def open_requests(self, sender: str | None = None) -> list[RequestRecord]:
        """Requests still waiting (for the Party or the Secretariat), optionally one sender's."""
        marks = ",".join("?" * len(OPEN_STATUSES))
        if sender is None:
            sql, args = f"SELECT doc FROM requests WHERE status IN ({marks})", list(OPEN_STATUSES)
        else:
            sql = f"SELECT doc FROM requests WHERE sender = ? AND status IN ({marks})"
            args = [sender.lower(), *OPEN_STATUSES]
        return [RequestRecord.from_json(d) for d in self._docs(sql + " ORDER BY " + _ORDER, args)]

    def requests_for_official(self, email: str, country_code: str | None) -> list[RequestRecord]:
        """Every request naming this official (same email and country), whatever its status."""
        if not email:
            return []
        docs = self._docs(
            "SELECT doc FROM requests WHERE official_email = ? AND official_country = ? ORDER BY " + _ORDER,
            (email.lower(), country_code or ""),
        )
        return [RequestRecord.from_json(d) for d in docs]

    def flagged_requests(self, flag: str, statuses: Iterable[str]) -> list[RequestRecord]:
        """Requests carrying ``flag`` in one of ``statuses`` (the digest's bounced replies)."""
        wanted = list(statuses)
        marks = ",".join("?" * len(wanted))
        docs = self._docs(
            "SELECT r.doc FROM request_flags f JOIN requests r ON r.reference = f.reference"
            f" WHERE f.flag = ? AND r.status IN ({marks}) ORDER BY " + BY_REFERENCE.format(col="r.reference"),
            [flag, *wanted],
        )
        return [RequestRecord.from_json(d) for d in docs]

    def put_request(self, record: RequestRecord) -> None:
        """Write ``record``; its version goes up by one when anything in it changed.

        The version is the store's, not the caller's: a review token is issued
        for one version, so any change (a correction, new details, a decision)
        makes older tokens for this request stale. Only what a reviewer decides
        on counts (:data:`VERSIONED`): a Party's "thank you" or a linked reply
        does not make the review mail's links stale.
        """
        self._touch()
        doc = record.to_json()
        stored = next(self._docs("SELECT doc FROM requests WHERE reference = ?", (record.reference,)), None)
        if stored is not None:
            before = int(stored.get("version", 1))
            same = all(stored.get(k) == doc.get(k) for k in VERSIONED)
            doc["version"] = before if same else before + 1
        record.version = doc["version"]
        self._put_request_doc(doc)

    def _put_request_doc(self, doc: dict[str, Any], doc_id: int | None = None) -> None:
        nominee = doc.get("nominee") or {}
        email = (nominee.get("email") or "").lower()
        self._q(
            "INSERT INTO requests (doc_id, reference, status, sender, official_email, official_country, doc)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (reference) DO UPDATE SET status = excluded.status,"
            " sender = excluded.sender, official_email = excluded.official_email,"
            " official_country = excluded.official_country, doc = excluded.doc",
            (doc_id, doc["reference"], doc["status"], doc["sender"].lower(), email,
             nominee.get("country_code") or "", dumps(doc)),
        )
        self._q("DELETE FROM request_flags WHERE reference = ?", (doc["reference"],))
        for flag in set(doc.get("flags") or ()):
            self._q("INSERT INTO request_flags (flag, reference) VALUES (?, ?)", (flag, doc["reference"]))

    def delete_request(self, reference: str) -> None:
        self._touch()
        self._q("DELETE FROM requests WHERE reference = ?", (reference,))
        self._q("DELETE FROM request_flags WHERE reference = ?", (reference,))

    def next_reference(self, year: int) -> str:
        """Allocate the next ``CUG-YYYY-NNNN``; the sequence restarts each year."""
        self._touch()
        seqs: dict[str, int] = dict(self.get_state("reference_seq") or {})
        n = int(seqs.get(str(year), 0)) + 1
        seqs[str(year)] = n
        self.set_state("reference_seq", seqs)
        return f"CUG-{year}-{n:04d}"

    # ---------------------------------------------------------------- ledger
    def seen(self, key: str) -> LedgerEntry | None:
        docs = list(self._docs("SELECT doc FROM ledger WHERE key = ?", (key,)))
        return LedgerEntry.from_json(docs[0]) if docs else None

    def record_seen(self, entry: LedgerEntry) -> None:
        self._touch()
        self._put_ledger_doc(entry.to_json())

    def _put_ledger_doc(self, doc: dict[str, Any], doc_id: int | None = None) -> None:
        self._put_keyed_doc("ledger", "processed_at", doc, doc_id)

    def _put_keyed_doc(self, table: str, time_column: str, doc: dict[str, Any], doc_id: int | None) -> None:
        """Insert or replace a document of a table keyed by ``key`` (the ledger, the quarantine)."""
        self._q(
            f"INSERT INTO {table} (doc_id, key, {time_column}, doc) VALUES (?, ?, ?, ?) ON CONFLICT (key)"
            f" DO UPDATE SET {time_column} = excluded.{time_column}, doc = excluded.doc",
            (doc_id, doc["key"], doc[time_column], dumps(doc)),
        )

    def ledger(self) -> list[LedgerEntry]:
        return [LedgerEntry.from_json(d) for d in self._docs("SELECT doc FROM ledger ORDER BY doc_id")]

    def count_seen_since(self, since: datetime) -> int:
        """Messages processed since ``since`` (``status``'s last-24-hours figure)."""
        return self._count("SELECT COUNT(*) FROM ledger WHERE processed_at >= ?", (iso(since),))

    def purge_ledger(self, before: datetime) -> int:
        return self._purge("ledger", "processed_at < ?", iso(before))

    def _purge(self, table: str, where: str, cutoff: str) -> int:
        n = self._count(f"SELECT COUNT(*) FROM {table} WHERE {where}", (cutoff,))
        if n:
            self._touch()
            self._q(f"DELETE FROM {table} WHERE {where}", (cutoff,))
        return n

    # ---------------------------------------------------------------- outbox
    def queue(self, item: OutboxItem) -> bool:
        """Queue a reply; False (and nothing queued) if its Message-ID is already known."""
        if self._count("SELECT COUNT(*) FROM outbox WHERE message_id = ?", (item.message_id,)):
            return False
        self._touch()
        self._put_outbox_doc(item.to_json())
        return True

    def _put_outbox_doc(self, doc: dict[str, Any], doc_id: int | None = None) -> None:
        mid = doc["message_id"]
        self._q(
            "INSERT INTO outbox (doc_id, message_id, status, queued_at, doc) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (message_id) DO UPDATE SET status = excluded.status,"
            " queued_at = excluded.queued_at, doc = excluded.doc",
            (doc_id, mid, doc["status"], doc["queued_at"], dumps(doc)),
        )
        self._q("DELETE FROM outbox_recipients WHERE message_id = ?", (mid,))
        if not doc.get("internal"):
            for to in doc["to"]:
                self._q(
                    "INSERT INTO outbox_recipients (address, queued_at, message_id) VALUES (?, ?, ?)",
                    (to.lower(), doc["queued_at"], mid),
                )

    def outbox_item(self, message_id: str) -> OutboxItem | None:
        docs = list(self._docs("SELECT doc FROM outbox WHERE message_id = ?", (message_id,)))
        return OutboxItem.from_json(docs[0]) if docs else None

    def outbox(self, status: str | None = None) -> list[OutboxItem]:
        order = " ORDER BY queued_at, message_id"
        if status is None:
            docs = self._docs("SELECT doc FROM outbox" + order)
        else:
            docs = self._docs("SELECT doc FROM outbox WHERE status = ?" + order, (status,))
        return [OutboxItem.from_json(d) for d in docs]

    def count_outbox(self, status: str) -> int:
        return self._count("SELECT COUNT(*) FROM outbox WHERE status = ?", (status,))

    def update_outbox(self, item: OutboxItem) -> None:
        self._touch()
        self._put_outbox_doc(item.to_json())

    def purge_outbox(self, before: datetime) -> int:
        """Forget sent or failed replies older than ``before`` (queued ones stay)."""
        where = "status != 'queued' AND queued_at < ?"
        cutoff = iso(before)
        if self._count(f"SELECT COUNT(*) FROM outbox WHERE {where}", (cutoff,)):
            self._touch()
            self._q(
                "DELETE FROM outbox_recipients WHERE message_id IN"
                f" (SELECT message_id FROM outbox WHERE {where})",
                (cutoff,),
            )
        return self._purge("outbox", where, cutoff)

    def replies_to(self, address: str, since: datetime) -> int:
        """Automatic replies queued to ``address`` since ``since`` (RFC 3834 rate limit)."""
        return self._count(
            "SELECT COUNT(*) FROM outbox_recipients WHERE address = ? AND queued_at >= ?",
            (address.lower(), iso(since)),
        )

    # ---------------------------------------------------------------- quarantine
    def quarantine(self, entry: QuarantineEntry) -> None:
        self._touch()
        self._put_quarantine_doc(entry.to_json())

    def _put_quarantine_doc(self, doc: dict[str, Any], doc_id: int | None = None) -> None:
        self._put_keyed_doc("quarantine", "quarantined_at", doc, doc_id)

    def quarantined(self) -> list[QuarantineEntry]:
        docs = self._docs("SELECT doc FROM quarantine ORDER BY quarantined_at, doc_id")
        return [QuarantineEntry.from_json(d) for d in docs]

    def count_quarantined(self) -> int:
        return self._count("SELECT COUNT(*) FROM quarantine")

    def delete_quarantined(self, key: str) -> None:
        self._touch()
        self._q("DELETE FROM quarantine WHERE key = ?", (key,))

    # ---------------------------------------------------------------- events
    def log_event(self, at: datetime, kind: str, detail: str = "", reference: str = "") -> None:
        """Append to the event log the digest counts from (no personal data)."""
        self._touch()
        self._put_event_doc({"at": iso(at), "kind": kind, "detail": detail, "reference": reference})

    def _put_event_doc(self, doc: dict[str, Any], doc_id: int | None = None) -> None:
        self._q("INSERT INTO events (doc_id, at, doc) VALUES (?, ?, ?)", (doc_id, doc["at"], dumps(doc)))

    def events(self, since: datetime | None = None) -> list[dict[str, str]]:
        if since is None:
            return list(self._docs("SELECT doc FROM events ORDER BY doc_id"))
        return list(self._docs("SELECT doc FROM events WHERE at >= ? ORDER BY doc_id", (iso(since),)))

    def count_events(self, since: datetime, until: datetime) -> dict[str, int]:
        """How many events of each kind in ``[since, until]``: counted in SQLite, no document loaded."""
        rows = self._q(
            "SELECT json_extract(doc, '$.kind'), COUNT(*) FROM events WHERE at >= ? AND at <= ?"
            " GROUP BY 1", (iso(since), iso(until)),
        ).fetchall()
        return {str(kind or ""): int(n) for kind, n in rows}

    def purge_events(self, before: datetime) -> int:
        return self._purge("events", "at < ?", iso(before))

    # ---------------------------------------------------------------- state
    def get_state(self, key: str, default: Any = None) -> Any:
        row = self._q("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set_state(self, key: str, value: Any) -> None:
        self._touch()
        self._q(
            "INSERT INTO state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, dumps(value)),
        )
