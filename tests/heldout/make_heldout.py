"""Generate the held-out extraction corpus: .eml messages plus hand-written expected JSON.

Why a second corpus: the readers were tuned on ``tests/corpus``, so its score of
1.000 says nothing about mail written differently. These messages are written
the way officials actually write -- Outlook HTML full of ``MsoNormal`` spans,
``<o:p>`` and ``&nbsp;``, Gmail ``<div dir="ltr">``, numbered or bulleted labels,
bilingual labels, prose, forwarded chains, Outlook-style quotes of our notice,
signatures with their own phone and e-mail, forms with merged header cells --
and deliberately do not reuse the development corpus's templates.

The expected values are what a careful human would record from each message.
They are written here by hand and never produced by running the extractor.
Generation is deterministic (fixed dates, Message-IDs, boundaries, zip times).

Each expected object follows the ``extract --json`` contract (problems as
field/code/severity), plus ``layout`` (the bench groups figures by it).

Usage: ``python tests/heldout/make_heldout.py OUTDIR`` or ``write_heldout(path)``.
"""

from __future__ import annotations

import io
import json
import sys
from dataclasses import dataclass
from email import message_from_string
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from tests.corpus.make_corpus import attachment, fixed_zip, text_part  # noqa: E402
from tests.corpus.make_corpus import finish as corpus_finish  # noqa: E402

FIELDS = ("country", "name", "surname", "organization", "position", "phone", "email")
DATE = "Tue, 11 Jun 2024 09:14:00 +0300"
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@dataclass(frozen=True)
class P:
    """One official as a careful human records them (canonical country, E.164 phone)."""

    country: str | None
    code: str | None
    name: str | None
    surname: str | None
    organization: str | None
    position: str | None
    phone: str | None
    email: str | None


@dataclass
class Case:
    name: str
    message: bytes
    expected: dict[str, Any]


def nominee(p: P, sender: str, *, problems: tuple[tuple[str, str, str], ...] = ()) -> dict[str, Any]:
    vals: dict[str, Any] = {
        "country": p.country, "country_code": p.code, "name": p.name, "surname": p.surname,
        "organization": p.organization, "position": p.position, "phone": p.phone, "email": p.email,
    }
    probs = [dict(zip(("field", "code", "severity"), pr, strict=True)) for pr in problems]
    if p.email and p.email.lower() != sender.lower():
        probs.append({"field": "email", "code": "sender_differs", "severity": "info"})
    vals["missing"] = [k for k in FIELDS if not vals[k]]
    vals["problems"] = probs
    return vals


def only(p: P, *keep: str) -> P:
    """The same official with only some fields (a follow-up carrying just those)."""
    vals = {k: getattr(p, k) if k in keep else None for k in FIELDS}
    return P(vals["country"], p.code if "country" in keep else None, vals["name"], vals["surname"],
             vals["organization"], vals["position"], vals["phone"], vals["email"])


def finish(name: str, msg: Any, sender: str, subject: str, sender_name: str = "",
           headers: dict[str, str] | None = None) -> bytes:
    return corpus_finish(name, msg, sender, subject, sender_name, headers, domain="heldout.test", date=DATE)


def expect(name: str, layout: str, kind: str, lang: str, nominees: list[dict[str, Any]] | None = None,
           reference: str | None = None) -> dict[str, Any]:
    return {"file": f"{name}.eml", "message_id": f"<{name}@heldout.test>", "kind": kind, "language": lang,
            "reference": reference, "nominees": nominees or [], "layout": layout}


def plain(body: str) -> MIMEText:
    return text_part(body)


def alt(text: str, html: str) -> MIMEMultipart:
    m = MIMEMultipart("alternative")
    m.attach(text_part(text))
    m.attach(text_part(html, "html"))
    return m


def mixed(body: Any, *files: MIMEBase) -> MIMEMultipart:
    m = MIMEMultipart("mixed")
    m.attach(body)
    for f in files:
        m.attach(f)
    return m


# ------------------------------------------------------------------ officials (as recorded)

KAMAU = P("Kenya", "KE", "John", "KAMAU", "Kenya Wildlife Service", "Senior Warden", "+254202379407", "j.kamau@kws.go.ke")
WAMBUI = P("Kenya", "KE", "Esther", "Wambui", "Kenya Wildlife Service", "Intelligence Officer", "+254722555018",
           "ewambui@kws.go.ke")
BANDA = P("Zambia", "ZM", "Mwila", "Banda", "Department of National Parks and Wildlife", "Wildlife Police Officer",
          "+260211278482", "mbanda@dnpw.gov.zm")
MOLEFE = P("Botswana", "BW", "Kagiso", "Molefe", "Botswana Unified Revenue Service (BURS) - Customs",
           "Customs Intelligence Officer", "+2673638000", "kmolefe@burs.org.bw")
TESFAYE = P("Ethiopia", "ET", "Hanna", "Tesfaye", "Ethiopian Wildlife Conservation Authority",
            "Wildlife Crime Investigator", "+251115514389", "hanna.tesfaye@ewca.gov.et")
SHARMA = P("India", "IN", "Rajesh Kumar", "Sharma", "Wildlife Crime Control Bureau", "Deputy Director",
           "+911124360706", "rk.sharma@wccb.gov.in")
MOYO = P("Zimbabwe", "ZW", "Tendai", "Moyo", "Zimbabwe Parks and Wildlife Management Authority", "Chief Ecologist",
         "+263242706077", "tmoyo@zimparks.org.zw")
NAMARA = P("Uganda", "UG", "Grace", "Namara", "Uganda Revenue Authority - Customs", "Supervisor Enforcement",
           "+256414334000", "gnamara@ura.go.ug")
MCLEOD = P("United Kingdom of Great Britain and Northern Ireland", "GB", "Fiona", "McLeod",
           "National Wildlife Crime Unit", "Intelligence Analyst", "+441786895000", "fiona.mcleod@nwcu.police.uk")

KABORE = P("Burkina Faso", "BF", "Issouf", "KABORE", "Direction générale des Eaux et Forêts",
           "Inspecteur des Eaux et Forêts", "+22625356422", "issouf.kabore@environnement.gov.bf")
MAHAMAT = P("Chad", "TD", "Issa", "MAHAMAT", "Direction générale des Douanes et Droits Indirects", "Chef de brigade",
            "+23522523310", "issa.mahamat@douanes.td")
BENSALAH = P("Tunisia", "TN", "Leïla", "Ben Salah", "Direction Générale des Forêts", "Sous-directrice de la chasse",
             "+21671786833", "leila.bensalah@agrinet.tn")
TRAORE = P("Mali", "ML", "Moussa", "Traoré", "Direction nationale des Eaux et Forêts", "Chef de division",
           "+22320225850", "moussa.traore@dnef.gouv.ml")
TREMBLAY = P("Canada", "CA", "Sophie", "Tremblay", "Environnement et Changement climatique Canada",
             "Agente d'application de la loi", "+15142834567", "sophie.tremblay@ec.gc.ca")
ISSAKA = P("Niger", "NE", "Aïchatou", "ISSAKA", "Direction de la Faune, de la Chasse et des Aires Protégées",
           "Directrice adjointe", "+22720723305", "aichatou.issaka@environnement.gouv.ne")

TORRES = P("Chile", "CL", "Ana María", "TORRES VEGA", "Servicio Agrícola y Ganadero (SAG)", "Jefa de Fiscalización",
           "+56223451100", "ana.torres@sag.gob.cl")
PEREZ = P("Bolivia (Plurinational State of)", "BO", "Carlos Alberto", "Pérez Gómez",
          "Dirección General de Biodiversidad y Áreas Protegidas", "Profesional en Vida Silvestre", "+59122146382",
          "cperez@mmaya.gob.bo")
