"""The test bed itself works: real Dovecot login/APPEND/FETCH, real SMTP delivery."""

from __future__ import annotations

import smtplib
from email.message import EmailMessage

from tests.support.mail import mail, message
from tests.support.servers import Dovecot, SmtpSink


def _message(subject: str = "Hello") -> bytes:
    return mail("Body text", sender="officer@customs.gov.example", subject=subject,
                message_id="<testbed-1@customs.gov.example>")


def test_dovecot_accepts_login_append_and_fetch(dovecot: Dovecot) -> None:
    with dovecot.client() as c:
        c.append("INBOX", _message("Append me"))
        c.select_folder("INBOX")
        uids = c.search("ALL")
        fetched = c.fetch(uids, ["BODY.PEEK[]", "FLAGS"])
    assert len(uids) == 1
    body = fetched[uids[0]][b"BODY[]"]
    assert b"Subject: Append me" in body
    assert b"\\Seen" not in fetched[uids[0]][b"FLAGS"]


def test_smtp_listener_captures_a_delivered_message(smtp: SmtpSink) -> None:
    with smtplib.SMTP(smtp.host, smtp.port, timeout=10) as s:
        s.send_message(_email())
    got = smtp.wait_for(1)
    assert got[0].rcpt_tos == ["officer@customs.gov.example"]
    assert got[0].message["Subject"] == "Delivered"


def test_smtp_listener_can_refuse_temporarily(smtp: SmtpSink) -> None:
    smtp.refuse_with = "451 4.3.0 try again later"
    try:
        with smtplib.SMTP(smtp.host, smtp.port, timeout=10) as s:
            s.send_message(_email())
    except smtplib.SMTPDataError as e:
        assert e.smtp_code == 451
    else:
        raise AssertionError("the listener should have refused")
    assert smtp.messages == []


def _email() -> EmailMessage:
    return message("Body", sender="info@cites.org", to="officer@customs.gov.example", subject="Delivered", message_id=None)
