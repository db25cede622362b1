"""One poller at a time per store and source, whether the daemon or ``poll --once``.

Why: two pollers on one store and one mailbox fetch the same mail at the same
time; the ledger keeps a message from being answered twice, but the
checkpoint can step back and the work is done twice. The store's own lock is
taken per transaction, so it cannot exclude a whole cycle; this lock can.

The lock is ``flock(2)`` on ``<store>.poll-<hash of the source>.lock``
(0600): the kernel releases it when the holder dies, even by SIGKILL, so a
crash never leaves a stale lock to delete by hand. The holder writes its pid
and role into the file, so the one refused can say who holds it.

The daemon holds the lock for its whole life (it is the poller); a second
``poll --once`` is refused at once with :class:`PollerBusy` (exit 75,
``EX_TEMPFAIL``: nothing is wrong, try later). A daemon starting while a
``poll --once`` runs waits for it to finish.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import os
import threading
from collections.abc import Iterator
from pathlib import Path

from intakebot.config import Config
from intakebot.errors import IntakebotError

log = logging.getLogger("intakebot.run.pollers")

#: sysexits.h EX_TEMPFAIL: another poller is at work; running again later is fine.
BUSY_EXIT_CODE = 75


class PollerBusy(IntakebotError):
    """Another process is polling this store and source."""

    label = "poll"
    exit_code = BUSY_EXIT_CODE


def source_identity(cfg: Config) -> str:
    """What "the same source" means: the IMAP account and mailbox, or the Maildir's path."""
    if cfg.imap is not None:
        i = cfg.imap
        return f"imap:{i.username}@{i.host}:{i.port}/{i.mailbox}"
    return f"maildir:{Path(cfg.maildir.inbox).resolve()}"


def poller_lock_path(cfg: Config) -> Path:
    store = Path(cfg.storage.path)
    digest = hashlib.sha256(source_identity(cfg).encode("utf-8")).hexdigest()[:12]
    return store.with_name(f"{store.name}.poll-{digest}.lock")


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _holder(path: Path) -> str:
    try:
        text = path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return "another process"
    return text or "another process"


def _open(path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    return os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)


def _claim(fd: int, role: str) -> None:
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"{role} (pid {os.getpid()})\n".encode("ascii"), 0)


@contextlib.contextmanager
def poller_lock(cfg: Config, role: str, *, wait: threading.Event | None = None) -> Iterator[Path]:
    """Hold the poller lock for the block.

    Without ``wait``: :class:`PollerBusy` at once when held. With ``wait``
    (the daemon): retry every second until the lock is free, or give up
    quietly (yielding nothing useful) once ``wait`` is set -- the daemon is
    stopping anyway.
    """
    path = poller_lock_path(cfg)
    fd = _open(path)
    try:
        if not _try_lock(fd):
            holder = _holder(path)
            if wait is None:
                raise PollerBusy(f"{holder} is already polling {source_identity(cfg)} into "
                                 f"{cfg.storage.path}; nothing done")
            log.warning("waiting for %s to finish polling before starting", holder)
            while not _try_lock(fd):
                if wait.wait(1.0):
                    raise PollerBusy("stopped while waiting for the other poller")
        _claim(fd, role)
        yield path
    finally:
        os.close(fd)  # closing the descriptor releases the flock


__all__ = ["BUSY_EXIT_CODE", "PollerBusy", "poller_lock", "poller_lock_path", "source_identity"]
