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
("register", "nominate", "darse de alta", …), ending with a colon, or left open ("… our nominee is"). "Regards,"
before a name block announces nobody. Only used when no label, table or
sentence reader found anyone in the same text.
"""

from __future__ import annotations

import re

from intakebot.analysis import typed, validation
from intakebot.analysis.labels import FULL_NAME
from intakebot.analysis.readers.common import finalise
from intakebot.analysis.readers.contacts import EMAIL_RE, contacts
from intakebot.analysis.readers.lines import parse_label
from intakebot.analysis.readers.nomination import NOMINATING_RE, is_body
from intakebot.analysis.readers.nomination_words import (
    HISPANIC,
    NOT_A_PERSON,
    ORG_HEADS,
    is_position,
)
from intakebot.records import Draft

_NUMBERING_RE = re.compile(r"^\s*(?:\(?[a-zA-Z0-9]{1,2}[.)]|[-–•*▪·])\s+")
_PART_SPLIT_RE = re.compile(r"\s+[-–|]\s+|,\s+(?![^()]*\))")
_CONTACT_RE = re.compile(r"\d(?:[\s().\-/]*\d){5,}")


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


#: A sentence left open for the card to finish: "… our nominee for the group is", "… sont", "… son".
_OPEN_END_RE = re.compile(r"(?i)\b(?:is|are|will be|est|sont|sera|seront|es|son|será|serán)\s*$")


def _announces(block: list[str]) -> bool:
    last = block[-1].rstrip()
    return (last.endswith(":") or _OPEN_END_RE.search(last) is not None
            or NOMINATING_RE.search(" ".join(block)) is not None)


#: The fields a labelled line under a card's name line gives as they are.
_DESCRIBING = frozenset({"position", "organization", "country"})


def _card(block: list[str], country: str | None, language: str) -> dict[str, str] | None:
    """The fields of a card, or None when the block is not one (no name line first, or nothing but a name)."""
    name = _NUMBERING_RE.sub("", block[0]).strip()
    if len(block) < 2 or len(name) > 60 or not typed.is_person_name(name, not_words=NOT_A_PERSON):
        return None
    raw: dict[str, str] = {FULL_NAME: name}
    contact_lines: list[str] = []
    for line in block[1:]:
        labelled_line = parse_label(line)
        if labelled_line is not None and labelled_line[0] in _DESCRIBING and labelled_line[1]:
            raw.setdefault(labelled_line[0], labelled_line[1][0])  # "(1) Name" over "Position: …" lines
        elif EMAIL_RE.search(line) or _CONTACT_RE.search(line):
            contact_lines.append(line)
        elif not _describe(raw, line):
            return None  # a third kind of line: an address, a sentence -- not a card
    if not contact_lines and "position" not in raw and "organization" not in raw:
        return None
    if country:
        raw.setdefault("country", country)
    labelled = {k: v[0] for ln in contact_lines if (p := parse_label(ln)) for k, v in [p] if v and v[0]}
    for k in ("phone", "email"):  # "Tel: +501 022 1524" as written: an invalid number is a problem to report
        if k in labelled:
            raw[k] = labelled[k]
    for k, v in contacts("\n".join(contact_lines), raw.get("country")).items():
        raw.setdefault(k, v)
    hispanic = validation.country_code(raw.get("country", "")) in HISPANIC
    fields = finalise(raw, language="es" if hispanic else language)
    return fields if "surname" in fields and len(fields) >= 3 else None


def _describe(raw: dict[str, str], line: str) -> bool:
    """Take a card's line that is not a contact into ``raw``: a country ("Norway", "Belmopan, Belize"), a post and
    organisation on one line, or each on its own ("Wildlife Officer" / "Forest Department"); False for a line that
    is none of these, or one too many."""
    head, _, last = line.rstrip(" .").rpartition(", ")
    if typed.is_country(line.rstrip(" .")) or (head and len(head.split()) <= 3 and typed.is_country(last)):
        raw.setdefault("country", last if head else line.rstrip(" ."))
        return True
    if any(c.isdigit() for c in line):
        return False  # an address ("Calle Mayor 5")
    found = _post_and_org(line)
    if set(found) == {"organization"} and "organization" in raw and "position" not in raw:
        raw["position"] = raw.pop("organization")  # two lines, neither naming a known post: the post comes first
    elif set(found) == {"organization"} and "position" in raw and "organization" in raw and is_body(
            found["organization"], ORG_HEADS) and not is_body(raw["organization"], ORG_HEADS):
        # "Senior Warden, Investigations" over "Kenya Wildlife Service": the first line was all post
        raw["position"] = f"{raw['position']}, {raw.pop('organization')}"
    if any(k in raw for k in found if k != "country"):
        return False
    raw.update(found)
    return True


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
