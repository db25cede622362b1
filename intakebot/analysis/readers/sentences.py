"""Reader for a telephone number or e-mail address given in a sentence.

An official answering our missing-information notice often writes the one
missing item as prose -- "My contact number is +254 20 123 4567", "Voici mon
adresse : jean.dupont@douane.gouv.fr", "Mi teléfono es el 01 234 5678", "You
can reach me at ..." -- rather than as a "Label: value" line.

The caller decides when this applies (a follow-up to one of our requests, the
field not found by any other reader) and hands over only what the sender wrote
above their signature, never the quoted notice. Here the reader stays
conservative on its own:

* only sentences that talk about contact details (a word such as number,
  phone, address, courriel, teléfono, correo, reach) and read as prose (at
  least three words besides the value) count, so a signature's "Mobile
  +254 ..." line or a bare address line does not;
* the value must be the writer's ("my", "me", "mon", "mi", "llamarme") or
  stated ("... is", "... est", "... es el", ":"), and a sentence about the
  reader's details ("your number", "votre adresse") is skipped, so "I will
  call you at <our number>" gives nothing;
* label lines are left to the label reader;
* a field is returned only when exactly one distinct candidate was found.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import phonenumbers

from intakebot.analysis.labels import fold
from intakebot.analysis.readers.lines import parse_label

_EMAIL_RE = re.compile(r"(?:mailto:)?([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)", re.I)
_REF_RE = re.compile(r"\bCUG[\s\-‐–_]?\d{4}[\s\-‐–_]\d{4}\b", re.I)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?;])\s+")
_END_PUNCT = (".", "!", "?", ":", ";")
_WRAP_MIN = 50  # a longer line that does not end a sentence was probably hard-wrapped

#: Words (folded) that show a sentence is about how to reach someone (en, fr, es).
_CUES = frozenset(
    [
        # en
        "phone", "telephone", "tel", "number", "mobile", "cell", "cellphone", "landline", "whatsapp",
        "contact", "contacts", "reach", "call", "email", "mail", "address",
        # fr
        "numero", "portable", "joindre", "appeler", "contacter", "contactez", "courriel", "adresse", "coordonnees",
        # es
        "telefono", "movil", "celular", "contacto", "contactar", "llamar", "correo", "direccion", "electronico",
    ]
)


def _sentences(text: str) -> list[str]:
    """Prose sentences of ``text``: label lines dropped, hard-wrapped lines joined."""
    out: list[str] = []
    buf: list[str] = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped or parse_label(line) is not None:
            if buf:
                out.append(" ".join(buf))
                buf = []
            continue
        buf.append(stripped)
        if len(stripped) < _WRAP_MIN or stripped.endswith(_END_PUNCT):
            out.append(" ".join(buf))
            buf = []
    if buf:
        out.append(" ".join(buf))
    return [s for chunk in out for s in _SENTENCE_END_RE.split(chunk) if s]


#: The writer speaking of themself: my, me, mon, me joindre, mi, llamarme ...
_FIRST_PERSON = frozenset(
    ["my", "me", "mine", "myself", "our", "mon", "ma", "mes", "moi", "m", "notre", "nos", "mi", "mis", "nuestro",
     "nuestra", "conmigo"]
)
#: The reader's (our) contact details: "your number", "votre adresse".
_SECOND_PERSON = frozenset(["your", "yours", "votre", "vos", "ton", "tes", "tu", "tus", "vuestro", "vuestra"])
#: A value that follows "is", "est", "es el", ":" is the one the sentence states.
_STATED_RE = re.compile(
    r"(?:\b(?:is|are|was|est|sont|es|son|sera|será)(?:\s+(?:the|le|la|l'|el))?|[:=])\s*$", re.I
)
_LETTERS_RE = re.compile(r"[^\W\d_]+")
_ENCLITIC_ME = ("arme", "erme", "irme")  # llamarme, escribirme, contactarme


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _contact_sentence(sentence: str) -> tuple[bool, bool] | None:
    """None when ``sentence`` is not prose about contact details, else (first person?, ok).

    Prose about contact details: at least three words besides the values, one
    of them a contact word, and no mention of the reader's details ("your
    number", "votre adresse").
    """
    words = [fold(w) for w in _LETTERS_RE.findall(sentence)]
    cues = (w in _CUES or (w.endswith(_ENCLITIC_ME) and w[:-2] in _CUES) for w in words)
    if sum(len(w) > 1 for w in words) < 3 or not any(cues):
        return None
    if any(w in _SECOND_PERSON and any(x in _CUES for x in words[i + 1 : i + 3]) for i, w in enumerate(words)):
        return None
    return any(w in _FIRST_PERSON or w.endswith(_ENCLITIC_ME) for w in words), True


def read_sentences(
    text: str,
    *,
    want: frozenset[str],
    region: Callable[[str | None], str | None],
    own_addresses: frozenset[str] = frozenset(),
) -> dict[str, str]:
    """{"phone": E.164, "email": address} for the wanted fields found exactly once.

    A value counts when the sentence is the writer's own ("my number is",
    "vous pouvez me joindre au", "mi correo es"), or when it is stated ("The
    contact number is ..."); "I will call you at <our number>" does not.

    ``region(email)`` gives the default region for numbers written without "+"
    (the country's, or the ccTLD of the nominee's or sender's address; the
    address found here, if any, is passed in); without one only international
    numbers are recognised. Our own addresses are never a candidate ("I wrote
    to info@cites.org ...").
    """
    emails: dict[str, str] = {}
    phone_sentences: list[tuple[str, str, bool]] = []  # (blanked sentence, original, first person)
    for sentence in _sentences(text):
        blanked = _REF_RE.sub(_blank, _EMAIL_RE.sub(_blank, sentence))
        kind = _contact_sentence(blanked)
        if kind is None:
            continue
        mine = kind[0]
        for m in _EMAIL_RE.finditer(sentence):
            addr = m.group(1).rstrip(".")
            if addr.lower() not in own_addresses and (mine or _STATED_RE.search(sentence[: m.start()])):
                emails.setdefault(addr.lower(), addr)
        phone_sentences.append((blanked, sentence, mine))
    found: dict[str, str] = {}
    if "email" in want and len(emails) == 1:
        found["email"] = next(iter(emails.values()))
    if "phone" in want and phone_sentences:
        default = region(found.get("email")) or "ZZ"
        phones = {
            phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
            for blanked, sentence, mine in phone_sentences
            for m in phonenumbers.PhoneNumberMatcher(blanked, default)
            if mine or _STATED_RE.search(sentence[: m.start])
        }
        if len(phones) == 1:
            found["phone"] = phones.pop()
    return found
