"""Reader for OpenDocument text (LibreOffice): content.xml paragraphs and tables."""

from __future__ import annotations

from xml.etree.ElementTree import Element

from intakebot.analysis.readers.zipguard import member_xml
from intakebot.config import LimitsConfig

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"


def odt_text(data: bytes, limits: LimitsConfig) -> str:
    out: list[str] = []
    _blocks(member_xml(data, limits, "content.xml"), out)
    return "\n".join(out)


def _blocks(parent: Element, out: list[str]) -> None:
    for el in parent:
        if el.tag in (f"{TEXT}p", f"{TEXT}h"):
            out.append(_inline(el))
        elif el.tag == f"{TABLE}table":
            for row in el.iter(f"{TABLE}table-row"):
                cells = [
                    " ".join(_inline(p) for p in cell.iter(f"{TEXT}p")).strip()
                    for cell in row.findall(f"{TABLE}table-cell")
                ]
                out.append("\t".join(cells))
            out.append("")
        else:
            _blocks(el, out)


def _inline(el: Element) -> str:
    parts: list[str] = [el.text or ""]
    for child in el:
        if child.tag == f"{TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{TEXT}line-break":
            parts.append("\n")
        elif child.tag == f"{TEXT}s":
            parts.append(" ")
        else:
            parts.append(_inline(child))
        parts.append(child.tail or "")
    return "".join(parts)
