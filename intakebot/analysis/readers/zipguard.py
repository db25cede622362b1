"""Checks a ZIP container (DOCX, XLSX, ODT) before anything decompresses it.

Zip bombs and billion-laughs XML are the classic ways an attachment exhausts
memory. The declared sizes in the central directory bound what ``zipfile``
will inflate (it stops at ``file_size``), so checking them up front is enough;
OOXML and ODF never need a DTD, so any ``<!DOCTYPE``/``<!ENTITY`` is refused.
"""

from __future__ import annotations

import io
import zipfile
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import fromstring

from intakebot.analysis.unprocessable import MimeLimit
from intakebot.config import LimitsConfig

_MAX_MEMBERS = 2000
_RATIO_FLOOR = 1024 * 1024  # small members may compress very well legitimately


def open_zip(data: bytes, limits: LimitsConfig) -> zipfile.ZipFile:
    """A ZipFile over ``data`` whose members are safe to read, or MimeLimit."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
        raise ValueError(f"not a zip container: {type(e).__name__}") from None
    if len(infos) > _MAX_MEMBERS:
        raise MimeLimit("zip_bomb", f"{len(infos)} members")
    total = 0
    for info in infos:
        total += info.file_size
        if total > limits.max_decompressed_bytes:
            raise MimeLimit("zip_bomb", f"declared size over {limits.max_decompressed_bytes} bytes")
        if info.file_size > _RATIO_FLOOR and info.file_size > limits.max_compression_ratio * max(
            info.compress_size, 1
        ):
            raise MimeLimit("zip_bomb", f"compression ratio over {limits.max_compression_ratio}")
    for info in infos:
        if info.filename.endswith((".xml", ".rels")):
            try:
                with zf.open(info) as fh:
                    head = fh.read(4096)
            except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
                raise ValueError("unreadable zip member") from None
            if b"<!DOCTYPE" in head.upper() or b"<!ENTITY" in head.upper():
                raise MimeLimit("xml_entities", "DTD in an office document")
    return zf


def read_member(zf: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        return zf.read(name)
    except KeyError:
        return None
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        raise ValueError("unreadable zip member") from None


def member_xml(data: bytes, limits: LimitsConfig, name: str) -> Element:
    """The parsed XML of one member of a checked container (no DTD), or ValueError if it is missing."""
    xml = read_member(open_zip(data, limits), name)
    if xml is None:
        raise ValueError(f"no {name}")
    root: Element = fromstring(xml, forbid_dtd=True)
    return root
