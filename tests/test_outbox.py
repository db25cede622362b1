"""The outbox against the test bed's real aiosmtpd listener: retries, failures, one flusher."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest

from intakebot.clock import FixedClock
from intakebot.config import Config, from_dict
from intakebot.mail.outbox import compose, flush, outbox_lock_path
from intakebot.mail.transports import MaildirTransport, SmtpTransport
from intakebot.records import OutboxItem, ReplyEntry, ReplyPlan, parse_iso
from intakebot.store import Store
from tests.support.configs import smtp_settings
from tests.support.servers import SmtpSink, free_port

NAME = "Amélie Secret-Name"
TO = "officer@kws.go.ke"


def make_item(
    cfg: Config, clock: FixedClock, n: int, *, template: str = "acknowledgement"
) -> OutboxItem:
    plan = ReplyPlan(
        template=template,
        language="en",
        to=TO,
        seed=f"outbox-test:{n}",
        entries=[ReplyEntry(f"CUG-2026-{n:04d}", NAME, "pending_review")],
        in_reply_to=f"<req-{n}@kws.go.ke>",
    )
    return compose(plan, cfg, clock.now())


def queue(
    store: Store, cfg: Config, clock: FixedClock, count: int, start: int = 1
) -> list[OutboxItem]:
    items = [make_item(cfg, clock, n) for n in range(start, start + count)]
    with store.transaction() as tx:
        for it in items:
            assert tx.queue(it)
    return items


def items_by_id(store: Store) -> dict[str, OutboxItem]:
    return {i.message_id: i for i in store.read().outbox()}


def received_ids(sink: SmtpSink) -> list[str]:
    return [str(m.message["Message-ID"]) for m in sink.messages]


def test_flush_sends_marks_sent_and_drops_the_body(
    smtp: SmtpSink, smtp_config: Config, clock: FixedClock, store: Store
) -> None:
    [item] = queue(store, smtp_config, clock, 1)
    report = flush(store, SmtpTransport(smtp_config.smtp), smtp_config, clock)  # type: ignore[arg-type]
    assert (report.sent, report.retried, report.failed, report.pending) == (1, 0, 0, 0)
    [got] = smtp.wait_for(1)
    assert got.rcpt_tos == [TO] and got.mail_from == "info@cites.org"
    parsed = message_from_bytes(got.data)
    assert parsed["Message-ID"] == item.message_id
    assert "CUG-2026-0001" in parsed["Subject"]
    stored = items_by_id(store)[item.message_id]
    assert stored.status == "sent" and stored.sent_at == "2026-01-05T09:00:00+00:00"
    assert stored.attempts == 1
    # Only the headers stay: the Message-ID bounces are matched by, not the body.
    assert f"Message-ID: {item.message_id}" in stored.message
    assert "Content-Transfer-Encoding: quoted-printable" not in stored.message
    assert len(stored.message) < len(item.message) / 2
    # Nothing is sent twice.
    assert flush(store, SmtpTransport(smtp_config.smtp), smtp_config, clock).sent == 0  # type: ignore[arg-type]
    assert len(smtp.messages) == 1


def test_451_for_a_while_then_accepting_delivers_each_reply_once(
    smtp: SmtpSink, smtp_config: Config, clock: FixedClock, store: Store
) -> None:
    items = queue(store, smtp_config, clock, 3)
    transport = SmtpTransport(smtp_config.smtp)  # type: ignore[arg-type]
    smtp.refuse_with = "451 4.3.0 try later"

    r = flush(store, transport, smtp_config, clock)
    assert (r.sent, r.retried, r.failed, r.pending) == (0, 3, 0, 3)
    assert smtp.refused == 3
    first = items_by_id(store)[items[0].message_id]
    assert first.attempts == 1 and first.last_error.startswith("451")
    assert parse_iso(first.next_attempt_at) == clock.now() + timedelta(seconds=60)

    clock.advance(seconds=30)  # not due yet: nothing is tried
    assert flush(store, transport, smtp_config, clock).retried == 0
    assert smtp.refused == 3

    clock.advance(seconds=30)  # due: refused again, backoff doubles
    assert flush(store, transport, smtp_config, clock).retried == 3
    second = items_by_id(store)[items[0].message_id]
    assert second.attempts == 2
    assert parse_iso(second.next_attempt_at) == clock.now() + timedelta(seconds=120)

    smtp.refuse_with = ""
    clock.advance(seconds=119)
    assert flush(store, transport, smtp_config, clock).sent == 0
    clock.advance(seconds=1)
    r = flush(store, transport, smtp_config, clock)
    assert (r.sent, r.pending) == (3, 0)
    smtp.wait_for(3)
    clock.advance(hours=1)
    assert flush(store, transport, smtp_config, clock).sent == 0
    assert sorted(received_ids(smtp)) == sorted(i.message_id for i in items)
    assert all(i.status == "sent" and i.attempts == 3 for i in store.read().outbox())


def test_backoff_is_capped_and_gives_up_after_the_configured_days(
    smtp: SmtpSink, tmp_path: Path, clock: FixedClock, store: Store
) -> None:
    cfg = from_dict(
        {
            "smtp": smtp_settings(
                smtp.host, smtp.port, retry_min_seconds=60, retry_max_seconds=600, give_up_after_days=1.0
            )
        },
        base_dir=tmp_path,
        environ={},
    )
    [item] = queue(store, cfg, clock, 1)
    smtp.refuse_with = "452 4.2.2 mailbox full"
    transport = SmtpTransport(cfg.smtp)  # type: ignore[arg-type]
    delays = []
    for _ in range(6):
        before = clock.now()
        flush(store, transport, cfg, clock)
        nxt = parse_iso(items_by_id(store)[item.message_id].next_attempt_at)
        delays.append(int((nxt - before).total_seconds()))
        clock.at = nxt
    assert delays == [60, 120, 240, 480, 600, 600]
    clock.at = parse_iso(item.queued_at) + timedelta(days=1)
    r = flush(store, transport, cfg, clock)
    assert (r.failed, r.retried, r.pending) == (1, 0, 0)
    failed = items_by_id(store)[item.message_id]
    assert failed.status == "failed" and "gave up after 1 days" in failed.last_error
    events = [e for e in store.read().events() if e["kind"] == "delivery_failed"]
    assert [e["reference"] for e in events] == ["CUG-2026-0001"]
    assert smtp.messages == []


def test_5xx_marks_the_reply_failed_and_logs_an_event(
    smtp: SmtpSink, smtp_config: Config, clock: FixedClock, store: Store
) -> None:
    [item] = queue(store, smtp_config, clock, 1)
    smtp.refuse_with = "550 5.7.1 message rejected"
    r = flush(store, SmtpTransport(smtp_config.smtp), smtp_config, clock)  # type: ignore[arg-type]
    assert (r.sent, r.retried, r.failed, r.pending) == (0, 0, 1, 0)
    failed = items_by_id(store)[item.message_id]
    assert failed.status == "failed" and failed.last_error == "550 5.7.1 message rejected"
    [event] = [e for e in store.read().events() if e["kind"] == "delivery_failed"]
    assert event["reference"] == "CUG-2026-0001" and item.message_id in event["detail"]
    # A failed reply is not retried.
    smtp.refuse_with = ""
    clock.advance(days=1)
    assert flush(store, SmtpTransport(smtp_config.smtp), smtp_config, clock).sent == 0  # type: ignore[arg-type]
    assert smtp.messages == []


def test_connection_refused_is_retried_and_nothing_is_lost(
    smtp: SmtpSink, smtp_config: Config, clock: FixedClock, store: Store, tmp_path: Path
) -> None:
    down = from_dict(
        {
            "smtp": smtp_settings("127.0.0.1", free_port(), timeout_seconds=5.0)  # nothing listens there
        },
        base_dir=tmp_path,
        environ={},
    )
    items = queue(store, down, clock, 3)
    r = flush(store, SmtpTransport(down.smtp), down, clock)  # type: ignore[arg-type]
    # One refused connection postpones the whole batch instead of trying each item.
    assert (r.sent, r.retried, r.failed, r.pending) == (0, 3, 0, 3)
    for it in store.read().outbox():
        assert it.status == "queued" and it.attempts == 1
        assert it.last_error.startswith("connection failed: ConnectionRefusedError")
    clock.advance(minutes=1)
    r = flush(store, SmtpTransport(smtp_config.smtp), smtp_config, clock)  # type: ignore[arg-type]
    assert r.sent == 3
    assert sorted(received_ids(smtp)) == sorted(i.message_id for i in items)


def test_logs_carry_no_names_or_addresses(
    smtp: SmtpSink,
    smtp_config: Config,
    clock: FixedClock,
    store: Store,
    caplog: pytest.LogCaptureFixture,
) -> None:
    queue(store, smtp_config, clock, 2)
    smtp.refuse_with = "550 5.1.1 <officer@kws.go.ke>: no such user"
    with caplog.at_level(logging.DEBUG):
        flush(store, SmtpTransport(smtp_config.smtp), smtp_config, clock)  # type: ignore[arg-type]
        smtp.refuse_with = "451 4.3.0 <officer@kws.go.ke> later"
        queue(store, smtp_config, clock, 1, start=3)
        flush(store, SmtpTransport(smtp_config.smtp), smtp_config, clock)  # type: ignore[arg-type]
    ours = [r for r in caplog.records if r.name.startswith("intakebot")]
    text = "\n".join(r.getMessage() for r in ours)
    assert "CUG-2026-0001" in text and "550" in text and "451" in text  # references and codes ...
    assert "officer" not in text and "Secret-Name" not in text  # ... never addresses or names


def test_a_second_flusher_returns_at_once_while_another_process_flushes(
    smtp: SmtpSink, smtp_config: Config, clock: FixedClock, store: Store
) -> None:
    queue(store, smtp_config, clock, 2)
    lock = outbox_lock_path(store)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from filelock import FileLock; "
            "l = FileLock(sys.argv[1]); l.acquire(); print('held', flush=True); time.sleep(60)",
            str(lock),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        r = flush(store, SmtpTransport(smtp_config.smtp), smtp_config, clock)  # type: ignore[arg-type]
        assert r.busy and r.sent == 0
        assert smtp.messages == []
    finally:
        holder.kill()
        holder.wait()
    r = flush(store, SmtpTransport(smtp_config.smtp), smtp_config, clock)  # type: ignore[arg-type]
    assert not r.busy and r.sent == 2


def test_concurrent_flushers_never_send_an_item_twice(
    smtp: SmtpSink, smtp_config: Config, clock: FixedClock, store: Store
) -> None:
    queue(store, smtp_config, clock, 12)

    def run(barrier: threading.Barrier) -> None:
        barrier.wait()
        flush(store, SmtpTransport(smtp_config.smtp), smtp_config, clock)  # type: ignore[arg-type]

    for rnd in range(3):
        barrier = threading.Barrier(4)
        threads = [threading.Thread(target=run, args=(barrier,)) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        queue(store, smtp_config, clock, 4, start=100 + 10 * rnd)
    flush(store, SmtpTransport(smtp_config.smtp), smtp_config, clock)  # type: ignore[arg-type]
    ids = received_ids(smtp)
    assert len(ids) == len(set(ids)) == 24
    assert {i.message_id for i in store.read().outbox()} == set(ids)


def test_maildir_transport_writes_private_files_once(
    local_config: Config, clock: FixedClock, store: Store
) -> None:
    items = queue(store, local_config, clock, 2)
    transport = MaildirTransport(local_config.maildir.outbox)
    r = flush(store, transport, local_config, clock)
    assert r.sent == 2
    files = sorted((local_config.maildir.outbox / "new").iterdir())
    assert len(files) == 2
    for f in files:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600
    assert stat.S_IMODE(os.stat(local_config.maildir.outbox).st_mode) == 0o700
    got = sorted(message_from_bytes(f.read_bytes())["Message-ID"] for f in files)
    assert got == sorted(i.message_id for i in items)
    # A resend after a crash (same Message-ID) does not make a second file.
    transport.send(items[0])
    assert len(list((local_config.maildir.outbox / "new").iterdir())) == 2
    assert list((local_config.maildir.outbox / "tmp").iterdir()) == []


class _HeldTransport(SmtpTransport):
    """The real SMTP transport, paused inside its first send until released.

    Holds a flush open at the worst moment (mid-conversation) so other flushers
    deterministically run while it is in progress.
    """

    def __init__(self, cfg: Config) -> None:
        assert cfg.smtp is not None
        super().__init__(cfg.smtp)
        self.inside = threading.Event()
        self.release = threading.Event()

    def send(self, item: OutboxItem) -> None:
        self.inside.set()
        assert self.release.wait(10)
        super().send(item)


def test_flushes_started_during_a_flush_send_nothing(
    smtp: SmtpSink, smtp_config: Config, clock: FixedClock, store: Store
) -> None:
    items = queue(store, smtp_config, clock, 3)
    held = _HeldTransport(smtp_config)
    first: list[object] = []
    t = threading.Thread(target=lambda: first.append(flush(store, held, smtp_config, clock)))
    t.start()
    try:
        assert held.inside.wait(10)
        for _ in range(3):  # e.g. `requests approve` queueing a notice and flushing
            r = flush(store, SmtpTransport(smtp_config.smtp), smtp_config, clock)  # type: ignore[arg-type]
            assert r.busy and r.sent == 0
    finally:
        held.release.set()
        t.join(10)
    assert sorted(received_ids(smtp)) == sorted(i.message_id for i in items)


# --------------------------------------------------------------------------- TLS and login
#
# A second real aiosmtpd listener of this module's own, with a throwaway
# certificate, for what the shared plain-text sink cannot show: implicit TLS,
# STARTTLS, certificate verification, password login and XOAUTH2.


class _AuthCapture:
    """aiosmtpd handler: keep accepted mail; accept XOAUTH2 for one user and token."""

    def __init__(self) -> None:
        self.messages: list[bytes] = []
        self.logins: list[str] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.messages.append(bytes(envelope.original_content or b""))  # type: ignore[attr-defined]
        return "250 OK"

    async def auth_XOAUTH2(self, server: object, args: list[str]) -> object:
        import base64

        from aiosmtpd.smtp import AuthResult

        raw = base64.b64decode(args[1]).decode() if len(args) > 1 else ""
        ok = raw == "user=bot@cites.org\x01auth=Bearer tok-123\x01\x01"
        if ok:
            self.logins.append("xoauth2")
        return AuthResult(success=ok, handled=False)


def _password_check(
    server: object, session: object, envelope: object, mechanism: str, data: object
) -> object:
    from aiosmtpd.smtp import AuthResult

    ok = (
        getattr(data, "login", None) == b"bot@cites.org"
        and getattr(data, "password", None) == b"pw"
    )
    return AuthResult(success=ok)


@pytest.fixture(scope="module")
def tls_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    d = tmp_path_factory.mktemp("tls")
    cert, key = d / "cert.pem", d / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(cert),
            "-days",
            "2",
            "-subj",
            "/CN=localhost",
            "-addext",
            "subjectAltName=DNS:localhost,IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


def _server(tls_files: tuple[Path, Path], *, implicit: bool) -> tuple[object, _AuthCapture, int]:
    import ssl

    from aiosmtpd.controller import Controller

    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(str(tls_files[0]), str(tls_files[1]))
    handler = _AuthCapture()
    port = free_port()
    kwargs: dict[str, Any] = {"authenticator": _password_check}
    if implicit:
        # aiosmtpd does not count implicit TLS as TLS for AUTH; the socket is TLS all the same.
        ctl = Controller(
            handler,
            hostname="127.0.0.1",
            port=port,
            ssl_context=ctx,
            auth_require_tls=False,
            **kwargs,
        )
    else:
        ctl = Controller(
            handler,
            hostname="127.0.0.1",
            port=port,
            tls_context=ctx,
            require_starttls=True,
            **kwargs,
        )
    ctl.start()
    return ctl, handler, port


def _tls_cfg(tmp_path: Path, port: int, **smtp: object) -> Config:
    settings = smtp_settings("127.0.0.1", port, username="bot@cites.org", timeout_seconds=10.0, **smtp)
    return from_dict({"smtp": settings}, base_dir=tmp_path, environ={"SMTP_PW": "pw"})


@pytest.mark.parametrize("implicit", [True, False], ids=["implicit-tls", "starttls"])
def test_tls_with_verified_certificate_and_password_login(
    tls_files: tuple[Path, Path], tmp_path: Path, clock: FixedClock, store: Store, implicit: bool
) -> None:
    ctl, handler, port = _server(tls_files, implicit=implicit)
    try:
        mode = {"ssl": True, "starttls": False} if implicit else {"ssl": False, "starttls": True}
        cfg = _tls_cfg(tmp_path, port, password_env="SMTP_PW", ca_file=str(tls_files[0]), **mode)
        # First without trusting the test CA: verification fails, the mail waits.
        untrusted = _tls_cfg(tmp_path, port, password_env="SMTP_PW", **mode)
        queue(store, cfg, clock, 2)
        r = flush(store, SmtpTransport(untrusted.smtp), untrusted, clock)  # type: ignore[arg-type]
        assert (r.sent, r.retried) == (0, 2)
        assert "SSLCertVerificationError" in store.read().outbox()[0].last_error
        assert handler.messages == []
        clock.advance(minutes=5)
        r = flush(store, SmtpTransport(cfg.smtp), cfg, clock)  # type: ignore[arg-type]
        assert r.sent == 2 and len(handler.messages) == 2
        assert all(i.status == "sent" for i in store.read().outbox())
    finally:
        ctl.stop()  # type: ignore[attr-defined]


def test_xoauth2_token_from_command(
    tls_files: tuple[Path, Path], tmp_path: Path, clock: FixedClock, store: Store
) -> None:
    ctl, handler, port = _server(tls_files, implicit=True)
    try:
        implicit_tls = {"ssl": True, "starttls": False, "ca_file": str(tls_files[0])}
        cfg = _tls_cfg(tmp_path, port, oauth2_token_command=f"{sys.executable} -c \"print('tok-123')\"", **implicit_tls)
        queue(store, cfg, clock, 1)
        r = flush(store, SmtpTransport(cfg.smtp), cfg, clock)  # type: ignore[arg-type]
        assert r.sent == 1 and handler.logins == ["xoauth2"] and len(handler.messages) == 1
        # A failing token command keeps the mail queued.
        queue(store, cfg, clock, 1, start=2)
        bad = _tls_cfg(tmp_path, port, oauth2_token_command=f'{sys.executable} -c "import sys; sys.exit(3)"', **implicit_tls)
        r = flush(store, SmtpTransport(bad.smtp), bad, clock)  # type: ignore[arg-type]
        assert (r.sent, r.retried) == (0, 1)
        assert "exit status 3" in store.read().outbox("queued")[0].last_error
    finally:
        ctl.stop()  # type: ignore[attr-defined]


def test_the_envelope_sender_is_the_from_field_the_header_parser_reads(tmp_path: Path) -> None:
    """The sender is read from the From field without parsing every header: the same address the parser gives,
    for every reply kind and for folded, quoted and encoded display names."""
    from email.parser import HeaderParser
    from email.utils import getaddresses

    from intakebot.config import from_dict
    from intakebot.mail.outbox import compose
    from intakebot.mail.replies import TEMPLATES
    from intakebot.mail.transports import _envelope
    from intakebot.records import OutboxItem
    from tests.support.replies import scenario

    def parsed(message: str) -> str:
        value = HeaderParser().parsestr(message, headersonly=True).get("From", "")
        return next((a for _, a in getaddresses([value]) if a), "")

    names = ["", "CITES Secretariat", "Secrétariat de la CITES, Genève", '"Info, CITES" (bot)',
             "Secretaría de la CITES — grupo cerrado de usuarios en CENcomm, Palais des Nations, Ginebra"]
    messages = []
    for name in names:
        cfg = from_dict({"secretariat": {"name": name}}, base_dir=tmp_path / str(len(messages)), environ={})
        messages += [compose(scenario(kind, "fr"), cfg, datetime(2026, 12, 4, tzinfo=UTC)).message
                     for kind in TEMPLATES]
    messages.append("Subject: x\r\nFrom: =?utf-8?q?Z?=\r\n <a@b.org>\r\n\r\nFrom: c@d.org\r\n")  # folded; a body line
    messages.append("Subject: no sender\n\nFrom: c@d.org\n")
    for message in messages:
        item = OutboxItem(message_id="<m@x>", to=["o@example.gov"], message=message, template="t",
                          references=[], queued_at="2026-12-04T00:00:00+00:00")
        assert _envelope(item) == (parsed(message), ["o@example.gov"])
    assert _envelope(OutboxItem(message_id="<m@x>", to=[], message=messages[-2], template="t", references=[],
                               queued_at="2026-12-04T00:00:00+00:00"))[0] == "a@b.org"
