"""What one analysed message means for the requests on file (pure).

:func:`decide` takes an :class:`~intakebot.records.Analysis`, a read-only
:class:`~intakebot.decisions.view.StoreView`, the config and the time, and
returns an :class:`~intakebot.decisions.outcome.Outcome`: records to create or
update (new ones under placeholder references), at most one reply, events for
the digest and the ledger entry. :func:`intakebot.run.commit.commit` writes
it; shadow mode, tests and the LMTP path use the same decision.

The steps, in order: bounces of our replies; follow-ups by cited reference;
by threading to one of our replies; the sender's one open incomplete request;
merging the new details into those targets; creating requests for the rest;
choosing the one reply. A reference is not proof: a follow-up must come from
the original sender's address or domain, or the nominee's own address.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from intakebot.analysis.authresults import authentication_failed
from intakebot.analysis.validation import validate as default_validate
from intakebot.config import Config
from intakebot.decisions import lifecycle
from intakebot.decisions.outcome import Event, Outcome, placeholder
from intakebot.decisions.view import StoreView
from intakebot.records import (
    FIELDS,
    Analysis,
    LedgerEntry,
    Nominee,
    ReplyEntry,
    ReplyPlan,
    RequestRecord,
    iso,
)

Validator = Callable[..., Nominee]


@dataclass(frozen=True)
class Incoming:
    """Which message is decided on and where it lies: its ledger key and location."""

    key: str
    received_at: datetime | None = None
    source: str = ""
    mailbox: str = ""
    uidvalidity: int | None = None
    uid: int | None = None

    def ledger(self, now: datetime, kind: str, refs: list[str], summary: str) -> LedgerEntry:
        return LedgerEntry(
            key=self.key, kind=kind, processed_at=iso(now), source=self.source,
            mailbox=self.mailbox, uidvalidity=self.uidvalidity, uid=self.uid,
            references=tuple(refs), outcome=summary,
        )


@dataclass
class _Work:
    """The decision in progress for one request or follow-up message."""

    analysis: Analysis
    sender: str
    msg_id: str
    now: datetime
    nominees: list[Nominee]
    cited: list[str]
    targets: list[RequestRecord] = field(default_factory=list)
    touched: dict[str, RequestRecord] = field(default_factory=dict)
    created: list[RequestRecord] = field(default_factory=list)
    entries: list[ReplyEntry] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    unknown_refs: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- helpers


def _domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].lower() if "@" in address else ""


def _entry(record: RequestRecord, *, already_on_file: bool = False) -> ReplyEntry:
    n = record.nominee
    return ReplyEntry(
        reference=record.reference,
        name=n.display_name,
        status=record.status,
        missing=list(n.missing),
        problems=[p for p in n.problems if p.severity in ("error", "warning")],
        already_on_file=already_on_file,
        nominee=n,
    )


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


def merge(record: RequestRecord, update: Nominee, *, validate: Validator) -> Nominee:
    """Overlay the follow-up's values on the stored ones and validate again."""
    values = {k: record.nominee.value(k) for k in FIELDS}
    values["title"] = update.title or record.nominee.title  # the salutation's, not a field
    provenance = dict(record.nominee.provenance)
    for key in FIELDS:
        v = update.value(key)
        if v:
            values[key] = v
            if key in update.provenance:
                provenance[key] = update.provenance[key]
    return validate(values, sender=record.sender, provenance=provenance)


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


# --------------------------------------------------------------------------- the steps


def _bounces(analysis: Analysis, view: StoreView, now: datetime, incoming: Incoming) -> Outcome:
    """An auto-reply; when it reports our replies bounced, flag their requests."""
    bounced = [mid for mid in analysis.bounced_ids if view.outbox_item(mid) is not None]
    summary = f"auto-reply; {len(bounced)} bounce(s) of our replies" if bounced else "auto-reply"
    events = [Event("auto_reply")]
    records: list[RequestRecord] = []
    for mid in bounced:
        item = view.outbox_item(mid)
        assert item is not None
        for ref in item.references:
            rec = view.request(ref)
            if rec is not None and lifecycle.mark_delivery_failed(rec, mid, now=now):
                records.append(rec)
            events.append(Event("delivery_failed", f"bounce of {mid}", ref))
    return Outcome(
        incoming.ledger(now, "auto_reply", [r.reference for r in records], summary),
        records=records, events=events, bounced=bounced, summary=summary,
    )


