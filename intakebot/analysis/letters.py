"""A formal letter's body: letterhead, reference, date, addressee and signatory cut off.

Parties send nominations as signed letters (DOCX, ODT, PDF, RTF, or pasted into
the mail). The letterhead carries the ministry's own telephone and e-mail, the
signatory's block the signatory's: neither is the nominee's. What the letter
says lies between the salutation ("Dear Sir/Madam,", "Madame, Monsieur,",
"Estimado señor:", "Excellency,") and the closing ("Yours faithfully,",
"Veuillez agréer …", "Atentamente,"); a text without a salutation is returned
whole, and without a closing everything after the salutation is kept.
"""

from __future__ import annotations

import re

from intakebot.analysis.labels import fold
from intakebot.analysis.text import strip_signature

_SALUTATION_RE = re.compile(
    r"^\s*(?:dear\b|excellency|your excellency|sir\s*[,/]|madam\s*[,/]|to whom it may concern|"
    r"monsieur|madame|mesdames|messieurs|cher\b|chere\b|excellence|"
    r"senor|senora|senores|estimad[oa]s?\b|distinguid[oa]s?\b|muy senor|a quien corresponda|excelencia|"
    r"de (?:mi|nuestra) (?:mayor |mas |muy )?(?:distinguida |alta |atenta )?consideracion)"
    r".{0,80}[,:]?\s*$"
)
#: Diplomatic closings that a signature cutter does not know ("… avails itself of this opportunity …").
_FORMAL_CLOSING_RE = re.compile(
    r"(?:avails itself of this opportunity|saisit cette occasion|je vous prie d.agreer|veuillez agreer|"
    r"aprovecha la oportunidad|aprovecho la oportunidad|hago propicia la ocasion|reitero a usted|"
    r"please accept|accept.{0,40}assurances|assurances of (?:my|our) (?:highest|high|best)|"
    r"l.assurance de (?:ma|notre) (?:haute|tres haute|consideration)|l.expression de (?:ma|mes|nos|notre)|"
    r"le reitero|les reitero|reitero las|reiterarle)"
)
_LETTER_MARK_RE = re.compile(
    r"^\s*(?:(?:our |your |notre |nuestra |su )?(?:ref|reference|réf|référence|n/ref|v/ref|oficio|nota|note)\b"
    r"|\S.{0,40}\b(?:19|20)\d\d\s*$)",
    re.I,
)


def letter_parts(text: str, *, need_marks: bool = False) -> tuple[str, str]:
    """(letterhead, what the letter says between salutation and closing); ``("", text)`` when not a letter.

    ``need_marks``: only treat ``text`` as a letter when a reference or date
    line precedes the salutation (a body that merely starts "Dear Sir,").
    """
    lines = text.split("\n")
    start = _salutation(lines)
    if start is None:
        return "", text
    if need_marks and not any(_LETTER_MARK_RE.match(ln) for ln in lines[:start]):
        return "", text
    body = lines[start + 1:]
    for i, ln in enumerate(body):
        if _FORMAL_CLOSING_RE.search(fold(ln)):
            body = body[:i]
            break
    return "\n".join(lines[:start]), _cut_signatory(strip_signature("\n".join(body)))


def _salutation(lines: list[str]) -> int | None:
    """The line of the letter's salutation: the first one that looks like one, unless it does not end like one
    and one that does follows within a few lines with no sentence between (the addressee's line "Monsieur le
    Secrétaire général de la CITES" above "Monsieur le Secrétaire général,")."""
    first = next((i for i, ln in enumerate(lines[:60]) if _salutes(ln)), None)
    if first is None or lines[first].rstrip().endswith((",", ":")):
        return first
    for i in range(first + 1, min(first + 7, len(lines))):
        line = lines[i].rstrip()
        if line.endswith("."):
            break  # a sentence: the letter has begun
        if line.endswith((",", ":")) and _salutes(line):
            return i
    return first


def _salutes(line: str) -> bool:
    return len(line) < 100 and bool(_SALUTATION_RE.match(fold(line)))


#: A signatory's name alone on a line ("Mateus Mutemba", "Dr. Patrick Omondi", "Colonel Moussa Keïta").
_SIGNATORY_RE = re.compile(
    r"^\s*(?:(?:Dr|Mr|Mrs|Ms|Prof|Pr|M|Mme|Sr|Sra|Ing|Lic|Col|Colonel|Coronel|Capt)\.?\s+)?"
    r"(?:[A-ZÀ-Ý][\w'’\-]*\.?\s+){1,3}[A-ZÀ-Ý][\w'’\-]*\s*$"
)


def _cut_signatory(body: str) -> str:
    """``body`` up to a signatory's name on a line of its own after the letter's prose (an unlisted closing)."""
    lines = body.split("\n")
    prose = False
    for i, line in enumerate(lines):
        if prose and len(line) < 50 and _SIGNATORY_RE.match(line):
            return "\n".join(lines[:i])
        prose = prose or len(line) >= 60
    return body


#: A position that names the writer's own body instead of giving its name: "Senior Wildlife Officer of this
#: Commission", "Chargée de mission de notre Direction", "Técnica de esta Dirección".
_THIS_BODY_RE = re.compile(
    r"\s+(?:(?:of|at|in|with|within)\s+(?:this|our)|(?:de|à|au sein de|auprès de)\s+(?:cette|ce|cet|notre)|"
    r"(?:de|en)\s+(?:esta|este|nuestra|nuestro))\s+([\w'’\-]+)\s*$",
    re.I,
)
_SMALL_WORDS = frozenset(["and", "of", "the", "for", "de", "la", "le", "les", "du", "des", "et", "pour", "del", "y",
                          "el", "los", "las", "para", "en", "à", "au", "aux"])


def own_body(position: str, letterhead: str) -> tuple[str, str | None]:
    """(the position, the organisation) of a position that names the letter's own body ("… of this Commission").

    The body is the letterhead line that holds that word (the first one, above the addresses), written as a name
    when the letterhead shouts it in capitals; ``(position, None)`` when the position names no body this way or the
    letterhead holds no such line.
    """
    m = _THIS_BODY_RE.search(position)
    if m is None or not letterhead:
        return position, None
    word = fold(m.group(1))
    for line in letterhead.split("\n")[:12]:
        s = line.strip()
        if s and not any(c.isdigit() for c in s) and word in fold(s).replace("-", " ").split():
            return position[: m.start()].rstrip(" ,"), _as_name(s)
    return position, None


def _as_name(line: str) -> str:
    """"GUYANA WILDLIFE CONSERVATION AND MANAGEMENT COMMISSION" -> "Guyana Wildlife Conservation and Management
    Commission"; a line in mixed case stays as written."""
    if not line.isupper():
        return line
    words = line.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))
