"""Follow-ups that give the missing item in a sentence, and requests forwarded as a bare Outlook block.

The two misses docs/extraction.md listed: "My contact number is ..." in a reply
to our notice, and a request passed on with Outlook's "From:/Sent:/To:/Subject:"
block but neither "Fwd:" nor a forward marker.
"""

from __future__ import annotations

import json
import subprocess
import sys
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from intakebot import analysis as extraction
from intakebot.analysis import analyse
from intakebot.analysis.readers.sentences import read_sentences
from intakebot.clock import FixedClock
from intakebot.config import Config
from intakebot.records import Analysis
from intakebot.run import poll as poll_mod
from intakebot.run.app import App
from tests.support.mail import mail

OURS = frozenset({"info@cites.org"})
NOTICE_EN = (
    "From: CITES Secretariat <info@cites.org>\nSent: Monday, June 10, 2024 2:15 PM\nTo: Jane Wanjiru "
    "<j.wanjiru@kws.go.ke>\nSubject: [CUG-2024-0042] Information still needed - cheetah closed user group\n\n"
    "We still need: Contact number. Please call us on +41 22 917 81 39 if anything is unclear.\n"
    "Country: Kenya\nContact number: (missing)\n"
)
FORM = ("Country: Zambia\nName: Mwila\nSurname: Banda\nOrganization: Department of National Parks and Wildlife\n"
        "Position/Role: Wildlife Police Officer\nContact number: +260 211 278 482\nOfficial Email address: "
        "mbanda@dnpw.gov.zm\n")


#: A reply to the notice in NOTICE_EN from its officer, unless a test says otherwise.
officer_mail = partial(
    mail, subject="RE: [CUG-2024-0042] Information still needed", sender="j.wanjiru@kws.go.ke", message_id="<f1@test>"
)


def only_nominee(a: Analysis) -> Any:
    assert a.kind == "request"
    [n] = a.nominees
    return n


# ------------------------------------------------------------------ details in a sentence


def test_contact_number_in_a_sentence_fills_the_missing_phone_with_its_provenance() -> None:
    n = only_nominee(analyse(officer_mail("Dear Secretariat,\n\nMy contact number is +254 20 123 4567.\n\nJane\n\n" + NOTICE_EN)))
    assert n.phone == "+254201234567"
    assert n.provenance == {"phone": "body:sentence"}
    assert n.missing == ["country", "name", "surname", "organization", "position", "email"]


def test_number_without_plus_takes_the_region_of_the_senders_cctld() -> None:
    n = only_nominee(analyse(officer_mail("Hello,\n\nYou can reach me at 0414 334000 any time.\n", sender="gnamara@ura.go.ug")))
    assert n.phone == "+256414334000"


def test_french_address_in_a_sentence_fills_the_missing_email() -> None:
    body = "Bonjour,\n\nVoici mon adresse : jean.dupont@douane.gouv.fr\n\nCordialement\nJean Dupont\n"
    n = only_nominee(analyse(officer_mail(body, sender="secretariat@douane.gouv.fr")))
    assert n.email == "jean.dupont@douane.gouv.fr" and n.provenance["email"] == "body:sentence"


def test_spanish_phone_in_a_sentence_uses_the_country_given_in_the_same_message() -> None:
    body = "Buenos días,\n\nPaís: Perú\nMi teléfono es el 01 234 5678, gracias.\n\nSaludos\n"
    n = only_nominee(analyse(officer_mail(body, sender="cites@serfor.example.com")))
    assert (n.country_code, n.phone) == ("PE", "+5112345678")


def test_a_sentence_wrapped_over_two_lines_is_read_as_one() -> None:
    body = ("Dear Secretariat, following your message of yesterday about my nomination, my mobile\n"
            "number is +254 722 123 456.\n")
    assert only_nominee(analyse(officer_mail(body))).phone == "+254722123456"


