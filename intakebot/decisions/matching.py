"""Who may change a request, and which of a message's nominees is about which request (pure).

A reference is not proof. Two kinds of link between a writer and a request:

* **strong**: the original sender, or the nominee's own address -- the people
  the request is about or from. They may correct anything while it is
  incomplete.
* **organisation**: another address at the original sender's domain (a
  colleague at the same ministry). A free-mail domain is never "the same
  organisation": ``totally.other@gmail.com`` is not ``ranger.kenya@gmail.com``'s
  colleague (issue 11, item 3). A colleague may add missing details, but a
  change to an identity field (name, surname, official email, country) becomes
  a proposed change for the reviewer.

Anyone else is not linked: the record is not changed and nothing about it is
told to them (issue 11, item 5).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

from intakebot.analysis.validation import is_freemail
from intakebot.records import FIELDS, Nominee, RequestRecord

Validator = Callable[..., Nominee]
Link = Literal["strong", "organisation", "none"]

#: Fields that say who the official is; only a strongly linked writer changes them.
IDENTITY_FIELDS: tuple[str, ...] = ("country", "name", "surname", "email")


def domain(address: str) -> str:
    return address.rsplit("@", 1)[-1].lower() if "@" in address else ""


def link(record: RequestRecord, sender: str) -> Link:
    """How ``sender`` is linked to ``record``."""
    s = sender.lower()
    if s == record.sender.lower() or (record.nominee.email or "").lower() == s:
        return "strong"
    d = domain(s)
    if d and d == domain(record.sender) and not is_freemail(d):
        return "organisation"
    return "none"


def _same(a: str | None, b: str | None) -> bool:
    return "".join((a or "").split()).casefold() == "".join((b or "").split()).casefold()


def _fixable(record: RequestRecord, key: str) -> bool:
    n = record.nominee
    return key in n.missing or not n.value(key) or any(
        p.field == key and p.severity == "error" for p in n.problems
    )


def compatible(record: RequestRecord, n: Nominee) -> bool:
    """Could ``n`` be more details about ``record``'s official (not another person)?"""
    for key in ("email", "surname", "name"):
        new, old = n.value(key), record.nominee.value(key)
        if new and old and not _same(new, old) and not _fixable(record, key):
            return False
    return True


def differences(record: RequestRecord, n: Nominee) -> dict[str, str]:
    """The values ``n`` gives that differ from a value ``record`` already holds (corrections)."""
    out: dict[str, str] = {}
    for key in FIELDS:
        new, old = n.value(key), record.nominee.value(key)
        if new and old and not _same(new, old) and not _fixable(record, key):
            out[key] = new
    return out


def additions(record: RequestRecord, n: Nominee) -> dict[str, str]:
    """The values ``n`` gives for fields ``record`` lacks (or holds invalid)."""
    return {k: v for k in FIELDS if (v := n.value(k) or "") and _fixable(record, k)}


def merge(record: RequestRecord, update: Nominee, *, validate: Validator,
          only: frozenset[str] | None = None) -> Nominee:
    """Overlay the follow-up's values (those in ``only``, if given) on the stored ones and validate again."""
    values = {k: record.nominee.value(k) for k in FIELDS}
    values["title"] = update.title or record.nominee.title  # the salutation's, not a field
    provenance = dict(record.nominee.provenance)
    for key in FIELDS:
        v = update.value(key)
        if v and (only is None or key in only):
            values[key] = v
            if key in update.provenance:
                provenance[key] = update.provenance[key]
    return validate(values, sender=record.sender, provenance=provenance)


def pair(rec: RequestRecord, candidates: list[Nominee], n_targets: int) -> Nominee | None:
    """Which of the message's nominees is about ``rec``: same email, same surname, or the only one."""
    for n in candidates:
        if n.email and rec.nominee.email and n.email.lower() == rec.nominee.email.lower():
            return n
    for n in candidates:
        if n.surname and rec.nominee.surname and n.surname.lower() == rec.nominee.surname.lower():
            return n
    if candidates and (n_targets == 1 or len(candidates) == n_targets):
        return candidates[0]
    return None
