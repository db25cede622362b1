"""Each attachment rendered to text (or kept as a spreadsheet for the grid reader).

The kind of an attachment is decided from its file name first, then its
content type; :mod:`.isolation` uses the same rule to decide what must be
parsed in a worker.
"""

from __future__ import annotations

import logging
import time

from intakebot.analysis import scans
from intakebot.analysis.mime import ParsedMessage, decode_bytes
from intakebot.analysis.pieces import Piece
from intakebot.analysis.readers.docx import docx_text
from intakebot.analysis.readers.odt import odt_text
from intakebot.analysis.readers.pdf import read_pdf
from intakebot.analysis.readers.rtf import rtf_text
from intakebot.analysis.text import html_to_text
from intakebot.analysis.unprocessable import MimeLimit
from intakebot.analysis.unreadable import read_failure, unread_kind
from intakebot.config import LimitsConfig
from intakebot.records import Attachment, Unreadable

log = logging.getLogger("intakebot.analysis")

_EXT_KIND = {
    "docx": "docx",
    "docm": "docx",
    "xlsx": "xlsx",
    "xlsm": "xlsx",
    "csv": "csv",
    "pdf": "pdf",
    "odt": "odt",
    "txt": "txt",
    "htm": "html",
    "html": "html",
    "rtf": "rtf",
}
_TYPE_KIND = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "text/csv": "csv",
    "application/pdf": "pdf",
    "application/vnd.oasis.opendocument.text": "odt",
    "text/plain": "txt",
    "text/html": "html",
    "application/rtf": "rtf",
    "text/rtf": "rtf",
}


def attachment_kind(filename: str, content_type: str) -> str:
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if scans.is_picture(filename, content_type):
        return "picture"
    return _EXT_KIND.get(ext) or _TYPE_KIND.get(content_type, "")


def attachment_pieces(
    pm: ParsedMessage, limits: LimitsConfig, deadline: float, unreadable: list[Unreadable]
) -> tuple[list[Piece], float]:
    """Render each attachment to text (or keep a spreadsheet for the grid reader).

    What cannot be read is added to ``unreadable`` (a person will read it);
    scans and image-only PDF pages go through OCR with a budget of its own
    (pages and seconds), whose time used is returned so the caller's parse
    deadline does not count it.
    """
    out: list[Piece] = []
    # ``deadline`` is this thread's CPU time (see pipeline.analyse); OCR's own budget is
    # wall-clock time, for the tesseract processes it waits on.
    left = max(0.0, deadline - time.thread_time())
    budget = scans.Budget(time.monotonic() + left + limits.ocr_timeout_seconds)
    for att in pm.attachments:
        kind = attachment_kind(att.filename, att.content_type)
        try:
            _render(att, kind, limits, deadline, budget, out, unreadable)
        except MimeLimit:
            raise
        except Exception as e:  # a corrupt attachment is skipped; the body may still do
            log.info("attachment unreadable (%s): %s", kind, type(e).__name__)
            unreadable.append(read_failure(att, kind, e))
        if time.thread_time() > deadline + budget.spent:
            raise MimeLimit("parse_timeout", "attachments took too long")
    return out, budget.spent


def _render(
    att: Attachment, kind: str, limits: LimitsConfig, deadline: float, budget: scans.Budget,
    out: list[Piece], unreadable: list[Unreadable],
) -> None:
    """Add the pieces one attachment of ``kind`` yields to ``out`` (as it goes: a PDF's
    text stays when reading its scans fails); what cannot be read goes to ``unreadable``."""
    origin = f"attachment:{att.filename}"
    if kind == "docx":
        out.append(Piece(origin, docx_text(att.data, limits)))
    elif kind == "odt":
        out.append(Piece(origin, odt_text(att.data, limits)))
    elif kind == "txt":
        out.append(Piece(origin, decode_bytes(att.data, None)))
    elif kind == "html":
        out.append(Piece(origin, html_to_text(decode_bytes(att.data, None)[: limits.max_html_bytes])))
    elif kind == "pdf":
        # Language is unknown yet; form-field names carry no language-specific split.
        drafts, text = read_pdf(att.data, origin, "en", limits, deadline + budget.spent)
        out.append(Piece(origin, text, drafts=drafts))
        out.extend(_scanned(scans.read_pdf_scans(att, budget, limits.max_pdf_pages), unreadable))
    elif kind in ("xlsx", "csv"):
        out.append(Piece(origin, kind=kind, spreadsheet=att.data))
    elif kind == "rtf":
        out.append(Piece(origin, rtf_text(att.data, limits)))
    elif kind == "picture":
        out.extend(_scanned(scans.read_picture(att, budget), unreadable))
    elif (why := unread_kind(att)) is not None:
        unreadable.append(why)


def _scanned(result: tuple[list[tuple[str, str]], Unreadable | None], unreadable: list[Unreadable]) -> list[Piece]:
    pages, why = result
    if why is not None:
        unreadable.append(why)
    return [Piece(origin, text) for origin, text in pages]
