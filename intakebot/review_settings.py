"""``[review]``: who decides by e-mail, and where the key behind their tokens lives.

Apart from :mod:`intakebot.config` so the review-by-mail settings are one
small concept of their own; ``config`` only registers the section and calls
:func:`resolve` once the whole configuration is read.

* ``reviewers``: the addresses whose mailed commands are carried out (after
  the authentication and token checks); empty means ``[secretariat] digest_to``.
* ``key_file``: the HMAC key of the review tokens. Empty: the systemd
  credential ``review_key`` when ``$CREDENTIALS_DIRECTORY`` holds one, else
  ``review.key`` beside the store (created on first use, mode 0600).
* ``token_days``: how long a token in a review mail or digest stays valid.
* ``trusted_sources``: sources (``lmtp`` ...) whose mail arrives by an internal
  path and counts as authenticated without an Authentication-Results header.
* ``reason_codes``: the editable reason codes (TOML); empty: ``templates/review/reasons.toml``.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from intakebot.config import Config

KEY_CREDENTIAL = "review_key"


@dataclass(frozen=True)
class ReviewConfig:
    reviewers: tuple[str, ...] = ()
    key_file: str = ""
    token_days: int = 14
    trusted_sources: tuple[str, ...] = ()
    reason_codes: str = ""

    @property
    def key_path(self) -> Path:
        return Path(self.key_file)

    @property
    def reasons_path(self) -> Path:
        return Path(self.reason_codes)


def resolve(cfg: Config, env: typing.Mapping[str, str]) -> Config:
    """Fill in the defaults that depend on the rest of the configuration."""
    review = cfg.review
    base = cfg.source_file.parent if cfg.source_file is not None else cfg.storage.path.parent
    if review.key_file:
        key_file = base / review.key_file
    else:
        creds = env.get("CREDENTIALS_DIRECTORY")
        cred = Path(creds) / KEY_CREDENTIAL if creds else None
        key_file = cred if cred is not None and cred.is_file() else cfg.storage.path.parent / "review.key"
    reasons = base / review.reason_codes if review.reason_codes else cfg.templates_dir / "review" / "reasons.toml"
    return replace(cfg, review=replace(review, key_file=str(key_file), reason_codes=str(reasons)))


def reviewers(cfg: Config) -> tuple[str, ...]:
    """The reviewers' addresses, lower-cased: ``[review] reviewers`` or the digest's recipients."""
    chosen = cfg.review.reviewers or cfg.secretariat.digest_to
    return tuple(dict.fromkeys(a.strip().lower() for a in chosen if a.strip()))


def unauthenticated_warning(cfg: Config) -> str:
    """One line for ``status`` when mailed review commands cannot pass the sender check ('' when they can).

    A command is carried out only when a trusted receiving server vouches for the
    reviewer's domain (``[intake] trusted_authserv_ids``) or the mail came by a
    trusted internal path (``[review] trusted_sources``): with reviewers but
    neither, every approve link in the review mails and the digest is refused.
    """
    if not reviewers(cfg) or any(t.strip() for t in cfg.intake.trusted_authserv_ids):
        return ""
    if cfg.review.trusted_sources:
        paths = ", ".join(cfg.review.trusted_sources)
        return (f"review by mail: no [intake] trusted_authserv_ids, so only commands arriving by {paths} "
                "are carried out")
    return ("review by mail is on, but no [intake] trusted_authserv_ids is set: every mailed command "
            "will be refused (set it to your receiving server's authserv-id)")
