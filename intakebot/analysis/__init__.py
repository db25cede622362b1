"""Raw message bytes -> :class:`~intakebot.records.Analysis` (pure, no I/O).

Stages: :mod:`intakebot.analysis.mime` decodes within the caps; bodies are cut to what
the sender wrote (quotes and signatures dropped); every body and attachment is
rendered to text or a grid and read by the layout readers in
:mod:`.readers`; :mod:`.merge` joins the drafts per official;
:mod:`intakebot.analysis.classify` decides the kind; :mod:`intakebot.analysis.validation`
checks each official. Anything past a cap raises :class:`Unprocessable`,
which the caller quarantines.
"""

from __future__ import annotations

import email
import email.header
import email.policy
import logging
import re
import time
from dataclasses import dataclass, field
from email.utils import getaddresses

from intakebot.analysis import classify as classify_mod
from intakebot.analysis import (
    containers,
    scans,
    validation,  # module import: validation imports extraction.labels
)
from intakebot.analysis.merge import merge
from intakebot.analysis.mime import DEFAULT_LIMITS, MimeLimit, ParsedMessage, decode_bytes, parse
from intakebot.analysis.readers.csvfile import read_csv
from intakebot.analysis.readers.docx import docx_text
from intakebot.analysis.readers.lines import read_lines
from intakebot.analysis.readers.odt import odt_text
from intakebot.analysis.readers.pdf import read_pdf
from intakebot.analysis.readers.prose import read_prose
from intakebot.analysis.readers.rtf import rtf_text
from intakebot.analysis.readers.sentences import read_sentences
from intakebot.analysis.readers.table import read_text_tables
from intakebot.analysis.readers.xlsx import read_xlsx
from intakebot.analysis.text import (
    detect_language,
    has_forward,
    html_to_text,
    strip_quotes,
    strip_signature,
)
from intakebot.analysis.unreadable import read_failure, unread_kind
from intakebot.config import LimitsConfig
from intakebot.errors import IntakebotError
from intakebot.records import Analysis, Draft, Language, Unreadable

__all__ = ["Unprocessable", "analyse", "find_references"]

log = logging.getLogger(__name__)


class Unprocessable(IntakebotError):
    """The message must be quarantined; ``code`` is short and stable.

    Codes: too_large, too_many_parts, too_deep, attachment_too_large,
    too_many_attachments, zip_bomb, xml_entities, pdf_limits, parse_timeout,
    too_many_nominees, parse_error.
    """

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


_REF_RE = re.compile(r"\bCUG[\s\-‐–_]?(\d{4})[\s\-‐–_](\d{4})\b", re.I)
_FORWARD_SUBJECT_RE = re.compile(r"^\s*((re|aw|sv)\s*:\s*)*(fwd?|tr|rv|reenv|wg)\s*:", re.I)


def find_references(text: str) -> list[str]:
    """Every CUG-YYYY-NNNN in ``text``, upper-cased, in order, without duplicates."""
    out: list[str] = []
    for m in _REF_RE.finditer(text):
        ref = f"CUG-{m.group(1)}-{m.group(2)}"
        if ref not in out:
            out.append(ref)
    return out


@dataclass
class _Source:
    """One readable piece of the message: text (table rows tab-separated) or a reader result."""

    origin: str
    text: str = ""
    drafts: list[Draft] = field(default_factory=list)
    alternative: int = -1
    spreadsheet: bytes | None = None
    kind: str = "text"  # "text", "xlsx", "csv"
    forwarded: bool = False  # a message/rfc822 part


