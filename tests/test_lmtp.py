"""The LMTP receiver with a real aiosmtpd listener and smtplib's real LMTP client."""

from __future__ import annotations

import smtplib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from intakebot.clock import FixedClock
from intakebot.config import Config, LmtpConfig
from intakebot.records import LedgerEntry
from intakebot.run.app import App
from intakebot.run.identity import message_key
from intakebot.sources.lmtp import LmtpReceiver, intake_deliver
from intakebot.store import Store
from tests.support.configs import DIGEST_TO
from tests.support.lmtp import Deliver, lmtp_settings, receivers
from tests.support.mail import EXAMPLES, mail
from tests.support.servers import SmtpSink


def message(body: str = "Hello", pad: int = 0) -> bytes:
    return mail(body, sender="officer@customs.gov.example", subject="Test",
                message_id="<lmtp-1@customs.gov.example>", pad=pad, crlf=True)


@pytest.fixture
def lmtp_cfg(smtp_config: Config) -> Config:
    return lmtp_settings(smtp_config)


@pytest.fixture
def serve(lmtp_cfg: Config) -> Iterator[Callable[[Deliver], LmtpReceiver]]:
    with receivers() as start:
        yield lambda deliver: start(lmtp_cfg, deliver)


def client(r: LmtpReceiver) -> smtplib.LMTP:
    c = smtplib.LMTP(r.host, r.port, timeout=10)
    return c


def _transaction(r: LmtpReceiver, sender: str, raw: bytes) -> int:
    """One delivery to info@cites.org step by step (LHLO, MAIL, RCPT, DATA); DATA's reply code."""
    with client(r) as c:
        c.ehlo()
        c.mail(sender)
        c.rcpt("info@cites.org")
        return int(c.data(raw)[0])


def test_listens_on_loopback_by_default() -> None:
    assert LmtpConfig().host == "127.0.0.1"


def test_delivered_message_is_answered_250_and_handed_to_the_callback(
    serve: Callable[[Deliver], LmtpReceiver],
) -> None:
    got: list[tuple[bytes, str]] = []
    r = serve(lambda raw, eid: got.append((raw, eid)))
    raw = message()
    with client(r) as c:
        c.ehlo_or_helo_if_needed()
        assert c.does_esmtp  # LHLO answered with extensions
        refused = c.sendmail("officer@customs.gov.example", ["info@cites.org"], raw)
    assert refused == {}
    assert len(got) == 1
    assert got[0][0] == raw  # byte for byte
    assert len(got[0][1]) == 16


def test_250_comes_only_after_the_callback_returns(
    serve: Callable[[Deliver], LmtpReceiver],
) -> None:
    entered, release = threading.Event(), threading.Event()
    answers: list[object] = []

    def slow(raw: bytes, eid: str) -> None:
        entered.set()
        release.wait(10)

    r = serve(slow)

    def send() -> None:
        with client(r) as c:
            c.ehlo_or_helo_if_needed()
            c.mail("officer@customs.gov.example")
            c.rcpt("info@cites.org")
            answers.append(c.data(message()))

    t = threading.Thread(target=send)
    t.start()
    assert entered.wait(10)
    assert answers == []  # the MTA is still waiting while the commit runs
    release.set()
    t.join(10)
    assert answers and answers[0][0] == 250  # type: ignore[index]


def test_internal_failure_is_451_and_nothing_is_half_stored(
    serve: Callable[[Deliver], LmtpReceiver], tmp_path: Path
) -> None:
    store = Store(tmp_path / "s.json")

    def failing(raw: bytes, eid: str) -> None:
        with store.transaction() as tx:
            tx.record_seen(LedgerEntry(key=message_key(raw), kind="request", processed_at="x"))
            raise OSError("disk full")  # after a write, before the commit

    r = serve(failing)
    with client(r) as c, pytest.raises(smtplib.SMTPDataError) as err:
        c.sendmail("officer@customs.gov.example", ["info@cites.org"], message())
    assert err.value.smtp_code == 451
    assert store.read().ledger() == []


def test_unknown_recipient_is_refused_550_and_nothing_delivered(
    serve: Callable[[Deliver], LmtpReceiver],
) -> None:
    got: list[bytes] = []
    r = serve(lambda raw, eid: got.append(raw))
    with client(r) as c, pytest.raises(smtplib.SMTPRecipientsRefused) as err:
        c.sendmail("a@example.org", ["someone.else@cites.org"], message())
    assert err.value.recipients["someone.else@cites.org"][0] == 550
    assert got == []


def test_recipient_match_ignores_case(serve: Callable[[Deliver], LmtpReceiver]) -> None:
    got: list[bytes] = []
    r = serve(lambda raw, eid: got.append(raw))
    with client(r) as c:
        c.sendmail("a@example.org", ["INFO@cites.org"], message())
    assert len(got) == 1


def test_oversize_message_is_refused_552(serve: Callable[[Deliver], LmtpReceiver]) -> None:
    got: list[bytes] = []
    r = serve(lambda raw, eid: got.append(raw))
    with client(r) as c:
        # Declared with SIZE= (as Postfix does): refused at MAIL FROM.
        with pytest.raises(smtplib.SMTPSenderRefused) as declared:
            c.sendmail("a@example.org", ["info@cites.org"], message(pad=40_000))
        assert declared.value.smtp_code == 552
        # Undeclared: counted while reading DATA, refused at the end.
        c.rset()
        c.mail("a@example.org")
        c.rcpt("info@cites.org")
        code, _ = c.data(message(pad=40_000))
        assert code == 552
    assert got == []


