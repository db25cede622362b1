"""The Secretariat's decisions: approve, reject, revoke (the WCO list: :mod:`intakebot.decisions.export`).

:func:`decide` returns the status change and its notice as one
:class:`~intakebot.decisions.outcome.Outcome`, which
:mod:`intakebot.run.review` commits in one transaction. Why one: if the process
dies between them, either both happened or neither did, so a requester is
never told "approved" about a request the store still shows as pending (or
the reverse). The notice has a deterministic Message-ID (seed
``<ref>:approval``), so queueing it twice is a no-op, and the outbox's own
lock makes sure the daemon's flush and ours never both send it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Literal

from intakebot.analysis.validation import INFERRED_COUNTRY, is_freemail, is_party
from intakebot.decisions import lifecycle
from intakebot.decisions.outcome import Event, Outcome
from intakebot.decisions.view import StoreView
from intakebot.decisions.why import Why
from intakebot.errors import IntakebotError
from intakebot.records import RequestRecord

#: Characters that make a spreadsheet treat a cell as a formula (or split it).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Decision = Literal["approved", "rejected", "revoked"]
#: The notice each decision sends, and the state it needs.
NOTICE_TEMPLATE: dict[str, str] = {"approved": "approval", "rejected": "rejection", "revoked": "revocation"}


class ReviewError(IntakebotError):
    """A review action that cannot be done as asked (one line for the CLI)."""


# --------------------------------------------------------------------------- flags


def _is_freemail(address: str | None) -> bool:
    if not address or "@" not in address:
        return False
    return is_freemail(address.rsplit("@", 1)[1].strip())


def review_flags(record: RequestRecord) -> list[str]:
    """What a reviewer should look at twice, as short stable codes.

    Derived from the record itself (not only from what extraction flagged), so
    the review table and the digest agree whatever version wrote the record.
    """
    n = record.nominee
    flags: list[str] = []
    if _is_freemail(n.email) or _is_freemail(record.sender):
        flags.append("freemail")
    if n.email and record.sender and n.email.strip().lower() != record.sender.strip().lower():
        flags.append("sender_differs")
    if n.country_code and not is_party(n.country_code.upper()):
        flags.append("not_party")
    if n.category == "igo" or n.access == "restricted":
        flags.append("igo_restricted")
    if n.country and n.provenance.get("country") == INFERRED_COUNTRY:
        flags.append("country_inferred")  # the text named none: read from the telephone's code and the address
    for f in record.flags:
        if f not in flags:
            flags.append(f)
    return flags


def display_name(record: RequestRecord) -> str:
    return record.nominee.display_name


# --------------------------------------------------------------------------- decisions


def actor_for(name: str) -> str:
    """The history's actor for an operator at the CLI; the caller names them (``--as`` or the login)."""
    name = " ".join(name.split())
    if not name:
        raise ReviewError("the operator's name is empty: give --as NAME")
    return f"secretariat:{name}"


def check_decidable(record: RequestRecord, decision: Decision) -> None:
    """A ReviewError unless ``record``'s status allows ``decision``."""
    if not lifecycle.can_move(record, decision):
        needs = "an approved request" if decision == "revoked" else "a request pending review"
        raise ReviewError(Why(f"{record.reference} is {record.status}; only {needs} can be {decision}",
                              "not_approved" if decision == "revoked" else "not_pending",
                              reference=record.reference, status=record.status))


def decide(
    view: StoreView,
    reference: str,
    decision: Decision,
    *,
    now: datetime,
    actor: str,
    reason: str = "",
    evidence: str = "",
) -> Outcome:
    """The status change and its notice, as a value (pure; nothing is written).

    Only a request pending review can be approved or rejected (approving an
    incomplete one would bypass validation, deciding twice would send two
    notices), and only an approved one revoked. ``reason`` is the text the
    official reads (in their language: see :mod:`intakebot.mail.reasons`).
    """
    now = now.astimezone(UTC)  # one offset in the store: its timestamps compare as text
    reason = reason.strip()
    if decision in ("rejected", "revoked") and not reason:
        raise ReviewError(f"{decision}: a reason is required (it is sent to the requester)")
    record = view.request(reference)
    if record is None:
        raise ReviewError(f"no request {reference!r}")
    check_decidable(record, decision)
    template = NOTICE_TEMPLATE[decision]
    plan = lifecycle.notice(
        [record], template=template, seed=f"{reference}:{template}", status=decision, reason=reason
    )
    before = record.status
    lifecycle.review(record, decision, actor=actor, reason=reason, now=now, evidence=evidence)
    return Outcome(
        records=[record],
        reply=plan,
        events=[Event(decision, reference=reference)],
        summary=f"{reference}: {before} -> {decision}",
        reply_in_history=False,  # the status:<decision> entry already says it
    )


# --------------------------------------------------------------------------- export


def escape_cell(value: str) -> str:
    """Neutralise spreadsheet formulas (CSV injection): a leading apostrophe."""
    if value and value.startswith(_FORMULA_START):
        return "'" + value
    return value

