"""Merging the drafts every reader found into one draft per official.

The same person often appears twice (the HTML and the text alternative, the
body and the attached form); a country or organisation is often written once
for several officials. Merging keeps, for each field, the first value found
in source order (body before attachments) and records where each value came
from, so a reviewer can trace it.
"""

from __future__ import annotations

from intakebot.analysis.labels import fold
from intakebot.records import FIELDS, Draft

_SHARED = ("country", "organization")
_IDENTITY = ("name", "surname", "email", "phone", "position")
_DESCRIBING = ("organization", "position")


def _same_person(a: Draft, b: Draft) -> bool:
    ea, eb = fold(a.fields.get("email", "")), fold(b.fields.get("email", ""))
    if ea and eb:
        return ea == eb
    sa, sb = fold(a.fields.get("surname", "")), fold(b.fields.get("surname", ""))
    na, nb = fold(a.fields.get("name", "")), fold(b.fields.get("name", ""))
    if sa and sb and sa == sb:
        return not (na and nb) or na == nb
    return False


def _named(d: Draft) -> bool:
    return "name" in d.fields or "surname" in d.fields


def _absorb(into: Draft, other: Draft) -> None:
    for k in FIELDS:
        if k not in into.fields and k in other.fields:
            into.fields[k] = other.fields[k]
            into.field_origins[k] = other.origin_of(k)


def _start(d: Draft) -> Draft:
    return Draft(
        fields=dict(d.fields), origin=d.origin, field_origins={k: d.origin_of(k) for k in d.fields}
    )


def merge(drafts: list[Draft]) -> list[Draft]:
    """One draft per official, in first-seen order."""
    people: list[Draft] = []
    shared_only: list[Draft] = []
    for d in drafts:
        if not any(k in d.fields for k in _IDENTITY):
            shared_only.append(d)  # "Country: Kenya" written once for everyone
            continue
        for p in people:
            if _same_person(p, d):
                _absorb(p, d)
                break
        else:
            people.append(_start(d))
    # A nameless fragment after a named official of the same source is a signature's
    # "Tel:"/"Email:" lines (the closing word was one we do not know): not an official.
    # Contacts alone (a telephone, an address) beside a named official anywhere in the message are a
    # signature's or a forwarded chain's ("From: joes@…", a phone under an Italian signature): nobody's.
    anyone = any(_named(p) for p in people)
    people = [
        p
        for i, p in enumerate(people)
        if _named(p) or not (any(_named(q) and q.origin == p.origin for q in people[:i])
                             or (anyone and not any(k in p.fields for k in _DESCRIBING)))
    ]
    # Drafts that name nobody (a lone "Organisation:" line) fill gaps everywhere.
    for s in shared_only:
        if not people:
            people.append(_start(s))
            continue
        for p in people:
            _absorb(p, s)
    # A country or organisation given for the first official only applies to all
    # officials of the same origin that lack one.
    for key in _SHARED:
        for i, p in enumerate(people):
            if key in p.fields:
                continue
            for q in people[:i][::-1] + people[i + 1 :]:
                if key in q.fields and q.origin == p.origin:
                    p.fields[key] = q.fields[key]
                    p.field_origins[key] = q.origin_of(key)
                    break
    return people
