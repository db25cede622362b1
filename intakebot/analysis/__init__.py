"""Raw message bytes -> :class:`~intakebot.records.Analysis` (pure, no I/O).

Stages (:mod:`.pipeline`): :mod:`.mime` decodes within the caps; bodies are
cut to what the sender wrote (quotes and signatures dropped); every body and
attachment is rendered to text or a grid (:mod:`.attachments`) and read by the
layout readers in :mod:`.readers` (:mod:`.reading`); :mod:`.merge` joins the
drafts per official; :mod:`.classify` decides the kind; :mod:`.validation`
checks each official. Anything past a cap raises :class:`Unprocessable`,
which the caller quarantines. :mod:`.isolation` decides beforehand which
messages a worker must parse (:mod:`.sandbox`).
"""

from __future__ import annotations

from intakebot.analysis.isolation import RISKY_KINDS, needs_isolation, ocr_seconds
from intakebot.analysis.pipeline import analyse
from intakebot.analysis.reading import SENTENCE_ORIGIN
from intakebot.analysis.references import find_references
from intakebot.analysis.unprocessable import Unprocessable

__all__ = [
    "RISKY_KINDS", "SENTENCE_ORIGIN", "Unprocessable", "analyse", "find_references",
    "needs_isolation", "ocr_seconds",
]  # fmt: skip
