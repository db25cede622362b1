"""What a carrier is (tests/carriers/spec.py and spec_batch4.py write them): a real message, edits, nominees."""

from __future__ import annotations

from dataclasses import dataclass, replace

from tests.heldout.make_heldout import P

Problems = tuple[tuple[str, str, str], ...]
INVALID_PHONE: Problems = (("phone", "invalid_phone", "error"),)


@dataclass(frozen=True)
class Edit:
    path: str                 # MIME part, as tests/carriers/mime_edit.parse numbers them ("" = the message)
    at: tuple[str, str]       # ("before"|"after", anchor) in the decoded part, or ("start"|"end", "")
    text: str


@dataclass(frozen=True)
class Carrier:
    name: str
    source: str               # tests/realmail message name: "<source id>/<path>[#n]"
    sender: str               # the From header written
    subject: str
    layout: str
    language: str
    edits: tuple[Edit, ...]
    nominees: tuple[tuple[P, Problems], ...] = ()
    kind: str = "request"


def t(path: str, at: tuple[str, str], *lines: str) -> Edit:
    return Edit(path, at, "\n".join(lines) + "\n")


def h(path: str, at: tuple[str, str], html: str) -> Edit:
    return Edit(path, at, html)


def n(p: P, problems: Problems = ()) -> tuple[P, Problems]:
    return (p, problems)


def bad_phone(p: P, phone: str) -> tuple[P, Problems]:
    """The official with the telephone as written (not a valid number): an invalid_phone error."""
    return n(replace(p, phone=phone), INVALID_PHONE)
