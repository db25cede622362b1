"""Replies: render a :class:`ReplyPlan` through the templates and build the mail.

The workflow decides *that* a reply is sent (a ``ReplyPlan``); this module
decides *how it looks*. Wording lives in ``templates/<lang>/`` (see
``templates/README.md``) so the Secretariat can reword a reply without code;
everything that must be right for mail to work -- threading, Message-ID,
auto-reply headers, header encoding -- lives here, so no template edit can
break it.

Headers, and why:

* ``Message-ID`` is ``<cug.{sha256(seed)[:32]}@{domain}>``: the same decision
  always yields the same id, so a reply sent twice across a crash is visibly
  the same mail, and a bounce can be matched back to it.
* ``Auto-Submitted`` (RFC 3834): ``auto-replied`` for the mail that answers an
  incoming message directly (acknowledgement, missing_info, already_on_file,
  unknown_reference); ``auto-generated`` for mail the bot sends on its own
  schedule or on a Secretariat decision (reminder, expiry, approval,
  rejection) -- those are not "a direct response to another message" in the
  RFC's sense. Either value tells the Party's out-of-office responder not to
  answer, which is what matters.
* ``X-Auto-Response-Suppress: All`` does the same for Microsoft Exchange.
* ``Reply-To`` is the Secretariat's address, so an answer reaches the inbox the
  bot reads even when replies are sent from a separate ``from_address``.

Header injection: subjects are reduced to one line, addresses are parsed
strictly (``email.headerregistry.Address``), thread ids that do not look like
a ``<msg-id>`` are dropped, and every header is refused if it would contain a
line break; non-ASCII values are RFC 2047-encoded. A name or subject
containing CR/LF can never start a new header.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email import encoders
from email.charset import QP, Charset
from email.header import Header
from email.headerregistry import Address
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import Any, Literal

import jinja2

from intakebot.config import Config
from intakebot.errors import IntakebotError
from intakebot.records import FIELDS, OutboxItem, ReplyEntry, ReplyPlan, iso
from intakebot.records import Attachment as _Attachment

log = logging.getLogger("intakebot.mail.replies")

#: Every reply template the workflow may name in a ``ReplyPlan``.
TEMPLATES: tuple[str, ...] = (
    "acknowledgement",
    "missing_info",
    "reminder",
    "expiry",
    "approval",
    "rejection",
    "revocation",
    "already_on_file",
    "unknown_reference",
)

#: Templates that answer an incoming message directly (RFC 3834 "auto-replied");
#: all others are "auto-generated" (sent on a schedule or a human's decision).
AUTO_REPLIED: frozenset[str] = frozenset(
    {"acknowledgement", "missing_info", "already_on_file", "unknown_reference"}
)

AutoSubmitted = Literal["auto-replied", "auto-generated"]

_MSGID_RE = re.compile(r"<[\x21-\x3b\x3d\x3f-\x7e]{1,250}>")
#: References: keep the first id (the thread's root) and the newest ones (RFC 5322 3.6.4).
_MAX_THREAD_IDS = 12


#: From/Reply-To display names per language, matching templates/<lang>/_strings.j2.
SENDER_NAMES = {"en": "CITES Secretariat", "fr": "Secrétariat CITES", "es": "Secretaría CITES"}


class TemplateError(IntakebotError):
    """A template is missing or broken (e.g. uses an undefined variable)."""


@dataclass(frozen=True)
class Rendered:
    """One rendered reply: a one-line subject and its text and HTML bodies."""

    subject: str
    text: str
    html: str


def _autoescape(name: str | None) -> bool:
    return bool(name) and str(name).endswith(".html.j2")


class Renderer:
    """Renders ``templates/<lang>/<name>.{subject,txt,html}.j2`` with a cached Environment.

    ``StrictUndefined`` turns a misspelt variable into an error in the tests
    instead of an empty gap in a Party's inbox; autoescaping applies to
    ``.html.j2`` files only, because escaping the text part would show
    ``&amp;`` to the reader.
    """

    def __init__(self, templates_dir: str | Path) -> None:
        self.templates_dir = Path(templates_dir)
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(self.templates_dir)),
            undefined=jinja2.StrictUndefined,
            autoescape=_autoescape,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
        )

    def render_one(self, path: str, context: Mapping[str, Any]) -> str:
        """Render one template file by its path relative to the templates dir."""
        try:
            return self.env.get_template(path).render(**context)
        except jinja2.TemplateNotFound as e:
            raise TemplateError(f"template not found: {e.name}") from None
        except jinja2.UndefinedError as e:
            raise TemplateError(f"{path}: {e.message}") from None
        except jinja2.TemplateSyntaxError as e:
            raise TemplateError(f"{e.name or path}:{e.lineno}: {e.message}") from None

    def render(self, name: str, language: str, context: Mapping[str, Any]) -> Rendered:
        """Render the three parts of template ``name`` in ``language``."""
        if "/" in name or "/" in language or name.startswith("."):
            raise TemplateError(f"bad template name {language}/{name}")
        ctx = {"language": language, **context}
        base = f"{language}/{name}"
        subject = one_line(self.render_one(f"{base}.subject.j2", ctx))
        text = self.render_one(f"{base}.txt.j2", ctx)
        html = self.render_one(f"{base}.html.j2", ctx)
        return Rendered(subject=subject, text=_tidy_text(text), html=html)


_renderers: dict[Path, Renderer] = {}


def renderer_for(templates_dir: Path) -> Renderer:
    """One cached :class:`Renderer` per templates directory (compiling is not free)."""
    key = Path(templates_dir).resolve()
    r = _renderers.get(key)
    if r is None:
        r = _renderers[key] = Renderer(key)
    return r


# --------------------------------------------------------------------------- helpers


def one_line(text: str) -> str:
    """Collapse any whitespace and control characters (CR, LF, TAB ...) to single spaces."""
    cleaned = "".join(" " if (c.isspace() or ord(c) < 32 or ord(c) == 127) else c for c in text)
    return " ".join(cleaned.split())


def _tidy_text(text: str) -> str:
    """Strip trailing spaces and runs of blank lines that template logic leaves behind."""
    lines = [ln.rstrip() for ln in text.splitlines()]
    out: list[str] = []
    for ln in lines:
        if not ln and (not out or not out[-1]):
            continue
        out.append(ln)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"


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
) -> Message:
    """Build a complete multipart/alternative message with every header the bot sends.

    Shared by replies and the digest so all outgoing mail is built one way;
    :func:`wire` turns it into the text that is queued and sent. Bodies are
    quoted-printable and headers RFC 2047-encoded, so the message is pure
    ASCII and survives any relay and ``smtplib``.

    Why ``email.mime`` (the compat32 API) rather than ``EmailMessage``: the
    header registry parses and re-folds every header, which made building a
    reply ~5x slower and dominated a backlog of thousands. Every value set here
    is already one line (subjects through :func:`one_line`, addresses parsed
    strictly, thread ids matched against a msg-id pattern), and :func:`_set`
    refuses CR/LF anyway, so no value can start a new header.
    """
    # The display name is in the reply's language, like the signature, unless configured.
    sender_name = cfg.secretariat.name or SENDER_NAMES.get(language, SENDER_NAMES["en"])
    recipients = [to] if isinstance(to, str) else list(to)
    if not recipients:
        raise ValueError("a message needs at least one recipient")
    alternative = MIMEMultipart("alternative")
    for body, subtype in ((text, "plain"), (html, "html")):
        part = MIMENonMultipart("text", subtype)
        part.set_payload(body, _QP_UTF8)
        del part["MIME-Version"]  # belongs on the top level only
        alternative.attach(part)
    msg: Message = alternative
    if attachments:
        msg = MIMEMultipart("mixed")
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
    _set(msg, "From", _format(_address(cfg.from_address, sender_name)))
    _set(msg, "To", ", ".join(_format(_address(a)) for a in recipients))
    _set(msg, "Reply-To", _format(_address(cfg.secretariat.address, sender_name)))
    line = one_line(subject)
    _set(msg, "Subject", line if line.isascii() else Header(line, "utf-8", header_name="Subject"))
    _set(msg, "Date", format_datetime(now))
    _set(msg, "Message-ID", message_id_for(seed, cfg))
    parent = _msgids([in_reply_to])
    if parent:
        _set(msg, "In-Reply-To", parent[0])
    refs = _msgids([*thread, *parent])
    if refs:
        _set(msg, "References", " ".join(refs))
    _set(msg, "Auto-Submitted", auto_submitted)
    _set(msg, "X-Auto-Response-Suppress", "All")
    return msg


#: UTF-8 bodies as quoted-printable: readable in the raw source, pure ASCII on the wire.
_QP_UTF8 = Charset("utf-8")
_QP_UTF8.body_encoding = QP


def _format(address: Address) -> str:
    return formataddr((address.display_name, address.addr_spec), charset="utf-8")


def _set(msg: Message, name: str, value: str | Header) -> None:
    if isinstance(value, str) and ("\r" in value or "\n" in value):
        raise ValueError(f"header {name} would contain a line break")
    msg[name] = value  # type: ignore[assignment]  # compat32 takes Header objects too


def wire(msg: Message) -> str:
    """The message as queued and sent: headers folded at 78 characters (RFC 5322)."""
    return msg.as_string(maxheaderlen=78)


def _entry_context(entry: ReplyEntry) -> dict[str, Any]:
    missing = [f for f in FIELDS if f in entry.missing] + [
        f for f in entry.missing if f not in FIELDS
    ]
    problems = [p for p in entry.problems if not (p.code == "missing" and p.field in missing)]
    return {
        "reference": entry.reference,
        "name": one_line(entry.name),
        "status": entry.status,
        "missing": missing,
        "errors": [p.to_json() for p in problems if p.severity == "error"],
        "notes": [p.to_json() for p in problems if p.severity != "error"],
        "already_on_file": entry.already_on_file,
    }


def context_for(plan: ReplyPlan, cfg: Config) -> dict[str, Any]:
    """The variables every reply template sees (documented in templates/README.md)."""
    entries = [_entry_context(e) for e in plan.entries]
    needed: list[str] = []
    for e in entries:
        for f in [*e["missing"], *(p["field"] for p in e["errors"])]:
            if f not in needed:
                needed.append(f)
    needed.sort(key=lambda f: FIELDS.index(f) if f in FIELDS else len(FIELDS))
    refs = plan.references
    tag_refs = refs or ([plan.cited_reference] if plan.cited_reference else [])
    return {
        "template": plan.template,
        "entries": entries,
        "references": refs,
        "reference": tag_refs[0] if tag_refs else "",
        "subject_tag": subject_tag(tag_refs),
        "needed": needed,
        "fields": list(FIELDS),
        "original_subject": one_line(plan.subject),
        "reason": plan.reason.strip(),
        "cited_reference": plan.cited_reference or "",
        "secretariat_name": cfg.secretariat.name,
        "secretariat_address": cfg.secretariat.address,
        "reminder_after_days": cfg.followups.reminder_after_days,
        "expire_after_days": cfg.followups.expire_after_days,
    }


def compose(plan: ReplyPlan, cfg: Config, now: datetime) -> OutboxItem:
    """Render ``plan`` and build the outgoing mail, ready to queue in the outbox.

    Raises :class:`TemplateError` for a broken template and ``ValueError`` for
    a recipient that is not one plain address.
    """
    if plan.template not in TEMPLATES:
        raise TemplateError(f"unknown reply template {plan.template!r}")
    ctx = context_for(plan, cfg)
    rendered = renderer_for(cfg.templates_dir).render(plan.template, plan.language, ctx)
    subject = rendered.subject
    tag = ctx["subject_tag"]
    if tag and tag not in subject:
        # A reworded subject template lost the tag; follow-ups are matched by it.
        log.warning(
            "template %s/%s: subject lacks the reference tag; added", plan.language, plan.template
        )
        subject = f"{subject} {tag}".strip()
    msg = build_message(
        subject=subject,
        text=rendered.text,
        html=rendered.html,
        to=plan.to,
        cfg=cfg,
        now=now,
        seed=plan.seed,
        in_reply_to=plan.in_reply_to,
        thread=plan.thread,
        auto_submitted="auto-replied" if plan.template in AUTO_REPLIED else "auto-generated",
        language=plan.language,
    )
    stamp = iso(now)
    return OutboxItem(
        message_id=str(msg["Message-ID"]),
        to=[plan.to.strip().lower()],
        message=wire(msg),
        template=plan.template,
        references=list(plan.references),
        queued_at=stamp,
        next_attempt_at=stamp,
    )
