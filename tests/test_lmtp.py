"""The LMTP receiver with a real aiosmtpd listener and smtplib's real LMTP client."""

from __future__ import annotations

import smtplib
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from intakebot.clock import FixedClock
from intakebot.config import Config, LmtpConfig
from intakebot.records import LedgerEntry
from intakebot.run.app import App
from intakebot.run.poll import message_key
from intakebot.sources.lmtp import LmtpReceiver, intake_deliver
from intakebot.store import Store
from tests.support.mail import EXAMPLES, mail
from tests.support.servers import SmtpSink, free_port


def message(body: str = "Hello", pad: int = 0) -> bytes:
    return mail(body, sender="officer@customs.gov.example", subject="Test",
                message_id="<lmtp-1@customs.gov.example>", pad=pad, crlf=True)


@pytest.fixture
def lmtp_cfg(smtp_config: Config) -> Config:
    return replace(
        smtp_config,
        lmtp=LmtpConfig(port=free_port(), recipients=("info@cites.org",), max_message_bytes=20_000),
    )


Deliver = Callable[[bytes, str], object]


@pytest.fixture
def serve(lmtp_cfg: Config) -> Iterator[Callable[[Deliver], LmtpReceiver]]:
    started: list[LmtpReceiver] = []

    def start(deliver: Deliver) -> LmtpReceiver:
        r = LmtpReceiver(lmtp_cfg, deliver)
        r.start()
        started.append(r)
        return r

    yield start
    for r in started:
        r.stop()


def client(r: LmtpReceiver) -> smtplib.LMTP:
    c = smtplib.LMTP(r.host, r.port, timeout=10)
    return c


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
        with client(r) as c:
            code, _ = c.ehlo()
            c.mail("g.wanjiru@kws.go.ke")
            c.rcpt("info@cites.org")
            code, text = c.data(raw)
    finally:
        r.stop()
    assert code == 250
    view = app.store.read()
    entry = view.seen("<example-01@kws.go.ke>")
    assert entry is not None and entry.kind == "request" and entry.source == "lmtp"
    assert len(view.requests()) == 1
    replies = smtp.wait_for(1)
    assert replies[0].rcpt_tos == ["g.wanjiru@kws.go.ke"]
