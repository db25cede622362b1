"""Pieces of a message -> drafts: the layout readers run over bodies and attachments.

Of the alternatives of one multipart/alternative the richest reading is kept;
a follow-up's telephone or e-mail written in a sentence is picked up only
when no reader found it (:func:`fill_from_sentences`).
"""

from __future__ import annotations

import logging
import re

from intakebot.analysis import validation
from intakebot.analysis.letters import letter_parts, own_body
from intakebot.analysis.pieces import Piece
from intakebot.analysis.readers.answers import read_numbered_answers
from intakebot.analysis.readers.cards import read_cards
from intakebot.analysis.readers.csvfile import read_csv
from intakebot.analysis.readers.lines import parse_label, read_lines
from intakebot.analysis.readers.nomination import read_nominations, unnamed_post_and_org
from intakebot.analysis.readers.prose import read_prose
from intakebot.analysis.readers.sentences import read_sentences
from intakebot.analysis.readers.table import read_text_tables
from intakebot.analysis.readers.xlsx import read_xlsx
from intakebot.analysis.text import has_forward, split_at_forward
from intakebot.analysis.unprocessable import MimeLimit
from intakebot.config import LimitsConfig
from intakebot.records import FIELDS, Draft

log = logging.getLogger("intakebot.analysis")

_SENTENCE_FIELDS = ("phone", "email")
SENTENCE_ORIGIN = "body:sentence"
#: "… held in Nairobi, Kenya": a city and its country after "in"/"at"/"à"/"en", just before the country.
_PLACE_RE = re.compile(r"\b(?:in|at|à|en)\s+[A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+)?\s*,\s*$")
#: A line of capitalised words only (a name, an organisation), perhaps with a closing colon.
_CAP_LINE_RE = re.compile(r"^(?:[A-ZÀ-Ý][\w'’.\-]*[ \t]*(?:(?:of|de|du|des|del|la|and|et|y|the)[ \t]+)*)+:?$")
#: An address line's town before the country ("Ginebra, Suiza", "Castries, Saint Lucia"): a place, not whose.
_ADDRESS_RE = re.compile(r"^\s*(?:[A-ZÀ-Ý][\w'’\-.]*\s+){0,2}[A-ZÀ-Ý][\w'’\-.]*\s*,\s*$")
#: A sentence giving the official's own contact in the third person: "his direct line at CEPA is +675 …",
#: "son téléphone est le …", "su correo es …" (never "my", "our": the forwarder's own).
_OF_THE_OFFICIAL_RE = re.compile(
    r"[^.!?\n]*\b(?:his|her|son|sa|su)\s+(?:direct\s+|office\s+|work\s+|mobile\s+)?(?:telephone|phone|line|number|"
    r"mobile|e-?mail|address|t[ée]l[ée]phone|num[ée]ro|ligne|courriel|adresse|tel[ée]fono|n[úu]mero|l[íi]nea|"
    r"correo|celular|m[óo]vil)\b[^!?\n]*?(?:\.(?=\s|$)|$)",
    re.I,
)
#: The block under an event's or a publication's contact heading ("Course contact:", "For further information,
#: please contact:", "Pour tout renseignement :", "Para más información:"): whom to ask, not whom to register.
_CONTACT_BLOCK_RE = re.compile(
    r"^[ \t]*(?:(?:course|event|workshop|meeting|training|media|press|registration|bulletin|newsletter|conference)"
    r"[ \t]+contacts?|contact[ \t]+(?:for|of)[ \t]+the[ \t]+(?:course|event|workshop|meeting|training|conference)|"
    r"for[ \t]+(?:further|more)[ \t]+information(?:,?[ \t]+(?:please[ \t]+)?contact)?|pour[ \t]+(?:tout[ \t]+"
    r"renseignement|toute[ \t]+information|plus[ \t]+d['’]informations?)(?:,?[ \t]+(?:veuillez[ \t]+)?contacter)?|"
    r"contact[ \t]+(?:du|de l['’]|de la)[ \t]*(?:cours|atelier|formation|réunion|stage)|para[ \t]+(?:más|mayor)[ \t]+"
    r"informaci[óo]n(?:,?[ \t]+(?:favor[ \t]+de[ \t]+)?contact(?:ar|e))?|contacto[ \t]+(?:del|de la)[ \t]+(?:curso|"
    r"taller|reuni[óo]n|evento|capacitaci[óo]n))[ \t]*:?[ \t]*\n(?:[^\n]*\S[^\n]*\n?)+",
    re.I | re.M,
)
#: The words that join a list of countries, or a country's own name ("Trinidad and Tobago").
_CONNECTOR_RE = re.compile(r"\s+(?:and|et|y)\s+")
_TITLE_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sr|Sra|Srta|Ing|Lic|Mme|Prof|Don|Doña)\.?\s+$")
_CAP_WORDS_RE = re.compile(
    r"(?:[A-ZÀ-Ý][\w'’\-]+)(?:[ \t]+(?:of|de|du|des|del|la|the|d'|and|et|y|d[ée]mocratique|democr[áa]tica|unie|unida|"
    r"centrafricaine|dominicaine|islamique|isl[áa]mica|f[ée]d[ée]rale|populaire|plurinacional|[A-ZÀ-Ý][\w'’\-]+))*"
)


