"""The label vocabulary (``data/labels.json``) and the text normalisation it needs.

Labels live in a data file, not in code, because the Secretariat keeps finding
new ways officials write "Surname"; adding one should be a one-line change.
Everything here is loaded once and cached.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

#: Pseudo-field keys a reader may produce besides :data:`records.FIELDS`.
FULL_NAME = "full_name"
FULL_NAME_SURNAME_FIRST = "full_name_sf"


def data_text(name: str) -> str:
    """Read one of the package's data files (the only I/O this package does)."""
    return resources.files("intakebot").joinpath("data", name).read_text(encoding="utf-8")


@cache
def data_json(name: str) -> Any:
    return json.loads(data_text(name))


def fold(text: str) -> str:
    """Case-fold and strip accents: 'Prénom' -> 'prenom', 'País' -> 'pais'."""
    if text.isascii():  # most lines of most mail: NFKD and combining marks change nothing
        return text.lower()
    text = unicodedata.normalize("NFKD", text.casefold())
    if max(text) <= "\uffff":
        return _bmp_marks().sub("", text)
    return "".join(c for c in text if not unicodedata.combining(c))


@cache
def _bmp_marks() -> re.Pattern[str]:
    """Every combining mark of the Basic Multilingual Plane, as one character class.

    Why: the classifier folds whole non-ASCII bodies, and a generator testing
    ``unicodedata.combining`` per character was a twentieth of the analysis of a
    text message; the class removes the same characters five times faster. Built on
    the first non-ASCII text (about 13 ms); text beyond the BMP takes the per-character path.
    """
    ranges: list[list[int]] = []
    for c in range(0x300, 0x10000):
        if unicodedata.combining(chr(c)):
            if ranges and ranges[-1][1] == c - 1:
                ranges[-1][1] = c
            else:
                ranges.append([c, c])
    return re.compile("[" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges) + "]")


#: A line that begins with a label ("Country:", "Pays\t", "| Nombre |"): the text before its separator.
LABEL_LINE_RE = re.compile(r"^\s*([^:\t|]{2,60}?)\s*[:\t|]")
_PAREN_RE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_NONWORD_RE = re.compile(r"[^0-9a-z]+")
_NUMBERING_RE = re.compile(r"^(?:\d{1,2}|[ivx]{1,4}|[a-h])\s+(?=[a-z])")


@lru_cache(maxsize=4096)
def label_key(label: str) -> str:
    """The comparison key of a label: folded, no parentheses, punctuation or numbering.

    Cached: every line of every message is tried as a label, and forms repeat theirs.
    """
    key = _PAREN_RE.sub(" ", fold(label))
    key = _NONWORD_RE.sub(" ", key).strip()
    return _NUMBERING_RE.sub("", key)


_FILLER = frozenset(
    ["the", "of", "your", "his", "her", "their", "s", "official", "officials", "officer", "officers", "nominee", "nominees", "nominated", "proposed", "designated", "votre", "su", "sus", "del", "la", "le", "les", "du", "des", "de", "d", "agent", "l", "el", "funcionario", "funcionaria", "participant", "participante", "member", "membre", "miembro", "person", "personne", "persona"]
)


@lru_cache(maxsize=4096)
def _strip_filler(key: str) -> str:
    return " ".join(w for w in key.split() if w not in _FILLER)


@dataclass(frozen=True)
class LabelHit:
    """What a label means: a field key (or full-name pseudo key) and its language."""

    field: str
    language: str  # "en", "fr", "es" or "" when shared by several


