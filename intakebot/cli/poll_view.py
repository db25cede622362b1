"""The summary ``poll --once`` prints: who sent what, and what the bot did about it, in words.

Why not a table of Message-IDs: a Secretariat officer recognises mail by its
sender and subject, not by ``<example-02@douane.fi…``, and wants to know what
was answered and what was left for a person (issue 16). Sender and subject
are untrusted, so they are printed as inert text (issue 11 item 4: a
Message-ID ``<[/x]@…>`` once crashed the summary after commit and send).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from intakebot.cli.render import Out, inert, plural

if TYPE_CHECKING:
    from intakebot.run.report import MessageResult, PollReport

#: Beyond this many messages the list scrolls out of sight; the counts say it better.
MAX_LISTED = 40

#: What each reply tells the official, as the Secretariat would say it.
REPLY_WORDS = {
    "acknowledgement": "acknowledged receipt",
    "missing_info": "asked for the missing details",
    "already_on_file": "answered that the official is already on file",
    "unknown_reference": "answered that the reference is unknown",
    "reminder": "sent a reminder",
    "expiry": "said the request expired",
}

#: What the bot did with a message of each kind (the reply, when there is one, is added).
KIND_WORDS = {
    "request": "new request",
    "follow_up": "follow-up",
    "review_command": "a reviewer's decision by mail, for",
    "auto_reply": "automatic reply (out of office or similar): not answered",
    "not_request": "not a request: left alone for the Secretariat",
    "own_mail": "from the Secretariat's own addresses (or no readable sender): left alone",
    "before_start": "older than the bot's history: left alone for the Secretariat",
    "duplicate": "already handled in an earlier poll: nothing done",
    "oversize": "too large to read: left for a person",
}

#: Kinds the bot did not act on: each is named in the summary.
LEFT_ALONE = ("not_request", "own_mail", "before_start", "auto_reply", "quarantined", "oversize")


def what_happened(r: MessageResult) -> str:
    """One message's outcome as a sentence fragment."""
    if r.kind == "quarantined":
        return f"quarantined for a person to look at ({inert(r.summary) or 'unreadable'})"
    words = KIND_WORDS.get(r.kind, inert(r.kind).replace("_", " "))
    if r.references:
        words += " " + ", ".join(inert(ref) for ref in r.references)
    if r.reply_template:
        words += "; " + REPLY_WORDS.get(r.reply_template, "replied (" + inert(r.reply_template).replace("_", " ") + ")")
    return words


def who_what(r: MessageResult) -> str:
    sender = inert(getattr(r, "sender", "")) or "unknown sender"
    subject = inert(getattr(r, "subject", "")) or "(no subject)"
    return f'{sender}, "{subject}"'


def print_report(out: Out, report: PollReport, *, shadow: bool = False) -> None:
    """A line per message (wrapped at words on a terminal), then the counts and the replies."""
    results = report.results
    if not results:
        out.line("No new mail.")
        return
    acted = [r for r in results if r.kind not in LEFT_ALONE and r.kind != "duplicate"]
    left = [r for r in results if r.kind in LEFT_ALONE]
    if len(results) > MAX_LISTED:
        out.line(f"{len(results)} messages: too many to list; `intakebot requests list` shows the requests"
                 " and `intakebot status` the quarantine.")
    else:
        for title, group in (("Handled", acted), ("Left alone", left)):
            if group:
                out.line(f"{title}:")
                for r in group:
                    out.line(f"- {who_what(r)}: {what_happened(r)}.", indent=2, hang=2)
        dup = report.count("duplicate")
        if dup:
            out.line(f"{plural(dup, 'message')} already handled in an earlier poll: nothing done.")
    out.line(
        f"{plural(len(results), 'message')}: {plural(report.count('request'), 'new request')}, "
        f"{plural(report.count('follow_up'), 'follow-up')}, {len(left)} left alone "
        f"({report.count('quarantined')} quarantined)."
    )
    where = "written to the shadow outbox (nothing sent)" if shadow else "delivered"
    failed = f", {report.delivery_failures} failed (see `intakebot status`)" if report.delivery_failures else ""
    out.line(f"Replies: {report.replies} written; {plural(report.sent, 'message')} {where}"
             f" (replies, and any mail to the reviewers){failed}.")