def analyse(
    raw: bytes, *, limits: LimitsConfig = DEFAULT_LIMITS, own_addresses: frozenset[str] = frozenset()
) -> Analysis:
    """Everything the workflow needs from one message; raises :class:`Unprocessable`.

    ``own_addresses`` (the Secretariat's, ``Config.own_addresses``) tell a reply
    quoting our notice from a request forwarded as a bare Outlook header block,
    and are never read as an official's address.
    """
    deadline = time.monotonic() + limits.parse_timeout_seconds
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
    # A quoted block from us, or from someone this message answers, is a reply's quote.
    repliers = own_addresses | _recipients(pm)
    bodies: list[_Source] = []
    quoted: list[str] = []
    for part in pm.parts:
        text = part.text.replace("\r\n", "\n").replace("\r", "\n")
        if part.subtype == "html":
            text = html_to_text(text)
        own, q = strip_quotes(text, forwarding=forwarding or part.forwarded > 0, own_addresses=repliers)
        quoted.append(q)
        origin = "body" + (":forwarded" if part.forwarded else "") + (":html" if part.subtype == "html" else "")
        bodies.append(
            _Source(origin, strip_signature(own), alternative=part.alternative, forwarded=part.forwarded > 0)
        )
    unreadable: list[Unreadable] = []
    if pm.encrypted:
        unreadable.append(Unreadable("", "encrypted_mail", "S/MIME" if pm.encrypted == "smime" else "PGP"))
    attachments, ocr_spent = _attachment_sources(pm, limits, deadline, unreadable)
    deadline += ocr_spent  # OCR has its own budget (limits.ocr_timeout_seconds)

    own_text = "\n".join(s.text for s in bodies)
    lang_sample = own_text + "\n" + "\n".join(s.text[:5000] for s in attachments)
    language: Language = detect_language(lang_sample, pm.subject)  # type: ignore[assignment]

    drafts: list[Draft] = []
    drafts.extend(_read_bodies(bodies, language))
    for src in attachments:
        drafts.extend(_read_source(src, language, limits, deadline))
        if time.monotonic() > deadline:
            raise Unprocessable("parse_timeout", "reading attachments took too long")

    references = find_references(pm.subject) + find_references(own_text)
    references += find_references("\n".join(quoted))
    references = list(dict.fromkeys(references))
    reference = references[0] if references else None

    people = merge(drafts)
    if len(people) > limits.max_nominees:
        raise Unprocessable("too_many_nominees", f"{len(people)} > {limits.max_nominees}")
    cls = classify_mod.classify(pm, drafts, own_text, has_reference=reference is not None)
    if cls.kind == "request" and (reference is not None or _threads_to_us(pm.thread_ids, own_addresses)):
        people = _fill_from_sentences(people, bodies, forwarding, pm.from_address, own_addresses)
    nominees = []
    if cls.kind == "request":
        nominees = [
            scans.flag_ocr(
                validation.validate(dict(p.fields), sender=pm.from_address, provenance={k: p.origin_of(k) for k in p.fields}),
                p.fields.get("phone"),
            )
            for p in people
        ]
        if not nominees and reference is None:
            # A wish to join with no details yet: one official, everything missing,
            # so the workflow asks for the lot.
            nominees = [validation.validate({}, sender=pm.from_address)]
    return Analysis(
        message_id=pm.message_id,
        kind=cls.kind,
        language=language,
        sender=pm.from_address,
        subject=pm.subject,
        sender_name=pm.from_name,
        reference=reference,
        references=references,
        nominees=nominees,
        thread_ids=pm.thread_ids,
        date=pm.date,
        bounced_ids=cls.bounced_ids,
        auth_results=pm.header_all("Authentication-Results"),
        reason=cls.reason,
        unreadable=unreadable,
        signature=pm.signature,
    )


def _recipients(pm: ParsedMessage) -> frozenset[str]:
    """The To/Cc addresses of the message, lower-cased."""
    values = [str(v) for h in ("To", "Cc") for v in pm.header_all(h)]
    return frozenset(addr.strip().lower() for _, addr in getaddresses(values) if "@" in addr)


_OUR_MSGID_RE = re.compile(r"^<cug\.[0-9a-f]{32}@([^>]+)>$")


def _threads_to_us(thread_ids: list[str], own_addresses: frozenset[str]) -> bool:
    """In-Reply-To/References name one of our replies (``<cug.<hash>@our domain>``)."""
    domains = {a.rpartition("@")[2] for a in own_addresses}
    for mid in thread_ids:
        m = _OUR_MSGID_RE.match(mid.strip().lower())
        if m and (not domains or m.group(1) in domains):
            return True
    return False


_SENTENCE_FIELDS = ("phone", "email")
SENTENCE_ORIGIN = "body:sentence"


def _fill_from_sentences(
    people: list[Draft], bodies: list[_Source], forwarding: bool, sender: str, own_addresses: frozenset[str]
) -> list[Draft]:
    """A follow-up's telephone or e-mail written in a sentence, when no reader found it.

    Only for one official (with several, whose number it is is a guess), only
    from what the sender wrote above the signature (``bodies`` are already cut),
    and not in a forward (the forwarder's own details would pass for the
    official's).
    """
    if len(people) > 1 or forwarding or any(b.forwarded or has_forward(b.text) for b in bodies):
        return people
    person = people[0] if people else Draft(fields={}, origin=SENTENCE_ORIGIN)
    want = frozenset(k for k in _SENTENCE_FIELDS if k not in person.fields)
    if not want:
        return people
    code = validation.country_code(person.fields["country"]) if "country" in person.fields else None

    def region(found_email: str | None) -> str | None:
        return code or validation.tld_region(person.fields.get("email") or found_email, sender)

    found: dict[str, str] = {}
    seen: set[str] = set()
    for b in bodies:
        if b.text in seen:
            continue  # the text and HTML alternatives of one message say the same thing
        seen.add(b.text)
        for k, v in read_sentences(b.text, want=want, region=region, own_addresses=own_addresses).items():
            if found.get(k, v) != v:
                want = want - {k}  # two bodies disagree: leave it missing
                found.pop(k)
            elif k in want:
                found[k] = v
    if not found:
        return people
    for k, v in found.items():
        person.fields[k] = v
        person.field_origins[k] = SENTENCE_ORIGIN
    return people if people else [person]