ANDRADE = P("Ecuador", "EC", "Diego", "Andrade", "Ministerio del Ambiente, Agua y Transición Ecológica",
            "Analista de Vida Silvestre", "+59323987600", "diego.andrade@ambiente.gob.ec")
MORALES = P("Guatemala", "GT", "Lucía", "Morales", "Consejo Nacional de Áreas Protegidas (CONAP)", "Técnica CITES",
            "+50224226700", "lmorales@conap.gob.gt")

KWS = "cites@kws.go.ke"
SIG_EN = "\n\nDr. Patrick Omondi\nDirector, Biodiversity\nMinistry of Tourism and Wildlife\nTel: +254 20 2718 027\nEmail: pomondi@tourism.go.ke\n"


# ------------------------------------------------------------------ English bodies


def en_cases() -> list[Case]:
    cases: list[Case] = []

    # Outlook HTML: a label/value table nested inside a layout table, MsoNormal spans, <o:p>, &nbsp;
    def mso(t: str, bold: bool = False) -> str:
        inner = f"<span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>{t}<o:p></o:p></span>"
        return f"<p class=MsoNormal>{'<b>' + inner + '</b>' if bold else inner}</p>"

    rows = [("Country", "Kenya"), ("Name", "John"), ("Surname", "KAMAU"), ("Organization", "Kenya Wildlife Service"),
            ("Position/Role", "Senior Warden"), ("Contact number", "+254&nbsp;20&nbsp;2379407 Ext.&nbsp;1203"),
            ("Official Email address", "<a href=\"mailto:j.kamau@kws.go.ke\"><span style='color:#0563C1'>j.kamau@kws.go.ke</span></a>")]
    kv = "".join(f"<tr><td width=180 valign=top style='border:solid windowtext 1.0pt'>{mso(k, True)}</td>"
                 f"<td width=300 valign=top style='border:solid windowtext 1.0pt'>{mso(v)}</td></tr>" for k, v in rows)
    html = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\">"
            "<head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"><style><!-- p.MsoNormal "
            "{margin:0cm;font-size:11.0pt} --></style><!--[if gte mso 9]><xml><o:shapedefaults v:ext=\"edit\" "
            "spidmax=\"1026\" /></xml><![endif]--></head><body lang=EN-GB link=\"#0563C1\"><div class=WordSection1>"
            + mso("Dear Sir/Madam,") + mso("&nbsp;")
            + mso("With reference to CITES Notification No. 2018/046, Kenya wishes to nominate the officer below "
                  "for the cheetah Closed User Group on CENcomm.") + mso("&nbsp;")
            + "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0><tr><td>"
            + f"<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>{kv}</table>"
            + "</td></tr></table>" + mso("&nbsp;") + mso("Kind regards,") + mso("Patrick Omondi")
            + mso("Tel: +254 20 2718 027") + "</div></body></html>")
    text = ("Dear Sir/Madam,\n\nWith reference to CITES Notification No. 2018/046, Kenya wishes to nominate the officer "
            "below for the cheetah Closed User Group on CENcomm.\n\n\n\nCountry\n\nKenya\n\nName\n\nJohn\n\nSurname\n\n"
            "KAMAU\n\nOrganization\n\nKenya Wildlife Service\n\nPosition/Role\n\nSenior Warden\n\nContact number\n\n"
            "+254 20 2379407 Ext. 1203\n\nOfficial Email address\n\nj.kamau@kws.go.ke<mailto:j.kamau@kws.go.ke>\n\n\n\n"
            "Kind regards,\nPatrick Omondi\nTel: +254 20 2718 027\n")
    n = "en_outlook_nested_kv"
    cases.append(Case(n, finish(n, alt(text, html), KWS, "Cheetah CUG - nomination of officer", "KWS CITES Desk"),
                      expect(n, "html_outlook", "request", "en", [nominee(KAMAU, KWS)])))

    # Gmail: <div dir="ltr">, one <div> per line, bullets, title and capitals
    sender = "zambia.cites.ma@gmail.com"
    html = ('<div dir="ltr"><div>Good morning,</div><div><br></div><div>Please register the following officer in the '
            "cheetah closed user group (CENcomm):</div><div><br></div>"
            "<div>• Country: Zambia</div><div>• First Name: Mr. Mwila</div><div>• SURNAME: Banda</div>"
            "<div>• Organisation: Department of National Parks and Wildlife</div>"
            "<div>• Position: Wildlife Police Officer</div><div>• Phone: +260 211 278 482</div>"
            '<div>• Email: <a href="mailto:mbanda@dnpw.gov.zm">mbanda@dnpw.gov.zm</a></div><div><br></div>'
            '<div>Thanks &amp; Regards,</div><div>Chanda Mulenga</div><div>CITES Management Authority, Zambia</div>'
            '<div>Cell: +260 977 123 456</div></div>')
    text = ("Good morning,\n\nPlease register the following officer in the cheetah closed user group (CENcomm):\n\n"
            "• Country: Zambia\n• First Name: Mr. Mwila\n• SURNAME: Banda\n• Organisation: Department of National Parks "
            "and Wildlife\n• Position: Wildlife Police Officer\n• Phone: +260 211 278 482\n• Email: mbanda@dnpw.gov.zm\n\n"
            "Thanks & Regards,\nChanda Mulenga\nCITES Management Authority, Zambia\nCell: +260 977 123 456\n")
    n = "en_gmail_bullets"
    cases.append(Case(n, finish(n, alt(text, html), sender, "CENcomm cheetah CUG"),
                      expect(n, "html_gmail", "request", "en", [nominee(BANDA, sender)])))

    # numbered labels with a dash separator
    sender = "cites@burs.org.bw"
    body = ("Dear CITES Secretariat\n\nRe: Notification 2018/046 - Cheetah CUG\n\nThe Republic of Botswana nominates "
            "the following officer:\n\n1. Country - Republic of Botswana\n2. Name - Kagiso\n3. Surname - Molefe\n"
            "4. Organization - Botswana Unified Revenue Service (BURS) - Customs\n5. Position/Role - Customs "
            "Intelligence Officer\n6. Contact number - +267 363 8000\n7. Official email address - kmolefe@burs.org.bw\n\n"
            "Yours faithfully\n\nO. Sebego\nfor Commissioner General\n")
    n = "en_numbered_dash"
    cases.append(Case(n, finish(n, plain(body), sender, "Nomination - Cheetah Closed User Group"),
                      expect(n, "lines", "request", "en", [nominee(MOLEFE, sender)])))

    # odd spacing/casing, Tel/Fax, a value wrapped in <>
    sender = "ewca.cites@ewca.gov.et"
    body = ("Dear Sir / Madam ,\n\nfurther to your notification on the cheetah closed user group, please find below "
            "our nominee details\n\n   COUNTRY    :   Ethiopia\n   first name :Hanna\n   Last Name  :  Tesfaye\n"
            "   Organization/Institution : Ethiopian Wildlife Conservation Authority\n"
            "   Job title  : Wildlife Crime Investigator\n   Tel/Fax : +251 11 551 4389\n"
            "   E-mail     : Hanna Tesfaye <hanna.tesfaye@ewca.gov.et>\n\nSincerely yours,\nDaniel Pawlos\n"
            "Tel/Fax: +251 11 554 6804\nE-mail: dpawlos@ewca.gov.et\n")
    n = "en_odd_spacing"
    cases.append(Case(n, finish(n, plain(body), sender, "cheetah CUG nominee"),
                      expect(n, "lines", "request", "en", [nominee(TESFAYE, sender)])))

    # the notification table pasted with ragged whitespace (tabs and runs of spaces mixed)
    sender = "cites-india@wccb.gov.in"
    body = ("Sir,\n\nKindly include the following officials of India in the cheetah closed user group on CENcomm.\n\n"
            "Country\tName\t  Surname\tOrganization\tPosition/Role \tContact number\tOfficial Email address\n"
            "India\t Rajesh Kumar\tSharma \t Wildlife Crime Control Bureau\tDeputy Director\t+91 11 2436 0706\t "
            "rk.sharma@wccb.gov.in\n\nWith regards,\nRegional Deputy Director (NR)\nPhone: 011-26182484\n")
    n = "en_ragged_tab_table"
    cases.append(Case(n, finish(n, plain(body), sender, "Request to join cheetah CUG - India"),
                      expect(n, "table_text", "request", "en", [nominee(SHARMA, sender)])))

    # "Label | Value" rows, pipes on both sides (a table copied from a chat or markdown)
    sender = "cites@zimparks.org.zw"
    body = ("Hello,\n\nNomination for the cheetah CUG (CENcomm):\n\n| Country | Zimbabwe |\n| Name | Tendai |\n"
            "| Surname | Moyo |\n| Organization | Zimbabwe Parks and Wildlife Management Authority |\n"
            "| Position/Role | Chief Ecologist |\n| Contact number | +263 242 706 077 / +263 772 123 456 |\n"
            "| Official Email address | tmoyo@zimparks.org.zw |\n\nRegards\nZimParks CITES Desk\n")
    n = "en_pipe_rows"
    cases.append(Case(n, finish(n, plain(body), sender, "Cheetah CUG nomination - Zimbabwe"),
                      expect(n, "lines", "request", "en", [nominee(MOYO, sender)])))

    # prose: one official per paragraph
    sender = KWS
    body = ("Dear Colleagues,\n\nFurther to Notification No. 2018/046, Kenya would like the following two officers to "
            "join the cheetah closed user group on CENcomm:\n\n"
            "Mr. John KAMAU, Senior Warden, Kenya Wildlife Service, tel +254 20 2379407 ext. 1203, email "
            "j.kamau@kws.go.ke\n\n"
            "Ms. Esther Wambui, Intelligence Officer, Kenya Wildlife Service, mobile 0722 555 018, email "
            "ewambui@kws.go.ke\n\nBest,\nKWS CITES Desk\n")
    n = "en_prose_paragraphs"
    cases.append(Case(n, finish(n, plain(body), sender, "CUG cheetah - Kenya officers"),
                      expect(n, "prose", "request", "en", [nominee(KAMAU, sender), nominee(WAMBUI, sender)])))

    # forwarded by the ministry (Gmail marker), forwarder's signature above the marker
    sender = "pomondi@tourism.go.ke"
    body = ("Dear Secretariat,\n\nForwarding the request below from KWS for your action.\n\nRegards,\nPatrick"
            + SIG_EN + "\n---------- Forwarded message ---------\nFrom: Esther Wambui <ewambui@kws.go.ke>\n"
            "Date: Mon, Jun 10, 2024 at 4:02 PM\nSubject: CENcomm cheetah CUG\nTo: Patrick Omondi "
            "<pomondi@tourism.go.ke>\n\n\nDear Director,\n\nKindly forward my details to CITES for the cheetah "
            "closed user group.\n\nCountry: Kenya\nFirst name: Esther\nLast name: Wambui\nOrganisation: Kenya "
            "Wildlife Service\nPosition: Intelligence Officer\nMobile: 0722 555 018\nEmail: ewambui@kws.go.ke\n\n"
            "Thank you.\nEsther\n")
    n = "en_forward_gmail"
    cases.append(Case(n, finish(n, plain(body), sender, "Fwd: CENcomm cheetah CUG"),
                      expect(n, "forward", "request", "en", [nominee(WAMBUI, sender)])))

    # forwarded without Fwd: in the subject, Outlook header block of the original inline
    sender = "registry@tourism.go.ke"
    body = ("Please see below.\n\n________________________________\nFrom: Mwila Banda <mbanda@dnpw.gov.zm>\n"
            "Sent: Friday, June 7, 2024 11:20 AM\nTo: registry@tourism.go.ke\nSubject: Cheetah CUG\n\n"
            "Country: Zambia\nName: Mwila\nSurname: Banda\nOrganization: Department of National Parks and Wildlife\n"
            "Position/Role: Wildlife Police Officer\nContact number: +260 211 278 482\nOfficial Email address: "
            "mbanda@dnpw.gov.zm\n")
    n = "en_forward_outlook_no_fw_subject"
    # A human reading this records Mwila Banda: the forwarded text is the request.
    cases.append(Case(n, finish(n, plain(body), sender, "Cheetah CUG request for Zambia"),
                      expect(n, "forward", "request", "en", [nominee(BANDA, sender)])))

    # reply with the missing number; our notice quoted Outlook-style (no "> ")
    sender = "gnamara@ura.go.ug"
    body = ("Dear Secretariat,\n\nMy contact number is 0414 334000.\n\nGrace\n\n"
            "From: CITES Secretariat <info@cites.org>\nSent: Monday, June 10, 2024 2:15 PM\nTo: Grace Namara "
            "<gnamara@ura.go.ug>\nSubject: Cheetah closed user group: details missing - reference CUG-2024-0031\n\n"
            "We still need: Contact number - reference CUG-2024-0031.\n\nCountry: Uganda\nName: Grace\nSurname: "
            "Namara\nContact number: (missing)\nOfficial email address: gnamara@ura.go.ug\n")
    n = "en_reply_outlook_block"
    cases.append(Case(n, finish(n, plain(body), sender,
                                "RE: Cheetah closed user group: details missing - reference CUG-2024-0031"),
                      expect(n, "reply", "request", "en", [nominee(only(NAMARA, "phone"), sender)],
                             reference="CUG-2024-0031")))

    # label lines, then a signature with its own phone and e-mail and no closing word
    sender = "fiona.mcleod@nwcu.police.uk"
    body = ("Hi,\n\nI'd like to join the cheetah CUG on CENcomm please. My details:\n\nCountry: UK\nName: Fiona\n"
            "Surname: McLeod\nOrganisation: National Wildlife Crime Unit\nRole: Intelligence Analyst\n"
            "Tel: +44 1786 895000\nEmail: fiona.mcleod@nwcu.police.uk\n\nCheers\nFiona\n\n"
            "Fiona McLeod | Intelligence Analyst\nNational Wildlife Crime Unit\nT: 01786 895 111 | M: 07700 900 123\n"
            "E: nwcu@nwcu.police.uk\n")
    n = "en_signature_no_closing"
    cases.append(Case(n, finish(n, plain(body), sender, "CENcomm cheetah CUG access"),
                      expect(n, "lines", "request", "en", [nominee(MCLEOD, sender)])))

    # DOCX: 2-column label/value table with a merged title row, labels with notes
    sender = "cites@ura.go.ug"
    n = "en_docx_kv_merged_title"
    cases.append(Case(n, finish(n, mixed(plain("Dear Secretariat,\n\nAttached is our nomination form for the cheetah "
                                              "CUG.\n\nRegards,\nURA Enforcement\n"),
                                        attachment(docx_kv("en"), "URA nomination form.docx", *DOCX)),
                                sender, "Nomination form - cheetah CUG"),
                      expect(n, "docx", "request", "en", [nominee(NAMARA, sender)])))

    # DOCX: nominee table with a merged title row and a two-level header (Contact details -> Tel / Email)
    sender = KWS
    n = "en_docx_two_level_header"
    cases.append(Case(n, finish(n, mixed(plain("Dear Secretariat,\n\nPlease find attached Kenya's nominees for the "
                                              "cheetah closed user group.\n\nKWS CITES Desk\n"),
                                        attachment(docx_rows([KAMAU_W, WAMBUI_W]), "Kenya_CUG_nominees.docx", *DOCX)),
                                sender, "Kenya nominees - cheetah CUG"),
                      expect(n, "docx", "request", "en", [nominee(KAMAU, sender), nominee(WAMBUI, sender)])))

    # XLSX: title row, blank row, "S/N" column, phone typed as a number
    sender = "cites@zimparks.org.zw"
    n = "en_xlsx_title_sn"
    cases.append(Case(n, finish(n, mixed(plain("Good day,\n\nSee attached list for the cheetah CUG.\n"),
                                        attachment(xlsx_sn(), "CUG list.xlsx", *XLSX)),
                                sender, "Cheetah CUG list"),
                      expect(n, "xlsx", "request", "en", [nominee(MOYO, sender), nominee(TESFAYE_ZW, sender)])))

    # CSV: UTF-8 BOM, semicolons, a notes line on top
    sender = "cites@ewca.gov.et"
    data = ("\ufeffCheetah CUG nominations - Ethiopia\r\n"
            "Country;Name;Surname;Organization;Position/Role;Contact number;Official Email address\r\n"
            "Ethiopia;Hanna;Tesfaye;Ethiopian Wildlife Conservation Authority;Wildlife Crime Investigator;"
            "+251 11 551 4389;hanna.tesfaye@ewca.gov.et\r\n").encode("utf-8")
    n = "en_csv_bom_semicolon_title"
    cases.append(Case(n, finish(n, mixed(plain("Attached, for the cheetah closed user group.\n"),
                                        attachment(data, "nominees.csv", "text", "csv")),
                                sender, "CUG nominee"),
                      expect(n, "csv", "request", "en", [nominee(TESFAYE, sender)])))
    return cases


