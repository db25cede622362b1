"""Which messages must be parsed in a worker, and how much OCR time they get.

Decided before analysis, from the parsed parts with the same kind rules the
readers use (:func:`.attachments.attachment_kind`).
"""

from __future__ import annotations

import email
import email.header
import email.policy
import re

from intakebot.analysis import containers, scans
from intakebot.analysis.attachments import attachment_kind
from intakebot.config import LimitsConfig

#: Attachment kinds read by third-party parsers (pypdf, python-docx, openpyxl, zip):
#: the ones a hostile file could make hang or balloon.
#: Pictures (Pillow, Tesseract), RTF and the containers are isolated for the same reason.
RISKY_KINDS = frozenset({"docx", "xlsx", "pdf", "odt", "rtf", "picture"})
_BINARY_PART_RE = re.compile(rb"(?im)^content-type:[ \t]*(application|image|audio|video|model)/")
_PDF_IMAGE_RE = re.compile(rb"/Subtype\s*/Image\b")


def needs_isolation(raw: bytes) -> bool:
    """Does this message carry an attachment a third-party parser will read?

    Decided from the parsed parts, with the same kind rules the readers use
    (filename first, then content type), so an encoded filename or a wrong
    content type cannot slip a PDF past the check; mail without any binary
    part (most of the inbox) is not even parsed for it.
    """
    return _risky_parts(raw) != set()


def ocr_seconds(raw: bytes, limits: LimitsConfig) -> float:
    """The extra time (``limits.ocr_timeout_seconds``) this message may take for OCR, or 0.

    Granted to a page-sized picture, a container (it may hold one), or a PDF
    that holds an image (a scanned page is one); the sandbox adds it to the
    hard stop, so plain PDF forms keep the short parse budget.
    """
    return limits.ocr_timeout_seconds if _risky_parts(raw) & {"picture", "container", "pdf+image"} else 0.0


def _risky_parts(raw: bytes) -> set[str]:
    """The risky kinds of attachment in ``raw`` ("container", "pdf+image" besides RISKY_KINDS)."""
    found: set[str] = set()
    if not _BINARY_PART_RE.search(raw):
        return found
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        for part in msg.walk():
            if part.is_multipart():
                continue
            name = part.get_filename() or ""
            if isinstance(name, str) and "=?" in name:
                name = str(email.header.make_header(email.header.decode_header(name)))
            ctype = part.get_content_type()
            kind = attachment_kind(str(name), ctype)
            if kind == "picture" and not scans.worth_reading(part):
                continue  # a logo or an icon: the readers skip it too
            if containers.is_container(ctype, str(name)):
                found.add("container")
            elif kind in RISKY_KINDS:
                found.add(kind)
                # Image XObjects are streams, never inside object streams: visible as they are.
                payload = part.get_payload(decode=True) if kind == "pdf" else None
                if isinstance(payload, bytes) and _PDF_IMAGE_RE.search(payload):
                    found.add("pdf+image")
    except Exception:  # noqa: BLE001 - unparseable here: let the child find out
        found.add("unparseable")
    return found
