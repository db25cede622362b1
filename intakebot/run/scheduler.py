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

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger
from filelock import FileLock, Timeout

from intakebot.clock import Clock
from intakebot.config import Config, ImapConfig, SecretariatConfig
from intakebot.errors import IntakebotError
from intakebot.mail.digest import DigestError, send_digest
from intakebot.mail.outbox import FlushReport
from intakebot.net import Backoff
from intakebot.run.followups import followups_pass
from intakebot.run.notify import Notifier, Progress, watch_until
from intakebot.run.pollers import PollerBusy, poller_lock
from intakebot.run.retention import purge_all
from intakebot.signals import stop_on_signals
from intakebot.sources.base import Source
from intakebot.sources.maildir import BATCH_SIZE as MAILDIR_BATCH
from intakebot.store import Store

log = logging.getLogger("intakebot.daemon")

FLUSH_SECONDS = 60
FOLLOWUPS_SECONDS = 3600
#: A digest whose 08:00 run was missed (suspend, long job) is still sent within this.
DIGEST_MISFIRE_SECONDS = 12 * 3600
DIGEST_CATCHUP_DELAY_SECONDS = 60


class AlreadyRunning(IntakebotError):
    """Another daemon holds the lock on this store."""


@dataclass(frozen=True)
class DaemonParts:
    """What the daemon runs, built by the composition root (:meth:`.app.App.daemon_parts`).

    ``poll`` is one intake cycle (it drops a failed source itself; its argument
    is called after each batch, a sign of progress for the watchdog), ``flush``
    delivers the outbox, ``source`` is the live inbox connection the IDLE loop
    waits on, ``drop_source`` forgets it after a failure, ``close`` ends it.
    """

    cfg: Config
    clock: Clock
    store: Store
    poll: Callable[[Callable[[int], None] | None], object]
    flush: Callable[[], FlushReport]
    source: Callable[[], Source]
    drop_source: Callable[[], None]
    close: Callable[[], None]


def daemon_lock_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".daemon.lock")


def acquire_daemon_lock(store_path: Path) -> FileLock:
    """Take the single-instance lock without waiting; AlreadyRunning if held."""
    store_path.parent.mkdir(parents=True, exist_ok=True)
    path = daemon_lock_path(store_path)
    lock = FileLock(str(path), timeout=0, mode=0o600)  # every file the bot writes is 0600
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


def digest_trigger(secretariat: SecretariatConfig) -> CronTrigger:
    hh, mm = (int(x) for x in secretariat.digest_time.split(":"))
    return CronTrigger(hour=hh, minute=mm, timezone=secretariat.tz)


def hang_limit(cfg: Config) -> float:
    """Seconds without progress after which a poll cycle counts as hung (the watchdog stops).

    ``[intake] hung_cycle_seconds``, but never less than what one batch may
    legitimately take, since a batch is one sign of progress, at its end:
    every message its parse and OCR budget plus the sandbox's hard-stop
    second, as if on one core. A slow batch of scanned forms must not be
    taken for a hang: the restarted daemon would meet the same batch again.
    """
    batch = cfg.imap.fetch_batch if cfg.imap is not None else MAILDIR_BATCH
    budget = batch * (cfg.limits.parse_timeout_seconds + cfg.limits.ocr_timeout_seconds + 1.0)
    return max(float(cfg.intake.hung_cycle_seconds), budget)


def _poll(d: DaemonParts, progress: Progress, notifier: Notifier) -> None:
    """One poll cycle, watched: each batch is a sign of progress; the outcome goes to STATUS=."""
    with progress.cycle():
        try:
            d.poll(progress.beat)
        except Exception as e:
            notifier.status(f"last poll failed at {_local_time(d)}: {type(e).__name__}")
            raise
    notifier.status(f"last poll ok at {_local_time(d)}")


def _local_time(d: DaemonParts) -> str:
    return d.clock.now().astimezone(d.cfg.secretariat.tz).strftime("%Y-%m-%d %H:%M:%S %Z")


def _followups(d: DaemonParts) -> None:
    followups_pass(d.store, d.flush, d.cfg, d.clock)


def _digest(d: DaemonParts) -> None:
    try:
        result = send_digest(d.store, d.flush, d.cfg, d.clock.now())
    except DigestError as e:
        log.warning("digest: %s", e)
        return
    if result.sent:
        log.info("%s", result.summary)


