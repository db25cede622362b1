"""request / not_request / auto_reply, with the reason (no personal data in it).

Be conservative: a message wrongly taken for a request earns an unrelated
sender an unwanted reply from the Secretariat, and an auto-reply answered
automatically can start a mail loop. So auto-replies are recognised from
headers first (RFC 3834, delivery reports), newsletters and other topics are
left alone unless the message clearly is a request, and a request needs
form data, a CUG reference, or an explicit wish to join the closed user group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from intakebot.analysis.labels import data_json, fold
from intakebot.analysis.mime import ParsedMessage, message_ids
from intakebot.records import FIELDS, Draft, Kind

_DAEMON_RE = re.compile(
    r"^(mailer-daemon|postmaster|mail-daemon|mailerdaemon|mdaemon|bounces?|no-?reply-bounce)@", re.I
)
#: Reports that are not delivery-status but are just as automatic: read receipts (MDN, RFC 8098)
#: and abuse/feedback reports (ARF, RFC 5965), also when a client sent them without multipart/report.
_REPORT_TYPES = frozenset({"message/disposition-notification", "message/feedback-report"})
_REPLY_OR_FORWARD_RE = re.compile(r"^\s*(re|aw|sv|vs|antw|ref|rif|odp|fwd?|tr|rv|reenv|wg|enc|i)\s*:", re.I)
#: Fields that describe an official beyond a contact line: "Name:", "Company:", "Phone:" and
#: "Email:" are any web form's (and spam's).
_NOMINEE_FIELDS = frozenset({"country", "position"})


#: A sentence that ends in a question mark (wrapped lines included).
_QUESTION_RE = re.compile(r"[^.!?]{0,400}\?")


def _asks_a_question(folded: str) -> bool:
    """Whether the writer asks something about the group ("could you tell us whether officers of Customs may
    join", "y a-t-il une limite …?") rather than to join it: with no official's details, a person answers that,
    and "we still need your Country, Name, …" would be the wrong reply."""
    return any(_has("information_questions", q) for q in _QUESTION_RE.findall(folded))


#: A press release announces; it never asks (its heading in the subject or the opening lines).
_PRESS_RELEASE_RE = re.compile(
    r"press release|media release|for immediate release|communique de presse|comunicado de prensa|nota de prensa"
)
#: A seller's mail: an unsubscribe line of its own or an offer ("book a free demo", "special pricing").
_MARKETING_RE = re.compile(
    r"reply unsubscribe|to stop receiving th|unsubscribe from these|book a (?:free )?(?:\d+-minute )?demo|"
    r"special pricing|free trial|pour ne plus recevoir|se desabonner|para dejar de recibir|darse de baja de"
)
#: Registering oneself for an event ("I would like to register for the Regional Workshop on … CENcomm"):
#: a wish to attend, not to join the group, unless the group itself is named.
_EVENT_RE = re.compile(
    r"\b(?:register|registration|sign up|enrol|enroll|inscri\w*|registr\w*)\s+(?:for|to|in|a|au|al|en|pour|para)\s+"
    r"(?:(?:the|l'|la|le|el|un|une|a|an|our|notre|nuestro)\s+)?(?:[\w'-]+\s+){0,4}?(?:workshop|meeting|conference|"
    r"course|training|webinar|seminar|atelier|reunion|conference|formation|seminaire|taller|conferencia|curso|"
    r"capacitacion|seminario)s?\b"
)
_GROUP_RE = re.compile(r"closed user group|groupe (?:d'utilisateurs )?ferme|groupe ferme|grupo cerrado")
#: "I am already a member of the closed user group", "déjà membre", "ya soy miembro": the group is named, not joined.
_ALREADY_RE = re.compile(
    r"already (?:a member|registered|have access)|deja (?:membre|inscrit|inscrite)|ya (?:soy|es|somos) miembr"
)


#: The writer asking to leave ("please remove me from the closed user group", "darme de baja"): with their own
#: details quoted as we hold them, for a person to act on, not a request to join.
_LEAVING_RE = re.compile(
    r"\b(?:remove me|take me off|delete me|unsubscribe me|cancel my (?:access|membership|account)|"
    r"me (?:retirer|desinscrire|supprimer|radier)|retirez-moi|supprimez-moi|desinscrivez-moi|radiez-moi|"
    r"darme de baja|dar de baja mi|eliminarme|retirarme|borrarme|excluirme)\b"
)
#: … unless they name who takes their place ("please remove me and register my successor, Ms …").
_SUCCESSOR_RE = re.compile(r"\b(?:successor|replaced by|replace me with|remplace par|remplacant|sucesor|sucesora|"
                           r"reemplazad[oa] por|sustituid[oa] por|reemplazo)\b")


#: The writer saying access works ("both officers now have access … no further action is needed", "ont désormais
#: accès", "ya tienen acceso"): a thank-you, not a request, when it names nobody to add.
_HAS_ACCESS_RE = re.compile(
    r"\b(?:now|already) (?:have|has|got) access|(?:have|has) (?:successfully )?logged in|no further action is "
    r"(?:needed|required)|(?:ont|a) (?:desormais|maintenant|deja) acces|aucune autre (?:action|demarche) n.est "
    r"(?:necessaire|requise)|ya (?:tienen|tiene|tenemos) acceso|no (?:se requiere|es necesaria) ninguna (?:otra )?"
    r"(?:accion|gestion)|(?:was|were) able to log in|(?:a|ont) pu se connecter|ya (?:pudo|pudieron) ingresar|"
    r"(?:ha|han) podido ingresar"
)
#: Thanks for an addition already made ("thank you for adding …", "les agradecemos la incorporación de …"): with the
#: access confirmed, the official named is one already on the group, not one to add -- unless more are asked for.
_THANKS_RE = re.compile(
    r"\b(?:thank you for (?:adding|registering|including)|thanks for (?:adding|registering)|merci (?:d.avoir "
    r"(?:ajoute|inscrit)|pour l.(?:ajout|inscription))|agradec\w* (?:la )?(?:incorporacion|inclusion|inscripcion|alta))"
)
_MORE_RE = re.compile(r"\b(?:also|as well|aussi|egalement|tambien|ademas)\b")


def _never_a_request(pm: ParsedMessage, text: str, folded: str) -> str:
    """Why a message with an official's details is still not a request ("" when nothing says so)."""
    if _registers_for_an_event(folded):
        return "event-registration"
    if _LEAVING_RE.search(folded) and not _SUCCESSOR_RE.search(folded):
        return "leaving"
    if _THANKS_RE.search(folded) and _HAS_ACCESS_RE.search(folded) and not _MORE_RE.search(folded):
        return "confirmation"
    if _PRESS_RELEASE_RE.search(fold(pm.subject) + "\n" + fold(text[:400])):
        return "press-release"
    return "marketing" if _MARKETING_RE.search(folded) else ""


def _registers_for_an_event(folded: str) -> bool:
    return _EVENT_RE.search(folded) is not None and (_GROUP_RE.search(folded) is None
                                                    or _ALREADY_RE.search(folded) is not None)


@dataclass
class Classification:
    kind: Kind
    reason: str
    bounced_ids: list[str] = field(default_factory=list)


@cache
def _phrases(name: str) -> tuple[str, ...]:
    return tuple(fold(p) for p in data_json("classify.json")[name])


@cache
def _phrase_re(name: str) -> re.Pattern[str]:
    words = sorted(_phrases(name), key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(" + "|".join(re.escape(w.strip()) for w in words) + r")(?![a-z0-9])")


def _has(name: str, text: str) -> bool:
    return _phrase_re(name).search(text) is not None


def _subject_marker(subj: str) -> str:
    """The auto-reply reason a (folded) subject carries, or ""."""
    if _has("out_of_office_subjects", subj):
        return "out-of-office-subject"
    if _REPLY_OR_FORWARD_RE.match(subj):
        return ""  # "Fwd: Undeliverable ..." is a person passing a report on
    head = subj.lstrip()
    if _phrase_re("delivery_failure_subjects").match(head):
        return "delivery-failure-subject"
    if any(head.startswith(p) for p in _phrases("read_receipt_subjects")):
        return "read-receipt-subject"
    return ""


def _empty_sender(pm: ParsedMessage) -> bool:
    """``From: Postmaster <>`` or an empty or daemon Return-Path: nobody to answer."""
    if not pm.from_address and "<>" in pm.header("From"):
        return True
    if pm.headers.get("Return-Path") is not None and pm.header("Return-Path") in ("<>", ""):
        return True
    return bool(_DAEMON_RE.match(pm.header("Return-Path").strip("<> ")))


def _report_part(pm: ParsedMessage) -> str:
    for part in pm.headers.walk():
        if part.get_content_type() in _REPORT_TYPES:
            return part.get_content_type().split("/")[1]
    return ""


def auto_reply_reason(pm: ParsedMessage) -> str:
    """Why ``pm`` is an automatic message, or "" when it is not."""
    h = pm.headers
    auto = pm.header("Auto-Submitted").lower()
    if auto and not auto.startswith("no"):
        return f"auto-submitted:{auto.split(';')[0][:30]}"
    if pm.content_type == "multipart/report" or "report" in pm.multipart_subtypes or pm.has_delivery_status:
        return "delivery-report"
    if _DAEMON_RE.match(pm.from_address or ""):
        return "daemon-sender"
    if _empty_sender(pm):
        return "empty-or-daemon-return-path"
    report = _report_part(pm)
    if report:
        return report
    for name in ("X-Autoreply", "X-Autorespond", "X-Autoresponse", "X-Auto-Response-Suppress-Reply"):
        if h.get(name) is not None:
            return f"header:{name.lower()}"
    if pm.header("X-Autogenerated").lower() == "reply":
        return "header:x-autogenerated"
    return _subject_marker(fold(pm.subject))


def bounced_ids(pm: ParsedMessage) -> list[str]:
    """Message-IDs of the original messages quoted in a delivery report."""
    out: list[str] = []
    for hdrs in pm.report_headers:
        for mid in message_ids(str(hdrs.get("Message-ID", "") or "")):
            if mid not in out:
                out.append(mid)
    return out


def is_list_mail(pm: ParsedMessage) -> str:
    h = pm.headers
    prec = pm.header("Precedence").lower()
    if prec in ("bulk", "list", "junk"):
        return f"precedence:{prec}"
    if h.get("List-Id") is not None or h.get("List-Unsubscribe") is not None:
        return "mailing-list"
    return ""


def classify(
    pm: ParsedMessage, drafts: list[Draft], text: str, *, has_reference: bool
) -> Classification:
    """Decide the kind from headers, the sender's own text and the drafts found."""
    why = auto_reply_reason(pm)
    if why:
        return Classification("auto_reply", why, bounced_ids(pm))
    folded = fold(pm.subject + "\n" + text)
    fields = set()
    for d in drafts:
        fields |= set(d.fields) & set(FIELDS)  # the seven, not the title kept beside them
    cug = _has("cug_topic", folded)
    # "Name:" and "Phone:" lines are any web form's (and spam's): without a word about the
    # group, CENcomm or CITES, a form counts only when it describes a nominee, not a contact.
    nominee = bool(fields & _NOMINEE_FIELDS)
    strong_form = len(fields) >= 3 and bool(fields & {"name", "surname", "email", "phone"}) and (
        cug or nominee or _has("cites_topic", folded))
    join = cug and _has("join_intent", folded)
    press = _has("press", folded)
    other = _has("other_topics", folded)
    never = None if has_reference else _never_a_request(pm, text, folded)
    if never:
        return Classification("not_request", never)  # a participant's, a press officer's, a seller's details
    listmail = is_list_mail(pm)
    if listmail:
        if (has_reference or cug) and strong_form:
            return Classification("request", f"{listmail}+form")
        return Classification("not_request", listmail)
    if has_reference:
        return Classification("request", "reference")
    if strong_form and (cug or not other) and not (press and not cug):
        return Classification("request", "form-fields" + ("+cug" if cug else ""))
    if join and not press and (fields or not other):
        if not fields and _asks_a_question(folded):
            return Classification("not_request", "question")  # for a person to answer, left in the inbox
        if not fields and (_ALREADY_RE.search(folded) or _HAS_ACCESS_RE.search(folded)):
            return Classification("not_request", "confirmation")  # "our officers now have access": nothing to do
        return Classification("request", "asks-to-join")
    if join and press:
        return Classification("not_request", "press")
    if other:
        return Classification("not_request", "other-topic")
    return Classification("not_request", "no-request-signal")
