"""The analysis pipeline: parse within the caps, cut the bodies, read, merge, classify, validate."""

from __future__ import annotations

import logging
import re
import time
from email.utils import getaddresses

from intakebot.analysis import classify as classify_mod
from intakebot.analysis import scans, typed, validation
from intakebot.analysis.attachments import attachment_pieces
from intakebot.analysis.language import detect_language
from intakebot.analysis.merge import merge
from intakebot.analysis.mime import DEFAULT_LIMITS, ParsedMessage, parse
from intakebot.analysis.own_words import own_words
from intakebot.analysis.pieces import Piece
from intakebot.analysis.reading import fill_from_sentences, forwards_mail, read_bodies, read_piece
from intakebot.analysis.references import find_references, threads_to_us
from intakebot.analysis.text import (
    html_to_text,
    split_at_forward,
    strip_quotes,
    strip_signature,
)
from intakebot.analysis.unprocessable import MimeLimit, Unprocessable
from intakebot.config import LimitsConfig
from intakebot.records import Analysis, Draft, Language, Nominee, Unreadable

log = logging.getLogger("intakebot.analysis")

_FORWARD_SUBJECT_RE = re.compile(r"^\s*((re|aw|sv)\s*:\s*)*(fwd?|tr|rv|reenv|wg)\s*:", re.I)


def analyse(
    raw: bytes, *, limits: LimitsConfig = DEFAULT_LIMITS, own_addresses: frozenset[str] = frozenset()
) -> Analysis:
    """Everything the workflow needs from one message; raises :class:`Unprocessable`.

    ``own_addresses`` (the Secretariat's, ``Config.own_addresses``) tell a reply
    quoting our notice from a request forwarded as a bare Outlook header block,
    and are never read as an official's address.
    """
    # CPU time of this thread, not the wall clock: on a loaded server a readable PDF
    # must not become a parse_timeout because the machine was busy (the sandbox's wall
    # clock stop, a multiple of it, still ends a parser that waits on nothing).
    deadline = time.thread_time() + limits.parse_timeout_seconds
    try:
        pm = parse(raw, limits)
    except MimeLimit as e:
        raise Unprocessable(e.code, e.detail) from None
    except RecursionError:
        raise Unprocessable("too_deep", "nesting exhausted the parser") from None
    except Exception as e:  # the stdlib parser is lenient; anything else is a bug in the input
        raise Unprocessable("parse_error", type(e).__name__) from None
    try:
        return _analyse(pm, limits, deadline, frozenset(a.strip().lower() for a in own_addresses))
    except MimeLimit as e:
        raise Unprocessable(e.code, e.detail) from None
    except RecursionError:
        raise Unprocessable("too_deep", "nesting exhausted a reader") from None
    except Unprocessable:
        raise
    except Exception as e:
        # Untrusted input found a path we did not foresee: quarantine, keep going.
        log.warning("extraction failed on hostile or malformed input: %s", type(e).__name__)
        raise Unprocessable("parse_error", type(e).__name__) from None


def _analyse(pm: ParsedMessage, limits: LimitsConfig, deadline: float, own_addresses: frozenset[str]) -> Analysis:
    forwarding = bool(_FORWARD_SUBJECT_RE.match(pm.subject))
    bodies, quoted = _body_pieces(pm, forwarding, own_addresses)
    unreadable: list[Unreadable] = []
    if pm.encrypted:
        unreadable.append(Unreadable("", "encrypted_mail", "S/MIME" if pm.encrypted == "smime" else "PGP"))
    attachments, ocr_spent = attachment_pieces(pm, limits, deadline, unreadable)
    deadline += ocr_spent  # OCR has its own budget (limits.ocr_timeout_seconds)

    own_text = "\n".join(s.text for s in bodies)
    # The writer's own words decide (not an English signature, disclaimer, quote, attached letter or
    # the message they forward: those count only when the writer's own do not decide).
    writer, forwarded = _writer_and_forwarded(bodies)
    language: Language = detect_language(  # type: ignore[assignment]
        writer, pm.subject, more="\n".join([forwarded] + [s.text[:5000] for s in attachments])
    )

    drafts: list[Draft] = []
    with typed.message_region(validation.tld_region(pm.from_address)):
        drafts.extend(read_bodies(bodies, language))
        for src in attachments:
            drafts.extend(read_piece(src, language, limits))
            if time.thread_time() > deadline:
                raise Unprocessable("parse_timeout", "reading attachments took too long")

    references = find_references(pm.subject) + find_references(own_text)
    references += find_references("\n".join(quoted))
    references = list(dict.fromkeys(references))
    reference = references[0] if references else None

    people = merge(drafts)
    if len(people) > limits.max_nominees:
        raise Unprocessable("too_many_nominees", f"{len(people)} > {limits.max_nominees}")
    cls = classify_mod.classify(pm, drafts, own_text, has_reference=reference is not None)
    nominees: list[Nominee] = []
    if cls.kind == "request":
        follow_up = reference is not None or threads_to_us(pm.thread_ids, own_addresses)
        forwards = forwards_mail(bodies, forwarding)
        if follow_up or forwards:
            # (in a forward only the forwarder's sentences about the official: "his direct line is …")
            people = fill_from_sentences(people, bodies, forwards, pm.from_address, own_addresses)
        nominees = _nominees(people, pm.from_address, asks_to_join=reference is None)
    return Analysis(
        message_id=pm.message_id, kind=cls.kind, language=language, sender=pm.from_address,
        subject=pm.subject, sender_name=pm.from_name, reference=reference, references=references,
        nominees=nominees, thread_ids=pm.thread_ids, date=pm.date, bounced_ids=cls.bounced_ids,
        auth_results=pm.header_all("Authentication-Results"), reason=cls.reason,
        unreadable=unreadable, signature=pm.signature, own_words=own_words(own_text),
    )


