"""How every outgoing mail is built: headers, threading, encoding.

Shared by replies and the digest so all outgoing mail is built one way.
Everything that must be right for mail to work -- threading, Message-ID,
auto-reply headers, header encoding -- lives here, so no template edit can
break it (see :mod:`intakebot.mail.replies` for why each header is set).
"""

from __future__ import annotations

import functools
import hashlib
import io
import re
from collections.abc import Iterable, Sequence
from datetime import datetime
from email import encoders
from email.charset import QP, Charset
from email.generator import Generator
from email.header import Header
from email.headerregistry import Address
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import Compat32
from email.utils import format_datetime, formataddr
from typing import Literal

from intakebot.config import Config
from intakebot.mail.render import renderer_for
from intakebot.records import Attachment as _Attachment

AutoSubmitted = Literal["auto-replied", "auto-generated"]

_MSGID_RE = re.compile(r"<[\x21-\x3b\x3d\x3f-\x7e]{1,250}>")
#: References: keep the first id (the thread's root) and the newest ones (RFC 5322 3.6.4).
_MAX_THREAD_IDS = 12


# --------------------------------------------------------------------------- helpers


def one_line(text: str) -> str:
    """Collapse any whitespace and control characters (CR, LF, TAB ...) to single spaces.

    ``split()`` already splits at every character ``isspace()`` names, so only the control
    characters that are not whitespace need replacing first (a loop over every character
    was a few per cent of composing a reply).
    """
    return " ".join((text if text.isprintable() else _CONTROL.sub(" ", text)).split())


_CONTROL = re.compile("[\x00-\x1f\x7f]")


def subject_tag(references: Sequence[str]) -> str:
    """``[CUG-2026-0007]``, or ``[CUG-2026-0007 +3]`` when a reply concerns several."""
    refs = [r for r in references if r]
    if not refs:
        return ""
    if len(refs) == 1:
        return f"[{refs[0]}]"
    return f"[{refs[0]} +{len(refs) - 1}]"


def message_id_for(seed: str, cfg: Config) -> str:
    """The deterministic Message-ID for ``seed``, in the domain of the From address."""
    digest = hashlib.sha256(seed.encode("utf-8")).hexdigest()[:32]
    domain = cfg.from_address.rpartition("@")[2].strip().lower() or "localhost"
    return f"<cug.{digest}@{_ascii_domain(domain)}>"


def _ascii_domain(domain: str) -> str:
    try:
        domain.encode("ascii")
        return domain
    except UnicodeEncodeError:
        return domain.encode("idna").decode("ascii")


def _address(addr: str, display_name: str = "") -> Address:
    """Parse one address strictly; CR/LF, a second address or junk raise ValueError."""
    if any(c in addr for c in "\r\n\0") or "@" not in addr:
        raise ValueError("not a single email address")
    local, _, domain = addr.strip().rpartition("@")
    try:
        local.encode("ascii")
    except UnicodeEncodeError:
        raise ValueError("non-ASCII local part needs SMTPUTF8, which replies do not use") from None
    try:
        return Address(
            display_name=one_line(display_name), addr_spec=f"{local}@{_ascii_domain(domain)}"
        )
    except Exception:  # noqa: BLE001 - HeaderParseError is no ValueError; texts quote the address
        # One exception type callers can catch, and a text that names no one:
        # it reaches log lines, and the address is an official's.
        raise ValueError("not a valid email address") from None


def _msgids(ids: Iterable[str | None]) -> list[str]:
    """Keep well-formed ``<msg-id>`` values only (they come from untrusted mail), deduplicated."""
    out: list[str] = []
    for raw in ids:
        if not raw:
            continue
        mid = raw.strip()
        if _MSGID_RE.fullmatch(mid) and mid not in out:
            out.append(mid)
    if len(out) > _MAX_THREAD_IDS:
        out = [out[0], *out[-(_MAX_THREAD_IDS - 1) :]]
    return out


# --------------------------------------------------------------------------- message


