"""What one analysed message means for the requests on file (pure).

:func:`decide` takes an :class:`~intakebot.records.Analysis`, a read-only
:class:`~intakebot.decisions.view.StoreView`, the config and the time, and
returns an :class:`~intakebot.decisions.outcome.Outcome`: records to create or
update (new ones under placeholder references), at most one reply, events for
the digest, items for the "needs a person" queue and the ledger entry.
:func:`intakebot.run.commit.commit` writes it; shadow mode, tests and the LMTP
path use the same decision.

The steps, in order: automatic replies (ours are bounces or answers to our
replies; others are left alone); encrypted mail; follow-ups by cited
reference, by threading to one of our replies, or to the sender's one open
incomplete request; merging the new details into those targets (or proposing
them, see :mod:`~intakebot.decisions.changes`); creating requests for the
rest; the one reply, unless it looks like a loop
(:mod:`~intakebot.decisions.loops`). Whatever the bot cannot settle -- a
question, a proposed change, a withheld reply, an unreadable attachment, a
reference cited by an unlinked address -- becomes an item for a person
(:mod:`~intakebot.decisions.needs_person`). Who may change what is
:mod:`~intakebot.decisions.matching`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from intakebot.analysis.authresults import authentication_failed
from intakebot.analysis.own_words import is_substantive
from intakebot.analysis.validation import validate as default_validate
from intakebot.attention import AttentionItem
from intakebot.config import Config
from intakebot.decisions import changes, intake_reply, lifecycle, loops, needs_person, review_failed
from intakebot.decisions.matching import Validator, compatible, link, merge, pair
from intakebot.decisions.outcome import Event, Outcome, placeholder
from intakebot.decisions.view import StoreView
from intakebot.decisions.work import Work
from intakebot.records import FIELDS, Analysis, LedgerEntry, Nominee, RequestRecord, iso


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


def _has_data(n: Nominee) -> bool:
    return any(n.value(k) for k in FIELDS)


# --------------------------------------------------------------------------- automatic replies


def _ours(analysis: Analysis, view: StoreView) -> bool:
    """Does this automatic reply answer one of our replies (thread, bounce or our reference)?"""
    ids = [*analysis.bounced_ids, *analysis.thread_ids]
    return any(view.outbox_item(mid) is not None for mid in ids) or any(
        view.request(ref) is not None for ref in analysis.references
    )


def _auto_reply(analysis: Analysis, view: StoreView, now: datetime, incoming: Incoming) -> Outcome:
    """An auto-reply: ours is marked (bounces flag their requests); anyone else's is left alone."""
    if not _ours(analysis, view):
        summary = "automatic reply, not to one of our replies: left alone"
        return Outcome(incoming.ledger(now, "not_request", [], summary),
                       events=[Event("auto_reply")], summary=summary)
    bounced = [mid for mid in analysis.bounced_ids if view.outbox_item(mid) is not None]
    summary = f"auto-reply; {len(bounced)} bounce(s) of our replies" if bounced else "auto-reply"
    events = [Event("auto_reply")]
    records: list[RequestRecord] = []
    people: list[AttentionItem] = []
    for mid in bounced:
        item = view.outbox_item(mid)
        assert item is not None
        for ref in item.references:
            rec = view.request(ref)
            if rec is not None and lifecycle.mark_delivery_failed(rec, mid, now=now):
                records.append(rec)
            events.append(Event("delivery_failed", f"bounce of {mid}", ref))
        first = view.request(item.references[0]) if item.references else None
        person = review_failed.notice_failed(item, first, why="bounced (delivery report received)", now=now)
        people += [person] if person is not None else []
    return Outcome(
        incoming.ledger(now, "auto_reply", [r.reference for r in records], summary),
        records=records, events=events, bounced=bounced, summary=summary, attention=people,
    )


# --------------------------------------------------------------------------- targets


def _cited_targets(w: Work, view: StoreView) -> None:
    """1. Follow-ups by the CUG references the message cites."""
    for ref in w.cited:
        rec = view.request(ref)
        if rec is None:
            w.facts.unknown_refs.append(ref)
            w.events.append(Event("unknown_reference", "cited reference not on file"))
            continue
        how = link(rec, w.sender)
        if how == "none":
            # A colleague citing a real reference is not told it does not exist:
            # a neutral acknowledgement, and a person looks (issue 12).
            w.facts.neutral, w.facts.neutral_refs = True, [*w.facts.neutral_refs, ref]
            w.events.append(Event("unauthorized_follow_up", "cited by an address not linked to it", ref))
            w.queue("unauthorised_reference", [ref])
        else:
            w.targets.append(rec)
            w.links[ref] = how


