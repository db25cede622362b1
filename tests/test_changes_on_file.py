"""Issue 12 item 3, issue 11 items 3 and 5: changes to a request on file, who may make them, and what an outsider learns.

Played over the real test bed: the official (or a colleague, or an outsider)
writes, the bot answers; the store shows what changed, what was only proposed,
and what waits for a person.
"""

from __future__ import annotations

from email.message import Message
from pathlib import Path

import pytest

from intakebot.clock import FixedClock
from intakebot.config import Config
from intakebot.run.app import App
from tests.support.exchange import deployed, letter, nomination, turn
from tests.support.mail import subject_of, text_of
from tests.support.servers import Dovecot, SmtpSink

OFFICIAL = "g.wanjiru@kws.go.ke"


def _ref(msg: Message) -> str:
    return subject_of(msg).split("[", 1)[1].split("]", 1)[0]


def _on_file(app: App, smtp: SmtpSink, dovecot: Dovecot, *, status: str = "pending_review") -> str:
    [ack] = turn(app, smtp, dovecot, nomination(message_id="<n1@kws.go.ke>"))
    ref = _ref(ack)
    if status != "pending_review":
        with app.store.transaction() as tx:
            rec = tx.request(ref)
            assert rec is not None
            rec.status = status  # type: ignore[assignment]
            tx.put_request(rec)
    return ref


def _phone_proposed(tmp_path: Path, smtp: SmtpSink, dovecot: Dovecot) -> tuple[Path, App, str]:
    """A deployment on disk (for the CLI) with a request on file and a new phone proposed for it."""
    config, app = deployed(tmp_path, dovecot, smtp)
    ref = _on_file(app, smtp, dovecot)
    turn(app, smtp, dovecot, nomination({"Contact number": "+254 722 000 111"}, message_id="<n2@kws.go.ke>"))
    return config, app, ref


@pytest.mark.parametrize("status", ["pending_review", "approved"])
def test_a_new_phone_for_a_request_on_file_is_proposed_acknowledged_and_does_not_loop(
    dovecot: Dovecot, smtp: SmtpSink, imap_config: Config, status: str
) -> None:
    app = App(imap_config, FixedClock())
    ref = _on_file(app, smtp, dovecot, status=status)
    # The "already on file" path: the same nomination again, with a new number.
    [reply] = turn(app, smtp, dovecot, nomination({"Contact number": "+254 722 000 111"},
                                                  message_id="<n2@kws.go.ke>"))
    assert "The Secretariat will update your record" in text_of(reply)
    assert "reply to this email with the new details" not in text_of(reply)  # the old loop's invitation
    rec = app.store.read().request(ref)
    assert rec is not None and rec.status == status and rec.nominee.phone == "+254202379407"
    assert "proposed_change" in rec.flags
    [item] = app.store.read().attention()
    assert (item.reason, item.references, item.changes) == ("proposed_change", (ref,), {"phone": "+254722000111"})
    assert item.provenance["phone"].startswith("<n2@kws.go.ke>")
    # Answering the acknowledgement with the same change again changes nothing more.
    again = turn(app, smtp, dovecot, letter("Thank you.", sender=OFFICIAL, subject=f"Re: [{ref}] Update received",
                                            message_id="<n3@kws.go.ke>", in_reply_to=str(reply["Message-ID"])))
    assert again == [] and len(app.store.read().attention()) == 1


