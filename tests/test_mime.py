"""The mail the bot sends is written directly, byte for byte as the generator wrote it.

``mail.mime.mail_text`` writes the MIME text from the rendered parts instead of building an
``email.mime`` message and flattening it (docs/performance.md). The generator's bytes stay
the reference (tests/support/generator.py): every message kind of the approved snapshots in
every language, the review mails, the notes and the digest, and a few thousand random
messages -- non-ASCII names and values in the three languages, values long enough to fold,
lines starting with "From " or ".", ``=_`` and boundary lines in the bodies, CR, LF and CRLF,
empty parts, attached files -- come out the same, and what failed before fails the same way.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.header import Header
from email.policy import Compat32
from pathlib import Path
from typing import Any

import pytest

from intakebot.config import Config, from_dict
from intakebot.mail import review_mail
from intakebot.mail.digest import build_digest, digest_item
from intakebot.mail.message import one_line
from intakebot.mail.mime import _subject, mail_text
from intakebot.mail.outbox import compose
from intakebot.mail.replies import TEMPLATES
from intakebot.mail.strings import LANGUAGES
from intakebot.records import Attachment
from tests.support.generator import generator_text, held_to_the_generator
from tests.support.records import make_record, store_with
from tests.support.replies import scenario

NOW = datetime(2026, 3, 30, 6, 0, tzinfo=UTC)
KEY = b"0123456789abcdef0123456789abcdef"
CODES = ["not_official", "not_party", "other"]
COMPAT = Compat32(max_line_length=78)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _cfg(tmp_path: Path, language: str = "en", name: str = "") -> Config:
    (tmp_path / "review.key").write_text(KEY.decode() + "\n")
    return from_dict(
        {"secretariat": {"digest_to": ["cug-review@cites.org"], "language": language, "name": name},
         "storage": {"path": str(tmp_path / "s.db")}, "review": {"key_file": "review.key"}},
        base_dir=tmp_path, environ={},
    )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", TEMPLATES)
def test_every_reply_kind_is_written_as_the_generator_writes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str, language: str
) -> None:
    checked = held_to_the_generator(monkeypatch)
    cfg = _cfg(tmp_path)
    plan = scenario(kind, language)
    compose(plan, cfg, NOW)
    threaded = replace(plan, in_reply_to="<p.1@minam.gob.pe>", thread=[f"<t{n}@x.org>" for n in range(15)])
    compose(threaded, cfg, NOW + timedelta(days=1))
    assert len(checked) == 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_review_mails_notes_and_the_digest_are_written_as_the_generator_writes_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    checked = held_to_the_generator(monkeypatch)
    cfg = _cfg(tmp_path, language)
    records = [
        make_record("CUG-2026-0001", received=NOW),
        make_record("CUG-2026-0002", language="fr", sender="x@gmail.com", received=NOW, flags=("auth_failed",)),
        make_record("CUG-2026-0003", status="incomplete", language="es", missing=("phone",), received=NOW),
        make_record("CUG-2026-0004", status="approved", language="es", received=NOW),
    ]
    for record in records:
        review_mail.review_item(record, cfg, NOW, KEY, CODES)
    for kind in ("confirmation", "refusal"):
        review_mail.note_item(kind, ["cug-review@cites.org", "b@cites.org"], ["line one", "línea dos"], cfg,  # type: ignore[arg-type]
                              NOW, seed=f"n:{kind}", references=["CUG-2026-0001"], in_reply_to="<r@cites.org>")
    store = store_with(cfg.storage.path, *records)
    digest_item(build_digest(store.read(), cfg, NOW), cfg, NOW, "digest:1")
    assert len(checked) == len(records) + 3


_WORDS = ["Madame", "Monsieur", "réf.", "Núñez", "d’utilisateurs", "«\u00a0CUG\u00a0»", "groupe", "–", "José",
          "Côte d'Ivoire", "Procuraduría", "ñandú", "O'Brien", "\"quoted\"", "back\\slash", "日本", "€", "x",
          "CUG-2026-0007", "=_alt_", "=3D", "=", "?", "=?utf-8?q?x?=", "_", ";", ",", "<a@b>", "\t", "  ",
          "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\x00", "\x7f"]
_LINES = ["From the Secretariat", "From ", ".", "..", ". ", "--=_alt_0", "--=_mixed_x--", "trailing space ",
          "trailing tab\t", "", " indented", "=_ at the start", "a" * 75, "b" * 76, "c" * 77, "é" * 40]


def _phrase(rng: random.Random, most: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, most)))


def _body(rng: random.Random) -> str:
    if rng.random() < 0.05:
        return ""
    lines = [rng.choice(_LINES) if rng.random() < 0.4 else _phrase(rng, 30) for _ in range(rng.randint(1, 12))]
    return rng.choice(["\n", "\r\n", "\r"]).join(lines) + rng.choice(["", "\n", "\r\n", "\n\n", " "])


def _file(rng: random.Random, i: int) -> Attachment:
    name = rng.choice(["form.docx", "formulaire-é.docx", "", "a \"b\" \\c.pdf", "x" * 90 + ".csv",
                       "pending-review-2026-03-30.csv", "日本語.txt", _phrase(rng, 8)])
    ctype = rng.choice([DOCX, "text/csv", "application/pdf", "", "image/png", "weird", "a/b/c", "Text/Plain"])
    size = rng.choice([0, 1, 2, 3, 57, 58, 100, 4000])
    data = bytes(rng.randrange(256) for _ in range(size)) + rng.choice([b"", b"\n"])
    return Attachment(name, ctype, data)


def _arguments(rng: random.Random, cfg: Config, i: int) -> dict[str, Any]:
    names = ["", "Ana Lucía Torres", "Secrétariat CITES", "O'Brien, Pat", "x" * 80, _phrase(rng, 6)]
    return {
        "subject": _phrase(rng, rng.choice([3, 12, 40])),
        "text": _body(rng),
        "html": _body(rng),
        "to": rng.choice([f"p{i}@minam.gob.pe", [f"a{i}@x.org", "b@y.org", "c.d@e.f.org"], "ñ@dömain.org"]),
        "cfg": cfg,
        "now": NOW + timedelta(seconds=rng.randrange(10**8)),
        "seed": f"seed:{i}:{rng.random()}",
        "in_reply_to": rng.choice([None, "", "<m@x.org>", "not an id", f"<{'l' * 200}@x.org>"]),
        "thread": [f"<t{n}.{i}@p.q>" for n in range(rng.choice([0, 1, 3, 20]))],
        "auto_submitted": rng.choice(["auto-replied", "auto-generated"]),
        "attachments": [_file(rng, i) for _ in range(rng.choice([0, 0, 1, 2, 3]))],
        "language": rng.choice(["en", "fr", "es", "", "x-klingon", "de-CH"]),
        "sender_name": rng.choice(names),
    }


def _outcome(**kw: Any) -> tuple[str, str] | str:
    try:
        return mail_text(**kw)
    except Exception as e:  # noqa: BLE001 - the failure itself is compared
        return f"{type(e).__name__}: {e}"


def _reference(**kw: Any) -> tuple[str, str] | str:
    try:
        return generator_text(**kw)
    except Exception as e:  # noqa: BLE001 - the failure itself is compared
        return f"{type(e).__name__}: {e}"


def test_random_mail_is_written_as_the_generator_writes_it(tmp_path: Path) -> None:
    rng = random.Random(2026_12_04)
    configs = [_cfg(tmp_path), _cfg(tmp_path, "fr", "Secrétariat de la CITES – Genève, groupe fermé")]
    for i in range(3000):
        kw = _arguments(rng, configs[i % 2], i)
        assert _outcome(**kw) == _reference(**kw), i


def test_a_non_ascii_subject_is_folded_as_compat32_folds_it() -> None:
    rng = random.Random(78)
    alphabet = ["a", "Z", "0", "-", " ", " ", "é", "’", "–", "日", "€", "=", "?", "_", "\u00a0", "😀", "[", "]"]
    subjects = ["–", "é" * 200, "日本" * 60, "x" * 61 + "é", "[CUG-2026-0008 +1] Informations manquantes – groupe"]
    subjects += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 160))) for _ in range(4000)]
    for subject in subjects:
        line = one_line(subject)
        if line and not line.isascii():
            assert _subject(subject) == COMPAT.fold("Subject", Header(line, "utf-8", header_name="Subject")), subject


def test_what_the_generator_refused_is_refused_the_same_way(tmp_path: Path) -> None:
    cfg = _cfg(tmp_path)
    base = _arguments(random.Random(1), cfg, 1)
    for change in ({"to": []}, {"to": "no address"}, {"to": "a@b.org\r\nBcc: c@d.org"}, {"to": "ü@x.org"},
                   {"text": "lone \udc80 surrogate"}, {"html": "\ud800"}, {"subject": "\udcff"}):
        kw = base | change
        got = _outcome(**kw)
        assert isinstance(got, str) and got == _reference(**kw), change


def test_a_file_the_generator_writes_as_a_container_is_still_written_by_it(tmp_path: Path) -> None:
    cfg = _cfg(tmp_path)
    for ctype in ("message/rfc822", "multipart/mixed", "Message/Delivery-Status"):
        kw = _arguments(random.Random(2), cfg, 2) | {"attachments": [Attachment("m.eml", ctype, b"Subject: x\n\nbody\n")]}
        assert _outcome(**kw) == _reference(**kw), ctype