def _purge(d: DaemonParts) -> None:
    report = purge_all(d.store, d.cfg, d.clock.now())
    if report.total:
        log.info("retention: %s", report.summary())


#: IDLE is re-issued at least this often, so SIGTERM is answered promptly and a
#: half-dead connection is noticed (well inside RFC 2177's 29 minutes).
IDLE_CHUNK_SECONDS = 30.0


def idle_chunk(imap: ImapConfig | None) -> float:
    """How long one IDLE lasts before DONE checks the server is still there.

    Each chunk ends with DONE (and starts with SELECT), whose answer must come
    within ``timeout_seconds``: a server gone silent is thus noticed within one
    chunk plus one timeout. The chunk is never longer than the timeout itself,
    so that is at most two timeouts (and never above 30 s + the timeout).
    """
    timeout = imap.timeout_seconds if imap is not None else IDLE_CHUNK_SECONDS
    return max(1.0, min(IDLE_CHUNK_SECONDS, timeout))


def idle_loop(d: DaemonParts, stop: threading.Event, progress: Progress | None = None,
              notifier: Notifier | None = None) -> None:
    """Poll, then wait on IMAP IDLE until new mail (or the poll interval) — until ``stop``.

    Used instead of the interval poll job when ``[imap] idle = true``: a new
    request is then answered within seconds. A failed cycle never ends the
    loop: it waits with exponential backoff and jitter and tries again.
    """
    backoff = Backoff(base=2.0, cap=300.0)
    interval = max(1.0, float(d.cfg.intake.poll_interval_seconds))
    chunk = idle_chunk(d.cfg.imap)
    progress = progress or Progress(hang_limit(d.cfg))
    notifier = notifier or Notifier({})
    while not stop.is_set():
        try:
            _poll(d, progress, notifier)
            backoff.reset()
            _wait_for_mail(d.source(), interval, chunk, stop, progress)
        except Exception as e:
            delay = backoff.next_delay()
            log.error("poll failed: %s: %s; retrying in %.0f s", type(e).__name__, e, delay)
            d.drop_source()
            stop.wait(delay)


def _wait_for_mail(source: Source, interval: float, chunk: float, stop: threading.Event,
                   progress: Progress) -> None:
    """Wait in IDLE chunks until new mail, the interval or ``stop``; each chunk that returns is progress.

    Watched like a cycle: every chunk is bounded by the timeouts, so a wait
    that stops returning (a socket without one) is a hang the watchdog sees.
    """
    deadline = time.monotonic() + interval
    with progress.cycle():
        while not stop.is_set():
            left = deadline - time.monotonic()
            if left <= 0 or source.wait_for_mail(min(left, chunk)):
                return
            progress.beat()


def _retrying_poll(d: DaemonParts, sched: BackgroundScheduler, progress: Progress,
                   notifier: Notifier) -> Callable[[], None]:
    """The interval poll job: after a failure the next attempt comes sooner, with backoff.

    Why: one cycle tries the server once (a frozen server costs one timeout);
    retrying is the schedule's job, so a failed poll brings its next run
    forward (2 s, 4 s, ... with jitter, never later than the interval) rather
    than leaving a brief outage to cost a whole interval.
    """
    backoff = Backoff(base=2.0, cap=float(max(1, d.cfg.intake.poll_interval_seconds)))

    def job() -> None:
        try:
            _poll(d, progress, notifier)
        except Exception:
            delay = backoff.next_delay()
            with contextlib.suppress(Exception):  # the scheduler is shutting down
                sched.modify_job("poll", next_run_time=datetime.now(d.cfg.secretariat.tz)
                                 + timedelta(seconds=delay))
            log.info("next poll attempt in %.0f s", delay)
            raise
        backoff.reset()

    return job


