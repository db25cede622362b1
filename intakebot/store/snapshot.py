"""The store in TinyDB's JSON layout: the old live format, now backups only.

Why TinyDB's layout survives: ``TinyDB(FILE)`` opens it, so the Secretariat
can read a backup with a ten-line script and no SQL; it is what stores written
before the move to SQLite contain, so one reader serves the migration and
``restore``. The layout is ``{table: {doc_id: document}}`` with
``_meta = {"1": {"schema": 1}}`` and the state as the one document ``"1"`` of
``state``.

A file is accepted only if it is exactly that: every document is parsed into
its typed record before anything is imported, so an empty file, ``null``,
``{}``, ``[]``, a list where a table belongs or a record missing a field is
refused with one line -- never read as an empty store (issue 11: an empty
file taken for a first start re-answered two weeks of mail).
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from intakebot.attention import AttentionItem
from intakebot.records import LedgerEntry, OutboxItem, QuarantineEntry, RequestRecord
from intakebot.store.transaction import StoreError, Transaction, dumps

#: The JSON layout's own version (the SQLite schema has its own).
JSON_SCHEMA = 1
DATA_TABLES = ("requests", "ledger", "outbox", "quarantine", "events", "attention")
TABLES = ("_meta", *DATA_TABLES, "state")

_PARSERS: dict[str, Callable[[dict[str, Any]], object]] = {
    "requests": RequestRecord.from_json,
    "ledger": LedgerEntry.from_json,
    "outbox": OutboxItem.from_json,
    "quarantine": QuarantineEntry.from_json,
    "events": lambda d: (str(d["at"]), str(d["kind"])),
    "attention": AttentionItem.from_json,
}
_SQL_ORDER = {"events": "doc_id"}


def read(path: Path) -> dict[str, dict[str, Any]]:
    """Parse and check a JSON store file; :class:`StoreError` (one line) if it is not one."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:  # a directory, no permission, not text
        why = e.strerror if isinstance(e, OSError) else "not UTF-8 text"
        raise StoreError(f"cannot read store file {path}: {why}") from None
    if not text.strip():
        raise StoreError(
            f"store file {path} is empty: not a store (only a missing file means a first start);"
            " restore a backup with `intakebot restore FILE` after moving it away"
        )
    try:
        data: dict[str, dict[str, Any]] = json.loads(text)  # shape checked by check() below
    except json.JSONDecodeError as e:
        raise StoreError(f"store file {path} is not valid JSON: {e}") from None
    check(data, path)
    return data


def check(data: Any, path: Path) -> None:
    """Refuse anything but a complete store in TinyDB's layout."""
    def bad(why: str) -> StoreError:
        return StoreError(f"store file {path} is not an intakebot store: {why}")

    if not isinstance(data, dict):
        what = {type(None): "null", list: "an array", str: "a string", bool: "a boolean"}.get(
            type(data), "a number"
        )
        raise bad(f"JSON {what}, not an object of tables")
    meta = data.get("_meta")
    if not isinstance(meta, dict) or not isinstance(meta.get("1"), dict):
        raise bad("no _meta table (every store written by intakebot has one)")
    version = meta["1"].get("schema")
    if not isinstance(version, int):
        raise bad("_meta has no schema number")
    if version > JSON_SCHEMA:
        raise StoreError(f"store {path} has schema {version}; this intakebot knows {JSON_SCHEMA}")
    for name, table in data.items():
        if name not in TABLES:
            raise bad(f"unknown table {name!r}")
        if not isinstance(table, dict) or not all(isinstance(d, dict) for d in table.values()):
            raise bad(f"table {name!r} is not a set of documents")
        if not all(k.isdigit() for k in table):
            raise bad(f"table {name!r} has a document id that is not a number")
        for doc_id, doc in table.items() if name in _PARSERS else ():
            try:
                _PARSERS[name](doc)
            except (KeyError, TypeError, ValueError, AttributeError) as e:
                raise bad(f"{name} document {doc_id} is malformed ({type(e).__name__}: {e})") from None
    if set(data.get("state", {})) - {"1"}:
        raise bad("state must be the one document '1'")


def load_into(tx: Transaction, data: dict[str, dict[str, Any]]) -> None:
    """Insert a checked snapshot's documents, keeping their ids."""
    puts = {
        "requests": tx._put_request_doc,
        "ledger": tx._put_ledger_doc,
        "outbox": tx._put_outbox_doc,
        "quarantine": tx._put_quarantine_doc,
        "events": tx._put_event_doc,
        "attention": tx._put_attention_doc,
    }
    for name in DATA_TABLES:
        for doc_id, doc in sorted(data.get(name, {}).items(), key=lambda kv: int(kv[0])):
            puts[name](doc, int(doc_id))
    for key, value in data.get("state", {}).get("1", {}).items():
        tx.set_state(key, value)


def chunks(view: Transaction) -> Iterator[str]:
    """The snapshot as JSON text, a document at a time (memory bounded by one record)."""
    yield '{"_meta":{"1":{"schema":' + str(JSON_SCHEMA) + "}}"
    for name in DATA_TABLES:
        yield f',"{name}":{{'
        cur = view._q(f"SELECT doc_id, doc FROM {name} ORDER BY doc_id")
        first = True
        for doc_id, doc in cur:
            yield ("" if first else ",") + f'"{doc_id}":{doc}'
            first = False
        yield "}"
    state = {k: json.loads(v) for k, v in view._q("SELECT key, value FROM state ORDER BY key")}
    yield ',"state":{"1":' + dumps(state) + "}}"


def write_file(path: Path, view: Transaction) -> None:
    """Write a backup: private, atomic, and never through a symlink.

    A symlink or a non-regular file at ``path`` is refused: the backup holds
    officials' personal data, and following a link planted there would write
    it (0600 or not) wherever the link points.
    """
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        pass
    else:
        if stat.S_ISLNK(st.st_mode) or not stat.S_ISREG(st.st_mode):
            raise StoreError(f"backup: {path} exists and is not a regular file (a symlink?); refusing")
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    except OSError as e:
        raise StoreError(f"backup: cannot create {tmp}: {e.strerror}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            for chunk in chunks(view):
                fh.write(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"backup: cannot write {path}: {e.strerror}") from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
