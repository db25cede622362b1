"""Review commands in a reviewer's mail: ``APPROVE CUG-2026-0007 token=...`` and friends (pure).

The grammar, one command per line (verbs in any case, several per mail):

    APPROVE REF token=T
    REJECT  REF token=T reason=CODE [free text]     (or a "Reason: CODE" line below)
    CORRECT REF token=T                             then "Field: value" lines
    NOTE    REF token=T text of the note
    REVOKE  REF token=T reason=CODE [free text]

Lines under a command that are not commands continue it: ``Reason: CODE``,
``Note: text`` (the Secretariat's note in the letter), ``Field: value`` for a
correction, or more text for a note. A blank line ends a command. Parsing
stops at the first quoted part ("> ", "-----Original Message-----", "On ...
wrote:", an Outlook "From:" block) so a reply never repeats the commands of
the mail it quotes; only the *tokens* of the links a reply quotes are used,
for the bare commands the reviewer typed above (:func:`quoted_tokens`). The
subject counts only when the body holds no command (the mailto links put the
command in both).
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass, field, replace
from typing import Literal

Verb = Literal["APPROVE", "REJECT", "CORRECT", "NOTE", "REVOKE"]
VERBS: tuple[Verb, ...] = ("APPROVE", "REJECT", "CORRECT", "NOTE", "REVOKE")

#: How a correction line may name each field (lower case, without the colon).
FIELD_NAMES: dict[str, str] = {
    "country": "country", "pays": "country", "país": "country", "pais": "country",
    "name": "name", "first name": "name", "given name": "name", "prénom": "name", "nombre": "name",
    "surname": "surname", "family name": "surname", "last name": "surname", "nom": "surname",
    "apellido": "surname", "apellidos": "surname",
    "organization": "organization", "organisation": "organization", "organización": "organization",
    "position": "position", "position/role": "position", "role": "position", "fonction": "position",
    "cargo": "position",
    "phone": "phone", "contact number": "phone", "telephone": "phone", "téléphone": "phone",
    "teléfono": "phone",
    "email": "email", "e-mail": "email", "official email": "email", "official email address": "email",
    "courriel": "email", "correo": "email",
}  # fmt: skip

_COMMAND = re.compile(
    r"^\s{0,3}(approve|reject|correct|note|revoke)\s+(CUG-\d{4}-\d{4,6})\b[:,]?(.*)$", re.IGNORECASE
)
_TOKEN = re.compile(r"\btoken\s*[=:]\s*(\S+)", re.IGNORECASE)
_REASON = re.compile(r"\breason\s*[=:]\s*([a-z0-9_-]+)", re.IGNORECASE)
_LINE_FIELD = re.compile(r"^\s*([^\W\d][\w /.-]{0,40}?)\s*:\s*(.*)$")
_QUOTE_START = re.compile(
    r"^(>|-{2,}\s*(original message|message d'origine|mensaje original)|_{8,}|"
    r"(on|le|el) .{4,200}(wrote|a écrit|escribió)\s*:\s*$|(from|de)\s*:\s*\S|-- $)",
    re.IGNORECASE,
)
_SUBJECT_PREFIX = re.compile(r"^\s*((re|aw|fw|fwd|tr|rv|réf|ref)\s*:\s*)+", re.IGNORECASE)
_QUOTED_TOKEN = re.compile(
    r"\b(approve|reject|correct|note|revoke)\s+(CUG-\d{4}-\d{4,6})\s+token=([0-9a-f]{6,10}-[a-z2-7]{24})\b",
    re.IGNORECASE,
)
MAX_QUOTE = 256 * 1024
MAX_COMMANDS = 100
MAX_TEXT = 2000


@dataclass(frozen=True)
class Command:
    verb: Verb
    reference: str
    token: str = ""
    reason: str = ""  # a reason code (REJECT, REVOKE)
    text: str = ""  # free text: the Secretariat's note in the letter, or the NOTE itself
    fields: tuple[tuple[str, str], ...] = ()  # CORRECT: (field key, value)
    unknown_fields: tuple[str, ...] = ()

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.verb, self.reference, self.token)

    def describe(self) -> str:
        """The command as one short line for notices (no token)."""
        bits = [self.verb, self.reference]
        if self.reason:
            bits.append(f"reason={self.reason}")
        bits += [f"{k}={v}" for k, v in self.fields]
        return " ".join(bits)


@dataclass
class _Open:
    verb: Verb
    reference: str
    token: str
    reason: str
    text: list[str] = field(default_factory=list)
    fields: list[tuple[str, str]] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)

    def done(self) -> Command:
        text = " ".join(" ".join(self.text).split())[:MAX_TEXT]
        return Command(self.verb, self.reference, self.token, self.reason.lower(), text,
                       tuple(self.fields), tuple(self.unknown))


def _start(m: re.Match[str]) -> _Open:
    verb: Verb = m.group(1).upper()  # type: ignore[assignment]
    rest = m.group(3)
    token = _TOKEN.search(rest)
    reason = _REASON.search(rest)
    for found in (token, reason):
        if found is not None:
            rest = rest.replace(found.group(0), " ")
    opened = _Open(verb, m.group(2).upper(), token.group(1) if token else "", reason.group(1) if reason else "")
    if rest.strip():
        opened.text.append(rest.strip())
    return opened


def _continue(cmd: _Open, line: str) -> None:
    """A line under a command: its reason, note, correction field, or more of its text."""
    m = _LINE_FIELD.match(line)
    label = m.group(1).strip().lower() if m else ""
    value = m.group(2).strip() if m else ""
    if label in ("reason", "raison", "motivo", "motif") and cmd.verb in ("REJECT", "REVOKE") and not cmd.reason:
        word, _, more = value.partition(" ")
        cmd.reason = word
        if more.strip():
            cmd.text.append(more.strip())
    elif label in ("note", "comment", "nota", "commentaire"):
        cmd.text.append(value)
    elif label == "token" and not cmd.token:
        cmd.token = value.split()[0] if value else ""
    elif cmd.verb == "CORRECT" and m is not None:
        key = FIELD_NAMES.get(label)
        if key is None:
            cmd.unknown.append(label[:40])
        else:
            cmd.fields.append((key, value[:300]))
    elif cmd.verb != "CORRECT":
        cmd.text.append(line.strip())


def parse_lines(text: str) -> list[Command]:
    """The commands in ``text``, in order, up to the first quoted part."""
    out: list[Command] = []
    current: _Open | None = None
    for raw in text.splitlines():
        line = raw.rstrip()
        if _QUOTE_START.match(line):
            break
        m = _COMMAND.match(line)
        if m is not None:
            if current is not None:
                out.append(current.done())
            current = _start(m)
        elif not line.strip():
            if current is not None:
                out.append(current.done())
            current = None
        elif current is not None:
            _continue(current, line)
        if len(out) >= MAX_COMMANDS:
            break
    if current is not None and len(out) < MAX_COMMANDS:
        out.append(current.done())
    return out


def quoted_tokens(text: str) -> dict[tuple[str, str], str]:
    """The tokens of the links a mail quotes (a review mail or digest replied to), per (verb, reference).

    Only tokens are taken from the quoted part, never commands: a reviewer
    who answers a review mail with the bare line ``APPROVE CUG-2026-0007``
    is authorised by the token of the approve link in the mail they answer.
    """
    found: dict[tuple[str, str], str] = {}
    for m in _QUOTED_TOKEN.finditer(urllib.parse.unquote_plus(text[:MAX_QUOTE])):
        found.setdefault((m.group(1).upper(), m.group(2).upper()), m.group(3).lower())
    return found


def parse(subject: str, body: str) -> list[Command]:
    """The commands of one mail: the body's, else the subject's; each distinct command once."""
    found = parse_lines(body) or parse_lines(_SUBJECT_PREFIX.sub("", subject))
    if any(not c.token for c in found):
        tokens = quoted_tokens(body)
        found = [c if c.token else replace(c, token=tokens.get((c.verb, c.reference), "")) for c in found]
    unique: dict[tuple[str, str, str], Command] = {}
    for cmd in found:
        unique.setdefault(cmd.key, cmd)
    return list(unique.values())
