"""The language a message is answered in: English, French or Spanish, from the writer's own words.

Function words of the writer's sentences decide first, labels only when the prose is too short or
mixed to tell, and attachments (a letter, a form) only when the writer's own text decides nothing.
English is the answer when nothing is clear: the Secretariat's working language.
"""

from __future__ import annotations

import re
from functools import cache

from intakebot.analysis.labels import LABEL_LINE_RE, data_json, lookup

_WORD_RE = re.compile(r"[a-zà-ÿ'-]+")


@cache
def _lang_words() -> dict[str, frozenset[str]]:
    words = data_json("classify.json")["language_words"]
    return {lang: frozenset(ws) for lang, ws in words.items()}


def detect_language(text: str, subject: str = "", *, more: str = "") -> str:
    """en / fr / es from function words and field labels; "en" when unsure.

    The sentences decide when they clearly point one way: a French e-mail that
    fills in the English form's labels is answered in French. Labels only
    count when the prose is too short or mixed to tell. ``text`` is the
    writer's own: when its prose is decisive, ``more`` (attachments' text) is
    not consulted, so an English letter, signature or disclaimer does not turn
    a Spanish request into an English one; nor is it when the writer's prose
    and labels together are decisive (Spanish labels under a short mixed note
    outweigh an English attachment). The paragraphs that name the group overrule the rest when they
    agree and nothing else in the writer's text speaks of a request (:func:`_language_of_the_request`).
    """
    usual = _usual_language(text, subject, more)
    return _language_of_the_request(text, usual) or usual


def _usual_language(text: str, subject: str, more: str) -> str:
    opened = _after_first_greeting(text)
    if opened:  # a letter or note that starts below pasted text: its own words decide
        prose, labels, first = _language_scores(opened, "")
        decided = first or _decisive(prose) or _decisive({k: prose[k] + labels[k] for k in prose})
        if decided:
            return decided
    prose, labels, first = _language_scores(text, subject)
    decided = first or _decisive(prose) or _decisive({k: prose[k] + labels[k] for k in prose})
    if decided:
        return decided  # the writer's own sentences, else their own sentences and labels together
    own = {k: prose[k] + labels[k] for k in prose}
    leaning = max(own, key=lambda k: own[k])
    if own[leaning] >= 3 and all(own[leaning] >= 2 * own[k] for k in own if k != leaning):
        return leaning  # a short note that leans one way is not outvoted by the newsletter it forwards
    if more:
        prose2, labels2, _ = _language_scores(more, "")
        prose = {k: prose[k] + prose2[k] for k in prose}
        labels = {k: labels[k] + labels2[k] for k in labels}
        decided = _decisive(prose)
        if decided:
            return decided
    scores = {k: prose[k] + labels[k] for k in prose}
    best = max(scores, key=lambda k: (scores[k], k == "en"))
    if scores[best] < 2 or scores[best] <= scores["en"]:
        return "en"
    return best


#: What a paragraph says about the group or a request for it, in any of the three languages.
_ABOUT_GROUP_RE = re.compile(
    r"cencomm|closed user group|groupe (?:d['’]utilisateurs )?ferm[ée]|grupo (?:de usuarios )?cerrado|\bcites\b", re.I)
_ABOUT_REQUEST_RE = re.compile(
    r"\b(?:request|access|nominat|register|enrol|demand|acc[èe]s|inscri|d[ée]sign|solicit|acceso|registr|alta\b|"
    r"designa|incorpor|inclu|find (?:below|attached|enclosed)|(?:below|attached|enclosed) (?:is|are|the)|forward|"
    r"ci-dessous|ci-joint|transmet|adjunt|a continuaci[óo]n|reenv[íi]|remit)", re.I)