def test_a_label_line_wins_over_a_sentence() -> None:
    body = "Hello,\n\nContact number: +254 722 123 456\nMy old number +254 733 000 111 no longer works.\n"
    n = only_nominee(analyse(officer_mail(body)))
    assert n.phone == "+254722123456" and n.provenance["phone"] == "body"


def test_two_different_numbers_in_sentences_leave_the_phone_missing() -> None:
    body = "Hello,\n\nMy mobile is +254 722 123 456 and my office number is +254 20 123 4567.\n"
    a = analyse(officer_mail(body))
    assert a.kind == "request" and a.nominees == []


def test_the_same_number_written_twice_is_one_candidate() -> None:
    body = "Hello,\n\nMy number is +254 722 123 456.\nAgain, the number is 0722 123456.\n"
    assert only_nominee(analyse(officer_mail(body))).phone == "+254722123456"


def test_a_signatures_phone_does_not_fill_the_missing_phone() -> None:
    body = ("Dear Secretariat,\n\nMy position is now Head of Investigations.\nPosition: Head of Investigations\n\n"
            "Jane Wanjiru\nSenior Warden, Kenya Wildlife Service\nMobile +254 722 123 456\n")
    n = only_nominee(analyse(officer_mail(body)))
    assert n.position == "Head of Investigations" and n.phone is None


def test_a_signature_after_a_closing_is_never_read() -> None:
    body = ("Position: Warden\n\nKind regards,\nJane\nYou can always reach me on my mobile +254 722 123 456\n")
    assert only_nominee(analyse(officer_mail(body))).phone is None


def test_the_quoted_notice_is_never_read_for_sentences() -> None:
    a = analyse(officer_mail("Thank you, noted.\n\n" + NOTICE_EN, sender="j.wanjiru@kws.go.ke"), own_addresses=OURS)
    assert a.kind == "request" and a.reference == "CUG-2024-0042" and a.nominees == []


def test_a_sentence_is_not_read_without_a_reference_or_thread() -> None:
    body = "Dear Secretariat,\n\nI would like to join the cheetah closed user group. My number is +254 722 123 456.\n"
    n = only_nominee(analyse(officer_mail(body, subject="Cheetah CUG")))
    assert n.phone is None


def test_threading_to_one_of_our_replies_counts_as_a_follow_up() -> None:
    body = "Name: Jane\nSurname: Wanjiru\nPosition: Warden\n\nMy contact number is +254 722 123 456.\n"
    ours = "<cug.0123456789abcdef0123456789abcdef@cites.org>"
    threaded = only_nominee(analyse(officer_mail(body, subject="Details", In_Reply_To=ours), own_addresses=OURS))
    assert threaded.phone == "+254722123456"
    elsewhere = "<cug.0123456789abcdef0123456789abcdef@example.org>"
    assert only_nominee(analyse(officer_mail(body, subject="Details", In_Reply_To=elsewhere), own_addresses=OURS)).phone is None
    assert only_nominee(analyse(officer_mail(body, subject="Details"), own_addresses=OURS)).phone is None


def test_our_own_address_is_never_an_officials_email() -> None:
    body = "Hello,\n\nI already sent my address to info@cites.org last week, sorry.\n"
    a = analyse(officer_mail(body), own_addresses=OURS)
    assert a.nominees == []


def test_several_officials_get_nothing_from_a_sentence() -> None:
    body = ("Name: Jane\nSurname: Wanjiru\n\nName: Tom\nSurname: Odhiambo\n\n"
            "My contact number is +254 722 123 456.\n")
    a = analyse(officer_mail(body))
    assert [n.phone for n in a.nominees] == [None, None]


def test_a_stated_number_counts_without_first_person() -> None:
    assert only_nominee(analyse(officer_mail("Hello,\n\nThe contact number is +254 722 123 456.\n"))).phone == "+254722123456"