KAMAU_W = ("Kenya", "Mr. John", "KAMAU", "Kenya Wildlife Service", "Senior Warden", "+254 20 2379407 ext. 1203",
           "j.kamau@kws.go.ke")
WAMBUI_W = ("Kenya", "Ms. Esther", "Wambui", "Kenya Wildlife Service", "Intelligence Officer", "0722 555 018",
            "ewambui@kws.go.ke")
TESFAYE_ZW = P("Zimbabwe", "ZW", "Blessing", "Chikomo", "Zimbabwe Republic Police - Minerals, Flora and Fauna Unit",
               "Detective Inspector", "+263772555019", "bchikomo@zrp.gov.zw")


def docx_kv(lang: str) -> bytes:
    import datetime

    import docx

    d = docx.Document()
    d.add_paragraph("UGANDA REVENUE AUTHORITY")
    t = d.add_table(rows=1, cols=2)
    title = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    title.text = "NOMINATION FORM – CHEETAH CLOSED USER GROUP (CENcomm)"
    for lab, v in [("Country", "Uganda"), ("Name (first name)", "Grace"), ("Surname (family name)", "Namara"),
                   ("Organization", "Uganda Revenue Authority - Customs"), ("Position/Role", "Supervisor Enforcement"),
                   ("Contact number (incl. country code)", "0414 334000"),
                   ("Official Email address (to be used for communications)", "gnamara@ura.go.ug")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = lab, v
    d.add_paragraph("Signed: ____________    Date: 10/06/2024")
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2024, 1, 1)
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def docx_rows(people: list[tuple[str, ...]]) -> bytes:
    import datetime

    import docx

    d = docx.Document()
    d.add_paragraph("Annex: officers nominated to the cheetah closed user group")
    t = d.add_table(rows=3, cols=8)
    t.style = "Table Grid"
    top = t.rows[0].cells[0].merge(t.rows[0].cells[7])
    top.text = "KENYA – NOMINATED OFFICERS"
    heads = ["No.", "Country", "Name", "Surname", "Organization", "Position/Role"]
    for i, h in enumerate(heads):
        a = t.rows[1].cells[i].merge(t.rows[2].cells[i])
        a.text = h
    c = t.rows[1].cells[6].merge(t.rows[1].cells[7])
    c.text = "Contact details"
    t.rows[2].cells[6].text = "Telephone"
    t.rows[2].cells[7].text = "Official Email"
    for k, p in enumerate(people, 1):
        cells = t.add_row().cells
        for cell, v in zip(cells, (f"{k}.", *p), strict=True):
            cell.text = v
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2024, 1, 1)
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def xlsx_sn() -> bytes:
    import datetime

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CUG"
    ws.append(["ZIMBABWE - NOMINEES FOR THE CHEETAH CLOSED USER GROUP (Notification 2018/046)"])
    ws.merge_cells("A1:H1")
    ws.append([])
    ws.append(["S/N", "Country", "Name", "Surname", "Organization", "Position/Role", "Contact number",
               "Official Email address"])
    ws.append([1, "Zimbabwe", "Tendai", "Moyo", "Zimbabwe Parks and Wildlife Management Authority", "Chief Ecologist",
               "+263 242 706 077", "tmoyo@zimparks.org.zw"])
    ws.append([2, "Zimbabwe", "Blessing", "Chikomo", "Zimbabwe Republic Police - Minerals, Flora and Fauna Unit",
               "Detective Inspector", 263772555019, "bchikomo@zrp.gov.zw"])
    ws.append([])
    ws.append(["Prepared by: ZimParks CITES office"])
    wb.properties.created = wb.properties.modified = datetime.datetime(2024, 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return fixed_zip(buf.getvalue())


# ------------------------------------------------------------------ French bodies


def fr_cases() -> list[Case]:
    cases: list[Case] = []

    # Outlook HTML label lines: French spacing before the colon (&nbsp;:), bold labels in spans
    sender = "dgef@environnement.gov.bf"

    def mso(label: str, value: str) -> str:
        return (f"<p class=MsoNormal><b><span lang=FR style='font-family:\"Arial\",sans-serif'>{label}&nbsp;:"
                f"</span></b><span lang=FR style='font-family:\"Arial\",sans-serif'> {value}<o:p></o:p></span></p>")

    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><style>p.MsoNormal{margin:0cm}</style>"
            "</head><body lang=FR><div class=WordSection1><p class=MsoNormal><span lang=FR>Madame, Monsieur,<o:p>"
            "</o:p></span></p><p class=MsoNormal><span lang=FR><o:p>&nbsp;</o:p></span></p><p class=MsoNormal><span "
            "lang=FR>Suite à la notification n°&nbsp;2018/046, le Burkina Faso souhaite inscrire l’agent ci-après au "
            "groupe d’utilisateurs fermé «&nbsp;guépard&nbsp;» de CENcomm.<o:p></o:p></span></p>"
            "<p class=MsoNormal><span lang=FR><o:p>&nbsp;</o:p></span></p>"
            + mso("Pays", "Burkina Faso") + mso("Nom", "KABORE") + mso("Prénom", "Issouf")
            + mso("Organisme", "Direction générale des Eaux et Forêts")
            + mso("Fonction", "Inspecteur des Eaux et Forêts") + mso("Téléphone", "(+226) 25 35 64 22")
            + mso("Courriel", "<a href=\"mailto:issouf.kabore@environnement.gov.bf\">issouf.kabore@environnement.gov.bf</a>")
            + "<p class=MsoNormal><span lang=FR><o:p>&nbsp;</o:p></span></p><p class=MsoNormal><span lang=FR>"
            "Veuillez agréer, Madame, Monsieur, l’expression de nos salutations distinguées.<o:p></o:p></span></p>"
            "<p class=MsoNormal><span lang=FR>Le Directeur général<o:p></o:p></span></p><p class=MsoNormal>"
            "<span lang=FR>Tél&nbsp;: +226 25 35 60 00<o:p></o:p></span></p></div></body></html>")
    n = "fr_outlook_label_spans"
    cases.append(Case(n, finish(n, text_part(html, "html"), sender, "Désignation – groupe d’utilisateurs fermé guépard"),
                      expect(n, "html_outlook", "request", "fr", [nominee(KABORE, sender)])))

    # bilingual labels "Nom / Name :"
    sender = "douanes.td@gmail.com"
    body = ("Bonjour,\n\nLe Tchad souhaite désigner l'agent suivant pour le groupe fermé d'utilisateurs (CUG) "
            "guépard de CENcomm.\n\nPays / Country : Tchad\nNom / Name : MAHAMAT\nPrénom / First name : Issa\n"
            "Organisation / Organization : Direction générale des Douanes et Droits Indirects\n"
            "Fonction / Position : Chef de brigade\nTéléphone / Phone : +235 22 52 33 10\n"
            "Courriel / Email : issa.mahamat@douanes.td\n\nBien à vous,\nLe Directeur\nTél : +235 22 52 00 00\n")
    n = "fr_bilingual_labels"
    cases.append(Case(n, finish(n, plain(body), sender, "Désignation CUG guépard - Tchad"),
                      expect(n, "lines", "request", "fr", [nominee(MAHAMAT, sender)])))

    # NAME/NOM style: English first, French second, upper case
    sender = "dgf@agrinet.tn"
    body = ("Madame, Monsieur,\n\nNous vous prions de bien vouloir inscrire l'agent suivant au groupe "
            "d'utilisateurs fermé sur le guépard (CENcomm) :\n\nCOUNTRY/PAYS: Tunisie\nSURNAME/NOM: Ben Salah\n"
            "FIRST NAME/PRÉNOM: Leïla\nORGANIZATION/ORGANISME: Direction Générale des Forêts\nPOSITION/FONCTION: "
            "Sous-directrice de la chasse\nTEL: +216 71 786 833\nE-MAIL: leila.bensalah@agrinet.tn\n\n"
            "Sincères salutations\n")
    n = "fr_upper_bilingual"
    cases.append(Case(n, finish(n, plain(body), sender, "Groupe fermé guépard"),
                      expect(n, "lines", "request", "fr", [nominee(BENSALAH, sender)])))

    # Apple Mail forward "Début du message réexpédié :" without Tr: in the subject
    sender = "cabinet@environnement.gouv.ml"
    body = ("Bonjour,\n\nPour suite à donner.\n\nLe Secrétaire général\n\nDébut du message réexpédié :\n\n"
            "De: Moussa Traoré <moussa.traore@dnef.gouv.ml>\nObjet: Demande d'accès CENcomm guépard\n"
            "Date: 7 juin 2024 à 10:02:11 UTC\nÀ: cabinet@environnement.gouv.ml\n\nMonsieur le Secrétaire général,\n\n"
            "Je sollicite mon inscription au groupe d'utilisateurs fermé guépard.\n\nPays : Mali\nPrénom : Moussa\n"
            "Nom : Traoré\nStructure : Direction nationale des Eaux et Forêts\nPoste : Chef de division\n"
            "Tél. : +223 20 22 58 50\nE-mail : moussa.traore@dnef.gouv.ml\n\nMoussa Traoré\n")
    n = "fr_forward_apple"
    cases.append(Case(n, finish(n, plain(body), sender, "Demande d'accès CENcomm guépard"),
                      expect(n, "forward", "request", "fr", [nominee(TRAORE, sender)])))

    # reply, French Outlook quote block with our notice (values "(manquant)")
    sender = "issa.mahamat@douanes.td"
    body = ("Bonjour,\n\nVoici mon adresse : issa.mahamat@douanes.td et mon numéro.\n\nTéléphone : +235 22 52 33 10\n\n"
            "Cordialement\nIssa MAHAMAT\n\nDe : Secrétariat CITES <info@cites.org>\nEnvoyé : lundi 10 juin 2024 14:15\n"
            "À : Issa MAHAMAT <issa.mahamat@douanes.td>\nObjet : Groupe d'utilisateurs fermé : informations "
            "manquantes - référence CUG-2024-0044\n\nPays : Tchad\nPrénom : Issa\nNom : MAHAMAT\nTéléphone : "
            "(manquant)\nCourriel : (manquant)\n")
    n = "fr_reply_outlook_block"
    cases.append(Case(n, finish(n, plain(body), sender,
                                "RE: Groupe d'utilisateurs fermé : informations manquantes - référence CUG-2024-0044"),
                      expect(n, "reply", "request", "fr", [nominee(only(MAHAMAT, "phone", "email"), sender)],
                             reference="CUG-2024-0044")))

    # prose, French
    sender = "dfc@environnement.gouv.ne"
    body = ("Madame, Monsieur,\n\nLe Niger a l'honneur de désigner, pour le groupe d'utilisateurs fermé guépard de la "
            "plateforme CENcomm :\n\nMme Aïchatou ISSAKA, Directrice adjointe, Direction de la Faune, de la Chasse et "
            "des Aires Protégées, Tél : +227 20 72 33 05, Courriel : aichatou.issaka@environnement.gouv.ne\n\n"
            "Salutations distinguées.\n")
    n = "fr_prose"
    cases.append(Case(n, finish(n, plain(body), sender, "Désignation CENcomm"),
                      expect(n, "prose", "request", "fr", [nominee(ISSAKA, sender)])))

    # French message, English labels
    sender = "sophie.tremblay@ec.gc.ca"
    body = ("Bonjour,\n\nJe souhaite rejoindre le groupe d'utilisateurs fermé sur le guépard dans CENcomm. Voici mes "
            "coordonnées :\n\nCountry: Canada\nName: Sophie\nSurname: Tremblay\nOrganization: Environnement et "
            "Changement climatique Canada\nPosition: Agente d'application de la loi\nPhone: 514-283-4567\n"
            "Email: sophie.tremblay@ec.gc.ca\n\nMerci et bonne journée,\nSophie\n")
    n = "fr_english_labels"
    cases.append(Case(n, finish(n, plain(body), sender, "Accès au CUG guépard"),
                      expect(n, "lines", "request", "fr", [nominee(TREMBLAY, sender)])))

    # signature with its own phone/e-mail after "Bien à vous"
    sender = "moussa.traore@dnef.gouv.ml"
    body = ("Madame, Monsieur,\n\nJe vous prie de bien vouloir m'inscrire au groupe d'utilisateurs fermé guépard.\n\n"
            "Pays : Mali\nPrénom : Moussa\nNom : Traoré\nOrganisme : Direction nationale des Eaux et Forêts\n"
            "Fonction : Chef de division\nTéléphone : 20 22 58 50\nCourriel : moussa.traore@dnef.gouv.ml\n\n"
            "Bien à vous.\n\nMoussa TRAORÉ\nDNEF – Bamako\nTél : +223 76 00 00 01\nCourriel : secretariat@dnef.gouv.ml\n")
    n = "fr_signature_bien_a_vous"
    cases.append(Case(n, finish(n, plain(body), sender, "Inscription CUG guépard"),
                      expect(n, "lines", "request", "fr", [nominee(TRAORE, sender)])))

    # DOCX French form with "de l'agent" labels and Tél/Fax
    sender = "cites@environnement.gouv.ne"
    n = "fr_docx_agent_labels"
    cases.append(Case(n, finish(n, mixed(plain("Madame, Monsieur,\n\nVeuillez trouver ci-joint la fiche de désignation "
                                              "pour le groupe fermé guépard.\n\nCordialement\n"),
                                        attachment(docx_fr(), "Fiche désignation.docx", *DOCX)),
                                sender, "Fiche de désignation CUG"),
                      expect(n, "docx", "request", "fr", [nominee(ISSAKA, sender)])))

    # XLSX French, title row, "Nom et prénoms" (surname first)
    sender = "dgef@environnement.gov.bf"
    n = "fr_xlsx_nom_prenoms"
    cases.append(Case(n, finish(n, mixed(plain("Bonjour,\n\nCi-joint la liste des agents pour le CUG guépard.\n"),
                                        attachment(xlsx_fr(), "liste_agents.xlsx", *XLSX)),
                                sender, "Liste CUG guépard"),
                      expect(n, "xlsx", "request", "fr", [nominee(KABORE, sender)])))

    # CSV French, BOM + semicolons, "Adresse e-mail"
    sender = "dgf@agrinet.tn"
    data = ("\ufeffPays;Prénom;Nom;Organisme;Fonction;Téléphone;Adresse e-mail\r\n"
            "Tunisie;Leïla;Ben Salah;Direction Générale des Forêts;Sous-directrice de la chasse;71 786 833;"
            "leila.bensalah@agrinet.tn\r\n").encode("utf-8")
    n = "fr_csv_bom"
    cases.append(Case(n, finish(n, mixed(plain("Ci-joint le fichier pour le groupe fermé guépard.\n"),
                                        attachment(data, "designation.csv", "text", "csv")),
                                sender, "Désignation"),
                      expect(n, "csv", "request", "fr", [nominee(BENSALAH, sender)])))
    return cases


