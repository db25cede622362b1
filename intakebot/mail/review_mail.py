"""Mail to the reviewers: the review mail, its one-click links, confirmations and refusals.

Why the review mail carries everything: the Secretariat decides from Outlook,
not from the bot's server. It shows every field as read and where it came
from, the flags, and the exact notice the official will receive in their
language; each decision is a ``mailto:`` link to the bot's address whose
subject and body carry the command and its token (see
:mod:`intakebot.decisions.commands` and :mod:`intakebot.decisions.tokens`).

The command lines appear only inside the links (URL-encoded) and never as
plain lines of the mail, so a reply quoting a review mail can never repeat
its commands. Every mail here is ``internal`` (to the Secretariat only), in
``[secretariat] language`` (the digest's), its words in section ``[review]`` of
the strings files.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any, Literal

from intakebot import review_key
from intakebot.config import Config
from intakebot.decisions import lifecycle, tokens
from intakebot.decisions.review import review_flags
from intakebot.decisions.why import Why
from intakebot.errors import IntakebotError
from intakebot.mail import reasons
from intakebot.mail.letter import echo_values
from intakebot.mail.mime import mail_text
from intakebot.mail.problems import describe
from intakebot.mail.render import wrap_text
from intakebot.mail.replies import render_plan, renderer_for
from intakebot.mail.strings import Strings, export_header, strings_of
from intakebot.records import FIELDS, OutboxItem, RequestRecord, iso
from intakebot.review_settings import reviewers

#: The commands offered per status, in the order the mail shows them.
OFFERED: dict[str, tuple[str, ...]] = {
    "pending_review": ("APPROVE", "REJECT", "CORRECT", "NOTE"),
    "incomplete": ("CORRECT", "NOTE"),
    "approved": ("REVOKE", "NOTE"),
}
NoteKind = Literal["confirmation", "refusal"]


def mailto(cfg: Config, subject: str, body: Sequence[str]) -> str:
    """A ``mailto:`` link to the bot's address with this subject and body (RFC 6068)."""
    query = urllib.parse.urlencode(
        {"subject": subject, "body": "\r\n".join(body)}, quote_via=urllib.parse.quote
    )
    return f"mailto:{cfg.secretariat.address}?{query}"


def command_line(verb: str, reference: str, token: str) -> str:
    return f"{verb} {reference} token={token}"


def _body(verb: str, record: RequestRecord, line: str, codes: Sequence[str], columns: Sequence[str]) -> list[str]:
    """What the link's body holds under the command: the lines the reviewer fills in.

    A correction's lines are named by the WCO list's columns (``columns``, English in every
    language, like the command words): what is corrected is what goes to the WCO, and the
    command reader knows these names (:data:`intakebot.decisions.commands.FIELD_NAMES`).
    """
    if verb in ("REJECT", "REVOKE"):
        first = "left_post" if verb == "REVOKE" and "left_post" in codes else (codes[0] if codes else "")
        return [line, f"Reason: {first}", "Note: ", "", "Reason codes: " + ", ".join(codes)]
    if verb == "CORRECT":
        return [line, *(f"{col}: {record.nominee.value(k) or ''}" for k, col in zip(FIELDS, columns, strict=False))]
    if verb == "NOTE":
        return [f"{line} "]
    return [line]


def links(record: RequestRecord, cfg: Config, now: datetime, key: bytes, codes: Sequence[str]) -> dict[str, str]:
    """One ``mailto:`` link per command offered for ``record`` (its current version)."""
    out = {}
    columns = export_header(strings_of(cfg.templates_dir))
    for verb in OFFERED.get(record.status, ()):
        token = tokens.issue(key, record.reference, verb, record.version, now=now, days=cfg.review.token_days)
        line = command_line(verb, record.reference, token)
        out[verb] = mailto(cfg, line, _body(verb, record, line, codes, columns))
    return out


