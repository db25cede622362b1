"""The sent journal: what the SMTP server accepted, recorded before the next send.

Why a journal and not the store: marking each sent reply in the store means
rewriting the whole store once per reply, which made a backlog of thousands
quadratic. A journal line costs one small write and one fsync; the lines are
folded into the store in one transaction (every ``APPLY_EVERY`` sends and at
the end of a flush), and replayed first thing by the next flush if a crash
came in between. Only the flusher holding the outbox lock touches it.

Why a line is **reserved before the send** (issue 11, item 1): if the
acceptance cannot be recorded -- a full disk -- nothing remembers that the
server has the mail, and every later flush sends it again. So before each
send the flusher writes a fixed-width "sending" line (:meth:`reserve`); only
if that write succeeds is the message handed to the server, and the
acceptance then overwrites the same bytes in place (:meth:`mark_sent`),
which needs no new space. A journal that cannot take the reservation raises
:class:`JournalError` and nothing is sent: a full disk stops sending at once.

What a crash or a fault can leave, and what it costs:

* a reserved line never marked (a crash after the server accepted, or the
  mark's fsync failing): that one reply is sent again, with the same
  deterministic Message-ID -- the documented one duplicate;
* a line torn by a crash mid-write: ignored, like an unmarked reservation;
* a journal the store cannot absorb (the store's disk is full): the fold
  raises, the journal stays, and the next flush replays it before sending
  anything, so nothing is sent twice.
"""

from __future__ import annotations

import json
import logging
import os
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from intakebot.errors import TransportError
from intakebot.records import iso
from intakebot.store import Store

log = logging.getLogger("intakebot.mail.journal")

#: Room left in each line beyond the longest timestamp ``iso`` writes.
_SLACK = 8


class JournalError(TransportError):
    """The sent journal cannot be written: sending stops until it can."""

    label = "outbox journal"


@dataclass(frozen=True)
class Slot:
    """Where one reservation sits in the journal file, and how wide it is."""

    message_id: str
    offset: int
    width: int


@dataclass(frozen=True)
class Entries:
    """A journal's content: acceptances to record, and reservations never marked."""

    sent: list[tuple[str, str]]
    unconfirmed: list[str]


def sent_summary(message: str) -> str:
    """The header block of a sent message: enough to recognise it, without the body."""
    head = message.replace("\r\n", "\n").split("\n\n", 1)[0]
    return head + "\n"


def _line(message_id: str, at: str | None, width: int = 0) -> bytes:
    """One journal record, space-padded to ``width`` (JSON allows trailing blanks)."""
    text = json.dumps({"message_id": message_id, "at": at})
    return (text.ljust(width - 1) + "\n").encode("utf-8")


