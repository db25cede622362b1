"""Checks across keys that types alone cannot express (ranges, formats, combinations)."""

from __future__ import annotations

from dataclasses import fields
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from intakebot.config.error import ConfigError
from intakebot.config.sections import SECTIONS, Config

#: Keys where 0 is not a value but a mistake (a 0 s socket timeout is non-blocking
#: I/O, a 0 batch fetches nothing, a 0 s interval polls in a busy loop).
_POSITIVE_KEYS: dict[str, tuple[str, ...]] = {
    "imap": ("fetch_batch", "timeout_seconds", "idle_renew_seconds"),
    "smtp": ("timeout_seconds", "retry_min_seconds", "retry_max_seconds"),
    "lmtp": ("max_connections", "idle_timeout_seconds", "max_inflight_bytes", "max_message_bytes"),
    "intake": ("poll_interval_seconds", "hung_cycle_seconds"),
}

#: Upper bounds for durations: a larger value is a typo, and it would overflow
#: date arithmetic (``received + timedelta(days=...)``) on the first pass.
MAX_DAYS = 36_500
MAX_SECONDS = 366 * 86_400


def check(cfg: Config) -> None:
    try:
        ZoneInfo(cfg.secretariat.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"[secretariat] timezone: unknown time zone {cfg.secretariat.timezone!r}"
        ) from None
    hh, sep, mm = cfg.secretariat.digest_time.partition(":")
    digits = hh.isascii() and mm.isascii() and hh.isdigit() and mm.isdigit()  # not "²"
    if not (sep and digits and int(hh) < 24 and int(mm) < 60):
        raise ConfigError(
            f"[secretariat] digest_time: expected HH:MM, got {cfg.secretariat.digest_time!r}"
        )
    for name, keys in _POSITIVE_KEYS.items():
        sec = getattr(cfg, name)
        for key in keys if sec is not None else ():
            if getattr(sec, key) <= 0:
                raise ConfigError(f"[{name}] {key}: must be greater than 0, got {getattr(sec, key)}")
    for name in SECTIONS:
        sec = getattr(cfg, name)
        for f in fields(sec) if sec is not None else ():
            value = getattr(sec, f.name)
            if f.name.endswith("_days") and value > MAX_DAYS:
                raise ConfigError(f"[{name}] {f.name}: at most {MAX_DAYS}, got {value:g}")
            if f.name.endswith("_seconds") and value > MAX_SECONDS:
                raise ConfigError(f"[{name}] {f.name}: at most {MAX_SECONDS}, got {value:g}")
    if not cfg.storage.path.name:
        raise ConfigError(f"[storage] path: not a file name: {str(cfg.storage.path)!r}")
    for name, sec in (("imap", cfg.imap), ("smtp", cfg.smtp)):
        if sec is not None and sec.ssl and sec.starttls:
            raise ConfigError(f"[{name}] choose ssl (implicit TLS) or starttls, not both")
        if sec is not None and not 0 < sec.port < 65536:
            raise ConfigError(f"[{name}] port: out of range: {sec.port}")
    if cfg.smtp and "@" not in cfg.smtp.from_address:
        raise ConfigError(f"[smtp] from_address: not an email address: {cfg.smtp.from_address!r}")
    if cfg.logging.level.upper() not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        raise ConfigError(f"[logging] level: expected DEBUG, INFO, WARNING or ERROR, got {cfg.logging.level!r}")
    _check_lmtp(cfg)
    if cfg.followups.max_reminders > 10:
        raise ConfigError("[followups] max_reminders: at most 10")


def _check_lmtp(cfg: Config) -> None:
    """One message must fit in the bytes in flight, or no delivery could ever be accepted."""
    if cfg.lmtp.max_inflight_bytes < cfg.lmtp.max_message_bytes:
        raise ConfigError(
            f"[lmtp] max_inflight_bytes: at least max_message_bytes ({cfg.lmtp.max_message_bytes}),"
            f" got {cfg.lmtp.max_inflight_bytes}"
        )
