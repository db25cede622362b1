"""Review commands received by mail: who may give them, and what each one does (pure).

A command is carried out only when all of these hold (issue 13):

1. the sender is a reviewer (``[review] reviewers``, by default the digest's recipients);
2. the mail proves it: a trusted receiving server (``[intake] trusted_authserv_ids``)
   recorded ``dmarc=pass`` or ``dkim=pass`` for the sender's domain, or it arrived
   by a trusted internal path (``[review] trusted_sources``);
3. its token is valid: an HMAC over (reference, command, the record's current
   version), not expired (:mod:`intakebot.decisions.tokens`).

Anything else is refused with a reason the reviewers are told. A command whose
token already shows in the request's history was carried out before (the same
mail delivered twice, or sent twice): it is a :class:`Repeat`, and nothing
happens, so two identical mails make one decision and one notice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from intakebot.analysis.authresults import passed_for_domain
from intakebot.config import Config
from intakebot.decisions import corrections, review, tokens
from intakebot.decisions.commands import Command
from intakebot.decisions.outcome import Outcome
from intakebot.decisions.reasons import Reasons
from intakebot.decisions.view import StoreView
from intakebot.decisions.why import Why
from intakebot.review_settings import reviewers

DECISIONS: dict[str, review.Decision] = {"APPROVE": "approved", "REJECT": "rejected", "REVOKE": "revoked"}


@dataclass(frozen=True)
class ReviewMail:
    """What the intake read from a mail holding review commands (nothing else is used)."""

    sender: str  # lower-cased address from From
    message_id: str
    subject: str
    commands: tuple[Command, ...]
    auth_results: tuple[str, ...] = ()
    source: str = ""


@dataclass(frozen=True)
class Refused:
    command: Command
    why: str
    #: Refused because nothing proves a reviewer gave it (the sender, its authentication, a token
    #: that is not ours): a forgery is refused, never queued for a person as a reviewer's decision.
    authority: bool = False


@dataclass(frozen=True)
class Repeat:
    command: Command


Result = Outcome | Refused | Repeat


def sender_refusal(mail: ReviewMail, cfg: Config) -> str:
    """Why no command of this mail may be carried out ('' when its sender may give them)."""
    if mail.sender not in reviewers(cfg):
        return Why(f"the sender {mail.sender or '(none)'} is not a configured reviewer", "not_reviewer",
                   sender=mail.sender or "-")
    if mail.source and any(mail.source == s or mail.source.startswith(s + ":") for s in cfg.review.trusted_sources):
        return ""
    domain = mail.sender.rpartition("@")[2]
    if passed_for_domain(mail.auth_results, cfg.intake.trusted_authserv_ids, domain):
        return ""
    servers = ", ".join(cfg.intake.trusted_authserv_ids)
    return Why(f"no passing DMARC or DKIM result for {domain} from a trusted server ({servers or 'none configured'}):"
               " the From address may be forged", "unauthenticated" if servers else "unauthenticated_no_servers",
               domain=domain, servers=servers)


def evidence_for(mail: ReviewMail, token: str) -> str:
    return f"mail {mail.message_id}; token {tokens.tag(token)}"


def _repeated(view: StoreView, cmd: Command) -> bool:
    record = view.request(cmd.reference)
    if record is None or not cmd.token:
        return False
    mark = f"token {tokens.tag(cmd.token)}"
    return any(h.evidence.endswith(mark) for h in record.history)


def carry_out(
    cmd: Command, mail: ReviewMail, view: StoreView, cfg: Config, now: datetime, *, key: bytes, reasons: Reasons
) -> Result:
    """What one command from an authorised reviewer does: an Outcome, or why not."""
    if _repeated(view, cmd):
        return Repeat(cmd)
    record = view.request(cmd.reference)
    if record is None:
        return Refused(cmd, Why(f"no request {cmd.reference}", "no_request", reference=cmd.reference))
    why = tokens.check(key, cmd.token, cmd.reference, cmd.verb, record.version, now=now)
    if why:
        return Refused(cmd, why, authority=not tokens.genuine(why))
    return perform(cmd, view, now, actor=mail.sender, evidence=evidence_for(mail, cmd.token), reasons=reasons)


def perform(
    cmd: Command, view: StoreView, now: datetime, *, actor: str, evidence: str, reasons: Reasons
) -> Outcome | Refused:
    """Carry out an authorised command (from a checked mail, or the operator's CLI)."""
    record = view.request(cmd.reference)
    if record is None:
        return Refused(cmd, Why(f"no request {cmd.reference}", "no_request", reference=cmd.reference))
    try:
        if cmd.verb in DECISIONS:
            text = ""
            review.check_decidable(record, DECISIONS[cmd.verb])
            if cmd.verb != "APPROVE":
                why = reasons.check(cmd.reason, cmd.text)
                if why:
                    return Refused(cmd, why)
                text = reasons.text(cmd.reason, record.language, cmd.text)
            return review.decide(view, cmd.reference, DECISIONS[cmd.verb], now=now, actor=actor,
                                 reason=text, evidence=evidence)
        if cmd.verb == "CORRECT":
            if cmd.unknown_fields:
                fields = ", ".join(cmd.unknown_fields)
                return Refused(cmd, Why(f"unknown field(s): {fields}", "unknown_fields", fields=fields))
            return corrections.correct(view, cmd.reference, cmd.fields, now=now, actor=actor, evidence=evidence)
        return corrections.note(view, cmd.reference, cmd.text, now=now, actor=actor, evidence=evidence)
    except review.ReviewError as e:
        return Refused(cmd, e.args[0] if e.args and isinstance(e.args[0], Why) else str(e))