def _read_text(text: str, origin: str, language: str) -> list[Draft]:
    table_drafts, rest = read_text_tables(text, origin, language)
    drafts = table_drafts + read_lines(rest, origin, language)
    if not any("name" in d.fields or "surname" in d.fields for d in drafts):
        prose = read_prose(rest, origin, language)
        country = _lone_country(text) if prose else None
        for d in prose:
            if country and "country" not in d.fields:
                d.fields["country"] = country  # "Kenya would like the following officers to join"
        drafts.extend(prose)
    return drafts


_CAP_WORDS_RE = re.compile(r"(?:[A-ZÀ-Ý][\w'’\-]+)(?:\s+(?:of|de|du|des|del|la|the|d'|[A-ZÀ-Ý][\w'’\-]+))*")


def _lone_country(text: str) -> str | None:
    """The one country the text names (in capitalised phrases), or None when none or several."""
    found: dict[str, str] = {}
    for m in _CAP_WORDS_RE.finditer(text[:5000]):
        phrase = m.group(0)
        if len(phrase) < 4 or "@" in phrase:
            continue
        code = validation.country_code(phrase)
        if code:
            found.setdefault(code, phrase)
            if len(found) > 1:
                return None
    return validation.country_name(next(iter(found))) if found else None


def _read_bodies(bodies: list[_Source], language: str) -> list[Draft]:
    """Read every body; of the alternatives of one multipart/alternative keep the richest."""
    out: list[Draft] = []
    groups: dict[int, list[Draft]] = {}
    for src in bodies:
        drafts = _read_text(src.text, src.origin, language)
        if src.alternative < 0:
            out.extend(drafts)
            continue
        best = groups.get(src.alternative)
        if best is None or _score(drafts) > _score(best):
            groups[src.alternative] = drafts
    for g in sorted(groups):
        out.extend(groups[g])
    return out


def _score(drafts: list[Draft]) -> int:
    return sum(len(d.fields) for d in drafts)


_EXT_KIND = {
    "docx": "docx",
    "docm": "docx",
    "xlsx": "xlsx",
    "xlsm": "xlsx",
    "csv": "csv",
    "pdf": "pdf",
    "odt": "odt",
    "txt": "txt",
    "htm": "html",
    "html": "html",
    "rtf": "rtf",
}
_TYPE_KIND = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    "text/csv": "csv",
    "application/pdf": "pdf",
    "application/vnd.oasis.opendocument.text": "odt",
    "text/plain": "txt",
    "text/html": "html",
    "application/rtf": "rtf",
    "text/rtf": "rtf",
}


#: Attachment kinds read by third-party parsers (pypdf, python-docx, openpyxl, zip):
#: the ones a hostile file could make hang or balloon.
#: Pictures (Pillow, Tesseract), RTF and the containers are isolated for the same reason.
RISKY_KINDS = frozenset({"docx", "xlsx", "pdf", "odt", "rtf", "picture"})
_BINARY_PART_RE = re.compile(rb"(?im)^content-type:[ \t]*(application|image|audio|video|model)/")


def needs_isolation(raw: bytes) -> bool:
    """Does this message carry an attachment a third-party parser will read?

    Decided from the parsed parts, with the same kind rules the readers use
    (filename first, then content type), so an encoded filename or a wrong
    content type cannot slip a PDF past the check; mail without any binary
    part (most of the inbox) is not even parsed for it.
    """
    return _risky_parts(raw) != set()


def ocr_seconds(raw: bytes, limits: LimitsConfig) -> float:
    """The extra time (``limits.ocr_timeout_seconds``) this message may take for OCR, or 0.

    Granted to a page-sized picture, a container (it may hold one), or a PDF
    that holds an image (a scanned page is one); the sandbox adds it to the
    hard stop, so plain PDF forms keep the short parse budget.
    """
    return limits.ocr_timeout_seconds if _risky_parts(raw) & {"picture", "container", "pdf+image"} else 0.0


