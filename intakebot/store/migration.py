"""First start after the upgrade: today's JSON store becomes the SQLite store.

Why the configured path keeps its name: deployments point ``[storage] path``
at ``intakebot.json`` and systemd units, backups and runbooks name it; the
store is told apart by its content (SQLite's 16-byte header), not its name.
The JSON file is kept, as ``<name>.migrated-<YYYYMMDD>`` beside it (a hard
link: the same bytes, nothing copied), and the SQLite file is renamed over
the old name in one step, so a crash at any point leaves either the old
JSON store in place (the next start migrates again) or the complete new one.
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import sqlite3
import stat
from datetime import UTC, datetime
from pathlib import Path

from intakebot.store import schema, snapshot
from intakebot.store.transaction import StoreError, Transaction

log = logging.getLogger(__name__)


def kind(path: Path) -> str:
    """``missing``, ``sqlite`` or ``json``: what is at the store's path.

    Only a missing file means a first start; a file that exists but is empty
    is refused here, before anything can take it for a new store.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return "missing"
    except OSError as e:  # no permission on the folder
        raise StoreError(f"cannot read store file {path}: {e.strerror}") from None
    if stat.S_ISDIR(st.st_mode):
        raise StoreError(f"cannot read store file {path}: Is a directory")
    if st.st_size == 0:
        raise StoreError(
            f"store file {path} is empty: not a store (only a missing file means a first start);"
            " restore a backup with `intakebot restore FILE` after moving it away"
        )
    return "sqlite" if _is_sqlite(path) else "json"


def _is_sqlite(path: Path) -> bool:
    """Whether SQLite recognises the file, asked through SQLite itself.

    Why not ``open()`` and compare the header: closing any descriptor of a
    file drops every POSIX lock the process holds on it, including the shared
    lock by which an open SQLite connection of this process counts as a
    reader. Another process closing its last connection would then delete the
    WAL under ours. SQLite's own descriptors are shared per inode and kept
    open while any connection needs them, so this probe drops nothing.
    """
    if not os.access(path, os.R_OK):
        raise StoreError(f"cannot read store file {path}: Permission denied")
    uri = Path(path).absolute().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=60.0)
    except sqlite3.Error as e:
        raise StoreError(f"cannot read store file {path}: {e}") from None
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        return True
    except sqlite3.DatabaseError as e:
        # Only "not a database" is another format; a damaged or busy SQLite
        # file is still SQLite's, and the store's own connection reports it.
        return "not a database" not in str(e)
    finally:
        conn.close()


def migrate(path: Path) -> None:
    """Import the JSON store at ``path`` into SQLite, keeping the JSON beside it.

    Under an exclusive ``flock`` on the JSON file, so of several processes
    starting at once one migrates and the others find the SQLite file.
    """
    with open(path, "rb") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            if os.stat(path).st_ino != os.fstat(fh.fileno()).st_ino:
                return  # migrated by another process while we waited
        except FileNotFoundError:
            return
        data = snapshot.read(path)  # refuses anything that is not a valid store
        kept = _keep(path)

        def fill(conn: sqlite3.Connection) -> None:
            snapshot.load_into(Transaction(conn, writable=True, where=str(path)), data)

        try:
            schema.replace_json(path, fill)
        except (OSError, sqlite3.Error) as e:
            why = e.strerror if isinstance(e, OSError) else str(e)
            raise StoreError(f"cannot migrate store {path} to SQLite: {why} (the JSON file is untouched)") from None
    path.with_name(path.name + ".lock").unlink(missing_ok=True)  # the old hand-made lock
    counts = ", ".join(f"{len(data.get(t, {}))} {t}" for t in snapshot.DATA_TABLES)
    log.warning("store migrated from JSON to SQLite (%s); the JSON is kept as %s", counts, kept.name)


def _keep(path: Path) -> Path:
    """Link the JSON store to its ``.migrated-<date>`` name (a fresh name, never replacing)."""
    stem = f"{path.name}.migrated-{datetime.now(UTC):%Y%m%d}"
    for n in range(1, 1000):
        kept = path.with_name(stem if n == 1 else f"{stem}-{n}")
        if kept.exists() and kept.samefile(path):
            return kept  # a migration that crashed before the rename already kept it
        try:
            os.link(path, kept)
        except FileExistsError:
            continue
        except OSError:  # a file system without hard links
            shutil.copy2(path, kept)
        os.chmod(kept, 0o600)
        return kept
    raise StoreError(f"cannot keep a copy of {path}: too many earlier migrations beside it")
