"""Scans and photos of paper: which pictures to read, reading them, and flagging the result.

Why a module of its own: OCR is slow (about a second a page), so the choice
of what to read is deliberate -- a picture must be page-sized (a signature's
logo is not), a PDF page is read only when it has no text layer, and a
message gets at most :data:`MAX_OCR_PAGES` pages. What OCR cannot read
becomes a :class:`~intakebot.records.Unreadable` entry, so the request goes
to a person instead of the official being told "we still need everything".

Values read by OCR keep an ``ocr:`` origin, and every nominee with one gets a
warning for the reviewer; a telephone whose characters include letters that
look like digits (O for 0, l for 1) gets an error naming both readings -- the
bot never picks one.
"""

from __future__ import annotations

import logging
import re
import time
from email.message import Message
from typing import TYPE_CHECKING

from intakebot.analysis.readers import ocr
from intakebot.records import Attachment, Nominee, Problem, Unreadable

if TYPE_CHECKING:
    from PIL.Image import Image

log = logging.getLogger(__name__)

#: Origin prefix of every value read by OCR (provenance ``ocr:attachment:scan.png``).
OCR_PREFIX = "ocr:"
#: Pages (pictures and image-only PDF pages) one message may have read by OCR.
MAX_OCR_PAGES = 6
#: A PDF page with fewer characters of text than this has no text layer worth the name.
MIN_TEXT_CHARS = 20
#: Picture attachments smaller than this are decoration (logos, icons, tracking pixels).
MIN_PICTURE_BYTES = 8 * 1024

PICTURE_TYPES = frozenset({"image/jpeg", "image/jpg", "image/pjpeg", "image/png", "image/tiff", "image/x-png"})
PICTURE_EXTENSIONS = frozenset({"jpg", "jpeg", "png", "tif", "tiff"})


class Budget:
    """The OCR pages and time one message may still use, and the time OCR has used.

    ``deadline`` (``time.monotonic()``) is OCR's own: the message's parse
    budget is for parsers and is extended by ``spent``, so a one-page scan
    does not push a form in the same message past ``parse_timeout_seconds``.
    """

    def __init__(self, deadline: float, pages: int | None = None) -> None:
        self.deadline = deadline
        self.pages = MAX_OCR_PAGES if pages is None else pages
        self.spent = 0.0

    def take(self) -> bool:
        if self.pages <= 0:
            return False
        self.pages -= 1
        return True


def is_picture(filename: str, content_type: str) -> bool:
    """A picture format OCR reads (JPEG, PNG, TIFF), by name first, then type."""
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    return ext in PICTURE_EXTENSIONS or (not ext and content_type.lower() in PICTURE_TYPES)


def worth_reading(part: Message) -> bool:
    """Is this picture part big enough to be a page (the cheap test, before decoding)?"""
    payload = part.get_payload()
    # base64 is 4/3 of the bytes; a part without a transfer encoding is its own size.
    return isinstance(payload, str) and len(payload) * 3 // 4 >= MIN_PICTURE_BYTES


def read_picture(att: Attachment, budget: Budget) -> tuple[list[tuple[str, str]], Unreadable | None]:
    """([(origin, text) per page], why not) for one picture attachment.

    A picture too small to be a document gives ([], None): nothing to read,
    nothing lost.
    """
    try:
        pages = [p for p in ocr.open_picture(att.data) if ocr.is_document_sized(p)]
    except ocr.OcrError as e:
        return [], Unreadable(att.filename, "corrupt", e.code)
    origin = f"{OCR_PREFIX}attachment:{att.filename}"
    return _read_pages(att.filename, pages, origin, budget)


def read_pdf_scans(att: Attachment, budget: Budget, max_pages: int) -> tuple[list[tuple[str, str]], Unreadable | None]:
    """OCR of the PDF pages that carry pictures but no text layer."""
    import pypdfium2

    try:
        doc = pypdfium2.PdfDocument(att.data)
    except pypdfium2.PdfiumError as e:
        reason = "encrypted_file" if "password" in str(e).lower() else "corrupt"
        return [], Unreadable(att.filename, reason, "PDF")
    try:
        scanned = [i for i in range(min(len(doc), max_pages)) if _image_only(doc[i])]
    finally:
        doc.close()
    if not scanned:
        return [], None
    if not budget.pages:
        return [], Unreadable(att.filename, "ocr_time_budget", f"{len(scanned)} scanned pages not read")
    start = time.monotonic()
    pictures = ocr.render_pdf_pages(att.data, scanned[: budget.pages])
    budget.spent += time.monotonic() - start
    out: list[tuple[str, str]] = []
    problem: Unreadable | None = None
    for i, pic in zip(scanned, pictures, strict=False):
        texts, why = _read_pages(att.filename, [pic], f"{OCR_PREFIX}attachment:{att.filename}#page{i + 1}", budget)
        out.extend(texts)
        problem = problem or why
    if len(scanned) > len(pictures):
        problem = problem or Unreadable(att.filename, "ocr_time_budget", f"{len(scanned) - len(pictures)} scanned pages not read")
    return out, problem