def _thread_targets(w: Work, view: StoreView) -> None:
    """2. Threading to one of our replies: alone, or beside a cited reference,
    since a reply about several officials carries only "[CUG-… +N]"."""
    if w.cited and not w.targets:
        return
    for mid in w.analysis.thread_ids:
        item = view.outbox_item(mid)
        if item is None or item.internal:
            continue
        for ref in item.references:
            rec = view.request(ref)
            if rec is not None and ref not in w.links and (how := link(rec, w.sender)) != "none":
                w.targets.append(rec)
                w.links[ref] = how


def _open_request_target(w: Work, view: StoreView) -> None:
    """3. Else the sender's one open incomplete request, if the new data fits it."""
    if w.cited or w.targets:
        return
    mine = [r for r in view.open_requests(w.sender) if r.status == "incomplete"]
    if len(mine) != 1:
        return
    if not w.nominees or (len(w.nominees) == 1 and compatible(mine[0], w.nominees[0])):
        w.targets.append(mine[0])
        w.links[mine[0].reference] = "strong"


# --------------------------------------------------------------------------- merging


def _merge(w: Work, validate: Validator) -> tuple[list[Nominee], dict[int, str]]:
    """4. Pair nominees with targets and merge or propose; returns what is left
    to create, and which of those reopen an expired reference."""
    remaining = list(w.nominees)
    reopened: dict[int, str] = {}  # id(new nominee) -> the expired reference it reopens
    for rec in w.targets:
        match = pair(rec, remaining, len(w.targets))
        if match is not None:
            remaining.remove(match)
        if rec.status == "expired" and match is not None:
            # The details came after expiry: a new request, seeded with what we had.
            revived = merge(rec, match, validate=validate)
            remaining.append(revived)
            reopened[id(revived)] = rec.reference
        elif rec.status in ("incomplete", "pending_review"):
            changes.update_open(w, rec, match, w.links[rec.reference], validate)
        else:
            changes.update_decided(w, rec, match, w.links[rec.reference])
    return remaining, reopened


def _on_file(w: Work, n: Nominee, view: StoreView) -> RequestRecord | None:
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


def _create(w: Work, remaining: list[Nominee], reopened: dict[int, str], view: StoreView,
            *, received_at: datetime | None, validate: Validator) -> None:
    """5. New requests for the nominees left (and a bare "please let us join").

    A message citing only references we cannot use creates nothing: the
    unknown-reference reply asks for the complete details instead.
    """
    if w.cited and not w.targets:
        remaining = []
    if not w.cited and not w.targets and not remaining and not w.analysis.references:
        remaining = [validate({k: None for k in FIELDS}, sender=w.sender, provenance={})]
    unread = bool(needs_person.attachments_unread(w.analysis))
    for n in remaining:
        dup = _on_file(w, n, view)
        if dup is not None:
            changes.on_file(w, dup, n, new=any(dup is r for r in w.created))
            continue
        origin = f"from message {w.msg_id}"
        if id(n) in reopened:
            origin += f", reopening expired {reopened[id(n)]}"
        rec = lifecycle.create(
            placeholder(len(w.created) + 1), n, sender=w.sender, language=w.analysis.language,
            received_at=received_at or w.now, message_id=w.msg_id, origin=origin, now=w.now,
        )
        if w.auth_failed:
            lifecycle.flag_auth_failed(rec)
        if unread:
            lifecycle.add_flag(rec, "unreadable_attachment")
        w.created.append(rec)
        w.touch(rec)
        w.events.append(Event("request_created", rec.status, rec.reference))


def _for_a_person(w: Work) -> None:
    """Questions and unreadable attachments: a person reads what the bot cannot."""
    refs = [r.reference for r in (*w.targets, *w.created)]
    words = w.analysis.own_words
    if (w.targets and is_substantive(words)) or (not w.targets and ("?" in words or "¿" in words)):
        w.queue("question", refs)
    unread = needs_person.attachments_unread(w.analysis)
    if unread:
        w.facts.unreadable = True
        w.queue("unreadable_attachment", refs, detail=needs_person.unreadable_detail(unread))


# --------------------------------------------------------------------------- the reply