@cache
def _index() -> tuple[dict[str, LabelHit], dict[str, LabelHit]]:
    data = data_json("labels.json")
    exact: dict[str, LabelHit] = {}
    loose: dict[str, LabelHit] = {}

    def add(label: str, fld: str, lang: str) -> None:
        k = label_key(label)
        if not k:
            return
        prev = exact.get(k)
        if prev is None:
            exact[k] = LabelHit(fld, lang)
        elif prev.field == fld and prev.language != lang:
            exact[k] = LabelHit(fld, "")  # shared between languages: no language evidence
        lk = _strip_filler(k)
        if lk and lk not in loose:
            loose[lk] = exact[k]

    sf = {label_key(x) for x in data.get("surname_first_full_name", [])}
    for lang, labels in data["full_name"].items():
        for lab in labels:
            add(lab, FULL_NAME_SURNAME_FIRST if label_key(lab) in sf else FULL_NAME, lang)
    for fld, langs in data["fields"].items():
        for lang, labels in langs.items():
            for lab in labels:
                add(lab, fld, lang)
    return exact, loose


def lookup(label: str) -> LabelHit | None:
    """The field a label names, or None; tolerant of case, accents, numbering, notes.

    A label made of alternatives ("Tel/Fax", "Nom / Name", "SURNAME/NOM") is
    read from its parts when the whole is not a known label: the parts that are
    labels decide. Bilingual forms pair "Nom" with "Name" to mean the family
    name (the given name has its own "Prénom / First name" line), so a
    name/surname disagreement resolves to surname; any other disagreement to
    the first part.
    """
    if len(label) > 80:
        return None
    hit = _lookup_one(label)
    if hit is None and "/" in label:
        hits = [h for h in (_lookup_one(part) for part in label.split("/")) if h is not None]
        fields = {h.field for h in hits}
        pick = next(h for h in hits if h.field == "surname") if fields == {"name", "surname"} else (
            hits[0] if hits else None
        )
        if pick is not None and len({h.language for h in hits}) > 1:
            return LabelHit(pick.field, "")  # bilingual: no evidence of the message's language
        return pick
    return hit


@cache
def _first_words() -> frozenset[str]:
    exact, loose = _index()
    return frozenset(k.split()[0] for k in (*exact, *loose)) | _FILLER


_NUMBERING_WORD_RE = re.compile(r"\d{1,2}|[ivx]{1,4}|[a-h]")


def may_begin_label(word: str) -> bool:
    """Whether a label key can begin with ``word`` (a word of :func:`label_key`'s output).

    False means no phrase starting with it is a label, so a reader scanning a line
    word by word (a header pasted with single spaces) can stop without a lookup per
    phrase length: most lines are prose, and that scan was a fourteenth of the analysis.
    """
    return word in _first_words() or _NUMBERING_WORD_RE.fullmatch(word) is not None


def _lookup_one(label: str) -> LabelHit | None:
    k = label_key(label)
    if not k:
        return None
    exact, loose = _index()
    hit = exact.get(k)
    if hit is None:
        hit = loose.get(_strip_filler(k))
    return hit


@cache
def placeholders() -> frozenset[str]:
    return frozenset(fold(p).strip() for p in data_json("labels.json")["placeholders"])


_PLACEHOLDER_STRIP_RE = re.compile(r"^[\s\[\(<«\"']+|[\s\]\)>»\"'.:]+$")


def is_placeholder(value: str) -> bool:
    """'N/A', '-', 'TBD', '(missing)', 'à compléter', ... mean "no value"."""
    v = fold(value).strip()
    if not v:
        return True
    if v in placeholders():
        return True
    inner = _PLACEHOLDER_STRIP_RE.sub("", v)
    return not inner or inner in placeholders() or set(inner) <= set("-_.?*x ")


