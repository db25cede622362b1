"""Mail for the tests and benchmarks: one builder for the messages we feed the bot, decoders for what it sends.

A test says only what matters to it (the body, a header); everything else is a
plain, valid message from a Party's officer to the Secretariat, so that two
tests never differ in a header nobody meant to vary.
"""

from __future__ import annotations

import io
import shutil
import zipfile
from email import message_from_string, policy
from email.header import decode_header, make_header
from email.message import EmailMessage, Message
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import SMTP
from pathlib import Path

#: The example messages shipped in the repository (examples/*.eml).
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SECRETARIAT = "info@cites.org"


def message(
    body: str = "Hello",
    *,
    sender: str = "a@gov.example",
    to: str | None = SECRETARIAT,
    subject: str = "Hello",
    message_id: str | None = "<m1@test>",
    in_reply_to: str = "",
    pad: int = 0,
    **headers: str,
) -> EmailMessage:
    """A text/plain message; ``headers`` spell dashes as underscores (``Auto_Submitted``).

    ``pad`` adds about that many bytes of 71-byte filler lines after the body,
    for tests of size limits and of fetching large messages.
    """
    msg = EmailMessage()
    msg["From"] = sender
    if to is not None:
        msg["To"] = to
    msg["Subject"] = subject
    if message_id is not None:
        msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for name, value in headers.items():
        msg[name.replace("_", "-")] = value
    msg.set_content(body + ("\n" + "x" * 70) * (pad // 71))
    return msg


def mail(body: str = "Hello", *, crlf: bool = False, **fields: object) -> bytes:
    """The bytes of :func:`message`; ``crlf`` gives CRLF line ends, as an MTA sends them."""
    msg = message(body, **fields)  # type: ignore[arg-type]
    return msg.as_bytes(policy=SMTP) if crlf else bytes(msg)


def with_file(data: bytes, filename: str, sub: str = "octet-stream", *,
              text: str = "Please find attached our nomination for the cheetah closed user group.",
              sender: str = "a@gov.example", to: str | None = None, message_id: str | None = None) -> bytes:
    """A nomination with one attachment and a covering ``text`` that names no official."""
    m = MIMEMultipart("mixed")
    m.attach(MIMEText(text))
    part = MIMEApplication(data, sub)
    part.add_header("Content-Disposition", "attachment", filename=filename)
    m.attach(part)
    m["From"] = sender
    if to is not None:
        m["To"] = to
    m["Subject"] = "CUG nomination"
    if message_id is not None:
        m["Message-ID"] = message_id
    return m.as_bytes()


def zip_of(members: dict[str, bytes]) -> bytes:
    """A ZIP archive of ``members`` (name -> bytes), the container of DOCX and XLSX."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


def seed(inbox: Path, names: list[str] | None = None) -> dict[str, Path]:
    """A Maildir at ``inbox`` holding the examples (all, or those whose stem is in ``names``) as new mail."""
    for sub in ("new", "cur", "tmp"):
        (inbox / sub).mkdir(parents=True, exist_ok=True)
    out = {}
    for f in sorted(EXAMPLES.glob("*.eml")):
        if names is None or f.stem in names:
            dst = inbox / "new" / f"1700000000.{f.stem}.host"
            shutil.copy(f, dst)
            out[f.stem] = dst
    return out


# ------------------------------------------------------------------ decoders


def subject_of(msg: Message) -> str:
    """The decoded Subject on one line (encoded words joined, folding removed)."""
    return str(make_header(decode_header(str(msg["Subject"])))).replace("\n", "")


def text_of(msg: Message) -> str:
    """The first text/plain part, decoded with its own charset."""
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            return payload.decode(part.get_content_charset() or "utf-8")
    raise AssertionError("no text part")


def parse(text: str) -> EmailMessage:
    """A queued reply (its stored text) as a modern EmailMessage."""
    msg = message_from_string(text, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def bodies(msg: EmailMessage) -> tuple[str, str]:
    """The plain and the HTML body of a reply; both must exist."""
    plain = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert plain is not None and html is not None
    return plain.get_content(), html.get_content()


def bounce_of(reply: Message) -> bytes:
    """A DSN (multipart/report) saying ``reply`` could not be delivered, as an MTA returns it."""
    return (
        "From: Mail Delivery System <MAILER-DAEMON@mx.cites.org>\r\n"
        "To: info@cites.org\r\nSubject: Undelivered Mail Returned to Sender\r\n"
        "Message-ID: <bounce-qa-1@mx.cites.org>\r\nAuto-Submitted: auto-replied\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="BB"\r\n\r\n'
        "--BB\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n\r\n"
        "--BB\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.cites.org\r\n\r\n"
        f"Final-Recipient: rfc822; {reply['To']}\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"
        "--BB\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: info@cites.org\r\nTo: {reply['To']}\r\nMessage-ID: {reply['Message-ID']}\r\n\r\n"
        "--BB--\r\n"
    ).encode()
