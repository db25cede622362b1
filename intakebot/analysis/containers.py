"""Mail inside mail: S/MIME opaque signatures, TNEF ``winmail.dat``, Outlook ``.msg``, attached ``.eml``.

Why one module: each of these wraps a whole message (or its body and
attachments) in one opaque part, and the fix is the same for all -- open
the wrapper and hand the MIME walker a ``Message`` to walk, so caps, quote
cutting and every reader apply as if the contents had been sent plainly.
The walker asks :func:`open_container` for every leaf part it would store as
an attachment; ``None`` means "not a container, keep it as an attachment".

Encrypted mail (S/MIME enveloped data, PGP/MIME, inline PGP) cannot be read
here at all: it is reported so that a person reads it and the sender is
told we cannot read encrypted mail at this address.
"""

from __future__ import annotations

import email
import logging
from dataclasses import dataclass
from email.message import Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32

from intakebot.analysis.readers.msg import msg_to_message
from intakebot.analysis.readers.rtf import decompress_rtf, rtf_text
from intakebot.analysis.smime import open_pkcs7
from intakebot.config import LimitsConfig

log = logging.getLogger(__name__)

PKCS7_TYPES = frozenset({"application/pkcs7-mime", "application/x-pkcs7-mime"})
TNEF_TYPES = frozenset({"application/ms-tnef", "application/vnd.ms-tnef"})
MSG_TYPES = frozenset({"application/vnd.ms-outlook", "application/x-msg"})
PGP_ARMOUR = "-----BEGIN PGP MESSAGE-----"


@dataclass
class Inner:
    """What a container held: a message to walk, or the news that it is encrypted.

    ``forwarded``: the contents are someone else's message (an attached
    ``.eml`` or ``.msg``), not the sender's own text.
    """

    message: Message | None = None
    forwarded: bool = False
    signature: str = ""
    encrypted: str = ""  # "smime" or "pgp"


def is_container(content_type: str, filename: str) -> bool:
    """Would :func:`open_container` try this part (the walker's cheap test)?"""
    name = filename.lower()
    return (
        content_type in PKCS7_TYPES
        or content_type in TNEF_TYPES
        or content_type in MSG_TYPES
        or name.endswith((".p7m", ".msg", ".eml"))
        or name == "winmail.dat"
    )


def open_container(content_type: str, filename: str, data: bytes, limits: LimitsConfig) -> Inner | None:
    """Open a wrapper part; ``None`` when it is not one (or is broken: then it stays an attachment)."""
    name = filename.lower()
    try:
        if content_type in PKCS7_TYPES or name.endswith(".p7m"):
            return _pkcs7(data)
        if content_type in TNEF_TYPES or name == "winmail.dat":
            return Inner(_tnef(data, limits))
        if content_type in MSG_TYPES or name.endswith(".msg"):
            return Inner(msg_to_message(data, limits), forwarded=True)
        if name.endswith(".eml"):
            return _eml(data)
    except (ValueError, KeyError, IndexError, OSError, UnicodeError) as e:
        log.info("container unreadable (%s): %s", content_type, type(e).__name__)
    return None


def _pkcs7(data: bytes) -> Inner | None:
    opened = open_pkcs7(data)
    if opened.kind == "encrypted":
        return Inner(encrypted="smime")
    if opened.kind != "signed":
        return None
    inner = email.message_from_bytes(opened.content, policy=compat32)
    return Inner(inner, signature=opened.signature)


def _eml(data: bytes) -> Inner | None:
    """An ``application/octet-stream`` ``.eml``: a forwarded message, if it has headers."""
    head = data[:4096].decode("latin-1")
    if not any(h in head.lower() for h in ("from:", "subject:", "content-type:")):
        return None
    return Inner(email.message_from_bytes(data, policy=compat32), forwarded=True)


def _tnef(data: bytes, limits: LimitsConfig) -> Message:
    """``winmail.dat``: Outlook's body (plain, HTML or compressed RTF) and its real attachments."""
    from tnefparse import TNEF

    tnef = TNEF(data, do_checksum=False)
    out = MIMEMultipart("mixed")
    body = _text(tnef.body)
    html = _text(tnef.htmlbody)
    if not body and not html and tnef._rtfbody:
        body = rtf_text(decompress_rtf(tnef._rtfbody, limits), limits)
    if body:
        out.attach(MIMEText(body, "plain", "utf-8"))
    if html:
        out.attach(MIMEText(html, "html", "utf-8"))
    for att in tnef.attachments:
        filename = (att.long_filename() or att.name or "attachment").replace("\x00", "")
        payload = att.data if isinstance(att.data, bytes) else b""
        if not payload:
            continue
        part = MIMEApplication(payload, Name=filename)
        part.add_header("Content-Disposition", "attachment", filename=filename)
        out.attach(part)
    return out


def _text(value: object) -> str:
    if isinstance(value, bytes):
        try:
            return value.decode("utf-8").rstrip("\x00")
        except UnicodeDecodeError:
            return value.decode("cp1252", errors="replace").rstrip("\x00")
    return value.rstrip("\x00") if isinstance(value, str) else ""


def inline_pgp(text: str) -> bool:
    """An inline armoured PGP message (the body is ciphertext)."""
    return text.lstrip().startswith(PGP_ARMOUR)
