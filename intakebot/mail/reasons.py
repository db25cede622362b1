"""Reason codes: the small editable set of reasons a request is rejected or revoked for.

Why codes rather than typed text: a reviewer in Geneva types in English, and
that text must not land inside a French letter. The code's text comes in the
request's language from ``templates/review/reasons.toml`` (``[review]
reason_codes`` to use another file); free text the reviewer adds is kept, as
typed, under "Note from the Secretariat" in the letter's language. French
texts are typeset like the strings files (:func:`~intakebot.mail.strings.french_typography`),
so the Secretariat types ordinary apostrophes here too.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from intakebot.config import Config
from intakebot.decisions.reasons import LANGUAGES, ReasonError, Reasons
from intakebot.mail.strings import french_typography

__all__ = ["ReasonError", "Reasons", "load"]


#: path -> (the file's (mtime_ns, size) when read, its reason codes).
_loaded: dict[Path, tuple[tuple[int, int], Reasons]] = {}


def load(cfg: Config) -> Reasons:
    """The configured reason codes; a ReasonError naming the file when it is unusable.

    Read again only when the file changed (its modification time or size): every review
    mail names the codes, and parsing the TOML for each was a twentieth of composing one.
    An edit by the Secretariat still counts from the next mail on.
    """
    path = Path(cfg.review.reason_codes)
    try:
        st = path.stat()
    except OSError as e:
        raise ReasonError(f"cannot read the reason codes {path}: {e.strerror}") from None
    stamp = (st.st_mtime_ns, st.st_size)
    known = _loaded.get(path)
    if known is not None and known[0] == stamp:
        return known[1]
    reasons = _parse(path)
    _loaded[path] = (stamp, reasons)
    return reasons


def _parse(path: Path) -> Reasons:
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise ReasonError(f"cannot read the reason codes {path}: {e.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ReasonError(f"{path}: not valid TOML: {e}") from None
    texts: dict[str, dict[str, str]] = {}
    for code, table in doc.items():
        if not isinstance(table, dict) or not isinstance(table.get("en"), str):
            raise ReasonError(f"{path}: [{code}] needs at least an en = \"...\" text")
        texts[code.lower()] = {k: _typeset(k, str(v).strip()) for k, v in table.items() if k in LANGUAGES}
    return Reasons(texts)


def _typeset(language: str, text: str) -> str:
    """French texts get the strings files' typography (no-break spaces, typographic apostrophes)."""
    return french_typography(text) if language == "fr" else text
