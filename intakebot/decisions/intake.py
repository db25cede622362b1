"""Decide, then do: what one analysed message means for the requests on file.

:func:`decide` is pure. From an :class:`~intakebot.records.Analysis`, the
stored state (read through a transaction, never written) and the time, it
returns an :class:`Outcome`: records to create or update, at most one reply
to queue, events for the digest, and the ledger entry. :func:`apply` carries
an outcome out inside the caller's transaction. Shadow mode, ``--dry-run``
and tests all use the same decision.

Matching a follow-up to its request, in order: the CUG reference it cites;
else In-Reply-To/References pointing at one of our replies; else the sender's
one open incomplete request. A reference is not proof: the follow-up must come
from the original sender's address or domain, or the nominee's own address.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from intakebot.analysis.authresults import authentication_failed
from intakebot.config import Config
from intakebot.records import (
    FIELDS,
    Analysis,
    HistoryEntry,
    LedgerEntry,
    Nominee,
    OutboxItem,
    ReplyEntry,
    ReplyPlan,
    RequestRecord,
    iso,
)
from intakebot.store import Transaction

BOT = "intakebot"


@dataclass
class Event:
    kind: str
    detail: str = ""
    reference: str = ""


@dataclass
class Outcome:
    """Everything one message changes; applied in one transaction."""

    ledger: LedgerEntry
    records: list[RequestRecord] = field(default_factory=list)  # new or updated, final state
    reply: ReplyPlan | None = None
    events: list[Event] = field(default_factory=list)
    #: Outbox Message-IDs of our replies that bounced (delivery reports).
    bounced: list[str] = field(default_factory=list)
    summary: str = ""


# --------------------------------------------------------------------------- helpers


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].lower() if "@" in address else ""


def _display_name(n: Nominee) -> str:
    return " ".join(p for p in (n.name, n.surname) if p)


def _entry(record: RequestRecord, *, already_on_file: bool = False) -> ReplyEntry:
    n = record.nominee
    return ReplyEntry(
        reference=record.reference,
        name=_display_name(n),
        status=record.status,
        missing=list(n.missing),
        problems=[p for p in n.problems if p.severity in ("error", "warning")],
        already_on_file=already_on_file,
    )


def _fields_of(n: Nominee) -> dict[str, str | None]:
    return {k: n.value(k) for k in FIELDS}


def _has_data(n: Nominee) -> bool:
    return any(n.value(k) for k in FIELDS)


def _may_follow_up(record: RequestRecord, sender: str) -> bool:
    """A reference alone is no proof: the writer must be linked to the request."""
    s = sender.lower()
    if s == record.sender.lower() or (record.nominee.email or "").lower() == s:
        return True
    return bool(_domain(s)) and _domain(s) == _domain(record.sender)


def _compatible(record: RequestRecord, n: Nominee) -> bool:
    """Could ``n`` be more details about ``record``'s official (not another person)?"""
    for key in ("email", "surname", "name"):
        new, old = n.value(key), record.nominee.value(key)
        differs = bool(new and old and new.strip().lower() != old.strip().lower())
        fixable = key in record.nominee.missing or any(
            p.field == key and p.severity == "error" for p in record.nominee.problems
        )
        if differs and not fixable:
            return False
    return True


Validator = Callable[..., Nominee]


def _default_validator() -> Validator:
    from intakebot.analysis.validation import validate

    return validate


def merge(
    record: RequestRecord,
    update: Nominee,
    *,
    validate: Validator,
) -> Nominee:
    """Overlay the follow-up's values on the stored ones and validate again."""
    values = _fields_of(record.nominee)
    provenance = dict(record.nominee.provenance)
    for key in FIELDS:
        v = update.value(key)
        if v:
            values[key] = v
            if key in update.provenance:
                provenance[key] = update.provenance[key]
    return validate(values, sender=record.sender, provenance=provenance)


# --------------------------------------------------------------------------- decide