def build_message(
    *,
    subject: str,
    text: str,
    html: str,
    to: str | Sequence[str],
    cfg: Config,
    now: datetime,
    seed: str,
    in_reply_to: str | None = None,
    thread: Sequence[str] = (),
    auto_submitted: AutoSubmitted = "auto-generated",
    attachments: Sequence[_Attachment] = (),
    language: str = "en",
    sender_name: str = "",
) -> Message:
    """Build a complete multipart/alternative message with every header the bot sends.

    The reference for what the bot sends: :func:`intakebot.mail.mime.mail_text` writes
    the same text without building a message (it is held equal to :func:`wire` of this,
    byte for byte, in tests/test_mime.py) and falls back to this for a file the generator
    would treat as a container. Bodies are
    quoted-printable and headers RFC 2047-encoded, so the message is pure
    ASCII and survives any relay and ``smtplib``.

    Why ``email.mime`` (the compat32 API) rather than ``EmailMessage``: the
    header registry parses and re-folds every header, which made building a
    reply ~5x slower and dominated a backlog of thousands. Every value set here
    is already one line (subjects through :func:`one_line`, addresses parsed
    strictly, thread ids matched against a msg-id pattern), and :func:`_set`
    refuses CR/LF anyway, so no value can start a new header.
    """
    recipients_of(to)
    msg = _body(text, html, attachments, seed)
    for name, value in header_fields(
        subject=subject, to=to, cfg=cfg, now=now, seed=seed, in_reply_to=in_reply_to, thread=thread,
        auto_submitted=auto_submitted, language=language, sender_name=sender_name,
    ):
        msg[name] = value  # type: ignore[assignment]  # compat32 takes Header objects too
    return msg


def recipients_of(to: str | Sequence[str]) -> list[str]:
    """The recipients as a list; none at all is refused before anything is built."""
    recipients = [to] if isinstance(to, str) else list(to)
    if not recipients:
        raise ValueError("a message needs at least one recipient")
    return recipients


def header_fields(
    *,
    subject: str,
    to: str | Sequence[str],
    cfg: Config,
    now: datetime,
    seed: str,
    in_reply_to: str | None = None,
    thread: Sequence[str] = (),
    auto_submitted: AutoSubmitted = "auto-generated",
    language: str = "en",
    sender_name: str = "",
) -> list[tuple[str, str | Header]]:
    """Every header the bot sets on a message, in order, each value checked (see :func:`build_message`).

    One list for both writers of a message (:func:`build_message` and
    :func:`intakebot.mail.mime.mail_text`), so they cannot disagree on a value.
    """
    # The display name is in the reply's language (``letter.from_name``), unless configured.
    sender_name = cfg.secretariat.name or sender_name or _from_name(cfg, language)
    out: list[tuple[str, str | Header]] = []
    _set(out, "From", _formatted(cfg.from_address, sender_name))
    _set(out, "To", ", ".join(_formatted(a) for a in recipients_of(to)))
    _set(out, "Reply-To", _formatted(cfg.secretariat.address, sender_name))
    line = one_line(subject)
    _set(out, "Subject", line if line.isascii() else Header(line, "utf-8", header_name="Subject"))
    _set(out, "Date", format_datetime(now))
    _set(out, "Message-ID", message_id_for(seed, cfg))
    parent = _msgids([in_reply_to])
    if parent:
        _set(out, "In-Reply-To", parent[0])
    refs = _msgids([*thread, *parent])
    if refs:
        _set(out, "References", " ".join(refs))
    if language.isalpha() and len(language) <= 8:
        _set(out, "Content-Language", language)
    _set(out, "Auto-Submitted", auto_submitted)
    _set(out, "X-Auto-Response-Suppress", "All")
    return out


def _from_name(cfg: Config, language: str) -> str:
    return renderer_for(cfg.templates_dir).strings(language)("letter.from_name")