def read_text(text: str, origin: str, language: str, *, attachment: bool = False) -> list[Draft]:
    """Drafts of one text: tables, label lines, then prose paragraphs, nominating sentences and announced cards.

    A formal letter (an attachment with a salutation, or a body whose
    salutation follows a reference or date line) is read between its
    salutation and closing: the letterhead's and the signatory's contacts
    are not the nominee's.
    """
    head, text = letter_parts(text, need_marks=not attachment)
    text = _CONTACT_BLOCK_RE.sub("\n", text)
    table_drafts, rest = read_text_tables(text, origin, language)
    drafts = table_drafts + read_lines(rest, origin, language)
    named = [d for d in drafts if _named(d)]
    if named:
        if len(named) == 1 and not {"position", "organization"} & set(named[0].fields):
            for k, v in unnamed_post_and_org(rest).items():  # "… an officer who serves as … at …" / "Name: …"
                named[0].fields.setdefault(k, v)
        owned = None if any("country" in d.fields for d in drafts) else _lone_countries(text)[0]
        if owned is not None:  # "… al siguiente agente de la República Argentina:"
            for d in named:
                d.fields["country"] = owned
        return drafts
    prose = read_prose(rest, origin, language)
    if not prose:
        owned, placed = _lone_countries(text)
        country = owned or _lone_countries(head, letterhead=True)[0] or placed
        prose = (read_nominations(rest, origin, language, country) or read_cards(rest, origin, language, country)
                 or read_numbered_answers(rest, origin, language))
        drafts = _contact_lines(drafts, prose, letter=bool(head) or _contacts_follow_prose(rest))
    else:
        placed = _lone_countries(text)[1]
    country = placed if prose else None
    for d in prose:
        if country and "country" not in d.fields:
            d.fields["country"] = country  # "Kenya would like the following officers to join"
        if "position" in d.fields and "organization" not in d.fields:
            d.fields["position"], org = own_body(d.fields["position"], head)  # "… Officer of this Commission"
            if org:
                d.fields["organization"] = org
    return prose + drafts  # the readers that found the person first: a nameless label fragment only fills gaps


def _contact_lines(drafts: list[Draft], named: list[Draft], *, letter: bool) -> list[Draft]:
    """Nameless contact lines beside a nominating sentence.

    In a letter's body (letterhead and signatory already cut) they are the one
    nominee's ("Tel: …" under the sentence) and fill what the sentence lacked;
    anywhere else, or with several nominees, they are a signature's: nobody's.
    """
    if not named:
        return drafts
    contacts = [d for d in drafts if "phone" in d.fields or "email" in d.fields]
    if letter and len(named) == 1:
        for d in contacts:
            for k, v in d.fields.items():
                if k not in named[0].fields:
                    named[0].fields[k] = v
    return [d for d in drafts if d not in contacts]


def _contacts_follow_prose(text: str) -> bool:
    """Whether the first block of telephone/e-mail label lines follows the writer's sentences ("… designa es la
    Ing. María …" / "Teléfono: …", or "Ses coordonnées :" / "Tél. : …"), not a name or an organisation on a line
    of its own: a signature's block starts with those."""
    lines = [ln.strip() for ln in text.split("\n")]
    for i, ln in enumerate(lines):
        parsed = parse_label(ln) if ln else None
        if parsed is None or parsed[0] not in ("phone", "email"):
            continue
        before = next((b for b in reversed(lines[:i]) if b), "")
        return before.endswith((".", ":")) and len(before.split()) >= 2 and not _CAP_LINE_RE.match(before)
    return False


def _named(d: Draft) -> bool:
    return "name" in d.fields or "surname" in d.fields


def _lone_countries(text: str, *, letterhead: bool = False) -> tuple[str | None, str | None]:
    """(the one country the text names not as a place, the one it names counting places), each None when none or
    several, in capitalised phrases. A place: "the meeting held in Nairobi, Kenya" names where, not whose. In a
    letterhead the Secretariat's address (Geneva, Switzerland) is the addressee's, not the Party's.
    """
    found: dict[str, str] = {}
    places: set[str] = set()
    for m in _CAP_WORDS_RE.finditer(text[:5000]):
        phrase = re.sub(r"['’]s$", "", m.group(0))  # "Trinidad and Tobago's nominee"
        if len(phrase) < 4 or "@" in phrase:
            continue
        if _TITLE_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
            continue  # (nor "Ing. Mauricio Quesada": a person whose name is a country's in Spanish)
        line_start = text.rfind("\n", 0, m.start()) + 1
        place = bool(_PLACE_RE.search(text, max(0, m.start() - 40), m.start())
                     or _ADDRESS_RE.match(text[line_start:m.start()]))
        for code in _countries_in(phrase):
            if letterhead and code == "CH":
                continue
            if place:
                places.add(code)
            else:
                found.setdefault(code, phrase)
    owned = set(found)
    every = owned | places
    return (validation.country_name(next(iter(owned))) if len(owned) == 1 else None,
            validation.country_name(next(iter(every))) if len(every) == 1 else None)


