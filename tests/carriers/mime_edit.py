"""Byte-level edits of a real message: write into one text part, change one header, keep the rest.

The email package re-serialises a whole message when it is changed (folding,
boundaries, transfer encodings), so a carrier built with it would no longer be
the real message. Here the raw bytes are split by hand into header blocks and
MIME parts (boundaries found from each part's Content-Type), and only the bytes
of an edited part's body and of the replaced header lines change:

* a 7bit/8bit body gets the new text spliced in at the anchor, in the part's
  charset and line endings, every other byte as it was (the anchor found as
  written in the body when it is there once: a UTF-7 prefix does not encode back
  to the bytes it was decoded from);
* a quoted-printable body gets the new text quoted-printable-encoded and spliced
  in at the anchor when the anchor is written literally in the encoded body (the
  usual case), else the body is decoded, edited and encoded again;
* a base64 body is decoded, edited and encoded again at 76 columns.

A message/rfc822 part is a leaf: nothing is ever written into a forwarded message.
"""

from __future__ import annotations

import base64
import quopri
import re
from dataclasses import dataclass, field
from email.message import Message
from email.parser import BytesHeaderParser

_HEADER_END = re.compile(rb"\r?\n\r?\n")


@dataclass
class Part:
    """One MIME entity as byte ranges of the raw message (``start``..``end`` is header + body)."""

    path: str                   # "" for the message itself, "1", "1.2", ... (1-based, in order)
    start: int
    body_start: int
    end: int
    headers: Message
    children: list[Part] = field(default_factory=list)

    @property
    def content_type(self) -> str:
        return self.headers.get_content_type()

    @property
    def charset(self) -> str:
        return self.headers.get_content_charset() or "us-ascii"

    @property
    def cte(self) -> str:
        return str(self.headers.get("Content-Transfer-Encoding", "7bit")).strip().lower()


def _body_start(raw: bytes, start: int, end: int) -> int:
    m = _HEADER_END.search(raw, start, end)
    if raw[start:start + 1] in (b"\n", b"\r"):  # no headers at all
        return start + (2 if raw[start:start + 2] == b"\r\n" else 1)
    return m.end() if m else end


def parse(raw: bytes, start: int = 0, end: int | None = None, path: str = "") -> Part:
    end = len(raw) if end is None else end
    body = _body_start(raw, start, end)
    headers = BytesHeaderParser().parsebytes(raw[start:body])
    part = Part(path, start, body, end, headers)
    boundary = headers.get_boundary() if headers.get_content_maintype() == "multipart" else None
    if boundary:
        delim = re.compile(rb"(?m)^--" + re.escape(boundary.encode("latin-1")) + rb"(--)?[ \t]*\r?$\n?")
        marks = list(delim.finditer(raw, body, end))
        for i, m in enumerate(marks[:-1]):
            if m.group(1):
                break
            nxt = marks[i + 1].start()
            # the line break before the next delimiter belongs to the delimiter
            stop = nxt - (2 if raw[nxt - 2:nxt] == b"\r\n" else 1 if raw[nxt - 1:nxt] == b"\n" else 0)
            sub = f"{path}.{i + 1}" if path else str(i + 1)
            part.children.append(parse(raw, m.end(), max(stop, m.end()), sub))
    return part


def walk(part: Part) -> list[Part]:
    out = [part]
    for c in part.children:
        out.extend(walk(c))
    return out


def find(root: Part, path: str) -> Part:
    for p in walk(root):
        if p.path == path:
            return p
    raise KeyError(f"no MIME part {path!r}")


def _newline(data: bytes) -> str:
    return "\r\n" if b"\r\n" in data else "\n"


def _position(text: str, at: tuple[str, str]) -> int:
    where, anchor = at
    if where == "start":
        return 0
    if where == "end":
        return len(text)
    i = text.find(anchor)
    if i < 0 or text.find(anchor, i + 1) >= 0:
        raise ValueError(f"anchor {anchor!r} not found exactly once")
    return i + len(anchor) if where == "after" else i


def _qp(text: bytes, nl: bytes) -> bytes:
    enc = quopri.encodestring(text.replace(b"\r\n", b"\n"))
    return enc.replace(b"\n", nl)


def write_into(raw: bytes, path: str, at: tuple[str, str], insert: str) -> bytes:
    """``raw`` with ``insert`` written into the text part at ``path`` (before/after an anchor, start, end)."""
    part = find(parse(raw), path)
    if part.children or part.headers.get_content_maintype() != "text":
        raise ValueError(f"part {path!r} is {part.content_type}, not a text leaf")
    body = raw[part.body_start:part.end]
    nl = _newline(body)
    new = insert.replace("\r\n", "\n").replace("\n", nl).encode(part.charset)  # UnicodeEncodeError: wrong language
    if part.cte in ("7bit", "8bit", "binary"):
        anchor_b = at[1].replace("\n", nl).encode(part.charset)
        if at[0] in ("before", "after") and at[1] and body.count(anchor_b) == 1:  # as written (UTF-7: '+AD4' is '>')
            i = body.index(anchor_b)
            pos = i + len(anchor_b) if at[0] == "after" else i
        else:
            text = body.decode(part.charset, "surrogateescape")
            pos = len(text[:_position(text, at)].encode(part.charset, "surrogateescape"))
        edited = body[:pos] + new + body[pos:]
    elif part.cte == "quoted-printable":
        anchor_b = at[1].replace("\n", nl).encode(part.charset)
        if at[0] in ("before", "after") and body.count(anchor_b) == 1 and at[1]:
            i = body.index(anchor_b)
            pos = i + len(anchor_b) if at[0] == "after" else i
            edited = body[:pos] + _qp(new, nl.encode()) + body[pos:]
        else:
            text = quopri.decodestring(body).decode(part.charset, "surrogateescape")
            p = _position(text, at)
            whole = (text[:p] + new.decode(part.charset) + text[p:]).encode(part.charset, "surrogateescape")
            edited = _qp(whole, nl.encode())
    elif part.cte == "base64":
        text = base64.b64decode(body).decode(part.charset, "surrogateescape")
        p = _position(text, at)
        whole = (text[:p] + new.decode(part.charset) + text[p:]).encode(part.charset, "surrogateescape")
        edited = base64.encodebytes(whole).replace(b"\n", nl.encode())
        if not body.endswith((b"\n", b"\r")):
            edited = edited.rstrip(b"\r\n")
    else:
        raise ValueError(f"unknown transfer encoding {part.cte!r}")
    return raw[:part.body_start] + edited + raw[part.end:]


def set_header(raw: bytes, name: str, value: str) -> bytes:
    """``raw`` with the top-level header ``name`` (all its folded lines) replaced, or added at the end."""
    head_end = _body_start(raw, 0, len(raw))
    nl = _newline(raw[:head_end]).encode()
    line = f"{name}: {value}".encode() + nl
    rx = re.compile(rb"(?im)^" + re.escape(name.encode()) + rb"[ \t]*:.*\r?\n(?:[ \t].*\r?\n)*")
    m = rx.search(raw, 0, head_end)
    if m:
        return raw[:m.start()] + line + raw[m.end():]
    sep = _HEADER_END.search(raw, 0, head_end + 1)
    cut = sep.start() + len(nl) if sep else 0
    return raw[:cut] + line + raw[cut:]
