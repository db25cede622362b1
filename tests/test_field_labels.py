"""Field labels live in the strings files only: every user reads them from there.

Why a test: the labels once lived in ten places and drifted ("Organisation" in the
digest, "Organization" in replies, "Official Email address" in one table and
"Official email address" in another). Now ``[labels]`` of ``templates/strings/<lang>.toml``
serves replies, the form, the digest, the review mails and the CLI, and ``[export]`` of
``en.toml`` the columns of the WCO list; no Python module spells a label itself.
"""

from __future__ import annotations

import ast
from pathlib import Path

from intakebot.config import default_templates_dir
from intakebot.decisions.commands import FIELD_NAMES
from intakebot.mail.strings import (
    ENGLISH_ONLY,
    LANGUAGES,
    export_header,
    field_labels,
    load_file,
    strings_for,
)
from intakebot.records import FIELDS

PACKAGE = Path(__file__).resolve().parent.parent / "intakebot"
PACKAGED = default_templates_dir()


def _label_texts() -> set[str]:
    """Every language's label of the seven fields, and the WCO list's column for each."""
    wanted = {f"{section}.{field}" for section in ("labels", "export") for field in FIELDS}
    texts: set[str] = set()
    for lang in LANGUAGES:
        texts |= {text for key, text in load_file(PACKAGED / "strings" / f"{lang}.toml").items() if key in wanted}
    return texts


def label_literals(source: str, labels: set[str]) -> list[tuple[int, str]]:
    """String constants of a module that are a field label (or "Label:"), with their line."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value.strip().rstrip(":").strip()
            if text in labels:
                found.append((node.lineno, text))
    return found


def test_no_module_spells_a_field_label_of_its_own() -> None:
    labels = _label_texts()
    assert {"Contact number", "Official Email address", "Nom", "Teléfono de contacto"} <= labels
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {text!r}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for line, text in label_literals(path.read_text(encoding="utf-8"), labels)
    ]
    assert found == [], "field labels belong in templates/strings/<lang>.toml:\n" + "\n".join(found)


def test_the_label_check_finds_a_label_spelt_in_code() -> None:
    labels = _label_texts()
    source = 'FIELD_LABELS = {"phone": "Contact number", "email": "Official Email address"}\nx = "Pays :"\n'
    assert sorted(label_literals(source, labels)) == [(1, "Contact number"), (1, "Official Email address"), (2, "Pays")]
    assert label_literals('"""Contact number: +41 22 917 81 39, as written."""', labels) == []


def test_every_language_has_every_fields_label_and_english_fills_the_export_columns() -> None:
    for lang in LANGUAGES:
        labels = field_labels(strings_for((PACKAGED,), lang))
        assert list(labels) == list(FIELDS)
        assert all(text and text != key for key, text in labels.items()), lang
    english = strings_for((PACKAGED,), "en")
    assert export_header(english) == export_header(strings_for((PACKAGED,), "fr"))  # English-only section
    for lang in ("fr", "es"):
        table = load_file(PACKAGED / "strings" / f"{lang}.toml")
        assert not [k for k in table if k.split(".")[0] in ENGLISH_ONLY], lang


def test_a_correction_line_named_by_an_export_column_is_read_back() -> None:
    """The CORRECT link's lines are named by the WCO columns: the command reader must know each one."""
    columns = export_header(strings_for((PACKAGED,), "en"))
    assert [FIELD_NAMES.get(c.lower()) for c in columns[: len(FIELDS)]] == list(FIELDS)
