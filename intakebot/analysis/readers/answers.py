"""Reader for answers numbered after the notification's seven headings, with no labels.

Our notification lists what to send in a fixed order (Country, Name, Surname,
Organization, Position/Role, Contact number, Official email address), and some
officials answer by number::

    1. Liberia
    2. Musu
    ...
    6. +231 77 654 3210
    7. mkollie@fda.gov.lr

Seven numbered lines 1 to 7 in a row are read in that order, but only when the
sixth is a telephone and the seventh an address: a numbered list of anything
else is not an answer to our headings.
"""

from __future__ import annotations

import re

from intakebot.analysis import typed
from intakebot.analysis.readers.common import finalise
from intakebot.records import FIELDS, Draft

_NUMBERED_RE = re.compile(r"^\s*(?P<n>[1-7])\s*[.)]\s+(?P<value>\S.*?)\s*$")


def read_numbered_answers(text: str, origin: str, language: str) -> list[Draft]:
    """One draft per run of seven numbered answers (see the module's description)."""
    drafts: list[Draft] = []
    run: list[str] = []
    for line in text.split("\n"):
        m = _NUMBERED_RE.match(line)
        if m is None or int(m.group("n")) != len(run) + 1:
            run = [m.group("value")] if m is not None and m.group("n") == "1" else []
            continue
        run.append(m.group("value"))
        if len(run) == len(FIELDS):
            if (typed.is_phone(run[5]) or typed.phone_shaped(run[5])) and typed.is_email(run[6]):
                fields = finalise(dict(zip(FIELDS, run, strict=True)), language=language)
                drafts.append(Draft(fields=fields, origin=origin))
            run = []
    return drafts
