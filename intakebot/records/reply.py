"""The decision to send one templated reply, before rendering."""

from __future__ import annotations

from dataclasses import dataclass, field

from intakebot.records.nominee import Nominee, Problem
from intakebot.records.vocabulary import Language


@dataclass
class ReplyEntry:
    """What a reply says about one nominee (or one reference)."""

    reference: str
    name: str  # display name of the official, as written ("" if unknown)
    status: str  # status after this message: incomplete / pending_review / ...
    missing: list[str] = field(default_factory=list)  # field keys
    problems: list[Problem] = field(default_factory=list)  # errors and warnings to explain
    already_on_file: bool = False
    #: The official as stored, for the echo of what was read (None: no echo).
    nominee: Nominee | None = None


@dataclass
class ReplyPlan:
    """The workflow's decision to send one templated reply; rendering comes later.

    ``template`` is one of: acknowledgement, missing_info, reminder, expiry,
    approval, rejection, already_on_file, unknown_reference. ``seed`` makes
    the Message-ID deterministic (same decision, same Message-ID), so a reply
    sent twice across a crash is recognisable as the same mail.
    """

    template: str
    language: Language
    to: str
    seed: str
    entries: list[ReplyEntry] = field(default_factory=list)
    in_reply_to: str | None = None  # Message-ID of the Party's message
    thread: list[str] = field(default_factory=list)  # References: chain
    subject: str = ""  # the Party's subject, for "Re: ..."
    reason: str = ""  # rejection reason, in the Secretariat's words
    cited_reference: str | None = None  # for unknown_reference

    @property
    def references(self) -> list[str]:
        return [e.reference for e in self.entries]
