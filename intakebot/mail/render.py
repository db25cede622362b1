"""The one renderer: a Jinja environment for replies and the digest alike.

Layouts are ``templates/<kind>.txt.j2`` and ``templates/<kind>.html.j2`` (one
of each per message kind, no words in them); words come from
``templates/strings/<lang>.toml`` through ``t("section.key", name=value)``.

``templates_dir`` (config) is an override directory: a layout or a strings
key found there wins, anything else falls back, file by file and key by key,
to the templates packaged with the bot. So the Secretariat's edits live in
``/etc/intakebot/templates`` and an upgrade never overwrites them.

``StrictUndefined`` turns a misspelt variable into an error in the tests
instead of an empty gap in a Party's inbox; autoescaping applies to
``.html.j2`` files only (escaping the text part would show ``&amp;``). In HTML
``t()`` escapes both the sentence and every value put into it.
"""

from __future__ import annotations

import functools
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from intakebot.errors import IntakebotError
from intakebot.localtime import local_time
from intakebot.mail.strings import Strings, StringsError, dirs_for, strings_for

#: Text parts are wrapped here (RFC 5322 recommends 78 including CRLF).
WRAP_COLUMNS = 76


class TemplateError(IntakebotError):
    """A template is missing or broken (e.g. uses an undefined variable)."""


@dataclass(frozen=True)
class Rendered:
    """One rendered message: a one-line subject and its text and HTML bodies."""

    subject: str
    text: str
    html: str


def _autoescape(name: str | None) -> bool:
    return bool(name) and str(name).endswith(".html.j2")


class Renderer:
    """Renders layouts with the words of one language; one per templates directory."""

    def __init__(self, templates_dir: str | Path) -> None:
        self.dirs: tuple[Path, ...] = dirs_for(templates_dir)
        loaders = [jinja2.FileSystemLoader(str(d)) for d in reversed(self.dirs)]
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader(list(loaders)),
            undefined=jinja2.StrictUndefined,
            autoescape=_autoescape,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            auto_reload=False,
        )
        self.env.globals["t"] = self._t
        self.env.globals["label"] = self._label
        self.env.globals["has"] = self._has
        self.env.globals["category"] = self._category
        self.env.filters["local"] = _local_filter

    def strings(self, language: str) -> Strings:
        return strings_for(self.dirs, language)

    def _strings_of(self, ctx: jinja2.runtime.Context) -> Strings:
        language = ctx.get("language")
        if not language:  # a macro imported without "with context"
            raise TemplateError("no language in the context: import layouts 'with context'")
        return self.strings(str(language))

    @jinja2.pass_context
    def _t(self, ctx: jinja2.runtime.Context, key: str, /, **values: Any) -> str:
        s = self._strings_of(ctx)
        if not ctx.eval_ctx.autoescape:
            return s(key, **values)
        s(key, **values)  # the same errors as in the text part
        return Markup(escape(s.raw(key)).format_map(values))

    @jinja2.pass_context
    def _label(self, ctx: jinja2.runtime.Context, field: str) -> str:
        return self._strings_of(ctx).label(field)

    @jinja2.pass_context
    def _category(self, ctx: jinja2.runtime.Context, category: str, access: str) -> str:
        return self._strings_of(ctx).category(category, access)

    @jinja2.pass_context
    def _has(self, ctx: jinja2.runtime.Context, key: str) -> bool:
        return self._strings_of(ctx).has(key)

    def render_one(self, path: str, context: Mapping[str, Any]) -> str:
        """Render one layout file by its path relative to the templates dir."""
        try:
            return self.env.get_template(path).render(**context)
        except jinja2.TemplateNotFound as e:
            raise TemplateError(f"template not found: {e.name}") from None
        except jinja2.UndefinedError as e:
            raise TemplateError(f"{path}: {e.message}") from None
        except jinja2.TemplateSyntaxError as e:
            raise TemplateError(f"{e.name or path}:{e.lineno}: {e.message}") from None
        except StringsError as e:
            raise TemplateError(f"{path}: {e}") from None

    def render(self, kind: str, language: str, subject: str, context: Mapping[str, Any], *,
               with_html: bool = True) -> Rendered:
        """Render both parts of message ``kind`` (``with_html=False``: the text part alone, as a preview shows it);
        ``subject`` is already in words."""
        if "/" in kind or kind.startswith(("_", ".")):
            raise TemplateError(f"bad template name {kind}")
        ctx = {"language": language, **context}
        text = wrap_text(self.render_one(f"{kind}.txt.j2", ctx))
        html = self.render_one(f"{kind}.html.j2", ctx) if with_html else ""
        return Rendered(subject=" ".join(subject.split()), text=text, html=html)


@jinja2.pass_context
def _local_filter(ctx: jinja2.runtime.Context, value: object) -> str:
    return local_time(str(value), ctx.get("tz"))


_renderers: dict[Path, Renderer] = {}


_by_name: dict[str | Path, Renderer] = {}


def renderer_for(templates_dir: str | Path) -> Renderer:
    """One cached :class:`Renderer` per templates directory (compiling is not free).

    Looked up by the name given first: resolving the path touched the disk once per
    folder level on every reply and review mail (a twentieth of composing one).
    """
    r = _by_name.get(templates_dir)
    if r is None:
        key = Path(templates_dir).resolve()
        r = _renderers.get(key)
        if r is None:
            r = _renderers[key] = Renderer(key)
        _by_name[templates_dir] = r
    return r


def _wrap_line(line: str) -> list[str]:
    if len(line) <= WRAP_COLUMNS:
        return [line]
    return list(_wrapped(line))


@functools.lru_cache(maxsize=2048)
def _wrapped(line: str) -> tuple[str, ...]:
    """A long line wrapped; remembered, as most are the same sentence in every mail of a language.

    ``textwrap`` was a sixth of composing a review mail.
    """
    stripped = line.lstrip(" ")
    indent = line[: len(line) - len(stripped)]
    # Continuations of an indented line go two deeper, so "  Label: value" lines stay visible.
    hang = indent + ("  " if indent or stripped.startswith(("- ", "* ", "• ")) else "")
    return tuple(textwrap.wrap(
        stripped,
        width=WRAP_COLUMNS,
        initial_indent=indent,
        subsequent_indent=hang,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [line])


def wrap_text(text: str) -> str:
    """Wrap at :data:`WRAP_COLUMNS`, keep indents, drop trailing spaces and blank-line runs.

    Words are never split (an address or a long reference stays whole), and
    no-break spaces hold ``Pays : Kenya`` together.
    """
    out: list[str] = []
    for raw in text.splitlines():
        ln = raw.rstrip()
        if not ln and (not out or not out[-1]):
            continue
        out.extend(_wrap_line(ln) if ln else [""])
    while out and not out[-1]:
        out.pop()
    return "\n".join(out) + "\n"
