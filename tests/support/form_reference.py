"""The form as it was written before its fixed parts were cached: the reference for its bytes.

This is ``intakebot/mail/form.py``'s ``form_docx`` as of af73793 (each form appended to the base
package through ``ZipFile(base, "a")``, every label run written again), kept word for word so
``tests/test_form_bytes.py`` can hold the cached writer to it.
"""

from __future__ import annotations

import functools
import io
import re
import zipfile
from xml.sax.saxutils import escape

import docx

from intakebot.mail.letter import phone_display
from intakebot.mail.strings import Strings
from intakebot.records import FIELDS, ReplyEntry

_DOCUMENT, _CORE = "word/document.xml", "docProps/core.xml"

#: Characters XML 1.0 cannot hold; python-docx (lxml) refused them with ValueError, and so does this.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")

#: A run's properties for the official's heading: bold, 12 pt (``w:sz`` counts half-points).
_BOLD_12PT = '<w:b/><w:sz w:val="24"/>'
#: A cell of the table: python-docx's default width for a two-column table on its page.
_CELL = '<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="4320"/></w:tcPr><w:p>{}</w:p></w:tc>'
_TABLE_START = (
    '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:type="auto" w:w="0"/>'
    '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0"'
    ' w:noVBand="1" w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="4320"/><w:gridCol w:w="4320"/>'
    "</w:tblGrid>"
)


@functools.cache
def _package() -> tuple[bytes, str, str, str]:
    """python-docx's empty document: its other parts zipped, and document/core XML around the content."""
    buf = io.BytesIO()
    docx.Document().save(buf)
    base = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(base, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            if info.filename not in (_DOCUMENT, _CORE):
                out.writestr(info, src.read(info))
        document = src.read(_DOCUMENT).decode("utf-8")
        core = src.read(_CORE).decode("utf-8")
    head, _, tail = document.partition("<w:body>")
    sect = tail[tail.index("<w:sectPr"):]
    return base.getvalue(), head + "<w:body>", sect, core


def _run(text: str, props: str = "") -> str:
    """One ``w:r`` as python-docx's ``run.text`` writes it: tabs and line breaks as elements."""
    if _NOT_XML.search(text):
        raise ValueError("All strings must be XML compatible: no NULL bytes or control characters")
    parts = [f"<w:rPr>{props}</w:rPr>" if props else ""]
    for piece in re.split(r"(\t|\r|\n)", text):
        if piece == "\t":
            parts.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            parts.append("<w:br/>")
        elif piece:
            space = ' xml:space="preserve"' if piece != piece.strip() else ""
            parts.append(f"<w:t{space}>{escape(piece)}</w:t>")
    return "<w:r>" + "".join(parts) + "</w:r>" if len(parts) > 1 or props else "<w:r/>"


def _value(entry: ReplyEntry, key: str) -> str:
    n = entry.nominee
    value = (n.value(key) or "") if n is not None else ""
    return phone_display(value) if key == "phone" else value


def _body(entries: list[ReplyEntry], s: Strings) -> str:
    out = [f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{_run(s("form.title"))}</w:p>',
           f"<w:p>{_run(s('form.intro'))}</w:p>"]
    for entry in entries:
        heading = s("form.official", reference=entry.reference, name=entry.name or "…")
        out.append(f"<w:p>{_run(heading, _BOLD_12PT)}</w:p>")
        out.append(_TABLE_START)
        for key in FIELDS:
            out.append("<w:tr>" + _CELL.format(_run(s.label(key))) + _CELL.format(_run(_value(entry, key)))
                       + "</w:tr>")
        out.append("</w:tbl><w:p/>")
    return "".join(out)


def form_docx(entries: list[ReplyEntry], s: Strings) -> bytes:
    """One label/value table per official, in the reply's language."""
    base, head, tail, core = _package()
    title = s("form.title")
    body = _body(entries, s)  # a value XML cannot hold raises here, as python-docx did
    buf = io.BytesIO(base)
    buf.seek(0, io.SEEK_END)
    with zipfile.ZipFile(buf, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr(_DOCUMENT, head + body + tail)
        z.writestr(_CORE, core.replace("<dc:title/>", f"<dc:title>{escape(title)}</dc:title>", 1))
    return buf.getvalue()
