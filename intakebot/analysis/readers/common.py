"""Shared by the readers: turning (label, value) pairs into clean drafts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from intakebot.analysis.labels import (
    FULL_NAME,
    FULL_NAME_SURNAME_FIRST,
    fold,
    is_placeholder,
    lookup,
)
from intakebot.analysis.validation import exact_country_code
from intakebot.records import FIELDS, Draft

#: Pseudo key of "Segundo apellido" / "Apellido materno": joined to the first surname.
SECOND_SURNAME = "surname_2"
_CTRL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")
_WRAP_RE = re.compile(r"^[\s*_\"'“”«»]+|[\s*_\"'“”«»;,]+$")
#: An address written against harvesters: "name [at] agency.gov", "name (at) agency (dot) gov", "name[arroba]…".
_AT_RE = re.compile(r"\s*[\[(]\s*(?:at|arroba|arobase)\s*[\])]\s*", re.I)
_DOT_RE = re.compile(r"\s*[\[(]\s*(?:dot|punto|point)\s*[\])]\s*", re.I)
_MAILTO_RE = re.compile(r"mailto:", re.I)
_ANGLE_ADDR_RE = re.compile(r"<([^<>@\s]+@[^<>\s]+)>")
#: A country in brackets after an organisation's name: a clarification, not part of the name.
_COUNTRY_AFTER_RE = re.compile(r"\s*\(([^()]{3,60})\)\s*$")
_HONORIFICS = frozenset(
    fold(h)
    for h in ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "prof", "prof.", "m.", "mme", "mme.", "mlle", "mlle.", "sr", "sr.", "sra", "sra.", "srta", "srta.", "dra", "dra.", "lic", "lic.", "ing", "ing.", "sir", "madam", "monsieur", "madame", "senor", "senora", "don", "dona", "dna", "dna.",
              # ranks abbreviated before a name ("Capt. Rashid" in a table's name column); "Maj", "Col" undotted are names
              "capt", "capt.", "col.", "lt.", "maj.", "insp.", "sgt.", "cpl."]
)
_PARTICLES = frozenset(["van", "von", "de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "der", "den", "ter", "bin", "ben", "al", "el", "st",
                        "ould", "mint", "ag", "ibn", "bint",  # "Mohamed Lemine Ould Sidi", "Ag Ghaly"
                        "o", "ni", "nic"])  # "Ruairí Ó Súilleabháin", "Aoife Ní Bhriain"


def clean_value(value: str) -> str:
    """Trim a cell or line value: wrapping markup, control characters, spacing."""
    v = _CTRL_RE.sub(" ", value.replace("\r", " ").replace("\n", " ").replace("\t", " "))
    v = _WRAP_RE.sub("", v)
    return " ".join(v.split())


#: Not one of the seven fields: the honorific written before a name, kept for the salutation.
TITLE = "title"


def _is_honorific(token: str) -> bool:
    return fold(token) in _HONORIFICS


def split_full_name(text: str, *, surname_first: bool = False, spanish: bool = False) -> tuple[str, str]:
    """(given names, family name) from a full name, by the conventions people use.

    Upper-case words are the family name ("DUPONT Jean", "Jean DUPONT");
    otherwise the last word is the family name (with particles such as "de la"),
    the last two for Spanish names of three words or more, the first word when
    the label said "Nom et prénom" / "Apellidos y nombre"; before a comma ("Sosa, Federico") whatever the label.
    """
    before, comma, after = text.partition(",")
    fam = before.split()
    while len(fam) > 1 and _is_honorific(fam[0]):
        fam.pop(0)
    if comma and fam and after.strip() and "," not in after:
        return after.strip(), " ".join(fam)  # "Sosa, Federico", "KAMAU, John": the family name, then a comma
    tokens = [t for t in text.split() if t]
    while len(tokens) > 1 and _is_honorific(tokens[0]):
        tokens.pop(0)
    if not tokens:
        return "", ""
    if len(tokens) == 1:
        return ("", tokens[0]) if surname_first else (tokens[0], "")
    caps = [t for t in tokens if t.isupper() and len(t.strip(".-'")) > 1]
    if caps and len(caps) < len(tokens):
        given = [t for t in tokens if t not in caps]
        return " ".join(given), " ".join(caps)
    if surname_first:
        return " ".join(tokens[1:]), tokens[0]
    if spanish and len(tokens) >= 3:
        units = _surname_units(tokens)  # "Torres de la Cruz": two surnames, the second with its particles
        given = units[:-2] if len(units) > 2 else units[:1]
        return " ".join(given), " ".join(tokens[len(" ".join(given).split()):])
    i = len(tokens) - 1
    while i > 1 and fold(tokens[i - 1]) in _PARTICLES:
        i -= 1
    return " ".join(tokens[:i]), " ".join(tokens[i:])


def _surname_units(tokens: list[str]) -> list[str]:
    """Words with the particles that lead them joined: ["Carlos", "Torres", "de la Cruz"]."""
    units: list[str] = []
    lead: list[str] = []
    for t in tokens:
        if fold(t) in _PARTICLES and units:
            lead.append(t)
            continue
        units.append(" ".join([*lead, t]))
        lead = []
    if lead:
        units[-1] += " " + " ".join(lead)
    return units


def finalise(raw: dict[str, str], *, language: str) -> dict[str, str]:
    """Clean values, drop placeholders, resolve full names and ambiguous "Name"."""
    out: dict[str, str] = {}
    for k, v in raw.items():
        cv = clean_value(v)
        if not cv or is_placeholder(cv) or (len(cv) < 60 and lookup(cv) is not None):
            continue  # nothing, or a label where a value should be (a copied blank form)
        if k == "email":
            cv = _DOT_RE.sub(".", _AT_RE.sub("@", _MAILTO_RE.sub("", cv)))  # "pdorji [at] dofps [dot] gov.bt"
            m = _ANGLE_ADDR_RE.search(cv)
            if m:
                cv = m.group(1)
        if k in ("name", "surname", FULL_NAME, FULL_NAME_SURNAME_FIRST):
            toks = cv.split()
            while len(toks) > 1 and (_is_honorific(toks[0]) or TITLE in out and fold(toks[0]) in ("d.", "da")):
                out.setdefault(TITLE, toks.pop(0))  # "Ms", "Mme", "Sra.": for the salutation; "Sr. D.", "Sra. Dª"
            cv = " ".join(toks)
        if k == "organization" and (m := _COUNTRY_AFTER_RE.search(cv)) and exact_country_code(m.group(1)):
            cv = cv[: m.start()]  # "Ministerio del Poder Popular para el Ecosocialismo (Venezuela)": the country
            out.setdefault("country", m.group(1))
        if k == "position" and all(_is_honorific(t) for t in cv.split()):
            out.setdefault(TITLE, cv.split()[0])
            continue  # "Title: Mr" is not a position
        out[k] = cv
    for key in (FULL_NAME, FULL_NAME_SURNAME_FIRST):
        full = out.pop(key, None)
        if full and "name" not in out and "surname" not in out:
            given, family = split_full_name(
                full, surname_first=key == FULL_NAME_SURNAME_FIRST, spanish=language == "es"
            )
            if given:
                out["name"] = given
            if family:
                out["surname"] = family
    # "Name: John Smith" with no surname given anywhere: a full name under "Name".
    if "name" in out and "surname" not in out and len(out["name"].split()) >= 2:
        given, family = split_full_name(out["name"], spanish=language == "es")
        if given and family:
            out["name"], out["surname"] = given, family
    # "Nom : DUPONT Jean" with no Prénom: the French label holds the full name.
    elif "surname" in out and "name" not in out and len(out["surname"].split()) >= 2:
        toks = out["surname"].split()
        if any(t.isupper() and len(t) > 1 for t in toks) and not all(t.isupper() for t in toks):
            given, family = split_full_name(out["surname"])
            out["name"], out["surname"] = given, family
    return {k: out[k] for k in (*FIELDS, TITLE) if k in out}


@dataclass
class Collector:
    """Accumulates (field, value) pairs; a repeated field starts the next nominee."""

    origin: str
    language: str
    drafts: list[Draft] = field(default_factory=list)
    current: dict[str, str] = field(default_factory=dict)
    current_origin: str = ""

    def add(self, key: str, value: str, origin: str | None = None) -> None:
        if not value.strip():
            return
        if key == SECOND_SURNAME:
            if "surname" in self.current:
                self.current["surname"] += " " + value.strip()
                return
            key = "surname"
        if key in self.current or (
            key in ("name", "surname") and (FULL_NAME in self.current or FULL_NAME_SURNAME_FIRST in self.current)
        ) or (key in (FULL_NAME, FULL_NAME_SURNAME_FIRST) and ("name" in self.current or "surname" in self.current)):
            self.flush()
        if not self.current:
            self.current_origin = origin or self.origin
        self.current[key] = value

    def flush(self) -> None:
        if self.current:
            fields = finalise(self.current, language=self.language)
            if fields:
                self.drafts.append(Draft(fields=fields, origin=self.current_origin or self.origin))
        self.current = {}

    def result(self) -> list[Draft]:
        self.flush()
        return self.drafts
