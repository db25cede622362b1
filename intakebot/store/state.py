"""Typed rows of the store's ``state`` table: each key read and written through one function.

Why here and not at each caller: the ``state`` table holds JSON values, so a
key parsed in two places drifts (the digest once parsed ``poll`` itself, with
its own defaults). Poll health and the acknowledgements a source is owed are
records (:class:`~intakebot.records.PollHealth`, :class:`~intakebot.records.OwedAck`);
only this module knows their keys and JSON shape.
"""

from __future__ import annotations

from typing import Any, Protocol

from intakebot.records import OwedAck, PollHealth

#: The ``state`` key of :class:`PollHealth`.
POLL_HEALTH_KEY = "poll"


class StateReader(Protocol):
    def get_state(self, key: str, default: Any = None) -> Any: ...


class StateWriter(StateReader, Protocol):
    def set_state(self, key: str, value: Any) -> None: ...


def read_poll_health(view: StateReader) -> PollHealth:
    """When polling last worked and how long it has been failing (empty before the first poll)."""
    raw = view.get_state(POLL_HEALTH_KEY)
    return PollHealth.from_json(raw if isinstance(raw, dict) else None)


def write_poll_health(tx: StateWriter, health: PollHealth) -> None:
    tx.set_state(POLL_HEALTH_KEY, health.to_json())


def owed_key(source_name: str) -> str:
    """The ``state`` key of what source ``source_name`` has not been told yet."""
    return f"unacknowledged:{source_name}"


def read_owed(view: StateReader, source_name: str) -> list[OwedAck]:
    return [OwedAck.from_json(o) for o in view.get_state(owed_key(source_name)) or []]


def write_owed(tx: StateWriter, source_name: str, owed: list[OwedAck]) -> None:
    tx.set_state(owed_key(source_name), [o.to_json() for o in owed])


#: The ``state`` key of when intake first ran (an ISO time): mail from well before it is not the bot's.
STARTED_KEY = "intake_started_at"


def read_started(view: StateReader) -> str | None:
    started = view.get_state(STARTED_KEY)
    return str(started) if started else None


def mark_started(tx: StateWriter, stamp: str) -> None:
    """Record the first intake's time once; later cycles leave it."""
    if tx.get_state(STARTED_KEY) is None:
        tx.set_state(STARTED_KEY, stamp)
