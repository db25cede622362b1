"""Deciding a field by its value: e-mail addresses, telephone numbers, country names, persons' names.

Officials write labels nobody listed ("Reachable on", "Mailbox", "Nation") or a
field word with qualifiers ("Direct line", "E-mail (work)", "Numéro direct",
"Correo de trabajo"). The label's words say which field it might be
(:func:`intakebot.analysis.labels.field_by_words`); the value decides: an
address that validates as e-mail, a string ``phonenumbers`` takes for a valid
number of the message's country, a country name. Fax numbers never count.

The message's region (the ccTLD of the sender's address, set once per message
by the pipeline through :func:`message_region`) is the default for numbers
written without "+"; without one only international numbers are recognised.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from intakebot.analysis import validation
from intakebot.analysis.labels import fold

_REGION: ContextVar[str | None] = ContextVar("intakebot_message_region", default=None)
_EMAIL_RE = re.compile(r"^(?:mailto:)?<?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)>?\.?$", re.I)
_PHONE_SHAPE_RE = re.compile(r"^(?:\+|00)?[\d\s().\-/]{6,24}$")
FAX_RE = re.compile(r"(?i)\b(?:fax|telefax|t[ée]l[ée]copi(?:e|eur)|facs[ií]mil(?:e)?)\b")
#: Cut a value where a fax number starts ("+254 20 111 / Fax +254 20 222").
_FAX_TAIL_RE = re.compile(r"(?i)[\s,;/|(\-–]*\b(?:fax|telefax|t[ée]l[ée]copi(?:e|eur)|facs[ií]mil(?:e)?)\b.*$")


@contextmanager
def message_region(region: str | None) -> Iterator[None]:
    """Within the block, numbers without "+" are read as numbers of ``region``."""
    token = _REGION.set(region)
    try:
        yield
    finally:
        _REGION.reset(token)


def region() -> str | None:
    return _REGION.get()


def without_fax(value: str) -> str:
    """``value`` cut where a fax number begins, and where an extension or a second number starts."""
    v = _FAX_TAIL_RE.sub("", value).strip()
    return _SECOND_RE.split(v, maxsplit=1)[0].strip()


#: "+56 2 2345 6789 anexo 12", "… ext. 4", "… poste 221", "+221 77 … / 33 …", "… or …"
_SECOND_RE = re.compile(r"(?i)\s*(?:\b(?:ext|extn|extension|anexo|poste|int|interno)\b\.?|[/;,]|\bor\b|\bou\b|\bo\b)\s*")


def is_email(value: str) -> bool:
    m = _EMAIL_RE.match(value.strip())
    if m is None:
        return False
    try:
        validate_email(m.group(1), check_deliverability=False)
    except EmailNotValidError:
        return False
    return True


def phone_shaped(value: str) -> bool:
    """Written like a telephone number (digits, spaces, "+", brackets, dots, dashes; 7 digits or more)."""
    text = without_fax(value)
    return bool(_PHONE_SHAPE_RE.match(text)) and sum(c.isdigit() for c in text) >= 7


def is_phone(value: str, default_region: str | None = None) -> bool:
    """A valid number (for ``default_region`` or the message's region when written without "+")."""
    text = without_fax(value)
    if not _PHONE_SHAPE_RE.match(text) or sum(c.isdigit() for c in text) < 7:
        return False
    if text.startswith("00"):
        text = "+" + text[2:]
    reg = None if text.startswith("+") else (default_region or _REGION.get())
    if reg is None and not text.startswith("+"):
        return False
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, reg))
    except phonenumbers.NumberParseException:
        return False


def is_country(value: str) -> bool:
    """The whole value names a country (not a phrase that merely contains one: "Kenya Wildlife Service")."""
    v = value.strip()
    if not v or len(v) > 60 or any(c.isdigit() for c in v):
        return False
    return validation.exact_country_code(v) is not None


def value_field(value: str) -> str | None:
    """The field a value can only be: "email", "phone" or "country"; None when it could be anything."""
    if "@" in value:
        return "email" if is_email(value) else None
    if is_phone(value):
        return "phone"
    if is_country(value):
        return "country"
    return None


_PERSON_RE = re.compile(r"^[A-ZÀ-ÝĀ-Ž][\w'’\-]*\.?(?:\s+(?:[A-ZÀ-ÝĀ-Ž][\w'’\-]*\.?|de|del|da|dos|van|von|der|la|le|bin|ben|al|el)){1,4}$")


def is_person_name(value: str, *, not_words: frozenset[str]) -> bool:
    """Two to five capitalised words (particles between them), none of them in ``not_words`` (folded ranks, posts,
    names of bodies): the shape of "Kagiso Molefe" or "Jean-Pierre MBEMBA", not "Senior Wildlife Officer"."""
    v = value.strip()
    return bool(_PERSON_RE.match(v)) and not any(fold(w.strip(".")) in not_words for w in v.split())
