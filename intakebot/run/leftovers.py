"""Files nothing refers to any more: what a failed commit or a crash left on disk.

* **Orphaned quarantine copies.** The raw mail of a quarantined message is
  written to ``quarantine/`` before the commit that records it; a commit that
  fails (disk full, SIGKILL) leaves the file with no entry, so retention never
  removes it. Personal data kept for nobody.
* **Crash leftovers beside the store.** A store being created, restored or
  migrated, a backup and a token file are written as ``.<name>.<pid>.new``,
  ``.import`` or ``.tmp`` and renamed into place; a crash leaves them.
* **The outbox's ``tmp/``.** A Maildir outbox (or the shadow outbox) delivery
  is written in ``tmp/`` and renamed; the Maildir convention lets a reader
  remove what has sat there for 36 hours.

A file is only removed when it is older than :data:`GRACE_SECONDS` (and, for a
leftover named after a process, that process is gone), so a poll or a restore
in progress never loses the file it is about to commit or rename. The inbox's
``tmp/`` belongs to the MTA and is never touched.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

from intakebot.config import Config
from intakebot.store import Store

#: Younger files may still be in use: a quarantine copy before its commit, a restore writing.
GRACE_SECONDS = 3600
#: The Maildir convention for ``tmp/`` (a delivery that never completed).
MAILDIR_TMP_SECONDS = 36 * 3600
_CRASH_NAME = re.compile(r"^\..+\.(\d+)\.(new|import|tmp)(-journal|-wal|-shm)?$")


def _age(path: Path, now: float) -> float:
    try:
        return now - path.lstat().st_mtime
    except FileNotFoundError:
        return -1.0


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: leave its file alone
    return True


def orphaned_quarantine(store: Store, cfg: Config, now: float) -> list[Path]:
    directory = cfg.storage.path.parent / "quarantine"
    if not directory.is_dir():
        return []
    referenced = {Path(q.raw_path).resolve() for q in store.read().quarantined() if q.raw_path}
    return sorted(p for p in directory.iterdir() if p.suffix == ".eml" and p.is_file()
                  and p.resolve() not in referenced and _age(p, now) > GRACE_SECONDS)


def crash_leftovers(cfg: Config, now: float) -> list[Path]:
    directory = cfg.storage.path.parent
    if not directory.is_dir():
        return []
    out = []
    for p in directory.iterdir():
        m = _CRASH_NAME.match(p.name)
        if m and p.is_file() and _age(p, now) > GRACE_SECONDS and not _alive(int(m.group(1))):
            out.append(p)
    return sorted(out)


def outbox_tmp(cfg: Config, now: float) -> list[Path]:
    out: list[Path] = []
    for maildir in {cfg.maildir.outbox, cfg.intake.shadow_outbox}:
        tmp = maildir / "tmp"
        if tmp.is_dir():
            out.extend(p for p in tmp.iterdir() if p.is_file() and _age(p, now) > MAILDIR_TMP_SECONDS)
    return sorted(out)


def sweep(store: Store, cfg: Config, *, dry_run: bool = False) -> list[Path]:
    """Remove (or, in a dry run, only list) every leftover file; the list of them."""
    now = time.time()
    found = [*orphaned_quarantine(store, cfg, now), *crash_leftovers(cfg, now), *outbox_tmp(cfg, now)]
    if not dry_run:
        for p in found:
            p.unlink(missing_ok=True)
    return found
