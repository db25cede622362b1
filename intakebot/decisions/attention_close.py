"""A person closes a "needs a person" item: what that settles (pure).

Closing an item says a person dealt with the message. For a proposed change
(``proposed_change``, ``identity_change``) that means the change was applied
(``requests correct``) or turned down: the request's ``proposed_change`` flag
(and ``identity_change``) goes, with a history line naming who and the note,
unless another open proposed-change item about the same request still holds
it. Closing an item for anything else (a question, a withheld reply ...)
changes no request: its flags say something the item did not.
"""

from __future__ import annotations

from datetime import datetime

from intakebot.attention import AttentionItem
from intakebot.decisions import lifecycle
from intakebot.decisions.outcome import Event, Outcome
from intakebot.decisions.view import StoreView
from intakebot.records import iso

#: Reasons whose item is a proposed change to the request it names.
CHANGE_REASONS = frozenset({"proposed_change", "identity_change"})


def close(view: StoreView, item: AttentionItem, *, by: str, note: str, now: datetime) -> Outcome:
    """The outcome of closing the open ``item``: the item closed, and any flag it held cleared."""
    done = item.closed(at=iso(now), by=by, note=note)
    outcome = Outcome(closed=[done], summary=f"#{item.id} closed")
    outcome.events.append(Event("attention_closed", item.reason, ",".join(item.references)))
    if item.reason not in CHANGE_REASONS:
        return outcome
    others = [i for i in view.attention("open") if i.id != item.id and i.reason in CHANGE_REASONS]
    for reference in item.references:
        record = view.request(reference)
        if record is None:
            continue
        still_open = {i.reason for i in others if reference in i.references}
        if lifecycle.settle_change(record, item.id, still_open=still_open, actor=by, note=note, now=now):
            outcome.records.append(record)
    return outcome
