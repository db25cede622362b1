"""The form attached to missing-information notices: a Word document the bot reads back.

Why a form at all: officials often find it easier to fill in a document than
to write "Label: value" lines. It is pre-filled with what was read (so the
Party sees the echo once more) and blank where a value is missing; its
labels are the reply's own (``[labels]`` in the strings file), which the
readers know, and its values sit in a two-column table -- one of the layouts
the DOCX reader turns into "Label<TAB>value" lines. So a returned form is
read like any follow-up: ``tests/test_form.py`` sends one back through the
real intake.
"""

from __future__ import annotations

import io

import docx
from docx.shared import Pt

from intakebot.mail.letter import phone_display
from intakebot.mail.strings import Strings
from intakebot.records import FIELDS, Attachment, ReplyEntry

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _value(entry: ReplyEntry, key: str) -> str:
    n = entry.nominee
    value = (n.value(key) or "") if n is not None else ""
    return phone_display(value) if key == "phone" else value


def form_docx(entries: list[ReplyEntry], s: Strings) -> bytes:
    """One label/value table per official, in the reply's language."""
    document = docx.Document()
    document.core_properties.title = s("form.title")
    document.add_heading(s("form.title"), level=1)
    document.add_paragraph(s("form.intro"))
    for entry in entries:
        heading = document.add_paragraph()
        run = heading.add_run(s("form.official", reference=entry.reference, name=entry.name or "…"))
        run.bold = True
        run.font.size = Pt(12)
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for key in FIELDS:
            cells = table.add_row().cells
            cells[0].text = s.label(key)
            cells[1].text = _value(entry, key)
        document.add_paragraph("")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def form_attachment(entries: list[ReplyEntry], s: Strings) -> Attachment:
    ref = entries[0].reference if entries else "request"
    return Attachment(s("form.filename", reference=ref), DOCX_TYPE, form_docx(entries, s))
