"""The form attached to missing-information notices, read back when a Party returns it."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest

from intakebot.analysis.labels import lookup
from intakebot.analysis.readers.docx import docx_text
from intakebot.clock import FixedClock
from intakebot.config import Config, LimitsConfig, default_templates_dir
from intakebot.mail.form import DOCX_TYPE, form_docx
from intakebot.mail.strings import LANGUAGES, strings_for
from intakebot.records import FIELDS, Nominee, ReplyEntry
from intakebot.run.app import App
from intakebot.store import Store
from tests.support.mail import message, parse, seed


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_of_every_language_is_one_the_readers_know(language: str) -> None:
    s = strings_for((default_templates_dir(),), language)
    for key in FIELDS:
        hit = lookup(s.label(key))
        assert hit is not None and hit.field == key, (language, key, s.label(key))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_form_is_prefilled_and_blank_where_missing(language: str) -> None:
    n = Nominee(country="Kenya", name="Grace", surname="Wanjiru", organization="KWS",
                position=None, phone="+254206000800", email=None, missing=["position", "email"])
    s = strings_for((default_templates_dir(),), language)
    data = form_docx([ReplyEntry("CUG-2026-0007", "Grace Wanjiru", "incomplete", nominee=n)], s)
    lines = docx_text(data, LimitsConfig()).splitlines()
    assert f"{s.label('country')}\tKenya" in lines
    assert f"{s.label('phone')}\t+254 20 6000800" in lines
    assert f"{s.label('email')}\t" in lines and f"{s.label('position')}\t" in lines


def test_the_form_opens_in_word_with_its_title_heading_and_grid_and_values_as_written() -> None:
    n = Nominee(country="Kenya", name=" Grace & <Co>", surname="Wan\tjiru", organization="KWS",
                position=None, phone=None, email=None, missing=["position", "phone", "email"])
    s = strings_for((default_templates_dir(),), "en")
    entries = [ReplyEntry("CUG-2026-0007", "Grace Wanjiru", "incomplete", nominee=n),
               ReplyEntry("CUG-2026-0008", "", "incomplete", nominee=n)]
    document = docx.Document(io.BytesIO(form_docx(entries, s)))
    assert document.core_properties.title == s("form.title")
    assert document.paragraphs[0].style.name == "Heading 1"
    assert document.paragraphs[0].text == s("form.title")
    assert [t.style.name for t in document.tables] == ["Table Grid", "Table Grid"]
    assert document.paragraphs[2].runs[0].bold and document.paragraphs[2].runs[0].font.size == 152400
    values = {row.cells[0].text: row.cells[1].text for row in document.tables[1].rows}
    assert values[s.label("name")] == " Grace & <Co>" and values[s.label("surname")] == "Wan\tjiru"
    assert values[s.label("phone")] == ""


def test_a_value_xml_cannot_hold_is_refused_like_python_docx_did() -> None:
    n = Nominee(country="Kenya", name="Gr\x01ace", surname="W", organization="KWS", position=None,
                phone=None, email=None, missing=[])
    s = strings_for((default_templates_dir(),), "en")
    with pytest.raises(ValueError):
        form_docx([ReplyEntry("CUG-2026-0007", "Grace", "incomplete", nominee=n)], s)


def _reply_to_us(cfg: Config) -> tuple[str, bytes]:
    (path,) = (cfg.maildir.outbox / "new").iterdir()
    sent = parse(path.read_text(encoding="utf-8"))
    (att,) = list(sent.iter_attachments())
    assert att.get_content_type() == DOCX_TYPE
    payload = att.get_payload(decode=True)
    assert isinstance(payload, bytes)
    return str(sent["Subject"]), payload


def test_a_returned_form_completes_the_request_through_the_real_intake(
    local_config: Config, clock: FixedClock
) -> None:
    seed(local_config.maildir.inbox, ["02-fr-incomplete"])
    app = App(local_config, clock)
    app.poll_once()
    view = Store(local_config.storage.path).read()
    (record,) = view.requests("incomplete")
    assert set(record.nominee.missing) == {"phone", "email"}
    subject, form = _reply_to_us(local_config)
    assert "Informations manquantes" in subject
    # The official fills in the two blank lines in Word and sends the form back.
    document = docx.Document(io.BytesIO(form))
    filled = {"Numéro de téléphone": "+33 1 57 53 40 00",
              "Adresse électronique officielle": "amelie.dubois@douane.finances.gouv.fr"}
    for row in document.tables[0].rows:
        label, value = row.cells[0].text, row.cells[1]
        if label in filled:
            assert value.text == ""  # blank where nothing was read
            value.text = filled[label]
    buf = io.BytesIO()
    document.save(buf)
    back = message("Bonjour, voici le formulaire complété.", sender=record.sender,
                   subject=f"RE: {subject}", message_id="<form-back@douane.finances.gouv.fr>",
                   in_reply_to=record.reply_ids[-1] if record.reply_ids else "")
    back.add_attachment(buf.getvalue(), maintype="application",
                        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                        filename="formulaire.docx")
    inbox = local_config.maildir.inbox / "new" / "1700000100.form-back.host"
    inbox.write_bytes(bytes(back))
    report = app.poll_once()
    assert report.count("follow_up") == 1, report.results
    done = Store(local_config.storage.path).read().request(record.reference)
    assert done is not None and done.status == "pending_review"
    assert done.nominee.phone == "+33157534000"
    assert done.nominee.email == "amelie.dubois@douane.finances.gouv.fr"
    assert done.nominee.name == record.nominee.name and done.nominee.surname == record.nominee.surname
    app.close()


def test_only_missing_information_notices_carry_the_form(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from intakebot.config import from_dict
    from intakebot.mail.outbox import compose
    from intakebot.records import ReplyPlan

    cfg = from_dict({}, base_dir=tmp_path, environ={})
    n = Nominee(country="Kenya", name="Grace", surname="Wanjiru", missing=["phone"])
    entry = ReplyEntry("CUG-2026-0007", "Grace Wanjiru", "incomplete", ["phone"], nominee=n)
    now = datetime(2026, 1, 5, tzinfo=UTC)
    for kind, files in (("missing_info", 1), ("acknowledgement", 0), ("reminder", 0)):
        plan = ReplyPlan(kind, "es", "g@kws.go.ke", f"s:{kind}", entries=[entry])
        msg = parse(compose(plan, cfg, now).message)
        names = [p.get_filename() for p in msg.iter_attachments()]
        assert len(names) == files, (kind, names)
        if files:
            assert names == ["formulario-gcu-guepardo-CUG-2026-0007.docx"]
            assert "El formulario adjunto (Word)" in " ".join(msg.get_body(("plain",)).get_content().split())  # type: ignore[union-attr]


@pytest.mark.parametrize("quoting", ["gt", "outlook"])
def test_a_reply_quoting_the_echo_is_read_for_its_new_lines_only(
    local_config: Config, clock: FixedClock, quoting: str
) -> None:
    seed(local_config.maildir.inbox, ["02-fr-incomplete"])
    app = App(local_config, clock)
    app.poll_once()
    (record,) = Store(local_config.storage.path).read().requests("incomplete")
    (path,) = (local_config.maildir.outbox / "new").iterdir()
    sent = parse(path.read_text(encoding="utf-8"))
    ours = sent.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    if quoting == "gt":
        quoted = "\n".join("> " + line for line in ours.splitlines())
    else:  # Outlook: a header block, then our text as it was
        quoted = (f"From: Secrétariat CITES <info@cites.org>\nSent: Monday, 5 January 2026 10:00\n"
                  f"To: {record.sender}\nSubject: {sent['Subject']}\n\n{ours}")
    body = ("Bonjour,\n\nNuméro de téléphone : +33 1 57 53 40 00\n"
            "Adresse électronique officielle : amelie.dubois@douane.finances.gouv.fr\n\n"
            "Cordialement\n\n" + quoted)
    back = message(body, sender=record.sender, subject=f"RE: {sent['Subject']}",
                   message_id=f"<echo-{quoting}@douane.finances.gouv.fr>", in_reply_to=str(sent["Message-ID"]))
    (local_config.maildir.inbox / "new" / f"1700000200.echo-{quoting}.host").write_bytes(bytes(back))
    app.poll_once()
    done = Store(local_config.storage.path).read().request(record.reference)
    assert done is not None and done.status == "pending_review"
    assert done.nominee.phone == "+33157534000"
    # What was already stored is unchanged: the quoted echo is not read as new values.
    for key in ("country", "name", "surname", "organization", "position"):
        assert done.nominee.value(key) == record.nominee.value(key), key
    app.close()