def _countries_in(phrase: str) -> list[str]:
    """The countries a capitalised phrase names: itself ("Trinidad and Tobago"), else each part a connector
    joined ("Kenya and Uganda": two)."""
    parts = _CONNECTOR_RE.split(phrase)
    if len(parts) == 1:
        code = validation.country_code(phrase)
        return [code] if code else []
    code = validation.exact_country_code(phrase)
    if code:
        return [code]
    return [c for p in parts if len(p) >= 4 and p[:1].isupper() and (c := validation.country_code(p))]


def read_bodies(bodies: list[Piece], language: str) -> list[Draft]:
    """Read every body; of the alternatives of one multipart/alternative keep the richest."""
    out: list[Draft] = []
    groups: dict[int, list[Draft]] = {}
    for src in bodies:
        drafts = read_text(src.text, src.origin, language)
        if src.alternative < 0:
            out.extend(drafts)
            continue
        best = groups.get(src.alternative)
        if best is None or _score(drafts) > _score(best):
            groups[src.alternative] = drafts
    for g in sorted(groups):
        out.extend(groups[g])
    return out


def _score(drafts: list[Draft]) -> int:
    return sum(len(set(d.fields) & set(FIELDS)) for d in drafts)  # not the title beside them


def read_piece(src: Piece, language: str, limits: LimitsConfig) -> list[Draft]:
    """The drafts of one attachment's piece (a spreadsheet's grid, or its text)."""
    try:
        if src.kind == "xlsx" and src.spreadsheet is not None:
            return read_xlsx(src.spreadsheet, src.origin, language, limits)
        if src.kind == "csv" and src.spreadsheet is not None:
            return read_csv(src.spreadsheet, src.origin, language)
    except MimeLimit:
        raise
    except Exception as e:
        log.info("spreadsheet unreadable: %s", type(e).__name__)
        return []
    return list(src.drafts) + read_text(src.text, src.origin, language, attachment=True)


def forwards_mail(bodies: list[Piece], forwarding: bool) -> bool:
    """Whether the message forwards mail: the subject says so, or a body is or holds a forwarded message."""
    return forwarding or any(b.forwarded or has_forward(b.text) for b in bodies)


def fill_from_sentences(
    people: list[Draft], bodies: list[Piece], forwards: bool, sender: str, own_addresses: frozenset[str]
) -> list[Draft]:
    """A follow-up's telephone or e-mail written in a sentence, when no reader found it.

    Only for one official (with several, whose number it is is a guess), only
    from what the sender wrote above the signature (``bodies`` are already cut),
    and in a forward only from a sentence of the forwarder's that gives the
    official's contact in the third person ("his direct line is …"): their own
    details would otherwise pass for the official's. ``forwards``: the message
    forwards mail (:func:`forwards_mail`).
    """
    if len(people) > 1:
        return people
    if forwards:
        # In a forward only what the forwarder says of the official ("his direct line at CEPA is …"), above it.
        own = "\n".join(split_at_forward(b.text)[0] for b in bodies if not b.forwarded)
        said = " ".join(m.group(0) for m in _OF_THE_OFFICIAL_RE.finditer(own))
        if not said or not people:
            return people
        bodies = [Piece(text=said, origin=SENTENCE_ORIGIN)]
    person = people[0] if people else Draft(fields={}, origin=SENTENCE_ORIGIN)
    want = frozenset(k for k in _SENTENCE_FIELDS if k not in person.fields)
    if not want:
        return people
    code = validation.country_code(person.fields["country"]) if "country" in person.fields else None

    def region(found_email: str | None) -> str | None:
        return code or validation.tld_region(person.fields.get("email") or found_email, sender)

    found: dict[str, str] = {}
    seen: set[str] = set()
    for b in bodies:
        if b.text in seen:
            continue  # the text and HTML alternatives of one message say the same thing
        seen.add(b.text)
        for k, v in read_sentences(b.text, want=want, region=region, own_addresses=own_addresses).items():
            if found.get(k, v) != v:
                want = want - {k}  # two bodies disagree: leave it missing
                found.pop(k)
            elif k in want:
                found[k] = v
    if not found:
        return people
    for k, v in found.items():
        person.fields[k] = v
        person.field_origins[k] = SENTENCE_ORIGIN
    return people if people else [person]
