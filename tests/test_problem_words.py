"""Validation problems are read in people's words: a sentence per code, the value as given quoted.

Why: ``Problem.message`` is the validator's English sentence; it reached French
and Spanish review mails as it was ("Not a valid telephone number"). Each code
now has a sentence in the strings files for the reviewers (``[review_problems]``)
and one for the officials (``[problems]``), in the three languages, and the
stored English message stays as the fallback of a record stored before codes
had sentences (or params).
"""

from __future__ import annotations

import ast
from pathlib import Path

from intakebot.analysis import scans
from intakebot.analysis.validation import validate
from intakebot.config import default_templates_dir
from intakebot.mail.letter import entry_context
from intakebot.mail.problems import describe
from intakebot.mail.strings import LANGUAGES, NBSP, load_file, strings_for
from intakebot.records import Nominee, Problem, ReplyEntry

PACKAGE = Path(__file__).resolve().parent.parent / "intakebot"
PACKAGED = default_templates_dir()
#: Codes no module builds any more but records stored by older versions (and test records) carry.
STORED_ONLY = {"missing"}


def _built_codes() -> set[str]:
    """Every code passed to ``Problem(...)`` or ``Problem.of(...)`` in the package."""
    codes: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            f = node.func
            named = (isinstance(f, ast.Name) and f.id == "Problem") or (
                isinstance(f, ast.Attribute) and f.attr == "of" and isinstance(f.value, ast.Name)
                and f.value.id == "Problem")
            if named and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str):
                codes.add(node.args[1].value)
    return codes


def _fields() -> dict[str, str]:
    return {"country": "Senegal", "name": "Awa", "surname": "Diop", "organization": "Direction des Douanes",
            "position": "Inspectrice", "phone": "33 82", "email": "awa.diop@douanes.sn"}


def test_every_problem_code_has_a_sentence_in_each_language() -> None:
    codes = _built_codes()
    assert {"invalid_phone", "invalid_email", "not_a_party", "ocr_digit_doubt"} <= codes  # the scan finds them
    for lang in LANGUAGES:
        table = load_file(PACKAGED / "strings" / f"{lang}.toml")  # the file itself: no English underneath
        for section in ("review_problems", "problems"):
            lacking = sorted(c for c in codes | STORED_ONLY if f"{section}.{c}" not in table)
            assert lacking == [], (lang, section, lacking)


def test_a_problem_quotes_the_value_as_given_in_the_readers_language() -> None:
    n = validate(_fields(), sender="awa.diop@douanes.sn")
    [p] = n.problems
    assert (p.code, p.values) == ("invalid_phone", {"value": "33 82"})
    assert describe(p, n, strings_for((PACKAGED,), "en")) == "“33 82” is not a valid telephone number."
    assert describe(p, n, strings_for((PACKAGED,), "fr")) == (
        f"«{NBSP}33 82{NBSP}» n’est pas un numéro de téléphone valide.")
    assert describe(p, n, strings_for((PACKAGED,), "es")) == "«33 82» no es un número de teléfono válido."


def test_fields_read_from_a_scan_are_named_in_the_readers_words() -> None:
    fields = _fields() | {"phone": "+221 33 8S9 12 34"}
    n = scans.flag_ocr(validate(fields, sender="awa.diop@douanes.sn",
                                provenance=dict.fromkeys(("phone", "email"), "ocr:attachment:scan.png")),
                       fields["phone"])
    words = {p.code: describe(p, n, strings_for((PACKAGED,), "fr")) for p in n.problems}
    assert words["ocr_scan"] == ("Lu sur une pièce jointe numérisée\u00a0: vérifiez le numéro de téléphone et "
                                 "l’adresse électronique officielle sur la pièce jointe.")
    assert "«\u00a0+221 33 8S9 12 34\u00a0», peut-être «\u00a0+221 33 859 12 34\u00a0»" in words["ocr_digit_doubt"]


def test_a_problem_stored_by_an_older_version_still_reads() -> None:
    stored = {"phone": "33 82", "problems": [
        {"field": "phone", "code": "invalid_phone", "message": "Not a valid telephone number", "severity": "error"},
        {"field": "email", "code": "sender_differs", "message": "Differs from the sender's address",
         "severity": "info"},
        {"field": "email", "message": "Something only the old version knew"},
    ]}
    n = Nominee.from_json(stored)
    fr = strings_for((PACKAGED,), "fr")
    old_phone, old_sender, no_code = n.problems
    assert old_phone.values == {} and no_code.code == ""
    # The value falls back to the stored one (an invalid value is stored as given) ...
    assert describe(old_phone, n, fr) == f"«{NBSP}33 82{NBSP}» n’est pas un numéro de téléphone valide."
    # ... and a sentence needing what the record does not hold, or no code at all, to the stored message.
    assert describe(old_sender, n, fr) == "Differs from the sender's address"
    assert describe(no_code, n, fr) == "Something only the old version knew"


def test_params_survive_the_store_and_the_english_message_is_kept() -> None:
    n = validate(_fields() | {"email": "awa@gmail.com"}, sender="awa.diop@douanes.sn")
    again = Nominee.from_json(n.to_json())
    assert again.problems == n.problems
    stored = {p["code"]: p for p in n.to_json()["problems"]}
    assert stored["invalid_phone"]["message"] == "Not a valid telephone number"
    assert stored["sender_differs"]["params"] == {"sender": "awa.diop@douanes.sn", "value": "awa@gmail.com"}
    assert "params" not in Problem("phone", "missing", "phone is missing").to_json()


def test_a_french_notice_quotes_a_doubtful_scanned_number_in_french() -> None:
    fields = _fields() | {"phone": "+221 33 8S9 12 34"}
    n = scans.flag_ocr(validate(fields, sender="awa.diop@douanes.sn",
                                provenance={"phone": "ocr:attachment:scan.png"}), fields["phone"])
    entry = ReplyEntry(reference="CUG-2026-0001", name="Awa Diop", status="incomplete", missing=[],
                       problems=[p for p in n.problems if p.severity in ("error", "warning")], nominee=n)
    ctx = entry_context(entry, strings_for((PACKAGED,), "fr"))
    [phone] = [r for r in ctx["echo"] if r["field"] == "phone"]
    assert phone["state"] == "invalid" and phone["value"] == "+221 33 8S9 12 34"
    assert phone["reason"].startswith("nous avons lu ce numéro sur un document numérisé")
    assert [note["label"] for note in ctx["notes"]] == ["Document numérisé"]
    assert "Read from a scan" not in str(ctx)