#: Words (folded) that name a field inside a longer label: "Direct line", "E-mail (work)",
#: "Numéro direct", "Adresse mél", "Correo de trabajo", "Tél. bureau". Words that only
#: suggest a telephone ("number", "line", "direct") count when the value is one.
_FIELD_WORDS: dict[str, frozenset[str]] = {
    "phone": frozenset(
        ["phone", "telephone", "tel", "tele", "tlf", "telf", "tfno", "tno", "mobile", "mob", "cell", "cellphone",
         "cellular", "gsm", "portable", "movil", "celular", "whatsapp", "landline", "telefono", "telephonique", "fono",
         "phones", "telephones", "telefonos"]
    ),
    "email": frozenset(["email", "mail", "courriel", "mel", "correo", "electronique", "electronico", "electronica",
                        "mailbox", "emails", "courriels", "messagerie"]),
    "country": frozenset(["country", "pays", "pais", "nation", "nacion"]),
    "organization": frozenset(["organization", "organisation", "agency", "institution", "ministry", "organisme",
                               "ministere", "organizacion", "institucion", "organismo", "entidad", "employer", "workplace",
                               "employeur", "empleador", "etablissement", "administration", "dependencia",
                               "unite", "unidad", "unit", "affiliation", "afiliacion", "reparticion",
                               "affectation", "rattachement", "adscripcion", "ente", "entite"]),
    "position": frozenset(["position", "role", "function", "fonction", "poste", "cargo", "puesto", "funcion", "emploi",
                           "empleo", "occupation", "ocupacion", "profession", "profesion", "grade", "grado", "rang",
                           "appointment"]),
    "surname": frozenset(["surname", "lastname", "apellido", "apellidos", "patronyme", "patronymique"]),
    "name": frozenset(["forename", "firstname", "prenom", "prenoms"]),
}
_PHONE_HINTS = frozenset(["number", "numero", "no", "nr", "line", "ligne", "linea", "direct", "directo", "directe",
                          "reachable", "joignable", "reach", "joindre", "call", "appeler", "llamar"])
#: Labels that are never a nominee's field, whatever their value (headers, letterhead, fax).
PHONE_HINT = "phone?"
_HEADERS = frozenset(["from", "to", "cc", "bcc", "sent", "date", "subject", "de", "a", "para", "objet", "asunto",
                      "envoye", "enviado", "enviado el", "fecha", "reply to", "von", "an", "betreff"])
_NEVER = frozenset(
    ["ref", "reference", "notification", "web", "website", "site", "url", "skype", "box", "bp",
     "fax", "telefax", "telecopie", "telecopieur", "facsimil", "facsimile", "secretariat", "your", "votre", "vos",
     "su", "sus", "our", "cites", "copy", "copie", "copia", "attn", "attention", "sender", "expediteur", "remitente",
     "my", "mon", "ma", "mes", "mi", "mis", "voici", "here", "aqui", "is", "est", "es"]
)


@cache
def _person_nouns() -> frozenset[str]:
    data = data_json("labels.json")["person_nouns"]
    return frozenset(label_key(w) for lang, words in data.items() if lang != "_comment" for w in words)


def names_the_person(label: str) -> bool:
    """Whether the label is a noun for the official ("Officer", "Candidat", "Funcionaria"): their full name when
    the value has a person's name's shape, never a field of its own ("Position: Officer")."""
    return label_key(label) in _person_nouns()


def field_by_words(label: str) -> tuple[str | None, bool]:
    """(the one field the label's words name, whether they named it) for a label the lexicon lacks.

    ``(None, False)``: no field word, the value alone decides (see
    :mod:`intakebot.analysis.typed`); ``(None, True)``: a label that is never
    a nominee's field ("Fax", "Subject", "Our ref") or names two fields;
    ``(PHONE_HINT, True)``: words that only suggest a telephone ("Numéro direct").
    """
    key = label_key(label)
    words = key.split()
    if not words or len(words) > 5 or key in _HEADERS:
        return None, True
    if any(w in _NEVER for w in words):
        return None, True
    found = {f for w in words for f, ws in _FIELD_WORDS.items() if w in ws}
    if len(found) == 1:
        return found.pop(), True
    if found:
        return None, True
    if any(w in _PHONE_HINTS for w in words):
        return PHONE_HINT, True
    return None, False
