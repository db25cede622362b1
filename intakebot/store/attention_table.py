"""The store's side of the "needs a person" queue and of loop recognition.

A mixin of :class:`~intakebot.store.transaction.Transaction` (kept apart so
the transaction module does not grow with every table): the ``attention``
table holds :class:`~intakebot.attention.AttentionItem` documents, numbered by
``doc_id`` (the id a person closes), unique per ``(key, reason)`` so a message
processed again never queues its item twice; ``reply_marks`` holds, per
address, the fingerprint of each message we answered, so the same content
again is recognised as a loop (no personal data: a hash).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from intakebot.attention import AttentionItem
from intakebot.records import iso

#: Schema version 3 (see :mod:`intakebot.store.schema`).
DDL_V2 = """
CREATE TABLE IF NOT EXISTS attention (
    doc_id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL,
    reason TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    closed_at TEXT NOT NULL DEFAULT '',
    doc TEXT NOT NULL,
    UNIQUE (key, reason)
);
CREATE INDEX IF NOT EXISTS attention_by_status ON attention (status, doc_id);
CREATE TABLE IF NOT EXISTS reply_marks (
    address TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS reply_marks_by_address ON reply_marks (address, fingerprint, at)
"""


def migrate_v2_to_v3(conn: sqlite3.Connection) -> None:
    """Add the needs-a-person queue and the loop marks (inside the caller's transaction)."""
    for statement in DDL_V2.split(";"):
        if statement.strip():
            conn.execute(statement)


def dumps(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


class AttentionTable:
    """Queue, list and close items; remember answered fingerprints."""

    if TYPE_CHECKING:  # provided by Transaction, which mixes this class in; declared for the type checker only
        def _touch(self) -> None: ...
        def _q(self, sql: str, args: Iterable[Any] = ()) -> sqlite3.Cursor: ...
        def _docs(self, sql: str, args: Iterable[Any] = ()) -> Iterator[dict[str, Any]]: ...
        def _count(self, sql: str, args: Iterable[Any] = ()) -> int: ...

    # ---------------------------------------------------------------- attention
    def add_attention(self, item: AttentionItem) -> int:
        """Queue ``item``; its id (0 when the same message already queued it for that reason)."""
        self._touch()
        cur = self._q(
            "INSERT INTO attention (key, reason, status, created_at, closed_at, doc) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (key, reason) DO NOTHING",
            (item.key, item.reason, item.status, item.created_at, item.closed_at, "{}"),
        )
        if not cur.rowcount:
            return 0
        new_id = int(cur.lastrowid or 0)
        stored = replace(item, id=new_id)
        self._q("UPDATE attention SET doc = ? WHERE doc_id = ?", (dumps(stored.to_json()), new_id))
        return new_id

    def _put_attention_doc(self, doc: dict[str, Any], doc_id: int | None = None) -> None:
        self._q(
            "INSERT INTO attention (doc_id, key, reason, status, created_at, closed_at, doc)"
            " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (doc_id) DO UPDATE SET status = excluded.status,"
            " closed_at = excluded.closed_at, doc = excluded.doc",
            (doc_id or doc.get("id") or None, doc["key"], doc["reason"], doc.get("status", "open"),
             doc["created_at"], doc.get("closed_at", ""), dumps(doc)),
        )

    def attention(self, status: str | None = "open") -> list[AttentionItem]:
        """Items in one status (oldest first), or every item with ``status=None``."""
        if status is None:
            docs = self._docs("SELECT doc FROM attention ORDER BY doc_id")
        else:
            docs = self._docs("SELECT doc FROM attention WHERE status = ? ORDER BY doc_id", (status,))
        return [AttentionItem.from_json(d) for d in docs]

    def attention_item(self, item_id: int) -> AttentionItem | None:
        docs = list(self._docs("SELECT doc FROM attention WHERE doc_id = ?", (item_id,)))
        return AttentionItem.from_json(docs[0]) if docs else None

    def attention_for_key(self, key: str) -> list[AttentionItem]:
        """Every item one message queued (the LMTP path asks: does a person need its text?)."""
        return [AttentionItem.from_json(d) for d in self._docs(
            "SELECT doc FROM attention WHERE key = ? ORDER BY doc_id", (key,))]

    def count_attention(self, status: str = "open") -> int:
        return self._count("SELECT COUNT(*) FROM attention WHERE status = ?", (status,))

    def close_attention(self, item_id: int, *, at: datetime, by: str, note: str) -> AttentionItem | None:
        """Close an open item; None if there is no such item, the item unchanged if already closed."""
        item = self.attention_item(item_id)
        if item is None or item.status == "closed":
            return item
        self._touch()
        done = item.closed(at=iso(at), by=by, note=note)
        self._q("UPDATE attention SET status = 'closed', closed_at = ?, doc = ? WHERE doc_id = ?",
                (done.closed_at, dumps(done.to_json()), item_id))
        return done

    def purge_attention(self, before: datetime) -> int:
        """Forget items closed before ``before``; an open item is never purged."""
        cutoff = iso(before)
        where = "status = 'closed' AND closed_at < ?"
        n = self._count(f"SELECT COUNT(*) FROM attention WHERE {where}", (cutoff,))
        if n:
            self._touch()
            self._q(f"DELETE FROM attention WHERE {where}", (cutoff,))
        return n

    # ---------------------------------------------------------------- loop marks
    def mark_answered(self, address: str, fingerprint: str, at: datetime) -> None:
        self._touch()
        self._q("INSERT INTO reply_marks (address, fingerprint, at) VALUES (?, ?, ?)",
                (address.lower(), fingerprint, iso(at)))

    def answered_before(self, address: str, fingerprint: str, since: datetime) -> int:
        """How often a message of this content from ``address`` was answered since ``since``."""
        return self._count(
            "SELECT COUNT(*) FROM reply_marks WHERE address = ? AND fingerprint = ? AND at >= ?",
            (address.lower(), fingerprint, iso(since)),
        )

    def purge_reply_marks(self, before: datetime) -> int:
        cutoff = iso(before)
        n = self._count("SELECT COUNT(*) FROM reply_marks WHERE at < ?", (cutoff,))
        if n:
            self._touch()
            self._q("DELETE FROM reply_marks WHERE at < ?", (cutoff,))
        return n
