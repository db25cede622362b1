"""``serve-lmtp``: Postfix or Exim hands mail to the bot directly over LMTP.

The one promise that matters to the MTA: **250 means the message is committed
to the store.** The delivery callback processes and commits synchronously; if
it raises, the answer is 451 and the MTA keeps the message and retries, so a
full disk or a locked store never loses mail. The callback runs in a single
worker thread (``loop.run_in_executor``), one message at a time, so the event
loop keeps answering other connections and commits never interleave.

Other rules: loopback by default; only the configured recipients are accepted
(550 otherwise); ``max_message_bytes`` is enforced by aiosmtpd while reading
DATA (552); one recipient per transaction (452 for the next one, which the MTA
retries in a new transaction), because LMTP wants one reply per recipient
after DATA and not every client can read several. aiosmtpd >= 1.4.5 carries
the 2024 SMTP-smuggling fixes (bare LF / CR line endings are not end-of-data).
"""

from __future__ import annotations

import asyncio
import logging
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from aiosmtpd.controller import Controller
from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import SMTP as SMTPServer
from aiosmtpd.smtp import Envelope, Session

from intakebot import faults
from intakebot.config import Config
from intakebot.signals import stop_on_signals
from intakebot.sources.lmtp_limits import CappedLMTP, Limits

log = logging.getLogger("intakebot.lmtp")

Deliver = Callable[[bytes, str], object]


class _Handler:
    """aiosmtpd hooks: recipient check, then commit-before-250 delivery."""

    def __init__(self, recipients: tuple[str, ...], deliver: Deliver) -> None:
        self.recipients = frozenset(r.strip().lower() for r in recipients)
        self.deliver = deliver
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lmtp-deliver")

    async def handle_RCPT(
        self,
        server: SMTPServer,
        session: Session,
        envelope: Envelope,
        address: str,
        rcpt_options: list[str],
    ) -> str:
        if address.strip().lower() not in self.recipients:
            return "550 5.1.1 Recipient not accepted here"
        if envelope.rcpt_tos:
            return "452 4.5.3 One recipient per transaction, please retry"
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    def _deliver(self, data: bytes, envelope_id: str) -> object:
        faults.point("lmtp.delivery")  # test-only: see intakebot.faults
        return self.deliver(data, envelope_id)

    async def handle_DATA(self, server: SMTPServer, session: Session, envelope: Envelope) -> str:
        data = envelope.original_content
        if data is None:
            data = b""
        elif isinstance(data, str):  # pragma: no cover - decode_data is off
            data = data.encode("utf-8", "surrogateescape")
        envelope_id = uuid.uuid4().hex[:16]
        loop = asyncio.get_running_loop()
        try:
            await loop.run_in_executor(self.executor, self._deliver, bytes(data), envelope_id)
        except Exception as e:  # noqa: BLE001 - any internal failure: the MTA keeps the mail
            log.error(
                "LMTP delivery %s not committed (%s); answered 451", envelope_id, type(e).__name__
            )
            return "451 4.3.0 Message not stored; try again later"
        log.info("LMTP delivery %s committed (%d bytes)", envelope_id, len(data))
        return f"250 2.0.0 {envelope_id} committed"


class _LmtpController(Controller):
    """aiosmtpd's threaded Controller speaking LMTP instead of SMTP."""

    limits: Limits

    def factory(self) -> LMTP:
        return CappedLMTP(self.handler, limits=self.limits, **self.SMTP_kwargs)


class LmtpReceiver:
    """The LMTP listener: ``start()`` in a background thread, ``stop()``, or ``serve_forever()``."""

    def __init__(self, cfg: Config, deliver: Deliver) -> None:
        self.cfg = cfg
        self.host = cfg.lmtp.host
        self.port = cfg.lmtp.port
        self.handler = _Handler(cfg.lmtp.recipients, deliver)
        self.limits = Limits(cfg.lmtp.max_connections, cfg.lmtp.max_inflight_bytes, cfg.lmtp.max_message_bytes)
        # aiosmtpd logs envelope addresses at INFO; they are officials' addresses.
        logging.getLogger("mail.log").setLevel(logging.WARNING)
        self.controller = _LmtpController(
            self.handler,
            hostname=self.host,
            port=self.port,
            ready_timeout=10.0,
            data_size_limit=cfg.lmtp.max_message_bytes,
            server_hostname="intakebot",
            timeout=cfg.lmtp.idle_timeout_seconds,  # aiosmtpd's idle timeout (421, closed)
        )
        self.controller.limits = self.limits

    def start(self) -> None:
        self.controller.start()
        log.info("LMTP listening on %s:%d", self.host, self.port)

    def stop(self) -> None:
        self.controller.stop()
        self.handler.executor.shutdown(wait=True)

    def responsive(self, timeout: float = 5.0) -> bool:
        """Whether the listener's event loop still runs a task within ``timeout`` (for the watchdog)."""
        loop = self.controller.loop
        if not loop.is_running():
            return False
        try:
            asyncio.run_coroutine_threadsafe(asyncio.sleep(0), loop).result(timeout)
        except Exception:  # noqa: BLE001 - a timeout or a closed loop: not responsive
            return False
        return True

    def serve_forever(self, stop: threading.Event | None = None,
                      watch: Callable[[threading.Event], None] | None = None) -> None:
        """Run until SIGTERM/SIGINT (or ``stop`` is set); an in-flight delivery finishes first.

        ``watch`` runs in this thread while listening (the systemd notifier), until ``stop``.
        """
        stop = stop or threading.Event()
        with stop_on_signals(stop):
            self.start()
            try:
                if watch is not None:
                    watch(stop)
                else:
                    stop.wait()
            finally:
                self.stop()


def intake_deliver(process_raw: Callable[[bytes, str], object]) -> Deliver:
    """The production callback: process and commit through the intake pipeline (``App.process_raw``)."""
    def deliver(raw: bytes, envelope_id: str) -> object:
        return process_raw(raw, "lmtp")

    return deliver


def serve_lmtp(cfg: Config, process_raw: Callable[[bytes, str], object],
               stop: threading.Event | None = None) -> None:
    """What ``intakebot serve-lmtp`` runs."""
    LmtpReceiver(cfg, intake_deliver(process_raw)).serve_forever(stop)
