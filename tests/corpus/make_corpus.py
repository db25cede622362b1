"""Generate the extraction fixture corpus: .eml messages plus their expected JSON.

Why generated rather than checked in: the attachments (DOCX, XLSX, PDF, ODT)
are binary and the cases are easier to review as code; generation is
deterministic (fixed dates, Message-IDs, MIME boundaries and zip timestamps),
so the same bytes come out on every run.

Each expected file follows the ``extract --json`` contract, except that a
problem is given as field/code/severity (its message is prose, not contract).
Expected values are written here by hand from what the sender wrote -- they
are never produced by running the extractor.

Usage: ``python tests/corpus/make_corpus.py OUTDIR`` or ``write_corpus(path)``.
"""

from __future__ import annotations

import csv
import email
import io
import json
import re
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.text import MIMEText
from email.utils import formataddr
from pathlib import Path
from typing import Any

FIELDS = ("country", "name", "surname", "organization", "position", "phone", "email")
DATE = "Mon, 03 Jun 2024 10:00:00 +0200"


@dataclass(frozen=True)
class Person:
    """One official: values as the sender writes them and as validation returns them."""

    country: str
    name: str
    surname: str
    organization: str
    position: str
    phone: str
    email: str
    exp_country: str | None = None  # canonical; None = same as written
    code: str | None = None
    exp_phone: str | None = None
    #: Problems beyond sender_differs: (field, code, severity).
    problems: tuple[tuple[str, str, str], ...] = ()

    def written(self) -> list[str]:
        return [getattr(self, k) for k in FIELDS]


# --------------------------------------------------------------------- people

JANE = Person("Kenya", "Jane", "Wanjiru", "Kenya Wildlife Service", "Senior Warden", "+254 722 123 456",
              "j.wanjiru@kws.go.ke", "Kenya", "KE", "+254722123456")
TOM = Person("United Kingdom", "Thomas", "Whitfield", "UK Border Force", "Higher Officer", "020 7946 0018",
             "thomas.whitfield@homeoffice.gov.uk", "United Kingdom of Great Britain and Northern Ireland", "GB", "+442079460018")
ROB = Person("USA", "Robert", "Hale", "U.S. Fish and Wildlife Service", "Special Agent", "+1 703 358 1000",
             "robert_hale@fws.gov", "United States of America", "US", "+17033581000")
THANDI = Person("South Africa", "Thandiwe", "Nkosi", "South African Police Service", "Captain", "012 399 9000",
                "nkosit@saps.gov.za", "South Africa", "ZA", "+27123999000")
AN = Person("Vietnam", "Nguyễn Văn", "An", "Viet Nam Customs", "Deputy Director", "+84 24 3733 5676",
            "nvan@customs.gov.vn", "Viet Nam", "VN", "+842437335676")
AMANI = Person("Tanzania", "Amani", "Mushi", "Tanzania Revenue Authority - Customs", "Customs Officer",
               "+255 22 286 6376", "amani.mushi@tra.go.tz", "United Republic of Tanzania", "TZ", "+255222866376")
NAMI = Person("Namibia", "Ndapewa", "Shikongo", "Ministry of Environment, Forestry and Tourism", "Chief Warden",
              "+264 61 284 2111", "ndapewa.shikongo@meft.gov.na", "Namibia", "NA", "+264612842111")

MAMADOU = Person("Sénégal", "Mamadou", "DIALLO", "Direction générale des Douanes", "Inspecteur principal",
                 "77 123 45 67", "m.diallo@douanes.sn", "Senegal", "SN", "+221771234567")
ELODIE = Person("France", "Élodie", "Lefèvre", "Office français de la biodiversité", "Inspectrice de l'environnement",
                "01 42 68 53 00", "elodie.lefevre@ofb.gouv.fr", "France", "FR", "+33142685300")
KOUADIO = Person("Côte d'Ivoire", "Kouadio", "Yao", "Direction générale des Douanes ivoiriennes", "Commissaire",
                 "+225 27 22 44 55 66", "kouadio.yao@douanes.ci", "Côte d'Ivoire", "CI", "+2252722445566")
BIYA = Person("Cameroun", "Aïssatou", "Bello", "Ministère des Forêts et de la Faune", "Conservatrice",
              "+237 6 77 12 34 56", "aissatou.bello@minfof.cm", "Cameroon", "CM", "+237677123456")
KARIM = Person("Maroc", "Karim", "El Amrani", "Gendarmerie Royale", "Capitaine", "+212 5 37 67 42 00",
               "k.elamrani@gr.ma", "Morocco", "MA", "+212537674200")
MBUYI = Person("République démocratique du Congo", "Jean-Pierre", "Mbuyi", "Institut congolais pour la conservation de la nature",
               "Chef de service", "+243 81 234 5678", "jp.mbuyi@iccn.cd", "Democratic Republic of the Congo", "CD", "+243812345678")

MARIA = Person("España", "María José", "García López", "Guardia Civil - SEPRONA", "Teniente", "912 345 678",
               "mjgarcia@guardiacivil.es", "Spain", "ES", "+34912345678")
LUIS = Person("México", "Luis", "Hernández Ruiz", "Procuraduría Federal de Protección al Ambiente", "Inspector federal",
              "55 1234 5678", "luis.hernandez@profepa.gob.mx", "Mexico", "MX", "+525512345678")
CAMILA = Person("Colombia", "Camila", "Restrepo", "Policía Nacional de Colombia", "Subteniente", "+57 601 3323400",
                "camila.restrepo@policia.gov.co", "Colombia", "CO", "+576013323400")
JORGE = Person("Perú", "Jorge", "Quispe Mamani", "Servicio Nacional Forestal y de Fauna Silvestre", "Especialista",
               "+51 1 6116000", "jquispe@serfor.gob.pe", "Peru", "PE", "+5116116000")
SOFIA = Person("Argentina", "Sofía", "Martínez", "Dirección General de Aduanas", "Jefa de división",
               "+54 11 4348 8200", "smartinez@afip.gob.ar", "Argentina", "AR", "+541143488200")

PEOPLE = {"en": [JANE, TOM, ROB, THANDI, AN, AMANI, NAMI], "fr": [MAMADOU, ELODIE, KOUADIO, BIYA, KARIM, MBUYI],
          "es": [MARIA, LUIS, CAMILA, JORGE, SOFIA]}

