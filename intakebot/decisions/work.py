"""The decision in progress for one intake message, shared by its steps (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from intakebot.attention import AttentionItem
from intakebot.decisions import intake_reply, needs_person
from intakebot.decisions.matching import Link
from intakebot.decisions.outcome import Event
from intakebot.records import Analysis, Nominee, ReplyEntry, RequestRecord


def entry(record: RequestRecord, *, already_on_file: bool = False) -> ReplyEntry:
    """What the reply says about ``record``."""
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


@dataclass
class Work:
    """The decision in progress for one request or follow-up message."""

    analysis: Analysis
    sender: str
    msg_id: str
    key: str
    now: datetime
    nominees: list[Nominee]
    cited: list[str]
    auth_failed: bool = False
    targets: list[RequestRecord] = field(default_factory=list)
    links: dict[str, Link] = field(default_factory=dict)
    touched: dict[str, RequestRecord] = field(default_factory=dict)
    created: list[RequestRecord] = field(default_factory=list)
    facts: intake_reply.ReplyFacts = field(default_factory=intake_reply.ReplyFacts)
    events: list[Event] = field(default_factory=list)
    attention: list[AttentionItem] = field(default_factory=list)

    def queue(self, reason: str, references: list[str] | tuple[str, ...] = (), **kw: object) -> None:
        """One item for the "needs a person" queue about this message."""
        self.attention.append(needs_person.item(self.analysis, self.key, self.now, reason,
                                                references=references, **kw))  # type: ignore[arg-type]

    def touch(self, rec: RequestRecord, *, already_on_file: bool = False) -> None:
        """``rec`` changed (or is reported): store it and name it in the reply."""
        if not already_on_file:
            self.touched[rec.reference] = rec
        self.facts.entries.append(entry(rec, already_on_file=already_on_file))
