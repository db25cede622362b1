"""The composition root: builds the store, source and transport from one Config.

Why the only place that builds things: every pipeline function takes what it
uses (store, source, the outbox flush, config, clock) as arguments, so the
daemon's jobs and the CLI verbs run the same code, and a test can hand any
function exactly the real parts it needs. ``App`` holds no logic of its own
beyond wiring, and nothing below it reaches back into it.

The imports of the source, transport and pipeline modules are inside the
methods on purpose: they pull in the parsers, IMAP and the template engine
(about a second on a busy machine), and ``cli`` builds an App for every verb,
including ``requests list``, which needs none of them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from intakebot.clock import Clock, SystemClock
from intakebot.config import Config
from intakebot.sources.maildir import MaildirSource
from intakebot.store import Store

if TYPE_CHECKING:
    from intakebot.mail.outbox import FlushReport
    from intakebot.mail.transports import Transport
    from intakebot.run.report import MessageResult, PollReport
    from intakebot.run.scheduler import DaemonParts
    from intakebot.sources.base import Source

log = logging.getLogger("intakebot")


@dataclass
class App:
    cfg: Config
    clock: Clock = field(default_factory=SystemClock)
    store: Store = field(init=False)
    _source: Source | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.store = Store(self.cfg.storage.path)

    @property
    def shadow(self) -> bool:
        return self.cfg.intake.mode == "shadow"

    def source(self) -> Source:
        """The configured inbox: IMAP when ``[imap]`` is set, else the local Maildir.

        Kept for the App's life so the daemon polls over one IMAP connection
        (an idle poll is then one UID SEARCH, not a login); :meth:`close` ends it.
        """
        if self._source is None:
            if self.cfg.imap is not None:
                from intakebot.sources.imap import ImapSource

                self._source = ImapSource(self.cfg.imap, read_only=self.shadow, limits=self.cfg.limits)
            else:
                self._source = MaildirSource(self.cfg.maildir.inbox, read_only=self.shadow)
        return self._source

    def drop_source(self) -> None:
        """Forget the source after a failure, so the next cycle reconnects cleanly."""
        source, self._source = self._source, None
        if source is not None:
            try:
                source.close()
            except Exception:  # noqa: BLE001 - it is already broken
                log.debug("closing a failed source", exc_info=True)

    def close(self) -> None:
        self.drop_source()

    def transport(self) -> Transport:
        """Where replies go: SMTP when ``[smtp]`` is set, else the local Maildir outbox.

        In shadow mode replies always go to the shadow Maildir, never to a Party.
        """
        from intakebot.mail.transports import MaildirTransport, SmtpTransport

        if self.shadow:
            return MaildirTransport(self.cfg.intake.shadow_outbox)
        if self.cfg.smtp is not None:
            return SmtpTransport(self.cfg.smtp)
        return MaildirTransport(self.cfg.maildir.outbox)

    def poll_once(self, progress: Callable[[int], None] | None = None) -> PollReport:
        """One intake cycle; a failed source is dropped so the next cycle reconnects."""
        from intakebot.run.poll import poll_once

        try:
            return poll_once(self.store, self.source(), self.flush_outbox, self.cfg, self.clock, progress)
        except Exception:
            self.drop_source()
            raise

    def process_raw(self, data: bytes, source: str) -> MessageResult:
        """One message handed over directly (LMTP)."""
        from intakebot.run.lmtp_intake import process_raw

        return process_raw(data, source, store=self.store, deliver=self.flush_outbox,
                           cfg=self.cfg, clock=self.clock)

    def flush_outbox(self) -> FlushReport:
        from intakebot.mail.outbox import flush

        return flush(self.store, self.transport(), self.cfg, self.clock)

    def daemon_parts(self) -> DaemonParts:
        """What ``run`` hands the daemon: the store, config and clock, and the cycles as calls."""
        from intakebot.run.scheduler import DaemonParts

        return DaemonParts(cfg=self.cfg, clock=self.clock, store=self.store, poll=self.poll_once,
                           flush=self.flush_outbox, source=self.source, drop_source=self.drop_source,
                           close=self.close)
