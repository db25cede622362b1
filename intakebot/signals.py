"""Stopping on SIGTERM/SIGINT without a lock in the signal handler (the daemon and ``serve-lmtp``)."""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import threading
from collections.abc import Iterator
from types import FrameType

log = logging.getLogger("intakebot.signals")


@contextlib.contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGTERM/SIGINT set ``stop`` (main thread only); the previous handlers come back after.

    Why a pipe and a thread: a Python signal handler runs in the main thread
    between two bytecodes, wherever it is -- also inside ``stop.wait()`` while
    that holds the Event's (non-reentrant) lock. A handler that called
    ``stop.set()`` there waited for a lock its own thread held: the daemon
    never stopped (and its scheduler went on, sending the start-up digest a
    minute after SIGTERM). The handler now only writes the signal's number to
    a pipe (no lock, async-signal-safe); a thread reads it, logs it and sets
    ``stop`` like any other thread would.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    read_fd, write_fd = os.pipe2(os.O_CLOEXEC)
    os.set_blocking(write_fd, False)  # a full pipe drops a repeat signal rather than block the handler

    def _on_signal(signum: int, _frame: FrameType | None) -> None:
        with contextlib.suppress(OSError):
            os.write(write_fd, bytes([signum]))

    def _watch() -> None:
        while data := os.read(read_fd, 16):
            for signum in data:
                log.info("signal %s received: shutting down", signal.Signals(signum).name)
            stop.set()
        os.close(read_fd)

    watcher = threading.Thread(target=_watch, name="signal-watcher", daemon=True)
    watcher.start()
    previous = {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        os.close(write_fd)  # the watcher reads what is left, then the end of the pipe
        watcher.join(timeout=5)
