"""TOML -> :class:`Config`: every key checked against its dataclass's declared type."""

from __future__ import annotations

import os
import tomllib
import types
import typing
from dataclasses import MISSING, fields, is_dataclass, replace
from pathlib import Path
from typing import Any, Literal

from intakebot.config.checks import check
from intakebot.config.credentials import resolve_secrets
from intakebot.config.error import ConfigError
from intakebot.config.sections import SECTIONS, Config
from intakebot.review_settings import resolve as resolve_review

#: Keys whose values are secrets: an error about them never quotes the value.
_SECRET_KEYS = frozenset({"password"})


def load(path: str | Path, environ: typing.Mapping[str, str] | None = None, *, secrets: bool = True) -> Config:
    """Read and check a TOML configuration file; raise ConfigError on any problem.

    ``secrets=False``: leave the IMAP/SMTP passwords unresolved (the review
    verbs queue notices and need none; see :func:`intakebot.config.credentials.resolve_secrets`).
    """
    env = os.environ if environ is None else environ
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {p}") from None
    except OSError as e:
        raise ConfigError(f"cannot read config file {p}: {e.strerror}") from None
    try:
        doc = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{p}: not UTF-8 text") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{p}: invalid TOML: {e}") from None
    return from_dict(doc, base_dir=p.resolve().parent, environ=env, source_file=p.resolve(), secrets=secrets)


def from_dict(
    doc: dict[str, Any],
    *,
    base_dir: Path,
    environ: typing.Mapping[str, str] | None = None,
    source_file: Path | None = None,
    secrets: bool = True,
) -> Config:
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {"source_file": source_file}
    for key, section in doc.items():
        if key == "templates_dir":
            values["templates_dir"] = _coerce("templates_dir", Path, section, base_dir)
            continue
        cls = SECTIONS.get(key)
        if cls is None:
            raise ConfigError(f"unknown section or key [{key}] (known: {', '.join(SECTIONS)})")
        if not isinstance(section, dict):
            raise ConfigError(f"[{key}] must be a table")
        values[key] = _build(key, cls, section, base_dir)
    for key, cls in SECTIONS.items():
        if key not in values and key not in ("imap", "smtp"):
            values[key] = _build(key, cls, {}, base_dir)  # anchors default paths at base_dir
    cfg = Config(**values)
    if secrets:
        cfg = resolve_secrets(cfg, env)
    cfg = resolve_review(cfg, env)
    check(cfg)
    return cfg


def _build(name: str, cls: type, section: dict[str, Any], base_dir: Path) -> Any:
    assert is_dataclass(cls)
    hints = typing.get_type_hints(cls)
    known = {f.name: f for f in fields(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in section.items():
        if key not in known:
            raise ConfigError(f"[{name}] unknown key '{key}' (known: {', '.join(known)})")
        try:
            kwargs[key] = _coerce(f"[{name}] {key}", hints[key], value, base_dir)
        except ConfigError as e:
            if key in _SECRET_KEYS:
                # The message would quote the value: a wrongly typed password is still a password.
                raise ConfigError(f"[{name}] {key}: expected a string (value not shown)") from None
            raise e from None
    for f in known.values():
        if f.name not in kwargs and f.default is MISSING and f.default_factory is MISSING:
            raise ConfigError(f"[{name}] missing required key '{f.name}'")
    obj = cls(**kwargs)
    # Relative paths in defaults are relative to the config file, too.
    for f in known.values():
        if f.name not in kwargs and hints[f.name] is Path:
            obj = replace(obj, **{f.name: _coerce(f"[{name}] {f.name}", Path, str(getattr(obj, f.name)), base_dir)})
    return obj


def _coerce(where: str, typ: Any, value: Any, base_dir: Path) -> Any:
    origin = typing.get_origin(typ)
    if typ is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{where}: expected true or false, got {value!r}")
        return value
    if typ is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where}: expected a whole number, got {value!r}")
        if value < 0:
            raise ConfigError(f"{where}: must not be negative, got {value}")
        return value
    if typ is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"{where}: expected a number, got {value!r}")
        if value < 0:
            raise ConfigError(f"{where}: must not be negative, got {value}")
        return float(value)
    if typ is str:
        if not isinstance(value, str):
            raise ConfigError(f"{where}: expected a string, got {value!r}")
        return value
    if typ is Path:
        if not isinstance(value, str) or not value:
            raise ConfigError(f"{where}: expected a path string, got {value!r}")
        pth = Path(value).expanduser()
        return pth if pth.is_absolute() else (base_dir / pth)
    if origin is tuple:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: expected a list of strings, got {value!r}")
        item = typing.get_args(typ)[0]
        if typing.get_origin(item) is Literal:
            return tuple(_coerce(where, item, v, base_dir) for v in value)
        return tuple(value)
    if origin is Literal:
        choices = typing.get_args(typ)
        if value not in choices:
            raise ConfigError(f"{where}: expected one of {', '.join(map(str, choices))}, got {value!r}")
        return value
    if origin in (typing.Union, types.UnionType):
        raise ConfigError(f"{where}: unsupported")  # pragma: no cover - no such keys today
    raise ConfigError(f"{where}: unsupported type")  # pragma: no cover


def default(base_dir: Path | None = None) -> Config:
    """The embedded default (Maildir in, Maildir out) rooted at ``base_dir``."""
    return from_dict({}, base_dir=base_dir or Path.cwd(), environ={})
