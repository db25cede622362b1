"""Classification: auto-replies from headers, leave non-requests alone, spot requests."""

from __future__ import annotations

from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from intakebot.analysis import analyse
from tests.support.mail import mail

FORM = "Country: Kenya\nName: Jane\nSurname: Wanjiru\nOrganization: KWS\nPosition: Warden\nPhone: +254722123456\nEmail: j@kws.go.ke\n"




def test_auto_submitted_auto_replied_is_an_auto_reply_even_with_form_fields() -> None:
    a = analyse(mail(FORM, Auto_Submitted="auto-replied"))
    assert a.kind == "auto_reply" and a.nominees == []


def test_auto_submitted_no_is_not_an_auto_reply() -> None:
    assert analyse(mail("We would like to join the cheetah closed user group.\n" + FORM, Auto_Submitted="no")).kind == "request"


def test_x_autorespond_header_is_an_auto_reply() -> None:
    assert analyse(mail("Received.", X_Autorespond="yes")).kind == "auto_reply"


def test_out_of_office_subject_in_spanish_is_an_auto_reply() -> None:
    assert analyse(mail("Vuelvo el lunes.", subject="Fuera de la oficina: su mensaje")).kind == "auto_reply"


def test_delivery_report_gives_the_bounced_message_ids() -> None:
    rep = MIMEMultipart("report", report_type="delivery-status")
    rep.attach(MIMEText("Undeliverable."))
    from email.mime.base import MIMEBase

    hdrs = MIMEBase("text", "rfc822-headers")
    hdrs.set_payload("From: info@cites.org\nMessage-ID: <ours.1@cites.org>\nSubject: x\n")
    rep.attach(hdrs)
    rep["From"] = "postmaster@example.org"
    rep["Subject"] = "Undeliverable"
    a = analyse(rep.as_bytes())
    assert a.kind == "auto_reply"
    assert a.bounced_ids == ["<ours.1@cites.org>"]


def test_mailing_list_with_form_like_lines_but_no_cug_is_not_a_request() -> None:
    assert analyse(mail(FORM, List_Id="<list.example.org>")).kind == "not_request"


def test_precedence_bulk_is_not_a_request() -> None:
    assert analyse(mail("Join our cheetah closed user group webinar!", Precedence="bulk")).kind == "not_request"


def test_wish_to_join_without_details_is_a_request_with_one_empty_nominee() -> None:
    a = analyse(mail("Dear Secretariat, we would like to join the closed user group on CENcomm."))
    assert a.kind == "request"
    assert len(a.nominees) == 1 and len(a.nominees[0].missing) == 7


def test_press_query_about_the_cug_is_not_a_request() -> None:
    a = analyse(mail("I am a journalist writing an article: how do Parties join the cheetah closed user group?"))
    assert a.kind == "not_request" and a.reason == "press"


def test_plain_mention_of_cheetahs_is_not_a_request() -> None:
    assert analyse(mail("Are cheetahs listed in Appendix I? Just curious.")).kind == "not_request"


def test_meeting_registration_with_name_fields_is_not_a_request() -> None:
    body = "Please register me for the SC78 meeting.\nName: Ann\nSurname: Lee\nOrganization: Ministry\nEmail: ann@x.gov\n"
    assert analyse(mail(body)).kind == "not_request"


def test_cug_reference_makes_a_follow_up_a_request() -> None:
    a = analyse(mail("Phone: +254 722 123 456", subject="Re: [cug-2024-0042] missing"))
    assert a.kind == "request" and a.reference == "CUG-2024-0042"


def test_thread_ids_come_from_in_reply_to_and_references() -> None:
    a = analyse(mail("x", In_Reply_To="<a@cites.org>", References="<b@cites.org> <a@cites.org>"))
    assert a.thread_ids == ["<a@cites.org>", "<b@cites.org>"]


def test_authentication_results_are_passed_through_raw() -> None:
    a = analyse(mail("x", Authentication_Results="mx.cites.org; dkim=pass header.d=gov.example"))
    assert a.auth_results == ["mx.cites.org; dkim=pass header.d=gov.example"]


def test_sender_is_the_lower_cased_address_only() -> None:
    a = analyse(mail("x", sender='"Jane W" <Jane.W@KWS.go.ke>'))
    assert a.sender == "jane.w@kws.go.ke" and a.sender_name == "Jane W"


def test_an_encoded_display_name_with_a_comma_or_brackets_keeps_its_sender() -> None:
    # Outlook's "Surname, Name" and list-style "[KWS] Name", sent as RFC 2047 words:
    # decoded before parsing, the comma split the header and the brackets hid the address.
    a = analyse(mail("x", sender="=?utf-8?q?P=C3=A9rez,_Juan_(KWS)?= <Juan.Perez@kws.go.ke>"))
    assert a.sender == "juan.perez@kws.go.ke" and a.sender_name == "Pérez, Juan (KWS)"
    b = analyse(mail("x", sender="=?utf-8?q?=5BKWS=5D_Grace_Wanjiru?= <g@kws.go.ke>"))
    assert b.sender == "g@kws.go.ke" and b.sender_name == "[KWS] Grace Wanjiru"
    c = analyse(mail("x", sender="[KWS] Grace Wanjiru <g@kws.go.ke>"))  # unquoted specials, sent as is
    assert c.sender == "g@kws.go.ke"
