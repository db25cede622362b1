"""The Secretariat's decisions: approve, reject, and the CSV handed to the WCO.

Why the status change and the notice share one transaction: if the process
dies between them, either both happened or neither did, so a requester is
never told "approved" about a request the store still shows as pending (or
the reverse). The notice has a deterministic Message-ID (seed
``<ref>:approval``), so queueing it twice is a no-op, and the outbox's own
lock makes sure the daemon's flush and ours never both send it.
"""

from __future__ import annotations

import csv
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal, TextIO

from intakebot.analysis.validation import is_freemail, is_party
from intakebot.config import Config
from intakebot.errors import IntakebotError
from intakebot.records import FIELDS, HistoryEntry, RequestRecord, iso

if TYPE_CHECKING:
    from intakebot.records import OutboxItem
    from intakebot.run.app import App
    from intakebot.store import Transaction

log = logging.getLogger("intakebot.decisions.review")

#: Column headers of the notification's table, in its order, plus ours.
FIELD_LABELS: dict[str, str] = {
    "country": "Country",
    "name": "Name",
    "surname": "Surname",
    "organization": "Organization",
    "position": "Position/Role",
    "phone": "Contact number",
    "email": "Official Email address",
}
CSV_HEADER: tuple[str, ...] = (*(FIELD_LABELS[k] for k in FIELDS), "Access", "Reference")

#: Characters that make a spreadsheet treat a cell as a formula (or split it).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Decision = Literal["approved", "rejected"]


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
    for f in record.flags:
        if f not in flags:
            flags.append(f)
    return flags


def display_name(record: RequestRecord) -> str:
    n = record.nominee
    return " ".join(p for p in (n.name, n.surname) if p)


# --------------------------------------------------------------------------- decisions


@dataclass(frozen=True)
class ReviewResult:
    reference: str
    status: str
    message_id: str
    #: "sent", "queued (will be retried)" or "failed: ..." -- for the CLI's one line.
    delivery: str = "queued"


def actor_for(name: str) -> str:
    return f"secretariat:{name.strip() or 'unknown'}"


def decide(
    tx: Transaction,
    reference: str,
    decision: Decision,
    *,
    cfg: Config,
    now: datetime,
    actor: str,
    reason: str = "",
) -> OutboxItem:
    """Change the status and queue the notice, inside the caller's transaction.

    Only a request pending review can be decided: approving an incomplete one
    would bypass validation, and deciding twice would send two notices.
    """
    from intakebot.mail.replies import TemplateError, compose
    from intakebot.records import ReplyEntry, ReplyPlan

    now = now.astimezone(UTC)  # one offset in the store: its timestamps compare as text
    reason = reason.strip()
    if decision == "rejected" and not reason:
        raise ReviewError("reject: a reason is required (it is sent to the requester)")
    record = tx.request(reference)
    if record is None:
        raise ReviewError(f"no request {reference!r}")
    if record.status != "pending_review":
        raise ReviewError(
            f"{reference} is {record.status}; only a request pending review can be {decision}"
        )
    template = "approval" if decision == "approved" else "rejection"
    plan = ReplyPlan(
        template=template,
        language=record.language,
        to=record.sender,
        seed=f"{reference}:{template}",
        in_reply_to=record.message_ids[-1] if record.message_ids else None,
        thread=[*record.message_ids, *record.reply_ids],
        entries=[
            ReplyEntry(
                reference=reference,
                name=display_name(record),
                status=decision,
            )
        ],
        reason=reason,
    )
    try:
        item = compose(plan, cfg, now)
    except (ValueError, TemplateError) as e:
        # Nothing changes: a decision without its notice would leave the Party uninformed.
        raise ReviewError(f"{reference}: cannot compose the {template} notice: {e}") from None
    at = iso(now)
    record.status = decision
    record.history.append(HistoryEntry(at, actor, f"status:{decision}", reason))
    if item.message_id not in record.reply_ids:
        record.reply_ids.append(item.message_id)
    record.updated_at = at
    tx.put_request(record)
    tx.queue(item)
    tx.log_event(now, decision, reference=reference)
    return item


def decide_and_notify(
    app: App, reference: str, decision: Decision, *, actor_name: str, reason: str = ""
) -> ReviewResult:
    """Decide in one transaction, then try to deliver the notice right away.

    A delivery failure is not a review failure: the notice stays in the
    outbox and the daemon retries it.
    """
    now = app.clock.now()
    with app.store.transaction() as tx:
        item = decide(
            tx, reference, decision, cfg=app.cfg, now=now, actor=actor_for(actor_name), reason=reason
        )
    log.info("%s %s by the Secretariat; notice queued", reference, decision)
    delivery = "queued (will be retried)"
    try:
        app.flush_outbox()
    except Exception as e:  # the decision stands; the daemon's flush will retry
        log.warning("%s: outbox flush after review failed: %s", reference, type(e).__name__)
    after = app.store.read().outbox_item(item.message_id)
    if after is not None:
        if after.status == "sent":
            delivery = "sent"
        elif after.status == "failed":
            delivery = "failed (see the digest)"
    return ReviewResult(reference, decision, item.message_id, delivery)


# --------------------------------------------------------------------------- export


def escape_cell(value: str) -> str:
    """Neutralise spreadsheet formulas (CSV injection): a leading apostrophe."""
    if value and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def export_rows(records: list[RequestRecord]) -> list[list[str]]:
    """Approved nominees in the notification's column order, escaped, header first."""
    rows: list[list[str]] = [list(CSV_HEADER)]
    for r in sorted(records, key=lambda r: r.reference):
        if r.status != "approved":
            continue
        n = r.nominee
        access = "restricted" if (n.access == "restricted" or n.category == "igo") else "full"
        cells = [n.value(k) or "" for k in FIELDS] + [access, r.reference]
        rows.append([escape_cell(c) for c in cells])
    return rows


def export_csv(records: list[RequestRecord], fh: TextIO) -> int:
    """Write the WCO list as UTF-8 CSV; returns the number of nominees written."""
    rows = export_rows(records)
    writer = csv.writer(fh, lineterminator="\r\n")
    writer.writerows(rows)
    return len(rows) - 1
