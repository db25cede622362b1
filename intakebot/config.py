"""The one configuration object, read from TOML once at start-up and passed down.

Every section is a frozen dataclass; :func:`load` checks each key against the
dataclass's declared type, so a typo or a wrong type is one clear line naming
the key (``ConfigError``), which the CLI turns into exit code 2. Secrets are
resolved here (``password_env``) and kept out of ``repr`` so they never reach a
log line.
"""

from __future__ import annotations

import os
import tomllib
import types
import typing
from dataclasses import MISSING, dataclass, field, fields, is_dataclass, replace
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from intakebot.errors import IntakebotError


class ConfigError(IntakebotError):
    """A configuration problem, worded for the administrator (one line)."""

    label = "config"
    exit_code = 2


#: An Authentication-Results outcome that ``[intake] auth_policy`` may count as a failure.
AuthFailure = Literal[
    "dmarc=fail", "dmarc=none", "dmarc=permerror", "dmarc=temperror",
    "dkim=fail", "dkim=none", "dkim=neutral", "dkim=policy", "dkim=permerror", "dkim=temperror",
    "spf=fail", "spf=softfail", "spf=none", "spf=neutral", "spf=permerror", "spf=temperror",
]  # fmt: skip
#: Every outright failure; ``dmarc=none`` is not one (see analysis/authresults.py).
DEFAULT_AUTH_POLICY: tuple[AuthFailure, ...] = ("dmarc=fail", "dkim=fail", "spf=fail", "spf=softfail")


@dataclass(frozen=True)
class ImapConfig:
    host: str
    username: str
    port: int = 993
    password: str = field(default="", repr=False)
    password_env: str = ""
    #: A command printing an OAuth2 access token (Microsoft 365, Gmail): XOAUTH2 login.
    oauth2_token_command: str = ""
    ssl: bool = True  # implicit TLS (993)
    starttls: bool = False
    ca_file: str = ""
    #: Only for test servers: accept any certificate.
    tls_verify: bool = True
    mailbox: str = "INBOX"
    #: Optional folder requests are moved to once safely recorded.
    processed_mailbox: str = ""
    processed_keyword: str = "$CUGProcessed"
    fetch_batch: int = 200
    timeout_seconds: float = 60.0
    idle: bool = False
    idle_renew_seconds: int = 29 * 60


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    from_address: str
    port: int = 587
    username: str = ""
    password: str = field(default="", repr=False)
    password_env: str = ""
    oauth2_token_command: str = ""
    ssl: bool = False
    starttls: bool = True
    ca_file: str = ""
    tls_verify: bool = True
    timeout_seconds: float = 60.0
    retry_min_seconds: int = 60
    retry_max_seconds: int = 3600
    give_up_after_days: float = 5.0


@dataclass(frozen=True)
class MaildirConfig:
    """The embedded default: a local inbox to read and a local outbox to write."""

    inbox: Path = Path("var/inbox")
    outbox: Path = Path("var/outbox")


@dataclass(frozen=True)
class LmtpConfig:
    host: str = "127.0.0.1"
    port: int = 8024
    recipients: tuple[str, ...] = ("info@cites.org",)
    max_message_bytes: int = 30 * 1024 * 1024


@dataclass(frozen=True)
class StorageConfig:
    path: Path = Path("var/intakebot.json")
    #: Rejected/expired records, old ledger entries and quarantined mail are purged after this.
    retention_days: int = 365


@dataclass(frozen=True)
class SecretariatConfig:
    digest_to: tuple[str, ...] = ()
    timezone: str = "Europe/Zurich"
    digest_time: str = "08:00"
    #: The address replies come from and Reply-To points at.
    address: str = "info@cites.org"
    #: Other addresses of the Secretariat: never answered automatically.
    other_addresses: tuple[str, ...] = ()
    #: Signature and display name; empty: each language's own ("Secrétariat CITES" ...).
    name: str = ""
    #: Language of the daily digest (en, fr or es).
    language: Literal["en", "fr", "es"] = "en"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class FollowupsConfig:
    reminder_after_days: int = 7
    max_reminders: int = 2
    expire_after_days: int = 30


@dataclass(frozen=True)
class IntakeConfig:
    mode: Literal["live", "shadow"] = "live"
    #: Where shadow mode writes the replies it would have sent.
    shadow_outbox: Path = Path("var/shadow-outbox")
    poll_interval_seconds: int = 300
    max_replies_per_sender_per_day: int = 3
    #: authserv-ids of the receiving servers whose Authentication-Results we trust.
    trusted_authserv_ids: tuple[str, ...] = ()
    #: Which of those servers' results count as failed (``method=result``).
    auth_policy: tuple[AuthFailure, ...] = DEFAULT_AUTH_POLICY
    #: Polling failing for longer than this is reported loudly (ERROR log, digest).
    stall_alert_minutes: int = 60
    #: On the first poll, mail received more than this many days earlier is left
    #: for the Secretariat, not answered: an inbox holds years of old requests.
    backfill_days: int = 14


@dataclass(frozen=True)
class LimitsConfig:
    """Caps that keep untrusted mail from crashing, hanging or exhausting the bot."""

    max_message_bytes: int = 25 * 1024 * 1024
    max_attachment_bytes: int = 10 * 1024 * 1024
    max_attachments: int = 20
    max_parts: int = 200
    max_depth: int = 20
    max_decompressed_bytes: int = 50 * 1024 * 1024
    max_compression_ratio: int = 100
    max_pdf_pages: int = 50
    #: A message's attachment-parsing budget (the sandbox kills past it + 1 s): legitimate
    #: forms parse in milliseconds, and a hostile PDF must not hold the inbox for long.
    parse_timeout_seconds: float = 2.0
    #: On top of it, what reading scans may take (Tesseract: about 1-2 s a page, at most
    #: 6 pages a message). Granted only to messages with a page-sized picture or a PDF
    #: holding an image (``analysis.ocr_seconds``); pages past it go to a person.
    ocr_timeout_seconds: float = 15.0
    max_html_bytes: int = 2 * 1024 * 1024
    max_nominees: int = 200


