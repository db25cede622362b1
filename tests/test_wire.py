"""The message as sent is what compat32 would write, without compat32's cost.

``message.wire`` folds a header that already fits on its line as it is, and every
multipart carries a boundary named by its content (``=_...``, which quoted-printable
and base64 cannot contain) instead of one the generator searches the body for. These
tests hold both to the standard library: the same header lines as
``Compat32.fold``, the same bytes as ``Message.as_string``, and parts that come back
whole even when a body quotes a boundary line.
"""

from __future__ import annotations

import random
import string
from datetime import UTC, datetime
from email import message_from_string
from email.policy import Compat32
from pathlib import Path

from intakebot.config import Config, from_dict
from intakebot.mail.message import WIRE_POLICY, build_message, wire
from intakebot.records import Attachment

NOW = datetime(2026, 3, 30, 8, tzinfo=UTC)
COMPAT = Compat32(max_line_length=78)


def _cfg(tmp_path: Path) -> Config:
    return from_dict({}, base_dir=tmp_path, environ={})


def test_a_header_is_folded_as_compat32_folds_it_whatever_its_value() -> None:
    rng = random.Random(14)
    alphabet = string.ascii_letters + string.digits + " ;,=?\"'<>()@.:-_\t"
    values = ["", " ", "x", " leading", "trailing ", "two  spaces", "=?utf-8?q?x?=", "a" * 200]
    values += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 120))) for _ in range(3000)]
    values += [("word " * n).strip() for n in range(1, 30)]  # around the 78-column limit
    for name in ("Subject", "To", "References", "X-Auto-Response-Suppress"):
        for v in values:
            assert WIRE_POLICY.fold(name, v) == COMPAT.fold(name, v), (name, v)


def test_every_composed_message_is_byte_for_byte_what_compat32_writes(tmp_path: Path) -> None:
    cfg = _cfg(tmp_path)
    subjects = ["[CUG-2026-0001] Request received", "[CUG-2026-0002] Demande reçue – groupe d’utilisateurs",
                "[CUG-2026-0003] " + "very long subject words " * 6]
    form = Attachment("formulaire-é.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      bytes(range(256)) * 40)
    for i, subject in enumerate(subjects):
        for attachments in ((), (form,)):
            msg = build_message(subject=subject, text="Madame,\n\nCUG – réf.\n", html="<p>Madame,</p>",
                                to=["a.torres@minam.gob.pe", "x@y.org"], cfg=cfg, now=NOW,
                                seed=f"s{i}", in_reply_to="<a@b.c>", thread=[f"<t{n}@p.q>" for n in range(20)],
                                attachments=attachments, language="fr")
            assert wire(msg) == msg.as_string(maxheaderlen=78)


def test_a_body_quoting_a_boundary_line_still_comes_back_whole(tmp_path: Path) -> None:
    cfg = _cfg(tmp_path)
    first = build_message(subject="s", text="t", html="<p>h</p>", to="a@b.org", cfg=cfg, now=NOW, seed="x")
    boundary = first.get_boundary()
    assert boundary is not None and boundary.startswith("=_")
    text = f"--{boundary}\n--{boundary}--\n=_ and =3D\n"
    msg = build_message(subject="s", text=text, html=f"<pre>{text}</pre>", to="a@b.org", cfg=cfg, now=NOW, seed="y")
    back = message_from_string(wire(msg))
    parts = [p for p in back.walk() if not p.is_multipart()]
    assert [p.get_content_type() for p in parts] == ["text/plain", "text/html"]
    assert parts[0].get_payload(decode=True).decode() == text  # type: ignore[union-attr]