def test_a_second_recipient_is_deferred_and_the_message_delivered_once(
    lmtp_cfg: Config,
) -> None:
    cfg = replace(lmtp_cfg, lmtp=replace(lmtp_cfg.lmtp, recipients=("info@cites.org", "cug@cites.org")))
    got: list[bytes] = []
    r = LmtpReceiver(cfg, lambda raw, eid: got.append(raw))
    r.start()
    try:
        with client(r) as c:
            refused = c.sendmail("a@example.org", ["info@cites.org", "cug@cites.org"], message())
    finally:
        r.stop()
    assert refused["cug@cites.org"][0] == 452
    assert len(got) == 1


def test_a_request_by_lmtp_is_recorded_and_answered(
    lmtp_cfg: Config, smtp: SmtpSink, clock: FixedClock
) -> None:
    app = App(lmtp_cfg, clock)
    r = LmtpReceiver(lmtp_cfg, intake_deliver(app.process_raw))
    r.start()
    raw = (EXAMPLES / "01-en-complete.eml").read_bytes().replace(b"\n", b"\r\n")
    try:
        code = _transaction(r, "g.wanjiru@kws.go.ke", raw)
    finally:
        r.stop()
    assert code == 250
    view = app.store.read()
    entry = view.seen("<example-01@kws.go.ke>")
    assert entry is not None and entry.kind == "request" and entry.source == "lmtp"
    assert len(view.requests()) == 1
    replies = smtp.wait_for(1)
    assert replies[0].rcpt_tos == ["g.wanjiru@kws.go.ke"]


def test_a_redelivered_message_without_a_message_id_is_answered_once(
    lmtp_cfg: Config, smtp: SmtpSink, clock: FixedClock
) -> None:
    """The MTA delivers it again after a lost 250 or through another hop, with new trace headers:
    the same message all the same (keyed by its content, not the bytes the MTAs added)."""
    app = App(lmtp_cfg, clock)
    r = LmtpReceiver(lmtp_cfg, intake_deliver(app.process_raw))
    r.start()
    example = (EXAMPLES / "01-en-complete.eml").read_bytes()
    body = b"".join(line for line in example.splitlines(keepends=True)
                    if not line.lower().startswith(b"message-id:"))
    first = b"Received: from mx1.kws.go.ke by mail.cites.org; Thu, 3 Dec 2026 08:00:01 +0000\n" + body
    again = (b"Return-Path: <g.wanjiru@kws.go.ke>\nDelivered-To: info@cites.org\n"
             b"Received: from mx2.kws.go.ke by mail.cites.org; Thu, 3 Dec 2026 08:20:07 +0000\n"
             b"Received: from mx1.kws.go.ke by relay.cites.org; Thu, 3 Dec 2026 08:20:05 +0000\n" + body)
    try:
        for raw in (first, again):
            assert _transaction(r, "g.wanjiru@kws.go.ke", raw.replace(b"\n", b"\r\n")) == 250
    finally:
        r.stop()
    view = app.store.read()
    assert [e.kind for e in view.ledger()] == ["request"]
    assert len(view.requests()) == 1
    smtp.wait_for(1)
    time.sleep(0.2)
    assert [m.rcpt_tos for m in smtp.messages if m.rcpt_tos != [DIGEST_TO]] == [["g.wanjiru@kws.go.ke"]]


def test_two_different_messages_without_a_message_id_are_both_answered(
    lmtp_cfg: Config, smtp: SmtpSink, clock: FixedClock
) -> None:
    app = App(lmtp_cfg, clock)
    r = LmtpReceiver(lmtp_cfg, intake_deliver(app.process_raw))
    r.start()
    try:
        for i in (1, 2):
            raw = mail(f"Country: Kenya\nName: Grace{i}\nSurname: Wanjiru\nOrganization: Kenya Wildlife Service\n"
                       f"Position: Officer\nContact number: +254 20 2379407\n"
                       f"Official email address: grace{i}@kws.go.ke\n",
                       sender=f"grace{i}@kws.go.ke", subject="Cheetah closed user group", message_id=None,
                       crlf=True)
            assert _transaction(r, f"grace{i}@kws.go.ke", raw) == 250
    finally:
        r.stop()
    assert len(app.store.read().ledger()) == 2


def test_a_message_recorded_under_its_raw_hash_before_the_upgrade_is_not_answered_again(
    lmtp_cfg: Config, smtp: SmtpSink, clock: FixedClock
) -> None:
    import hashlib

    raw = mail("Country: Kenya\nName: Grace\n", sender="grace@kws.go.ke", message_id=None, crlf=True)
    app = App(lmtp_cfg, clock)
    with app.store.transaction() as tx:  # what the release before content hashes recorded
        tx.record_seen(LedgerEntry(key="sha256:" + hashlib.sha256(raw).hexdigest(), kind="request",
                                   processed_at="2026-12-01T08:00:00+00:00"))
    r = LmtpReceiver(lmtp_cfg, intake_deliver(app.process_raw))
    r.start()
    try:
        with client(r) as c:
            assert c.sendmail("grace@kws.go.ke", ["info@cites.org"], raw) == {}
    finally:
        r.stop()
    assert len(app.store.read().ledger()) == 1
    assert app.store.read().requests() == []
