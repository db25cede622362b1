"""What makes a reply a letter: the echo of what was read, the salutation, the signature.

The echo lists, for each official, all seven values exactly as the bot
stored them -- the country as a name, the telephone in its international
written form -- so the Party can catch a wrong split of a name or a wrong
country prefix before the details reach the WCO. A value that failed
validation is quoted as given, with the reason in plain words.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from typing import Any

import phonenumbers

from intakebot.config import Config
from intakebot.mail.strings import Strings
from intakebot.records import FIELDS, Nominee, Problem, ReplyEntry

#: Honorifics as people write them -> the salutation they call for.
_TITLES: dict[str, str] = {
    **dict.fromkeys(("ms", "mrs", "miss", "mme", "madame", "mlle", "sra", "senora", "srta", "dona"), "f"),
    **dict.fromkeys(("mr", "m", "monsieur", "sr", "senor", "don", "sir"), "m"),
    **dict.fromkeys(("dr", "prof"), "dr"),
    **dict.fromkeys(("dra",), "dra"),
}


@dataclass(frozen=True)
class EchoRow:
    """One of the seven values of an official, as shown in a reply."""

    field: str
    label: str
    value: str  # as stored ("" when missing)
    state: str  # "ok", "missing" or "invalid"
    reason: str  # plain words for "invalid" (and warnings), "" otherwise

    def to_context(self) -> dict[str, str]:
        return {
            "field": self.field,
            "label": self.label,
            "value": self.value,
            "state": self.state,
            "reason": self.reason,
        }


@functools.lru_cache(maxsize=1024)
def phone_display(value: str) -> str:
    """``+41229178139`` -> ``+41 22 917 81 39``; anything else as it is.

    Remembered: a mail shows its numbers two or three times (text, HTML, the form, the
    notice previewed in a review mail), and parsing one was a twentieth of composing it.
    """
    if not value.startswith("+"):
        return value
    try:
        num = phonenumbers.parse(value, None)
    except phonenumbers.NumberParseException:
        return value
    if not phonenumbers.is_valid_number(num):
        return value
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def explain(p: Problem, s: Strings) -> str:
    """A problem in plain words; a code without words falls back to the validator's message."""
    key = f"problems.{p.code}"
    return s(key, label=s.label(p.field)) if s.has(key) else p.message


def echo_rows(n: Nominee, problems: list[Problem], s: Strings) -> list[EchoRow]:
    """All seven values of ``n`` in the notification's order, with what is wrong with each."""
    rows: list[EchoRow] = []
    for key in FIELDS:
        value = n.value(key) or ""
        errors = [p for p in problems if p.field == key and p.severity == "error"]
        state = "missing" if not value else ("invalid" if errors else "ok")
        shown = phone_display(value) if key == "phone" and state == "ok" else value
        reason = " ".join(explain(p, s) for p in errors) if state == "invalid" else ""
        rows.append(EchoRow(key, s.label(key), shown, state, reason))
    return rows


def echo_values(n: Nominee) -> dict[str, str]:
    """The values an echo shows for ``n`` (what a test compares with the stored record)."""
    return {
        k: (phone_display(n.value(k) or "") if k == "phone" else (n.value(k) or "")) for k in FIELDS
    }


def _title_kind(title: str) -> str:
    plain = unicodedata.normalize("NFKD", title.casefold())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return _TITLES.get(plain.strip(". "), "")


def salutation(entries: list[ReplyEntry], to: str, s: Strings) -> str:
    """"Dear Ms Wanjiru," when the reply goes to the one official it is about, else neutral."""
    if len(entries) == 1 and entries[0].nominee is not None:
        n = entries[0].nominee
        if (n.email or "").lower() == to.strip().lower() and n.surname:
            kind = _title_kind(getattr(n, "title", None) or "")
            if kind:
                return s(f"letter.salutation_{kind}", surname=n.surname)
            return s("letter.salutation_named", full_name=n.display_name)
    return s("letter.salutation_neutral")


def signature(cfg: Config, s: Strings) -> list[str]:
    """The Secretariat's signature block: configured lines, else the name and address."""
    lines = list(cfg.secretariat.signature)
    if not lines:
        lines = [cfg.secretariat.name or s("letter.from_name"), cfg.secretariat.address]
    return [ln for ln in lines if ln]


def entry_context(entry: ReplyEntry, s: Strings) -> dict[str, Any]:
    """One official as the layouts see it (see templates/README.md)."""
    missing = [f for f in FIELDS if f in entry.missing] + [
        f for f in entry.missing if f not in FIELDS
    ]
    problems = [p for p in entry.problems if not (p.code == "missing" and p.field in missing)]
    errors = [p for p in problems if p.severity == "error"]
    notes = [p for p in problems if p.severity != "error"]
    echo = echo_rows(entry.nominee, errors, s) if entry.nominee is not None else []
    shown_in_echo = {r.field for r in echo if r.state == "invalid"}
    return {
        "reference": entry.reference,
        "name": " ".join(entry.name.split()),
        "status": entry.status,
        "status_text": s(f"status.{entry.status}") if s.has(f"status.{entry.status}") else entry.status,
        "missing": missing,
        "errors": [
            {"label": s.label(p.field), "text": explain(p, s)}
            for p in errors
            if p.field not in shown_in_echo
        ],
        "notes": [{"label": s.label(p.field), "text": explain(p, s)} for p in notes],
        "echo": [r.to_context() for r in echo],
        "already_on_file": entry.already_on_file,
    }
