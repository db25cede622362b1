"""The one exception configuration problems raise."""

from __future__ import annotations

from intakebot.errors import IntakebotError


class ConfigError(IntakebotError):
    """A configuration problem, worded for the administrator (one line)."""

    label = "config"
    exit_code = 2
