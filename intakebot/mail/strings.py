"""Every word the Secretariat may change, one TOML file per language.

``templates/strings/<lang>.toml`` holds whole sentences with ``{placeholders}``
(Python ``str.format`` fields); the layouts (``templates/*.j2``) hold no
words. A key missing in French or Spanish falls back to the English one, and
a key in an override directory (``templates_dir``) replaces the packaged one
key by key, so an edited file never has to repeat what it does not change.

French typography is applied when a file is loaded, so the Secretariat types
ordinary spaces and apostrophes: a space before ``: ; ? !`` and inside
``« »`` becomes a no-break space, and ``'`` becomes ``’``. Placeholder values
(which come from mail) are never touched: an official called O'Brien keeps
his apostrophe.

Field labels live here and nowhere else: ``[labels]`` (and ``[in_sentence]``)
serve replies, the form, the digest, the review mails and the CLI
(:func:`field_labels`); ``[export]`` holds the column headers of the list
handed to the WCO, which is English whatever the language (a section of
:data:`ENGLISH_ONLY`, absent from ``fr.toml`` and ``es.toml``).
"""

from __future__ import annotations

import re
import string
import tomllib
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from intakebot.config import default_templates_dir
from intakebot.errors import IntakebotError
from intakebot.records import FIELDS

LANGUAGES: tuple[str, ...] = ("en", "fr", "es")
#: Sections only ``en.toml`` holds: words that stay English in every language.
ENGLISH_ONLY: tuple[str, ...] = ("export",)
NBSP = "\u00a0"

_FR_BEFORE = re.compile(r" ([:;?!»])")
_FR_AFTER = re.compile(r"« ")


class StringsError(IntakebotError):
    """A strings file is unreadable, or a key or placeholder is missing."""


def french_typography(text: str) -> str:
    """No-break spaces before ``: ; ? !`` and inside « », typographic apostrophes."""
    text = _FR_BEFORE.sub(NBSP + r"\1", text)
    text = _FR_AFTER.sub("«" + NBSP, text)
    return text.replace("'", "\u2019")


def _flatten(doc: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for key, value in doc.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(_flatten(value, name + "."))
        elif isinstance(value, str):
            out[name] = value
        else:
            raise StringsError(f"{name}: a string is expected (put it in quotes)")
    return out


def load_file(path: Path) -> dict[str, str]:
    """One strings file as ``{"section.key": text}``; absent file: empty."""
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError) as e:
        raise StringsError(f"cannot read {path}: {e}") from None
    except tomllib.TOMLDecodeError as e:
        raise StringsError(f"{path}: invalid TOML: {e}") from None
    return _flatten(doc)


class Strings:
    """The words of one language: ``s("section.key", name=value)``."""

    def __init__(self, language: str, table: Mapping[str, str], fallback: Mapping[str, str]):
        self.language = language
        self._table = dict(table)
        self._fallback = dict(fallback)

    def key_set(self) -> set[str]:
        return set(self._table)

    def has(self, key: str) -> bool:
        return key in self._table or key in self._fallback

    def raw(self, key: str) -> str:
        try:
            return self._table[key] if key in self._table else self._fallback[key]
        except KeyError:
            raise StringsError(f"strings: no text for {key!r}") from None

    def __call__(self, key: str, /, **values: object) -> str:
        text = self.raw(key)
        try:
            return text.format_map(_Values(key, values))
        except (ValueError, IndexError) as e:
            raise StringsError(f"strings {self.language}/{key}: {e}") from None

    def placeholders(self, key: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(self.raw(key)) if f}

    def label(self, field: str) -> str:
        """A field's label ("Contact number"); an unknown key is shown as is."""
        key = f"labels.{field}"
        return self.raw(key) if self.has(key) else field

    def category(self, category: str, access: str) -> str:
        """The kind of authority and its access in words ("customs (full access)"); a code unknown here as is."""
        kind, scope = f"categories.{category}", f"categories.access_{access}"
        return self(
            "categories.pair",
            category=self.raw(kind) if self.has(kind) else category,
            access=self.raw(scope) if self.has(scope) else access,
        )

    def in_sentence(self, fields: Iterable[str]) -> str:
        """Fields as a sentence names them ("the surname and the contact number"); the label if none."""
        return self.join(self(f"in_sentence.{k}") if self.has(f"in_sentence.{k}") else self.label(k) for k in fields)

    def join(self, items: Iterable[str]) -> str:
        """"a", "a and b", "a, b and c" in the language's words."""
        parts = list(items)
        if len(parts) <= 1:
            return "".join(parts)
        return self("common.list_sep").join(parts[:-1]) + self("common.list_and") + parts[-1]


class _Values(dict[str, object]):
    def __init__(self, key: str, values: Mapping[str, object]):
        super().__init__(values)
        self.key = key

    def __missing__(self, name: str) -> object:
        raise StringsError(f"strings {self.key}: unknown placeholder {{{name}}}")


def _language_table(dirs: Iterable[Path], language: str) -> dict[str, str]:
    table: dict[str, str] = {}
    for d in dirs:  # packaged first, then the override: the override wins key by key
        table.update(load_file(d / "strings" / f"{language}.toml"))
    if language == "fr":
        table = {k: french_typography(v) for k, v in table.items()}
    return table


_cache: dict[tuple[tuple[Path, ...], str], Strings] = {}


def strings_for(dirs: tuple[Path, ...], language: str) -> Strings:
    """The language's words from ``dirs`` (lowest priority first), English per key underneath."""
    key = (dirs, language)
    s = _cache.get(key)
    if s is None:
        english = _language_table(dirs, "en")
        table = english if language == "en" else _language_table(dirs, language)
        s = _cache[key] = Strings(language, table, english)
    return s


@lru_cache(maxsize=64)
def dirs_for(templates_dir: str | Path) -> tuple[Path, ...]:
    """The packaged templates, then ``templates_dir`` when it is another directory (it wins).

    Cached: resolving both paths touched the disk per folder level, for every mail composed.
    """
    packaged = default_templates_dir().resolve()
    override = Path(templates_dir).resolve()
    return (packaged,) if override == packaged else (packaged, override)


def strings_of(templates_dir: str | Path, language: str = "en") -> Strings:
    """The words of ``language`` for a configured ``templates_dir`` (English per key underneath)."""
    return strings_for(dirs_for(templates_dir), language)


def field_labels(s: Strings) -> dict[str, str]:
    """Every field's label in ``s``'s language, in the notification's order."""
    return {k: s.label(k) for k in FIELDS}


def export_header(s: Strings) -> list[str]:
    """The columns of the WCO list: the seven fields, access, reference (``[export]``)."""
    return [s(f"export.{k}") for k in (*FIELDS, "access", "reference")]


def clear_cache() -> None:
    _cache.clear()
    dirs_for.cache_clear()