def test_a_colleague_adds_missing_details_but_an_identity_change_is_only_proposed(
    dovecot: Dovecot, smtp: SmtpSink, imap_config: Config
) -> None:
    app = App(imap_config, FixedClock())
    [ack] = turn(app, smtp, dovecot, nomination(drop=("Contact number",), message_id="<n1@kws.go.ke>"))
    ref = _ref(ack)
    body = f"Dear Secretariat,\n\nFor {ref}:\n\nName: Eve\nOfficial email address: eve@evil.example\nContact number: +254 20 2379407\n"
    turn(app, smtp, dovecot, letter(body, sender="anyone@kws.go.ke", subject=f"Re: [{ref}] Information still needed",
                                   message_id="<c1@kws.go.ke>"))
    rec = app.store.read().request(ref)
    assert rec is not None
    assert (rec.nominee.name, rec.nominee.email) == ("Grace", OFFICIAL)  # identity untouched
    assert rec.nominee.phone == "+254202379407"  # the missing detail was added
    assert "identity_change" in rec.flags
    [item] = app.store.read().attention()
    assert item.reason == "identity_change" and item.changes == {"name": "Eve", "email": "eve@evil.example"}


def test_a_free_mail_neighbour_is_not_the_same_organisation(
    dovecot: Dovecot, smtp: SmtpSink, imap_config: Config
) -> None:
    app = App(imap_config, FixedClock())
    raw = nomination({"Official email address": "ranger.kenya@gmail.com"}, drop=("Contact number",),
                     sender="ranger.kenya@gmail.com", message_id="<g1@gmail.com>")
    ref = _ref(turn(app, smtp, dovecot, raw)[0])
    [reply] = turn(app, smtp, dovecot, letter("Name: Eve\nContact number: +254 20 0000000\n",
                                              sender="totally.other@gmail.com", subject=f"Re: [{ref}]",
                                              message_id="<g2@gmail.com>"))
    rec = app.store.read().request(ref)
    assert rec is not None and rec.nominee.name == "Grace" and rec.nominee.phone is None
    assert ref in subject_of(reply) and "cannot find" not in text_of(reply)  # not "no such reference"
    assert "The Secretariat will contact you" in text_of(reply)
    assert [i.reason for i in app.store.read().attention()] == ["unauthorised_reference"]


def test_a_follow_up_that_failed_authentication_changes_nothing(
    dovecot: Dovecot, smtp: SmtpSink, tmp_path: object
) -> None:
    from pathlib import Path

    from intakebot.config import from_dict
    from tests.support.configs import deployment

    sections = deployment(Path(str(tmp_path)), dovecot, smtp.host, smtp.port)
    sections["intake"] = {"trusted_authserv_ids": ["mx.cites.org"]}
    app = App(from_dict(sections, base_dir=Path(str(tmp_path)), environ={}), FixedClock())
    [ack] = turn(app, smtp, dovecot, nomination(drop=("Contact number",), message_id="<n1@kws.go.ke>"))
    ref = _ref(ack)
    forged = letter("Contact number: +254 20 9999999\n", sender=OFFICIAL, subject=f"Re: [{ref}]",
                    message_id="<f1@kws.go.ke>",
                    Authentication_Results="mx.cites.org; spf=fail smtp.mailfrom=kws.go.ke; dmarc=fail header.from=kws.go.ke")
    assert turn(app, smtp, dovecot, forged) == []
    rec = app.store.read().request(ref)
    assert rec is not None and rec.nominee.phone is None and "<f1@kws.go.ke>" not in rec.message_ids
    assert [i.reason for i in app.store.read().attention()] == ["auth_failed"]


