"""The daemon under IMAP IDLE: a new request is answered without waiting for the poll interval."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from intakebot.config import Config
from intakebot.run.app import App
from intakebot.run.scheduler import run_daemon
from tests.support.mail import mail, with_file
from tests.support.servers import Dovecot, SmtpSink


def _request(n: int) -> bytes:
    return mail(
        "Country: Kenya\nName: Amina\nSurname: Otieno\nOrganization: Kenya Revenue Authority - Customs\n"
        f"Position: Customs officer\nContact number: +254 20 2817000\nEmail: officer{n}@customs.gov.example\n",
        sender=f"officer{n}@customs.gov.example",
        subject="Request to join the cheetah closed user group",
        message_id=f"<idle-{n}@customs.gov.example>",
    )


@pytest.fixture
def idle_config(imap_config: Config) -> Config:
    assert imap_config.imap is not None
    return replace(
        imap_config,
        imap=replace(imap_config.imap, idle=True),
        # An hour between polls: only IDLE can explain a prompt answer.
        intake=replace(imap_config.intake, poll_interval_seconds=3600),
        # No digest recipients: the start-up digest catch-up would add a message.
        secretariat=replace(imap_config.secretariat, digest_to=()),
    )


def test_idle_daemon_answers_new_mail_before_the_poll_interval(
    idle_config: Config, dovecot: Dovecot, smtp: SmtpSink
) -> None:
    stop = threading.Event()
    daemon = threading.Thread(target=run_daemon, args=(App(idle_config).daemon_parts(), stop))
    daemon.start()
    try:
        with dovecot.client() as c:
            c.append("INBOX", _request(1))
        assert len(smtp.wait_for(1, timeout=30)) == 1
        with dovecot.client() as c:
            c.append("INBOX", _request(2))
        got = smtp.wait_for(2, timeout=30)
        assert sorted(m.rcpt_tos[0] for m in got) == [
            "officer1@customs.gov.example", "officer2@customs.gov.example"]
    finally:
        stop.set()
        daemon.join(90)
    assert not daemon.is_alive()


def test_daemon_reads_an_attached_form_through_the_sandbox(
    idle_config: Config, dovecot: Dovecot, smtp: SmtpSink
) -> None:
    """The daemon's threads and the parsing child get along: a DOCX request is answered."""
    from tests.corpus.make_corpus import JANE, make_docx

    raw = with_file(make_docx([JANE], "en", "kv"), "nomination.docx").replace(
        b"From: a@gov.example", b"From: jane@kws.go.ke"
    )
    stop = threading.Event()
    daemon = threading.Thread(target=run_daemon, args=(App(idle_config).daemon_parts(), stop))
    daemon.start()
    try:
        with dovecot.client() as c:
            c.append("INBOX", raw)
        [reply] = smtp.wait_for(1, timeout=60)
        assert reply.rcpt_tos == ["jane@kws.go.ke"]
    finally:
        stop.set()
        daemon.join(90)
    assert not daemon.is_alive()
