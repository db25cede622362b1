"""A request's life: the allowed status transitions, their history lines, its notices.

Why one module: intake, follow-ups and review all change requests; when each
wrote its own ``record.status = ...`` and history line, nothing said which
transitions exist, and the same notice was built from a record twice. Every
change to a request's status goes through :func:`_move` here (a grep for
``.status =`` on a record finds nothing else), and an impossible transition is
a bug that raises, never a silent rewrite.

    (new) ──▶ incomplete ──▶ pending_review ──▶ approved | rejected
         └──────────────────▲       incomplete ──▶ expired
                                          approved ──▶ revoked

All functions change the record they are given -- a copy a decision read from
a :class:`~intakebot.decisions.view.StoreView` -- and write nothing.
"""

from __future__ import annotations

from datetime import datetime

from intakebot.errors import IntakebotError
from intakebot.records import (
    HistoryEntry,
    Language,
    Nominee,
    ReplyEntry,
    ReplyPlan,
    RequestRecord,
    Status,
    iso,
)

BOT = "intakebot"

ALLOWED: dict[Status | None, frozenset[Status]] = {
    None: frozenset({"incomplete", "pending_review"}),
    "incomplete": frozenset({"pending_review", "expired"}),
    "pending_review": frozenset({"approved", "rejected"}),
    "approved": frozenset({"revoked"}),
    "rejected": frozenset(),
    "expired": frozenset(),
    "revoked": frozenset(),
}


class TransitionError(IntakebotError):
    """A status change the lifecycle does not allow: a decision's bug, never the user's."""


def can_move(record: RequestRecord, to: Status) -> bool:
    return to in ALLOWED[record.status]


def _move(
    record: RequestRecord, to: Status, *, now: datetime, actor: str, detail: str, evidence: str = ""
) -> None:
    if not can_move(record, to):
        raise TransitionError(f"{record.reference}: {record.status} -> {to} is not allowed")
    record.status = to
    record.history.append(HistoryEntry(iso(now), actor, f"status:{to}", detail, evidence))
    record.updated_at = iso(now)


def status_reason(n: Nominee) -> str:
    """Why a new request starts where it does, for its history."""
    if n.complete:
        return "all details present"
    bits = []
    if n.missing:
        bits.append("missing: " + ", ".join(n.missing))
    if n.errors:
        bits.append("invalid: " + ", ".join(sorted({p.field for p in n.errors})))
    return "; ".join(bits)


# --------------------------------------------------------------------------- transitions


def create(
    reference: str,
    nominee: Nominee,
    *,
    sender: str,
    language: Language,
    received_at: datetime,
    message_id: str,
    origin: str,
    now: datetime,
) -> RequestRecord:
    """A new request: incomplete, or pending review when every detail is valid."""
    at = iso(now)
    to: Status = "pending_review" if nominee.complete else "incomplete"
    record = RequestRecord(
        reference=reference,
        status=to,
        nominee=nominee,
        sender=sender,
        language=language,
        received_at=iso(received_at),
        history=[
            HistoryEntry(at, BOT, "created", origin),
            HistoryEntry(at, BOT, f"status:{to}", status_reason(nominee)),
        ],
        message_ids=[message_id],
        last_contact_at=at,
        updated_at=at,
    )
    return record


def note_contact(record: RequestRecord, message_id: str, *, now: datetime) -> None:
    """The Party wrote again about this request."""
    if message_id not in record.message_ids:
        record.message_ids.append(message_id)
    record.last_contact_at = iso(now)
    record.updated_at = iso(now)


def merge_details(
    record: RequestRecord, nominee: Nominee, *, message_id: str, detail: str, now: datetime
) -> None:
    """New details from the Party; complete details put the request up for review."""
    record.nominee = nominee
    record.history.append(HistoryEntry(iso(now), "party", "merged", detail))
    if record.status == "incomplete" and nominee.complete:
        _move(record, "pending_review", now=now, actor=BOT, detail="all details received")
    note_contact(record, message_id, now=now)


def mark_delivery_failed(record: RequestRecord, message_id: str, *, now: datetime) -> bool:
    """Our reply ``message_id`` bounced; False if the request was already marked."""
    if "delivery_failed" in record.flags:
        return False
    record.flags.append("delivery_failed")
    record.history.append(
        HistoryEntry(iso(now), BOT, "delivery_failed", f"our reply {message_id} bounced")
    )
    record.updated_at = iso(now)
    return True


def flag_auth_failed(record: RequestRecord) -> None:
    """The message failed sender authentication: the Secretariat looks first."""
    add_flag(record, "auth_failed")


