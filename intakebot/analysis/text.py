"""Text preparation: HTML to text, quoted replies and signatures cut (the language: :mod:`.language`).

Form data must come only from what the sender wrote in *this* message: a reply
that quotes our own missing-field notice would otherwise read "(missing)" back
as a value, and a signature's phone would override the form's.
"""

from __future__ import annotations

import html
import re
from functools import cache
from html.parser import HTMLParser

from intakebot.analysis.conversation import bottom_posted, cut_disclaimer
from intakebot.analysis.labels import LABEL_LINE_RE, fold, lookup

# ----------------------------------------------------------------------------- HTML


class _HtmlToText(HTMLParser):
    """HTML to plain text where table rows become tab-separated lines.

    Tables rendered this way go through the same table and label readers as
    plain text, so an Outlook table and a pasted table are read identically.
    Quoted blocks (``<blockquote>``, Gmail's ``gmail_quote``, Outlook's
    ``divRplyFwdMsg`` and everything after it) are dropped.
    """

    _BLOCK = frozenset(
        ["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "address", "section", "article", "header", "footer", "hr"]
    )
    _SKIP = frozenset(("script", "style", "head", "title", "xml", "o:p"))

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.cell: list[str] | None = None
        self.row: list[str] | None = None
        self.skip = 0
        self.quote = 0
        self.quote_tag = ""
        self.stop = False
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.stop:
            return
        self.depth += 1
        if self.quote:
            self.quote += tag == self.quote_tag  # the quote ends with its own element, text below it is read
            return
        a = {k: (v or "") for k, v in attrs}
        if tag == "body":
            self.skip = 0  # the body ends an unclosed <head> (as browsers read it): its text is the message
            return
        if tag in self._SKIP:
            self.skip += 1
            return
        if tag == "blockquote" or "gmail_quote" in a.get("class", "") or a.get("type") == "cite":
            self.quote, self.quote_tag = 1, tag
            return
        if a.get("id", "") in ("divRplyFwdMsg", "appendonsend") or a.get("name") == "messageReplySection":
            self.stop = True
            return
        if tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag in self._BLOCK:
            self._text("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.stop:
            return
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.quote:
            self.quote -= tag == self.quote_tag
            return
        if tag in ("td", "th") and self.cell is not None:
            txt = " ".join("".join(self.cell).split())
            if self.row is not None:
                self.row.append(txt)
            else:
                self.out.append(txt + "\n")
            self.cell = None
        elif tag == "tr" and self.row is not None:
            if any(self.row):
                self.out.append("\n" + "\t".join(self.row) + "\n")
            self.row = None
        elif tag in self._BLOCK or tag == "table":
            self._text("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self._text("\n")

    def handle_data(self, data: str) -> None:
        if self.stop or self.skip or self.quote:
            return
        self._text(data)

    def _text(self, data: str) -> None:
        if self.skip or self.quote or self.stop:
            return
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.out.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML body, tables as tab-separated rows; never raises."""
    p = _HtmlToText()
    try:
        p.feed(markup)
        p.close()
    except Exception:  # html.parser is lenient; this is belt and braces
        return html.unescape(re.sub(r"<[^>]*>", " ", markup))
    text = "".join(p.out).replace("\xa0", " ")
    lines = [ln.rstrip() if "\t" in ln else " ".join(ln.split()) for ln in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


# ----------------------------------------------------------------------------- quotes

_ATTRIBUTION_RES = [
    re.compile(r"^\s*On\b.{0,200}\bwrote\s*:\s*$", re.I),
    re.compile(r"^\s*Le\b.{0,200}\ba\s+[ée]crit\s*:\s*$", re.I),
    re.compile(r"^\s*El\b.{0,200}\bescribi[óo]\s*:\s*$", re.I),
    re.compile(r"^\s*-{2,}\s*(Original Message|Message d'origine|Mensaje original|Urspr.ngliche Nachricht)\s*-{2,}\s*$", re.I),
    re.compile(r"^\s*_{10,}\s*$"),
]
_ATTRIBUTION_START_RE = re.compile(r"^\s*(On|Le|El)\b.{0,200}$", re.I)
_ATTRIBUTION_END_RE = re.compile(r"(wrote|a\s+[ée]crit|escribi[óo])\s*:\s*$", re.I)
_HEADER_BLOCK_RE = re.compile(r"^\s*\*?(From|De|Von)\s*\*?\s*:\s*\S", re.I)
_HEADER_NEXT_RE = re.compile(
    r"^\s*\*?(Sent|Date|Envoy[ée]|Enviado(?: el)?|Fecha|To|[ÀA]|Para|Subject|Objet|Asunto|Cc)\s*\*?\s*:", re.I
)
_FORWARD_RE = re.compile(
    r"^\s*(-{3,}\s*)?(D[ée]but du |Inicio del )?(Forwarded message|Begin forwarded message|Message transf[ée]r[ée]|"
    r"Mensaje reenviado|Message r[ée]exp[ée]di[ée]|message r[ée]exp[ée]di[ée]|mensaje reenviado)",
    re.I,
)
_SIG_CLOSINGS = (
    "best regards|kind regards|warm regards|regards|best wishes|best|sincerely|yours sincerely|"
    "yours faithfully|yours truly|respectfully|many thanks|thanks and regards|with best regards|"
    "with kind regards|thank you and best regards|cordialement|bien cordialement|tres cordialement|"
    "sinceres salutations|meilleures salutations|salutations distinguees|salutations|"
    "veuillez agreer.{0,120}|avec mes salutations.{0,60}|atentamente|saludos|saludos cordiales|"
    "un cordial saludo|cordiales saludos|un saludo|muy atentamente|reciba un cordial saludo|"
    "thanks\\s*&\\s*regards|sincerely yours|with regards|with best wishes|cheers|"
    "bien a vous|bien a toi|respectueusement|merci et bonne journee|"
    "sin otro particular.{0,120}|saludos atentos|cordialmente|respetuosamente|atte|un abrazo|"
    "sinceramente|reciba un saludo.{0,60}|regards from.{0,40}|salutations cordiales"
)
_SIG_RE = re.compile(rf"^\s*({_SIG_CLOSINGS})\s*[,.!]?\s*$", re.I)


@cache
def _fold_closings() -> re.Pattern[str]:
    return re.compile(rf"^\s*({fold(_SIG_CLOSINGS)})\s*[,.!]?\s*$")


_REF_RE = re.compile(r"\bCUG[\s\-‐–_]?\d{4}[\s\-‐–_]\d{4}\b", re.I)
_ADDR_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_SEPARATOR_RES = _ATTRIBUTION_RES[3:]  # "-----Original Message-----" and Outlook's "_____" rule
_BLOCK_FROM_RE = re.compile(r"^\s*\*?(?:From|De|Von)\s*\*?\s*:(.*)$", re.I)
_BLOCK_SUBJECT_RE = re.compile(r"^\s*\*?(?:Subject|Objet|Asunto|Betreff)\s*\*?\s*:(.*)$", re.I)


def _header_block_at(lines: list[str], i: int) -> bool:
    return bool(_HEADER_BLOCK_RE.match(lines[i])) and _next_is_header(lines, i)


def _block_is_forward(lines: list[str], i: int, own_addresses: frozenset[str]) -> bool:
    """Whether the Outlook header block starting at line ``i`` introduces a forwarded message.

    A reply quotes a message from us: its From is one of ``own_addresses`` (the
    Secretariat's, or whoever the message was sent to) or its Subject carries
    our CUG tag. A block from someone else, about something else, is a message
    being passed on to us. A From without an address cannot be told apart and
    stays a quote.
    """
    sender = ""
    for line in lines[i : i + 8]:
        m = _BLOCK_FROM_RE.match(line)
        if m and not sender:
            addr = _ADDR_RE.search(m.group(1))
            if addr is None:
                return False
            sender = addr.group(0).lower()
            continue
        m = _BLOCK_SUBJECT_RE.match(line)
        if m and _REF_RE.search(m.group(1)):
            return False
        if not line.strip():
            break
    return bool(sender) and sender not in own_addresses


_QUOTED_LABEL_RE = re.compile(r"^\s*(?:>\s*)+(?P<label>[^:>]{2,60}?)\s*:\s*$")


def _answers_under_quoted_labels(lines: list[str]) -> list[str]:
    """Answers typed under each quoted heading of our notice ("> Country:" / "Viet Nam") as "Country: Viet Nam".

    Only in a reply with two or more such answers (a form answered in place); the quoted headings stay quoted.
    """
    pairs = [(i, m.group("label")) for i, ln in enumerate(lines[:-1])
             if (m := _QUOTED_LABEL_RE.match(ln)) and lookup(m.group("label"))
             and lines[i + 1].strip() and not lines[i + 1].lstrip().startswith(">")]
    if len(pairs) < 2:
        return lines
    out = list(lines)
    for i, label in pairs:
        out[i + 1] = f"{label}: {lines[i + 1].strip()}"
    return out


def strip_quotes(
    text: str, *, forwarding: bool = False, own_addresses: frozenset[str] = frozenset()
) -> tuple[str, str]:
    """Split ``text`` into (what the sender wrote, the quoted rest).

    ``forwarding``: the subject says FW/TR/RV, so a "From:/Sent:" block is the
    forwarded request itself and must be kept, not cut. Without that, a header
    block is kept when it is not from one of ``own_addresses`` and its subject
    has no CUG tag (see :func:`_block_is_forward`); Outlook's separator line
    above such a block is kept with it.
    """
    lines = _answers_under_quoted_labels(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    kept: list[str] = []
    quoted: list[str] = []
    cut = len(lines)
    fwd_fields = -1  # label lines since a forwarded message began (-1: none began); its history follows them
    for i, line in enumerate(lines):
        if _FORWARD_RE.match(line):
            if fwd_fields >= 2:
                cut = i  # an older message forwarded inside the forwarded request: history
                break
            forwarding, fwd_fields = True, 0
            kept.append(line)
            continue
        if line.lstrip().startswith(">"):
            quoted.append(line)
            continue
        if _bottom_post_attribution(lines, i, quoted):
            quoted.append(line)  # a bottom-posted reply: the writer's text is below the quote
            continue
        block = _header_block_at(lines, i)
        if block and (forwarding or _block_is_forward(lines, i, own_addresses)):
            if fwd_fields >= 2:
                cut = i  # the forwarded request's own history: older mail, other people's numbers
                break
            fwd_fields = 0
        elif fwd_fields >= 0:
            fwd_fields += _is_field_line(line)
        if any(r.match(line) for r in _ATTRIBUTION_RES):
            if _separator_of_forward(lines, i, forwarding, own_addresses):
                kept.append(line)
                continue
            cut = i
            break
        if _ATTRIBUTION_START_RE.match(line) and i + 1 < len(lines) and _ATTRIBUTION_END_RE.search(
            lines[i + 1]
        ):
            cut = i  # "On Mon, 3 June 2024 at 10:00, Someone <x@y>\nwrote:" wrapped
            break
        if block and not (forwarding or _block_is_forward(lines, i, own_addresses)):
            cut = i
            break
        kept.append(line)
    quoted.extend(lines[cut:])
    return "\n".join(kept), "\n".join(quoted)


def _separator_of_forward(lines: list[str], i: int, forwarding: bool, own_addresses: frozenset[str]) -> bool:
    """Whether line ``i`` is Outlook's separator above a forwarded message's header block (kept with it)."""
    j = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].strip()), None)
    return (
        any(r.match(lines[i]) for r in _SEPARATOR_RES)
        and j is not None
        and _header_block_at(lines, j)
        and (forwarding or _block_is_forward(lines, j, own_addresses))
    )


def _bottom_post_attribution(lines: list[str], i: int, quoted: list[str]) -> bool:
    """Whether line ``i`` is (part of) an attribution over a ``>`` quote the writer answered below."""
    line = lines[i]
    if _ATTRIBUTION_START_RE.match(line):
        if any(r.match(line) for r in _ATTRIBUTION_RES[:3]) and bottom_posted(lines, i):
            return True
        return i + 1 < len(lines) and bool(_ATTRIBUTION_END_RE.search(lines[i + 1])) and bottom_posted(lines, i + 1)
    # the second line of a wrapped attribution whose first line was taken as quote
    return bool(_ATTRIBUTION_END_RE.search(line)) and bool(quoted) and quoted[-1] is lines[i - 1] and bottom_posted(
        lines, i
    )


def _is_field_line(line: str) -> bool:
    m = LABEL_LINE_RE.match(line)
    return m is not None and lookup(m.group(1)) is not None


def _next_is_header(lines: list[str], i: int) -> bool:
    return any(_HEADER_NEXT_RE.match(nxt) for nxt in lines[i + 1:i + 4])


def split_at_forward(text: str) -> tuple[str, str]:
    """(what the writer typed, the forwarded message from its marker or header block on); ``(text, "")`` when
    nothing is forwarded inline. The language is the writer's, not that of the newsletter they forward."""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if _FORWARD_RE.match(ln) or _header_block_at(lines, i):
            return "\n".join(lines[:i]), "\n".join(lines[i:])
    return text, ""


def has_forward(text: str) -> bool:
    """Whether ``text`` (already cut by :func:`strip_quotes`) still holds a forwarded message."""
    return bool(split_at_forward(text)[1])


def strip_signature(text: str) -> str:
    """Cut a signature: the "-- " delimiter, or a closing such as "Best regards,".

    The closing must follow some content, and the cut keeps any table or
    label lines that come before it.
    """
    lines = text.split("\n")
    # A forwarded message below the forwarder's own signature is kept: each
    # side of a forward marker (or of a kept "From:/Sent:" block) loses its own
    # signature.
    for i, line in enumerate(lines):
        if i and (_FORWARD_RE.match(line) or _header_block_at(lines, i)):
            return strip_signature("\n".join(lines[:i])) + "\n" + "\n".join(
                [line, strip_signature("\n".join(lines[i + 1 :]))]
            )
    lines = cut_disclaimer(lines)
    seen_content = False
    closings = _fold_closings()
    for i, line in enumerate(lines):
        if (line in ("-- ", "--", "—") or line.rstrip() == "-- ") and seen_content:
            return "\n".join(lines[:i])
        if seen_content and len(line) < 140 and closings.match(fold(line)):
            return "\n".join(lines[:i])
        if line.strip():
            seen_content = True
    return "\n".join(lines)
