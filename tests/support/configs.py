"""Config for tests and benchmarks: the one place the test bed's [imap] and [smtp] sections are spelled.

Every test that talks to the loopback servers builds its settings here, so a
new required key or a changed default is changed once, and a config written as
TOML for a subprocess says the same as the dict given to ``from_dict``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from intakebot.config import Config, load
from tests.support.servers import Dovecot

FROM_ADDRESS = "info@cites.org"
DIGEST_TO = "cug-review@cites.org"

Sections = dict[str, dict[str, object]]


def smtp_settings(host: str, port: int, **overrides: object) -> dict[str, object]:
    """An [smtp] section for a plain-text listener (the test bed's aiosmtpd) sending as the Secretariat."""
    return {"host": host, "port": port, "ssl": False, "starttls": False, "from_address": FROM_ADDRESS, **overrides}


def imap_settings(dc: Dovecot, **overrides: object) -> dict[str, object]:
    """An [imap] section for the test bed's Dovecot, plain text on loopback."""
    return {
        "host": dc.host,
        "port": dc.port,
        "username": dc.user,
        "password": dc.password,
        "ssl": False,
        "starttls": False,
        **overrides,
    }


def deployment(tmp: Path, dc: Dovecot, smtp_host: str, smtp_port: int, **imap: object) -> Sections:
    """A real deployment in small: Dovecot in, SMTP out, the store in ``tmp``, quiet logs."""
    return {
        "imap": imap_settings(dc, **imap),
        "smtp": smtp_settings(smtp_host, smtp_port),
        "storage": {"path": str(tmp / "store.json")},
        "logging": {"level": "WARNING"},
    }


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str | Path):
        return json.dumps(str(value))  # a JSON string is a valid TOML basic string
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"no TOML form for {type(value).__name__}")


def toml_text(sections: Mapping[str, Mapping[str, object]]) -> str:
    """The TOML for flat sections, for configs handed to a subprocess of the console script."""
    blocks = []
    for name, values in sections.items():
        lines = [f"[{name}]"] + [f"{k} = {_toml_value(v)}" for k, v in values.items()]
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


def write_toml(path: Path, sections: Mapping[str, Mapping[str, object]]) -> Path:
    """Write a config file 0600, as a config holding a password must be (the CLI warns otherwise)."""
    path.write_text(toml_text(sections), encoding="utf-8")
    path.chmod(0o600)
    return path


def write_config(directory: Path, extra: str = "") -> Path:
    """A config file for the embedded default (Maildir in and out) rooted at ``directory``."""
    path = directory / "intakebot.toml"
    path.write_text(f'[secretariat]\ndigest_to = ["{DIGEST_TO}"]\n' + extra, encoding="utf-8")
    return path


def load_text(directory: Path, text: str, environ: dict[str, str] | None = None) -> Config:
    """Load ``text`` as a config file in ``directory``, the way ``--config`` does, with no environment by default."""
    path = directory / "c.toml"
    path.write_text(text, encoding="utf-8")
    return load(path, environ=environ or {})