def docx_fr() -> bytes:
    import datetime

    import docx

    d = docx.Document()
    d.add_paragraph("FICHE DE DÉSIGNATION")
    t = d.add_table(rows=0, cols=2)
    for lab, v in [("Pays", "Niger"), ("Nom de l'agent", "ISSAKA"), ("Prénom(s) de l'agent", "Mme Aïchatou"),
                   ("Service / Organisation", "Direction de la Faune, de la Chasse et des Aires Protégées"),
                   ("Fonction / Grade", "Directrice adjointe"), ("Tél/Fax", "+227 20 72 33 05"),
                   ("E-mail", "aichatou.issaka@environnement.gouv.ne")]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text = lab, v
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2024, 1, 1)
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def xlsx_fr() -> bytes:
    import datetime

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Feuil1"
    ws.append(["BURKINA FASO – Agents désignés (groupe d'utilisateurs fermé guépard)"])
    ws.append(["N°", "Pays", "Nom et prénoms", "Organisme", "Fonction", "Téléphone", "Courriel"])
    ws.append([1, "Burkina Faso", "KABORE Issouf", "Direction générale des Eaux et Forêts",
               "Inspecteur des Eaux et Forêts", "+226 25 35 64 22", "issouf.kabore@environnement.gov.bf"])
    wb.properties.created = wb.properties.modified = datetime.datetime(2024, 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return fixed_zip(buf.getvalue())


# ------------------------------------------------------------------ Spanish bodies


def es_cases() -> list[Case]:
    cases: list[Case] = []

    # Outlook HTML table with spacer columns, nested in a layout table
    sender = "cites@sag.gob.cl"

    def cell(t: str) -> str:
        return f"<td valign=top style='padding:0cm 5.4pt'><p class=MsoNormal><span lang=ES-CL>{t}<o:p></o:p></span></p></td>"

    spacer = "<td style='border:none;padding:0cm 0cm 0cm 0cm' width=4><p class=MsoNormal>&nbsp;</p></td>"
    heads = ["País", "Nombre", "Apellidos", "Institución", "Cargo", "Teléfono", "Correo electrónico"]
    r1 = ["Chile", "Sra. Ana María", "TORRES VEGA", "Servicio Agrícola y Ganadero (SAG)", "Jefa de Fiscalización",
          "+56 2 2345 1100 anexo 215", "<a href='mailto:ana.torres@sag.gob.cl'>ana.torres@sag.gob.cl</a>"]
    table = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>"
             + "".join("<tr>" + spacer.join(cell(c) for c in r) + "</tr>" for r in (heads, r1)) + "</table>")
    html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body lang=ES-CL><div class=WordSection1>"
            "<p class=MsoNormal><span lang=ES-CL>Estimados señores:<o:p></o:p></span></p>"
            "<p class=MsoNormal><span lang=ES-CL>En respuesta a la Notificación 2018/046, Chile designa a la siguiente "
            "funcionaria para el grupo cerrado de usuarios sobre el guepardo en CENcomm:<o:p></o:p></span></p>"
            f"<table border=0><tr><td>{table}</td></tr></table>"
            "<p class=MsoNormal><span lang=ES-CL>Saludos cordiales,<o:p></o:p></span></p>"
            "<p class=MsoNormal><span lang=ES-CL>Departamento CITES – SAG<o:p></o:p></span></p>"
            "<p class=MsoNormal><span lang=ES-CL>Fono: +56 2 2345 1000<o:p></o:p></span></p></div></body></html>")
    n = "es_outlook_table_spacers"
    cases.append(Case(n, finish(n, text_part(html, "html"), sender, "Designación grupo cerrado CENcomm guepardo"),
                      expect(n, "html_outlook", "request", "es", [nominee(TORRES, sender)])))

    # label lines with titles, capitals, local number with extension word
    sender = "biodiversidad@mmaya.gob.bo"
    body = ("Estimados señores de la Secretaría:\n\nPor medio de la presente, el Estado Plurinacional de Bolivia "
            "solicita el acceso al grupo cerrado de usuarios del guepardo en CENcomm para:\n\n"
            "- País: Estado Plurinacional de Bolivia\n- Nombres: Lic. Carlos Alberto\n- Apellidos: Pérez Gómez\n"
            "- Institución: Dirección General de Biodiversidad y Áreas Protegidas\n"
            "- Cargo: Profesional en Vida Silvestre\n- Teléfono: (591-2) 2146382 int. 105\n"
            "- Correo electrónico: cperez@mmaya.gob.bo\n\nSin otro particular, saludamos a ustedes atentamente.\n\n"
            "Dirección General de Biodiversidad\nTeléfono: (591-2) 2146300\n")
    n = "es_dash_lines_titles"
    cases.append(Case(n, finish(n, plain(body), sender, "Solicitud de acceso - grupo cerrado guepardo"),
                      expect(n, "lines", "request", "es", [nominee(PEREZ, sender)])))

    # forwarded with "Mensaje reenviado", subject without RV:
    sender = "despacho@ambiente.gob.ec"
    body = ("Para su atención.\n\n---------- Mensaje reenviado ---------\nDe: Diego Andrade <diego.andrade@ambiente.gob.ec>\n"
            "Date: lun, 10 jun 2024 a las 9:30\nSubject: Acceso CUG guepardo\nTo: <despacho@ambiente.gob.ec>\n\n"
            "Estimados,\n\nSolicito ser incluido en el grupo cerrado de usuarios sobre el guepardo.\n\nPaís: Ecuador\n"
            "Nombre: Diego\nApellido: Andrade\nInstitución: Ministerio del Ambiente, Agua y Transición Ecológica\n"
            "Cargo: Analista de Vida Silvestre\nTeléfono: +593 2 398 7600\nCorreo: diego.andrade@ambiente.gob.ec\n")
    n = "es_forward_reenviado"
    cases.append(Case(n, finish(n, plain(body), sender, "Acceso CUG guepardo"),
                      expect(n, "forward", "request", "es", [nominee(ANDRADE, sender)])))

    # reply, Spanish Outlook quote block
    sender = "lmorales@conap.gob.gt"
    body = ("Buenos días,\n\nComplemento la información solicitada:\n\nCargo: Técnica CITES\n\nSaludos\nLucía\n\n"
            "De: Secretaría CITES <info@cites.org>\nEnviado el: lunes, 10 de junio de 2024 14:15\nPara: Lucía Morales "
            "<lmorales@conap.gob.gt>\nAsunto: Grupo cerrado de usuarios: faltan datos - referencia CUG-2024-0050\n\n"
            "País: Guatemala\nNombre: Lucía\nApellido(s): Morales\nCargo: (falta)\n")
    n = "es_reply_outlook_block"
    cases.append(Case(n, finish(n, plain(body), sender,
                                "RE: Grupo cerrado de usuarios: faltan datos - referencia CUG-2024-0050"),
                      expect(n, "reply", "request", "es", [nominee(only(MORALES, "position"), sender)],
                             reference="CUG-2024-0050")))

    # prose, Spanish
    sender = "cites@sag.gob.cl"
    body = ("Estimados:\n\nChile solicita incorporar al grupo cerrado de usuarios sobre el guepardo (CENcomm) a:\n\n"
            "Sra. Ana María TORRES VEGA, Jefa de Fiscalización, Servicio Agrícola y Ganadero (SAG), teléfono "
            "+56 2 2345 1100, correo ana.torres@sag.gob.cl\n\nAtentamente,\nDepartamento CITES\n")
    n = "es_prose"
    cases.append(Case(n, finish(n, plain(body), sender, "Grupo cerrado guepardo"),
                      expect(n, "prose", "request", "es", [nominee(TORRES, sender)])))

    # Spanish message, English labels
    sender = "lmorales@conap.gob.gt"
    body = ("Estimados señores:\n\nAdjunto mis datos para el grupo cerrado de usuarios del guepardo en CENcomm, según "
            "el formulario en inglés:\n\nCountry: Guatemala\nName: Lucía\nSurname: Morales\nOrganization: Consejo "
            "Nacional de Áreas Protegidas (CONAP)\nPosition/Role: Técnica CITES\nContact number: 2422 6700\n"
            "Official Email address: lmorales@conap.gob.gt\n\nSaludos cordiales\n")
    n = "es_english_labels"
    cases.append(Case(n, finish(n, plain(body), sender, "CUG guepardo"),
                      expect(n, "lines", "request", "es", [nominee(MORALES, sender)])))

    # "País | Ecuador" pipe rows without outer pipes
    sender = "diego.andrade@ambiente.gob.ec"
    body = ("Estimados,\n\nMis datos para el grupo cerrado de usuarios sobre el guepardo:\n\nPaís | Ecuador\n"
            "Nombre | Diego\nApellido | Andrade\nInstitución | Ministerio del Ambiente, Agua y Transición Ecológica\n"
            "Cargo | Analista de Vida Silvestre\nTeléfono | 02 398 7600\nCorreo electrónico | "
            "diego.andrade@ambiente.gob.ec\n\nGracias.\n")
    n = "es_pipe_rows"
    cases.append(Case(n, finish(n, plain(body), sender, "Solicitud CUG"),
                      expect(n, "lines", "request", "es", [nominee(ANDRADE, sender)])))

    # DOCX nominee table with merged title row
    sender = "cites@conap.gob.gt"
    n = "es_docx_rows_title"
    cases.append(Case(n, finish(n, mixed(plain("Estimados señores:\n\nAdjunto la designación para el grupo cerrado "
                                              "de usuarios sobre el guepardo.\n\nAtentamente,\nCONAP\n"),
                                        attachment(docx_es(), "designación CONAP.docx", *DOCX)),
                                sender, "Designación CUG guepardo"),
                      expect(n, "docx", "request", "es", [nominee(MORALES, sender)])))

    # XLSX Spanish with title row, "Nombre(s)" and "Apellido(s)"
    sender = "biodiversidad@mmaya.gob.bo"
    n = "es_xlsx_title"
    cases.append(Case(n, finish(n, mixed(plain("Adjuntamos la planilla para el grupo cerrado de usuarios del "
                                              "guepardo.\n"), attachment(xlsx_es(), "planilla.xlsx", *XLSX)),
                                sender, "Planilla CUG guepardo"),
                      expect(n, "xlsx", "request", "es", [nominee(PEREZ, sender)])))

    # CSV Spanish, BOM, semicolons
    sender = "cites@sag.gob.cl"
    data = ("\ufeffPaís;Nombre(s);Apellido(s);Organización;Cargo;Teléfono;Correo electrónico oficial\r\n"
            "Chile;Ana María;TORRES VEGA;Servicio Agrícola y Ganadero (SAG);Jefa de Fiscalización;"
            "+56 2 2345 1100;ana.torres@sag.gob.cl\r\n").encode("utf-8")
    n = "es_csv_bom"
    cases.append(Case(n, finish(n, mixed(plain("Adjunto archivo CSV para el grupo cerrado de usuarios.\n"),
                                        attachment(data, "funcionarios.csv", "text", "csv")),
                                sender, "CUG guepardo - Chile"),
                      expect(n, "csv", "request", "es", [nominee(TORRES, sender)])))
    return cases


