"""Reason codes: the small editable set of reasons a request is rejected or revoked for.

Why codes rather than typed text: a reviewer in Geneva types in English, and
that text must not land inside a French letter. The code's text comes in the
request's language from ``templates/review/reasons.toml`` (``[review]
reason_codes`` to use another file); free text the reviewer adds is kept, as
typed, under "Note from the Secretariat" in the letter's language.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from intakebot.config import Config
from intakebot.errors import IntakebotError

LANGUAGES = ("en", "fr", "es")
NOTE_LABEL = "_note_label"


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
            return f"unknown reason code {code!r} (one of {', '.join(self.codes)})" if code else (
                f"a reason code is required (one of {', '.join(self.codes)})")
        if code == "other" and not note.strip():
            return "reason 'other' needs a note saying why"
        return ""

    def text(self, code: str, language: str, note: str = "") -> str:
        """What the official reads: the code's text in ``language``, then the Secretariat's note."""
        texts = self.texts[code]
        body = texts.get(language) or texts["en"]
        note = note.strip()
        if note:
            labels = self.texts.get(NOTE_LABEL, {})
            label = labels.get(language) or labels.get("en") or "Note from the Secretariat"
            body += f"\n\n{label}: {note}"
        return body


def load(cfg: Config) -> Reasons:
    """The configured reason codes; a ReasonError naming the file when it is unusable."""
    path = Path(cfg.review.reason_codes)
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise ReasonError(f"cannot read the reason codes {path}: {e.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ReasonError(f"{path}: not valid TOML: {e}") from None
    texts: dict[str, dict[str, str]] = {}
    for code, table in doc.items():
        if not isinstance(table, dict) or not isinstance(table.get("en"), str):
            raise ReasonError(f"{path}: [{code}] needs at least an en = \"...\" text")
        texts[code.lower()] = {k: str(v).strip() for k, v in table.items() if k in LANGUAGES}
    return Reasons(texts)
