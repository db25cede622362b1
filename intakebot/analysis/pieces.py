"""One readable piece of a message, between rendering and the layout readers."""

from __future__ import annotations

from dataclasses import dataclass, field

from intakebot.records import Draft


@dataclass
class Piece:
    """One readable piece of the message: text (table rows tab-separated) or a reader result."""

    origin: str
    text: str = ""
    drafts: list[Draft] = field(default_factory=list)
    alternative: int = -1
    spreadsheet: bytes | None = None
    kind: str = "text"  # "text", "xlsx", "csv"
    forwarded: bool = False  # a message/rfc822 part
