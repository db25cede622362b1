"""The small interface every mail source offers the intake loop."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from intakebot.records import RawMail
from intakebot.store import Transaction


@dataclass
class Batch:
    """Messages fetched together, committed together.

    ``checkpoint`` is source state (e.g. UIDVALIDITY and the highest UID)
    written to the store in the same atomic commit as the batch's ledger
    entries, under ``checkpoint_key``: after a crash the source resumes from
    the last committed batch, and the ledger catches anything in between.
    """

    mails: list[RawMail]
    checkpoint_key: str = ""
    checkpoint: dict[str, Any] = field(default_factory=dict)


class Source(Protocol):
    """A mailbox the bot reads. ``kind`` in ``acknowledge`` is the classifier's verdict."""

    name: str

    def batches(self, view: Transaction) -> Iterator[Batch]:
        """Yield new messages in batches; ``view`` is a read-only store snapshot."""
        ...

    def backlog(self, view: Transaction) -> int:
        """Messages waiting to be processed (for ``intakebot status``)."""
        ...

    def acknowledge(self, done: list[tuple[RawMail, str]]) -> None:
        """Mark processed messages the bot owns (never a ``not_request``); after commit."""
        ...

    def wait_for_mail(self, timeout: float) -> bool:
        """Block until new mail may have arrived (True) or ``timeout`` passes (False).

        The daemon's IDLE loop calls it between polls, in chunks short enough
        to notice a stop request: IMAP waits on IDLE, a Maildir looks at its
        folder. True when unsure: a poll too many costs little, a missed one
        delays a reply by a whole interval.
        """
        ...

    def close(self) -> None: ...
