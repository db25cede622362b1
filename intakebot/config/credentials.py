"""Passwords resolved from the file, the environment or systemd credentials (never logged)."""

from __future__ import annotations

import re
import typing
from dataclasses import replace
from pathlib import Path

from intakebot.config.error import ConfigError
from intakebot.config.sections import Config

#: What an environment variable a person names in ``password_env`` looks like.
_ENV_NAME_RE = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{2,12}")


def _secret(section: str, password: str, password_env: str, env: typing.Mapping[str, str]) -> str:
    if password_env:
        if password:
            raise ConfigError(f"[{section}] give password or password_env, not both")
        val = env.get(password_env)
        if not val:
            # A value that is no variable name is most likely the password itself: never echo it.
            name = password_env if _ENV_NAME_RE.fullmatch(password_env) else "(value not shown)"
            raise ConfigError(
                f"[{section}] password_env: environment variable {name} is not set"
                + ("" if name == password_env else "; password_env names a variable, it is not the password")
            )
        return val
    creds = env.get("CREDENTIALS_DIRECTORY")
    if not password and creds:
        # systemd LoadCredential=<section>_password:/etc/... puts the secret here.
        cred = Path(creds) / f"{section}_password"
        if cred.is_file():
            return cred.read_text().strip()
    return password


def resolve_secrets(cfg: Config, env: typing.Mapping[str, str]) -> Config:
    if cfg.imap:
        pw = _secret("imap", cfg.imap.password, cfg.imap.password_env, env)
        if not pw and not cfg.imap.oauth2_token_command:
            raise ConfigError("[imap] needs password, password_env or oauth2_token_command")
        cfg = replace(cfg, imap=replace(cfg.imap, password=pw))
    if cfg.smtp:
        pw = _secret("smtp", cfg.smtp.password, cfg.smtp.password_env, env)
        if cfg.smtp.username and not pw and not cfg.smtp.oauth2_token_command:
            raise ConfigError("[smtp] username is set but no password, password_env or oauth2_token_command")
        cfg = replace(cfg, smtp=replace(cfg.smtp, password=pw))
    return cfg
