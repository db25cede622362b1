"""One layout, words per language: snapshots, strings parity, typography, echo, overrides.

The snapshot files in tests/snapshots/ were read and approved by a person;
``INTAKEBOT_UPDATE_SNAPSHOTS=1 pytest tests/test_reply_layout.py`` rewrites
them after an intended change (then read the diff before committing).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intakebot.clock import FixedClock
from intakebot.config import Config, default_templates_dir, from_dict
from intakebot.mail.digest import build_digest
from intakebot.mail.letter import echo_values
from intakebot.mail.outbox import compose
from intakebot.mail.render import WRAP_COLUMNS
from intakebot.mail.replies import TEMPLATES, render_plan
from intakebot.mail.strings import ENGLISH_ONLY, LANGUAGES, NBSP, load_file, strings_for
from intakebot.run.app import App
from intakebot.store import Store
from tests.support.mail import bodies, parse, seed
from tests.support.records import make_record, store_with
from tests.support.replies import scenario
from tests.support.snapshots import check_snapshot

NOW = datetime(2026, 3, 30, 6, 0, tzinfo=UTC)
PACKAGED = default_templates_dir()


@pytest.fixture
def cfg(tmp_path: Path) -> Config:
    return from_dict(
        {"secretariat": {"digest_to": ["cug-review@cites.org"], "review_days": 10}},
        base_dir=tmp_path,
        environ={},
    )


def _digest_store(path: Path) -> Store:
    store = store_with(
        path,
        make_record("CUG-2026-0001", received=datetime(2026, 3, 20, 8, tzinfo=UTC)),
        make_record(
            "CUG-2026-0002", language="fr", received=datetime(2026, 3, 29, 8, tzinfo=UTC),
            sender="x@gmail.com", category="igo", access="restricted", flags=("auth_failed",),
        ),
        make_record(
            "CUG-2026-0003", status="incomplete", language="es",
            received=datetime(2026, 3, 25, 8, tzinfo=UTC), missing=("phone", "position"),
        ),
    )
    with store.transaction() as tx:
        tx.set_state("digest_last_sent_at", "2026-03-29T06:00:00+00:00")
    return store


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", TEMPLATES)
def test_every_reply_kind_matches_its_approved_snapshot(cfg: Config, kind: str, language: str) -> None:
    r = render_plan(scenario(kind, language), cfg)
    check_snapshot(f"{kind}.{language}.txt", r.subject, r.text, r.html)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", TEMPLATES)
def test_a_preview_renders_the_same_subject_and_text_without_the_html_part(cfg: Config, kind: str,
                                                                         language: str) -> None:
    full, preview = (render_plan(scenario(kind, language), cfg, with_html=h) for h in (True, False))
    assert (preview.subject, preview.text, preview.html) == (full.subject, full.text, "")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_digest_matches_its_approved_snapshot(tmp_path: Path, language: str) -> None:
    cfg = from_dict(
        {"secretariat": {"digest_to": ["cug-review@cites.org"], "language": language}},
        base_dir=tmp_path, environ={},
    )
    d = build_digest(_digest_store(tmp_path / "s.db").read(), cfg, NOW)
    check_snapshot(f"digest.{language}.txt", d.subject, d.text, d.html)


def test_the_three_languages_have_the_same_keys_and_placeholders() -> None:
    tables = {lang: load_file(PACKAGED / "strings" / f"{lang}.toml") for lang in LANGUAGES}
    en = {k: v for k, v in tables["en"].items() if k.split(".")[0] not in ENGLISH_ONLY}
    tables["en"] = en
    for lang, table in tables.items():
        assert set(table) == set(en), (lang, set(table) ^ set(en))
    fields = re.compile(r"\{(\w*)\}")
    for key, text in en.items():
        for lang in ("fr", "es"):
            # A translation may leave a value out ("Madame," needs no surname), never add one.
            assert set(fields.findall(tables[lang][key])) <= set(fields.findall(text)), (lang, key)


def test_a_key_missing_in_a_language_falls_back_to_english(tmp_path: Path) -> None:
    (tmp_path / "strings").mkdir()
    (tmp_path / "strings" / "en.toml").write_text('[letter]\nregards = "Yours sincerely,"\n')
    (tmp_path / "strings" / "fr.toml").write_text('[letter]\nregards = "Bien à vous,"\n')
    s = strings_for((PACKAGED, tmp_path), "es")
    assert s("letter.regards") == "Atentamente,"  # the packaged Spanish key wins over English
    only_en = strings_for((tmp_path,), "es")
    assert only_en("letter.regards") == "Yours sincerely,"  # no Spanish at all: English
    assert strings_for((PACKAGED, tmp_path), "fr")("letter.regards") == "Bien à vous,"


def test_french_typography_is_applied_to_every_sentence() -> None:
    s = strings_for((PACKAGED,), "fr")
    for key in s.key_set():
        text = s.raw(key)
        assert "'" not in text, key
        assert not re.search(r"[ \t][:;?!»]", text), key
        assert not re.search(r"«[ \t]", text), key
        assert not re.search(r"[^\s\d" + NBSP + r"(]:(?!\d)", text), key  # "Label:" lacks the space


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", TEMPLATES)
def test_text_parts_are_wrapped_and_say_which_language(cfg: Config, kind: str, language: str) -> None:
    msg = parse(compose(scenario(kind, language), cfg, NOW).message)
    text, _ = bodies(msg)
    assert msg["Content-Language"] == language
    too_long = [ln for ln in text.splitlines() if len(ln) > WRAP_COLUMNS and " " in ln.strip()]
    assert too_long == []
    assert "attach a completed form" not in text and "joindre un formulaire" not in text


def test_subjects_use_the_same_dash_in_every_language(cfg: Config) -> None:
    for kind in TEMPLATES:
        subjects = [render_plan(scenario(kind, lang), cfg).subject for lang in LANGUAGES]
        assert all(" – " in s and " - " not in s for s in subjects), subjects


def test_salutation_uses_the_title_when_the_reply_goes_to_the_official(cfg: Config) -> None:
    plan = scenario("acknowledgement", "en")
    assert render_plan(plan, cfg).text.startswith("Dear Ms Wanjiru,\n")
    assert render_plan(scenario("acknowledgement", "fr"), cfg).text.startswith("Madame,\n")
    assert render_plan(scenario("acknowledgement", "es"), cfg).text.startswith("Estimada Sra. Wanjiru:\n")
    assert plan.entries[0].nominee is not None
    plan.entries[0].nominee.title = None  # no title known: the name, never a guessed gender
    assert render_plan(plan, cfg).text.startswith("Dear Grace Wanjiru,\n")
    plan.to = "someone.else@kws.go.ke"
    assert render_plan(plan, cfg).text.startswith("Dear Sir or Madam,\n")
    plan.language = "es"
    assert render_plan(plan, cfg).text.startswith("Estimada señora, estimado señor:\n")


def test_signature_and_review_time_come_from_the_configuration(tmp_path: Path) -> None:
    cfg = from_dict(
        {"secretariat": {"review_days": 3, "signature": ["Enforcement Support", "CITES Secretariat", "Geneva"]}},
        base_dir=tmp_path, environ={},
    )
    text = render_plan(scenario("acknowledgement", "en"), cfg).text
    assert "within 3 working days" in " ".join(text.split())
    assert text.endswith("Kind regards,\nEnforcement Support\nCITES Secretariat\nGeneva\n")


def test_an_override_directory_falls_back_file_by_file(tmp_path: Path) -> None:
    (tmp_path / "approval.txt.j2").write_text("{{ salutation }}\nCustom approval {{ refs }}.\n")
    cfg = from_dict({"templates_dir": str(tmp_path)}, base_dir=tmp_path, environ={})
    approval = render_plan(scenario("approval", "en"), cfg)
    assert approval.text == "Dear Ms Wanjiru,\nCustom approval reference CUG-2026-0007.\n"
    assert "Your request has been approved" in approval.html  # the packaged HTML layout
    ack = render_plan(scenario("acknowledgement", "en"), cfg)
    assert "We received your request" in ack.text  # another kind: all packaged


def test_an_invalid_value_is_quoted_with_the_reason(cfg: Config) -> None:
    text = render_plan(scenario("missing_info", "en"), cfg).text
    flat = re.sub(r"\n +", " ", text)
    assert "Contact number: “01 611 60” – we could not read this as a telephone number." in flat
    assert "Official email address: (not given)" in flat
    assert "Surname: Torres de la Cruz" in flat and "Name (given name): Ana Lucía" in flat


def _echo_blocks(text: str) -> dict[str, str]:
    """Reference -> its block of the text part, continuation lines joined."""
    flat = re.sub(r"\n {4,}", " ", text)
    blocks: dict[str, str] = {}
    for m in re.finditer(r"^(CUG-\d{4}-\d{4}) – .*?(?=\n\n)", flat, re.M | re.S):
        blocks[m.group(1)] = m.group(0)
    return blocks


def test_a_replys_echo_equals_the_stored_record(local_config: Config, clock: FixedClock) -> None:
    seed(local_config.maildir.inbox)
    App(local_config, clock).poll_once()
    view = Store(local_config.storage.path).read()
    outbox = sorted((local_config.maildir.outbox / "new").iterdir())
    checked = 0
    for path in outbox:
        msg = parse(path.read_text(encoding="utf-8"))
        text, _ = bodies(msg)
        lang = str(msg["Content-Language"])
        s = strings_for((PACKAGED,), lang)
        for ref, block in _echo_blocks(text).items():
            record = view.request(ref)
            assert record is not None
            n = record.nominee
            errors = {p.field: p for p in n.errors}
            for key, value in echo_values(n).items():
                if not value:
                    shown = s("letter.value_missing")
                elif key in errors:
                    reason = s(f"problems.{errors[key].code}", label=s.label(key))
                    shown = s("letter.value_invalid", value=value, reason=reason)
                else:
                    shown = value
                assert "  " + s("letter.field_line", label=s.label(key), value=shown) in block.split("\n"), (ref, key)
            checked += 1
    assert checked >= 5  # every official of the example requests


@pytest.mark.parametrize(
    ("language", "written", "salutation"),
    [
        ("en", "Name: Ms Grace Wanjiru", "Dear Ms Wanjiru,"),
        ("fr", "Nom : Mme Amélie DUBOIS", "Madame,"),
        ("es", "Nombre: Sra. Ana Gómez", "Estimada Sra. Gómez:"),
    ],
)
def test_the_title_written_in_the_request_reaches_the_salutation(
    local_config: Config, clock: FixedClock, language: str, written: str, salutation: str
) -> None:
    from tests.support.mail import message

    labels = strings_for((PACKAGED,), language)
    lines = [
        written,
        f"{labels.label('country')}: Kenya",
        f"{labels.label('organization')}: Kenya Wildlife Service",
        f"{labels.label('position')}: Senior Warden",
        f"{labels.label('phone')}: +254 20 600 0800",
        f"{labels.label('email')}: official@kws.go.ke",
    ]
    subject = {"en": "Request to join the cheetah CUG", "fr": "Demande d'accès au groupe fermé guépard",
               "es": "Solicitud de acceso al grupo cerrado guepardo"}[language]
    body = {"en": "Please register this official for the cheetah closed user group.",
            "fr": "Merci d'inscrire cette personne au groupe d'utilisateurs fermé sur le guépard.",
            "es": "Les rogamos que inscriban a esta persona en el grupo cerrado de usuarios sobre el guepardo."}[language]
    mail = message(body + "\n\n" + "\n".join(lines), sender="official@kws.go.ke", subject=subject)
    (local_config.maildir.inbox / "new").mkdir(parents=True, exist_ok=True)
    for sub in ("cur", "tmp"):
        (local_config.maildir.inbox / sub).mkdir(exist_ok=True)
    (local_config.maildir.inbox / "new" / "1700000000.title.host").write_bytes(bytes(mail))
    App(local_config, clock).poll_once()
    (path,) = (local_config.maildir.outbox / "new").iterdir()
    text, _ = bodies(parse(path.read_text(encoding="utf-8")))
    assert text.startswith(salutation + "\n"), text[:200]
    (record,) = Store(local_config.storage.path).read().requests()
    assert record.nominee.title and record.nominee.name and "." not in record.nominee.name
