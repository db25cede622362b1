"""The form attached to missing-information notices: a Word document the bot reads back.

Why a form at all: officials often find it easier to fill in a document than
to write "Label: value" lines. It is pre-filled with what was read (so the
Party sees the echo once more) and blank where a value is missing; its
labels are the reply's own (``[labels]`` in the strings file), which the
readers know, and its values sit in a two-column table -- one of the layouts
the DOCX reader turns into "Label<TAB>value" lines. So a returned form is
read like any follow-up: ``tests/test_form.py`` sends one back through the
real intake.

Why the document is written as WordprocessingML text and not through
python-docx's object model: building and saving a ``docx.Document`` took
~50 ms of CPU per form (parsing the template's 900 KB of styles, then
deflating them again), the largest single cost of answering a backlog. The
package's other parts are python-docx's own, written once per process
(:func:`_package`); each form only adds its ``word/document.xml`` (the same
markup python-docx writes for a heading, paragraphs, a bold 12 pt run and a
"Table Grid" table) and ``docProps/core.xml`` (its title).
"""

from __future__ import annotations

import functools
import io
import re
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape

import docx

from intakebot.mail.letter import phone_display
from intakebot.mail.mime import share_base64_head
from intakebot.mail.strings import Strings
from intakebot.records import FIELDS, Attachment, ReplyEntry

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_DOCUMENT, _CORE = "word/document.xml", "docProps/core.xml"

#: Characters XML 1.0 cannot hold; python-docx (lxml) refused them with ValueError, and so does this.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: What a run writes as an element of its own: a tab, a line break.
_BREAKS = re.compile(r"(\t|\r|\n)")

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


@dataclass(frozen=True)
class _Package:
    """python-docx's empty document, taken apart once per process (see :func:`_package`)."""

    base: bytes  # the zip of every part but the two each form writes, up to its central directory
    infos: tuple[zipfile.ZipInfo, ...]  # its members, as ``ZipFile(base, "a")`` reads them
    head: str  # word/document.xml up to and with ``<w:body>``
    sect: str  # from its ``<w:sectPr`` to the end
    core: str  # docProps/core.xml, its title empty


@functools.cache
def _package() -> _Package:
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
    with zipfile.ZipFile(io.BytesIO(base.getvalue())) as z:  # what mode "a" would read
        infos = tuple(z.infolist())
    head, _, tail = document.partition("<w:body>")
    sect = tail[tail.index("<w:sectPr"):]
    archive = base.getvalue()
    share_base64_head(archive[: _central_directory(archive)])  # every form starts with these bytes
    return _Package(archive[: _central_directory(archive)], infos, head + "<w:body>", sect, core)


def _run(text: str, props: str = "") -> str:
    """One ``w:r`` as python-docx's ``run.text`` writes it: tabs and line breaks as elements."""
    if _NOT_XML.search(text):
        raise ValueError("All strings must be XML compatible: no NULL bytes or control characters")
    parts = [f"<w:rPr>{props}</w:rPr>" if props else ""]
    for piece in _BREAKS.split(text):
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


@functools.lru_cache(maxsize=16)
def _words(s: Strings) -> tuple[str, tuple[str, ...]]:
    """The form's fixed markup in ``s``'s language: title and introduction, one label cell per field.

    Cached per :class:`Strings` (one per language and templates directory; kept alive by the
    cache, so an identity never comes back for other words): only the values differ from one
    form to the next. A label XML cannot hold raises every time, as it did uncached.
    """
    intro = (f'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>{_run(s("form.title"))}</w:p>'
             f"<w:p>{_run(s('form.intro'))}</w:p>")
    return intro, tuple("<w:tr>" + _CELL.format(_run(s.label(key))) for key in FIELDS)


def _body(entries: list[ReplyEntry], s: Strings) -> str:
    intro, labels = _words(s)
    out = [intro]
    for entry in entries:
        heading = s("form.official", reference=entry.reference, name=entry.name or "…")
        out.append(f"<w:p>{_run(heading, _BOLD_12PT)}</w:p>")
        out.append(_TABLE_START)
        for key, label in zip(FIELDS, labels, strict=True):
            out.append(label + _CELL.format(_run(_value(entry, key))) + "</w:tr>")
        out.append("</w:tbl><w:p/>")
    return "".join(out)


def form_docx(entries: list[ReplyEntry], s: Strings) -> bytes:
    """One label/value table per official, in the reply's language.

    The bytes are what appending the two parts to the base package with
    ``ZipFile(base, "a")`` writes; reading that zip's directory back was a fifth of a
    form, so the archive is opened for writing after the base's entries with their
    members as read once (:func:`_package`), which writes the same directory.
    """
    pkg = _package()
    title = s("form.title")
    body = _body(entries, s)  # a value XML cannot hold raises here, as python-docx did
    buf = io.BytesIO()
    buf.write(pkg.base)
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.filelist = list(pkg.infos)
        z.NameToInfo = {info.filename: info for info in pkg.infos}
        z.writestr(_DOCUMENT, pkg.head + body + pkg.sect)
        z.writestr(_CORE, pkg.core.replace("<dc:title/>", f"<dc:title>{escape(title)}</dc:title>", 1))
    return buf.getvalue()


def _central_directory(archive: bytes) -> int:
    """Where the central directory of a zip without a comment starts (its end record's last field but one)."""
    return int.from_bytes(archive[-6:-2], "little")


def form_attachment(entries: list[ReplyEntry], s: Strings) -> Attachment:
    ref = entries[0].reference if entries else "request"
    return Attachment(s("form.filename", reference=ref), DOCX_TYPE, form_docx(entries, s))
