"""What real clients put on the wire, for the second held-out corpus: Outlook, Gmail, Apple Mail HTML."""

from __future__ import annotations

from typing import Any

from tests.corpus.make_corpus import finish as corpus_finish
from tests.heldout.make_heldout import alt

DATE = "Wed, 12 Jun 2024 10:05:00 +0200"
DOCX = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
PDF = ("application", "pdf")


def finish(name: str, msg: Any, sender: str, subject: str, sender_name: str = "",
           headers: dict[str, str] | None = None) -> bytes:
    return corpus_finish(name, msg, sender, subject, sender_name, headers, domain="heldout2.test", date=DATE)


def expect(name: str, layout: str, kind: str, lang: str, nominees: list[dict[str, Any]] | None = None,
           reference: str | None = None) -> dict[str, Any]:
    return {"file": f"{name}.eml", "message_id": f"<{name}@heldout2.test>", "kind": kind, "language": lang,
            "reference": reference, "nominees": nominees or [], "layout": layout}


def outlook_html(paragraphs: list[str], lang: str = "EN-GB") -> str:
    """Outlook's Word-generated HTML: one MsoNormal paragraph per line, spans, <o:p>, &nbsp;."""
    body = "".join(
        "<p class=MsoNormal><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>"
        + (p.replace(" ", "&nbsp;", 1) if p else "&nbsp;") + "<o:p></o:p></span></p>"
        for p in paragraphs
    )
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=Content-Type "
            "content=\"text/html; charset=utf-8\"><style><!-- p.MsoNormal {margin:0cm} --></style></head>"
            f"<body lang={lang} link=\"#0563C1\"><div class=WordSection1>{body}</div></body></html>")


def gmail_html(lines: list[str], quote_html: str = "") -> str:
    divs = "".join(f"<div>{ln}</div>" if ln else "<div><br></div>" for ln in lines)
    return f'<div dir="ltr">{divs}</div>{quote_html}'


def apple_html(lines: list[str]) -> str:
    inner = "".join(f"<div>{ln}</div>" if ln else "<div><br></div>" for ln in lines)
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body style="word-wrap: break-word; -webkit-nbsp-mode: space;" dir="auto">{inner}</body></html>')


def html_alt(lines: list[str], html: str) -> Any:
    return alt("\n".join(lines) + "\n", html)