LABELS = {
    "en": [["Country", "Name", "Surname", "Organization", "Position/Role", "Contact number",
            "Official Email address (to be used for communications)"],
           ["Country", "First name", "Last name", "Agency", "Title", "Tel", "E-mail"]],
    "fr": [["Pays", "Prénom", "Nom", "Organisation", "Fonction", "Téléphone", "Courriel"],
           ["Pays", "Prénom(s)", "Nom de famille", "Organisme", "Poste", "Tél.", "Adresse électronique officielle"]],
    "es": [["País", "Nombre", "Apellido(s)", "Organización", "Cargo", "Teléfono", "Correo electrónico oficial"],
           ["País", "Nombre", "Apellidos", "Institución", "Función", "Número de contacto", "Correo electrónico"]],
}
INTRO = {
    "en": "Dear Secretariat,\n\nFurther to Notification to the Parties No. 2018/046, we wish to request access "
          "to the cheetah closed user group on the WCO CENcomm platform for the following official(s).",
    "fr": "Madame, Monsieur,\n\nSuite à la Notification aux Parties n° 2018/046, nous souhaitons demander l'accès "
          "au groupe d'utilisateurs fermé sur le guépard de la plateforme CENcomm de l'OMD pour les agents suivants.",
    "es": "Estimados señores:\n\nEn relación con la Notificación a las Partes No. 2018/046, quisiéramos solicitar "
          "el acceso al grupo cerrado de usuarios sobre el guepardo en la plataforma CENcomm de la OMA para los "
          "siguientes funcionarios.",
}
ATTACHED = {
    "en": "Dear Secretariat,\n\nPlease find attached our nomination for the cheetah closed user group (CENcomm), "
          "as requested in Notification No. 2018/046.",
    "fr": "Madame, Monsieur,\n\nVeuillez trouver ci-joint notre désignation pour le groupe d'utilisateurs fermé "
          "sur le guépard (CENcomm), conformément à la notification n° 2018/046.",
    "es": "Estimados señores:\n\nAdjunto encontrarán nuestra designación para el grupo cerrado de usuarios sobre "
          "el guepardo (CENcomm), según la Notificación No. 2018/046.",
}
CLOSING = {
    "en": "Best regards,\n\nCITES Management Authority\nTel: +41 22 917 81 39\nmailbox@authority.example.org",
    "fr": "Cordialement,\n\nOrgane de gestion CITES\nTél. : +41 22 917 81 39\nsecretariat@autorite.example.org",
    "es": "Atentamente,\n\nAutoridad Administrativa CITES\nTeléfono: +41 22 917 81 39\nbuzon@autoridad.example.org",
}
SUBJECT = {
    "en": "Cheetah closed user group - nomination",
    "fr": "Groupe d'utilisateurs fermé guépard - désignation",
    "es": "Grupo cerrado de usuarios guepardo - designación",
}


@dataclass
class Case:
    name: str
    message: bytes
    expected: dict[str, Any]


# --------------------------------------------------------------------- expected values


def nominee(p: Person, sender: str, *, only: tuple[str, ...] | None = None) -> dict[str, Any]:
    """The expected nominee object; ``only`` keeps just those fields (follow-ups)."""
    vals: dict[str, Any] = {
        "country": p.exp_country if p.exp_country is not None else (p.country or None),
        "country_code": p.code,
        "name": p.name or None,
        "surname": p.surname or None,
        "organization": p.organization or None,
        "position": p.position or None,
        "phone": (p.exp_phone if p.exp_phone is not None else p.phone) or None,
        "email": p.email or None,
    }
    if only is not None:
        for k in FIELDS:
            if k not in only:
                vals[k] = None
        if "country" not in only:
            vals["country_code"] = None
    problems = [dict(zip(("field", "code", "severity"), pr, strict=True)) for pr in p.problems]
    if only is not None:
        problems = [pr for pr in problems if pr["field"] in only]
    if vals["email"] and vals["email"].lower() != sender.lower() and not any(
        pr["code"] == "invalid_email" for pr in problems
    ):
        problems.append({"field": "email", "code": "sender_differs", "severity": "info"})
    vals["missing"] = [k for k in FIELDS if not vals[k]]
    vals["problems"] = problems
    return vals


def expect(name: str, kind: str, lang: str, nominees: list[dict[str, Any]] | None = None,
           reference: str | None = None) -> dict[str, Any]:
    return {"file": f"{name}.eml", "message_id": f"<{name}@corpus.test>", "kind": kind, "language": lang,
            "reference": reference, "nominees": nominees or []}


# --------------------------------------------------------------------- MIME helpers


def text_part(text: str, subtype: str = "plain", charset: str = "utf-8", cte: str | None = None) -> MIMEText:
    cs = Charset(charset)
    if cte == "qp":
        cs.body_encoding = QP
    elif cte == "base64":
        cs.body_encoding = BASE64
    part = MIMEText("", subtype)
    del part["Content-Transfer-Encoding"]
    part.set_payload(text, cs)
    return part


def attachment(data: bytes, filename: str, maintype: str, subtype: str) -> MIMEBase:
    part = MIMEApplication(data, subtype) if maintype == "application" else MIMENonMultipart(maintype, subtype)
    if maintype != "application":
        part.set_payload(data)
        from email import encoders

        encoders.encode_base64(part)
    try:
        filename.encode("ascii")
        part.add_header("Content-Disposition", "attachment", filename=filename)
    except UnicodeEncodeError:
        part.add_header("Content-Disposition", "attachment", filename=Header(filename, "utf-8").encode())
    return part


def finish(name: str, msg: Any, sender: str, subject: str, sender_name: str = "",
           headers: dict[str, str] | None = None, *, domain: str = "corpus.test",
           date: str = DATE) -> bytes:
    """Address, date and ids of a corpus message; ``domain`` names the corpus it belongs to."""
    msg["From"] = formataddr((sender_name, sender)) if sender_name else sender
    msg["To"] = "info@cites.org"
    try:
        subject.encode("ascii")
        msg["Subject"] = subject
    except UnicodeEncodeError:
        msg["Subject"] = Header(subject, "utf-8").encode()
    msg["Date"] = date
    msg["Message-ID"] = f"<{name}@{domain}>"
    for k, v in (headers or {}).items():
        msg[k] = v
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"=_{domain.split('.')[0]}_{name}_{n}")
    return bytes(msg.as_bytes())


