"""Reason codes reach the official in the request's language, typeset like every French sentence.

The reviewer picks a code (REJECT ... Reason: not_official); the notice carries the
code's text from templates/review/reasons.toml in the request's language. The French
texts there are typed with ordinary apostrophes, like the strings files: they get the
same typography when loaded, and the Secretariat's note its "Note du Secrétariat :".
"""

from __future__ import annotations

from pathlib import Path

from intakebot.config import from_dict
from intakebot.decisions.reasons import LANGUAGES, NOTE_LABEL
from intakebot.mail import reasons
from intakebot.mail.strings import NBSP


def _reasons(tmp_path: Path) -> reasons.Reasons:
    cfg = from_dict({"storage": {"path": str(tmp_path / "s.db")}}, base_dir=tmp_path, environ={})
    return reasons.load(cfg)


def test_every_reason_code_has_a_text_in_each_language(tmp_path: Path) -> None:
    r = _reasons(tmp_path)
    assert "not_official" in r.codes
    for code in [*r.codes, NOTE_LABEL]:
        assert set(r.texts[code]) == set(LANGUAGES), code
        assert len({r.texts[code][lang] for lang in LANGUAGES}) == 3, code  # translated, not copied


def test_a_french_reason_is_typeset_and_its_note_labelled_in_french(tmp_path: Path) -> None:
    r = _reasons(tmp_path)
    fr = r.text("unverified", "fr", "Please ask your CITES office.")
    assert fr.startswith("Le Secrétariat n’a pas pu vérifier la proposition auprès de l’organe de gestion")
    assert "'" not in fr.split("\n\n")[0]
    assert fr.endswith(f"\n\nNote du Secrétariat{NBSP}: Please ask your CITES office.")  # the note as typed
    es = r.text("unverified", "es", "Don't wait.")
    assert es.startswith("La Secretaría no pudo verificar") and es.endswith("\n\nNota de la Secretaría: Don't wait.")
    assert r.text("unverified", "en").startswith("The Secretariat could not verify")
