"""Raw message bytes -> :class:`~intakebot.records.Analysis` (pure, no I/O).

Stages (:mod:`.pipeline`): :mod:`.mime` decodes within the caps; bodies are
cut to what the sender wrote (quotes and signatures dropped); every body and
attachment is rendered to text or a grid (:mod:`.attachments`) and read by the
layout readers in :mod:`.readers` (:mod:`.reading`); :mod:`.merge` joins the
drafts per official; :mod:`.classify` decides the kind; :mod:`.validation`
checks each official. Anything past a cap raises :class:`Unprocessable`,
which the caller quarantines. :mod:`.isolation` decides beforehand which
messages a worker must parse (:mod:`.sandbox`).

Why the names below are loaded on first use (PEP 562): importing any module
of this package runs this file first, and the pipeline pulls in every reader
(~60 ms). ``intakebot status`` needs only :mod:`.authresults`, the review
verbs only :mod:`.validation`; ``from intakebot.analysis import analyse``
works as before and loads the pipeline then.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from intakebot.analysis.isolation import RISKY_KINDS, needs_isolation, ocr_seconds
    from intakebot.analysis.pipeline import analyse
    from intakebot.analysis.reading import SENTENCE_ORIGIN
    from intakebot.analysis.references import find_references
    from intakebot.analysis.unprocessable import Unprocessable

#: Each name this package exports, and the module that defines it.
_LAZY_EXPORTS = {
    "RISKY_KINDS": "intakebot.analysis.isolation",
    "needs_isolation": "intakebot.analysis.isolation",
    "ocr_seconds": "intakebot.analysis.isolation",
    "analyse": "intakebot.analysis.pipeline",
    "SENTENCE_ORIGIN": "intakebot.analysis.reading",
    "find_references": "intakebot.analysis.references",
    "Unprocessable": "intakebot.analysis.unprocessable",
}

__all__ = [
    "RISKY_KINDS", "SENTENCE_ORIGIN", "Unprocessable", "analyse", "find_references",
    "needs_isolation", "ocr_seconds",
]  # fmt: skip


def __getattr__(name: str) -> Any:
    module = _LAZY_EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once loaded, an ordinary attribute
    return value