def _body_pieces(
    pm: ParsedMessage, forwarding: bool, own_addresses: frozenset[str]
) -> tuple[list[Piece], list[str]]:
    """Each body cut to what the sender wrote (quotes and signature off), and the quotes."""
    # A quoted block from us, or from someone this message answers, is a reply's quote.
    repliers = own_addresses | _recipients(pm)
    bodies: list[Piece] = []
    quoted: list[str] = []
    for part in pm.parts:
        text = part.text.replace("\r\n", "\n").replace("\r", "\n")
        if part.subtype == "html":
            text = html_to_text(text)
        own, q = strip_quotes(text, forwarding=forwarding or part.forwarded > 0, own_addresses=repliers)
        quoted.append(q)
        origin = "body" + (":forwarded" if part.forwarded else "") + (":html" if part.subtype == "html" else "")
        bodies.append(Piece(origin, strip_signature(own), alternative=part.alternative, forwarded=part.forwarded > 0))
    return bodies, quoted


def _writer_and_forwarded(bodies: list[Piece]) -> tuple[str, str]:
    """The text the sender wrote and the text of the messages they forward (all of it if they wrote none)."""
    own = [split_at_forward(s.text) for s in bodies if not s.forwarded]  # a forward typed into the body, too
    writer = "\n".join(mine for mine, _ in own)
    if not writer.strip():
        return "\n".join(s.text for s in bodies), ""
    return writer, "\n".join([*(f[:5000] for _, f in own if f), *(s.text[:5000] for s in bodies if s.forwarded)])


def _nominees(people: list[Draft], sender: str, *, asks_to_join: bool) -> list[Nominee]:
    """Each official validated (OCR-read values flagged for the reviewer)."""
    nominees = [scans.flag_ocr(_validated(p, sender, infer=asks_to_join), p.fields.get("phone")) for p in people]
    if not nominees and asks_to_join:
        # A wish to join with no details yet: one official, everything missing,
        # so the workflow asks for the lot.
        nominees = [validation.validate({}, sender=sender)]
    return nominees


def _validated(p: Draft, sender: str, *, infer: bool) -> Nominee:
    """A person validated with where each value came from; in a new request (not a follow-up, whose values
    complete or change a stored record), a country their own telephone and address agree on, when the text names
    none, marked as inferred for the reviewer."""
    fields: dict[str, str | None] = dict(p.fields)
    provenance = {k: p.origin_of(k) for k in p.fields}
    if infer and not fields.get("country"):
        country = validation.country_from_contacts(fields.get("phone"), fields.get("email"))
        if country:
            fields["country"], provenance["country"] = country, validation.INFERRED_COUNTRY
    return validation.validate(fields, sender=sender, provenance=provenance)


def _recipients(pm: ParsedMessage) -> frozenset[str]:
    """The To/Cc addresses of the message, lower-cased."""
    values = [str(v) for h in ("To", "Cc") for v in pm.header_all(h)]
    return frozenset(addr.strip().lower() for _, addr in getaddresses(values) if "@" in addr)
