"""The LMTP receiver under test: a real aiosmtpd listener on a free loopback port, stopped after the test."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import replace

from intakebot.config import Config, LmtpConfig
from intakebot.sources.lmtp import LmtpReceiver
from tests.support.servers import free_port

#: What the receiver hands each accepted message to: (raw bytes, envelope id).
Deliver = Callable[[bytes, str], object]


def lmtp_settings(cfg: Config, **caps: int) -> Config:
    """``cfg`` taking LMTP for info@cites.org on a free port, messages up to 20,000 bytes, ``caps`` over that."""
    lmtp = LmtpConfig(port=free_port(), recipients=("info@cites.org",), max_message_bytes=20_000)
    return replace(cfg, lmtp=replace(lmtp, **caps))


@contextlib.contextmanager
def receivers() -> Iterator[Callable[[Config, Deliver], LmtpReceiver]]:
    """Start receivers with ``start(cfg, deliver)``; each one started is stopped on leaving."""
    started: list[LmtpReceiver] = []

    def start(cfg: Config, deliver: Deliver) -> LmtpReceiver:
        r = LmtpReceiver(cfg, deliver)
        r.start()
        started.append(r)
        return r

    try:
        yield start
    finally:
        for r in started:
            r.stop()
