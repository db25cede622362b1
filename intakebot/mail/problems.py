"""A validation problem in the reader's words: the sentence for its code, the value as given quoted.

Why not ``Problem.message``: it is the English sentence the validator stored, so
a French review mail would quote "Not a valid telephone number" to a French
Secretariat. Each code has a sentence in section ``[review_problems]`` of the
strings files (three languages, English per key underneath), filled with the
problem's ``params`` -- ``value`` (the value as given), ``sender``, ``fields``
(field keys, shown in the language's words), ``could_be``. The review mail and
``requests show`` read problems through :func:`describe`; the letters to
officials explain problems in their own words (``[problems]``,
:func:`intakebot.mail.letter.explain`).

A record stored before problems carried ``params`` still reads: the value
falls back to the nominee's stored value of the field (a value that failed
validation is stored as given); a problem whose sentence needs what neither
holds, or whose code has no sentence, is shown by its stored English message.
"""

from __future__ import annotations

from intakebot.mail.strings import Strings
from intakebot.records import FIELDS, Nominee, Problem

SECTION = "review_problems"


def _values(p: Problem, n: Nominee | None, s: Strings) -> dict[str, str]:
    values = {"label": s.label(p.field)}
    if n is not None and p.field in FIELDS:
        values["value"] = n.value(p.field) or ""
    values.update(p.values)
    if "fields" in values:
        values["fields"] = s.in_sentence(k for k in values["fields"].split(",") if k)
    return values


def describe(p: Problem, n: Nominee | None, s: Strings) -> str:
    """``p`` as a reviewer reads it in ``s``'s language (``n``: the nominee it is about)."""
    key = f"{SECTION}.{p.code}"
    if not p.code or not s.has(key):
        return p.message
    values = _values(p, n, s)
    needed = s.placeholders(key)
    if not needed <= values.keys() or any(not values[k] for k in needed - {"label"}):
        return p.message
    return s(key, **{k: values[k] for k in needed})

