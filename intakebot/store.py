"""The store: one TinyDB-format JSON file, written atomically under a file lock.

Why not TinyDB's ``Table`` API for writes: it rewrites the whole file on every
insert, so a batch of 500 messages would be 500 rewrites and a crash between
them would leave half a batch. Instead, a :class:`Transaction` loads the file
once under an inter-process lock, the caller changes typed records through it,
and the result is written once -- temp file, fsync, rename, fsync of the
directory -- through :class:`AtomicJSONStorage`, a TinyDB ``Storage``. A crash
therefore leaves either the old file or the new one, never half of each, and
the review CLI and the daemon never lose each other's updates.

The file stays in TinyDB's layout (``{table: {doc_id: document}}``), so
``TinyDB(path)`` opens it for ad-hoc inspection. It holds personal data of
law-enforcement officials: it is created 0600.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from tinydb.storages import Storage

from intakebot.errors import IntakebotError
from intakebot.records import (
    OPEN_STATUSES,
    LedgerEntry,
    OutboxItem,
    QuarantineEntry,
    RequestRecord,
    iso,
    parse_iso,
)

SCHEMA_VERSION = 1
TABLES = ("_meta", "requests", "ledger", "outbox", "quarantine", "state", "events")


class StoreError(IntakebotError):
    """The store cannot be opened or written (lock timeout, corrupt file, newer schema)."""

    label = "store"
    exit_code = 2


class AtomicJSONStorage(Storage):
    """A TinyDB storage whose every write is atomic and private (0600)."""

    def __init__(self, path: str | Path, **_: Any) -> None:
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as e:  # a directory, no permission, not text
            why = e.strerror if isinstance(e, OSError) else "not UTF-8 text"
            raise StoreError(f"cannot read store file {self.path}: {why}") from None
        if not text.strip():
            return None
        try:
            data: dict[str, dict[str, Any]] = json.loads(text)
        except json.JSONDecodeError as e:
            raise StoreError(f"store file {self.path} is not valid JSON: {e}") from None
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                # dumps, not dump: dump streams through the pure-Python encoder
                # and is ~10x slower on a store of a few megabytes.
                fh.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        dir_fd = os.open(self.path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)

    def close(self) -> None:
        pass


class _Table:
    """One TinyDB table held in memory, with an index on its natural key."""

    def __init__(self, docs: dict[str, dict[str, Any]], key: str | None) -> None:
        self.docs = docs
        self.key = key
        self._index: dict[str, str] | None = None
        self._next = max((int(k) for k in docs), default=0) + 1

    def index(self) -> dict[str, str]:
        if self._index is None:
            assert self.key is not None
            self._index = {str(d[self.key]): k for k, d in self.docs.items() if self.key in d}
        return self._index

    def get(self, natural: str) -> dict[str, Any] | None:
        doc_id = self.index().get(natural)
        return None if doc_id is None else self.docs[doc_id]

    def put(self, doc: dict[str, Any]) -> None:
        assert self.key is not None
        natural = str(doc[self.key])
        doc_id = self.index().get(natural)
        if doc_id is None:
            doc_id = str(self._next)
            self._next += 1
            self.index()[natural] = doc_id
        self.docs[doc_id] = doc

    def delete(self, natural: str) -> None:
        doc_id = self.index().pop(natural, None)
        if doc_id is not None:
            del self.docs[doc_id]

    def append(self, doc: dict[str, Any]) -> None:
        self.docs[str(self._next)] = doc
        self._next += 1
        if self._index is not None and self.key and self.key in doc:
            self._index[str(doc[self.key])] = str(self._next - 1)

    def values(self) -> Iterator[dict[str, Any]]:
        return iter(list(self.docs.values()))


class Transaction:
    """A consistent view of the store; changes are written when the block ends.

    All access goes through typed methods: callers never see the JSON layout.
    """

    def __init__(self, data: dict[str, dict[str, Any]], *, writable: bool) -> None:
        for t in TABLES:
            data.setdefault(t, {})
        self._data = data
        self.writable = writable
        self.dirty = False
        self._requests = _Table(data["requests"], "reference")
        self._ledger = _Table(data["ledger"], "key")
        self._outbox = _Table(data["outbox"], "message_id")
        self._quarantine = _Table(data["quarantine"], "key")
        self._events = _Table(data["events"], None)
        state = data["state"].setdefault("1", {})
        self._state: dict[str, Any] = state
        self._by_sender: dict[str, set[str]] | None = None
        self._by_official: dict[tuple[str, str], set[str]] | None = None
        self._replies_by_to: dict[str, list[str]] | None = None

    def _touch(self) -> None:
        if not self.writable:
            raise StoreError("this is a read-only view of the store")
        self.dirty = True

    # ---------------------------------------------------------------- requests
    def request(self, reference: str) -> RequestRecord | None:
        doc = self._requests.get(reference)
        return None if doc is None else RequestRecord.from_json(doc)

    def requests(self, status: str | None = None) -> list[RequestRecord]:
        out = [RequestRecord.from_json(d) for d in self._requests.values()]
        if status is not None:
            out = [r for r in out if r.status == status]
        return sorted(out, key=lambda r: r.reference)

    def open_requests(self, sender: str | None = None) -> list[RequestRecord]:
        """Requests still waiting (for the Party or the Secretariat), optionally one sender's."""
        if sender is not None:
            docs = [self._requests.get(ref) for ref in sorted(self._sender_index().get(sender.lower(), ()))]
        else:
            docs = list(self._requests.values())
        return [RequestRecord.from_json(d) for d in docs if d and d["status"] in OPEN_STATUSES]

    def requests_for_official(self, email: str, country_code: str | None) -> list[RequestRecord]:
        """Every request naming this official (same email and country), whatever its status."""
        refs = self._official_index().get((email.lower(), country_code or ""), ())
        return [RequestRecord.from_json(d) for ref in sorted(refs) if (d := self._requests.get(ref))]

    # Lazy indexes: a poll batch looks records up once per message, and
    # deserialising every record each time made a backlog quadratic.
    def _sender_index(self) -> dict[str, set[str]]:
        if self._by_sender is None:
            self._by_sender = {}
            for d in self._requests.values():
                self._by_sender.setdefault(d["sender"].lower(), set()).add(d["reference"])
        return self._by_sender

    def _official_index(self) -> dict[tuple[str, str], set[str]]:
        if self._by_official is None:
            self._by_official = {}
            for d in self._requests.values():
                key = _official_key(d)
                if key:
                    self._by_official.setdefault(key, set()).add(d["reference"])
        return self._by_official

    def put_request(self, record: RequestRecord) -> None:
        self._touch()
        doc = record.to_json()
        old = self._requests.get(record.reference)
        if self._by_official is not None:
            if old is not None and (k := _official_key(old)):
                self._by_official.get(k, set()).discard(record.reference)
            if k := _official_key(doc):
                self._by_official.setdefault(k, set()).add(record.reference)
        if self._by_sender is not None:
            self._by_sender.setdefault(record.sender.lower(), set()).add(record.reference)
        self._requests.put(doc)

    def delete_request(self, reference: str) -> None:
        self._touch()
        self._requests.delete(reference)

    def next_reference(self, year: int) -> str:
        """Allocate the next ``CUG-YYYY-NNNN``; the sequence restarts each year."""
        self._touch()
        seqs: dict[str, int] = self._state.setdefault("reference_seq", {})
        n = int(seqs.get(str(year), 0)) + 1
        seqs[str(year)] = n
        return f"CUG-{year}-{n:04d}"

    # ---------------------------------------------------------------- ledger
    def seen(self, key: str) -> LedgerEntry | None:
        doc = self._ledger.get(key)
        return None if doc is None else LedgerEntry.from_json(doc)

    def record_seen(self, entry: LedgerEntry) -> None:
        self._touch()
        self._ledger.put(entry.to_json())

    def ledger(self) -> list[LedgerEntry]:
        return [LedgerEntry.from_json(d) for d in self._ledger.values()]

    def purge_ledger(self, before: datetime) -> int:
        old = [d["key"] for d in self._ledger.values() if parse_iso(d["processed_at"]) < before]
        for k in old:
            self._touch()
            self._ledger.delete(k)
        return len(old)

    # ---------------------------------------------------------------- outbox
    def queue(self, item: OutboxItem) -> bool:
        """Queue a reply; False (and nothing queued) if its Message-ID is already known."""
        if self._outbox.get(item.message_id) is not None:
            return False
        self._touch()
        self._outbox.put(item.to_json())
        if self._replies_by_to is not None and not item.internal:
            for addr in item.to:
                self._replies_by_to.setdefault(addr.lower(), []).append(item.queued_at)
        return True

    def outbox_item(self, message_id: str) -> OutboxItem | None:
        doc = self._outbox.get(message_id)
        return None if doc is None else OutboxItem.from_json(doc)

    def outbox(self, status: str | None = None) -> list[OutboxItem]:
        out = [OutboxItem.from_json(d) for d in self._outbox.values()]
        if status is not None:
            out = [i for i in out if i.status == status]
        return sorted(out, key=lambda i: (i.queued_at, i.message_id))

    def update_outbox(self, item: OutboxItem) -> None:
        self._touch()
        self._outbox.put(item.to_json())

    def purge_outbox(self, before: datetime) -> int:
        """Forget sent or failed replies older than ``before`` (queued ones stay)."""
        cutoff = iso(before)
        old = [
            d["message_id"]
            for d in self._outbox.values()
            if d["status"] != "queued" and d["queued_at"] < cutoff
        ]
        for mid in old:
            self._touch()
            self._outbox.delete(mid)
        return len(old)

    def replies_to(self, address: str, since: datetime) -> int:
        """Automatic replies queued to ``address`` since ``since`` (RFC 3834 rate limit)."""
        if self._replies_by_to is None:
            self._replies_by_to = {}
            for d in self._outbox.values():
                if not d.get("internal"):
                    for to in d["to"]:
                        self._replies_by_to.setdefault(to.lower(), []).append(d["queued_at"])
        cutoff = iso(since)
        return sum(1 for at in self._replies_by_to.get(address.lower(), ()) if at >= cutoff)

    # ---------------------------------------------------------------- quarantine
    def quarantine(self, entry: QuarantineEntry) -> None:
        self._touch()
        self._quarantine.put(entry.to_json())

    def quarantined(self) -> list[QuarantineEntry]:
        return sorted(
            (QuarantineEntry.from_json(d) for d in self._quarantine.values()),
            key=lambda q: q.quarantined_at,
        )

    def delete_quarantined(self, key: str) -> None:
        self._touch()
        self._quarantine.delete(key)

    # ---------------------------------------------------------------- events
    def log_event(self, at: datetime, kind: str, detail: str = "", reference: str = "") -> None:
        """Append to the event log the digest counts from (no personal data)."""
        self._touch()
        self._events.append({"at": iso(at), "kind": kind, "detail": detail, "reference": reference})

    def events(self, since: datetime | None = None) -> list[dict[str, str]]:
        out = list(self._events.values())
        if since is not None:
            cutoff = iso(since)
            out = [e for e in out if e["at"] >= cutoff]
        return out

    def purge_events(self, before: datetime) -> int:
        cutoff = iso(before)
        old = [k for k, e in self._events.docs.items() if e["at"] < cutoff]
        for k in old:
            self._touch()
            del self._events.docs[k]
        return len(old)

    # ---------------------------------------------------------------- state
    def get_state(self, key: str, default: Any = None) -> Any:
        return self._state.get(key, default)

    def set_state(self, key: str, value: Any) -> None:
        self._touch()
        self._state[key] = value


