"""The life of a request, end to end, against the real Dovecot and aiosmtpd, in three languages.

incomplete request → missing-information notice → the official's reply
(quoting our notice) → acknowledgement → digest → approve → approval notice →
CSV export for the WCO.
"""

from __future__ import annotations

import csv
import io
from email import message_from_bytes

import pytest

from intakebot.clock import FixedClock
from intakebot.config import Config
from intakebot.mail.digest import send_digest
from intakebot.mail.strings import export_header, strings_of
from intakebot.run import export
from intakebot.run.app import App
from intakebot.run.review import decide_and_notify
from tests.support.mail import mail, subject_of, text_of
from tests.support.servers import Dovecot, SmtpSink

SENDER = "officer@wildlife.gov.example"

CASES = {
    "en": {
        "subject": "Request to join the cheetah closed user group",
        "body": "Dear Secretariat,\n\nPlease register our officer:\n\nCountry: Kenya\nName: Amina\n"
        "Surname: Otieno\nOrganization: Kenya Wildlife Service\nPosition: Investigator\n"
        f"Official email address: {SENDER}\n\nRegards\n",
        "reply": "Here is the missing number:\n\nContact number: +254 20 2379407\n\nRegards,\nAmina",
        "wrote": "On Mon, 5 Jan 2026, CITES Secretariat <info@cites.org> wrote:",
        "country": "Kenya",
        "words": ("received", "Secretariat"),
    },
    "fr": {
        "subject": "Demande d'accès au groupe d'utilisateurs fermé sur le guépard",
        "body": "Madame, Monsieur,\n\nVeuillez inscrire l'agent suivant :\n\nPays : Sénégal\nNom : Diop\n"
        "Prénom : Awa\nOrganisme : Direction des Eaux et Forêts\nFonction : Inspectrice\n"
        f"Courriel : {SENDER}\n\nCordialement\n",
        "reply": "Bonjour,\n\nTéléphone : +221 33 889 02 34\n\nCordialement,\nAwa Diop",
        "wrote": "Le lun. 5 janv. 2026, CITES Secretariat <info@cites.org> a écrit :",
        "country": "Senegal",
        "words": ("demande", "Secrétariat"),
    },
    "es": {
        "subject": "Solicitud de acceso al grupo cerrado de usuarios sobre el guepardo",
        "body": "Estimados señores:\n\nSolicitamos el acceso para:\n\nPaís: Perú\nNombre: Lucía\n"
        "Apellidos: Quispe Mamani\nInstitución: SERFOR\nCargo: Especialista en fiscalización\n"
        f"Correo electrónico oficial: {SENDER}\n\nAtentamente\n",
        "reply": "Estimados:\n\nTeléfono: +51 1 225 9005\n\nAtentamente,\nLucía Quispe",
        "wrote": "El lun, 5 ene 2026, CITES Secretariat <info@cites.org> escribió:",
        "country": "Peru",
        "words": ("solicitud", "Secretaría"),
    },
}


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_life_of_a_request(lang: str, imap_config: Config, dovecot: Dovecot, smtp: SmtpSink) -> None:
    case = CASES[lang]
    clock = FixedClock()
    app = App(imap_config, clock)

    # 1. An incomplete request (no contact number) → a notice in the request's language.
    with dovecot.client() as c:
        first = f"<first-{lang}@wildlife.gov.example>"
        c.append("INBOX", mail(case["body"], sender=SENDER, subject=case["subject"], message_id=first))
    app.poll_once()
    [notice] = smtp.wait_for(1)
    notice_msg = notice.message
    notice_text = text_of(notice_msg)
    [rec] = app.store.read().requests()
    assert rec.status == "incomplete" and rec.language == lang
    assert rec.nominee.missing == ["phone"]
    assert rec.reference in subject_of(notice_msg)
    assert notice_msg["In-Reply-To"] == f"<first-{lang}@wildlife.gov.example>"

    # 2. The official answers, quoting our notice: only the new number counts.
    clock.advance(days=1)
    quoted = "\n".join("> " + line for line in notice_text.splitlines())
    reply = f"{case['reply']}\n\n{case['wrote']}\n{quoted}\n"
    subject = "RE: " + subject_of(notice_msg)
    with dovecot.client() as c:
        c.append("INBOX", mail(reply, sender=SENDER, subject=subject, message_id=f"<reply-{lang}@wildlife.gov.example>",
                               in_reply_to=str(notice_msg["Message-ID"])))
    app.poll_once()
    # The acknowledgement to the official, and the review mail to the reviewers.
    ack = [r for r in smtp.wait_for(3)[1:] if r.rcpt_tos == [SENDER]][0]
    [review] = [r for r in smtp.messages[1:] if r.rcpt_tos == ["cug-review@cites.org"]]
    [rec] = app.store.read().requests()
    assert rec.status == "pending_review", rec.nominee.problems
    assert rec.nominee.phone and rec.nominee.phone.startswith("+")
    assert rec.nominee.country == case["country"]
    ack_text = text_of(ack.message)
    assert rec.reference in subject_of(ack.message)
    assert any(w.lower() in ack_text.lower() for w in case["words"])

    # 3. The morning digest lists it for the Secretariat (never for the Party).
    send_digest(app.store, app.flush_outbox, app.cfg, clock.now(), force=True)
    digest = smtp.wait_for(4)[3]
    assert digest.rcpt_tos == ["cug-review@cites.org"]
    assert rec.reference in digest.message.as_string()

    # 4. Approve: the official is told, in their language, threaded to the request.
    result = decide_and_notify(app.store, app.flush_outbox, rec.reference, "approved", cfg=app.cfg, clock=app.clock,
                               actor_name="alice")
    assert result.delivery == "sent"
    approval = message_from_bytes(smtp.wait_for(5)[4].data)
    assert approval["To"] == SENDER
    assert approval["In-Reply-To"] in rec.message_ids
    assert rec.reference in subject_of(approval)

    # 5. The WCO export holds the official in the notification's column order.
    prepared = export.prepare(app.store, fmt="csv", new_only=False,
                              header=export_header(strings_of(app.cfg.templates_dir)))
    rows = list(csv.reader(io.StringIO(prepared.data.decode("utf-8"))))
    assert rows[0][:7] == ["Country", "Name", "Surname", "Organization", "Position/Role",
                           "Contact number", "Official Email address"]
    assert rows[1][0] == case["country"] and rows[1][6] == SENDER

    # 6. Exactly five mails reached the listener: no duplicates anywhere.
    app.poll_once()
    assert len(smtp.messages) == 5
    assert rec.reference in subject_of(review.message)