def _cited_targets(w: _Work, view: StoreView) -> None:
    """1. Follow-ups by the CUG references the message cites."""
    for ref in w.cited:
        rec = view.request(ref)
        if rec is None:
            w.unknown_refs.append(ref)
            w.events.append(Event("unknown_reference", "cited reference not on file"))
        elif not _may_follow_up(rec, w.sender):
            w.unknown_refs.append(ref)
            w.events.append(
                Event("unauthorized_follow_up", "cited by an address not linked to it", ref)
            )
        else:
            w.targets.append(rec)


def _thread_targets(w: _Work, view: StoreView) -> None:
    """2. Threading to one of our replies: alone, or beside a cited reference,
    since a reply about several officials carries only "[CUG-… +N]"."""
    if w.cited and not w.targets:
        return
    known = {r.reference for r in w.targets}
    for mid in w.analysis.thread_ids:
        item = view.outbox_item(mid)
        if item is None or item.internal:
            continue
        for ref in item.references:
            rec = view.request(ref)
            if rec is not None and ref not in known and _may_follow_up(rec, w.sender):
                w.targets.append(rec)
                known.add(ref)


def _open_request_target(w: _Work, view: StoreView) -> None:
    """3. Else the sender's one open incomplete request, if the new data fits it."""
    if w.cited or w.targets:
        return
    mine = [r for r in view.open_requests(w.sender) if r.status == "incomplete"]
    if len(mine) != 1:
        return
    if not w.nominees or (len(w.nominees) == 1 and _compatible(mine[0], w.nominees[0])):
        w.targets.append(mine[0])


def _merge(w: _Work, validate: Validator) -> tuple[list[Nominee], dict[int, str]]:
    """4. Pair nominees with targets and merge; returns what is left to create,
    and which of those reopen an expired reference."""
    remaining = list(w.nominees)
    reopened: dict[int, str] = {}  # id(new nominee) -> the expired reference it reopens
    for rec in w.targets:
        match = _pair(rec, remaining, len(w.targets))
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
                w.events.append(Event("follow_up_after_decision", rec.status, rec.reference))
            w.entries.append(_entry(rec, already_on_file=True))
            continue
        if match is not None:
            remaining.remove(match)
            detail = f"follow-up {w.msg_id}"
            lifecycle.merge_details(
                rec, merge(rec, match, validate=validate), message_id=w.msg_id, detail=detail, now=w.now
            )
            w.events.append(Event("follow_up", detail, rec.reference))
        else:
            lifecycle.note_contact(rec, w.msg_id, now=w.now)
        w.touched[rec.reference] = rec
        w.entries.append(_entry(rec))
    return remaining, reopened


def _on_file(w: _Work, n: Nominee, view: StoreView) -> RequestRecord | None:
    """The same official (email and country) already pending or approved, if any."""
    if not n.email:
        return None
    email = n.email.lower()
    same = [
        *view.requests_for_official(n.email, n.country_code),
        *(r for r in w.created
          if (r.nominee.email or "").lower() == email and r.nominee.country_code == n.country_code),
    ]
    return next((r for r in same if r.status in ("pending_review", "approved")), None)


def _create(
    w: _Work, remaining: list[Nominee], reopened: dict[int, str], view: StoreView,
    *, received_at: datetime | None, auth_failed: bool, validate: Validator,
) -> None:
    """5. New requests for the nominees left (and a bare "please let us join").

    A message citing only references we cannot use creates nothing: the
    unknown-reference reply asks for the complete details instead.
    """
    if w.cited and not w.targets:
        remaining = []
    if not w.cited and not w.targets and not remaining and not w.analysis.references:
        remaining = [validate({k: None for k in FIELDS}, sender=w.sender, provenance={})]
    for n in remaining:
        dup = _on_file(w, n, view)
        if dup is not None:
            w.entries.append(_entry(dup, already_on_file=True))
            w.events.append(Event("already_on_file", "same official already on file", dup.reference))
            continue
        origin = f"from message {w.msg_id}"
        if id(n) in reopened:
            origin += f", reopening expired {reopened[id(n)]}"
        rec = lifecycle.create(
            placeholder(len(w.created) + 1), n, sender=w.sender, language=w.analysis.language,
            received_at=received_at or w.now, message_id=w.msg_id, origin=origin, now=w.now,
        )
        if auth_failed:
            lifecycle.flag_auth_failed(rec)
        w.created.append(rec)
        w.touched[rec.reference] = rec
        w.entries.append(_entry(rec))
        w.events.append(Event("request_created", rec.status, rec.reference))


