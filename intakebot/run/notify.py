"""systemd's notify protocol, with the standard library only: READY, STATUS, WATCHDOG, STOPPING.

Why: with ``Type=notify`` and ``WatchdogSec=`` systemd restarts a daemon that
stops feeding the watchdog, which is the only cure for a daemon that is
alive but hung (a process that died is restarted by ``Restart=`` anyway).
The watchdog is therefore fed only while the daemon is *making progress*
(:class:`Progress`): a poll cycle that shows no sign of life for
``[intake] hung_cycle_seconds`` (see :func:`intakebot.run.scheduler.hang_limit`)
stops the pings, and systemd kills and
restarts the daemon after ``WatchdogSec``.

The protocol (sd_notify(3)): datagrams of ``KEY=value`` lines to the
``AF_UNIX`` socket named in ``$NOTIFY_SOCKET`` -- a path, or an abstract
socket when it starts with ``@``. Without ``$NOTIFY_SOCKET`` (not under
systemd) every call does nothing. ``$WATCHDOG_USEC`` (and ``$WATCHDOG_PID``,
when set, naming this process) switch the watchdog on; pings go out every
half of that interval, as systemd recommends.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping

log = logging.getLogger("intakebot.notify")

SEND_TIMEOUT_SECONDS = 1.0


def _address(name: str) -> str | bytes:
    """The socket address: ``@name`` is the abstract namespace (a leading NUL byte)."""
    if name.startswith("@"):
        return b"\0" + name[1:].encode("utf-8")
    return name


class Notifier:
    """Sends sd_notify messages; a no-op when not started by systemd with ``Type=notify``."""

    def __init__(self, environ: Mapping[str, str] | None = None) -> None:
        env = os.environ if environ is None else environ
        self.socket_name = env.get("NOTIFY_SOCKET", "")
        self.watchdog_seconds = 0.0
        usec = env.get("WATCHDOG_USEC", "")
        pid = env.get("WATCHDOG_PID", "")
        if usec.isdigit() and int(usec) > 0 and (not pid or pid == str(os.getpid())):
            self.watchdog_seconds = int(usec) / 1_000_000
        self._sock: socket.socket | None = None

    @property
    def enabled(self) -> bool:
        return bool(self.socket_name)

    @property
    def ping_interval(self) -> float:
        """How often to feed the watchdog (half its timeout); 0 when it is off."""
        return self.watchdog_seconds / 2 if self.enabled else 0.0

    def send(self, **fields: str) -> bool:
        """One datagram of ``KEY=value`` lines; False (and a debug line) when it cannot be sent."""
        if not self.enabled:
            return False
        text = "\n".join(f"{k}={v.replace(chr(10), ' ')}" for k, v in fields.items())
        try:
            if self._sock is None:
                self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
                # A datagram to a peer that does not read blocks once its queue is full: a
                # STOPPING=1 must never hold the way out, so a send gives up after a second.
                self._sock.settimeout(SEND_TIMEOUT_SECONDS)
            self._sock.sendto(text.encode("utf-8"), _address(self.socket_name))
        except OSError as e:
            log.debug("sd_notify failed: %s", type(e).__name__)
            return False
        return True

    def ready(self, status: str) -> None:
        self.send(READY="1", STATUS=status)

    def status(self, status: str) -> None:
        self.send(STATUS=status)

    def watchdog(self) -> None:
        self.send(WATCHDOG="1")

    def stopping(self) -> None:
        self.send(STOPPING="1", STATUS="stopping")

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None


class Progress:
    """Whether the daemon's poller is making progress: the watchdog is fed only when it is.

    A cycle (:meth:`cycle`) is *busy*; every sign of life inside it (a batch
    committed, an IDLE chunk ended) is a :meth:`beat`. The poller is hung when
    a busy cycle has shown no beat for ``hung_after`` seconds, or when its
    thread is gone (``alive`` says False). Between cycles it is waiting on
    purpose (the schedule, IDLE, a backoff), which is progress enough.
    """

    def __init__(self, hung_after: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.hung_after = hung_after
        self.clock = clock
        self._lock = threading.Lock()
        self._busy = 0
        self._last_beat = clock()
        self.alive: Callable[[], bool] = lambda: True

    def beat(self, *_args: object) -> None:
        with self._lock:
            self._last_beat = self.clock()

    @contextlib.contextmanager
    def cycle(self) -> Iterator[None]:
        with self._lock:
            self._busy += 1
            self._last_beat = self.clock()
        try:
            yield
        finally:
            with self._lock:
                self._busy -= 1
                self._last_beat = self.clock()

    def stalled_for(self) -> float:
        """Seconds the running cycle has shown no progress (0 between cycles)."""
        with self._lock:
            return self.clock() - self._last_beat if self._busy else 0.0

    def healthy(self) -> bool:
        return self.alive() and self.stalled_for() < self.hung_after


def watch_until(stop: threading.Event, notifier: Notifier, progress: Progress) -> None:
    """The daemon's main thread: feed the watchdog while the poller makes progress, until ``stop``.

    When the poller is hung the pings stop (said once at ERROR, with how long);
    should it recover before systemd acts, they resume.
    """
    every = notifier.ping_interval
    tick = min(1.0, every) if every else 1.0
    hung = False
    next_ping = 0.0
    while not stop.wait(tick):
        if progress.healthy():
            if hung:
                log.warning("the poller is making progress again: feeding the systemd watchdog")
                hung = False
            if every and time.monotonic() >= next_ping:
                notifier.watchdog()
                next_ping = time.monotonic() + every
        elif not hung:
            hung = True
            log.error("the poll cycle has shown no progress for %.0f s (limit %.0f s, see [intake]"
                      " hung_cycle_seconds): no longer feeding the systemd watchdog", progress.stalled_for(),
                      progress.hung_after)


__all__ = ["Notifier", "Progress", "watch_until"]