def add_flag(record: RequestRecord, flag: str) -> None:
    """A flag the reviewer sees (``unreadable_attachment``, ``proposed_change`` ...)."""
    if flag not in record.flags:
        record.flags.append(flag)


def propose_change(record: RequestRecord, fields: list[str], *, message_id: str, now: datetime) -> None:
    """A change the Party asked for, kept as a proposal for the reviewer (not applied).

    The values live in the "needs a person" item; the history names the fields only.
    """
    add_flag(record, "proposed_change")
    record.history.append(
        HistoryEntry(iso(now), "party", "proposed_change", f"{message_id}: {', '.join(fields)}")
    )
    note_contact(record, message_id, now=now)


def settle_change(record: RequestRecord, item_id: int, *, still_open: set[str], actor: str, note: str,
                  now: datetime) -> bool:
    """A person closed proposed-change item ``item_id``: its flags go unless another open item holds them.

    ``still_open`` is the reasons of the other open items about this request.
    False (and nothing written) when no flag changes.
    """
    gone = [f for f in ("proposed_change", "identity_change") if f in record.flags and f not in still_open]
    if "identity_change" in still_open and "proposed_change" in gone:
        gone.remove("proposed_change")  # an open identity change is a proposed change too
    if not gone:
        return False
    record.flags = [f for f in record.flags if f not in gone]
    record.history.append(HistoryEntry(iso(now), actor, "change_settled", f"#{item_id}: {note}"))
    record.updated_at = iso(now)
    return True


def remind(record: RequestRecord, step: int, *, now: datetime) -> None:
    record.reminders_sent = step
    record.last_contact_at = iso(now)
    record.history.append(HistoryEntry(iso(now), BOT, "reminder", f"reminder {step}"))
    record.updated_at = iso(now)


def expire(record: RequestRecord, *, detail: str, now: datetime) -> None:
    _move(record, "expired", now=now, actor=BOT, detail=detail)


def review(
    record: RequestRecord, decision: Status, *, actor: str, reason: str, now: datetime, evidence: str = ""
) -> None:
    """The Secretariat's decision: approve or reject one pending review, revoke an approved one."""
    if decision not in ("approved", "rejected", "revoked"):
        raise TransitionError(f"{decision!r} is not a review decision")
    _move(record, decision, now=now, actor=actor, detail=reason, evidence=evidence)


def correct(
    record: RequestRecord, nominee: Nominee, *, actor: str, detail: str, now: datetime, evidence: str = ""
) -> None:
    """A reviewer corrected what was read (a misread surname ...).

    The status stays, except that an incomplete request the correction
    completes goes up for review.
    """
    record.nominee = nominee
    record.history.append(HistoryEntry(iso(now), actor, "corrected", detail, evidence))
    record.updated_at = iso(now)
    if record.status == "incomplete" and nominee.complete:
        _move(record, "pending_review", now=now, actor=actor, detail="all details present after correction")


def annotate(record: RequestRecord, text: str, *, actor: str, now: datetime, evidence: str = "") -> None:
    """A reviewer's note on the request (kept in its history, never sent)."""
    record.history.append(HistoryEntry(iso(now), actor, "note", text, evidence))
    record.updated_at = iso(now)


def link_reply(
    record: RequestRecord, message_id: str, template: str, now: datetime, *, in_history: bool
) -> bool:
    """Remember our reply about this request (threading); False if already known."""
    if message_id in record.reply_ids:
        return False
    record.reply_ids.append(message_id)
    if in_history:
        record.history.append(HistoryEntry(iso(now), BOT, f"reply:{template}", message_id))
    return True


# --------------------------------------------------------------------------- notices


def notice(
    records: list[RequestRecord],
    *,
    template: str,
    seed: str,
    status: str,
    reason: str = "",
    details: bool = False,
) -> ReplyPlan:
    """A notice about ``records`` (one sender, one language) in their thread.

    ``details``: list what is still missing or invalid (reminders, expiry).
    """
    first = records[0]
    return ReplyPlan(
        template=template,
        language=first.language,
        to=first.sender,
        seed=seed,
        in_reply_to=first.message_ids[-1] if first.message_ids else None,
        thread=[*first.message_ids, *first.reply_ids],
        entries=[
            ReplyEntry(
                reference=r.reference,
                name=r.nominee.display_name,
                status=status,
                missing=list(r.nominee.missing) if details else [],
                problems=list(r.nominee.errors) if details else [],
                nominee=r.nominee,
            )
            for r in records
        ],
        reason=reason,
    )