@pytest.mark.parametrize(("language", "phrase"), [
    ("en", "The Secretariat will contact you"),
    ("fr", "Le Secrétariat prendra contact avec vous"),
    ("es", "La Secretaría se pondrá en contacto con usted"),
])
def test_naming_an_official_on_file_from_an_unlinked_address_learns_nothing(
    dovecot: Dovecot, smtp: SmtpSink, imap_config: Config, language: str, phrase: str
) -> None:
    app = App(imap_config, FixedClock())
    ref = _on_file(app, smtp, dovecot, status="approved")
    intro = {"en": "We nominate for the cheetah closed user group:",
             "fr": "Nous proposons pour le groupe d'utilisateurs fermé sur le guépard la personne suivante :",
             "es": "Proponemos para el grupo cerrado de usuarios sobre el guepardo a la siguiente persona:"}[language]
    labels = {"en": ("Country", "Name", "Surname", "Official email address"),
              "fr": ("Pays", "Prénom", "Nom", "Adresse électronique officielle"),
              "es": ("País", "Nombre", "Apellido", "Correo electrónico oficial")}[language]
    values = ("Kenya", "Grace", "Wanjiru", OFFICIAL)
    body = intro + "\n\n" + "\n".join(f"{k}: {v}" for k, v in zip(labels, values, strict=True)) + "\n"
    [reply] = turn(app, smtp, dovecot, letter(body, sender="curious@elsewhere.example", subject="CENcomm",
                                              message_id=f"<o-{language}@elsewhere.example>"))
    text = text_of(reply)
    assert phrase in text
    for secret in (ref, "Wanjiru", "approved", "approuv", "aprobad"):
        assert secret not in text and secret not in subject_of(reply)
    [item] = app.store.read().attention()
    assert item.reason == "official_on_file" and item.references == (ref,)


def test_requests_show_lists_the_proposed_change_with_its_source(
    dovecot: Dovecot, smtp: SmtpSink, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from intakebot.cli import main

    config, app, ref = _phone_proposed(tmp_path, smtp, dovecot)
    shown = CliRunner().invoke(main, ["--config", str(config), "requests", "show", ref])
    assert shown.exit_code == 0, shown.output
    assert "proposed phone: +254722000111" in shown.output and "<n2@kws.go.ke>" in shown.output


def _close(config: Path, item_id: int, note: str) -> str:
    from click.testing import CliRunner

    from intakebot.cli import main

    closed = CliRunner().invoke(main, ["--config", str(config), "attention", "close", str(item_id), "--note", note,
                                       "--by", "secretariat"])
    assert closed.exit_code == 0, closed.output
    return closed.output


def test_closing_a_proposed_change_clears_the_requests_flag_only_when_no_other_change_is_open(
    dovecot: Dovecot, smtp: SmtpSink, tmp_path: Path
) -> None:
    config, app, ref = _phone_proposed(tmp_path, smtp, dovecot)
    turn(app, smtp, dovecot, nomination({"Position": "Head of Investigations"}, message_id="<n3@kws.go.ke>"))
    first, second = app.store.read().attention()
    assert (first.reason, second.reason) == ("proposed_change", "proposed_change")
    # The first change dealt with: the second still waits, so the request stays flagged.
    assert "no longer flagged" not in _close(config, first.id, "phone updated by phone call")
    rec = app.store.read().request(ref)
    assert rec is not None and "proposed_change" in rec.flags
    # The last one dealt with: the flag goes, and the history says who settled it and how.
    assert f"no longer flagged on {ref}" in _close(config, second.id, "position confirmed, corrected")
    rec = app.store.read().request(ref)
    assert rec is not None and "proposed_change" not in rec.flags
    assert [(h.actor, h.detail) for h in rec.history if h.event == "change_settled"] == [
        ("secretariat", f"#{second.id}: position confirmed, corrected")]
    assert app.store.read().attention() == []


def test_closing_an_item_about_something_else_leaves_the_requests_flags(
    dovecot: Dovecot, smtp: SmtpSink, tmp_path: Path
) -> None:
    config, app, ref = _phone_proposed(tmp_path, smtp, dovecot)
    # An outsider names the same official: an item about the request that is not a change.
    turn(app, smtp, dovecot, nomination(sender="someone@example.org", message_id="<x1@example.org>"))
    change, other = app.store.read().attention()
    assert (change.reason, other.reason) == ("proposed_change", "official_on_file")
    assert other.references == (ref,)
    _close(config, other.id, "not the same person's business")
    rec = app.store.read().request(ref)
    assert rec is not None and "proposed_change" in rec.flags
    assert not any(h.event == "change_settled" for h in rec.history)
    assert [i.id for i in app.store.read().attention()] == [change.id]
