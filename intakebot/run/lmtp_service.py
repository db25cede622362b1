"""``serve-lmtp`` under systemd: the LMTP receiver with READY, STATUS and a progress-fed watchdog.

Why apart from :mod:`intakebot.sources.lmtp`: the receiver is the mail edge
(what is accepted, when 250 is said); being a supervised service is the run
layer's, like the poll daemon's (:mod:`intakebot.run.notify`). The watchdog is
fed while the listener's event loop answers and no delivery has been stuck in
its commit for ``[intake] hung_cycle_seconds``; otherwise systemd restarts the
receiver, and the MTA, which got no 250, retries the message.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping

from intakebot.config import Config
from intakebot.run.notify import Notifier, Progress, watch_until
from intakebot.sources.lmtp import LmtpReceiver


def serve_lmtp_watched(
    cfg: Config, process_raw: Callable[[bytes, str], object], stop: threading.Event | None = None, *,
    environ: Mapping[str, str] | None = None, hung_after: float | None = None,
) -> None:
    """What ``intakebot serve-lmtp`` runs: listen until SIGTERM, speaking sd_notify when under systemd."""
    notifier = Notifier(environ)
    progress = Progress(hung_after or float(cfg.intake.hung_cycle_seconds))

    def deliver(raw: bytes, envelope_id: str) -> object:
        with progress.cycle():  # one commit is busy; a stuck one stops the watchdog
            return process_raw(raw, "lmtp")

    receiver = LmtpReceiver(cfg, deliver)
    progress.alive = receiver.responsive

    def watch(until: threading.Event) -> None:
        notifier.ready(f"LMTP listening on {receiver.host}:{receiver.port}")
        try:
            watch_until(until, notifier, progress)
        finally:
            notifier.stopping()
            notifier.close()

    receiver.serve_forever(stop, watch=watch)


__all__ = ["serve_lmtp_watched"]