def test_the_secretariats_number_in_a_sentence_is_not_the_officials() -> None:
    for body in ("Thanks, I will call you at +41 22 917 81 39 tomorrow.\n",
                 "Is your phone number still +41 22 917 81 39?\n"):
        a = analyse(officer_mail("Hello,\n\n" + body))
        assert a.kind == "request" and a.nominees == [], body


def test_spanish_enclitic_me_is_first_person() -> None:
    body = "Estimados,\n\nPueden llamarme al +502 2422 6700 cuando gusten.\n"
    assert only_nominee(analyse(officer_mail(body, sender="lmorales@conap.gob.gt"))).phone == "+50224226700"


def test_reader_needs_a_contact_word_and_prose() -> None:
    def region(_: str | None) -> str | None:
        return "KE"

    assert read_sentences("+254 722 123 456", want=frozenset({"phone"}), region=region) == {}
    assert read_sentences("Meeting moved to 0722 123456 room.", want=frozenset({"phone"}), region=region) == {}
    assert read_sentences("Please call me on 0722 123456.", want=frozenset({"phone"}), region=region) == {
        "phone": "+254722123456"
    }


# ------------------------------------------------------------------ forwarded as a bare Outlook block


def _forward_block(sender: str, subject: str = "Cheetah CUG") -> str:
    return (f"________________________________\nFrom: Mwila Banda <{sender}>\nSent: Friday, June 7, 2024 11:20 AM\n"
            f"To: registry@tourism.go.ke\nSubject: {subject}\n\n")


def test_bare_outlook_block_from_someone_else_is_a_forward_whose_content_is_read() -> None:
    body = "Please see below.\n\n" + _forward_block("mbanda@dnpw.gov.zm") + FORM
    n = only_nominee(analyse(officer_mail(body, subject="Cheetah CUG request for Zambia", sender="registry@tourism.go.ke"),
                             own_addresses=OURS))
    assert (n.name, n.surname, n.phone, n.email) == ("Mwila", "Banda", "+260211278482", "mbanda@dnpw.gov.zm")


def test_forwarders_own_text_and_closing_above_the_block_do_not_cut_the_forward() -> None:
    body = ("Dear Secretariat,\n\nForwarding for your action; country: Zambia.\n\nRegards,\nPatrick\nTel: +254 20 2718 027\n\n"
            "From: Mwila Banda <mbanda@dnpw.gov.zm>\nSent: Friday, June 7, 2024 11:20 AM\nTo: registry@tourism.go.ke\n"
            "Subject: Cheetah CUG\n\n" + FORM + "\nBest regards,\nMwila\nMobile: +260 977 000 000\n")
    n = only_nominee(analyse(officer_mail(body, subject="Cheetah CUG", sender="registry@tourism.go.ke")))
    assert (n.surname, n.phone) == ("Banda", "+260211278482")


def test_french_block_without_the_rule_is_a_forward_too() -> None:
    body = ("Pour suite à donner.\n\nDe : Mwila Banda <mbanda@dnpw.gov.zm>\nEnvoyé : vendredi 7 juin 2024 11:20\n"
            "À : registre@tourisme.gouv.example\nObjet : CUG guépard\n\n" + FORM)
    assert only_nominee(analyse(officer_mail(body, subject="CUG guépard", sender="registre@tourisme.gouv.example"))).surname == "Banda"


def test_block_from_our_address_is_a_quoted_reply() -> None:
    body = "Thanks.\n\n" + _forward_block("info@cites.org", "Information still needed") + FORM
    a = analyse(officer_mail(body, subject="Cheetah CUG", to="cug@cites.org"), own_addresses=OURS)
    assert a.kind == "not_request" and a.nominees == []