def _image_only(page: object) -> bool:
    """No text layer, at least one picture: a scanned page."""
    import pypdfium2.raw as pdfium_c

    try:
        tp = page.get_textpage()  # type: ignore[attr-defined]
        try:
            chars = len(tp.get_text_bounded().strip())
        finally:
            tp.close()
        if chars >= MIN_TEXT_CHARS:
            return False
        return any(True for _ in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))  # type: ignore[attr-defined]
    finally:
        page.close()  # type: ignore[attr-defined]


def _read_pages(name: str, pages: list[Image], origin: str, budget: Budget) -> tuple[list[tuple[str, str]], Unreadable | None]:
    out: list[tuple[str, str]] = []
    for n, page in enumerate(pages):
        if not budget.take():
            return out, Unreadable(name, "ocr_time_budget", "more scanned pages than the bot reads in one message")
        start = time.monotonic()
        try:
            result = ocr.read_picture(ocr.prepare(page), budget.deadline)
        except ocr.OcrError as e:
            return out, Unreadable(name, e.code, e.detail)
        finally:
            budget.spent += time.monotonic() - start
        log.info("ocr page read in %.2f s: %d words, confidence %.0f", time.monotonic() - start, result.words, result.confidence)
        if not result.makes_sense:
            return out, Unreadable(name, "scan_unreadable", f"confidence {result.confidence:.0f}, {result.words} words")
        out.append((origin + (f"#frame{n + 1}" if len(pages) > 1 else ""), result.text))
    return out, None


# --------------------------------------------------------------------------- flags on OCR'd values

#: Letters OCR confuses with digits, and the digit each stands for.
_LOOKALIKES = {"O": "0", "o": "0", "D": "0", "Q": "0", "l": "1", "I": "1", "i": "1", "|": "1", "!": "1",
               "Z": "2", "z": "2", "S": "5", "s": "5", "B": "8", "G": "6", "b": "6", "g": "9", "q": "9"}
_DIGITISH_RE = re.compile(r"(?<=[\d\s().\-])[OoDQlIi|!ZzSsBGbgq](?=[\d\s().\-]*\d)|(?<=\+)[OoDQlIi|!ZzSsBGbgq]")


def digit_doubt(raw: str) -> str | None:
    """The number with look-alike letters read as digits, when it has any among its digits."""
    if sum(ch.isdigit() for ch in raw) < 4:
        return None
    fixed = _DIGITISH_RE.sub(lambda m: _LOOKALIKES[m.group(0)], raw)
    return fixed if fixed != raw else None


def flag_ocr(nominee: Nominee, raw_phone: str | None) -> Nominee:
    """Add the reviewer's warning to a nominee read from a scan, and any digit doubt."""
    ocr_fields = [k for k, v in nominee.provenance.items() if v.startswith(OCR_PREFIX)]
    if not ocr_fields:
        return nominee
    nominee.problems.append(
        Problem.of("scan", "ocr_scan", "Read from a scan: check " + ", ".join(ocr_fields) + " against the attachment",
                   "warning", fields=",".join(ocr_fields))
    )
    if "phone" in ocr_fields and raw_phone:
        fixed = digit_doubt(raw_phone)
        if fixed:
            nominee.problems = [p for p in nominee.problems if not (p.field == "phone" and p.code == "invalid_phone")]
            nominee.phone = raw_phone.strip()
            nominee.problems.append(
                Problem.of("phone", "ocr_digit_doubt",
                           f"Read from a scan as '{raw_phone.strip()}'; could be '{fixed.strip()}': check", "error",
                           value=raw_phone.strip(), could_be=fixed.strip())
            )
    return nominee
