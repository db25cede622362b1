"""Reader for PDF forms: AcroForm field values first, then the page text.

A filled-in PDF form keeps its values in AcroForm fields whose names are
labels ("Surname", "nominee2_email"); a printed-and-typed PDF only has text.
Page count and parse time are capped (hostile PDFs are a classic DoS).
"""

from __future__ import annotations

import io
import logging
import re
import time

from intakebot.analysis.labels import lookup
from intakebot.analysis.readers.common import Collector
from intakebot.analysis.unprocessable import MimeLimit
from intakebot.config import LimitsConfig
from intakebot.records import Draft

log = logging.getLogger(__name__)
_GROUP_RE = re.compile(r"^(?P<label>.*?)[\s_.\-]*(?P<n>\d{1,2})?$")
_PREFIX_RE = re.compile(r"^(?:nominee|officer|official|person|participant|nomine|funcionario|agent)[\s_.\-]*(?P<n>\d{1,2})[\s_.\-]*", re.I)


def read_pdf(
    data: bytes, origin: str, language: str, limits: LimitsConfig, deadline: float
) -> tuple[list[Draft], str]:
    """(drafts from form fields, page text for the text readers)."""
    from pypdf import PdfReader  # lazily: import cost paid only by mail with PDFs
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            reader.decrypt("")
        n_pages = len(reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, AttributeError) as e:
        raise ValueError(f"unreadable PDF: {type(e).__name__}") from None
    if n_pages > limits.max_pdf_pages:
        raise MimeLimit("pdf_limits", f"{n_pages} pages > {limits.max_pdf_pages}")
    drafts = _form_fields(reader, origin, language)
    texts: list[str] = []
    for page in reader.pages:
        if time.thread_time() > deadline:  # CPU seconds of this thread (pipeline.analyse)
            raise MimeLimit("parse_timeout", "PDF text extraction took too long")
        try:
            texts.append(page.extract_text() or "")
        except Exception as e:  # pypdf raises many types on broken content streams
            log.info("pdf page text unreadable: %s", type(e).__name__)
    return drafts, "\n".join(texts)


def _form_fields(reader: object, origin: str, language: str) -> list[Draft]:
    try:
        fields = reader.get_fields() or {}  # type: ignore[attr-defined]
    except Exception:
        return []
    groups: dict[int, Collector] = {}
    for name, fld in fields.items():
        value = fld.get("/V") if hasattr(fld, "get") else None
        if value is None:
            continue
        value = str(value).strip()
        if value.startswith("/"):
            value = value[1:]  # checkbox/choice names
        n = 0
        label = str(name).rsplit(".", 1)[-1]
        pm = _PREFIX_RE.match(label)
        if pm:
            n = int(pm.group("n"))
            label = label[pm.end() :]
        else:
            gm = _GROUP_RE.match(label)
            if gm and gm.group("n"):
                n = int(gm.group("n"))
                label = gm.group("label")
        hit = lookup(label.replace("_", " "))
        if hit is None:
            continue
        col = groups.setdefault(n, Collector(origin + "#form", language))
        col.add(hit.field, value)
    drafts: list[Draft] = []
    for n in sorted(groups):
        drafts.extend(groups[n].result())
    return drafts
