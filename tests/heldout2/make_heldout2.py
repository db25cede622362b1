"""Generate the second held-out corpus (issue 9): .eml messages plus hand-written expected JSON.

Written before the issue-9 reader changes and never tuned on. It holds what
the first held-out set lacks: formal letters attached as DOCX and PDF (letterhead,
reference line, date, signatory block with the signatory's own contacts),
one-sentence nominees in bodies, labels with qualifiers and abbreviations in
the layouts real clients produce (Outlook, Gmail, Apple Mail, Lotus Notes,
Thunderbird), bottom-posted replies, forwarded chains whose history carries
other people's numbers, fax numbers beside the official's number, labels nobody
listed whose value tells what it is, mixed-language signatures and disclaimers,
and two look-alike letters that are not nominations.

The expected values are what a careful human records from each message, written
here by hand (canonical country name, E.164 telephone). Each expected object
follows the ``extract --json`` contract plus ``layout``.

Usage: ``python tests/heldout2/make_heldout2.py OUTDIR`` or ``write_heldout2(path)``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from tests.corpus.make_corpus import attachment  # noqa: E402
from tests.heldout.make_heldout import Case, P, alt, mixed, nominee, only, plain, write_heldout  # noqa: E402
from tests.heldout2.cases_fr_es import es_cases, fr_cases  # noqa: E402
from tests.heldout2.clients import (  # noqa: E402
    DOCX,
    PDF,
    apple_html,
    expect,
    finish,
    gmail_html,
    html_alt,
    outlook_html,
)
from tests.heldout2.letters import Letter, letter_docx, letter_pdf  # noqa: E402

# ------------------------------------------------------------------ officials (as recorded)

WANJIRU = P("Kenya", "KE", "Grace", "Wanjiru", "Kenya Wildlife Service", "Senior Investigations Officer",
            "+254206000800", "g.wanjiru@kws.go.ke")
BANDA = P("Zambia", "ZM", "Mwila", "Banda", "Department of National Parks and Wildlife", "Wildlife Police Officer",
          "+260211278482", "mbanda@dnpw.gov.zm")
MOYO = P("Zimbabwe", "ZW", "Tendai", "Moyo", "Zimbabwe Parks and Wildlife Management Authority", "Chief Ecologist",
         "+263242706077", None)
MOLEFE = P("Botswana", "BW", "Kagiso", "Molefe", "Botswana Unified Revenue Service", "Customs Intelligence Officer",
           "+2673638000", "kmolefe@burs.org.bw")
TESFAYE = P("Ethiopia", "ET", "Hanna", "Tesfaye", "Ethiopian Wildlife Conservation Authority",
            "Wildlife Crime Investigator", "+251911234567", "hanna.tesfaye@ewca.gov.et")
NAMARA = P("Uganda", "UG", "Grace", "Namara", "Uganda Revenue Authority", "Supervisor Enforcement",
           "+256414334000", "gnamara@ura.go.ug")
KAMAU = P("Kenya", "KE", "John", "Kamau", "Kenya Wildlife Service", "Senior Warden", "+254202379407",
          "j.kamau@kws.go.ke")
SHARMA = P("India", "IN", "Rajesh Kumar", "Sharma", "Wildlife Crime Control Bureau", "Deputy Director",
           "+911124360706", "rk.sharma@wccb.gov.in")
SHIKONGO = P("Namibia", "NA", "Johannes", "Shikongo", "Ministry of Environment, Forestry and Tourism", "Chief Warden",
             "+264612842111", "j.shikongo@meft.gov.na")
WAMBUI = P("Kenya", "KE", "Esther", "Wambui", "Kenya Wildlife Service", "Intelligence Officer", "+254722555018",
           "ewambui@kws.go.ke")
FON = P("Cameroon", "CM", "Emmanuel", "Fon", "Ministry of Forestry and Wildlife", "Wildlife Control Officer",
        "+237677123456", "e.fon@minfof.cm")

SECRETARIAT_EN = ("The Secretary-General", "CITES Secretariat", "Palais des Nations", "CH-1211 Geneva 10",
                  "Switzerland")


def letter_cases_en() -> list[Case]:
    cases: list[Case] = []
    kenya = Letter(
        letterhead=("REPUBLIC OF KENYA", "MINISTRY OF TOURISM AND WILDLIFE", "CITES MANAGEMENT AUTHORITY",
                    "P.O. Box 40241-00100, Nairobi, Kenya", "Tel: +254 20 2718 027 | Fax: +254 20 2718 028",
                    "Email: cites@kws.go.ke"),
        reference="Ref: KWS/CITES/4/2024/17", date="10 June 2024", addressee=SECRETARIAT_EN,
        salutation="Dear Sir/Madam,",
        subject="RE: NOMINATION TO THE CHEETAH CLOSED USER GROUP ON CENCOMM (NOTIFICATION No. 2018/046)",
        body=("Reference is made to CITES Notification to the Parties No. 2018/046 concerning the closed user group "
              "on illegal trade in cheetahs.",
              "The Management Authority of Kenya is pleased to nominate Ms Grace Wanjiru, Senior Investigations "
              "Officer at the Kenya Wildlife Service, who can be reached at +254 20 600 0800 and "
              "g.wanjiru@kws.go.ke.",
              "The Management Authority avails itself of this opportunity to renew to the CITES Secretariat the "
              "assurances of its highest consideration."),
        closing="Yours faithfully,",
        signatory=("Dr. Patrick Omondi", "Director, Biodiversity", "For: Principal Secretary",
                   "Tel: +254 20 2718 027", "Email: pomondi@tourism.go.ke"))
    sender = "cites@kws.go.ke"
    n = "en_letter_docx_kenya"
    body = plain("Dear Sir/Madam,\n\nPlease find attached our letter of nomination for the cheetah closed user "
                 "group.\n\nRegards,\nKWS CITES Desk\n")
    cases.append(Case(n, finish(n, mixed(body, attachment(letter_docx(kenya), "KWS-CITES-4-2024-17.docx", *DOCX)),
                                sender, "Nomination - cheetah CUG (our ref KWS/CITES/4/2024/17)"),
                      expect(n, "letter_docx", "request", "en", [nominee(WANJIRU, sender)])))

    zambia = Letter(
        letterhead=("MINISTRY OF TOURISM", "DEPARTMENT OF NATIONAL PARKS AND WILDLIFE",
                    "Private Bag 1, Chilanga, Zambia", "Telephone: +260 211 251 000"),
        reference="Our Ref: DNPW/101/14/3", date="Chilanga, 7th June 2024", addressee=SECRETARIAT_EN,
        salutation="Dear Madam,",
        subject="CLOSED USER GROUP ON CHEETAH TRADE - CENCOMM",
        body=("I have the honour to nominate Mr. Mwila Banda, Wildlife Police Officer in the Department of National "
              "Parks and Wildlife, telephone +260 211 278 482, e-mail mbanda@dnpw.gov.zm, to the closed user "
              "group established under Notification No. 2018/046.",
              "Please do not hesitate to contact this office should you require any further information."),
        closing="Yours sincerely,",
        signatory=("Paul Zyambo", "DIRECTOR", "DEPARTMENT OF NATIONAL PARKS AND WILDLIFE",
                   "Email: director@dnpw.gov.zm"))
    sender = "registry@dnpw.gov.zm"
    n = "en_letter_pdf_zambia"
    body = plain("Good afternoon,\n\nAttached please find a letter from the Director regarding the cheetah "
                 "closed user group.\n\nKind regards\nRegistry\n")
    cases.append(Case(n, finish(n, mixed(body, attachment(letter_pdf(zambia), "DNPW letter CUG.pdf", *PDF)),
                                sender, "Letter: Closed User Group on cheetah trade"),
                      expect(n, "letter_pdf", "request", "en", [nominee(BANDA, sender)])))

    zimbabwe = Letter(
        letterhead=("ZIMBABWE PARKS AND WILDLIFE MANAGEMENT AUTHORITY", "Cnr Borrowdale Road and Sandringham Drive",
                    "P.O. Box CY 140, Causeway, Harare", "Tel: +263 242 707 624"),
        reference="Ref: ZPWMA/CITES/2024/88", date="5 June 2024", addressee=SECRETARIAT_EN,
        salutation="Dear Sir,",
        subject="NOMINATION: CHEETAH CLOSED USER GROUP",
        body=("Pursuant to Notification No. 2018/046, the Authority wishes to nominate Mr Tendai Moyo, Chief "
              "Ecologist at the Zimbabwe Parks and Wildlife Management Authority (telephone +263 242 706 077).",
              "His official e-mail address will be communicated as soon as it has been created."),
        closing="Yours faithfully,",
        signatory=("F. U. Mangwanya", "Director-General", "Email: dg@zimparks.org.zw", "Mobile: +263 772 123 456"))
    sender = "cites@zimparks.org.zw"
    n = "en_letter_pdf_incomplete"
    body = plain("Dear Secretariat,\n\nKindly find attached our nomination letter.\n\nBest regards\nCITES Office\n")
    cases.append(Case(n, finish(n, mixed(body, attachment(letter_pdf(zimbabwe), "ZPWMA_CUG_nomination.pdf", *PDF)),
                                sender, "Cheetah CUG nomination - Zimbabwe"),
                      expect(n, "letter_pdf", "request", "en", [nominee(MOYO, sender)])))
    return cases


def client_cases_en() -> list[Case]:
    cases: list[Case] = []
    sender = "cites@burs.org.bw"
    lines = ["Dear Sir/Madam,", "", "Further to Notification 2018/046, Botswana nominates the officer below for the "
             "cheetah Closed User Group on CENcomm.", "", "Country: Botswana", "Name: Kagiso", "Surname: Molefe",
             "Organisation: Botswana Unified Revenue Service", "Job title: Customs Intelligence Officer",
             "Tel. (office): +267 363 8000", "Fax: +267 363 8001", "E-mail (work): kmolefe@burs.org.bw", "",
             "Kind regards,", "Onalenna Sebego", "Principal Officer | BURS Customs", "Tel: +267 363 8100"]
    n = "en_outlook_qualifiers"
    cases.append(Case(n, finish(n, html_alt(lines, outlook_html(lines)), sender, "Cheetah CUG nominee - Botswana"),
                      expect(n, "outlook", "request", "en", [nominee(MOLEFE, sender)])))

    sender = "ewca.cites@ewca.gov.et"
    lines = ["Hello,", "", "Please add our investigator to the cheetah closed user group (CENcomm).", "",
             "Country: Ethiopia", "Given name: Hanna", "Family name: Tesfaye",
             "Agency: Ethiopian Wildlife Conservation Authority", "Designation: Wildlife Crime Investigator",
             "Cell (WhatsApp): +251 91 123 4567", "Official e-mail (work): hanna.tesfaye@ewca.gov.et", "",
             "Thanks,", "Daniel"]
    n = "en_gmail_cell_work_email"
    cases.append(Case(n, finish(n, html_alt(lines, gmail_html(lines)), sender, "CENcomm cheetah CUG"),
                      expect(n, "gmail", "request", "en", [nominee(TESFAYE, sender)])))

    sender = "gnamara@ura.go.ug"
    lines = ["Dear CITES Secretariat,", "", "I would like to be registered in the cheetah CUG. My details are:", "",
             "Nation: Uganda", "First name: Grace", "Last name: Namara", "Organisation: Uganda Revenue Authority",
             "Role: Supervisor Enforcement", "Reachable on: +256 414 334000", "Mailbox: gnamara@ura.go.ug", "",
             "Sent from my iPad"]
    n = "en_applemail_unknown_labels"
    cases.append(Case(n, finish(n, html_alt(lines, apple_html(lines)), sender, "Cheetah CUG registration"),
                      expect(n, "apple", "request", "en", [nominee(NAMARA, sender)])))

    sender = "j.kamau@kws.go.ke"
    body = ("Dear Secretariat,\n\nPlease find the missing details below.\n\nOffice tel.: +254 20 2379407\n"
            "Email address (official): j.kamau@kws.go.ke\n\nRegards\nJohn Kamau\n\n\n\n"
            "From:        CITES Secretariat <info@cites.org>\nTo:        John Kamau <j.kamau@kws.go.ke>\n"
            "Date:        10/06/2024 14:15\nSubject:        Cheetah closed user group: details missing - reference "
            "CUG-2024-0042\n\n\n\nWe still need: Contact number, Official email address - reference CUG-2024-0042.\n\n"
            "Contact number: (missing)\nOfficial email address: (missing)\n")
    n = "en_notes_reply_qualifiers"
    cases.append(Case(n, finish(n, plain(body), sender,
                                "Re: Cheetah closed user group: details missing - reference CUG-2024-0042"),
                      expect(n, "notes", "request", "en", [nominee(only(KAMAU, "phone", "email"), sender)],
                             reference="CUG-2024-0042")))

    sender = "mbanda@dnpw.gov.zm"
    body = ("On 10/06/2024 14:15, CITES Secretariat wrote:\n> Dear Mr Banda,\n>\n> Thank you for your request. We "
            "still need: Contact number, Official email\n> address - reference CUG-2024-0057.\n>\n> Country: Zambia\n"
            "> Contact number: (missing)\n> Official email address: (missing)\n>\n> CITES Secretariat\n\n"
            "Here they are:\n\nDirect line: +260 211 278 482\nE-mail (work): mbanda@dnpw.gov.zm\n\nMwila Banda\n")
    n = "en_thunderbird_bottom_post"
    cases.append(Case(n, finish(n, plain(body), sender,
                                "Re: Cheetah closed user group: details missing - reference CUG-2024-0057"),
                      expect(n, "bottom_post", "request", "en", [nominee(only(BANDA, "phone", "email"), sender)],
                             reference="CUG-2024-0057")))

    sender = "cites@meft.gov.na"
    quote = ("<div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">On Mon, 3 Jun 2024 at 09:00, CITES "
             "Secretariat &lt;info@cites.org&gt; wrote:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px "
             "0px 0px 0.8ex\">Parties wishing to nominate officials to the cheetah closed user group on CENcomm are "
             "invited to send, for each official: Country, Name, Surname, Organization, Position/Role, Contact "
             "number and Official email address.<br></blockquote></div>")
    mine = ["Dear Secretariat,", "", "Namibia nominates:", "", "Country: Namibia", "Name: Johannes",
            "Surname: Shikongo", "Organisation: Ministry of Environment, Forestry and Tourism",
            "Position: Chief Warden", "Direct line: +264 61 284 2111", "Email: j.shikongo@meft.gov.na", "",
            "Regards,", "MEFT CITES office"]
    text = ("On Mon, 3 Jun 2024 at 09:00, CITES Secretariat <info@cites.org> wrote:\n\n> Parties wishing to nominate "
            "officials to the cheetah closed user group on CENcomm are\n> invited to send, for each official: "
            "Country, Name, Surname, Organization,\n> Position/Role, Contact number and Official email address.\n\n"
            + "\n".join(mine) + "\n")
    html = f'<div dir="ltr">{quote}<div><br></div>' + "".join(f"<div>{x or '<br>'}</div>" for x in mine) + "</div>"
    n = "en_gmail_bottom_post_request"
    cases.append(Case(n, finish(n, alt(text, html), sender, "Re: Cheetah closed user group on CENcomm"),
                      expect(n, "bottom_post", "request", "en", [nominee(SHIKONGO, sender)])))

    sender = "pomondi@tourism.go.ke"
    body = ("FYI and action, please.\n\nPatrick\n\n---------- Forwarded message ---------\n"
            "From: Esther Wambui <ewambui@kws.go.ke>\nDate: Mon, Jun 10, 2024 at 4:02 PM\nSubject: RE: CENcomm cheetah "
            "CUG\nTo: Patrick Omondi <pomondi@tourism.go.ke>\n\n\nDear Director,\n\nMy details for the cheetah "
            "closed user group:\n\nCountry: Kenya\nFirst name: Esther\nLast name: Wambui\nOrganisation: Kenya "
            "Wildlife Service\nPosition: Intelligence Officer\nMobile: 0722 555 018\nEmail: ewambui@kws.go.ke\n\n"
            "Thank you.\nEsther\n\nFrom: Patrick Omondi <pomondi@tourism.go.ke>\nSent: Monday, June 10, 2024 9:30 AM\n"
            "To: Esther Wambui <ewambui@kws.go.ke>\nSubject: CENcomm cheetah CUG\n\nEsther, please send me your "
            "details for CITES. For questions call Mr. Otieno.\nName: Peter Otieno\nTel: +254 20 123 4567\n")
    n = "en_forward_chain_history"
    cases.append(Case(n, finish(n, plain(body), sender, "Fwd: RE: CENcomm cheetah CUG"),
                      expect(n, "forward_chain", "request", "en", [nominee(WAMBUI, sender)])))
    return cases


def prose_cases_en() -> list[Case]:
    cases: list[Case] = []
    sender = "cites-india@wccb.gov.in"
    body = ("Sir,\n\nWith reference to Notification No. 2018/046, I am writing to nominate Mr. Rajesh Kumar Sharma, "
            "Deputy Director at the Wildlife Crime Control Bureau, India, who can be reached at +91 11 2436 0706 and "
            "rk.sharma@wccb.gov.in, to the cheetah closed user group.\n\nWith regards,\nA. K. Singh\n"
            "Regional Deputy Director (NR)\nPhone: 011-26182484\n")
    n = "en_sentence_nominee"
    cases.append(Case(n, finish(n, plain(body), sender, "Cheetah CUG - nomination from India"),
                      expect(n, "sentence", "request", "en", [nominee(SHARMA, sender)])))

    sender = "e.fon@minfof.cm"
    body = ("Dear Secretariat,\n\nPlease register me in the cheetah closed user group on CENcomm.\n\n"
            "Country: Cameroon\nName: Emmanuel\nSurname: Fon\nOrganization: Ministry of Forestry and Wildlife\n"
            "Position: Wildlife Control Officer\nMobile: +237 6 77 12 34 56\nEmail (official): e.fon@minfof.cm\n\n"
            "Emmanuel FON\nContrôleur de la faune / Wildlife Control Officer\nMinistère des Forêts et de la Faune\n"
            "Tél. : +237 2 22 23 12 34\nCourriel : minfof.cites@minfof.cm\n")
    n = "en_mixed_signature_fr"
    cases.append(Case(n, finish(n, plain(body), sender, "Cheetah CUG - registration"),
                      expect(n, "mixed_signature", "request", "en", [nominee(FON, sender)])))

    sender = "cites@kws.go.ke"
    negative = Letter(
        letterhead=("KENYA WILDLIFE SERVICE", "P.O. Box 40241-00100, Nairobi", "Tel: +254 20 600 0800"),
        reference="Ref: KWS/PERM/2024/310", date="11 June 2024", addressee=SECRETARIAT_EN,
        salutation="Dear Sir/Madam,", subject="VERIFICATION OF EXPORT PERMIT No. KE-2024-00123",
        body=("We request the Secretariat's assistance in verifying the authenticity of export permit No. "
              "KE-2024-00123 presented at the port of Mombasa.",
              "For any clarification please contact Ms Jane Achieng, Permits Officer at the Kenya Wildlife Service, "
              "who can be reached at +254 20 600 0900 and permits@kws.go.ke."),
        closing="Yours faithfully,", signatory=("Dr. Erustus Kanga", "Director General"))
    n = "en_negative_permit_letter"
    body = plain("Dear Colleagues,\n\nPlease see the attached letter on permit verification.\n\nRegards\n")
    cases.append(Case(n, finish(n, mixed(body, attachment(letter_docx(negative), "permit verification.docx", *DOCX)),
                                sender, "Permit verification KE-2024-00123"),
                      expect(n, "negative", "not_request", "en")))
    return cases


def all_cases() -> list[Case]:
    return letter_cases_en() + client_cases_en() + prose_cases_en() + fr_cases() + es_cases()


def write_heldout2(outdir: Path) -> dict[str, dict[str, Any]]:
    """Write every case as NAME.eml and NAME.json into ``outdir``; return the expected JSON by name."""
    return write_heldout(outdir, all_cases())


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "heldout2-out")
    print(f"{len(write_heldout2(target))} messages written to {target}")