def boundary(kind: str, seed: str) -> str:
    """A multipart's boundary, named by its message's seed: ``=_`` never occurs in quoted-printable or base64.

    Why set it: without one, the generator drew a random boundary, compiled a regular
    expression for it and searched the whole body with it, a tenth of composing a reply.
    Every part the bot writes is quoted-printable (text, HTML) or base64 (files), where
    "=" is always escaped and "_" is not in the alphabet, so no line of a part can start
    with "--=_"; the kind keeps a nested multipart's boundary apart from its parent's, and
    the seed (the Message-ID's) makes it differ from one message to the next, as cheaply
    as the Message-ID (hashing the bodies was a twentieth of composing).
    """
    return f"=_{kind}_{hashlib.sha256(f'{kind}:{seed}'.encode('utf-8', 'surrogatepass')).hexdigest()[:32]}"


def _body(text: str, html: str, attachments: Sequence[_Attachment], seed: str) -> Message:
    """multipart/alternative (text, HTML), inside multipart/mixed when files are attached."""
    alternative = MIMEMultipart("alternative", boundary=boundary("alt", seed))
    for body, subtype in ((text, "plain"), (html, "html")):
        part = MIMENonMultipart("text", subtype)
        part.set_payload(body, _QP_UTF8)
        del part["MIME-Version"]  # belongs on the top level only
        alternative.attach(part)
    if not attachments:
        return alternative
    msg = MIMEMultipart("mixed", boundary=boundary("mixed", seed))
    del alternative["MIME-Version"]
    msg.attach(alternative)
    for att in attachments:
        maintype, _, subtype = att.content_type.partition("/")
        file_part = MIMEBase(maintype or "application", subtype or "octet-stream")
        file_part.set_payload(att.data)
        encoders.encode_base64(file_part)
        del file_part["MIME-Version"]
        name = one_line(att.filename) or "attachment"
        file_part.add_header(
            "Content-Disposition",
            "attachment",
            filename=name if name.isascii() else ("utf-8", "", name),
        )
        msg.attach(file_part)
    return msg


#: UTF-8 bodies as quoted-printable: readable in the raw source, pure ASCII on the wire.
_QP_UTF8 = Charset("utf-8")
_QP_UTF8.body_encoding = QP


@functools.lru_cache(maxsize=1024)
def _formatted(addr: str, display_name: str = "") -> str:
    """An address as a header holds it, checked by :func:`_address`.

    Remembered: parsing the address was a twentieth of composing a reply, and the From and
    Reply-To addresses are the same in every mail (a refused address raises every time).
    """
    address = _address(addr, display_name)
    return formataddr((address.display_name, address.addr_spec), charset="utf-8")


def _set(headers: list[tuple[str, str | Header]], name: str, value: str | Header) -> None:
    if isinstance(value, str) and ("\r" in value or "\n" in value):
        raise ValueError(f"header {name} would contain a line break")
    headers.append((name, value))


class _WirePolicy(Compat32):
    """compat32 folding, with a header that already fits on its line written as it is.

    Why: compat32 folds every header through :class:`email.header.Header`, which gives
    such a value back unchanged, and that was a fifth of composing a reply. Only a value
    of printable ASCII words with single spaces that fits in ``max_line_length`` takes the
    short way (tests/test_wire.py holds it equal to compat32 on such values and on every
    message kind); anything else, a :class:`Header` included, is folded by compat32.
    """

    def fold(self, name: str, value: str) -> str:
        limit = self.max_line_length
        if (isinstance(value, str) and limit is not None and len(name) + 2 + len(value) <= limit
                and _PLAIN_HEADER_RE.fullmatch(value)):
            return f"{name}: {value}{self.linesep}"
        return super().fold(name, value)


_PLAIN_HEADER_RE = re.compile(r"[!-~]+(?: [!-~]+)*")
WIRE_POLICY = _WirePolicy(max_line_length=78)


def wire(msg: Message) -> str:
    """The message as queued and sent: headers folded at 78 characters (RFC 5322)."""
    out = io.StringIO()
    Generator(out, mangle_from_=False, policy=WIRE_POLICY).flatten(msg)
    return out.getvalue()