def _silence(w: _Work, view: StoreView, cfg: Config, auth_failed: bool) -> str:
    """Why this message gets no reply ('' when it should get one)."""
    if auth_failed:
        for rec in w.touched.values():
            lifecycle.flag_auth_failed(rec)
        w.events.append(Event("auth_failed", "authentication failed: no automatic reply"))
        return "authentication failed: not answered, flagged for the Secretariat"
    if w.targets and not w.nominees and not w.created and not w.unknown_refs and all(
        e.status != "incomplete" for e in w.entries
    ):
        # "Thank you!" to our acknowledgement: nothing new, nothing owed; no reply
        # (answering every courtesy note would be noise, and could ping-pong).
        return "nothing new in the follow-up"
    limit = cfg.intake.max_replies_per_sender_per_day
    if view.replies_to(w.sender, w.now - timedelta(hours=24)) >= limit:
        w.events.append(Event("rate_limited", "automatic reply limit reached"))
        return "reply limit for this sender reached: not answered"
    return ""


def _template_for(entries: list[ReplyEntry]) -> str:
    if not entries:
        return "unknown_reference"
    if any(e.status == "incomplete" for e in entries):
        return "missing_info"
    if all(e.already_on_file for e in entries):
        return "already_on_file"
    return "acknowledgement"


def _choose_reply(w: _Work, key: str) -> ReplyPlan | None:
    """6. The one reply to this message, if there is anything to say."""
    if not (w.entries or w.unknown_refs):
        return None
    a = w.analysis
    return ReplyPlan(
        template=_template_for(w.entries),
        language=a.language,
        to=w.sender,
        seed=f"{key}:reply",
        entries=w.entries,
        in_reply_to=a.message_id,
        thread=list(a.thread_ids),
        subject=a.subject,
        cited_reference=w.unknown_refs[0] if w.unknown_refs else None,
    )


def _summary(w: _Work, reply: ReplyPlan | None, silent_reason: str) -> str:
    parts = []
    if w.created:
        parts.append(f"{len(w.created)} new record(s)")
    if w.targets:
        parts.append(f"{len(w.targets)} updated")
    if w.unknown_refs:
        parts.append(f"{len(w.unknown_refs)} unknown reference(s)")
    parts.append(f"reply: {reply.template}" if reply else f"no reply ({silent_reason or 'nothing to say'})")
    return ", ".join(parts)


# --------------------------------------------------------------------------- decide


def decide(
    analysis: Analysis,
    view: StoreView,
    cfg: Config,
    now: datetime,
    incoming: Incoming,
    *,
    validate: Validator = default_validate,
) -> Outcome:
    """What this message means; reads ``view`` (it cannot write it)."""
    if analysis.kind == "auto_reply":
        return _bounces(analysis, view, now, incoming)
    if analysis.kind == "not_request":
        return Outcome(incoming.ledger(now, "not_request", [], "left alone"),
                       events=[Event("not_request")], summary="left alone")
    sender = analysis.sender.lower()
    if not sender or sender in cfg.own_addresses:
        return Outcome(incoming.ledger(now, "own_mail", [], "from our own address: not answered"),
                       events=[Event("own_mail")], summary="from our own address")
    msg_id = analysis.message_id or incoming.key
    nominees = [
        replace(n, provenance={k: f"{msg_id} {v}" for k, v in n.provenance.items()})
        for n in analysis.nominees
        if _has_data(n)
    ]
    w = _Work(analysis, sender, msg_id, now, nominees, list(dict.fromkeys(analysis.references)))
    auth_failed = authentication_failed(
        analysis.auth_results, cfg.intake.trusted_authserv_ids, cfg.intake.auth_policy
    )
    _cited_targets(w, view)
    _thread_targets(w, view)
    _open_request_target(w, view)
    remaining, reopened = _merge(w, validate)
    _create(w, remaining, reopened, view, received_at=incoming.received_at,
            auth_failed=auth_failed, validate=validate)
    silent_reason = _silence(w, view, cfg, auth_failed)
    reply = None if silent_reason else _choose_reply(w, incoming.key)
    summary = _summary(w, reply, silent_reason)
    kind = "follow_up" if w.targets or w.cited else "request"
    return Outcome(
        incoming.ledger(now, kind, [e.reference for e in w.entries], summary),
        records=list(w.touched.values()), reply=reply, events=w.events, summary=summary,
    )


__all__ = ["Event", "Incoming", "Outcome", "authentication_failed", "decide", "merge"]
