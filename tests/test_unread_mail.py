"""Issue 9 items 4 and 5: what the bot cannot read, a person will -- and the official is told so, in their language.

Before: a request whose only attachment could not be read was answered "we
still need: Country, Name, Surname, ..." to an official who had sent it all,
and encrypted mail got that or nothing.
"""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from intakebot.clock import FixedClock
from intakebot.config import Config
from intakebot.mail.digest import build_digest
from intakebot.run.app import App
from intakebot.run.followups import run_followups
from tests.smime import make_smime as mk
from tests.support.exchange import turn
from tests.support.mail import SECRETARIAT, subject_of, text_of, with_file
from tests.support.servers import Dovecot, SmtpSink


def _with_attachment(data: bytes, filename: str, sub: str) -> bytes:
    return with_file(data, filename, sub, sender="cites@environment.go.ke", to=SECRETARIAT,
                     text="Dear Secretariat,\n\nPlease find attached our nomination for the cheetah closed user group.\n",
                     message_id=f"<{filename}@environment.go.ke>")


@pytest.mark.parametrize(("data", "filename", "sub", "reason"), [
    (b"%PDF-1.4 not really a pdf", "nomination.pdf", "pdf", "corrupt"),
    (b"\x00\x01\x02 who knows", "nomination.xyz", "octet-stream", "unknown_format"),
])
def test_an_unreadable_attachment_gets_a_person_not_we_still_need_everything(
    dovecot: Dovecot, smtp: SmtpSink, imap_config: Config, data: bytes, filename: str, sub: str, reason: str
) -> None:
    app = App(imap_config, FixedClock())
    [reply] = turn(app, smtp, dovecot, _with_attachment(data, filename, sub))
    text = " ".join(text_of(reply).split())  # the text part is wrapped at 76 columns
    assert "a person will read your attachment" in subject_of(reply)
    assert "A member of the Secretariat will read it" in text
    assert "We still need" not in text and "Surname" not in text
    [rec] = app.store.read().requests()
    assert "unreadable_attachment" in rec.flags
    [item] = app.store.read().attention()
    assert item.reason == "unreadable_attachment" and item.detail == f"{reason}: {filename}"
    assert item.references == (rec.reference,)
    digest = build_digest(app.store.read(), imap_config, app.clock.now())
    assert f"attachment could not be read ({reason}: {filename})" in digest.text and rec.reference in digest.text
    # No reminder "we still need ..." while a person reads it.
    report = run_followups(app.store, imap_config, app.clock.now() + timedelta(days=8))
    assert report.reminder_mails == 0


needs_openssl = pytest.mark.skipif(shutil.which("openssl") is None, reason="the openssl program makes the test mail")


@needs_openssl
def test_smime_encrypted_mail_is_answered_that_we_cannot_read_it(
    dovecot: Dovecot, smtp: SmtpSink, imap_config: Config, tmp_path: Path
) -> None:
    app = App(imap_config, FixedClock())
    [reply] = turn(app, smtp, dovecot, mk.encrypted(mk.make_keys(tmp_path)))
    assert "we cannot read encrypted mail" in subject_of(reply)
    assert "We cannot read encrypted mail at this address" in " ".join(text_of(reply).split())
    assert app.store.read().requests() == []  # nothing invented from what we could not read
    [item] = app.store.read().attention()
    assert (item.reason, item.detail) == ("encrypted_mail", "encrypted_mail")


@pytest.mark.parametrize(("subject", "phrase"), [
    ("=?utf-8?q?Nominaci=C3=B3n_CENcomm?=", "No podemos leer correo cifrado"),
    ("=?utf-8?q?D=C3=A9signation_CENcomm?=", "Nous ne pouvons pas lire le courrier chiffré"),
])
def test_pgp_encrypted_mail_is_answered_in_the_senders_language(
    dovecot: Dovecot, smtp: SmtpSink, imap_config: Config, subject: str, phrase: str
) -> None:
    app = App(imap_config, FixedClock())
    [reply] = turn(app, smtp, dovecot, mk.pgp_mime(subject))
    assert phrase in " ".join(text_of(reply).split())
    assert [i.reason for i in app.store.read().attention()] == ["encrypted_mail"]
