"""Issue 12 item 2 over LMTP: every accepted message that is not a request is kept for people, before the 250."""

from __future__ import annotations

import smtplib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from intakebot.clock import FixedClock
from intakebot.config import Config, LmtpConfig
from intakebot.run.app import App
from intakebot.run.people_folder import kept
from intakebot.sources.lmtp import LmtpReceiver
from tests.support.exchange import letter, nomination
from tests.support.servers import free_port

PERMIT_QUESTION = letter(
    "Hello,\n\nDo I need an export permit for a carved ivory piece bought in 1985?\n\nThanks\n",
    sender="trader@shop.example", subject="Permit question", message_id="<permit-1@shop.example>",
)


@pytest.fixture
def app(smtp_config: Config, tmp_path: Path) -> App:
    cfg = replace(smtp_config, lmtp=LmtpConfig(port=free_port(), people_maildir=tmp_path / "people"))
    return App(cfg, FixedClock())


@pytest.fixture
def receiver(app: App) -> Iterator[LmtpReceiver]:
    r = LmtpReceiver(app.cfg, lambda raw, eid: app.process_raw(raw, "lmtp"))
    r.start()
    yield r
    r.stop()


def _send(r: LmtpReceiver, raw: bytes) -> dict[str, tuple[int, bytes]]:
    with smtplib.LMTP(r.host, r.port, timeout=10) as c:
        return c.sendmail("mta@localhost", ["info@cites.org"], raw)


def _people(app: App) -> list[Path]:
    folder = app.cfg.lmtp.people_maildir
    return sorted(p for sub in ("new", "cur") if (folder / sub).is_dir() for p in (folder / sub).iterdir())


def test_a_permit_question_delivered_over_lmtp_is_kept_byte_for_byte(app: App, receiver: LmtpReceiver) -> None:
    assert _send(receiver, PERMIT_QUESTION) == {}
    [kept_file] = _people(app)
    assert kept_file.read_bytes() == PERMIT_QUESTION  # byte for byte, before the 250
    assert kept_file.parent.name == "new" and oct(kept_file.stat().st_mode & 0o777) == "0o600"
    assert app.store.read().seen(app.store.read().ledger()[0].key) is not None


def test_a_redelivery_is_not_kept_twice_and_a_read_copy_stays_read(app: App, receiver: LmtpReceiver) -> None:
    _send(receiver, PERMIT_QUESTION)
    [first] = _people(app)
    read = first.parent.parent / "cur" / (first.name + ":2,S")
    first.rename(read)  # a person opened it in their mail client
    _send(receiver, PERMIT_QUESTION)  # the MTA retried (a 250 lost on the way)
    assert _people(app) == [read]


def test_a_request_is_not_copied_but_a_question_to_a_person_is(app: App, receiver: LmtpReceiver) -> None:
    _send(receiver, nomination(message_id="<n1@kws.go.ke>"))
    assert _people(app) == []  # the bot settled it: a record, an acknowledgement
    question = letter("Dear Secretariat,\n\nWhen will I get my CENcomm login?\n", sender="g.wanjiru@kws.go.ke",
                      subject="RE: [CUG-2026-0001] Request received", message_id="<q1@kws.go.ke>")
    _send(receiver, question)
    [copy] = _people(app)
    assert copy.read_bytes() == question
    assert [i.reason for i in app.store.read().attention()] == ["question"]


def test_an_unwritable_people_folder_is_451_and_the_mta_keeps_the_mail(app: App, receiver: LmtpReceiver) -> None:
    app.cfg.lmtp.people_maildir.parent.mkdir(parents=True, exist_ok=True)
    app.cfg.lmtp.people_maildir.write_text("not a folder")
    with pytest.raises(smtplib.SMTPDataError) as err:
        _send(receiver, PERMIT_QUESTION)
    assert err.value.smtp_code == 451
    app.cfg.lmtp.people_maildir.unlink()
    assert _send(receiver, PERMIT_QUESTION) == {}  # the retry: committed before, kept now
    assert kept(app.cfg.lmtp.people_maildir, PERMIT_QUESTION) is not None
