"""Raw message bytes -> a small, decoded, capped view of the message.

Why not hand the ``email.message.Message`` around: every later stage would have
to re-learn charset fallbacks, RFC 2047, nesting and the caps. This module does
that once, for untrusted input, and hands over plain strings and in-memory
:class:`~intakebot.records.Attachment` objects. It never raises anything but
:class:`MimeLimit` (a cap was exceeded) -- malformed MIME and unknown charsets
degrade to replacement characters instead.

The stdlib parser is used with ``policy=compat32``: about twice as fast as the
default policy and tolerant of the broken structures real mail contains.
"""

from __future__ import annotations

import codecs
import email
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.header import decode_header
from email.message import Message
from email.policy import compat32
from email.utils import parseaddr, parsedate_to_datetime

from intakebot.analysis import containers
from intakebot.analysis.scans import MIN_PICTURE_BYTES
from intakebot.analysis.unprocessable import MimeLimit
from intakebot.config import LimitsConfig
from intakebot.records import Attachment


@dataclass
class TextPart:
    """One decoded text body. ``forwarded`` counts the message/rfc822 levels above it."""

    text: str
    subtype: str  # "plain" or "html"
    forwarded: int = 0
    #: Index of the multipart/alternative group it belongs to (-1: none).
    alternative: int = -1


@dataclass
class ParsedMessage:
    """What later stages need from one message, decoded once."""

    headers: Message
    subject: str = ""
    from_address: str = ""
    from_name: str = ""
    message_id: str | None = None
    date: datetime | None = None
    thread_ids: list[str] = field(default_factory=list)
    content_type: str = "text/plain"
    parts: list[TextPart] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    #: Headers of embedded messages in delivery reports (message/rfc822, text/rfc822-headers).
    report_headers: list[Message] = field(default_factory=list)
    #: The subtypes of multipart containers seen (e.g. "report", "alternative").
    multipart_subtypes: set[str] = field(default_factory=set)
    #: A message/delivery-status part was seen (a DSN, even one a relay re-wrapped).
    has_delivery_status: bool = False
    #: S/MIME opaque signature check ("valid", "invalid", "unverified"; "" unsigned).
    signature: str = ""
    #: "smime" or "pgp" when (part of) the message is encrypted: nothing to read there.
    encrypted: str = ""

    def header(self, name: str) -> str:
        """A header decoded to text ("" when absent)."""
        return decode_text_header(self.headers.get(name))

    def header_all(self, name: str) -> list[str]:
        return [decode_text_header(v) for v in (self.headers.get_all(name) or [])]


