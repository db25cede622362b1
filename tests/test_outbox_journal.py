"""The sent-journal: an acceptance recorded before a crash is never sent again."""

from __future__ import annotations

from pathlib import Path

import pytest

from intakebot.clock import FixedClock
from intakebot.config import Config
from intakebot.mail.journal import Entries, sent_journal
from intakebot.mail.outbox import flush
from intakebot.mail.transports import SmtpTransport
from intakebot.records import OutboxItem, iso
from intakebot.store import Store
from tests.support.servers import SmtpSink


def _item(n: int, clock: FixedClock) -> OutboxItem:
    msg = (
        f"From: info@cites.org\r\nTo: o{n}@kws.go.ke\r\nSubject: [CUG-2026-000{n}] Received\r\n"
        f"Message-ID: <j{n}@cites.org>\r\n\r\nBody\r\n"
    )
    return OutboxItem(f"<j{n}@cites.org>", [f"o{n}@kws.go.ke"], msg, "acknowledgement",
                      [f"CUG-2026-000{n}"], iso(clock.now()), next_attempt_at=iso(clock.now()))


def test_journalled_send_is_recorded_not_resent(tmp_path: Path, smtp_config: Config, smtp: SmtpSink) -> None:
    clock = FixedClock()
    store = Store(tmp_path / "s.json")
    with store.transaction() as tx:
        tx.queue(_item(1, clock))
        tx.queue(_item(2, clock))
    # A flusher sent <j1> and journalled it, then died before folding the journal in.
    sent_journal(store).append("<j1@cites.org>", clock.now())
    assert smtp_config.smtp is not None
    report = flush(store, SmtpTransport(smtp_config.smtp), smtp_config, clock)
    assert report.sent == 1
    assert [m.message["Message-ID"] for m in smtp.wait_for(1)] == ["<j2@cites.org>"]
    assert {i.message_id: i.status for i in store.read().outbox()} == {
        "<j1@cites.org>": "sent", "<j2@cites.org>": "sent"}
    assert not sent_journal(store).path.exists()


def test_a_torn_journal_line_is_ignored(tmp_path: Path) -> None:
    store = Store(tmp_path / "s.json")
    j = sent_journal(store)
    j.append("<a@x>", FixedClock().now())
    with j.path.open("a") as fh:
        fh.write('{"message_id": "<b@')
    assert [mid for mid, _ in j.entries()] == ["<a@x>"]


def test_a_reservation_never_marked_is_sent_again_once(
    tmp_path: Path, smtp_config: Config, smtp: SmtpSink, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FixedClock()
    store = Store(tmp_path / "s.json")
    with store.transaction() as tx:
        tx.queue(_item(1, clock))
    # A flusher reserved <j1>'s line and died: the server may or may not have it.
    sent_journal(store).reserve("<j1@cites.org>")
    assert smtp_config.smtp is not None
    with caplog.at_level("WARNING", logger="intakebot"):
        assert flush(store, SmtpTransport(smtp_config.smtp), smtp_config, clock).sent == 1
    assert "<j1@cites.org>: send not confirmed" in caplog.text
    assert flush(store, SmtpTransport(smtp_config.smtp), smtp_config, clock).sent == 0
    assert [m.message["Message-ID"] for m in smtp.wait_for(1)] == ["<j1@cites.org>"]


def test_a_released_reservation_is_neither_a_send_nor_in_doubt(tmp_path: Path) -> None:
    j = sent_journal(Store(tmp_path / "s.json"))
    j.release(j.reserve("<refused@x>"))
    j.append("<sent@x>", FixedClock().now())
    assert j.read() == Entries([("<sent@x>", iso(FixedClock().now()))], [])
    assert oct(j.path.stat().st_mode & 0o777) == "0o600"


def test_a_torn_line_does_not_swallow_the_next_record(tmp_path: Path) -> None:
    j = sent_journal(Store(tmp_path / "s.json"))
    j.path.write_text('{"message_id": "<torn@')
    j.append("<next@x>", FixedClock().now())
    assert [mid for mid, _ in j.entries()] == ["<next@x>"]


def test_the_acceptance_overwrites_its_reservation_in_place(tmp_path: Path) -> None:
    """No new bytes after the send: a disk that filled meanwhile cannot lose the acceptance."""
    j = sent_journal(Store(tmp_path / "s.json"))
    slot = j.reserve("<a@x>")
    size = j.path.stat().st_size
    j.mark_sent(slot, FixedClock().now())
    assert j.path.stat().st_size == size
    assert j.read().sent == [("<a@x>", iso(FixedClock().now()))]
