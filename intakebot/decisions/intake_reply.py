"""Which one reply an intake decision sends, and the ledger's summary of it (pure).

The templates, by what the message turned out to be:

* ``unknown_reference``: it cites only references we do not hold;
* ``received_neutral``: "received; the Secretariat will contact you" -- to a
  writer not linked to the request or official they name, who must learn
  nothing about the record (issue 11, item 5); a person takes it from there;
* ``encrypted_mail``: we cannot read encrypted mail at this address; a person will;
* ``attachment_unread``: a person will read the attachment -- never "we still
  need everything" to an official whose scan or file we could not read;
* ``missing_info``, ``change_received`` ("the Secretariat will update your
  record"), ``already_on_file``, ``acknowledgement``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from intakebot.records import Analysis, ReplyEntry, ReplyPlan


@dataclass
class ReplyFacts:
    """What the reply has to say, gathered while deciding."""

    entries: list[ReplyEntry] = field(default_factory=list)
    unknown_refs: list[str] = field(default_factory=list)
    neutral_refs: list[str] = field(default_factory=list)
    neutral: bool = False
    unreadable: bool = False
    encrypted: bool = False
    change_received: bool = False


def template_for(f: ReplyFacts) -> str | None:
    if f.encrypted and not f.entries:
        return "encrypted_mail"
    if not f.entries:
        if f.neutral:
            return "received_neutral"
        return "unknown_reference" if f.unknown_refs else None
    if f.unreadable and any(e.status == "incomplete" for e in f.entries):
        return "attachment_unread"
    if any(e.status == "incomplete" for e in f.entries):
        return "missing_info"
    if f.change_received:
        return "change_received"
    if all(e.already_on_file for e in f.entries):
        return "already_on_file"
    return "acknowledgement"


def plan(f: ReplyFacts, analysis: Analysis, sender: str, key: str) -> ReplyPlan | None:
    """The one reply to this message, if there is anything to say."""
    template = template_for(f)
    if template is None:
        return None
    cited = f.unknown_refs[0] if template == "unknown_reference" else None
    if template == "received_neutral" and f.neutral_refs:
        cited = f.neutral_refs[0]  # they cited it themselves: echo it, say nothing about it
    return ReplyPlan(
        template=template, language=analysis.language, to=sender, seed=f"{key}:reply",
        entries=f.entries, in_reply_to=analysis.message_id, thread=list(analysis.thread_ids),
        subject=analysis.subject, cited_reference=cited,
    )


def summary(created: int, updated: int, f: ReplyFacts, queued: int, reply: ReplyPlan | None,
            silent_reason: str) -> str:
    parts = []
    if created:
        parts.append(f"{created} new record(s)")
    if updated:
        parts.append(f"{updated} updated")
    if f.unknown_refs:
        parts.append(f"{len(f.unknown_refs)} unknown reference(s)")
    if queued:
        parts.append(f"{queued} for a person")
    parts.append(f"reply: {reply.template}" if reply else f"no reply ({silent_reason or 'nothing to say'})")
    return ", ".join(parts)