def _silence(w: Work, view: StoreView, cfg: Config, fp: str) -> str:
    """Why this message gets no reply ('' when it should get one)."""
    if w.auth_failed:
        for rec in w.touched.values():
            lifecycle.flag_auth_failed(rec)
        w.events.append(Event("auth_failed", "authentication failed: no automatic reply"))
        w.queue("auth_failed", [r.reference for r in (*w.targets, *w.created)])
        return "authentication failed: not answered, flagged for the Secretariat"
    f = w.facts
    if w.targets and not w.nominees and not w.created and not f.unknown_refs and not f.neutral and all(
        e.status != "incomplete" for e in f.entries
    ):
        # "Thank you!" to our acknowledgement: nothing new, nothing owed; no reply
        # (a question in it is queued for a person, who answers it).
        return "nothing new in the follow-up"
    if intake_reply.template_for(f) is None:
        return ""
    why = loops.withhold_reason(w.analysis, fp, view, cfg, w.now)
    if why:
        w.events.append(Event("reply_withheld", why))
        w.queue("reply_withheld", [e.reference for e in f.entries], detail=why)
        return f"reply withheld: {why}"
    return ""


def _outcome(w: Work, view: StoreView, cfg: Config, incoming: Incoming) -> Outcome:
    fp = loops.fingerprint(w.analysis, w.nominees)
    silent_reason = _silence(w, view, cfg, fp)
    reply = None if silent_reason else intake_reply.plan(w.facts, w.analysis, w.sender, incoming.key)
    summary = intake_reply.summary(len(w.created), len(w.targets), w.facts, len(w.attention), reply,
                                   silent_reason)
    kind = "follow_up" if w.targets or w.cited else "request"
    return Outcome(
        incoming.ledger(now=w.now, kind=kind, refs=[e.reference for e in w.facts.entries], summary=summary),
        records=list(w.touched.values()), reply=reply, events=w.events, summary=summary,
        attention=w.attention, answered=(w.sender, fp) if reply is not None else None,
    )


def _encrypted_mail(w: Work, view: StoreView, cfg: Config, incoming: Incoming) -> Outcome:
    """Encrypted mail: a person reads it; the sender is told, in their language, we cannot."""
    w.facts.encrypted = True
    w.analysis = replace(w.analysis, language=needs_person.language_guess(w.analysis))
    refs = [r for r in w.cited if view.request(r) is not None]
    w.queue("encrypted_mail", refs, detail=needs_person.unreadable_detail(w.analysis.unreadable))
    return _outcome(w, view, cfg, incoming)


# --------------------------------------------------------------------------- decide


def _work(analysis: Analysis, cfg: Config, now: datetime, incoming: Incoming) -> Work:
    msg_id = analysis.message_id or incoming.key
    nominees = [
        replace(n, provenance={k: f"{msg_id} {v}" for k, v in n.provenance.items()})
        for n in analysis.nominees
        if _has_data(n)
    ]
    auth_failed = authentication_failed(
        analysis.auth_results, cfg.intake.trusted_authserv_ids, cfg.intake.auth_policy
    )
    return Work(analysis, analysis.sender.lower(), msg_id, incoming.key, now, nominees,
                list(dict.fromkeys(analysis.references)), auth_failed)


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
        return _auto_reply(analysis, view, now, incoming)
    sender = analysis.sender.lower()
    if sender and sender in cfg.own_addresses:
        return Outcome(incoming.ledger(now, "own_mail", [], "from our own address: not answered"),
                       events=[Event("own_mail")], summary="from our own address")
    if needs_person.encrypted(analysis) and sender:
        return _encrypted_mail(_work(analysis, cfg, now, incoming), view, cfg, incoming)
    if analysis.kind == "not_request" or not sender:
        return Outcome(incoming.ledger(now, "not_request", [], "left alone"),
                       events=[Event("not_request")], summary="left alone")
    w = _work(analysis, cfg, now, incoming)
    _cited_targets(w, view)
    _thread_targets(w, view)
    _open_request_target(w, view)
    if not (w.auth_failed and w.targets):  # a follow-up failing authentication changes nothing
        remaining, reopened = _merge(w, validate)
        _create(w, remaining, reopened, view, received_at=incoming.received_at, validate=validate)
    _for_a_person(w)
    return _outcome(w, view, cfg, incoming)


__all__ = ["Event", "Incoming", "Outcome", "Work", "authentication_failed", "decide", "merge"]
