"""A reviewer's corrections and notes on a request (pure, like every decision).

Why a correction is validated again: a reviewer fixing a misread surname may
also mistype a phone number; the record is revalidated with the corrected
values, so a request pending review stays one whose details all check, and
the correction (old and new value) is in its history with who made it.
Fields are named by their keys (``surname``) here: the words for them live in
the strings files, which the decisions do not read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from intakebot.analysis.validation import validate as default_validate
from intakebot.decisions import lifecycle
from intakebot.decisions.outcome import Event, Outcome
from intakebot.decisions.review import ReviewError
from intakebot.decisions.view import StoreView
from intakebot.decisions.why import Why
from intakebot.records import FIELDS, Nominee, RequestRecord

Validator = Callable[..., Nominee]
#: Statuses whose details may still be corrected (a decided request keeps what was decided on).
CORRECTABLE = ("incomplete", "pending_review")


def _record(view: StoreView, reference: str) -> RequestRecord:
    record = view.request(reference)
    if record is None:
        raise ReviewError(f"no request {reference!r}")
    return record


def correct(
    view: StoreView, reference: str, changes: Sequence[tuple[str, str]], *,
    now: datetime, actor: str, evidence: str = "", validate: Validator = default_validate,
) -> Outcome:
    """Set fields of ``reference`` to the reviewer's values and validate them again."""
    now = now.astimezone(UTC)
    record = _record(view, reference)
    if record.status not in CORRECTABLE:
        raise ReviewError(Why(f"{reference} is {record.status}; only an open request can be corrected", "not_open",
                              reference=reference, status=record.status))
    if not changes:
        raise ReviewError("correct: no field given (Field: value)")
    values = {k: record.nominee.value(k) for k in FIELDS}
    values["title"] = record.nominee.title  # the salutation's, kept across a correction
    provenance = dict(record.nominee.provenance)
    said = []
    for key, value in changes:
        if key not in FIELDS:
            raise ReviewError(f"correct: unknown field {key!r} (one of {', '.join(FIELDS)})")
        value = " ".join(value.split())
        if not value:
            raise ReviewError(f"correct: an empty value for {key}")
        if value == (values[key] or ""):
            continue  # a pre-filled line left as it was
        said.append(f"{key}: {values[key] or '-'} -> {value}")
        values[key] = value
        provenance[key] = f"corrected by {actor}"
    if not said:
        raise ReviewError(Why(f"correct: every value given is already what {reference} holds", "nothing_changed",
                              reference=reference))
    nominee = validate(values, sender=record.sender, provenance=provenance)
    wrong = [p for p in nominee.errors if p.field in {k for k, _ in changes}]
    if wrong:
        raise ReviewError(Why("correct: " + "; ".join(f"{p.field}: {p.message}" for p in wrong), "invalid_correction",
                              problems=wrong))
    lifecycle.correct(record, nominee, actor=actor, detail="; ".join(said), now=now, evidence=evidence)
    return Outcome(records=[record], events=[Event("corrected", reference=reference)],
                   summary=f"{reference}: corrected {', '.join(k for k, _ in changes)}")


def note(view: StoreView, reference: str, text: str, *, now: datetime, actor: str, evidence: str = "") -> Outcome:
    """A reviewer's note in the request's history (never sent to anyone)."""
    text = " ".join(text.split())
    if not text:
        raise ReviewError("note: the note is empty")
    record = _record(view, reference)
    lifecycle.annotate(record, text, actor=actor, now=now.astimezone(UTC), evidence=evidence)
    return Outcome(records=[record], events=[Event("noted", reference=reference)],
                   summary=f"{reference}: note added")
