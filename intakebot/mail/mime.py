"""An outgoing mail's text written straight from its parts, exactly as the generator writes it.

Why: building an ``email.mime`` message and flattening it with ``email.generator`` was more
than half of composing a reply on the parsing workers (docs/performance.md): a message object
per part, the Content-Type parsed again by every ``set_param``, each part flattened into a
buffer of its own and its lines written one by one (the form's base64 alone is ~700 lines),
and the same few headers folded through ``email.header`` for every mail. The layout the bot
sends is fixed -- multipart/alternative (text, HTML, quoted-printable), inside
multipart/mixed when files are attached (each base64) -- so it is written here in one pass
with the standard library's own encoders (``email.quoprimime``, ``base64.encodebytes``) and
every header folded by the policy :func:`intakebot.mail.message.wire` uses.

:func:`intakebot.mail.message.build_message` + ``wire`` stay the reference:
``tests/test_mime.py`` holds this writer equal to them byte for byte on every message kind
and thousands of random inputs. A file whose type the generator would write as a container
(``multipart/*``, ``message/*``) or whose data is not ``bytes`` is still written by them.
"""

from __future__ import annotations

import base64
import functools
import re
from collections.abc import Iterator, Sequence
from datetime import datetime
from email import base64mime, quoprimime
from email.charset import RFC2047_CHROME_LEN, Charset
from email.header import Header
from email.utils import encode_rfc2231, quote

from intakebot.config import Config
from intakebot.mail.message import (
    WIRE_POLICY,
    AutoSubmitted,
    boundary,
    build_message,
    header_fields,
    message_id_for,
    one_line,
    recipients_of,
    wire,
)
from intakebot.records import Attachment

#: The two text parts' headers, as the generator writes them for ``set_payload(body, utf-8 QP)``.
_TEXT_HEAD = {
    subtype: f'Content-Type: text/{subtype}; charset="utf-8"\nContent-Transfer-Encoding: quoted-printable\n\n'
    for subtype in ("plain", "html")
}
_SUBTYPE = {"alt": "alternative", "mixed": "mixed"}

#: Folded header lines by (name, value): From, Reply-To and a file's type repeat from mail to mail.
_FOLDED: dict[tuple[str, str], str] = {}
_FOLDED_MAX = 4096


def mail_text(
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
    attachments: Sequence[Attachment] = (),
    language: str = "en",
    sender_name: str = "",
) -> tuple[str, str]:
    """The Message-ID and the text of the mail :func:`build_message` builds from the same arguments.

    The same checks fail in the same order (no recipient; a body UTF-8 cannot hold; an
    address or header value refused), so callers see the errors they saw before.
    """
    if any(type(a.data) is not bytes or _container(a.content_type) for a in attachments):
        msg = build_message(subject=subject, text=text, html=html, to=to, cfg=cfg, now=now, seed=seed,
                            in_reply_to=in_reply_to, thread=thread, auto_submitted=auto_submitted,
                            attachments=attachments, language=language, sender_name=sender_name)
        return str(msg["Message-ID"]), wire(msg)
    recipients_of(to)
    parts = [_TEXT_HEAD["plain"] + _qp(text), _TEXT_HEAD["html"] + _qp(html)]
    files = [_file_part(a) for a in attachments]
    headers = header_fields(subject=subject, to=to, cfg=cfg, now=now, seed=seed, in_reply_to=in_reply_to,
                            thread=thread, auto_submitted=auto_submitted, language=language,
                            sender_name=sender_name)
    head = "MIME-Version: 1.0\n" + "".join(
        _subject(subject) if name == "Subject" and isinstance(value, Header) else _fold(name, value)
        for name, value in headers) + "\n"
    alt = boundary("alt", seed)
    body = _multipart(alt, parts)
    if files:
        mixed = boundary("mixed", seed)
        body = _multipart(mixed, [_content_type("alt", alt) + "\n" + body, *files])
        head = _content_type("mixed", mixed) + head
    else:
        head = _content_type("alt", alt) + head
    return message_id_for(seed, cfg), head + body


def _qp(body: str) -> str:
    """A text part's body as ``Message.set_payload(body, utf-8 quoted-printable)`` encodes it.

    ``quoprimime.body_encode`` escapes character by character and then encodes line by line,
    and nothing crosses a CR or LF, so each line is encoded on its own -- and remembered, as
    most lines are the same sentence or markup in every mail of a language.
    """
    octets = body.encode("utf-8").decode("latin-1")
    if not octets:
        return octets
    lines = _LINE_BREAK.split(octets)
    ends_with_break = octets[-1] in "\r\n"
    if ends_with_break:
        lines.pop()  # ``splitlines`` gives no empty line after the last break
    return "\n".join(map(_qp_line, lines)) + ("\n" if ends_with_break else "")


#: The line breaks ``body_encode`` splits at once it has escaped every other control character.
_LINE_BREAK = re.compile("\r\n|\r|\n")


@functools.lru_cache(maxsize=2048)
def _qp_line(line: str) -> str:
    return quoprimime.body_encode(line)


def _multipart(bound: str, parts: Sequence[str]) -> str:
    """The body of a multipart, as ``Generator._handle_multipart`` lays it out (no preamble or epilogue)."""
    return f"--{bound}\n" + f"\n--{bound}\n".join(parts) + f"\n--{bound}--\n"


