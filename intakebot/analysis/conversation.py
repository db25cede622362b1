"""The shape of a conversation: bottom-posted replies, forwarded history, disclaimers.

:func:`intakebot.analysis.text.strip_quotes` asks here whether an attribution
line ("On … wrote:") opens a quote the writer answered *below*
(bottom-posting, Thunderbird's and many mailing-list users' habit), and whether
a header block inside a forwarded message is that message's own history (an
older exchange whose signatures carry other people's telephones, never a second
nominee). :func:`cut_disclaimer` removes the legal footer many ministries
append, which would otherwise make a French or Spanish message look English.
"""

from __future__ import annotations

import re

_DISCLAIMER_RE = re.compile(
    r"^\s*[*_\-=]*\s*(?:"
    r"disclaimer|confidentiality notice|confidentiality|legal notice|important notice|"
    r"this (?:e-?mail|message|communication)\b.{0,60}\b(?:is|are|may|contains?|and any)\b|"
    r"the information (?:contained )?in this (?:e-?mail|message)|"
    r"please consider the environment|"
    r"next part\s*-{3,}\s*$|"  # Mailman's archive: "-------------- next part --------------", then scrubbed parts
    r"avertissement|avis de confidentialit[ée]|clause de confidentialit[ée]|"
    r"ce (?:message|courriel|e-?mail)\b.{0,60}\b(?:est|sont|peut|peuvent|contient|et ses)\b|"
    r"aviso (?:legal|de confidencialidad)|confidencialidad|"
    r"este (?:mensaje|correo)\b.{0,60}\b(?:es|son|puede|contiene|y sus|va dirigido)\b"
    r")",
    re.I,
)


def cut_disclaimer(lines: list[str]) -> list[str]:
    """``lines`` up to a confidentiality/legal footer (kept whole when it starts the text)."""
    seen = False
    for i, line in enumerate(lines):
        if seen and len(line) < 400 and _DISCLAIMER_RE.match(line):
            return lines[:i]
        if line.strip():
            seen = True
    return lines


def bottom_posted(lines: list[str], i: int) -> bool:
    """Whether the attribution at line ``i`` opens a ``>`` quote with the writer's own text below it."""
    n = len(lines)
    j = i + 1
    while j < n and not lines[j].strip():
        j += 1
    if j >= n or not lines[j].lstrip().startswith(">"):
        return False
    while j < n and (not lines[j].strip() or lines[j].lstrip().startswith(">")):
        j += 1
    rest = [ln.strip() for ln in lines[j:] if ln.strip()]
    return bool(rest) and rest[0] not in ("--", "-- ", "—")