def test_block_whose_subject_carries_our_tag_is_a_quoted_reply_even_without_own_addresses() -> None:
    body = "Thanks.\n\n" + _forward_block("someone@cites.org", "[CUG-2024-0042] Information still needed") + FORM
    a = analyse(officer_mail(body, subject="Cheetah CUG", to="cug@cites.org"))
    assert a.reference == "CUG-2024-0042" and a.nominees == []  # a follow-up with nothing new, not Banda


def test_block_from_whom_the_message_answers_is_a_quoted_reply() -> None:
    # A reply to a colleague copied to us: the quoted From is among the recipients.
    body = "Noted, thanks.\n\n" + _forward_block("mbanda@dnpw.gov.zm") + FORM
    a = analyse(officer_mail(body, subject="RE: Cheetah CUG", to="mbanda@dnpw.gov.zm", Cc="info@cites.org"),
                own_addresses=OURS)
    assert a.kind == "not_request"


def test_block_whose_from_has_no_address_stays_a_quote() -> None:
    body = ("Please see below.\n\nFrom: Mwila Banda\nSent: Friday, June 7, 2024 11:20 AM\nTo: Registry\n"
            "Subject: Cheetah CUG\n\n" + FORM)
    assert analyse(officer_mail(body, subject="Cheetah CUG", sender="registry@tourism.go.ke")).kind == "not_request"


def test_forwarded_unrelated_mail_stays_not_a_request() -> None:
    body = ("FYI.\n\n" + _forward_block("trader@example.com", "Export permit for cheetah skins")
            + "Dear CITES,\n\nHow do I apply for an export permit for two cheetah skins? My phone is +254 722 123 456.\n")
    a = analyse(officer_mail(body, subject="Permit question", sender="registry@tourism.go.ke"), own_addresses=OURS)
    assert a.kind == "not_request" and a.nominees == []


def test_fw_subject_with_outlooks_rule_keeps_the_forwarded_request() -> None:
    body = "FYI\n\n" + _forward_block("mbanda@dnpw.gov.zm") + FORM
    n = only_nominee(analyse(officer_mail(body, subject="FW: Cheetah CUG", sender="registry@tourism.go.ke")))
    assert n.surname == "Banda"


def test_a_forward_gives_nothing_from_sentences() -> None:
    body = ("Please see below, you can reach me at +254 20 2718 027.\n\n" + _forward_block("mbanda@dnpw.gov.zm")
            + "Dear Secretariat,\nPosition: Warden\n")
    n = only_nominee(analyse(officer_mail(body, sender="registry@tourism.go.ke")))
    assert n.position == "Warden" and n.phone is None


# ------------------------------------------------------------------ wiring


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def test_extract_verb_passes_the_configured_own_addresses(tmp_path: Path) -> None:
    body = "Thanks.\n\n" + _forward_block("info@cites.org", "Information still needed") + FORM
    eml = tmp_path / "reply.eml"
    eml.write_bytes(officer_mail(body, subject="Cheetah CUG", to="cug@cites.org"))
    assert analyse(eml.read_bytes()).kind == "request"  # without own addresses: read as a forward
    r = subprocess.run([sys.executable, "-m", "intakebot", "extract", "--json", str(eml)],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    [o] = json.loads(r.stdout)
    assert o["kind"] == "not_request"  # the default config's info@cites.org: a quoted reply


def test_intake_passes_the_configured_own_addresses(
    local_config: Config, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[frozenset[str]] = []
    real = extraction.analyse

    def spy(raw: bytes, **kw: Any) -> Analysis:
        seen.append(kw["own_addresses"])
        return real(raw, **kw)

    monkeypatch.setattr(poll_mod, "analyse", spy)  # where the intake loop calls it
    inbox = local_config.maildir.inbox
    for sub in ("new", "cur", "tmp"):
        (inbox / sub).mkdir(parents=True, exist_ok=True)
    (inbox / "new" / "1700000000.x.host").write_bytes((EXAMPLES / "01-en-complete.eml").read_bytes())
    App(local_config, clock).poll_once()
    assert seen == [local_config.own_addresses]
