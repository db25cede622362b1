"""What a decision may read of the store: the read methods, and nothing else.

Why a Protocol rather than the :class:`~intakebot.store.Transaction` itself:
a decision that takes a ``StoreView`` cannot write (mypy rejects
``view.put_request(...)``), so every change to a request has to travel as a
value -- an :class:`~intakebot.decisions.outcome.Outcome` -- to the one writer,
:func:`intakebot.run.commit.commit`. A transaction and a read-only snapshot
both satisfy it structurally.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from intakebot.attention import AttentionItem
from intakebot.records import LedgerEntry, OutboxItem, RequestRecord


class StoreView(Protocol):
    """Read-only access to requests, the ledger, the outbox and the state."""

    def request(self, reference: str) -> RequestRecord | None:
        """One request by reference (a fresh copy: changing it changes nothing stored)."""
        ...

    def requests(self, status: str | None = None) -> list[RequestRecord]:
        """Every request, or those in one status, by reference."""
        ...

    def open_requests(self, sender: str | None = None) -> list[RequestRecord]:
        """Requests still waiting for the Party or the Secretariat."""
        ...

    def requests_for_official(self, email: str, country_code: str | None) -> list[RequestRecord]:
        """Every request naming this official (same email and country)."""
        ...

    def seen(self, key: str) -> LedgerEntry | None:
        """The ledger entry of an incoming message already processed."""
        ...

    def outbox_item(self, message_id: str) -> OutboxItem | None:
        """One of our replies by Message-ID."""
        ...

    def replies_to(self, address: str, since: datetime) -> int:
        """Automatic replies queued to ``address`` since ``since``."""
        ...

    def answered_before(self, address: str, fingerprint: str, since: datetime) -> int:
        """How often a message of this content from ``address`` was answered since ``since``."""
        ...

    def attention(self, status: str | None = "open") -> list[AttentionItem]:
        """Needs-a-person items in one status (oldest first), or all with ``status=None``."""
        ...

    def attention_item(self, item_id: int) -> AttentionItem | None:
        """One needs-a-person item by id."""
        ...

    def get_state(self, key: str, default: Any = None) -> Any:
        """One value of the state document."""
        ...
