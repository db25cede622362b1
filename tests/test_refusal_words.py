"""A refused review command is explained in the reviewers' language, its English kept for logs.

Why: the refusal notice to the reviewers is in [secretariat] language, but each
refused command's reason was the English text the check returned ("the token has
expired", "correct: phone: Not a valid telephone number"). Each reason is now a
:class:`~intakebot.decisions.why.Why`: still that English text (logged, stored with
the review_failed item, compared), with a code whose sentence is in section
``[review_refusals]`` of the strings files in the three languages.
"""

from __future__ import annotations

import ast
from datetime import UTC, datetime
from pathlib import Path

from intakebot.config import default_templates_dir
from intakebot.decisions import mail_review, tokens
from intakebot.decisions.commands import Command
from intakebot.decisions.reasons import Reasons
from intakebot.decisions.why import Why
from intakebot.mail.review_mail import refusal_line, refusal_text
from intakebot.mail.strings import LANGUAGES, NBSP, load_file, strings_for
from tests.support.records import make_record, store_with

PACKAGE = Path(__file__).resolve().parent.parent / "intakebot"
PACKAGED = default_templates_dir()
NOW = datetime(2026, 3, 30, 6, 0, tzinfo=UTC)
KEY = b"0123456789abcdef0123456789abcdef"


def _why_codes() -> set[str]:
    """Every code passed to ``Why(text, code, ...)`` in the package (a conditional code: both)."""
    codes: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Why" \
                    and len(node.args) >= 2:
                arg = node.args[1]
                options = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
                codes |= {o.value for o in options if isinstance(o, ast.Constant) and isinstance(o.value, str)}
    return codes


def test_every_refusal_code_has_a_sentence_in_each_language() -> None:
    codes = _why_codes()
    assert {"expired", "stale", "not_reviewer", "unauthenticated_no_servers", "invalid_correction"} <= codes
    for lang in LANGUAGES:
        table = load_file(PACKAGED / "strings" / f"{lang}.toml")
        assert sorted(c for c in codes if f"review_refusals.{c}" not in table) == [], lang


def test_a_refusal_keeps_its_english_text_for_logs_and_checks() -> None:
    token = tokens.issue(KEY, "CUG-2026-0002", "APPROVE", 1, now=datetime(2026, 3, 1, tzinfo=UTC), days=14)
    why = tokens.check(KEY, token, "CUG-2026-0002", "APPROVE", 1, now=NOW)
    assert why == tokens.EXPIRED and tokens.genuine(why) and isinstance(why, Why)
    stale = tokens.check(KEY, tokens.issue(KEY, "CUG-2026-0002", "APPROVE", 1, now=NOW, days=14),
                         "CUG-2026-0002", "APPROVE", 2, now=NOW)
    assert stale.startswith(tokens.STALE) and tokens.genuine(stale)
    fr = strings_for((PACKAGED,), "fr")
    assert refusal_text(stale, fr) == ("le jeton correspond à une version antérieure de CUG-2026-0002 "
                                       "(la demande a changé depuis l’envoi du message)")
    assert refusal_line("APPROVE CUG-2026-0002", why, fr) == f"APPROVE CUG-2026-0002{NBSP}: le jeton a expiré"
    assert refusal_text("a reason only the CLI gives", fr) == "a reason only the CLI gives"  # no code: as it is


def test_a_refused_correction_is_worded_in_french_with_the_value_quoted(tmp_path: Path) -> None:
    rec = make_record("CUG-2026-0003", status="incomplete", language="fr", received=NOW, missing=("phone",))
    view = store_with(tmp_path / "s.db", rec).read()
    cmd = Command("CORRECT", rec.reference, fields=(("phone", "12"),))
    refused = mail_review.perform(cmd, view, NOW, actor="r@cites.org", evidence="", reasons=Reasons({}))
    assert isinstance(refused, mail_review.Refused)
    assert refused.why == "correct: phone: Not a valid telephone number"  # what the log and the CLI show
    assert refusal_text(refused.why, strings_for((PACKAGED,), "fr")) == (
        f"la correction n’a pas été faite{NBSP}: Numéro de téléphone{NBSP}: «{NBSP}12{NBSP}» n’est pas un numéro "
        "de téléphone valide.")
    assert refusal_text(refused.why, strings_for((PACKAGED,), "es")) == (
        "la corrección no se ha hecho: Teléfono de contacto: «12» no es un número de teléfono válido.")


def test_a_request_in_the_wrong_status_is_named_by_its_status_in_words(tmp_path: Path) -> None:
    rec = make_record("CUG-2026-0004", status="approved", received=NOW)
    view = store_with(tmp_path / "s.db", rec).read()
    refused = mail_review.perform(Command("APPROVE", rec.reference), view, NOW, actor="r@cites.org", evidence="",
                                  reasons=Reasons({}))
    assert isinstance(refused, mail_review.Refused)
    assert refusal_text(refused.why, strings_for((PACKAGED,), "es")) == (
        "la solicitud CUG-2026-0004 está en estado «aprobada»; solo una solicitud pendiente de revisión puede "
        "aprobarse o rechazarse")
