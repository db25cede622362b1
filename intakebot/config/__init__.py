"""The one configuration object, read from TOML once at start-up and passed down.

Every section is a frozen dataclass (:mod:`.sections`); :func:`load` checks each
key against the dataclass's declared type (:mod:`.loading`), so a typo or a
wrong type is one clear line naming the key (``ConfigError``), which the CLI
turns into exit code 2; :mod:`.checks` holds the rules across keys. Secrets are
resolved in :mod:`.credentials` (``password_env``) and kept out of ``repr`` so
they never reach a log line. This package re-exports the lot:
``from intakebot.config import X`` is the one way to import it.
"""

from __future__ import annotations

from intakebot.config.checks import MAX_DAYS, MAX_SECONDS
from intakebot.config.error import ConfigError
from intakebot.config.loading import default, from_dict, load
from intakebot.config.sections import (
    DEFAULT_AUTH_POLICY,
    AuthFailure,
    Config,
    FollowupsConfig,
    ImapConfig,
    IntakeConfig,
    LimitsConfig,
    LmtpConfig,
    LoggingConfig,
    MaildirConfig,
    SecretariatConfig,
    SmtpConfig,
    StorageConfig,
    default_templates_dir,
)

__all__ = [
    "DEFAULT_AUTH_POLICY", "MAX_DAYS", "MAX_SECONDS",
    "AuthFailure", "Config", "ConfigError", "FollowupsConfig", "ImapConfig", "IntakeConfig",
    "LimitsConfig", "LmtpConfig", "LoggingConfig", "MaildirConfig", "SecretariatConfig",
    "SmtpConfig", "StorageConfig", "default", "default_templates_dir", "from_dict", "load",
]  # fmt: skip