_MSGID_RE = re.compile(r"<[^<>\s]+>")
_CTRL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode with the declared charset, falling back sensibly; never raises.

    Mail often declares the wrong charset (or none): undeclared bytes that are
    valid UTF-8 are UTF-8, anything else is read as windows-1252, the usual
    culprit.
    """
    cs = (charset or "").strip().strip('"').lower()
    if cs in ("", "us-ascii", "ascii", "unknown-8bit", "x-unknown", "default"):
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace")
    if cs in ("iso-8859-1", "latin-1", "latin1", "iso8859-1"):
        cs = "cp1252"  # a superset in practice: curly quotes from Word arrive labelled latin-1
    try:
        codecs.lookup(cs)
    except (LookupError, ValueError):  # unknown name, or garbage such as a NUL in it
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("cp1252", errors="replace")
    try:
        return data.decode(cs, errors="replace")
    except Exception:  # exotic codecs can fail in odd ways on garbage
        return data.decode("utf-8", errors="replace")


def decode_text_header(value: object) -> str:
    """Decode an RFC 2047 header value to one line of text; never raises."""
    if value is None:
        return ""
    if not isinstance(value, str):
        value = str(value)
    try:
        chunks = decode_header(value)
    except Exception:
        return _one_line(value)
    out: list[str] = []
    for chunk, cs in chunks:
        if isinstance(chunk, bytes):
            out.append(decode_bytes(chunk, cs))
        else:
            out.append(chunk)
    # decode_header drops the whitespace between an encoded and a plain word.
    text = ""
    for i, piece in enumerate(out):
        if i and chunks[i - 1][1] is not None and chunks[i][1] is None and not piece.startswith(" "):
            text += " "
        text += piece
    return _one_line(text)


_ANGLE_ADDR_RE = re.compile(r"<\s*([^<>\s@]+@[^<>\s@]+)\s*>\s*$")


def sender(value: object) -> tuple[str, str]:
    """The From header's display name (decoded) and address (lower-cased); never raises.

    The address is read from the header as sent, before RFC 2047 decoding: an
    encoded display name decodes to text such as ``Pérez, Juan (KWS)`` or
    ``[KWS] Grace``, whose comma or brackets would make the decoded header read
    as another address or as none. Outlook writes "Surname, Name" names, so
    decoding first misread real senders. A display name with unquoted specials
    sent as is still yields its ``<address>``.
    """
    raw = "" if value is None else str(value)
    name, addr = parseaddr(raw)
    if "@" not in addr:
        m = _ANGLE_ADDR_RE.search(_one_line(raw))
        if m is not None:
            name, addr = raw[: raw.rfind("<")].strip().strip('"'), m.group(1)
    return decode_text_header(name), _one_line(addr).lower()


def _one_line(text: str) -> str:
    text = text.replace("\r", " ").replace("\n", " ")
    return _CTRL_RE.sub("", re.sub(r"\s+", " ", text)).strip()


def message_ids(value: str) -> list[str]:
    """The ``<...>`` Message-IDs in a header value, in order, without duplicates."""
    seen: list[str] = []
    for m in _MSGID_RE.findall(value or ""):
        if m not in seen:
            seen.append(m)
    return seen


DEFAULT_LIMITS = LimitsConfig()


def parse(raw: bytes, limits: LimitsConfig = DEFAULT_LIMITS) -> ParsedMessage:
    """Parse and decode ``raw`` within ``limits``; raise :class:`MimeLimit` past a cap."""
    if len(raw) > limits.max_message_bytes:
        raise MimeLimit("too_large", f"{len(raw)} bytes > {limits.max_message_bytes}")
    _precheck_nesting(raw, limits)
    try:
        msg = email.message_from_bytes(raw, policy=compat32)
    except RecursionError:
        raise MimeLimit("too_deep", "nesting exhausted the parser") from None
    pm = ParsedMessage(headers=msg)
    pm.subject = decode_text_header(msg.get("Subject"))
    pm.from_name, pm.from_address = sender(msg.get("From"))
    ids = message_ids(str(msg.get("Message-ID", "") or ""))
    pm.message_id = ids[0] if ids else None
    pm.date = _date(msg.get("Date"))
    thread: list[str] = []
    for h in ("In-Reply-To", "References"):
        for v in msg.get_all(h) or []:
            for mid in message_ids(str(v)):
                if mid not in thread:
                    thread.append(mid)
    pm.thread_ids = thread
    pm.content_type = msg.get_content_type()
    walker = _Walker(pm, limits)
    walker.walk(msg, depth=0, forwarded=0, alternative=-1)
    return pm


_BOUNDARY_RE = re.compile(rb"boundary\s*=", re.IGNORECASE)


def _precheck_nesting(raw: bytes, limits: LimitsConfig) -> None:
    """Refuse absurd structures before the stdlib parser builds them.

    The parser recurses once per nesting level; 1000 levels of multiparts
    would hit Python's recursion limit deep inside it. Counting boundary
    declarations is a cheap upper bound on both depth and part structure.
    """
    n = len(_BOUNDARY_RE.findall(raw))
    if n > max(limits.max_parts, limits.max_depth * 4):
        raise MimeLimit("too_many_parts", f"{n} multipart boundaries declared")


def _date(value: object) -> datetime | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(str(value))
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


class _Walker:
    """Depth-first walk with the part, depth and attachment caps."""

    def __init__(self, pm: ParsedMessage, limits: LimitsConfig) -> None:
        self.pm = pm
        self.limits = limits
        self.parts = 0
        self.alt_groups = 0
        self.html_bytes = 0

    def walk(self, part: Message, depth: int, forwarded: int, alternative: int) -> None:
        self.parts += 1
        if self.parts > self.limits.max_parts:
            raise MimeLimit("too_many_parts", f"more than {self.limits.max_parts} parts")
        if depth > self.limits.max_depth:
            raise MimeLimit("too_deep", f"nesting deeper than {self.limits.max_depth}")
        ctype = part.get_content_type()
        if ctype in ("message/delivery-status", "message/global-delivery-status"):
            self.pm.has_delivery_status = True  # status fields only: nothing to read
            return
        if ctype == "multipart/encrypted":  # PGP/MIME (RFC 3156): a person must read it
            self.pm.encrypted = self.pm.encrypted or "pgp"
            return
        if part.is_multipart():
            self._multipart(part, ctype, depth, forwarded, alternative)
            return
        if ctype == "text/rfc822-headers":
            data = self._payload(part)
            self.pm.report_headers.append(
                email.message_from_string(decode_bytes(data, part.get_content_charset()), policy=compat32)
            )
            return
        filename = self._filename(part)
        disposition = decode_text_header(part.get("Content-Disposition")).split(";")[0].strip().lower()
        if ctype in ("text/plain", "text/html") and not (
            disposition == "attachment" or (filename and disposition != "inline")
        ):
            self._text_body(part, forwarded, alternative)
            return
        self._leaf(part, ctype, filename, depth, forwarded, alternative)

    def _multipart(self, part: Message, ctype: str, depth: int, forwarded: int, alternative: int) -> None:
        """Walk the children; a message/* part forwards them, a multipart/alternative groups them."""
        sub = part.get_content_subtype()
        self.pm.multipart_subtypes.add(sub)
        payload = part.get_payload()
        children = [c for c in payload if isinstance(c, Message)] if isinstance(payload, list) else []
        if ctype == "message/rfc822" or part.get_content_maintype() == "message":
            for child in children:
                if self.pm.content_type == "multipart/report" or "report" in self.pm.multipart_subtypes:
                    self.pm.report_headers.append(child)
                self.walk(child, depth + 1, forwarded + 1, -1)
            return
        group = alternative
        if sub == "alternative":
            self.alt_groups += 1
            group = self.alt_groups
        for child in children:
            self.walk(child, depth + 1, forwarded, group)

    def _text_body(self, part: Message, forwarded: int, alternative: int) -> None:
        """A plain or HTML body (HTML past ``max_html_bytes`` is ignored, not fatal)."""
        text = decode_bytes(self._payload(part), part.get_content_charset())
        subtype = part.get_content_subtype()
        if subtype == "html":
            room = self.limits.max_html_bytes - self.html_bytes
            if room <= 0:
                return
            text = text[:room]
            self.html_bytes += len(text)
        if containers.inline_pgp(text):
            self.pm.encrypted = self.pm.encrypted or "pgp"
        self.pm.parts.append(TextPart(text, subtype, forwarded, alternative))

    def _leaf(self, part: Message, ctype: str, filename: str, depth: int, forwarded: int, alternative: int) -> None:
        """A container is opened and walked, a picture kept for OCR, anything else kept as an attachment."""
        maintype = part.get_content_maintype()
        if containers.is_container(ctype, filename):
            data = self._payload(part)
            self._check_size(data)
            inner = containers.open_container(ctype, filename, data, self.limits)
            if inner is not None:
                self._walk_inner(inner, depth, forwarded, alternative)
                return
        if maintype == "image":
            self._keep_picture(part, ctype, filename)
            return
        if maintype in ("audio", "video") or ctype in (
            "message/delivery-status",
            "message/disposition-notification",
            "application/pgp-signature",
            "application/pkcs7-signature",
            "application/x-pkcs7-signature",
        ):
            return  # nothing a form could be in; not held in memory
        data = self._payload(part)
        self._check_size(data)
        if len(self.pm.attachments) >= self.limits.max_attachments:
            raise MimeLimit("too_many_attachments", f"more than {self.limits.max_attachments}")
        self.pm.attachments.append(Attachment(filename or "attachment", ctype, data))

    def _check_size(self, data: bytes) -> None:
        if len(data) > self.limits.max_attachment_bytes:
            raise MimeLimit(
                "attachment_too_large", f"{len(data)} bytes > {self.limits.max_attachment_bytes}"
            )

    def _walk_inner(self, inner: containers.Inner, depth: int, forwarded: int, alternative: int) -> None:
        """Walk what a container (S/MIME, TNEF, .msg, .eml) held, as if sent plainly."""
        if inner.encrypted:
            self.pm.encrypted = self.pm.encrypted or inner.encrypted
            return
        self.pm.signature = self.pm.signature or inner.signature
        if inner.message is not None:
            self.walk(inner.message, depth + 1, forwarded + int(inner.forwarded), alternative)

    def _keep_picture(self, part: Message, ctype: str, filename: str) -> None:
        """A page-sized picture is kept for OCR; logos, icons and pictures past the cap are not.

        Pictures never quarantine a message for their number: a mail with
        thirty holiday photos is not an attack, only not worth reading past
        the attachment cap.
        """
        if len(self.pm.attachments) >= self.limits.max_attachments:
            return
        data = self._payload(part)
        if len(data) < MIN_PICTURE_BYTES or len(data) > self.limits.max_attachment_bytes:
            return
        self.pm.attachments.append(Attachment(filename or "picture", ctype, data))

    def _payload(self, part: Message) -> bytes:
        try:
            data = part.get_payload(decode=True)
        except Exception:  # broken base64/QP: fall back to the raw text
            data = None
        if isinstance(data, bytes):
            return data
        raw = part.get_payload()
        if isinstance(raw, str):
            return raw.encode("utf-8", errors="replace")
        return b""

    @staticmethod
    def _filename(part: Message) -> str:
        try:
            fn = part.get_filename()
        except Exception:
            fn = None
        if not fn:
            return ""
        name = decode_text_header(fn)
        # Display only: keep the last path component, drop anything odd.
        name = name.replace("\\", "/").rsplit("/", 1)[-1]
        return _CTRL_RE.sub("", name)[:200]