def simple(name: str, body: str, sender: str, subject: str, *, charset: str = "utf-8", cte: str | None = None,
           headers: dict[str, str] | None = None, sender_name: str = "") -> bytes:
    return finish(name, text_part(body, "plain", charset, cte), sender, subject, sender_name, headers)


def with_attachments(name: str, body: str, files: list[MIMEBase], sender: str, subject: str) -> bytes:
    msg = MIMEMultipart("mixed")
    msg.attach(text_part(body))
    for f in files:
        msg.attach(f)
    return finish(name, msg, sender, subject)


def fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps so the corpus is byte-for-byte reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, (2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            member = src.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps "modified" with now()
                member = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>2024-01-01T00:00:00Z", member)
            dst.writestr(zi, member)
    return out.getvalue()


# --------------------------------------------------------------------- renderers


def render_lines(people: list[Person], lang: str, variant: int = 0) -> str:
    labels = LABELS[lang][variant]
    blocks = []
    sep = " : " if lang == "fr" and variant == 1 else ": "
    for i, p in enumerate(people):
        lines = []
        if len(people) > 1:
            lines.append({"en": f"Official {i + 1}", "fr": f"Agent {i + 1}", "es": f"Funcionario {i + 1}"}[lang])
        for lab, val in zip(labels, p.written(), strict=True):
            prefix = "- " if variant == 1 else ""
            lines.append(f"{prefix}{lab}{sep}{val}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def render_table(people: list[Person], lang: str, style: str) -> str:
    labels = LABELS[lang][0]
    rows = [labels] + [p.written() for p in people]
    if style == "tab":
        return "\n".join("\t".join(r) for r in rows)
    if style == "pipe":
        return "\n".join("| " + " | ".join(r) + " |" for r in rows)
    widths = [max(len(r[i]) for r in rows) + 3 for i in range(len(labels))]
    return "\n".join("".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in rows)


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html_table(people: list[Person], lang: str) -> str:
    head = "".join(f"<td style='border:solid windowtext 1.0pt'><p class=MsoNormal><b>{esc(x)}</b><o:p></o:p></p></td>"
                   for x in LABELS[lang][0])
    body = "".join("<tr>" + "".join(f"<td><p class=MsoNormal>{esc(x)}<o:p></o:p></p></td>" for x in p.written())
                   + "</tr>" for p in people)
    intro = "".join(f"<p class=MsoNormal>{esc(line)}</p>" for line in INTRO[lang].split("\n") if line)
    closing = "".join(f"<p class=MsoNormal>{esc(line)}</p>" for line in CLOSING[lang].split("\n") if line)
    return (f"<html xmlns:o='urn:schemas-microsoft-com:office:office'><head><style>p.MsoNormal{{margin:0}}</style>"
            f"</head><body lang=EN-US><div class=WordSection1>{intro}<table class=MsoTableGrid border=1>"
            f"<tr>{head}</tr>{body}</table><p class=MsoNormal>&nbsp;</p>{closing}</div></body></html>")


def render_html_kv(p: Person, lang: str) -> str:
    rows = "".join(f"<tr><td><b>{esc(lab)}</b></td><td>{esc(v)}</td></tr>"
                   for lab, v in zip(LABELS[lang][1], p.written(), strict=True))
    return f"<html><body><div dir='ltr'><p>{esc(INTRO[lang])}</p><table>{rows}</table><p>{esc(CLOSING[lang])}</p></div></body></html>"


def make_docx(people: list[Person], lang: str, layout: str) -> bytes:
    import docx

    d = docx.Document()
    d.add_heading({"en": "Cheetah CUG nomination form", "fr": "Formulaire de désignation",
                   "es": "Formulario de designación"}[lang], 1)
    labels = LABELS[lang][0]
    if layout == "kv":
        for p in people:
            t = d.add_table(rows=0, cols=2)
            for lab, v in zip(labels, p.written(), strict=True):
                cells = t.add_row().cells
                cells[0].text, cells[1].text = lab, v
            d.add_paragraph("")
    elif layout == "rows":
        t = d.add_table(rows=1, cols=len(labels))
        for c, lab in zip(t.rows[0].cells, labels, strict=True):
            c.text = lab
        for p in people:
            for c, v in zip(t.add_row().cells, p.written(), strict=True):
                c.text = v
    else:
        for p in people:
            for lab, v in zip(LABELS[lang][1], p.written(), strict=True):
                d.add_paragraph(f"{lab}: {v}")
            d.add_paragraph("")
    import datetime

    d.core_properties.created = d.core_properties.modified = datetime.datetime(2024, 1, 1)
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def make_xlsx(people: list[Person], lang: str) -> bytes:
    import datetime

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Nominees"
    ws.append([{"en": "Cheetah CUG nominations", "fr": "Désignations", "es": "Designaciones"}[lang]])
    ws.append(LABELS[lang][0])
    for p in people:
        ws.append(p.written())
    wb.properties.created = wb.properties.modified = datetime.datetime(2024, 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return fixed_zip(buf.getvalue())


def make_csv(people: list[Person], lang: str, delimiter: str, encoding: str) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(LABELS[lang][1])
    for p in people:
        w.writerow(p.written())
    return buf.getvalue().encode(encoding)


def make_pdf_text(people: list[Person], lang: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, {"en": "Nomination - cheetah closed user group", "fr": "Désignation - groupe fermé",
                         "es": "Designación - grupo cerrado"}[lang])
    c.setFont("Helvetica", 11)
    for p in people:
        y -= 30
        for lab, v in zip(LABELS[lang][0], p.written(), strict=True):
            y -= 18
            c.drawString(50, y, f"{lab}: {v}")
    c.showPage()
    c.save()
    return buf.getvalue()


def make_pdf_form(people: list[Person], lang: str) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 11)
    y = 800
    keys = {"en": ["country", "given_name", "surname", "organization", "position", "phone", "email"],
            "fr": ["pays", "prenom", "nom", "organisme", "fonction", "telephone", "courriel"],
            "es": ["pais", "nombre", "apellidos", "institucion", "cargo", "telefono", "correo"]}[lang]
    for i, p in enumerate(people):
        for key, lab, v in zip(keys, LABELS[lang][0], p.written(), strict=True):
            y -= 24
            c.drawString(50, y, lab)
            name = f"{key}_{i + 1}" if len(people) > 1 else key
            c.acroForm.textfield(name=name, value=v, x=220, y=y - 4, width=300, height=18, borderWidth=0)
    c.showPage()
    c.save()
    return buf.getvalue()


def make_odt(people: list[Person], lang: str) -> bytes:
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
    rows = "".join("<table:table-row>" + "".join(
        f"<table:table-cell><text:p>{esc(v)}</text:p></table:table-cell>" for v in r) + "</table:table-row>"
        for r in [LABELS[lang][0]] + [p.written() for p in people])
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               f"<office:body><office:text><text:h>Nomination</text:h><table:table table:name=\"T1\">{rows}"
               "</table:table></office:text></office:body></office:document-content>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype", (2024, 1, 1, 0, 0, 0)), "application/vnd.oasis.opendocument.text")
        zi = zipfile.ZipInfo("content.xml", (2024, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, content)
    return out.getvalue()


# --------------------------------------------------------------------- cases

SENDERS = {"en": ("cites.ma@environment.go.ke", "Kenya CITES MA"), "fr": ("cites@environnement.gouv.sn", ""),
           "es": ("cites@miteco.es", "Autoridad CITES")}
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


def _request(name: str, lang: str, people: list[Person], build: Callable[[str], bytes], sender: str) -> Case:
    return Case(name, build(name), expect(name, "request", lang, [nominee(p, sender) for p in people]))


def format_cases() -> list[Case]:
    """Every layout in every language."""
    cases: list[Case] = []

    def one(lang: str) -> None:
        ppl = PEOPLE[lang]
        sender, sname = SENDERS[lang]
        subj = SUBJECT[lang]
        intro, closing, att = INTRO[lang], CLOSING[lang], ATTACHED[lang]

        def body(text: str, intro: str = intro, closing: str = closing) -> str:
            return f"{intro}\n\n{text}\n\n{closing}\n"

        def add(fmt: str, people: list[Person], build: Callable[[str], bytes], lang: str = lang,
                sender: str = sender) -> None:
            cases.append(_request(f"{lang}_{fmt}", lang, people, build, sender))

        add("lines", ppl[:1], lambda n, p=ppl[:1]: simple(n, body(render_lines(p, lang)), sender, subj, sender_name=sname))
        add("lines_variant", ppl[1:2], lambda n, p=ppl[1:2]: simple(n, body(render_lines(p, lang, 1)), sender, subj))
        add("lines_several", ppl[2:5], lambda n, p=ppl[2:5]: simple(n, body(render_lines(p, lang)), sender, subj))
        for style in ("tab", "pipe", "space"):
            add(f"table_{style}", ppl[:2], lambda n, s=style, p=ppl[:2]: simple(n, body(render_table(p, lang, s)), sender, subj))

        def html_only(n: str, p: list[Person] = ppl[1:3]) -> bytes:
            return finish(n, text_part(render_html_table(p, lang), "html"), sender, subj)

        add("html_table", ppl[1:3], html_only)

        def outlook_alt(n: str, p: list[Person] = ppl[:2]) -> bytes:
            alt = MIMEMultipart("alternative")
            alt.attach(text_part(body(render_table(p, lang, "tab")), "plain", "utf-8", "qp"))
            alt.attach(text_part(render_html_table(p, lang), "html", "utf-8", "qp"))
            return finish(n, alt, sender, subj)

        add("html_outlook_alternative", ppl[:2], outlook_alt)

        def html_kv(n: str, p: Person = ppl[2]) -> bytes:
            return finish(n, text_part(render_html_kv(p, lang), "html"), sender, subj)

        add("html_kv", [ppl[2]], html_kv)
        fn = {"en": "nomination_form", "fr": "formulaire", "es": "formulario"}[lang]
        for layout, people in (("kv", ppl[:1]), ("rows", ppl[1:3]), ("paragraphs", ppl[3:4])):
            add(f"docx_{layout}", people, lambda n, lay=layout, p=people: with_attachments(
                n, att + "\n\n" + closing, [attachment(make_docx(p, lang, lay), f"{fn}.docx", *DOCX)], sender, subj))
        add("xlsx", ppl[:3], lambda n, p=ppl[:3]: with_attachments(
            n, att, [attachment(make_xlsx(p, lang), "nominees.xlsx", *XLSX)], sender, subj))
        delim, enc = {"en": (",", "utf-8"), "fr": (";", "latin-1"), "es": ("\t", "utf-8-sig")}[lang]
        add("csv", ppl[1:3], lambda n, p=ppl[1:3], d=delim, e=enc: with_attachments(
            n, att, [attachment(make_csv(p, lang, d, e), "nominees.csv", "text", "csv")], sender, subj))
        add("pdf_text", ppl[2:3], lambda n, p=ppl[2:3]: with_attachments(
            n, att, [attachment(make_pdf_text(p, lang), f"{fn}.pdf", "application", "pdf")], sender, subj))
        add("pdf_form", [ppl[3], ppl[-1]], lambda n, p=[ppl[3], ppl[-1]]: with_attachments(
            n, att, [attachment(make_pdf_form(p, lang), f"{fn}_filled.pdf", "application", "pdf")], sender, subj))
        add("odt", ppl[:1], lambda n, p=ppl[:1]: with_attachments(
            n, att, [attachment(make_odt(p, lang), f"{fn}.odt", "application", "vnd.oasis.opendocument.text")], sender, subj))
    for lang in ("en", "fr", "es"):
        one(lang)
    return cases


def encoding_cases() -> list[Case]:
    cases = []
    s_fr, _ = SENDERS["fr"]
    n = "fr_latin1_qp"
    cases.append(Case(n, simple(n, f"{INTRO['fr']}\n\n{render_lines([ELODIE], 'fr')}\n\n{CLOSING['fr']}\n", s_fr,
                                "Désignation pour le groupe fermé", charset="iso-8859-1", cte="qp"),
                      expect(n, "request", "fr", [nominee(ELODIE, s_fr)])))
    s_es, _ = SENDERS["es"]
    n = "es_cp1252_base64"
    cases.append(Case(n, simple(n, f"{INTRO['es']}\n\n{render_lines([LUIS], 'es', 1)}\n\n{CLOSING['es']}\n", s_es,
                                "Designación – grupo cerrado de usuarios", charset="windows-1252", cte="base64"),
                      expect(n, "request", "es", [nominee(LUIS, s_es)])))
    n = "fr_rfc2047_filename"
    cases.append(Case(n, with_attachments(n, ATTACHED["fr"], [attachment(make_docx([KOUADIO], "fr", "kv"),
                                                                           "Formulaire_désignation_Côte_d'Ivoire.docx", *DOCX)],
                                          "douanes@douanes.ci", "Désignation – guépard CENcomm (Côte d'Ivoire)"),
                      expect(n, "request", "fr", [nominee(KOUADIO, "douanes@douanes.ci")])))
    n = "en_utf8_8bit_accents"
    msg = text_part(f"{INTRO['en']}\n\n{render_lines([AN], 'en')}\n\n{CLOSING['en']}\n", "plain", "utf-8")
    cases.append(Case(n, finish(n, msg, "nvan@customs.gov.vn", "CENcomm cheetah group – Viêt Nam"),
                      expect(n, "request", "en", [nominee(AN, "nvan@customs.gov.vn")])))
    return cases


NOTICE = {
    "en": ("On Mon, 3 Jun 2024 at 09:00, CITES Secretariat <info@cites.org> wrote:",
           "Dear colleague,\n\nThank you for your request (reference {ref}). The following details are missing:\n\n"
           "Contact number: (missing)\nOfficial Email address: (missing)\n\nPlease reply to this message.",
           "Re: [{ref}] Cheetah closed user group - missing information"),
    "fr": ("Le lun. 3 juin 2024 à 09:00, Secrétariat CITES <info@cites.org> a écrit :",
           "Madame, Monsieur,\n\nMerci pour votre demande (référence {ref}). Il manque les informations suivantes :\n\n"
           "Téléphone : (manquant)\nCourriel : (manquant)\n\nMerci de répondre à ce message.",
           "RE: [{ref}] Groupe d'utilisateurs fermé - informations manquantes"),
    "es": ("El lun, 3 jun 2024 a las 9:00, Secretaría CITES (<info@cites.org>) escribió:",
           "Estimado/a colega:\n\nGracias por su solicitud (referencia {ref}). Faltan los datos siguientes:\n\n"
           "Teléfono: (falta)\nCorreo electrónico oficial: (falta)\n\nSírvase responder a este mensaje.",
           "RE: [{ref}] Grupo cerrado de usuarios - información faltante"),
}


def reply_cases() -> list[Case]:
    cases = []
    for lang, person, ref in (("en", JANE, "CUG-2024-0007"), ("fr", MAMADOU, "CUG-2024-0012"), ("es", CAMILA, "CUG-2024-0031")):
        attrib, notice, subj = NOTICE[lang]
        labels = LABELS[lang][0]
        reply = {"en": "Hello,\n\nHere are the missing details:", "fr": "Bonjour,\n\nVoici les informations manquantes :",
                 "es": "Buenos días:\n\nA continuación los datos que faltaban:"}[lang]
        text = (f"{reply}\n\n{labels[5]}: {person.phone}\n{labels[6]}: {person.email}\n\n"
                f"{CLOSING[lang]}\n\n{attrib}\n" + "\n".join("> " + ln for ln in notice.format(ref=ref).split("\n")))
        n = f"{lang}_reply_quoting_notice"
        cases.append(Case(n, simple(n, text, person.email, subj.format(ref=ref), headers={
            "In-Reply-To": f"<{ref.lower()}.missing@cites.org>", "References": f"<{ref.lower()}.ack@cites.org> <{ref.lower()}.missing@cites.org>"}),
            expect(n, "request", lang, [nominee(person, person.email, only=("phone", "email"))], ref)))
    # Outlook-style reply: no "> " quoting, a "From:/Sent:" header block instead.
    n = "fr_reply_outlook_block"
    body = ("Bonjour,\n\nVoici le numéro demandé.\nTéléphone : +221 77 123 45 67\n\nCordialement\nM. Diallo\n\n"
            "De : Secrétariat CITES <info@cites.org>\nEnvoyé : lundi 3 juin 2024 09:00\nÀ : m.diallo@douanes.sn\n"
            "Objet : [CUG-2024-0012] Informations manquantes\n\nTéléphone : (manquant)\nCourriel : à compléter\n")
    cases.append(Case(n, simple(n, body, "m.diallo@douanes.sn", "RE: [CUG-2024-0012] Informations manquantes"),
                      expect(n, "request", "fr", [nominee(MAMADOU, "m.diallo@douanes.sn", only=("phone",))], "CUG-2024-0012")))
    n = "en_reply_original_message_block"
    body = ("Dear Secretariat,\n\nThe official email address is j.wanjiru@kws.go.ke\nEmail: j.wanjiru@kws.go.ke\n\n"
            "-----Original Message-----\nFrom: CITES Secretariat <info@cites.org>\nSent: Monday, June 3, 2024 9:00 AM\n"
            "Subject: [CUG-2024-0007] Missing information\n\nOfficial Email address: (missing)\nCountry: Narnia\n")
    cases.append(Case(n, simple(n, body, "cites.ma@environment.go.ke", "RE: [CUG-2024-0007] Missing information"),
                      expect(n, "request", "en", [nominee(JANE, "cites.ma@environment.go.ke", only=("email",))], "CUG-2024-0007")))
    n = "en_reference_in_body_only"
    body = "Hello,\n\nFollowing up on our request cug-2024-0099, the position is now:\nPosition: Head of Investigations\n\nThanks\n"
    p = replace(JANE, position="Head of Investigations")
    cases.append(Case(n, simple(n, body, "j.wanjiru@kws.go.ke", "Follow-up"),
                      expect(n, "request", "en", [nominee(p, "j.wanjiru@kws.go.ke", only=("position",))], "CUG-2024-0099")))
    n = "en_thanks_with_reference"
    cases.append(Case(n, simple(n, "Many thanks, well received.\n\nJane", "j.wanjiru@kws.go.ke", "Re: [CUG-2024-0007] Acknowledgement"),
                      expect(n, "request", "en", [], "CUG-2024-0007")))
    return cases


def forward_cases() -> list[Case]:
    cases = []
    n = "en_forwarded_rfc822"
    inner = text_part(f"{INTRO['en']}\n\n{render_lines([AMANI], 'en')}\n\n{CLOSING['en']}\n")
    inner["From"] = "amani.mushi@tra.go.tz"
    inner["To"] = "director@mnrt.go.tz"
    inner["Subject"] = "Nomination cheetah CUG"
    inner["Date"] = DATE
    outer = MIMEMultipart("mixed")
    outer.attach(text_part("Dear Secretariat,\n\nForwarding the nomination of our customs officer for the cheetah closed user group.\n\nRegards,\nCITES MA Tanzania\n"))
    outer.attach(MIMEMessage(inner))
    cases.append(Case(n, finish(n, outer, "cites@mnrt.go.tz", "Fwd: Nomination cheetah CUG"),
                      expect(n, "request", "en", [nominee(AMANI, "cites@mnrt.go.tz")])))
    n = "fr_forwarded_inline"
    body = ("Pour suite à donner.\n\n-------- Message transféré --------\nDe : Karim El Amrani <k.elamrani@gr.ma>\n"
            "Envoyé : vendredi 31 mai 2024 16:12\nÀ : Organe de gestion CITES <cites@eauxetforets.gov.ma>\n"
            f"Objet : Désignation groupe fermé guépard\n\n{INTRO['fr']}\n\n{render_lines([KARIM], 'fr')}\n")
    cases.append(Case(n, simple(n, body, "cites@eauxetforets.gov.ma", "TR: Désignation groupe fermé guépard"),
                      expect(n, "request", "fr", [nominee(KARIM, "cites@eauxetforets.gov.ma")])))
    n = "es_forwarded_docx"
    inner2 = MIMEMultipart("mixed")
    inner2.attach(text_part(ATTACHED["es"]))
    inner2.attach(attachment(make_docx([SOFIA], "es", "kv"), "designacion.docx", *DOCX))
    inner2["From"] = "smartinez@afip.gob.ar"
    inner2["Subject"] = "Designación CENcomm"
    outer2 = MIMEMultipart("mixed")
    outer2.attach(text_part("Estimados:\n\nLes reenvío la designación de la Aduana para el grupo cerrado de usuarios.\n\nSaludos cordiales\n"))
    outer2.attach(MIMEMessage(inner2))
    cases.append(Case(n, finish(n, outer2, "cites@ambiente.gob.ar", "RV: Designación CENcomm"),
                      expect(n, "request", "es", [nominee(SOFIA, "cites@ambiente.gob.ar")])))
    return cases


def quality_cases() -> list[Case]:
    """Incomplete, invalid and special values."""
    cases = []

    def lines_case(n: str, lang: str, p: Person, sender: str, labels_variant: int = 0, extra: str = "") -> Case:
        text = f"{INTRO[lang]}\n\n{extra}{render_lines([p], lang, labels_variant)}\n\n{CLOSING[lang]}\n"
        return Case(n, simple(n, text, sender, SUBJECT[lang]), expect(n, "request", lang, [nominee(p, sender)]))

    s_en = "cites.ma@environment.go.ke"
    cases.append(lines_case("en_incomplete_no_phone_email", "en", replace(JANE, phone="", email="", exp_phone=""), s_en))
    p = replace(THANDI, phone="N/A", email="TBD", exp_phone="")
    c = lines_case("en_placeholders", "en", p, s_en)
    c.expected["nominees"] = [nominee(replace(THANDI, phone="", email="", exp_phone=""), s_en)]
    cases.append(c)
    p = replace(ELODIE, position="à compléter", phone="-")
    c = lines_case("fr_placeholders", "fr", p, "cites@environnement.gouv.fr")
    c.expected["nominees"] = [nominee(replace(ELODIE, position="", phone="", exp_phone=""), "cites@environnement.gouv.fr")]
    cases.append(c)
    p = replace(LUIS, organization="por completar", email="(falta)")
    c = lines_case("es_placeholders", "es", p, "cites@semarnat.gob.mx")
    c.expected["nominees"] = [nominee(replace(LUIS, organization="", email=""), "cites@semarnat.gob.mx")]
    cases.append(c)
    cases.append(lines_case("en_invalid_phone", "en", replace(ROB, phone="12345", exp_phone="12345",
                                                              problems=(("phone", "invalid_phone", "error"),)), "robert_hale@fws.gov"))
    cases.append(lines_case("en_invalid_email", "en", replace(TOM, email="thomas.whitfield@@homeoffice",
                                                              problems=(("email", "invalid_email", "error"),)), s_en))
    cases.append(lines_case("en_unknown_country", "en", replace(JANE, country="Wakanda", exp_country="Wakanda", code=None,
                                                                exp_phone="+254722123456",
                                                                problems=(("country", "unknown_country", "error"),)), s_en))
    tv = Person("Tuvalu", "Sione", "Tafua", "Tuvalu Customs Service", "Customs Officer", "+688 20 123", "stafua@customs.gov.tv",
                "Tuvalu", "TV", "+68820123", problems=(("country", "not_a_party", "warning"),))
    cases.append(lines_case("en_not_a_party", "en", tv, "stafua@customs.gov.tv"))
    gm = replace(NAMI, email="ndapewa.shikongo@gmail.com", problems=(("email", "freemail", "warning"),))
    cases.append(lines_case("en_freemail", "en", gm, "ndapewa.shikongo@gmail.com"))
    igo = Person("Kenya", "Peter", "Otieno", "Lusaka Agreement Task Force", "Intelligence Officer", "+254 722 123 456",
                 "p.otieno@lusakaagreement.org", "Kenya", "KE", "+254722123456")
    cases.append(lines_case("en_igo_latf", "en", igo, "p.otieno@lusakaagreement.org"))
    # Full names in one field.
    n = "en_full_name_under_name"
    text = (f"{INTRO['en']}\n\nCountry: Namibia\nName: Ndapewa Shikongo\nOrganization: {NAMI.organization}\n"
            f"Position: {NAMI.position}\nPhone: 081 234 5678\nEmail: {NAMI.email}\n\n{CLOSING['en']}\n")
    cases.append(Case(n, simple(n, text, NAMI.email, SUBJECT["en"]),
                      expect(n, "request", "en", [nominee(replace(NAMI, exp_phone="+264812345678"), NAMI.email)])))
    n = "fr_nom_et_prenom"
    text = (f"{INTRO['fr']}\n\nPays : Cameroun\nNom et prénom : BELLO Aïssatou\nOrganisme : {BIYA.organization}\n"
            f"Fonction : {BIYA.position}\nTéléphone : {BIYA.phone}\nCourriel : {BIYA.email}\n\n{CLOSING['fr']}\n")
    cases.append(Case(n, simple(n, text, BIYA.email, SUBJECT["fr"]),
                      expect(n, "request", "fr", [nominee(replace(BIYA, surname="BELLO"), BIYA.email)])))
    n = "es_nombre_completo"
    text = (f"{INTRO['es']}\n\nPaís: Perú\nNombre completo: Jorge Quispe Mamani\nInstitución: {JORGE.organization}\n"
            f"Cargo: {JORGE.position}\nTeléfono: {JORGE.phone}\nCorreo electrónico: {JORGE.email}\n\n{CLOSING['es']}\n")
    cases.append(Case(n, simple(n, text, JORGE.email, SUBJECT["es"]), expect(n, "request", "es", [nominee(JORGE, JORGE.email)])))
    # One country for several officials.
    n = "en_shared_country"
    p1 = replace(THANDI, country="South Africa")
    p2 = Person("South Africa", "Pieter", "van der Merwe", "South African Revenue Service (Customs)", "Customs Inspector",
                "+27 12 422 4000", "pvdmerwe@sars.gov.za", "South Africa", "ZA", "+27124224000")
    text = (f"{INTRO['en']}\n\nCountry: South Africa\n\n1. Name: {p1.name}\n   Surname: {p1.surname}\n   Organization: {p1.organization}\n"
            f"   Position: {p1.position}\n   Tel: {p1.phone}\n   Email: {p1.email}\n\n2. Name: {p2.name}\n   Surname: {p2.surname}\n"
            f"   Organization: {p2.organization}\n   Position: {p2.position}\n   Tel: {p2.phone}\n   Email: {p2.email}\n\n{CLOSING['en']}\n")
    cases.append(Case(n, simple(n, text, "cites@dffe.gov.za", SUBJECT["en"]),
                      expect(n, "request", "en", [nominee(p1, "cites@dffe.gov.za"), nominee(p2, "cites@dffe.gov.za")])))
    # Signature must not override the form.
    n = "en_signature_phone_not_read"
    text = ("Dear Secretariat,\n\nNomination for the cheetah closed user group:\n\nCountry: Kenya\nName: Jane\nSurname: Wanjiru\n"
            "Organisation: Kenya Wildlife Service\nRole: Senior Warden\nMobile: +254 722 123 456\nE-mail: j.wanjiru@kws.go.ke\n\n"
            "-- \nJane Wanjiru | Senior Warden\nPhone: +254 20 600 0800\nEmail: jane.private@example.org\n")
    cases.append(Case(n, simple(n, text, JANE.email, "CUG nomination"), expect(n, "request", "en", [nominee(JANE, JANE.email)])))
    # Asking to join, details to follow.
    for lang, text, subj in (
        ("en", "Dear Secretariat,\n\nKenya would like to join the cheetah closed user group on CENcomm. Could you tell us what you need?\n\nRegards,\nCITES MA", "Cheetah closed user group"),
        ("fr", "Madame, Monsieur,\n\nLe Sénégal souhaite rejoindre le groupe d'utilisateurs fermé sur le guépard (CENcomm). Merci de nous indiquer la marche à suivre.\n\nCordialement", "Groupe fermé guépard"),
        ("es", "Estimados señores:\n\nMéxico desea formar parte del grupo cerrado de usuarios sobre el guepardo en CENcomm. ¿Qué datos necesitan?\n\nAtentamente", "Grupo cerrado de usuarios"),
    ):
        n = f"{lang}_asks_to_join_no_details"
        sender = SENDERS[lang][0]
        empty = Person("", "", "", "", "", "", "")
        cases.append(Case(n, simple(n, text, sender, subj), expect(n, "request", lang, [nominee(empty, sender)])))
    return cases


def auto_cases() -> list[Case]:
    cases = []
    for lang, subj, text in (
        ("en", "Out of Office: Cheetah closed user group - nomination", "I am out of the office until 17 June with limited access to email."),
        ("fr", "Réponse automatique : Groupe d'utilisateurs fermé", "Je suis absente du bureau jusqu'au 17 juin. Pour toute urgence, veuillez contacter le secrétariat."),
        ("es", "Respuesta automática: Grupo cerrado de usuarios", "Estaré fuera de la oficina hasta el 17 de junio. Para asuntos urgentes, contacte a la secretaría."),
    ):
        n = f"{lang}_out_of_office"
        cases.append(Case(n, simple(n, text, SENDERS[lang][0], subj), expect(n, "auto_reply", lang)))
    n = "en_auto_submitted_with_fields"
    cases.append(Case(n, simple(n, f"Thank you for your message.\n\n{render_lines([JANE], 'en')}\n", "noreply@kws.go.ke", "Re: Nomination",
                                headers={"Auto-Submitted": "auto-replied"}), expect(n, "auto_reply", "en")))
    n = "en_x_autoreply"
    cases.append(Case(n, simple(n, "Your message has been received and will be handled shortly.", "helpdesk@customs.gov.uk", "Re: [CUG-2024-0003] Acknowledgement",
                                headers={"X-Autoreply": "yes"}), expect(n, "auto_reply", "en", reference="CUG-2024-0003")))
    # Delivery reports of our own replies.
    n = "en_bounce_report_rfc822"
    rep = MIMEMultipart("report", report_type="delivery-status")
    rep.attach(text_part("This is the mail system at host mx.cites.org.\n\nI'm sorry to have to inform you that your message could not be delivered."))
    ds = MIMEBase("message", "delivery-status")
    ds.set_payload([email.message_from_string("Reporting-MTA: dns; mx.cites.org\n"),
                    email.message_from_string("Final-Recipient: rfc822; nobody@kws.go.ke\nAction: failed\nStatus: 5.1.1\n")])
    rep.attach(ds)
    orig = text_part("Dear colleague, thank you for your request (reference CUG-2024-0007).")
    orig["From"] = "info@cites.org"
    orig["To"] = "nobody@kws.go.ke"
    orig["Subject"] = "[CUG-2024-0007] Acknowledgement"
    orig["Message-ID"] = "<cug-2024-0007.ack@cites.org>"
    rep.attach(MIMEMessage(orig))
    cases.append(Case(n, finish(n, rep, "MAILER-DAEMON@mx.cites.org", "Undelivered Mail Returned to Sender"),
                      expect(n, "auto_reply", "en", reference="CUG-2024-0007")))
    n = "fr_bounce_rfc822_headers"
    rep2 = MIMEMultipart("report", report_type="delivery-status")
    rep2.attach(text_part("Votre message n'a pas pu être remis à son destinataire.", "plain"))
    hdrs = MIMENonMultipart("text", "rfc822-headers")
    hdrs.set_payload("From: info@cites.org\nTo: absent@douanes.sn\nSubject: [CUG-2024-0012] Accuse de reception\nMessage-ID: <cug-2024-0012.ack@cites.org>\n")
    rep2.attach(hdrs)
    cases.append(Case(n, finish(n, rep2, "postmaster@douanes.sn", "Non remis : [CUG-2024-0012] Accusé de réception"),
                      expect(n, "auto_reply", "fr", reference="CUG-2024-0012")))
    n = "en_empty_return_path"
    cases.append(Case(n, simple(n, "Delivery has been delayed for 24 hours.", "mail@relay.example.net", "Delivery delayed",
                                headers={"Return-Path": "<>"}), expect(n, "auto_reply", "en")))
    n = "en_mailer_daemon_plain"
    cases.append(Case(n, simple(n, "Message to nobody@kws.go.ke could not be delivered: mailbox full.", "mailer-daemon@kws.go.ke", "Returned mail"),
                      expect(n, "auto_reply", "en")))
    return cases


def other_cases() -> list[Case]:
    cases = []

    def add(n: str, lang: str, text: str, sender: str, subj: str, headers: dict[str, str] | None = None) -> None:
        cases.append(Case(n, simple(n, text, sender, subj, headers=headers), expect(n, "not_request", lang)))

    add("en_newsletter_list_id", "en", "This month: cheetah closed user group launched on CENcomm, new Appendices, and more.\n\nUnsubscribe: https://news.example.org/u",
        "news@wildlife-news.example.org", "Wildlife trade news - June", {"List-Id": "<news.wildlife-news.example.org>", "List-Unsubscribe": "<https://news.example.org/u>"})
    add("fr_newsletter_bulk", "fr", "Bulletin d'information : les dernières nouvelles de la conservation du guépard.\n\nPour vous désabonner, cliquez ici.",
        "bulletin@conservation.example.fr", "Bulletin mensuel", {"Precedence": "bulk"})
    add("en_permit_question", "en", "Dear Secretariat,\n\nI would like to export a cheetah hunting trophy from Namibia to Germany. Which CITES export permit do I need and how long does it take?\n\nThank you,\nHans",
        "hans.jaeger@example.de", "Question about export permit for a trophy")
    add("fr_permit_question", "fr", "Bonjour,\n\nJe souhaite savoir quel permis d'exportation est nécessaire pour un guépard né en captivité. Merci de votre aide.\n\nCordialement,\nLuc",
        "luc.martin@example.fr", "Question permis CITES")
    add("es_permit_question", "es", "Buenos días:\n\n¿Qué permiso de exportación necesito para un trofeo de guepardo? Gracias de antemano.\n\nSaludos,\nPablo",
        "pablo.ruiz@example.es", "Consulta sobre permisos")
    add("en_meeting_registration", "en", "Dear Secretariat,\n\nPlease register me for the Standing Committee meeting (SC78).\n\nName: Peter\nSurname: Miller\nOrganization: Ministry of Environment\nEmail: p.miller@env.gov.example\nHotel: not needed\n\nRegards",
        "p.miller@env.gov.example", "Registration for SC78")
    add("fr_meeting_registration", "fr", "Bonjour,\n\nJe souhaite m'inscrire à la réunion du Comité permanent.\n\nNom : Dupuis\nPrénom : Claire\nOrganisme : Ministère de la Transition écologique\nCourriel : claire.dupuis@ecologie.gouv.fr\nVisa : oui\n\nCordialement",
        "claire.dupuis@ecologie.gouv.fr", "Inscription à la réunion SC78")
    add("es_meeting_registration", "es", "Estimados:\n\nQuisiera inscribirme en el taller sobre observancia.\n\nNombre: Ana\nApellido: Torres\nInstitución: Ministerio del Ambiente\nCorreo: ana.torres@ambiente.gob.ec\n\nSaludos",
        "ana.torres@ambiente.gob.ec", "Inscripción a la reunión")
    add("en_press_query", "en", "Hello,\n\nI'm a journalist writing an article about illegal cheetah trade in the Horn of Africa. Could someone give me an interview this week?\n\nBest,\nSam Reporter\nThe Daily Example",
        "sam@dailyexample.com", "Press enquiry: cheetah trafficking")
    add("en_press_query_mentions_cug", "en", "Hello,\n\nFor a story on wildlife crime I'd like to know how the cheetah closed user group on CENcomm works and how many Parties joined. Deadline Friday.\n\nThanks,\nAlex (reporter)",
        "alex@news.example.com", "Media inquiry - cheetah CUG")
    add("fr_press_query", "fr", "Bonjour,\n\nJe suis journaliste et je prépare un reportage sur le trafic de guépards. Seriez-vous disponible pour un entretien ?\n\nBien à vous",
        "redaction@journal.example.fr", "Demande de presse - guépards")
    add("es_press_query", "es", "Hola:\n\nSoy periodista y preparo un reportaje sobre el tráfico de guepardos. ¿Podrían concederme una entrevista?\n\nGracias",
        "prensa@diario.example.es", "Consulta de prensa sobre guepardos")
    add("en_spam_lottery", "en", "Congratulations! You have won $1,000,000 in our international lottery. Click here to claim your prize and send your bank details.",
        "winner@lottery.example.biz", "You have won!!!")
    add("en_spam_seo", "en", "Hi,\n\nWe offer SEO services to get cites.org on the first page of Google. Reply for a free quote.\n\nMark",
        "mark@seo-rank.example.com", "Grow your traffic")
    add("es_spam_crypto", "es", "Estimado cliente, invierta en bitcoin hoy y duplique su dinero. Haga clic aquí.",
        "ofertas@crypto.example.com", "Oportunidad de inversión")
    return cases


def all_cases() -> list[Case]:
    return format_cases() + encoding_cases() + reply_cases() + forward_cases() + quality_cases() + auto_cases() + other_cases()


def write_corpus(outdir: Path, cases: list[Case] | None = None) -> list[Path]:
    """Write every case as NAME.eml and NAME.json into ``outdir``; return the .eml paths."""
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for case in all_cases() if cases is None else cases:
        eml = outdir / f"{case.name}.eml"
        eml.write_bytes(case.message)
        (outdir / f"{case.name}.json").write_text(json.dumps(case.expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        paths.append(eml)
    return paths


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus-out")
    written = write_corpus(target)
    print(f"{len(written)} messages written to {target}")
