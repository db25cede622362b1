"""Outlook ``.msg`` files (an e-mail saved from Outlook and attached) to a MIME message.

Why olefile and not extract-msg: extract-msg is GPL-3.0 (this project is
MIT) and pulls in eight further packages (beautifulsoup4, RTFDE with lark and
oletools, msoffcrypto-tool, tzlocal, ebcdic, red-black-tree-mod, ...) to
offer far more than we need. A ``.msg`` is an OLE compound file whose MAPI
properties are plain streams named by property tag; the few we read
(subject, sender, plain/HTML/RTF body, attachments with their names) take
a page of code on olefile (BSD, the library extract-msg itself uses).

The result is an ``email.message.Message`` so the MIME walker reads it like
a forwarded message, with every cap in force.
"""

from __future__ import annotations

import io
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

from intakebot.analysis.readers.rtf import decompress_rtf, rtf_text
from intakebot.config import LimitsConfig

_ATTACH_PREFIX = "__attach_version1.0_#"
MAX_STREAM = 16 * 1024 * 1024


def is_msg(data: bytes) -> bool:
    return data[:8] == bytes.fromhex("d0cf11e0a1b11ae1")


def msg_to_message(data: bytes, limits: LimitsConfig) -> Message:
    """The subject, sender, bodies and attachments of a ``.msg`` as MIME; ValueError if not one."""
    import olefile

    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except OSError as e:  # olefile reports every malformed file as OSError
        raise ValueError(f"not an OLE file: {e}") from None
    try:
        if not ole.exists("__properties_version1.0"):
            raise ValueError("an OLE file, but not an Outlook message")
        get = _Props(ole, "", limits)
        out = MIMEMultipart("mixed")
        out["Subject"] = get.text("0037")
        sender = get.text("5D01") or get.text("0C1F") or get.text("0065")
        name = get.text("0C1A")
        if sender:
            out["From"] = f"{name} <{sender}>" if name else sender
        body, html = get.text("1000"), get.text("1013") or get.binary_text("1013")
        if not body and not html:
            body = _rtf_body(get.binary("1009"), limits)
        if body:
            out.attach(MIMEText(body, "plain", "utf-8"))
        if html:
            out.attach(MIMEText(html, "html", "utf-8"))
        for storage in _attachment_storages(ole):
            att = _Props(ole, storage + "/", limits)
            payload = att.binary("3701")
            if not payload:
                continue  # embedded messages and OLE objects: nothing a form is in
            filename = att.text("3707") or att.text("3704") or "attachment"
            part = MIMEApplication(payload, Name=filename)
            part.add_header("Content-Disposition", "attachment", filename=filename)
            out.attach(part)
        return out
    finally:
        ole.close()


def _attachment_storages(ole: object) -> list[str]:
    names = {e[0] for e in ole.listdir(streams=False, storages=True) if e and e[0].startswith(_ATTACH_PREFIX)}  # type: ignore[attr-defined]
    return sorted(names)


def _rtf_body(data: bytes, limits: LimitsConfig) -> str:
    if not data:
        return ""
    try:
        return rtf_text(decompress_rtf(data, limits), limits)
    except ValueError:
        return ""


class _Props:
    """MAPI property streams of one storage: ``__substg1.0_<tag><type>``."""

    def __init__(self, ole: object, prefix: str, limits: LimitsConfig) -> None:
        self.ole = ole
        self.prefix = prefix
        self.cap = min(MAX_STREAM, limits.max_attachment_bytes)

    def _read(self, name: str) -> bytes | None:
        path = f"{self.prefix}__substg1.0_{name}"
        if not self.ole.exists(path):  # type: ignore[attr-defined]
            return None
        if self.ole.get_size(path) > self.cap:  # type: ignore[attr-defined]
            raise ValueError("property stream over the cap")
        data: bytes = self.ole.openstream(path).read()  # type: ignore[attr-defined]
        return data

    def text(self, tag: str) -> str:
        wide = self._read(tag + "001F")
        if wide is not None:
            return wide.decode("utf-16-le", errors="replace").rstrip("\x00")
        narrow = self._read(tag + "001E")
        return narrow.decode("cp1252", errors="replace").rstrip("\x00") if narrow is not None else ""

    def binary(self, tag: str) -> bytes:
        return self._read(tag + "0102") or b""

    def binary_text(self, tag: str) -> str:
        data = self.binary(tag)
        return data.decode("utf-8", errors="replace") if data else ""