@dataclass(frozen=True)
class LoggingConfig:
    level: str = "INFO"


@dataclass(frozen=True)
class Config:
    imap: ImapConfig | None = None
    smtp: SmtpConfig | None = None
    maildir: MaildirConfig = MaildirConfig()
    lmtp: LmtpConfig = LmtpConfig()
    storage: StorageConfig = StorageConfig()
    secretariat: SecretariatConfig = SecretariatConfig()
    followups: FollowupsConfig = FollowupsConfig()
    intake: IntakeConfig = IntakeConfig()
    limits: LimitsConfig = LimitsConfig()
    logging: LoggingConfig = LoggingConfig()
    templates_dir: Path = field(default_factory=lambda: default_templates_dir())
    source_file: Path | None = None

    @property
    def from_address(self) -> str:
        return self.smtp.from_address if self.smtp else self.secretariat.address

    @property
    def own_addresses(self) -> frozenset[str]:
        """Addresses the bot must never answer: its own and the Secretariat's.

        ``digest_to`` counts: the digest's Reply-To is the inbox the bot reads,
        so a reviewer answering it writes from one of those addresses.
        """
        addrs = {
            self.secretariat.address,
            *self.secretariat.other_addresses,
            *self.secretariat.digest_to,
            self.from_address,
        }
        addrs |= set(self.lmtp.recipients)
        return frozenset(a.strip().lower() for a in addrs if a)


def default_templates_dir() -> Path:
    """The repository's templates/ in a checkout; the wheel's copy once installed."""
    here = Path(__file__).resolve().parent
    checkout = here.parent / "templates"
    return checkout if (checkout / "en").is_dir() else here / "templates"


#: Keys whose values are secrets: an error about them never quotes the value.
_SECRET_KEYS = frozenset({"password"})

#: Keys where 0 is not a value but a mistake (a 0 s socket timeout is non-blocking
#: I/O, a 0 batch fetches nothing, a 0 s interval polls in a busy loop).
_POSITIVE_KEYS: dict[str, tuple[str, ...]] = {
    "imap": ("fetch_batch", "timeout_seconds", "idle_renew_seconds"),
    "smtp": ("timeout_seconds", "retry_min_seconds", "retry_max_seconds"),
    "intake": ("poll_interval_seconds",),
}

#: Upper bounds for durations: a larger value is a typo, and it would overflow
#: date arithmetic (``received + timedelta(days=...)``) on the first pass.
MAX_DAYS = 36_500
MAX_SECONDS = 366 * 86_400

_SECTIONS: dict[str, type] = {
    "imap": ImapConfig,
    "smtp": SmtpConfig,
    "maildir": MaildirConfig,
    "lmtp": LmtpConfig,
    "storage": StorageConfig,
    "secretariat": SecretariatConfig,
    "followups": FollowupsConfig,
    "intake": IntakeConfig,
    "limits": LimitsConfig,
    "logging": LoggingConfig,
}


def load(path: str | Path, environ: typing.Mapping[str, str] | None = None) -> Config:
    """Read and check a TOML configuration file; raise ConfigError on any problem."""
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
    return from_dict(doc, base_dir=p.resolve().parent, environ=env, source_file=p.resolve())


def from_dict(
    doc: dict[str, Any],
    *,
    base_dir: Path,
    environ: typing.Mapping[str, str] | None = None,
    source_file: Path | None = None,
) -> Config:
    env = os.environ if environ is None else environ
    values: dict[str, Any] = {"source_file": source_file}
    for key, section in doc.items():
        if key == "templates_dir":
            values["templates_dir"] = _coerce("templates_dir", Path, section, base_dir)
            continue
        cls = _SECTIONS.get(key)
        if cls is None:
            raise ConfigError(f"unknown section or key [{key}] (known: {', '.join(_SECTIONS)})")
        if not isinstance(section, dict):
            raise ConfigError(f"[{key}] must be a table")
        values[key] = _build(key, cls, section, base_dir)
    for key, cls in _SECTIONS.items():
        if key not in values and key not in ("imap", "smtp"):
            values[key] = _build(key, cls, {}, base_dir)  # anchors default paths at base_dir
    cfg = Config(**values)
    cfg = _resolve_secrets(cfg, env)
    _check(cfg)
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


def _secret(section: str, password: str, password_env: str, env: typing.Mapping[str, str]) -> str:
    if password_env:
        if password:
            raise ConfigError(f"[{section}] give password or password_env, not both")
        val = env.get(password_env)
        if not val:
            raise ConfigError(
                f"[{section}] password_env: environment variable {password_env} is not set"
            )
        return val
    creds = env.get("CREDENTIALS_DIRECTORY")
    if not password and creds:
        # systemd LoadCredential=<section>_password:/etc/... puts the secret here.
        cred = Path(creds) / f"{section}_password"
        if cred.is_file():
            return cred.read_text().strip()
    return password


def _resolve_secrets(cfg: Config, env: typing.Mapping[str, str]) -> Config:
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


def _check(cfg: Config) -> None:
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
    for name in _SECTIONS:
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
    if cfg.followups.max_reminders > 10:
        raise ConfigError("[followups] max_reminders: at most 10")


def default(base_dir: Path | None = None) -> Config:
    """The embedded default (Maildir in, Maildir out) rooted at ``base_dir``."""
    return from_dict({}, base_dir=base_dir or Path.cwd(), environ={})