class SentJournal:
    """An append-only, fsynced record of what the SMTP server has accepted."""

    APPLY_EVERY = 200

    def __init__(self, path: Path) -> None:
        self.path = path

    # ---- writing (the flusher, under the outbox lock)
    def reserve(self, message_id: str, *, sync: bool = False) -> Slot:
        """Take room for this send's record before the send; JournalError if there is none.

        ``sync``: fsync the reservation too. A reservation needs no durability
        (a lost one means the send is treated as unconfirmed, which it is), but
        the first one of a flush proves that the journal can be synced at all:
        a disk whose fsync fails stops the flush here, not after a send.
        """
        width = len(_line(message_id, "0000-00-00T00:00:00+00:00")) + _SLACK
        data = _line(message_id, None, width)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as e:
            raise self._error("cannot be opened", e) from None
        try:
            offset = os.lseek(fd, 0, os.SEEK_END)
            if offset and os.pread(fd, 1, offset - 1) != b"\n":
                data = b"\n" + data  # end a line torn by a crash, or it swallows this one
            try:
                if os.pwrite(fd, data, offset) != len(data):
                    raise OSError(28, "short write (disk full?)")
                if sync:
                    os.fsync(fd)
            except OSError as e:
                # Give back what a short write took, so the next line starts clean.
                with suppress(OSError):
                    os.ftruncate(fd, offset)
                raise self._error("has no room for the next send", e) from None
        finally:
            os.close(fd)
        return Slot(message_id, offset + len(data) - width, width)

    def mark_sent(self, slot: Slot, at: datetime) -> None:
        """Record the server's acceptance in the reserved bytes, durably."""
        self._overwrite(slot, _line(slot.message_id, iso(at), slot.width), "acceptance")

    def release(self, slot: Slot) -> None:
        """The send failed: blank the reservation so it is not taken for a possible send."""
        self._overwrite(slot, (" " * (slot.width - 1) + "\n").encode("ascii"), "release")

    def _overwrite(self, slot: Slot, data: bytes, what: str) -> None:
        if len(data) != slot.width:
            raise JournalError(f"{what} record does not fit its reservation")  # pragma: no cover
        try:
            fd = os.open(self.path, os.O_WRONLY)
        except OSError as e:
            raise self._error(f"cannot take the {what}", e) from None
        try:
            if os.pwrite(fd, data, slot.offset) != len(data):
                raise OSError(5, "short write")
            os.fsync(fd)
        except OSError as e:
            raise self._error(f"cannot take the {what}", e) from None
        finally:
            os.close(fd)

    def _error(self, what: str, err: OSError) -> JournalError:
        why = err.strerror or type(err).__name__
        log.error("sent journal %s %s (%s): sending stops", self.path.name, what, why)
        return JournalError(f"{self.path} {what}: {why}; nothing more is sent until it can be written")

    def append(self, message_id: str, at: datetime) -> None:
        """Record one acceptance at once (a send that happened outside :meth:`reserve`)."""
        self.mark_sent(self.reserve(message_id), at)

    # ---- reading and folding
    def entries(self) -> list[tuple[str, str]]:
        """The acceptances recorded: (Message-ID, when)."""
        return self.read().sent

    def read(self) -> Entries:
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return Entries([], [])
        sent: list[tuple[str, str]] = []
        unconfirmed: list[str] = []
        for line in text.splitlines():
            if not line.strip():
                continue  # a released reservation
            try:
                d = json.loads(line)
                message_id, at = str(d["message_id"]), d["at"]
            except (ValueError, KeyError, TypeError):
                continue  # torn by a crash mid-write: that send is the allowed duplicate
            if isinstance(at, str):
                sent.append((message_id, at))
            else:
                unconfirmed.append(message_id)
        return Entries(sent, unconfirmed)

    def apply(self, store: Store) -> int:
        """Fold the journal into the store (one transaction), then empty it."""
        entries = self.read()
        for message_id in entries.unconfirmed:
            log.warning("%s: send not confirmed before an interruption; it is sent again", message_id)
        if entries.sent:
            try:
                _record_sent(store, entries.sent)
            except Exception as e:
                # The journal stays: the next flush folds it in before it sends anything.
                log.error("%d accepted send(s) cannot be recorded in the store (%s): sending stops",
                          len(entries.sent), type(e).__name__)
                raise
        try:
            self.path.unlink(missing_ok=True)
        except OSError as e:
            raise self._error("cannot be emptied", e) from None
        return len(entries.sent)


def _record_sent(store: Store, sent: list[tuple[str, str]]) -> None:
    with store.transaction() as tx:
        for message_id, at in sent:
            cur = tx.outbox_item(message_id)
            if cur is None or cur.status != "queued":
                continue
            cur.status = "sent"
            cur.sent_at = at
            cur.attempts += 1
            cur.last_error = ""
            cur.message = sent_summary(cur.message)
            tx.update_outbox(cur)


def sent_journal(store: Store) -> SentJournal:
    return SentJournal(store.path.with_name(store.path.name + ".sent.journal"))


__all__ = ["Entries", "JournalError", "SentJournal", "Slot", "sent_journal", "sent_summary"]
