"""The daemon: APScheduler 3 running the same functions as the CLI verbs.

Why an in-memory job store: every job derives what to do from the store and
the clock (follow-ups from the records, the digest from ``digest_last_date``),
so a persistent job store would only be a second, contradicting source of
truth. A restart therefore neither skips nor repeats anything: the start-up
catch-up sends a digest that was due while the daemon was down, once.

Why a separate lock file (``<store>.daemon.lock``, held for the daemon's
life): the store lock is taken per transaction, so it cannot stop a second
daemon from polling the same mailbox and racing on replies.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from filelock import FileLock, Timeout

if TYPE_CHECKING:
    from .app import App

log = logging.getLogger("intakebot.daemon")

FLUSH_SECONDS = 60
FOLLOWUPS_SECONDS = 3600
#: A digest whose 08:00 run was missed (suspend, long job) is still sent within this.
DIGEST_MISFIRE_SECONDS = 12 * 3600


class AlreadyRunning(Exception):
    """Another daemon holds the lock on this store."""


def daemon_lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".daemon.lock")


def acquire_daemon_lock(store_path: Path) -> FileLock:
    """Take the single-instance lock without waiting; AlreadyRunning if held."""
    store_path.parent.mkdir(parents=True, exist_ok=True)
    path = daemon_lock_path(store_path)
    lock = FileLock(str(path), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise AlreadyRunning(
            f"another intakebot daemon is already running on {store_path} (lock {path})"
        ) from None
    return lock


def guarded(name: str, fn: Callable[[], Any]) -> Callable[[], None]:
    """Wrap a job so a failure is logged and the daemon carries on.

    Only the exception's type and message are logged (no traceback locals),
    and our own messages name references, never people.
    """

    def job() -> None:
        try:
            fn()
        except Exception as e:
            log.error("job %s failed: %s: %s", name, type(e).__name__, e)

    job.__name__ = f"job_{name}"
    return job


def digest_trigger(app: App) -> CronTrigger:
    hh, mm = (int(x) for x in app.cfg.secretariat.digest_time.split(":"))
    return CronTrigger(hour=hh, minute=mm, timezone=app.cfg.secretariat.tz)


def _poll(app: App) -> None:
    app.poll_once()


def _flush(app: App) -> None:
    app.flush_outbox()


def _followups(app: App) -> None:
    from .followups import followups_for_app

    followups_for_app(app)


def _digest(app: App) -> None:
    from .digest import DigestError, send_digest

    try:
        result = send_digest(app, app.clock.now())
    except DigestError as e:
        log.warning("digest: %s", e)
        return
    if result.sent:
        log.info("%s", result.summary)


def build_scheduler(app: App, *, start_now: datetime | None = None) -> BackgroundScheduler:
    """A scheduler with every job added (not started); ``start_now`` runs the catch-ups."""
    tz = app.cfg.secretariat.tz
    sched = BackgroundScheduler(
        timezone=tz,
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 300},
    )
    poll_s = max(1, app.cfg.intake.poll_interval_seconds)
    first: dict[str, Any] = {"next_run_time": start_now} if start_now is not None else {}
    sched.add_job(
        guarded("poll", lambda: _poll(app)),
        IntervalTrigger(seconds=poll_s, timezone=tz),
        id="poll",
        name="poll",
        misfire_grace_time=poll_s,
        **first,
    )
    sched.add_job(
        guarded("flush", lambda: _flush(app)),
        IntervalTrigger(seconds=FLUSH_SECONDS, timezone=tz),
        id="flush",
        name="flush",
        misfire_grace_time=FLUSH_SECONDS,
        **first,
    )
    sched.add_job(
        guarded("followups", lambda: _followups(app)),
        IntervalTrigger(seconds=FOLLOWUPS_SECONDS, timezone=tz),
        id="followups",
        name="followups",
        misfire_grace_time=FOLLOWUPS_SECONDS,
        **first,
    )
    sched.add_job(
        guarded("digest", lambda: _digest(app)),
        digest_trigger(app),
        id="digest",
        name="digest",
        misfire_grace_time=DIGEST_MISFIRE_SECONDS,
    )
    if start_now is not None:
        # The catch-up: today's digest if it is due and was not sent (a no-op otherwise).
        sched.add_job(guarded("digest", lambda: _digest(app)), id="digest_catchup", name="digest catch-up", next_run_time=start_now)
    return sched


def run_daemon(app: App, stop: threading.Event | None = None) -> None:
    """Run until SIGTERM/SIGINT (or ``stop`` is set); one daemon per store."""
    lock = acquire_daemon_lock(app.store.path)
    stop = stop or threading.Event()
    previous: dict[signal.Signals, Any] = {}
    sched: BackgroundScheduler | None = None
    try:
        if threading.current_thread() is threading.main_thread():

            def _on_signal(signum: int, _frame: FrameType | None) -> None:
                log.info("signal %s received: shutting down", signal.Signals(signum).name)
                stop.set()

            for sig in (signal.SIGTERM, signal.SIGINT):
                previous[sig] = signal.signal(sig, _on_signal)
        if not log.isEnabledFor(logging.DEBUG):
            # APScheduler logs every run at INFO: a line a minute that says nothing.
            logging.getLogger("apscheduler").setLevel(logging.WARNING)
        sched = build_scheduler(app, start_now=datetime.now(app.cfg.secretariat.tz))
        sched.start()
        log.info(
            "daemon started: poll every %ss, digest at %s %s, store %s",
            app.cfg.intake.poll_interval_seconds,
            app.cfg.secretariat.digest_time,
            app.cfg.secretariat.timezone,
            app.store.path,
        )
        while not stop.wait(1.0):
            pass
    finally:
        if sched is not None and sched.running:
            sched.shutdown(wait=True)  # let a running job finish its transaction
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        lock.release()
        log.info("daemon stopped")