def docx_es() -> bytes:
    import datetime

    import docx

    d = docx.Document()
    d.add_paragraph("ANEXO")
    t = d.add_table(rows=2, cols=7)
    top = t.rows[0].cells[0].merge(t.rows[0].cells[6])
    top.text = "FUNCIONARIOS DESIGNADOS – GRUPO CERRADO DE USUARIOS (GUEPARDO)"
    for c, h in zip(t.rows[1].cells, ["País", "Nombre", "Apellido(s)", "Organización", "Cargo/Función",
                                      "Teléfono de contacto", "Correo electrónico oficial"], strict=True):
        c.text = h
    for c, v in zip(t.add_row().cells, ["Guatemala", "Lucía", "Morales", "Consejo Nacional de Áreas Protegidas (CONAP)",
                                        "Técnica CITES", "(502) 2422-6700", "lmorales@conap.gob.gt"], strict=True):
        c.text = v
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2024, 1, 1)
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def xlsx_es() -> bytes:
    import datetime

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Hoja1"
    ws.append(["Solicitud de acceso – grupo cerrado de usuarios (guepardo)"])
    ws.append(["Fecha: 10/06/2024"])
    ws.append(["País", "Nombre(s)", "Apellido(s)", "Institución", "Cargo", "Teléfono", "Correo electrónico"])
    ws.append(["Bolivia", "Carlos Alberto", "Pérez Gómez", "Dirección General de Biodiversidad y Áreas Protegidas",
               "Profesional en Vida Silvestre", "+591 2 2146382", "cperez@mmaya.gob.bo"])
    wb.properties.created = wb.properties.modified = datetime.datetime(2024, 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return fixed_zip(buf.getvalue())


# ------------------------------------------------------------------ not requests


def negative_cases() -> list[Case]:
    cases: list[Case] = []

    sender = "permits@kws.go.ke"
    body = ("Dear CITES Secretariat,\n\nWe are setting up our electronic permitting system and would like to join "
            "the closed user group on the UNCTAD eCITES platform that other Parties use to exchange permit data. "
            "Could you advise how to verify an export permit for cheetah skins issued by Namibia?\n\n"
            "Kind regards,\n\nName: Peter Otieno\nPosition: Permits Officer\nOrganization: Kenya Wildlife Service\n"
            "Tel: +254 20 600 0800\nEmail: permits@kws.go.ke\n")
    n = "neg_permit_other_cug"
    cases.append(Case(n, finish(n, plain(body), sender, "Question on eCITES closed user group and permit verification"),
                      expect(n, "negative", "not_request", "en")))

    sender = "events@wildlife-network.example.org"
    body = ("Dear colleague,\n\nPlease complete the registration form below for the regional workshop on combating "
            "wildlife trafficking (Nairobi, 15-17 July 2024).\n\nCountry: Kenya\nName: Esther\nSurname: Wambui\n"
            "Organization: Kenya Wildlife Service\nPosition: Intelligence Officer\nEmail: ewambui@kws.go.ke\n"
            "Dietary requirements: none\n\nHotel bookings are handled by the organisers.\n")
    n = "neg_meeting_registration"
    cases.append(Case(n, finish(n, plain(body), sender, "Registration - regional wildlife trafficking workshop"),
                      expect(n, "negative", "not_request", "en")))

    sender = "secretariat@ccaf.example.org"
    body = ("Madame, Monsieur,\n\nMerci de remplir le formulaire d'inscription à la réunion régionale des autorités "
            "CITES d'Afrique de l'Ouest.\n\nPays : Mali\nNom : Traoré\nPrénom : Moussa\nOrganisme : Direction "
            "nationale des Eaux et Forêts\nFonction : Chef de division\nCourriel : moussa.traore@dnef.gouv.ml\n\n"
            "Cordialement\n")
    n = "neg_fr_meeting_registration"
    cases.append(Case(n, finish(n, plain(body), sender, "Formulaire d'inscription - réunion régionale"),
                      expect(n, "negative", "not_request", "fr")))

    sender = "m.jones@dailynews.example.com"
    body = ("Hello,\n\nI'm a journalist at the Daily News writing a story on cheetah trafficking. Could someone at "
            "the Secretariat tell me how many countries have joined the CENcomm closed user group on cheetahs, and "
            "whether I could interview an officer?\n\nThanks,\nMark Jones\nSenior reporter\nTel: +44 20 7946 0123\n")
    n = "neg_press_cug"
    cases.append(Case(n, finish(n, plain(body), sender, "Press inquiry: cheetah CUG"),
                      expect(n, "negative", "not_request", "en")))

    sender = "a.colleague@cites.org"
    body = ("Dear all,\n\nReminder that the enforcement team meeting moves to room 2 on Thursday. The updated phone "
            "list for the front desk is below.\n\nName: Front desk\nPhone: +41 22 917 81 39\nEmail: info@cites.org\n\n"
            "Thanks,\nA.\n")
    n = "neg_internal_note"
    cases.append(Case(n, finish(n, plain(body), sender, "Room change and phone list"),
                      expect(n, "negative", "not_request", "en")))

    sender = "permisos@ambiente.gob.ec"
    body = ("Estimados señores:\n\nQuisiéramos confirmar si un permiso de exportación CITES emitido para una piel de "
            "guepardo pre-Convención requiere un certificado adicional.\n\nAtentamente,\nUnidad de Permisos\n"
            "Teléfono: +593 2 398 7600\nCorreo: permisos@ambiente.gob.ec\n")
    n = "neg_es_permit"
    cases.append(Case(n, finish(n, plain(body), sender, "Consulta sobre permiso de exportación"),
                      expect(n, "negative", "not_request", "es")))
    return cases


# ------------------------------------------------------------------ automatic replies


def auto_cases() -> list[Case]:
    cases: list[Case] = []
    ooo = [
        ("auto_exchange_en", "Automatic reply: Cheetah closed user group - details missing",
         "I am out of the office until 24 June with limited access to email. For urgent matters contact "
         "cites@kws.go.ke.\n", "en"),
        ("auto_exchange_fr", "Réponse automatique : Groupe d'utilisateurs fermé : informations manquantes",
         "Je suis absent du bureau jusqu'au 24 juin. En cas d'urgence, veuillez contacter le secrétariat.\n", "fr"),
        ("auto_exchange_es", "Respuesta automática: Grupo cerrado de usuarios: faltan datos",
         "Estaré fuera de la oficina hasta el 24 de junio. Para asuntos urgentes, escriba a cites@sag.gob.cl.\n", "es"),
    ]
    for n, subj, body, lang in ooo:
        cases.append(Case(n, finish(n, plain(body), "someone@gov.example", subj,
                                    headers={"X-MS-Exchange-Inbox-Rules-Loop": "someone@gov.example",
                                             "Thread-Topic": subj.split(":", 1)[1].strip()}),
                          expect(n, "auto", "auto_reply", lang)))

    # Exchange DSN: multipart/report with message/delivery-status and the original's headers
    n = "auto_dsn_exchange"
    rep = MIMEMultipart("report", report_type="delivery-status")
    rep.attach(text_part("Delivery has failed to these recipients or groups:\n\nj.kamau@kws.go.ke\nThe email address "
                         "you entered couldn't be found.\n"))
    ds = MIMEBase("message", "delivery-status")
    ds.set_payload([message_from_string("Reporting-MTA: dns;mail.kws.go.ke\n"),
                    message_from_string("Final-Recipient: rfc822;j.kamau@kws.go.ke\nAction: failed\nStatus: 5.1.1\n")])
    rep.attach(ds)
    orig = MIMEText("We still need: Contact number.\n")
    orig["Message-ID"] = "<reply-123@cites.org>"
    orig["Subject"] = "Cheetah closed user group: details missing"
    rep.attach(MIMEMessage(orig))
    cases.append(Case(n, finish(n, rep, "postmaster@kws.go.ke", "Undeliverable: Cheetah closed user group: details "
                                "missing", "Microsoft Outlook"), expect(n, "auto", "auto_reply", "en")))

    # a relay rewrote the DSN as multipart/mixed; the delivery-status part is still there
    n = "auto_dsn_relay_mixed"
    mx = MIMEMultipart("mixed")
    mx.attach(text_part("Votre message n'a pas pu être remis à ces destinataires :\n\nissa.mahamat@douanes.td\n"))
    ds = MIMEBase("message", "delivery-status")
    ds.set_payload([message_from_string("Reporting-MTA: dns;mx.douanes.td\n"),
                    message_from_string("Final-Recipient: rfc822;issa.mahamat@douanes.td\nAction: failed\n"
                                        "Status: 5.2.2\n")])
    mx.attach(ds)
    cases.append(Case(n, finish(n, mx, "microsoftexchange329e71ec88ae4615bbc36ab6ce41109e@douanes.td",
                                "Non remis : Groupe d'utilisateurs fermé", "Microsoft Outlook"),
                      expect(n, "auto", "auto_reply", "fr")))
    return cases


def all_cases() -> list[Case]:
    return en_cases() + fr_cases() + es_cases() + negative_cases() + auto_cases()


def write_heldout(outdir: Path, cases: list[Case] | None = None) -> dict[str, dict[str, Any]]:
    """Write every case as NAME.eml and NAME.json into ``outdir``; return the expected JSON by name."""
    outdir.mkdir(parents=True, exist_ok=True)
    out: dict[str, dict[str, Any]] = {}
    for case in all_cases() if cases is None else cases:
        (outdir / f"{case.name}.eml").write_bytes(case.message)
        (outdir / f"{case.name}.json").write_text(
            json.dumps(case.expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        out[case.name] = case.expected
    return out


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "heldout-out")
    written = write_heldout(target)
    print(f"{len(written)} messages written to {target}")
