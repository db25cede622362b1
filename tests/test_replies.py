"""Replies: every template in every language, headers, threading, escaping, injection."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intakebot.config import Config, from_dict
from intakebot.mail.outbox import compose
from intakebot.mail.replies import (
    TEMPLATES,
    Renderer,
    TemplateError,
    build_message,
    context_for,
    message_id_for,
    subject_tag,
    wire,
)
from intakebot.records import LANGUAGES, Problem, ReplyEntry, ReplyPlan
from tests.support.mail import bodies, parse

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


@pytest.fixture
def cfg(tmp_path: Path) -> Config:
    return from_dict({}, base_dir=tmp_path, environ={})


#: Templates that must not name the request or official (a writer not linked to it, encrypted mail).
NAMELESS = ("received_neutral", "encrypted_mail")
#: Templates that list each official with their details (the others name references only).
LISTS_OFFICIALS = tuple(t for t in TEMPLATES if t not in (*NAMELESS, "unknown_reference", "change_received", "attachment_unread"))


def plan_for(template: str, language: str = "en", **kw: object) -> ReplyPlan:
    entries = [
        ReplyEntry(
            "CUG-2026-0007",
            "Amélie DUPONT",
            "incomplete",
            missing=["phone", "surname"],
            problems=[
                Problem("email", "freemail", "free-mail address", "warning"),
                Problem("country", "unknown_country", "unknown country"),
            ],
        ),
        ReplyEntry("CUG-2026-0008", "Kofi Mensah", "pending_review"),
    ]
    base: dict[str, object] = {
        "template": template,
        "language": language,
        "to": "officer@kws.go.ke",
        "seed": f"test:{template}:{language}",
        "entries": [] if template in ("unknown_reference", *NAMELESS) else entries,
        "in_reply_to": "<req-1@kws.go.ke>",
        "thread": ["<root@kws.go.ke>"],
        "subject": "Request to join the cheetah CUG",
        "reason": "The organization is not a law-enforcement authority."
        if template == "rejection"
        else "",
        "cited_reference": "CUG-2025-0999" if template in ("unknown_reference", "received_neutral") else None,
    }
    base.update(kw)
    return ReplyPlan(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template", TEMPLATES)
def test_every_template_renders_in_every_language(
    cfg: Config, template: str, language: str
) -> None:
    item = compose(plan_for(template, language), cfg, NOW)
    assert item.message.isascii(), "the stored message must survive any relay"
    msg = parse(item.message)
    assert msg.get_content_type() == "multipart/alternative"
    text, html = bodies(msg)
    tag = {"unknown_reference": "[CUG-2025-0999]", "received_neutral": "[CUG-2025-0999]",
           "encrypted_mail": ""}.get(template, "[CUG-2026-0007 +1]")
    assert tag in str(msg["Subject"])
    assert "\n" not in str(msg["Subject"])
    if template == "unknown_reference":
        assert "CUG-2025-0999" in text and "CUG-2025-0999" in html
    elif template in NAMELESS:
        assert "CUG-2026" not in text + html and "DUPONT" not in text + html
    else:
        for ref in ("CUG-2026-0007", "CUG-2026-0008"):
            assert ref in text and ref in html
    if template in LISTS_OFFICIALS:
        assert "Amélie DUPONT" in text and "Amélie DUPONT" in html
    assert html.lstrip().startswith("<!DOCTYPE html>") and f'lang="{language}"' in html
    assert cfg.secretariat.address in text
    assert msg["Content-Language"] == language
    # No template logic leaks into the output.
    for part in (text, html):
        assert "{{" not in part and "{%" not in part and "None" not in part
    assert item.references == (
        [] if template in ("unknown_reference", *NAMELESS) else ["CUG-2026-0007", "CUG-2026-0008"]
    )
    assert item.template == template and item.to == ["officer@kws.go.ke"]
    assert item.queued_at == item.next_attempt_at == "2026-01-05T09:00:00+00:00"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template", TEMPLATES)
def test_strict_undefined_fails_on_a_missing_variable(
    cfg: Config, template: str, language: str
) -> None:
    ctx = context_for(plan_for(template, language), cfg)
    del ctx["salutation"]  # used by every text and HTML layout
    with pytest.raises(TemplateError, match="salutation"):
        Renderer(cfg.templates_dir).render(template, language, "subject", ctx)


def test_a_misspelt_variable_in_a_reworded_layout_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "acknowledgement.txt.j2").write_text("{{ salutaton }}\n")
    cfg = from_dict({"templates_dir": str(tmp_path)}, base_dir=tmp_path, environ={})
    with pytest.raises(TemplateError, match="salutaton"):
        compose(plan_for("acknowledgement"), cfg, NOW)


def test_a_misspelt_placeholder_in_a_reworded_sentence_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "strings").mkdir()
    (tmp_path / "strings" / "en.toml").write_text('[letter]\nstatus_line = "Status: {stats}"\n')
    cfg = from_dict({"templates_dir": str(tmp_path)}, base_dir=tmp_path, environ={})
    with pytest.raises(TemplateError, match="stats"):
        compose(plan_for("acknowledgement"), cfg, NOW)


def test_problem_explanations_and_labels_per_language(cfg: Config) -> None:
    texts = {
        lang: re.sub(r"[ \n]+", " ", bodies(parse(compose(plan_for("missing_info", lang), cfg, NOW).message))[0])
        for lang in LANGUAGES
    }
    en, fr, es = texts["en"], texts["fr"], texts["es"]
    # One sentence with articles and agreement, not a bare list of labels.
    assert "We still need the country, the surname and the contact number." in en
    assert "Country: we could not recognise the country" in en
    assert "free webmail provider" in en  # the warning is explained, not just coded
    assert "Il nous manque encore le pays, le nom et le numéro de téléphone." in fr
    assert "Pays\u00a0: nous n\u2019avons pas reconnu le pays" in fr
    assert "Pays\u00a0: Nom\u00a0: Numéro de téléphone\u00a0:" in fr  # Nom = surname
    assert "Todavía nos faltan el país, el apellido y el teléfono de contacto." in es
    assert "País: no hemos reconocido el país" in es
    # The code "missing" is shown as a missing field, not repeated as a problem line.
    dup = plan_for(
        "missing_info",
        entries=[
            ReplyEntry(
                "CUG-2026-0001",
                "A B",
                "incomplete",
                ["phone"],
                [Problem("phone", "missing", "phone missing")],
            )
        ],
    )
    text = re.sub(r"[ \n]+", " ", bodies(parse(compose(dup, cfg, NOW).message))[0])
    assert "We still need the contact number." in text
    assert text.count("Contact number:") == 2  # the answer example and the correction example
    one_es = re.sub(
        r"[ \n]+", " ", bodies(parse(compose(plan_for("missing_info", "es", entries=dup.entries), cfg, NOW).message))[0]
    )
    assert "Todavía nos falta el teléfono de contacto." in one_es


def test_html_escapes_names_but_text_keeps_them(cfg: Config) -> None:
    evil = '<script>alert("x")</script> & Co'
    plan = plan_for(
        "acknowledgement", entries=[ReplyEntry("CUG-2026-0011", evil, "pending_review")]
    )
    text, html = bodies(parse(compose(plan, cfg, NOW).message))
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; Co" in html
    assert evil in text


def test_rejection_reason_is_escaped_and_shown(cfg: Config) -> None:
    plan = plan_for("rejection", reason="Not <b>eligible</b>")
    text, html = bodies(parse(compose(plan, cfg, NOW).message))
    assert "Not <b>eligible</b>" in text
    assert "Not &lt;b&gt;eligible&lt;/b&gt;" in html


def test_subject_tag_one_reference_or_first_and_count() -> None:
    assert subject_tag([]) == ""
    assert subject_tag(["CUG-2026-0007"]) == "[CUG-2026-0007]"
    assert (
        subject_tag(["CUG-2026-0007", "CUG-2026-0008", "CUG-2026-0009", "CUG-2026-0010"])
        == "[CUG-2026-0007 +3]"
    )


def test_subject_with_one_and_many_references(cfg: Config) -> None:
    one = plan_for(
        "acknowledgement", entries=[ReplyEntry("CUG-2026-0007", "A B", "pending_review")]
    )
    assert str(parse(compose(one, cfg, NOW).message)["Subject"]).startswith("[CUG-2026-0007] ")
    many = plan_for(
        "acknowledgement",
        entries=[
            ReplyEntry(f"CUG-2026-{n:04d}", f"Official {n}", "pending_review") for n in range(7, 11)
        ],
    )
    msg = parse(compose(many, cfg, NOW).message)
    assert "[CUG-2026-0007 +3]" in str(msg["Subject"])
    assert "CUG-2026-0010" in bodies(msg)[0]


def test_subject_tag_is_restored_if_a_reworded_subject_drops_it(tmp_path: Path) -> None:
    (tmp_path / "strings").mkdir()
    (tmp_path / "strings" / "en.toml").write_text('[subject]\napproval = "Approved!"\n')
    cfg2 = from_dict({"templates_dir": str(tmp_path)}, base_dir=tmp_path, environ={})
    msg = parse(compose(plan_for("approval"), cfg2, NOW).message)
    assert str(msg["Subject"]) == "Approved! [CUG-2026-0007 +1]"
    # Every other word still comes from the packaged strings, key by key.
    assert "Your request has been approved" in bodies(msg)[0]


def test_threading_and_auto_reply_headers(cfg: Config) -> None:
    plan = plan_for("missing_info", thread=["<root@kws.go.ke>", "<mid@cites.org>"])
    msg = parse(compose(plan, cfg, NOW).message)
    assert msg["In-Reply-To"] == "<req-1@kws.go.ke>"
    assert str(msg["References"]).split() == [
        "<root@kws.go.ke>",
        "<mid@cites.org>",
        "<req-1@kws.go.ke>",
    ]
    assert msg["Auto-Submitted"] == "auto-replied"
    assert msg["X-Auto-Response-Suppress"] == "All"
    assert msg["Reply-To"].addresses[0].addr_spec == "info@cites.org"
    assert msg["From"].addresses[0].addr_spec == cfg.from_address
    assert msg["From"].addresses[0].display_name == "CITES Secretariat"
    assert msg["To"].addresses[0].addr_spec == "officer@kws.go.ke"
    assert msg["Date"].datetime == NOW
    # Sent on a schedule or a human decision: not a direct response (RFC 3834).
    for template in ("reminder", "expiry", "approval", "rejection"):
        assert (
            parse(compose(plan_for(template), cfg, NOW).message)["Auto-Submitted"]
            == "auto-generated"
        )
    # A reply with nothing to thread to has neither header.
    bare = parse(compose(plan_for("approval", in_reply_to=None, thread=[]), cfg, NOW).message)
    assert bare["In-Reply-To"] is None and bare["References"] is None


def test_message_id_is_deterministic(cfg: Config) -> None:
    a = compose(plan_for("acknowledgement", seed="msg:<x@y>"), cfg, NOW)
    b = compose(plan_for("acknowledgement", seed="msg:<x@y>"), cfg, NOW.replace(hour=10))
    c = compose(plan_for("acknowledgement", seed="msg:<z@y>"), cfg, NOW)
    assert a.message_id == b.message_id != c.message_id
    assert re.fullmatch(r"<cug\.[0-9a-f]{32}@cites\.org>", a.message_id)
    assert parse(a.message)["Message-ID"] == a.message_id == message_id_for("msg:<x@y>", cfg)


def test_message_id_uses_the_smtp_from_domain(tmp_path: Path) -> None:
    cfg = from_dict(
        {"smtp": {"host": "localhost", "from_address": "no-reply@bots.cites.org"}},
        base_dir=tmp_path,
        environ={},
    )
    assert message_id_for("s", cfg).endswith("@bots.cites.org>")


def _header_names(text: str) -> list[str]:
    head = text.split("\n\n", 1)[0]
    return [ln.split(":", 1)[0].lower() for ln in head.splitlines() if ln and ln[0] not in " \t"]


def test_header_injection_is_impossible(cfg: Config) -> None:
    evil = "Mallory\r\nBcc: victim@example.org\r\nX-Evil: 1"
    plan = plan_for(
        "acknowledgement",
        entries=[ReplyEntry("CUG-2026-0007", evil, "pending_review")],
        subject="Hello\r\nBcc: victim@example.org",
        in_reply_to="<a@b>\r\nBcc: victim@example.org",
        thread=["<ok@b>", "junk\nX-Evil: 2"],
    )
    item = compose(plan, cfg, NOW)
    names = _header_names(item.message)
    assert "bcc" not in names and "x-evil" not in names
    assert names.count("subject") == 1
    msg = parse(item.message)
    assert msg["In-Reply-To"] is None  # not a well-formed msg-id: dropped
    assert str(msg["References"]) == "<ok@b>"
    # A subject with CR/LF (e.g. from the digest or a reworded template) stays one line.
    raw_msg = build_message(
        subject="Digest\r\nBcc: victim@example.org",
        text="t",
        html="<p>h</p>",
        to="cug-review@cites.org",
        cfg=cfg,
        now=NOW,
        seed="s",
    )
    raw = wire(raw_msg)
    assert "bcc" not in _header_names(raw)
    assert parse(raw)["Subject"] == "Digest Bcc: victim@example.org"


def test_recipient_must_be_one_plain_address(cfg: Config) -> None:
    for bad in ("a@b.org\r\nBcc: c@d.org", "a@b.org, c@d.org", "no-at-sign"):
        with pytest.raises(ValueError):
            compose(plan_for("acknowledgement", to=bad), cfg, NOW)


def test_non_ascii_headers_are_encoded(tmp_path: Path) -> None:
    cfg = from_dict({"secretariat": {"name": "Secrétariat CITES"}}, base_dir=tmp_path, environ={})
    item = compose(plan_for("acknowledgement", "fr"), cfg, NOW)
    assert item.message.isascii()
    assert "=?utf-8?" in item.message.split("\n\n", 1)[0]
    msg = parse(item.message)
    assert msg["From"].addresses[0].display_name == "Secrétariat CITES"
    assert "Demande reçue" in str(msg["Subject"])
    assert "Secrétariat CITES" in bodies(msg)[0]


def test_unknown_template_is_refused(cfg: Config) -> None:
    with pytest.raises(TemplateError):
        compose(plan_for("../../etc/passwd"), cfg, NOW)


def test_attachments_make_a_mixed_message(cfg: Config) -> None:
    from intakebot.records import Attachment

    msg = build_message(
        subject="[digest]",
        text="t",
        html="<p>h</p>",
        to=["a@cites.org", "b@cites.org"],
        cfg=cfg,
        now=NOW,
        seed="digest:2026-01-05",
        attachments=[Attachment("pending.csv", "text/csv", b"a,b\n")],
    )
    sent = parse(wire(msg))  # what the recipient's client sees
    assert sent.get_content_type() == "multipart/mixed"
    assert [p.get_filename() for p in sent.iter_attachments()] == ["pending.csv"]
    assert sent["Auto-Submitted"] == "auto-generated"
    assert len(sent["To"].addresses) == 2


def test_long_non_ascii_subject_is_folded_and_round_trips(cfg: Config) -> None:
    subject = "[CUG-2026-0007 +3] Informations manquantes – groupe d'utilisateurs fermé sur le guépard (CENcomm)"
    raw = wire(build_message(subject=subject, text="t", html="<p>h</p>", to="a@b.org",
                             cfg=cfg, now=NOW, seed="s"))
    head = raw.split("\n\n", 1)[0]
    assert all(len(line) <= 78 for line in head.splitlines())
    assert str(parse(raw)["Subject"]) == subject


def test_non_ascii_attachment_name_survives(cfg: Config) -> None:
    from intakebot.records import Attachment

    raw = wire(build_message(subject="s", text="t", html="<p>h</p>", to="a@b.org", cfg=cfg, now=NOW,
                             seed="s", attachments=[Attachment("résumé.csv", "text/csv", b"x\n")]))
    assert raw.isascii()
    assert [p.get_filename() for p in parse(raw).iter_attachments()] == ["résumé.csv"]


@pytest.mark.parametrize("bad", ["g.wanjiru@kws.go.ke;", "g.wanjiru@kws.go.ke[]", "@kws.go.ke", "a..b@kws.go.ke"])
def test_an_unusable_recipient_is_a_value_error_that_does_not_quote_the_address(cfg: Config, bad: str) -> None:
    # Callers catch ValueError (follow-ups, review, intake) and log its text:
    # another exception type would abort a whole pass, the address would leak.
    with pytest.raises(ValueError) as e:
        compose(plan_for("acknowledgement", to=bad), cfg, NOW)
    assert "wanjiru" not in str(e.value) and "kws" not in str(e.value)