def _official_key(doc: dict[str, Any]) -> tuple[str, str] | None:
    nominee = doc.get("nominee", {})
    email = (nominee.get("email") or "").lower()
    return (email, nominee.get("country_code") or "") if email else None


class Store:
    """Opens transactions on the store file; safe across threads and processes."""

    def __init__(self, path: str | Path, *, lock_timeout: float = 60.0) -> None:
        self.path = Path(path)
        self.storage = AtomicJSONStorage(self.path)
        self._lock = FileLock(str(self.path.with_name(self.path.name + ".lock")), timeout=lock_timeout)
        self._thread_lock = threading.RLock()

    def _load(self) -> dict[str, dict[str, Any]]:
        data = self.storage.read() or {}
        meta = data.get("_meta", {}).get("1", {})
        version = int(meta.get("schema", SCHEMA_VERSION))
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"store {self.path} has schema {version}; this intakebot knows {SCHEMA_VERSION}"
            )
        data.setdefault("_meta", {})["1"] = {"schema": SCHEMA_VERSION}
        return data

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """Lock, load, yield, and write once if anything changed (nothing on error)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._thread_lock:
            try:
                self._lock.acquire()
            except Timeout:
                raise StoreError(f"store {self.path} is locked by another process") from None
            except OSError as e:
                raise StoreError(f"cannot lock store {self.path}: {e.strerror}") from None
            try:
                lock_path = Path(self._lock.lock_file)
                if lock_path.exists():
                    os.chmod(lock_path, 0o600)
                tx = Transaction(self._load(), writable=True)
                yield tx
                if tx.dirty or not self.path.exists():
                    try:
                        self.storage.write(tx._data)
                    except OSError as e:  # disk full, read-only, a directory in the way
                        raise StoreError(f"cannot write store {self.path}: {e.strerror}") from None
            finally:
                self._lock.release()

    def read(self) -> Transaction:
        """A read-only snapshot; no lock needed since writes are atomic renames."""
        return Transaction(self._load(), writable=False)


def retention_cutoff(now: datetime, days: int) -> datetime:
    return now - timedelta(days=days)