def decide(
    analysis: Analysis,
    view: Transaction,
    cfg: Config,
    now: datetime,
    *,
    key: str,
    new_reference: Callable[[], str],
    received_at: datetime | None = None,
    source: str = "",
    uidvalidity: int | None = None,
    uid: int | None = None,
    mailbox: str = "",
    validate: Validator | None = None,
) -> Outcome:
    """What this message means; reads ``view`` but never writes it."""
    validate = validate or _default_validator()

    def ledger(kind: str, refs: list[str], summary: str) -> LedgerEntry:
        return LedgerEntry(
            key=key,
            kind=kind,
            processed_at=iso(now),
            source=source,
            mailbox=mailbox,
            uidvalidity=uidvalidity,
            uid=uid,
            references=tuple(refs),
            outcome=summary,
        )

    if analysis.kind == "auto_reply":
        bounced = [
            mid for mid in analysis.bounced_ids if view.outbox_item(mid) is not None
        ]
        summary = f"auto-reply; {len(bounced)} bounce(s) of our replies" if bounced else "auto-reply"
        ar_events = [Event("auto_reply")]
        records: list[RequestRecord] = []
        for mid in bounced:
            item = view.outbox_item(mid)
            assert item is not None
            for ref in item.references:
                rec = view.request(ref)
                if rec is not None and "delivery_failed" not in rec.flags:
                    rec.flags.append("delivery_failed")
                    rec.history.append(
                        HistoryEntry(iso(now), BOT, "delivery_failed", f"our reply {mid} bounced")
                    )
                    rec.updated_at = iso(now)
                    records.append(rec)
                ar_events.append(Event("delivery_failed", f"bounce of {mid}", ref))
        return Outcome(
            ledger(
                "auto_reply", [r.reference for r in records], summary
            ),
            records=records,
            events=ar_events,
            bounced=bounced,
            summary=summary,
        )

    if analysis.kind == "not_request":
        return Outcome(ledger("not_request", [], "left alone"), events=[Event("not_request")], summary="left alone")

    # ---- a request or a follow-up
    sender = analysis.sender.lower()
    if not sender or sender in cfg.own_addresses:
        return Outcome(
            ledger("own_mail", [], "from our own address: not answered"),
            events=[Event("own_mail")],
            summary="from our own address",
        )

    touched: dict[str, RequestRecord] = {}
    entries: list[ReplyEntry] = []
    events: list[Event] = []
    unknown_refs: list[str] = []
    when = iso(now)
    msg_id = analysis.message_id or key
    nominees = [
        replace(n, provenance={k: f"{msg_id} {v}" for k, v in n.provenance.items()})
        for n in analysis.nominees
        if _has_data(n)
    ]
    auth_failed = authentication_failed(
        analysis.auth_results, cfg.intake.trusted_authserv_ids, cfg.intake.auth_policy
    )

    def touch(rec: RequestRecord, new_nominee: Nominee, detail: str) -> None:
        before = rec.status
        rec.nominee = new_nominee
        if rec.status == "incomplete" and new_nominee.complete:
            rec.status = "pending_review"
        rec.history.append(HistoryEntry(when, "party", "merged", detail))
        if rec.status != before:
            rec.history.append(HistoryEntry(when, BOT, f"status:{rec.status}", "all details received"))
        if msg_id not in rec.message_ids:
            rec.message_ids.append(msg_id)
        rec.last_contact_at = when
        rec.updated_at = when
        touched[rec.reference] = rec
        events.append(Event("follow_up", detail, rec.reference))

    # 1. Follow-ups by cited reference.
    cited = list(dict.fromkeys(analysis.references))
    targets: list[RequestRecord] = []
    for ref in cited:
        rec = touched.get(ref) or view.request(ref)
        if rec is None:
            unknown_refs.append(ref)
            events.append(Event("unknown_reference", "cited reference not on file"))
        elif not _may_follow_up(rec, sender):
            unknown_refs.append(ref)
            events.append(
                Event("unauthorized_follow_up", "cited by an address not linked to it", ref)
            )
        else:
            targets.append(rec)

    # 2. Threading to one of our replies: alone, or beside a cited reference,
    #    since a reply about several officials carries only "[CUG-… +N]".
    if not cited or targets:
        known = {r.reference for r in targets}
        for mid in analysis.thread_ids:
            item = view.outbox_item(mid)
            if item is None or item.internal:
                continue
            for ref in item.references:
                rec = view.request(ref)
                if rec is not None and ref not in known and _may_follow_up(rec, sender):
                    targets.append(rec)
                    known.add(ref)

    # 3. Else the sender's one open incomplete request, if the new data fits it.
    if not cited and not targets:
        mine = [r for r in view.open_requests(sender) if r.status == "incomplete"]
        if len(mine) == 1 and (not nominees or (len(nominees) == 1 and _compatible(mine[0], nominees[0]))):
            targets.append(mine[0])

    # Pair nominees with targets: by email, then surname, then in order.
    remaining = list(nominees)
    reopened: dict[int, str] = {}  # id(new nominee) -> the expired reference it reopens
    for rec in targets:
        match = _pair(rec, remaining, len(targets))
        if rec.status == "expired" and match is not None:
            # The details came after expiry: a new request, seeded with what we had.
            remaining.remove(match)
            revived = merge(rec, match, validate=validate)
            remaining.append(revived)
            reopened[id(revived)] = rec.reference
            continue
        if rec.status not in ("incomplete", "pending_review"):
            # Decided already: nothing to merge; tell them where it stands.
            if match is not None:
                remaining.remove(match)
                events.append(Event("follow_up_after_decision", rec.status, rec.reference))
            entries.append(_entry(rec, already_on_file=True))
            continue
        if match is not None:
            remaining.remove(match)
            touch(rec, merge(rec, match, validate=validate), f"follow-up {msg_id}")
        else:
            if msg_id not in rec.message_ids:
                rec.message_ids.append(msg_id)
            rec.last_contact_at = when
            rec.updated_at = when
            touched[rec.reference] = rec
        entries.append(_entry(touched[rec.reference]))

    # 4. New nominees (and a bare "please let us join" with no details yet).
    #    A message citing only references we cannot use creates nothing: the
    #    unknown-reference reply asks for the complete details instead.
    if cited and not targets:
        remaining = []
    if not cited and not targets and not remaining and not analysis.references:
        remaining = [validate({k: None for k in FIELDS}, sender=sender, provenance={})]
    created: list[RequestRecord] = []
    for n in remaining:
        dup = None
        if n.email:
            same = [
                *view.requests_for_official(n.email, n.country_code),
                *(
                    r
                    for r in created
                    if (r.nominee.email or "").lower() == n.email.lower()
                    and r.nominee.country_code == n.country_code
                ),
            ]
            dup = next((r for r in same if r.status in ("pending_review", "approved")), None)
        if dup is not None:
            entries.append(_entry(dup, already_on_file=True))
            events.append(Event("already_on_file", "same official already on file", dup.reference))
            continue
        ref = new_reference()
        status = "pending_review" if n.complete else "incomplete"
        origin = f"from message {msg_id}"
        if id(n) in reopened:
            origin += f", reopening expired {reopened[id(n)]}"
        rec = RequestRecord(
            reference=ref,
            status=status,  # type: ignore[arg-type]
            nominee=n,
            sender=sender,
            language=analysis.language,
            received_at=iso(received_at or now),
            history=[
                HistoryEntry(when, BOT, "created", origin),
                HistoryEntry(when, BOT, f"status:{status}", _status_reason(n)),
            ],
            message_ids=[msg_id],
            last_contact_at=when,
            updated_at=when,
        )
        if auth_failed:
            rec.flags.append("auth_failed")
        created.append(rec)
        touched[ref] = rec
        entries.append(_entry(rec))
        events.append(Event("request_created", status, ref))

    # ---- the one reply to this message
    reply = None
    refs = [e.reference for e in entries]
    silent_reason = ""
    if auth_failed:
        silent_reason = "authentication failed: not answered, flagged for the Secretariat"
        for rec in touched.values():
            if "auth_failed" not in rec.flags:
                rec.flags.append("auth_failed")
        events.append(Event("auth_failed", "authentication failed: no automatic reply"))
    elif targets and not nominees and not created and not unknown_refs and all(
        e.status != "incomplete" for e in entries
    ):
        # "Thank you!" to our acknowledgement: nothing new, nothing owed; no reply
        # (answering every courtesy note would be noise, and could ping-pong).
        silent_reason = "nothing new in the follow-up"
    elif view.replies_to(sender, now - timedelta(hours=24)) >= cfg.intake.max_replies_per_sender_per_day:
        silent_reason = "reply limit for this sender reached: not answered"
        events.append(Event("rate_limited", "automatic reply limit reached"))
    if not silent_reason and (entries or unknown_refs):
        template = _template_for(entries, unknown_refs)
        reply = ReplyPlan(
            template=template,
            language=analysis.language,
            to=sender,
            seed=f"{key}:reply",
            entries=entries,
            in_reply_to=analysis.message_id,
            thread=list(analysis.thread_ids),
            subject=analysis.subject,
            cited_reference=unknown_refs[0] if unknown_refs else None,
        )
    kind = "follow_up" if targets or cited else "request"
    parts = []
    if created:
        parts.append(f"{len(created)} new record(s)")
    if targets:
        parts.append(f"{len(targets)} updated")
    if unknown_refs:
        parts.append(f"{len(unknown_refs)} unknown reference(s)")
    parts.append(f"reply: {reply.template}" if reply else f"no reply ({silent_reason or 'nothing to say'})")
    summary = ", ".join(parts)
    return Outcome(
        ledger(kind, refs, summary),
        records=list(touched.values()),
        reply=reply,
        events=events,
        summary=summary,
    )


