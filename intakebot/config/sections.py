"""The configuration's sections: one frozen dataclass per TOML table, and their defaults."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from intakebot.review_settings import ReviewConfig

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
    #: Caps (``intakebot.sources.lmtp_limits``); over one the answer is 4xx and the MTA retries.
    max_connections: int = 20
    idle_timeout_seconds: int = 60
    max_inflight_bytes: int = 128 * 1024 * 1024
    #: Mail the bot does not settle is kept here for people (a Maildir), before the 250
    #: (``intakebot.run.people_folder``): over LMTP there is no inbox to leave it in.
    people_maildir: Path = Path("var/people")


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
    #: Language of the Secretariat's own mail (en, fr or es): the daily digest, the review
    #: mails, and the confirmations and refusal notices of mailed review commands.
    language: Literal["en", "fr", "es"] = "en"
    #: Signature block of replies, one line each; empty: the name and the address.
    signature: tuple[str, ...] = ()
    #: "What happens next" in replies: working days the review of a complete request takes.
    review_days: int = 10
    #: A request pending review longer than this (days) is called out at the top of the digest; 0: never.
    escalate_pending_after_days: int = 14

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
    max_replies_per_sender_per_day: int = 50  # a backstop only: decisions/loops.py recognises loops
    #: authserv-ids of the receiving servers whose Authentication-Results we trust.
    trusted_authserv_ids: tuple[str, ...] = ()
    #: Which of those servers' results count as failed (``method=result``).
    auth_policy: tuple[AuthFailure, ...] = DEFAULT_AUTH_POLICY
    #: Polling failing for longer than this is reported loudly (ERROR log, digest).
    stall_alert_minutes: int = 60
    #: No successful poll for this many intervals (and at least ``stall_alert_minutes``)
    #: is an alert too: the daemon is dead or hung. 0 turns it off.
    missed_polls_alert: int = 3
    #: A daemon poll cycle showing no progress for this long is hung: the systemd
    #: watchdog is no longer fed, and systemd restarts the daemon. Never less than
    #: one batch's analysis budget (``run.scheduler.hang_limit``).
    hung_cycle_seconds: int = 900
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
    review: ReviewConfig = ReviewConfig()
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
    here = Path(__file__).resolve().parent.parent  # intakebot/
    checkout = here.parent / "templates"
    return checkout if (checkout / "strings").is_dir() else here / "templates"



#: Each TOML table and the dataclass it fills.
SECTIONS: dict[str, type] = {
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
    "review": ReviewConfig,
}
