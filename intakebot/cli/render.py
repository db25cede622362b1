"""How the CLI prints: untrusted values as inert text, plain when piped, wrapped at words on a terminal.

Why one module: names, organisations, subjects and Message-IDs come from
untrusted mail, and every verb prints some. Printed through Rich's markup
parser, ``Kenya Wildlife Service [/b]`` crashed ``requests list`` and
``[link=https://evil.example]`` put a clickable link on a reviewer's terminal
(issue 11 item 4); a raw ESC or C1 byte can rewrite the terminal. So:

* :func:`inert` makes any value one line of plain text: control characters
  (C0, DEL, C1 U+0080-U+009F, and the invisible bidi/format characters that
  reorder or hide text) become a space. Nothing here is ever given to Rich's
  markup parser: tables get :class:`rich.text.Text` cells, lines go through
  ``click.echo``.
* :class:`Out` knows whether stdout is a terminal. Piped, output is plain:
  one record per line, fields tab-separated, no box drawing, no wrapping
  (issue 16). On a terminal, lines wrap at word boundaries to its width.
* :func:`inert_csv` does the same to a CSV export, keeping its CRLF rows.
* :func:`json_text` is JSON whose control characters are all ``\\uXXXX``
  escapes (``json.dumps`` leaves DEL and C1 raw with ``ensure_ascii=False``).
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import click

#: C1, DEL and the format characters that reorder or hide text (bidi embeddings,
#: overrides and isolates, zero-width characters, line/paragraph separators, BOM).
_NON_C0 = "\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
#: Everything that is not plain text on one line: C0 (tab and newline included) and the above.
_CONTROL_RE = re.compile(f"[\x00-\x1f{_NON_C0}]")
#: The same, but keeping newline and tab: for multi-line text such as the digest.
_CONTROL_IN_TEXT_RE = re.compile(f"[\x00-\x08\x0b-\x1f{_NON_C0}]")
_NON_C0_RE = re.compile(f"[{_NON_C0}]")


def inert(value: object) -> str:
    """Any value as one line of plain text: control and format characters become spaces."""
    text = "" if value is None else str(value)
    return " ".join(_CONTROL_RE.sub(" ", text).split())


def inert_text(text: str) -> str:
    """Multi-line text with its line breaks and tabs, every other control character a space."""
    text = text.replace("\r\n", "\n")
    return _CONTROL_IN_TEXT_RE.sub(" ", text)


def json_text(obj: Any) -> str:
    """Indented JSON in which every control or format character is a ``\\uXXXX`` escape."""
    text = json.dumps(obj, ensure_ascii=False, indent=2)
    # json.dumps escapes C0 itself, so every raw C0 left is the indentation's newlines.
    return _NON_C0_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def inert_csv(data: bytes) -> bytes:
    """UTF-8 CSV with every control character but its own CRLF line ends (and tabs) made a space."""
    text = data.decode("utf-8", "replace")
    return "\r\n".join(_CONTROL_IN_TEXT_RE.sub(" ", part) for part in text.split("\r\n")).encode("utf-8")


def stdout_is_terminal() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):  # replaced or closed stdout
        return False


@dataclass
class Out:
    """Where a verb prints. ``tty``: a terminal (wrap to ``width``), else plain lines for a pipe."""

    tty: bool = field(default_factory=stdout_is_terminal)
    width: int = field(default_factory=lambda: shutil.get_terminal_size((80, 24)).columns)

    def line(self, text: str = "", *, indent: int = 0, hang: int = 0, err: bool = False) -> None:
        """One logical line (already inert), wrapped at word boundaries on a terminal.

        ``indent`` starts the line further in; ``hang`` indents its continuation lines.
        """
        lead = " " * indent
        if not self.tty or not text:
            click.echo(lead + text, err=err)
            return
        wrapped = textwrap.wrap(
            text, width=max(20, self.width), initial_indent=lead, subsequent_indent=" " * (indent + hang),
            break_long_words=False, break_on_hyphens=False,
        )
        click.echo("\n".join(wrapped) or lead, err=err)

    def field(self, label: str, value: object, *, indent: int = 0) -> None:
        """``Label: value`` with the value made inert; continuation lines hang under the value."""
        self.line(f"{label}: {inert(value)}", indent=indent, hang=len(label) + 2)

    def records(self, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
        """Piped: a header line and one tab-separated line per record."""
        click.echo("\t".join(header))
        for row in rows:
            click.echo("\t".join(inert(c) for c in row))


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"