def _pair(rec: RequestRecord, candidates: list[Nominee], n_targets: int) -> Nominee | None:
    """Which of the message's nominees is about ``rec``: same email, same surname, or the only one."""
    for n in candidates:
        if n.email and rec.nominee.email and n.email.lower() == rec.nominee.email.lower():
            return n
    for n in candidates:
        if n.surname and rec.nominee.surname and n.surname.lower() == rec.nominee.surname.lower():
            return n
    if candidates and (n_targets == 1 or len(candidates) == n_targets):
        return candidates[0]
    return None


def _status_reason(n: Nominee) -> str:
    if n.complete:
        return "all details present"
    bits = []
    if n.missing:
        bits.append("missing: " + ", ".join(n.missing))
    if n.errors:
        bits.append("invalid: " + ", ".join(sorted({p.field for p in n.errors})))
    return "; ".join(bits)


def _template_for(entries: list[ReplyEntry], unknown_refs: list[str]) -> str:
    if not entries:
        return "unknown_reference"
    if any(e.status == "incomplete" for e in entries):
        return "missing_info"
    if all(e.already_on_file for e in entries):
        return "already_on_file"
    return "acknowledgement"


def apply(
    outcome: Outcome,
    tx: Transaction,
    now: datetime,
    compose: Callable[[ReplyPlan], OutboxItem] | None,
) -> None:
    """Carry out an outcome inside the caller's transaction (no I/O beyond the store).

    The reply is composed before anything is written: composing is the step
    that can fail on a message (an address no reply can go to), and the
    caller quarantines such a message in the same transaction -- which must
    not also hold half of its outcome (a record nobody was told about).
    """
    reply = compose(outcome.reply) if outcome.reply is not None and compose is not None else None
    for rec in outcome.records:
        tx.put_request(rec)
    for mid in outcome.bounced:
        bounced = tx.outbox_item(mid)
        if bounced is not None and bounced.status != "failed":
            bounced.status = "failed"
            bounced.last_error = "bounced (delivery report received)"
            tx.update_outbox(bounced)
    if outcome.reply is not None and reply is not None and tx.queue(reply):
        for ref in outcome.reply.references:
            stored = tx.request(ref)
            if stored is not None and reply.message_id not in stored.reply_ids:
                stored.reply_ids.append(reply.message_id)
                stored.history.append(
                    HistoryEntry(iso(now), BOT, f"reply:{outcome.reply.template}", reply.message_id)
                )
                tx.put_request(stored)
    for ev in outcome.events:
        tx.log_event(now, ev.kind, ev.detail, ev.reference)
    tx.record_seen(outcome.ledger)


__all__ = ["Event", "Outcome", "apply", "authentication_failed", "decide", "merge"]
