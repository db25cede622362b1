"""Classification that holds on real traffic (issue 9 item 7): the automatic mail of the world's
servers is auto_reply, and a web form's contact lines are not a request."""

from __future__ import annotations

from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from intakebot.analysis import analyse
from tests.support.mail import mail


def test_delivery_failure_from_an_empty_sender_is_an_auto_reply() -> None:
    raw = mail("Your message could not be delivered to x@example.org.", sender="Postmaster <>",
               subject="Mail Error")
    assert analyse(raw).kind == "auto_reply"


def test_mailer_daemon_return_path_is_an_auto_reply() -> None:
    raw = mail("The recipient is unknown.", sender="imss@gateway.example", Return_Path="<MAILER-DAEMON@mx.example>")
    assert analyse(raw).kind == "auto_reply"


@pytest.mark.parametrize("subject", [
    "Undeliverable: CUG nomination", "Returned mail: User unknown", "Delivery Status Notification (Failure)",
    "Unzustellbar: Antrag", "Mancato recapito: richiesta", "Onbestelbaar: verzoek", "Non remis : demande",
])
def test_delivery_failure_subjects_are_auto_replies(subject: str) -> None:
    assert analyse(mail("Name: Ann\nPhone: +1 202 555 0100\nEmail: ann@example.org", subject=subject)).kind == "auto_reply"


def test_a_person_forwarding_a_bounce_is_not_taken_for_the_bounce() -> None:
    body = "Dear Secretariat, we would like to join the closed user group; our first message bounced.\n"
    assert analyse(mail(body, subject="Fwd: Undeliverable: CUG nomination")).kind == "request"


@pytest.mark.parametrize("subject", [
    "Abwesenheitsnotiz: Ihre Nachricht", "Automatische Antwort: CUG", "Fuori sede: richiesta",
    "Risposta automatica: richiesta", "Resposta automática: pedido", "Fora do escritório", "Afwezig: uw bericht",
    "Automatisch antwoord: verzoek", "Poza biurem: wniosek", "Automatyczna odpowiedź: wniosek",
    "Automatiskt svar: ansökan", "Автоответ: заявка", "自动回复: 申请",
])
def test_out_of_office_subjects_in_the_languages_of_mail_servers_are_auto_replies(subject: str) -> None:
    assert analyse(mail("I am away until Monday.", subject=subject)).kind == "auto_reply"


def _report(report_type: str, ctype: str, body: str) -> MIMEMultipart:
    rep = MIMEMultipart("report", report_type=report_type)
    rep.attach(MIMEText("A report."))
    part = MIMEBase(*ctype.split("/"))
    part.set_payload(body)
    rep.attach(part)
    rep["From"] = "someone@example.org"
    rep["Subject"] = "Report"
    return rep


def test_read_receipt_is_an_auto_reply() -> None:
    rep = _report("disposition-notification", "message/disposition-notification",
                  "Final-Recipient: rfc822;official@gov.example\nDisposition: manual-action/MDN-sent-manually; displayed\n")
    assert analyse(rep.as_bytes()).kind == "auto_reply"


def test_read_receipt_sent_without_multipart_report_is_an_auto_reply() -> None:
    m = MIMEMultipart("mixed")
    m.attach(MIMEText("Your message was read."))
    part = MIMEBase("message", "disposition-notification")
    part.set_payload("Disposition: manual-action/MDN-sent-manually; displayed\n")
    m.attach(part)
    m["From"] = "official@gov.example"
    m["Subject"] = "Hello"
    assert analyse(m.as_bytes()).kind == "auto_reply"


@pytest.mark.parametrize("subject", ["Read: CUG nomination", "Gelesen: Antrag", "Lu : demande", "Leído: solicitud"])
def test_read_receipt_subjects_are_auto_replies(subject: str) -> None:
    assert analyse(mail("Your message was read on Monday.", subject=subject)).kind == "auto_reply"


def test_abuse_feedback_report_is_an_auto_reply() -> None:
    rep = _report("feedback-report", "message/feedback-report", "Feedback-Type: abuse\nUser-Agent: x/1.0\nVersion: 1\n")
    assert analyse(rep.as_bytes()).kind == "auto_reply"


def test_spam_with_name_phone_and_email_lines_is_not_a_request() -> None:
    body = ("Get 50% off our premium widgets this week only!\n"
            "Name: John Smith\nPhone: +1 202 555 0100\nEmail: sales@widgets.example\n")
    assert analyse(mail(body, subject="Special offer")).kind == "not_request"


def test_a_nominee_form_without_a_topic_word_is_still_a_request() -> None:
    body = "Country: Kenya\nName: Jane\nSurname: Wanjiru\nOrganization: KWS\nPhone: +254722123456\n"
    assert analyse(mail(body, subject="Details")).kind == "request"


def test_contact_lines_with_a_word_about_cites_are_a_request() -> None:
    body = "For the CITES cheetah group:\nName: Jane Wanjiru\nPhone: +254722123456\nEmail: j@kws.go.ke\n"
    assert analyse(mail(body, subject="Details")).kind == "request"


def test_a_web_form_with_a_company_line_is_not_a_request() -> None:
    body = "Name: John Smith\nCompany: Widgets Ltd\nPhone: +1 202 555 0100\nEmail: sales@widgets.example\n"
    assert analyse(mail("We can boost your sales.\n" + body, subject="Partnership")).kind == "not_request"
