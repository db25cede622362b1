"""Formal letters as Parties send them: letterhead, reference, date, addressee, body, signatory.

Rendered as DOCX (python-docx, letterhead typed into the body as many
ministries do, not into the page header) and as PDF (reportlab, text wrapped
at the margin like a printed letter), deterministically.
"""

from __future__ import annotations

import datetime
import io
from dataclasses import dataclass

from tests.corpus.make_corpus import fixed_zip


@dataclass(frozen=True)
class Letter:
    letterhead: tuple[str, ...]
    reference: str
    date: str
    addressee: tuple[str, ...]
    salutation: str
    subject: str
    body: tuple[str, ...]
    closing: str
    signatory: tuple[str, ...]


def letter_docx(letter: Letter) -> bytes:
    import docx

    d = docx.Document()
    for line in letter.letterhead:
        d.add_paragraph(line)
    d.add_paragraph("")
    d.add_paragraph(letter.reference)
    d.add_paragraph(letter.date)
    d.add_paragraph("")
    for line in letter.addressee:
        d.add_paragraph(line)
    d.add_paragraph("")
    d.add_paragraph(letter.salutation)
    d.add_paragraph(letter.subject)
    for para in letter.body:
        d.add_paragraph(para)
    d.add_paragraph(letter.closing)
    d.add_paragraph("")
    for line in letter.signatory:
        d.add_paragraph(line)
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2024, 1, 1)
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue())


def letter_pdf(letter: Letter) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800.0

    def line(text: str, font: str = "Helvetica", size: float = 11, gap: float = 15) -> None:
        nonlocal y
        c.setFont(font, size)
        for chunk in simpleSplit(text, font, size, 480) or [""]:
            c.drawString(55, y, chunk)
            y -= gap

    for head in letter.letterhead:
        line(head, "Helvetica-Bold", 10, 13)
    y -= 12
    line(letter.reference)
    line(letter.date)
    y -= 10
    for a in letter.addressee:
        line(a)
    y -= 10
    line(letter.salutation)
    y -= 6
    line(letter.subject, "Helvetica-Bold")
    for para in letter.body:
        y -= 8
        line(para)
    y -= 8
    line(letter.closing)
    y -= 30
    for s in letter.signatory:
        line(s)
    c.showPage()
    c.save()
    return buf.getvalue()
