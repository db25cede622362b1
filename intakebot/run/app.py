"""The composition root: builds the store, source and transport from one Config.

The CLI verbs and the scheduler's jobs are methods here, so the daemon runs
exactly the same code as ``poll --once``, ``followups --once`` and ``digest``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from intakebot.clock import Clock, SystemClock
from intakebot.config import Config
from intakebot.store import Store

if TYPE_CHECKING:
    from intakebot.mail.outbox import FlushReport, Transport
    from intakebot.run.poll import PollReport
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
                from intakebot.sources.maildir import MaildirSource

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
        from intakebot.mail.outbox import MaildirTransport, SmtpTransport

        if self.shadow:
            return MaildirTransport(self.cfg.intake.shadow_outbox)
        if self.cfg.smtp is not None:
            return SmtpTransport(self.cfg.smtp)
        return MaildirTransport(self.cfg.maildir.outbox)

    def poll_once(self, progress: Callable[[int], None] | None = None) -> PollReport:
        from intakebot.run.poll import poll_once

        return poll_once(self, progress)

    def flush_outbox(self) -> FlushReport:
        from intakebot.mail.outbox import flush

        return flush(self.store, self.transport(), self.cfg, self.clock)