_PDF_IMAGE_RE = re.compile(rb"/Subtype\s*/Image\b")


def _risky_parts(raw: bytes) -> set[str]:
    """The risky kinds of attachment in ``raw`` ("container", "pdf+image" besides RISKY_KINDS)."""
    found: set[str] = set()
    if not _BINARY_PART_RE.search(raw):
        return found
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
        for part in msg.walk():
            if part.is_multipart():
                continue
            name = part.get_filename() or ""
            if isinstance(name, str) and "=?" in name:
                name = str(email.header.make_header(email.header.decode_header(name)))
            ctype = part.get_content_type()
            kind = _attachment_kind(str(name), ctype)
            if kind == "picture" and not scans.worth_reading(part):
                continue  # a logo or an icon: the readers skip it too
            if containers.is_container(ctype, str(name)):
                found.add("container")
            elif kind in RISKY_KINDS:
                found.add(kind)
                # Image XObjects are streams, never inside object streams: visible as they are.
                payload = part.get_payload(decode=True) if kind == "pdf" else None
                if isinstance(payload, bytes) and _PDF_IMAGE_RE.search(payload):
                    found.add("pdf+image")
    except Exception:  # noqa: BLE001 - unparseable here: let the child find out
        found.add("unparseable")
    return found


def _attachment_kind(filename: str, content_type: str) -> str:
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if scans.is_picture(filename, content_type):
        return "picture"
    return _EXT_KIND.get(ext) or _TYPE_KIND.get(content_type, "")


def _attachment_sources(
    pm: ParsedMessage, limits: LimitsConfig, deadline: float, unreadable: list[Unreadable]
) -> tuple[list[_Source], float]:
    """Render each attachment to text (or keep a spreadsheet for the grid reader).

    What cannot be read is added to ``unreadable`` (a person will read it);
    scans and image-only PDF pages go through OCR with a budget of its own
    (pages and seconds), whose time used is returned so the caller's parse
    deadline does not count it.
    """
    out: list[_Source] = []
    budget = scans.Budget(deadline + limits.ocr_timeout_seconds)
    for att in pm.attachments:
        kind = _attachment_kind(att.filename, att.content_type)
        origin = f"attachment:{att.filename}"
        try:
            if kind == "docx":
                out.append(_Source(origin, docx_text(att.data, limits)))
            elif kind == "odt":
                out.append(_Source(origin, odt_text(att.data, limits)))
            elif kind == "txt":
                out.append(_Source(origin, decode_bytes(att.data, None)))
            elif kind == "html":
                out.append(_Source(origin, html_to_text(decode_bytes(att.data, None)[: limits.max_html_bytes])))
            elif kind == "pdf":
                # Language is unknown yet; form-field names carry no language-specific split.
                drafts, text = read_pdf(att.data, origin, "en", limits, deadline + budget.spent)
                out.append(_Source(origin, text, drafts=drafts))
                out.extend(_scanned(scans.read_pdf_scans(att, budget, limits.max_pdf_pages), unreadable))
            elif kind in ("xlsx", "csv"):
                out.append(_Source(origin, kind=kind, spreadsheet=att.data))
            elif kind == "rtf":
                out.append(_Source(origin, rtf_text(att.data, limits)))
            elif kind == "picture":
                out.extend(_scanned(scans.read_picture(att, budget), unreadable))
            elif (why := unread_kind(att)) is not None:
                unreadable.append(why)
        except MimeLimit:
            raise
        except Exception as e:  # a corrupt attachment is skipped; the body may still do
            log.info("attachment unreadable (%s): %s", kind, type(e).__name__)
            unreadable.append(read_failure(att, kind, e))
        if time.monotonic() > deadline + budget.spent:
            raise MimeLimit("parse_timeout", "attachments took too long")
    return out, budget.spent


def _scanned(result: tuple[list[tuple[str, str]], Unreadable | None], unreadable: list[Unreadable]) -> list[_Source]:
    pages, why = result
    if why is not None:
        unreadable.append(why)
    return [_Source(origin, text) for origin, text in pages]


def _read_source(src: _Source, language: str, limits: LimitsConfig, deadline: float) -> list[Draft]:
    try:
        if src.kind == "xlsx" and src.spreadsheet is not None:
            return read_xlsx(src.spreadsheet, src.origin, language, limits)
        if src.kind == "csv" and src.spreadsheet is not None:
            return read_csv(src.spreadsheet, src.origin, language)
    except MimeLimit:
        raise
    except Exception as e:
        log.info("spreadsheet unreadable: %s", type(e).__name__)
        return []
    return list(src.drafts) + _read_text(src.text, src.origin, language)