def _language_of_the_request(text: str, usual: str) -> str:
    """The language of the paragraphs that speak of the group, when it is not ``usual``, they agree and no
    paragraph in another language speaks of a request (a paragraph naming the group too short to tell is scored
    with the one after it, where its officials' labels are), else "": a writer's own inline replies on something
    else (a list thread they answer, then ask for officials at the bottom) do not choose the language the request
    is answered in. An English cover note above a pasted Spanish letter speaks of the request too: nothing is
    decided here then. Paragraphs on a request are scored only when the group's differ from ``usual`` (a
    twentieth of the analysis of a text message otherwise)."""
    paras = re.split(r"\n[ \t]*\n", text[:20000])
    group = [i for i, para in enumerate(paras) if _ABOUT_GROUP_RE.search(para)]
    about = {lang for i in group if (lang := _paragraph_language(paras, i, group=True))}
    if len(about) != 1 or usual in about:
        return ""
    other = {lang for i, para in enumerate(paras)
             if i not in group and _ABOUT_REQUEST_RE.search(para) and (lang := _paragraph_language(paras, i))}
    return next(iter(about)) if other <= about else ""


def _paragraph_language(paras: list[str], i: int, *, group: bool = False) -> str | None:
    prose, labels, _ = _language_scores(paras[i], "")
    lang = _decisive(prose)
    if lang is None and group and any(prose.values()):
        # a short sentence announcing officials: its block's labels may confirm its leaning (not overturn it:
        # French prose above the English form's labels is French)
        leaning = max(prose, key=lambda k: prose[k])
        prose, labels, _ = _language_scores("\n".join(paras[i:i + 2]), "")
        lang = _decisive({k: prose[k] + labels[k] for k in prose})
        lang = lang if lang == leaning else None
    return lang


#: A line that opens what a writer addresses to us: a letter's salutation or a greeting ("Madame, Monsieur,",
#: "Buenos días:", "Dear colleagues,", "Bonjour,").
_GREETING_RE = re.compile(
    r"\s*(?:dear\b|excellency|sir\s*[,/]|madam\s*[,/]|to whom it may concern|hello\b|good (?:morning|afternoon|day)\b|"
    r"greetings\b|monsieur|madame|mesdames|messieurs|ch[eè]re?\b|bonjour\b|excellence|se[ñn]or|se[ñn]ora|se[ñn]ores|"
    r"estimad[oa]s?\b|distinguid[oa]s?\b|muy se[ñn]or|a quien corresponda|buen(?:os)? d[íi]as?\b|buenas tardes\b|"
    r"hola\b).{0,60}[,:!]?\s*$",
    re.I,
)


def _after_first_greeting(text: str) -> str:
    """The text from its first greeting line on, when there is writing above it (a spam, a newsletter or a
    page pasted before the writer's own letter), else ""."""
    lines = text.split("\n")
    for i, line in enumerate(lines[:400]):
        if len(line) < 90 and _GREETING_RE.match(line):
            above = " ".join(lines[:i]).split()
            return "\n".join(lines[i:]) if len(above) >= 20 else ""
    return ""


def _decisive(prose: dict[str, float]) -> str | None:
    ranked = sorted(prose, key=lambda k: (prose[k], k == "en"), reverse=True)
    if prose[ranked[0]] >= 6 and prose[ranked[0]] >= 2 * prose[ranked[1]]:
        return ranked[0]
    return None


def _language_scores(text: str, subject: str) -> tuple[dict[str, float], dict[str, float], str | None]:
    """Prose and label scores of ``text``, and the language its opening paragraphs decide, if any.

    The paragraphs are read in order and the first language the writer's sentences clearly take
    (:func:`_decisive`, paragraph by paragraph) is the one they chose to address us in: a request
    typed above a pasted English newsletter or report is answered in the request's language.
    """
    prose = {"en": 0.0, "fr": 0.0, "es": 0.0}
    labels = {"en": 0.0, "fr": 0.0, "es": 0.0}
    first: str | None = None
    words = _lang_words()
    sample = (subject + "\n" + text)[:20000].lower()
    for line in sample.split("\n"):
        if first is None and not line.strip():
            first = _decisive(prose)
        m = LABEL_LINE_RE.match(line)
        hit = lookup(m.group(1)) if m else None
        if hit is not None:
            if hit.language:
                labels[hit.language] += 3
            continue
        if m is None and "\t" in line:
            for cell in line.split("\t"):
                cell_hit = lookup(cell)
                if cell_hit and cell_hit.language:
                    labels[cell_hit.language] += 2
            continue
        for w in _WORD_RE.findall(line):
            w = w.strip("'-")
            for lang, ws in words.items():
                if w in ws:
                    prose[lang] += 1
    return prose, labels, first
