"""Replies: render a :class:`ReplyPlan` through the templates (subject, text, HTML).

The workflow decides *that* a reply is sent (a ``ReplyPlan``); this module
decides *how it looks*, and :func:`intakebot.mail.outbox.compose` builds the
mail from it, once, for the commit to queue. Words live in ``templates/strings/<lang>.toml`` and
the layout in ``templates/<kind>.{txt,html}.j2`` (see ``templates/README.md``)
so the Secretariat can reword a reply without code; everything that must be
right for mail to work -- threading, Message-ID, auto-reply headers, header
encoding -- is set by :mod:`intakebot.mail.message`, so no template edit can
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

import logging
from typing import Any

from intakebot.config import Config
from intakebot.mail.letter import entry_context, salutation, signature
from intakebot.mail.message import (
    AutoSubmitted,
    build_message,
    message_id_for,
    one_line,
    subject_tag,
    wire,
)
from intakebot.mail.render import Rendered, Renderer, TemplateError, renderer_for
from intakebot.mail.strings import Strings
from intakebot.records import FIELDS, ReplyPlan

__all__ = [
    "AUTO_REPLIED",
    "TEMPLATES",
    "AutoSubmitted",
    "Rendered",
    "Renderer",
    "TemplateError",
    "build_message",
    "context_for",
    "message_id_for",
    "one_line",
    "render_plan",
    "renderer_for",
    "subject_tag",
    "with_form",
    "wire",
]

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
    # issue 12 / issue 9: a person takes over (needs-a-person queue)
    "change_received",
    "received_neutral",
    "attachment_unread",
    "encrypted_mail",
)

#: Kinds that carry the form (a DOCX pre-filled with what was read) for the Party to return.
WITH_FORM: frozenset[str] = frozenset({"missing_info"})

#: Templates that answer an incoming message directly (RFC 3834 "auto-replied");
#: all others are "auto-generated" (sent on a schedule or a human's decision).
AUTO_REPLIED: frozenset[str] = frozenset(
    {"acknowledgement", "missing_info", "already_on_file", "unknown_reference",
     "change_received", "received_neutral", "attachment_unread", "encrypted_mail"}
)


def _needed(plan: ReplyPlan) -> list[str]:
    needed: list[str] = []
    for e in plan.entries:
        errors = [p.field for p in e.problems if p.severity == "error"]
        for f in [*e.missing, *errors]:
            if f not in needed:
                needed.append(f)
    needed.sort(key=lambda f: FIELDS.index(f) if f in FIELDS else len(FIELDS))
    return needed


def context_for(plan: ReplyPlan, cfg: Config, s: Strings | None = None) -> dict[str, Any]:
    """The variables every reply layout sees (documented in templates/README.md)."""
    s = s or renderer_for(cfg.templates_dir).strings(plan.language)
    entries = [entry_context(e, s) for e in plan.entries]
    needed = _needed(plan)
    refs = plan.references
    tag_refs = refs or ([plan.cited_reference] if plan.cited_reference else [])
    if len(refs) > 1:
        refs_phrase = s("common.references_many", references=s.join(refs))
    else:
        refs_phrase = s("common.reference_one", reference=refs[0] if refs else "")
    still = "common.still_needed_one" if len(needed) == 1 else "common.still_needed_many"
    return {
        "template": plan.template,
        "entries": entries,
        "count": len(entries),
        "references": refs,
        "reference": tag_refs[0] if tag_refs else "",
        "refs": refs_phrase,
        "subject_tag": subject_tag(tag_refs),
        "needed": needed,
        "needed_sentence": s(still, fields=s.in_sentence(needed)) if needed else "",
        "fields": list(FIELDS),
        "all_fields_phrase": s.in_sentence(FIELDS),
        "original_subject": one_line(plan.subject),
        "reason": plan.reason.strip(),
        "cited_reference": plan.cited_reference or "",
        "salutation": salutation(plan.entries, plan.to, s),
        "signature": signature(cfg, s),
        "form_attached": with_form(plan),
        "review_days": cfg.secretariat.review_days,
        "reminder_after_days": cfg.followups.reminder_after_days,
        "expire_after_days": cfg.followups.expire_after_days,
    }


def with_form(plan: ReplyPlan) -> bool:
    """Whether the reply carries the form for the Party to fill in and return."""
    return plan.template in WITH_FORM and any(e.nominee is not None for e in plan.entries)


def render_plan(plan: ReplyPlan, cfg: Config, *, with_html: bool = True) -> Rendered:
    """Subject, text and HTML of ``plan`` in its language (nothing is built or sent; ``with_html=False``: no
    HTML, for a preview that shows the text)."""
    if plan.template not in TEMPLATES:
        raise TemplateError(f"unknown reply template {plan.template!r}")
    renderer = renderer_for(cfg.templates_dir)
    s = renderer.strings(plan.language)
    ctx = context_for(plan, cfg, s)
    tag = ctx["subject_tag"]
    try:
        subject = one_line(s(f"subject.{plan.template}", tag=tag))
    except Exception as e:  # noqa: BLE001 - StringsError or a bad format string
        raise TemplateError(f"strings {plan.language}/subject.{plan.template}: {e}") from None
    if tag and tag not in subject:
        # A reworded subject lost the tag; follow-ups are matched by it.
        log.warning(
            "strings %s/subject.%s: subject lacks the reference tag; added",
            plan.language,
            plan.template,
        )
        subject = f"{subject} {tag}".strip()
    return renderer.render(plan.template, plan.language, subject, ctx, with_html=with_html)
