"""Hostile input: each case is handled or raises Unprocessable; never a crash or a hang."""

from __future__ import annotations

import io
import time
import zipfile
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

import pytest

from intakebot.analysis import Unprocessable, analyse
from intakebot.config import LimitsConfig
from tests.corpus.make_corpus import DOCX, JANE, PEOPLE, XLSX, attachment, make_docx, make_xlsx
from tests.support.mail import with_file, zip_of


def test_garbage_bytes_do_not_crash() -> None:
    a = analyse(b"\x00\xff\xfe garbage \r\n\r\n\x80\x81")
    assert a.kind == "not_request"


def test_unknown_charset_degrades_to_replacement() -> None:
    raw = (b"From: a@gov.example\r\nSubject: =?x-bogus?q?caf=E9?=\r\nContent-Type: text/plain; charset=x-bogus\r\n\r\n"
           b"Name: Jos\xe9\r\nSurname: D\xff\xfeaz\r\n")
    a = analyse(raw)
    assert a.subject.startswith("caf")


def test_broken_multipart_without_closing_boundary_is_read() -> None:
    raw = (b"From: a@gov.example\r\nSubject: CUG\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\n"
           b"Content-Type: text/plain\r\n\r\nWe would like to join the closed user group.\r\nSurname: Wanjiru\r\n--XX\r\n"
           b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64")
    a = analyse(raw)
    assert a.kind == "request" and a.nominees[0].surname == "Wanjiru"


def test_200_levels_of_nesting_are_refused() -> None:
    head = b"From: a@gov.example\r\nSubject: deep\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n"
    body = b""
    for i in range(1, 200):
        body += f"--b{i - 1}\r\nContent-Type: multipart/mixed; boundary=b{i}\r\n\r\n".encode()
    body += b"--b199\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
    with pytest.raises(Unprocessable) as e:
        analyse(head + body)
    assert e.value.code in ("too_deep", "too_many_parts")


def test_nested_forwards_beyond_the_depth_cap_are_refused() -> None:
    inner = b"From: x@y\r\nSubject: s\r\n\r\nhi\r\n"
    for _ in range(30):
        inner = b"From: x@y\r\nSubject: fw\r\nContent-Type: message/rfc822\r\n\r\n" + inner
    with pytest.raises(Unprocessable) as e:
        analyse(inner)
    assert e.value.code == "too_deep"


def test_too_many_parts_are_refused() -> None:
    m = MIMEMultipart("mixed")
    for _ in range(30):
        m.attach(MIMEText("x"))
    with pytest.raises(Unprocessable) as e:
        analyse(m.as_bytes(), limits=LimitsConfig(max_parts=10))
    assert e.value.code == "too_many_parts"


def test_zip_bomb_docx_is_quarantined() -> None:
    bomb = zip_of({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document>" + b" " * (60 * 1024 * 1024)})
    assert len(bomb) < 200_000
    with pytest.raises(Unprocessable) as e:
        analyse(with_file(bomb, "form.docx"))
    assert e.value.code == "zip_bomb"


def test_billion_laughs_xlsx_is_quarantined() -> None:
    lol = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
           + b"".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'.encode() for i in range(1, 10))
           + b']><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>')
    good = make_xlsx(PEOPLE["en"][:1], "en")
    src = zipfile.ZipFile(io.BytesIO(good))
    members = {n: src.read(n) for n in src.namelist()}
    members["xl/sharedStrings.xml"] = lol
    with pytest.raises(Unprocessable) as e:
        analyse(with_file(zip_of(members), "list.xlsx"))
    assert e.value.code == "xml_entities"


def test_30_mb_attachment_is_refused_before_parsing() -> None:
    raw = b"From: a@gov.example\r\nSubject: big\r\n\r\n" + b"A" * (30 * 1024 * 1024)
    t = time.monotonic()
    with pytest.raises(Unprocessable) as e:
        analyse(raw)
    assert e.value.code == "too_large" and time.monotonic() - t < 1


def test_attachment_over_its_own_cap_is_refused() -> None:
    raw = with_file(b"x" * 2000, "big.bin")
    with pytest.raises(Unprocessable) as e:
        analyse(raw, limits=LimitsConfig(max_attachment_bytes=1000))
    assert e.value.code == "attachment_too_large"


def test_pdf_with_too_many_pages_is_refused() -> None:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for _ in range(5):
        c.drawString(50, 800, "page")
        c.showPage()
    c.save()
    with pytest.raises(Unprocessable) as e:
        analyse(with_file(buf.getvalue(), "f.pdf", "pdf"), limits=LimitsConfig(max_pdf_pages=3))
    assert e.value.code == "pdf_limits"


def test_crlf_and_control_characters_in_names_are_removed() -> None:
    raw = (b"From: a@kws.go.ke\r\nSubject: CUG nomination\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
           b"<p>We nominate for the closed user group:</p><table><tr><td>Name</td><td>Jane\r\nEvil: header\x07</td></tr>"
           b"<tr><td>Surname</td><td>Wan&#13;&#10;jiru</td></tr></table>")
    n = analyse(raw).nominees[0]
    assert "\n" not in (n.name or "") and "\r" not in (n.surname or "") and "\x07" not in (n.name or "")


def test_huge_html_body_is_truncated_not_fatal() -> None:
    html = "<p>We would like to join the closed user group.</p>" + "<div>x</div>" * 300_000
    raw = f"From: a@gov.example\r\nSubject: CUG\r\nContent-Type: text/html\r\n\r\n{html}".encode()
    t = time.monotonic()
    a = analyse(raw, limits=LimitsConfig(max_html_bytes=100_000))
    assert a.kind == "request" and time.monotonic() - t < 5


def test_good_docx_and_xlsx_still_pass_the_zip_checks() -> None:
    m = MIMEMultipart("mixed")
    m.attach(MIMEText("Nomination for the closed user group attached."))
    m.attach(attachment(make_docx([JANE], "en", "kv"), "f.docx", *DOCX))
    m.attach(attachment(make_xlsx(PEOPLE["en"][1:2], "en"), "l.xlsx", *XLSX))
    m["From"] = "a@gov.example"
    m["Subject"] = "CUG"
    assert len(analyse(m.as_bytes()).nominees) == 2


def test_eight_bit_garbage_in_structural_headers_is_tolerated_and_read_conservatively() -> None:
    raw = (b"From: a@gov.example\r\nSubject: =?ut\x00f-8?q?x?=\r\nAuto-Submitted: n\xe9\r\nPrecedence: b\xffulk\r\n"
           b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\nContent-Disposition: attach\xe9ment\r\n\r\n"
           b"We would like to join the closed user group.\r\n--XX--\r\n")
    # An Auto-Submitted value other than "no" (here unreadable) means automatic: never answered.
    assert analyse(raw).kind == "auto_reply"


def test_randomly_mutated_corpus_messages_never_raise_anything_but_unprocessable() -> None:
    import random

    from tests.corpus.make_corpus import all_cases

    messages = [c.message for c in all_cases()[:40]]
    rnd = random.Random(7)
    for _ in range(400):
        m = bytearray(rnd.choice(messages))
        for _ in range(rnd.randint(1, 15)):
            i = rnd.randrange(len(m))
            if rnd.random() < 0.5:
                m[i] = rnd.randrange(256)
            else:
                m[i:i] = rnd.choice([b"\r\n", b"--", b"=?utf-8?b?", b"\xe9", b"\t", b"|", b":", b"\x00"])
        try:
            analyse(bytes(m))
        except Unprocessable as e:
            assert e.code != "parse_error", e.detail
