"""Changes to a request on file: merged when the writer may make them, proposed otherwise (pure).

Why proposals: a request pending review or approved is what the reviewer
decided on (and the WCO export carries); a new phone or position for it, a
correction, or the "already on file" answer with new details must reach the
reviewer rather than loop ("reply with the new details" answered by the same
reply again) or silently rewrite the record. So:

* an **incomplete** request takes the details a linked writer sends (the
  original sender or the nominee: anything; a colleague at the same
  organisation: missing details and non-identity fields -- a change of name,
  surname, official email or country is proposed, flagged ``identity_change``);
* a request **pending review or approved** takes only details it lacked; every
  other change is a **proposed change** (an item in the "needs a person"
  queue with the values and their provenance, the record flagged
  ``proposed_change``), and the sender is told "received; the Secretariat will
  update your record" (``change_received``);
* a writer not linked to the record changes nothing and learns nothing
  (see :mod:`intakebot.decisions.matching`).
"""

from __future__ import annotations

from intakebot.decisions import lifecycle
from intakebot.decisions.matching import (
    IDENTITY_FIELDS,
    Link,
    Validator,
    additions,
    differences,
    link,
    merge,
)
from intakebot.decisions.outcome import Event
from intakebot.decisions.work import Work
from intakebot.records import Nominee, RequestRecord


def _propose(w: Work, rec: RequestRecord, proposed: dict[str, str], n: Nominee, how: Link) -> None:
    lifecycle.propose_change(rec, list(proposed), message_id=w.msg_id, now=w.now)
    identity = how != "strong" and any(k in IDENTITY_FIELDS for k in proposed)
    reason = "identity_change" if identity else "proposed_change"
    if identity:
        lifecycle.add_flag(rec, "identity_change")
    w.queue(reason, [rec.reference], changes=proposed,
            provenance={k: n.provenance.get(k, w.msg_id) for k in proposed})
    w.events.append(Event("proposed_change", ", ".join(proposed), rec.reference))
    w.facts.change_received = True


def update_open(w: Work, rec: RequestRecord, match: Nominee | None, how: Link, validate: Validator) -> None:
    """New details for an incomplete or pending request: merge what may be merged, propose the rest."""
    if match is None:
        lifecycle.note_contact(rec, w.msg_id, now=w.now)
        w.touch(rec)
        return
    diffs = differences(rec, match)
    allowed = set(additions(rec, match))
    if rec.status == "incomplete":
        allowed |= set(diffs) if how == "strong" else {k for k in diffs if k not in IDENTITY_FIELDS}
    proposed = {k: v for k, v in diffs.items() if k not in allowed}
    if allowed:
        detail = f"follow-up {w.msg_id}"
        lifecycle.merge_details(rec, merge(rec, match, validate=validate, only=frozenset(allowed)),
                                message_id=w.msg_id, detail=detail, now=w.now)
        w.events.append(Event("follow_up", detail, rec.reference))
    else:
        lifecycle.note_contact(rec, w.msg_id, now=w.now)
    if proposed:
        _propose(w, rec, proposed, match, how)
    w.touch(rec)


def update_decided(w: Work, rec: RequestRecord, match: Nominee | None, how: Link) -> None:
    """A follow-up to a decided request: a change to an approved one is proposed; else say where it stands."""
    proposed = differences(rec, match) if match is not None and rec.status == "approved" else {}
    if proposed and match is not None:
        _propose(w, rec, proposed, match, how)
        w.touch(rec)
        return
    if match is not None:
        w.events.append(Event("follow_up_after_decision", rec.status, rec.reference))
        w.queue("after_decision", [rec.reference], detail=rec.status)
    w.touch(rec, already_on_file=True)


def on_file(w: Work, dup: RequestRecord, n: Nominee, *, new: bool) -> None:
    """A nominee already pending or approved: the same details, a change, or a sender not linked to it.

    A sender not linked to the record learns nothing about it (no reference,
    name or status: issue 11, item 5): a neutral acknowledgement, and the
    reviewer is told through the queue.
    """
    how: Link = "strong" if new else link(dup, w.sender)
    w.events.append(Event("already_on_file", "same official already on file", dup.reference))
    if how == "none":
        w.facts.neutral = True
        w.queue("official_on_file", [dup.reference])
        return
    proposed = differences(dup, n)
    if proposed and not new:
        _propose(w, dup, proposed, n, how)
        w.touch(dup)
        return
    w.touch(dup, already_on_file=True)