def approve_all_link(records: Sequence[RequestRecord], cfg: Config, now: datetime, key: bytes) -> str:
    """One link approving every request listed (bulk), each line with its own token."""
    lines = [
        command_line("APPROVE", r.reference,
                     tokens.issue(key, r.reference, "APPROVE", r.version, now=now, days=cfg.review.token_days))
        for r in records if r.status == "pending_review"
    ]
    return mailto(cfg, f"APPROVE {len(lines)} requests", lines) if lines else ""


def notice_preview(record: RequestRecord, cfg: Config) -> dict[str, Any]:
    """The approval notice exactly as the official would receive it (subject, text, and its paragraphs)."""
    plan = lifecycle.notice([record], template="approval", seed=f"{record.reference}:approval", status="approved")
    rendered = render_plan(plan, cfg, with_html=False)  # (the review mail shows the text part, in both of its own)
    return {"subject": rendered.subject, "text": rendered.text, "paragraphs": paragraphs(rendered.text)}


def paragraphs(text: str) -> list[list[str]]:
    """A wrapped text part as paragraphs of lines, for HTML: prose lines joined again, listed lines kept.

    In a ``<pre>`` the 76-column breaks of the text part cut every line twice on a phone.
    """
    out: list[list[str]] = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if any(ln.startswith(" ") for ln in lines[1:]) or len(lines) > 1 and lines[0].endswith(","):
            out.append(lines)  # an entry with its indented fields, or a signature block
        else:
            out.append([" ".join(ln.strip() for ln in lines)])
    return out


def reviewer_words(cfg: Config) -> Strings:
    """The words of mail to the reviewers: ``[secretariat] language``, English per key underneath."""
    return strings_of(cfg.templates_dir, cfg.secretariat.language)


def _word(words: Strings, key: str, fallback: str) -> str:
    return words(key) if words.has(key) else fallback


def language_name(words: Strings, language: str) -> str:
    """"French" / "français" / "francés": the name of a request's language in the reviewers' words."""
    return _word(words, f"review.language_{language}", language)


def refusal_text(why: str, words: Strings) -> str:
    """Why a command was refused, in the reviewers' words (a :class:`Why` with a sentence; else as it is)."""
    key = f"review_refusals.{getattr(why, 'code', '')}"
    if not isinstance(why, Why) or not words.has(key):
        return str(why)
    values = dict(why.params)
    if "status" in values:
        values["status"] = _word(words, f"status.{values['status']}", values["status"])
    values["problems"] = "; ".join(words("letter.problem_line", label=words.label(p.field), text=describe(p, None, words))
                                   for p in why.problems)
    needed = words.placeholders(key)
    if not needed <= values.keys():
        return str(why)
    return words(key, **{k: values[k] for k in needed})


def refusal_line(command: str, why: str, words: Strings) -> str:
    """"APPROVE CUG-2026-0002 : le jeton a expiré": one refused command in a refusal notice."""
    return words("review.refused_line", command=command, why=refusal_text(why, words))


def notice_sent_line(record: RequestRecord, to: Sequence[str], cfg: Config) -> str:
    """"CUG-2026-0007 approved; notice sent in French to ..." for the reviewer's confirmation."""
    words = reviewer_words(cfg)
    return words("review.done_line", reference=record.reference,
                 status=_word(words, f"status.{record.status}", record.status),
                 language=language_name(words, record.language), to=", ".join(to))


def _context(record: RequestRecord, cfg: Config, now: datetime, key: bytes, codes: Sequence[str]) -> dict[str, Any]:
    n = record.nominee
    words = reviewer_words(cfg)
    shown = echo_values(n)  # the telephone in its international written form, as the replies' echo
    return {
        "language": words.language,
        "tz": cfg.secretariat.tz,
        "r": record,
        "fields": [
            {"label": words.label(k), "value": shown[k], "missing": k in n.missing,
             "source": n.provenance.get(k, "")}
            for k in FIELDS
        ],
        "problems": [{"label": words.label(p.field), "message": describe(p, n, words),
                      "severity": _word(words, f"review.severity_{p.severity}", p.severity)} for p in n.problems],
        "flags": [_word(words, f"digest.flag_{f}", f) for f in review_flags(record)],
        "language_name": language_name(words, record.language),
        "notice": notice_preview(record, cfg),
        "links": links(record, cfg, now, key, codes),
        "codes": list(codes),
        "expires": (now + timedelta(days=cfg.review.token_days)).astimezone(cfg.secretariat.tz).date().isoformat(),
        "bot": cfg.secretariat.address,
    }