def _file_part(att: Attachment) -> str:
    """A file as ``MIMEBase`` + ``encode_base64`` + ``Content-Disposition: attachment`` write it."""
    maintype, _, subtype = att.content_type.partition("/")
    name = one_line(att.filename) or "attachment"
    param = f'filename="{quote(name)}"' if name.isascii() else f"filename*={encode_rfc2231(name, 'utf-8', '')}"
    return (_fold("Content-Type", f"{maintype or 'application'}/{subtype or 'octet-stream'}")
            + "Content-Transfer-Encoding: base64\n"
            + _fold("Content-Disposition", f"attachment; {param}")
            + "\n" + _base64(att.data))


#: Leading bytes many files share (the form's base package), with their base64 lines.
_HEADS: dict[bytes, str] = {}
_HEADS_MAX = 4


def share_base64_head(head: bytes) -> None:
    """Remember the base64 lines of ``head`` (cut to whole 57-byte lines) for files that start with it.

    Why: nine tenths of every form is the same base package (``mail/form.py``), and encoding
    it was the largest single cost left in writing a missing-information notice.
    """
    usable = head[: len(head) // 57 * 57]
    if usable:
        if len(_HEADS) >= _HEADS_MAX:
            _HEADS.clear()
        _HEADS[usable] = base64.encodebytes(usable).decode("ascii")


def _base64(data: bytes) -> str:
    """``base64.encodebytes(data)`` as text: a line holds 57 bytes, so a shared head's lines are its own."""
    for head, lines in _HEADS.items():
        if data.startswith(head):
            return lines + base64.encodebytes(data[len(head):]).decode("ascii")
    return base64.encodebytes(data).decode("ascii")


def _container(content_type: str) -> bool:
    """Whether the generator would write a part of this type as a multipart or a message, not as text.

    Generous on purpose (any mention of either word): a false alarm costs only the slow path.
    """
    lowered = content_type.lower()
    return "multipart" in lowered or "message" in lowered


@functools.cache
def _content_type_template(kind: str) -> tuple[str, str]:
    """A multipart's folded Content-Type line for a sample boundary of ``kind``, and that boundary.

    Every boundary of a kind has the same length and alphabet (hex after ``=_kind_``), which
    the folding rules do not look inside, so the line folds the same way for all of them.
    """
    sample = boundary(kind, "")
    return _fold("Content-Type", f'multipart/{_SUBTYPE[kind]}; boundary="{sample}"'), sample


def _content_type(kind: str, bound: str) -> str:
    line, sample = _content_type_template(kind)
    return line.replace(sample, bound)


def _fold(name: str, value: str | Header) -> str:
    """``name: value`` folded as :data:`WIRE_POLICY` folds it, remembered for a value seen before."""
    if not isinstance(value, str):
        return WIRE_POLICY.fold(name, value)  # type: ignore[arg-type]  # compat32 folds a Header, as the generator asks it to
    key = (name, value)
    line = _FOLDED.get(key)
    if line is None:
        if len(_FOLDED) >= _FOLDED_MAX:
            _FOLDED.clear()
        line = _FOLDED[key] = WIRE_POLICY.fold(name, value)
    return line


class _LinearUtf8(Charset):
    """``Charset("utf-8")`` whose ``header_encode_lines`` measures each line as it grows.

    Why: the standard library's joins and re-encodes the whole line for every character it
    adds, so folding a non-ASCII subject (every reply's: its words hold a dash) cost more than
    writing the rest of the mail. This is the same loop with the encoded length kept as a
    running sum -- quoted-printable's length is a sum over the octets, base64's a function
    of their count -- so every split and every encoded word is the same (tests/test_mime.py
    holds the subjects of thousands of random mails to the generator's).
    """

    def __init__(self) -> None:
        super().__init__("utf-8")

    def header_encode_lines(self, string: str, maxlengths: Iterator[int]) -> list[str | None]:
        whole = string.encode("utf-8")
        b64 = base64mime.header_length(whole) < quoprimime.header_length(whole)
        encode = base64mime.header_encode if b64 else quoprimime.header_encode
        extra = len("utf-8") + RFC2047_CHROME_LEN
        lines: list[str | None] = []
        start = octets = qp_length = 0
        maxlen = next(maxlengths) - extra
        for i, character in enumerate(string):
            data = character.encode("utf-8")
            grown, grown_qp = octets + len(data), qp_length + quoprimime.header_length(data)
            if ((grown + 2) // 3 * 4 if b64 else grown_qp) <= maxlen:
                octets, qp_length = grown, grown_qp
                continue
            # This character does not fit: the line ends before it (None if nothing fits on the first).
            lines.append(None if not lines and i == start else encode(string[start:i].encode("utf-8"), "utf-8"))
            start, octets, qp_length = i, len(data), quoprimime.header_length(data)
            maxlen = next(maxlengths) - extra
        lines.append(encode(string[start:].encode("utf-8"), "utf-8"))
        return lines


_UTF8 = _LinearUtf8()


def _subject(subject: str) -> str:
    """The Subject line of a non-ASCII subject, folded as compat32 folds ``Header(line, "utf-8")``."""
    header = Header(one_line(subject), _UTF8, header_name="Subject")
    limit = WIRE_POLICY.max_line_length or 0
    return f"Subject: {header.encode(linesep=WIRE_POLICY.linesep, maxlinelen=limit)}{WIRE_POLICY.linesep}"
