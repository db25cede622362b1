"""LMTP: mail that is not a request is kept for people, in a Maildir, before the 250.

Why: over IMAP, mail the bot does not own stays in the inbox where people read
it. Over LMTP the bot *is* the mailbox: a permit question answered 250 and
then kept only as a ledger line is gone (issue 12). So every accepted message
the bot does not settle -- not a request, our own mail, quarantined, or one
that put an item in the "needs a person" queue -- is written byte for byte
into ``[lmtp] people_maildir`` (a Maildir any mail client or Dovecot can
serve), fsynced with its directory, before the MTA hears 250.

The file name is the SHA-256 of the message's bytes, so a redelivery after a
crash between the commit and the 250 (the MTA retries: no 250 was given)
finds the file and writes nothing: nothing lost, nothing doubled. A person who
has read it (moved to ``cur/`` with flags) keeps it read.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from pathlib import Path

from intakebot import faults
from intakebot.store import Transaction

SUFFIX = ".intakebot"


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _ensure(folder: Path) -> None:
    for sub in ("tmp", "new", "cur"):
        (folder / sub).mkdir(mode=0o700, parents=True, exist_ok=True)


def name_for(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:40] + SUFFIX


def kept(folder: Path, data: bytes) -> Path | None:
    """Where ``data`` already lies in the folder (new/ or, once read, cur/), if anywhere."""
    name = name_for(data)
    if (folder / "new" / name).exists():
        return folder / "new" / name
    cur = folder / "cur"
    if cur.is_dir():
        for entry in os.scandir(cur):
            if entry.name == name or entry.name.startswith(name + ":"):
                return Path(entry.path)
    return None


def keep(folder: Path, data: bytes) -> Path:
    """Write ``data`` into ``folder/new`` (0600, fsynced, then its directory) unless it is there."""
    _ensure(folder)
    found = kept(folder, data)
    if found is not None:
        return found
    name = name_for(data)
    tmp = folder / "tmp" / f"{name}.{os.getpid()}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        faults.point("people.write")  # test-only: see intakebot.faults
        target = folder / "new" / name
        with contextlib.suppress(FileExistsError):  # another delivery of the same bytes won
            os.link(tmp, target)
        _fsync_dir(folder / "new")
    finally:
        tmp.unlink(missing_ok=True)
    return folder / "new" / name


def keep_if_unsettled(folder: Path, data: bytes, key: str, ack: str | None, view: Transaction) -> Path | None:
    """Keep ``data`` for people unless the bot settled it (a request it owns with nothing for a person)."""
    if ack != "not_request" and not view.attention_for_key(key):
        return None
    return keep(folder, data)
