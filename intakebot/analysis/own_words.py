"""The writer's own words in a message, for a person to read in the "needs a person" queue.

What remains of the body once quotes and the signature are gone (done before
this) and the "Label: value" lines the readers take as fields are dropped, so
"RE: [CUG-2026-0004] ... when will I get my CENcomm login?" keeps the question
and a follow-up that only carries "Phone: +254 ..." keeps nothing.
:func:`is_substantive` tells a question or a paragraph from a courtesy note
("Thank you, best regards"), which needs no one.
"""

from __future__ import annotations

import re

#: "Label: value" (a short label, then something): a field line, not prose.
_LABEL_LINE = re.compile(r"^\s*[^\s:：][^:：]{0,38}[:：]\s*\S")
#: Greetings and closings carry no request (en, fr, es).
_COURTESY = re.compile(
    r"^\s*(dear|hello|hi|good (morning|afternoon)|thanks?|thank you|many thanks|best|kind|warm|"
    r"regards|sincerely|cordially|yours|bonjour|madame|monsieur|cher|chère|merci|cordialement|"
    r"bien à vous|salutations|estimad[oa]s?|hola|buen[oa]s|gracias|saludos|atentamente|cordiales)\b",
    re.IGNORECASE,
)
#: Enough words of prose that a person should read them.
SUBSTANTIVE_WORDS = 12
MAX_CHARS = 2000


def own_words(text: str) -> str:
    """The prose of ``text`` (quotes and signature already stripped), label lines dropped."""
    kept = [ln.strip() for ln in text[: MAX_CHARS * 4].splitlines() if ln.strip() and not _LABEL_LINE.match(ln)]
    return " ".join(" ".join(kept).split())[:MAX_CHARS]


def is_substantive(words: str) -> bool:
    """A question, or a paragraph beyond greetings and thanks: a person should read it."""
    if "?" in words or "¿" in words:
        return True
    sentences = [s for s in re.split(r"(?<=[.!;,])\s+", words) if s and not _COURTESY.match(s)]
    return sum(len(s.split()) for s in sentences) >= SUBSTANTIVE_WORDS
