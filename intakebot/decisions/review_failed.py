"""A reviewer's decision that could not be carried out becomes a "needs a person" item (pure).

Why: an approval or rejection that failed was a line on a terminal, a notice
to the reviewers (at most twenty a day) or a ``delivery_failed`` event, and
then nothing: the reviewer believed the official was told, or that the
request was decided. Each of these paths now queues one ``review_failed``
item with the message it concerns, the reviewer, what was asked (an excerpt,
in the store only) and why it failed:

* a mailed command from an authorised reviewer that could not be carried out
  (an expired or stale token, a request already decided, an unknown reason
  code, a notice that cannot be composed, the review key unusable) -- one
  item per mail; a refusal of authority (not a reviewer, no DMARC/DKIM pass,
  a token that is not genuine) is not, since a forged mail must not reach
  the queue as if a reviewer had written it;
* a CLI verb that passed validation and then failed (its notice cannot be
  composed, the store refused the commit);
* the decision's notice to the official refused by the SMTP server, given up
  after the retry period, or bounced (one item per notice, whichever comes first).
"""

from __future__ import annotations

from datetime import datetime

from intakebot.attention import AttentionItem, excerpt
from intakebot.decisions.commands import Command
from intakebot.decisions.review import NOTICE_TEMPLATE
from intakebot.records import OutboxItem, RequestRecord, iso

REASON = "review_failed"
#: The outbox templates of a reviewer's decision (approval, rejection, revocation notices).
DECISION_TEMPLATES = frozenset(NOTICE_TEMPLATE.values())


def _item(*, key: str, now: datetime, reviewer: str, references: list[str], asked: str, why: str,
          message_id: str = "", subject: str = "") -> AttentionItem:
    return AttentionItem(
        key=key, reason=REASON, created_at=iso(now), message_id=message_id, sender=reviewer,
        subject=excerpt(subject, 200), excerpt=excerpt(asked), detail=excerpt(why, 300),
        references=tuple(dict.fromkeys(references)),
    )


def commands_failed(
    failed: list[tuple[Command, str]], *, key: str, reviewer: str, message_id: str, subject: str, now: datetime
) -> AttentionItem | None:
    """One item for a reviewer's mail whose commands (``(command, why)``) could not be carried out."""
    if not failed:
        return None
    return _item(key=key, now=now, reviewer=reviewer, message_id=message_id, subject=subject,
                 references=[c.reference for c, _ in failed],
                 asked="; ".join(c.describe() for c, _ in failed),
                 why="; ".join(f"{c.describe()}: {why}" for c, why in failed))


def command_failed(cmd: Command, *, operator: str, why: str, now: datetime) -> AttentionItem:
    """An operator's command that passed validation and still failed (``key`` names the attempt)."""
    return _item(key=f"cli:{cmd.reference}:{cmd.verb}:{iso(now)}", now=now, reviewer=operator,
                 references=[cmd.reference], asked=f"{cmd.describe()} (command line)", why=why)


def _decided_by(record: RequestRecord | None) -> tuple[str, str, str]:
    """(reviewer, their mail's Message-ID if mailed, what they decided) from the latest decision."""
    for h in reversed(record.history if record is not None else []):
        if h.event in ("status:approved", "status:rejected", "status:revoked"):
            mail = h.evidence.removeprefix("mail ").split(";", 1)[0] if h.evidence.startswith("mail ") else ""
            return h.actor, mail, f"{h.event.removeprefix('status:')}: {h.detail}".rstrip(": ")
    return "", "", ""


def notice_failed(notice: OutboxItem, record: RequestRecord | None, *, why: str, now: datetime) -> AttentionItem | None:
    """The official never got the decision's notice: one item per notice (None for any other mail)."""
    if notice.template not in DECISION_TEMPLATES:
        return None
    reviewer, mail, decided = _decided_by(record)
    return _item(key=f"outbox:{notice.message_id}", now=now, reviewer=reviewer, message_id=mail or notice.message_id,
                 references=list(notice.references), asked=decided or notice.template,
                 why=f"the {notice.template} notice {notice.message_id} to the official was not delivered: {why}")
