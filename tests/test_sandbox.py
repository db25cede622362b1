"""The sandbox stops a parser that hangs or eats memory, and hands results back."""

from __future__ import annotations

import time

import pytest

from intakebot.analysis import needs_isolation
from intakebot.analysis.sandbox import SandboxCrash, SandboxTimeout, run_isolated


def hang(seconds: float) -> None:
    time.sleep(seconds)


def eat_memory() -> bytes:
    return b"x" * (4 * 1024 * 1024 * 1024)


def fail_with_value_error() -> None:
    raise ValueError("broken content stream")


def add(a: int, b: int = 0) -> int:
    return a + b


def test_result_comes_back_from_the_child() -> None:
    assert run_isolated(add, 2, b=3, timeout=30) == 5


def test_a_hanging_parser_is_killed_at_the_deadline() -> None:
    with pytest.raises(SandboxTimeout):
        run_isolated(hang, 3600, timeout=1)


def test_a_memory_bomb_is_stopped_by_the_limit() -> None:
    with pytest.raises(SandboxCrash, match="MemoryError"):
        run_isolated(eat_memory, timeout=60, memory_bytes=512 * 1024 * 1024)


def test_an_exception_can_be_rebuilt_or_is_reported() -> None:
    with pytest.raises(SandboxCrash, match="ValueError: broken content stream"):
        run_isolated(fail_with_value_error, timeout=30)
    with pytest.raises(KeyError):
        run_isolated(fail_with_value_error, timeout=30, rebuild=lambda m, n, a, t: KeyError(t))


def test_only_mail_with_attachments_for_third_party_parsers_is_isolated() -> None:
    from tests.support.mail import with_file

    assert needs_isolation(with_file(b"%PDF-1.4", "form.pdf", "pdf"))
    assert needs_isolation(with_file(b"PK", "=?utf-8?b?Zm9ybS5kb2N4?=", "octet-stream"))  # form.docx
    assert not needs_isolation(with_file(b"\x89PNG", "image001.png", "octet-stream"))
    assert not needs_isolation(b"Subject: x\r\nContent-Type: text/plain\r\n\r\nCountry: Kenya")


def test_mail_with_attachments_is_analysed_in_the_child_end_to_end(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A DOCX form is read in the child; a zip bomb comes back as a quarantine, and the rest goes on."""
    from intakebot.clock import FixedClock
    from intakebot.config import from_dict
    from intakebot.run.app import App
    from tests.corpus.make_corpus import JANE, make_docx
    from tests.support.mail import seed, with_file, zip_of

    cfg = from_dict({}, base_dir=tmp_path, environ={})
    seed(cfg.maildir.inbox, [])
    new = cfg.maildir.inbox / "new"
    (new / "1.form.host").write_bytes(
        with_file(make_docx([JANE], "en", "kv"), "form.docx").replace(b"From: a@gov.example", b"From: jane@kws.go.ke")
    )
    bomb = zip_of({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document>" + b" " * (60 * 1024 * 1024)})
    (new / "2.bomb.host").write_bytes(with_file(bomb, "form.docx"))
    app = App(cfg, FixedClock())
    report = app.poll_once()
    assert sorted(r.kind for r in report.results) == ["quarantined", "request"]
    [q] = app.store.read().quarantined()
    assert q.reason == "zip_bomb"
    [rec] = app.store.read().requests()
    assert rec.nominee.provenance["surname"].endswith("attachment:form.docx")
