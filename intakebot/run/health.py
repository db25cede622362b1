"""The poll's health: when polling last worked and how long it has been failing.

Off the intake's main line: :func:`~intakebot.run.poll.poll_once` calls
:func:`record_health` once at the end of a cycle (ok, or the error that
stopped it), and the CLI's ``status`` and the digest read it through
:mod:`intakebot.store.state`.
"""

from __future__ import annotations

import logging
from datetime import datetime

from intakebot.clock import Clock
from intakebot.config import Config
from intakebot.records import PollHealth, iso
from intakebot.store import Store
from intakebot.store.state import (
    mark_started,
    read_owed,
    read_poll_health,
    write_owed,
    write_poll_health,
)

# The intake cycle's log lines keep the name operators filter the journal by.
log = logging.getLogger("intakebot.run.poll")


def health_alert(health: PollHealth, now: datetime, stall_minutes: int) -> str:
    """A loud sentence when polling has failed for too long, else ''."""
    return health.failing_alert(now, stall_minutes)


def record_failure(store: Store, cfg: Config, clock: Clock, error: BaseException) -> None:
    """Record a cycle that failed before :func:`~intakebot.run.poll.poll_once` could start (the lost-state check)."""
    record_health(store, cfg, clock, error=f"{type(error).__name__}: {error}")


def record_health(store: Store, cfg: Config, clock: Clock, *, error: str = "", acknowledged: str = "") -> None:
    """Record the cycle's health (ok when no ``error``); ``acknowledged``: the source whose owed list is done."""
    now = iso(clock.now())
    with store.transaction() as tx:
        if acknowledged and read_owed(tx, acknowledged):
            write_owed(tx, acknowledged, [])
        before = read_poll_health(tx)
        every = cfg.intake.poll_interval_seconds
        health = before.failed(now, error, every) if error else before.succeeded(now, every)
        write_poll_health(tx, health)
        if not error:
            mark_started(tx, now)
    alert = health.failing_alert(clock.now(), cfg.intake.stall_alert_minutes)
    if alert:
        # A silently stalled inbox is the worst failure: say it at ERROR every cycle.
        log.error("%s; last error: %s", alert, health.last_error)
    elif error:
        log.warning("poll failed (%s consecutive): %s", health.consecutive_failures, error[:300])