def _item(subject: str, text: str, html: str, to: Sequence[str], cfg: Config, now: datetime, *,
          seed: str, template: str, references: Sequence[str], in_reply_to: str | None = None) -> OutboxItem:
    message_id, message = mail_text(subject=subject, text=text, html=html, to=list(to), cfg=cfg, now=now,
                                    seed=seed, in_reply_to=in_reply_to, language=cfg.secretariat.language)
    return OutboxItem(message_id=message_id, to=[a.lower() for a in to], message=message,
                      template=template, references=list(references), queued_at=iso(now),
                      next_attempt_at=iso(now), internal=True)


def review_item(record: RequestRecord, cfg: Config, now: datetime, key: bytes, codes: Sequence[str]) -> OutboxItem:
    """The review mail for ``record`` at its current version (one per version: a fixed seed)."""
    ctx = _context(record, cfg, now, key, codes)
    r = renderer_for(cfg.templates_dir)
    n = record.nominee
    subject = reviewer_words(cfg)("review.subject", tag=f"[{record.reference}]", name=n.display_name or "?",
                                  country=n.country or "?")
    return _item(subject, wrap_text(r.render_one("review/review.txt.j2", ctx)), r.render_one("review/review.html.j2", ctx),
                 reviewers(cfg), cfg, now, seed=f"{record.reference}:review:v{record.version}",
                 template="review", references=[record.reference])


def note_item(kind: NoteKind, to: Sequence[str], lines: Sequence[str], cfg: Config, now: datetime, *,
              seed: str, references: Sequence[str], about: str = "", in_reply_to: str = "") -> OutboxItem:
    """A confirmation (to the reviewer who wrote) or a refusal notice (to every reviewer)."""
    words = reviewer_words(cfg)
    ctx = {"language": words.language, "kind": kind, "lines": list(lines), "about": about,
           "bot": cfg.secretariat.address}
    r = renderer_for(cfg.templates_dir)
    head = ", ".join(references[:3]) + (" ..." if len(references) > 3 else "")
    subject = (words("review.done_subject", references=head) if kind == "confirmation"
               else words("review.refused_subject", references=head or words("review.no_reference")))
    return _item(subject, wrap_text(r.render_one("review/note.txt.j2", ctx)), r.render_one("review/note.html.j2", ctx),
                 to, cfg, now, seed=seed, template=f"review_{kind}", references=references,
                 in_reply_to=in_reply_to or None)


def digest_context(records: Sequence[RequestRecord], cfg: Config, now: datetime, key: bytes,
                   codes: Sequence[str]) -> dict[str, Any]:
    """The digest's review links: per pending request, and one approving them all."""
    pending = [r for r in records if r.status == "pending_review"]
    return {
        "per": {r.reference: links(r, cfg, now, key, codes) for r in pending},
        "all": approve_all_link(pending, cfg, now, key),
    }


__all__ = ["digest_context", "links", "mailto", "note_item", "review_item"]


def digest_links(records: Sequence[RequestRecord], cfg: Config, now: datetime) -> dict[str, Any]:
    """The digest's review links, or {} (the digest goes out without them) when no key is usable."""
    if not records or not reviewers(cfg):
        return {}
    try:
        key, codes = review_key.load_or_create(cfg.review.key_path), reasons.load(cfg).codes
    except IntakebotError:
        return {}
    return digest_context(records, cfg, now, key, codes)
