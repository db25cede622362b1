"""Reason codes as a value: their text per language, and the Secretariat's note under its label (pure).

Loaded from ``templates/review/reasons.toml`` by :mod:`intakebot.mail.reasons`.
"""

from __future__ import annotations

from dataclasses import dataclass

from intakebot.decisions.why import Why
from intakebot.errors import IntakebotError

LANGUAGES = ("en", "fr", "es")
NOTE_LABEL = "_note_label"
#: What ends the note's label: French puts a no-break space before the colon.
LABEL_END = {"fr": "\u00a0: "}


class ReasonError(IntakebotError):
    """An unknown reason code or an unreadable reason file (one line)."""

    exit_code = 2


@dataclass(frozen=True)
class Reasons:
    texts: dict[str, dict[str, str]]

    @property
    def codes(self) -> list[str]:
        return [c for c in self.texts if not c.startswith("_")]

    def check(self, code: str, note: str = "") -> str:
        """'' when ``code`` (with ``note``) may be used; else the one-line reason why not."""
        if code not in self.texts or code.startswith("_"):
            codes = ", ".join(self.codes)
            if not code:
                return Why(f"a reason code is required (one of {codes})", "reason_required", codes=codes)
            return Why(f"unknown reason code {code!r} (one of {codes})", "unknown_reason", given=code, codes=codes)
        if code == "other" and not note.strip():
            return Why("reason 'other' needs a note saying why", "other_needs_note")
        return ""

    def text(self, code: str, language: str, note: str = "") -> str:
        """What the official reads: the code's text in ``language``, then the Secretariat's note."""
        texts = self.texts[code]
        body = texts.get(language) or texts["en"]
        note = note.strip()
        if note:
            labels = self.texts.get(NOTE_LABEL, {})
            label = labels.get(language) or labels.get("en") or "Note from the Secretariat"
            body += f"\n\n{label}{LABEL_END.get(language, ': ')}{note}"
        return body