def build_scheduler(
    d: DaemonParts,
    *,
    start_now: datetime | None = None,
    poll_job: bool = True,
    catchup_delay: float = DIGEST_CATCHUP_DELAY_SECONDS,
    progress: Progress | None = None,
    notifier: Notifier | None = None,
) -> BackgroundScheduler:
    """A scheduler with every job added (not started); ``start_now`` runs the catch-ups."""
    watched = progress or Progress(hang_limit(d.cfg))
    tells = notifier or Notifier({})
    tz = d.cfg.secretariat.tz
    sched = BackgroundScheduler(
        timezone=tz,
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 300},
    )
    poll_s = max(1, d.cfg.intake.poll_interval_seconds)
    first: dict[str, Any] = {"next_run_time": start_now} if start_now is not None else {}
    # (name, job, every seconds, misfire grace): state lives in the store, so a
    # late or coalesced run simply finds what is due.
    interval_jobs: list[tuple[str, Callable[[], Any], int, int]] = [
        ("retention", lambda: _purge(d), 24 * 3600, 3600),
        ("flush", d.flush, FLUSH_SECONDS, FLUSH_SECONDS),
        ("followups", lambda: _followups(d), FOLLOWUPS_SECONDS, FOLLOWUPS_SECONDS),
    ]
    if poll_job:
        interval_jobs.insert(0, ("poll", _retrying_poll(d, sched, watched, tells), poll_s, poll_s))
    for name, fn, every, grace in interval_jobs:
        sched.add_job(
            guarded(name, fn),
            IntervalTrigger(seconds=every, timezone=tz),
            id=name,
            name=name,
            misfire_grace_time=grace,
            **first,
        )
    sched.add_job(
        guarded("digest", lambda: _digest(d)),
        digest_trigger(d.cfg.secretariat),
        id="digest",
        name="digest",
        misfire_grace_time=DIGEST_MISFIRE_SECONDS,
    )
    if start_now is not None:
        # The catch-up: today's digest if it is due and was not sent (a no-op
        # otherwise), a little after start so it reports the first poll's result.
        sched.add_job(
            guarded("digest", lambda: _digest(d)),
            id="digest_catchup",
            name="digest catch-up",
            next_run_time=start_now + timedelta(seconds=catchup_delay),
        )
    return sched


@contextlib.contextmanager
def _jobs_running(
    d: DaemonParts, stop: threading.Event, catchup_delay: float, progress: Progress, notifier: Notifier
) -> Iterator[None]:
    """The scheduler (and, under IDLE, the IDLE loop) running for the block; both stopped after."""
    use_idle = d.cfg.imap is not None and d.cfg.imap.idle
    sched = build_scheduler(d, start_now=datetime.now(d.cfg.secretariat.tz), poll_job=not use_idle,
                            catchup_delay=catchup_delay, progress=progress, notifier=notifier)
    idler: threading.Thread | None = None
    sched.start()
    try:
        if use_idle:
            idler = threading.Thread(target=idle_loop, args=(d, stop, progress, notifier),
                                     name="imap-idle", daemon=True)
            idler.start()
        poller = idler
        progress.alive = lambda: sched.running and (poller is None or poller.is_alive())
        yield
    finally:
        if sched.running:
            sched.shutdown(wait=True)  # let a running job finish its transaction
        if idler is not None:
            idler.join(timeout=IDLE_CHUNK_SECONDS + 30)


def run_daemon(
    d: DaemonParts,
    stop: threading.Event | None = None,
    *,
    catchup_delay: float = DIGEST_CATCHUP_DELAY_SECONDS,
    hung_after: float | None = None,
) -> None:
    """Run until SIGTERM/SIGINT (or ``stop`` is set); one daemon per store, one poller per source.

    A ``poll --once`` running when the daemon starts is waited for; once
    started, the daemon holds the poller lock and a ``poll --once`` is refused.
    """
    stop = stop or threading.Event()
    notifier = Notifier()
    progress = Progress(hung_after or hang_limit(d.cfg))
    with contextlib.ExitStack() as stack:
        lock = acquire_daemon_lock(d.store.path)
        stack.callback(lambda: log.info("daemon stopped"))
        stack.callback(lock.release)
        stack.enter_context(stop_on_signals(stop))
        try:
            stack.enter_context(poller_lock(d.cfg, "the intakebot daemon", wait=stop))
        except PollerBusy:
            return  # stopped while another poller was still at work
        stack.callback(d.close)
        if not log.isEnabledFor(logging.DEBUG):
            # APScheduler logs every run at INFO: a line a minute that says nothing.
            logging.getLogger("apscheduler").setLevel(logging.WARNING)
        stack.callback(notifier.close)
        stack.enter_context(_jobs_running(d, stop, catchup_delay, progress, notifier))
        stack.callback(notifier.stopping)  # said first on the way out: systemd waits for the rest
        log.info(
            "daemon started: poll every %ss, digest at %s %s, store %s",
            d.cfg.intake.poll_interval_seconds,
            d.cfg.secretariat.digest_time,
            d.cfg.secretariat.timezone,
            d.store.path,
        )
        notifier.ready(f"polling every {d.cfg.intake.poll_interval_seconds} s")
        watch_until(stop, notifier, progress)
