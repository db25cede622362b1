"""Reader for officials written as unlabelled cards under a line that announces them.

People who do not fill the form write what a business card holds, one
official per block::

    please register our officer:

    Ingrid Halvorsen
    Senior Adviser, Norwegian Environment Agency
    Norway
    Phone: +47 73 58 05 00
    ingrid.halvorsen@miljodir.no

or numbered, "(a) Mr Andre Campbell" / "1) Fernando Lozano Prieto", with the
post and the organisation on one line split at " - ", " | " or ", " (either
order: the part that names a post is the position). A card starts with a line
that has a person's name's shape and nothing else; a line with an e-mail
address or a number gives the contacts (:func:`contacts`, faxes left out), a
line that is only a country gives the country.

A block of that shape is also how every signature looks, so a card counts only
right after a block that announces officials: one with a verb of nominating
("register", "nominate", "darse de alta", …) or ending with a colon. "Regards,"
before a name block announces nobody. Only used when no label, table or
sentence reader found anyone in the same text.
"""

from __future__ import annotations

import re

from intakebot.analysis import typed, validation
from intakebot.analysis.labels import FULL_NAME
from intakebot.analysis.readers.common import finalise
from intakebot.analysis.readers.contacts import EMAIL_RE, contacts
from intakebot.analysis.readers.nomination import NOMINATING_RE, is_position
from intakebot.analysis.readers.nomination_words import HEADS, HISPANIC, ORG_WORDS, POSTS, RANKS
from intakebot.records import Draft

_NUMBERING_RE = re.compile(r"^\s*(?:\(?[a-zA-Z0-9]{1,2}[.)]|[-–•*▪·])\s+")
_PART_SPLIT_RE = re.compile(r"\s+[-–|]\s+|,\s+(?![^()]*\))")
_CONTACT_RE = re.compile(r"\d(?:[\s().\-/]*\d){5,}")
_NOT_A_PERSON = RANKS | POSTS | ORG_WORDS | HEADS


def read_cards(text: str, origin: str, language: str, country: str | None) -> list[Draft]:
    """One draft per card that follows an announcing block (see the module's description)."""
    drafts: list[Draft] = []
    previous: list[str] | None = None  # the block before, None when it was a card read
    for block in _blocks(text):
        card = _card(block, country, language)
        # (the announcing regex runs only on a block before a card: most text has no card at all)
        if card is not None and (bool(drafts) if previous is None else _announces(previous)):
            drafts.append(Draft(fields=card, origin=origin))
            previous = None  # the next card follows on under the same announcement
            continue
        previous = block
    return drafts


def _blocks(text: str) -> list[list[str]]:
    """Blank-line separated blocks of stripped lines; a numbered line ("(b) Ms …") opens a block of its own."""
    out: list[list[str]] = []
    for para in re.split(r"\n\s*\n", text):
        cur: list[str] = []
        for line in para.split("\n"):
            if not line.strip():
                continue
            if _NUMBERING_RE.match(line) and cur:
                out.append(cur)
                cur = []
            cur.append(line.strip())
        if cur:
            out.append(cur)
    return out


def _announces(block: list[str]) -> bool:
    last = block[-1].rstrip()
    return last.endswith(":") or NOMINATING_RE.search(" ".join(block)) is not None


def _card(block: list[str], country: str | None, language: str) -> dict[str, str] | None:
    """The fields of a card, or None when the block is not one (no name line first, or nothing but a name)."""
    name = _NUMBERING_RE.sub("", block[0]).strip()
    if len(block) < 2 or len(name) > 60 or not typed.is_person_name(name, not_words=_NOT_A_PERSON):
        return None
    raw: dict[str, str] = {FULL_NAME: name}
    contact_lines: list[str] = []
    for line in block[1:]:
        if EMAIL_RE.search(line) or _CONTACT_RE.search(line):
            contact_lines.append(line)
        elif typed.is_country(line.rstrip(" .")):
            raw.setdefault("country", line.rstrip(" ."))
        elif "position" not in raw and "organization" not in raw:
            raw.update(_post_and_org(line))
        else:
            return None  # a third kind of line: an address, a sentence -- not a card
    if not contact_lines and "position" not in raw and "organization" not in raw:
        return None
    if country:
        raw.setdefault("country", country)
    raw.update(contacts("\n".join(contact_lines), raw.get("country")))
    hispanic = validation.country_code(raw.get("country", "")) in HISPANIC
    fields = finalise(raw, language="es" if hispanic else language)
    return fields if "surname" in fields and len(fields) >= 3 else None


def _post_and_org(line: str) -> dict[str, str]:
    """Position and organisation of "Senior Adviser, Norwegian Environment Agency" or "Real Jardín Botánico -
    Técnica …": the part that names a post is the position, the rest the organisation; a last part that is a
    country is the country."""
    parts = [p.strip(" .;") for p in _PART_SPLIT_RE.split(line) if p.strip(" .;")]
    out: dict[str, str] = {}
    if len(parts) > 1 and typed.is_country(parts[-1]):
        out["country"] = parts.pop()
    post = next((p for p in parts if is_position(p)), None)
    org = [p for p in parts if p is not post]
    if post is not None:
        out["position"] = post
    if org:
        out["organization"] = ", ".join(org)
    return out
