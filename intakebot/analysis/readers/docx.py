"""Reader for Word documents: paragraphs and tables in document order, as text.

word/document.xml is read directly with defusedxml rather than through
python-docx: an order of magnitude faster, and only what we need (visible
text, table cells, content controls). Tables become tab-separated rows so
label/value tables, nominee tables and "Label: value" paragraphs all go
through the text readers.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from intakebot.analysis.readers.zipguard import member_xml
from intakebot.config import LimitsConfig

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(data: bytes, limits: LimitsConfig) -> str:
    body = member_xml(data, limits, "word/document.xml").find(f"{W}body")
    out: list[str] = []
    if body is not None:
        _blocks(body, out)
    return "\n".join(out)


def _blocks(parent: Element, out: list[str]) -> None:
    for el in parent:
        if el.tag == f"{W}p":
            out.append(_para(el))
        elif el.tag == f"{W}tbl":
            for tr in el.iter(f"{W}tr"):
                cells: list[str] = []
                for tc in tr.findall(f"{W}tc"):
                    cells.append(" ".join(_para(p) for p in tc.iter(f"{W}p")).strip())
                    # A cell merged across columns keeps the others aligned with the rows below.
                    cells.extend([""] * (_span(tc) - 1))
                out.append("\t".join(cells))
            out.append("")
        elif el.tag == f"{W}sdt":
            content = el.find(f"{W}sdtContent")
            if content is not None:
                _blocks(content, out)


def _span(tc: Element) -> int:
    span = tc.find(f"{W}tcPr/{W}gridSpan")
    try:
        return max(1, min(int(span.get(f"{W}val", "1")), 64)) if span is not None else 1
    except ValueError:
        return 1


def _para(p: Element) -> str:
    parts: list[str] = []
    for el in p.iter():
        if el.tag == f"{W}t" and el.text:
            parts.append(el.text)
        elif el.tag == f"{W}tab":
            parts.append("\t")
        elif el.tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
    return "".join(parts)
