"""Committed mail on its way out: sent on a thread of its own while the next batch is decided.

Per message the order stays commit -> send -> acknowledge; :class:`Handoff`
only lets the sending of one batch overlap the deciding of the next.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from intakebot.mail.outbox import FlushReport
from intakebot.records import AckKind, OwedAck, RawMail
from intakebot.run.report import PollReport
from intakebot.sources.base import Source

#: Sends what the outbox holds (``mail.outbox.flush`` over the configured transport).
Deliver = Callable[[], FlushReport]


class Handoff:
    """Committed mail on its way out: sent on a thread of its own, then acknowledged here.

    Why: sending was a quarter of the main thread's time in bench_pipeline,
    mostly waiting for the SMTP server and the journal's fsync; the next batch
    is fetched, analysed and decided meanwhile (no wall-time gain measured yet
    on a busy 2-core machine: docs/performance.md). Per message the order stays commit -> send ->
    acknowledge (on the caller's thread, which owns the source's connection).
    Mail in flight is listed in every commit's owed acknowledgements, so a
    crash before its acknowledgement is made good by the next cycle.
    """

    def __init__(self, source: Source, deliver: Deliver, report: PollReport) -> None:
        self.source, self.deliver, self.report = source, deliver, report
        self.in_flight: list[tuple[RawMail, AckKind]] = []
        self._sender = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sender")
        self._sending: Future[FlushReport] | None = None

    def owed_with(self, done: list[tuple[RawMail, AckKind]]) -> list[OwedAck]:
        """The owed list a commit of ``done`` stores: the owned mail in flight and in ``done``."""
        both = [*self.in_flight, *done]
        return [OwedAck(m.source_key, m.mailbox, m.uidvalidity, m.uid, ack) for m, ack in both if ack != "not_request"]

    def send(self, done: list[tuple[RawMail, AckKind]]) -> None:
        """Hand over a committed batch: the previous one is finished first, then this one is sent."""
        self.finish()
        self.in_flight = done
        self._sending = self._sender.submit(self.deliver)

    def finish(self) -> None:
        """Wait for the send in flight, then acknowledge its mail; a failed send raises here."""
        if self._sending is None:
            return
        sending, self._sending = self._sending, None
        self.report.add_flush(sending.result())
        self.source.acknowledge([*self.in_flight])
        self.in_flight = []

    def close(self) -> None:
        """Let a send in flight end (its result is the next cycle's business), and stop the thread."""
        self._sender.shutdown(wait=True)
