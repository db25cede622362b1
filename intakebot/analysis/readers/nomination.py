"""Reader for a nominee given in one sentence, in a body or a formal letter.

"The Management Authority of Kenya is pleased to nominate Ms Grace Wanjiru,
Senior Investigations Officer at the Kenya Wildlife Service, who can be reached
at +254 20 600 0800 and g.wanjiru@kws.go.ke." -- "J'ai l'honneur de désigner M.
Amadou Diallo, Inspecteur des Eaux et Forêts à la Direction des Eaux et Forêts,
joignable au ... et à ...". "Me complace designar a la Sra. ..."

A sentence counts only when it carries a verb of nominating (nominate,
designate, propose, put forward; désigner, proposer, nommer; designar,
proponer, nominar) followed closely by a person's name (capitalised words,
usually after a title; "la Autoridad Administrativa" is not a person). After
the name come the position and the organisation (split at "at", "in", "with",
"à", "au", "auprès de", "en", "del", … or given as the next comma-separated
part; a bracket opening contact details ends the name, "(SAG)" stays; a
trailing ", India" is the country; with none after the name, an organisation
that is the verb's own subject, "el Instituto … propone al Sr. …"), then the
contact details: the one e-mail address and the first telephone of the
sentence (or of the next one when it starts "She can be reached …", "Il est
joignable …", "Su teléfono …"); a number introduced as a fax never counts. The
country is the one the text names (the caller passes it) or the one the
organisation's name holds. Letterhead, reference lines, dates and the
signatory's block are cut by the caller
(:func:`intakebot.analysis.letters.letter_body`).
"""

from __future__ import annotations

import itertools
import re

from intakebot.analysis import validation
from intakebot.analysis.labels import FULL_NAME, fold
from intakebot.analysis.readers.common import finalise
from intakebot.analysis.readers.contacts import EMAIL_RE, contacts
from intakebot.analysis.readers.lines import parse_label
from intakebot.analysis.readers.nomination_words import (
    ABBREVIATIONS,
    AUXILIARY_RE,
    CITY_RE,
    DESCRIBED_PERSON_RE,
    GROUP_PHRASE_RE,
    HEADS,
    HISPANIC,
    JOIN_RE,
    LEAD_WORDS,
    MINISTRIES,
    NAME_WORD,
    NAMED_LOWER_RE,
    ORG_HEADS,
    ORG_WORDS,
    POSTS,
    RANKS,
    ROLE_BEFORE_RE,
    SELF_RE,
    SUBJECT_RE,
    TITLE,
    UNNAMED_RE,
    VERB_RE,
    WISH_RE,
    WORKS_AT_LATER_RE,
    WRITER_BODY_RE,
    is_position,
    unbracket,
    vouched,
)
from intakebot.analysis.readers.units import unit_into_post
from intakebot.records import Draft

#: A verb (or a noun phrase) of putting someone forward: what makes text about a person a nomination.
NOMINATING_RE = VERB_RE
_PERSON_RE = re.compile(rf"(?:(?:{TITLE})\s+)?(?P<name>[A-ZÀ-ÝĀ-Ž][\w'’\-]*\.?(?:\s+{NAME_WORD}){{1,5}})")
_TITLED_RE = re.compile(rf"(?:{TITLE})\s+(?P<name>[A-ZÀ-ÝĀ-Ž][\w'’\-]*\.?(?:\s+{NAME_WORD}){{1,5}})")
_APPOSITION_RE = re.compile(rf",\s*(?:(?:the|la|el|le|l['’])\s*)?(?:{TITLE})\s+(?P<name>[A-ZÀ-ÝĀ-Ž][\w'’\-]*\.?(?:\s+{NAME_WORD}){{1,5}})")
_PASSIVE_RE = re.compile(
    r",?\s+(?:(?:has|have|had)\s+been|(?:is|was)(?:\s+hereby)?)\s+(?:nominated|designated|appointed|proposed|"
    r"selected|put forward)\b|,?\s+(?:a|ont|est)\s+(?:été\s+)?(?:désigné|nommé|proposé|retenu)e?s?\b|"
    r",?\s+(?:ha|han|fue|fueron|es|queda)\s+(?:sido\s+)?(?:designad|nominad|propuest|seleccionad)[oa]s?\b|"
    r",?\s+(?:could|can|may|might|would|should|to)\s+be\s+(?:given|granted|added|registered|included|enrolled)\b|"
    r",?\s+(?:soit|soient|puisse|puissent)\s+(?:être\s+)?(?:ajouté|inscrit|intégré|enregistré|admis)e?s?\b|"
    r",?\s+(?:sea|sean|pueda|puedan)\s+(?:ser\s+)?(?:incorporad|agregad|incluid|inscrit|registrad|añadid)[oa]s?\b",
    re.I,
)
_SPLIT_RE = re.compile(r",(?![^()]*\))")
#: A bracket that opens the contact details after an organisation's name: "(tel. +27 …", "(telephone …", "(e-mail …".
_CONTACT_PAREN_RE = re.compile(
    r"\s*\((?=\s*(?:tel|t[ée]l|phone|mobile|cell|fax|e-?mail|courriel|correo|mail|\+|\d))", re.I
)
#: Where the position ends and the organisation starts: strong words first, then "of"/"de" before an organisation word.
_STRONG_SPLIT_RE = re.compile(
    r"\s(?:at|with|within|in|from|à|au|aux|(?:auprès|au sein|dentro)\s(?:de|du|des|d['’])|en|chez)\s?"
    r"(?:(?:the|de|du|des|la|le|l'|el)\s)?"
    r"(?:l'|l’)?(?=[A-ZÀ-Ý])"
)
_WEAK_SPLIT_RE = re.compile(r"\s(?:(?:of|de|du|des|del)\s(?:the\s|la\s|l['’])?|de\sl['’])(?=[A-ZÀ-Ý])")
#: "…, who serves as Head of …", "…, qui occupe le poste de …", "…, quien se desempeña como …": the position follows.
_SERVES_AS_RE = re.compile(
    r"^\s*(?:who\s+(?:is|serves\s+as|works\s+as)|currently|qui\s+(?:est|occupe\s+(?:le\s+poste|la\s+fonction)\s+d[eu']|"
    r"exerce\s+(?:la\s+fonction|les\s+fonctions)\s+d[eu'])|actuellement|quien\s+(?:es|se\s+desempeña\s+como|"
    r"ocupa\s+el\s+cargo\s+de)|actualmente)\s+(?:the\s+|our\s+|an?\s+|el\s+|la\s+|le\s+|l['’])?(?=[A-ZÀ-Ý])",
    re.I,
)
_ORG_FIRST_RE = re.compile(
    r"^(?:of|from|at|with|within|in|de la|de l['’]|de|du|des|del|d['’]|à la|à l['’]|à|au|aux|"
    r"auprès (?:de la|de l['’]|de|du|des)|en el|en la|en)\s*(?:the\s+)?(?=[A-ZÀ-Ý])"
)
_IN_COUNTRY_RE = re.compile(r"\s+(?:in|of|au|aux|en|du|de|del|des|d['’])\s*(?:the\s+|le\s+|la\s+|el\s+|l['’])?(?=[A-ZÀ-Ý])")
_ARTICLE_RE = re.compile(r"^(?:an?|the|une?|una?|el|la|le)\s+(?=\w)", re.I)
_STOP_RE = re.compile(
    r"^(?:who|whom|which|whose|and|qui|dont|et|que|quien|quién|quienes|cuyo|cuya|y|con|avec|with|tel|tél|telephone|"
    r"téléphone|teléfono|phone|mobile|e-?mail|courriel|correo|reachable|joignable|contactable|to|au|aux|al|pour|"
    r"para|for|as|en tant|en calidad|como|comme|is|est|es)\b",
    re.I,
)
#: Where the words about the nominee end: "; su teléfono …", "… and can be reached …".
_CLAUSE_END_RE = re.compile(r";|\s(?:and|et|y)\s+(?:can|may|is|will|peut|est|sera|puede|es|será)\b")
_WORKS_AT_RE = re.compile(r"^(?:who|qui|quien)\s+(?:works|is\s+working|travaille|trabaja|labora)\s+"
                          r"(?:with|at|for|in|à|au|auprès|en|para)\s+", re.I)
_AS_RE = re.compile(r"\s(?:as|comme|en tant que|como|en calidad de)\s+(?:an?\s+|the\s+|el\s+|la\s+|le\s+)?"
                    r"(?=[A-ZÀ-Ý])")
#: The sentence after a nomination that gives the post: "Mr. Mutua is a …", "Elle est …", "Actualmente se desempeña
#: como …".
_DESCRIBED_RE = re.compile(
    rf"^(?:(?:{TITLE})\s+[A-ZÀ-Ý][\w'’\-]+\s*,\s*(?=[A-ZÀ-Ý])|(?:(?i:s?he|il|elle|él|ella)\s+|(?:{TITLE})\s+"
    rf"[A-ZÀ-Ý][\w'’\-]+\s+)?(?i:(?:currently|actuellement|"
    r"actualmente)\s+)?(?i:is|est|es|serves\s+as|works\s+as|se\s+desempeña\s+como|trabaja\s+como|labora\s+como|"
    r"occupe\s+(?:le\s+poste|la\s+fonction)\s+d[e'’]|exerce\s+les\s+fonctions\s+d[e'’])\s+(?i:(?:currently|"
    r"actuellement|actualmente)\s+)?)"
)
#: A comma inside an organisation's name: "Direction de la Faune, de la Chasse et des Aires Protégées".
_CONTINUES_RE = re.compile(r"^(?:de la|de l'|de|du|des|del|of the|of|and|et|y)\s+(?=[A-ZÀ-Ý])")
_FOLLOW_RE = re.compile(
    rf"^(?:(?i:s?he|his|her|they|their|il|elle|on|son|sa|ses|él|ella|su|sus|may|can|puede|peut|my|mon|ma|mes|mi|mis|"
    rf"i can|je peux|puedo)\b|(?:{TITLE})\s+[A-ZÀ-Ý]|"
    r"(?i:t[ée]l|phone|telephone|t[ée]l[ée]phone|tel[ée]fono|mobile|e-?mail|courriel|correo)\b\.?\s*:?\s*[+(\d\w])"
)
_SENT_END_RE = re.compile(r"[.!?]\s+(?=[A-ZÀ-Ý\"«“(])")


def _split_sentences(chunk: str) -> list[str]:
    out: list[str] = []
    start = 0
    for m in _SENT_END_RE.finditer(chunk):
        word = re.search(r"([\w'’]+)$", chunk[start:m.start()])
        if word and (fold(word.group(1)) in ABBREVIATIONS or len(word.group(1)) == 1):
            continue  # "Ms. Grace", "No. 2018/046", an initial
        out.append(chunk[start:m.start() + 1])
        start = m.end()
    out.append(chunk[start:])
    return out


def _sentences(text: str) -> list[str]:
    """The text's sentences: label lines dropped, paragraphs and wrapped lines joined, split at full stops."""
    chunks: list[str] = []
    buf: list[str] = []
    for line in text.split("\n"):
        s = line.strip()
        if not s or parse_label(line) is not None or "\t" in line:
            if buf:
                chunks.append(" ".join(buf))
                buf = []
            continue
        buf.append(s)
    if buf:
        chunks.append(" ".join(buf))
    return [s.strip() for c in chunks for s in _split_sentences(c) if s.strip()]


def read_nominations(text: str, origin: str, language: str, country: str | None) -> list[Draft]:
    """One draft per sentence that nominates someone (see the module's description)."""
    drafts: list[Draft] = []
    sentences = _sentences(text)
    for i, sentence in enumerate(sentences):
        found = _nominated(sentence) or _described(sentence, sentences)
        if found is None:
            continue
        person, rest, before = found
        contact = sentence
        after = sentences[i + 1] if i + 1 < len(sentences) else ""
        described = _DESCRIBED_RE.match(after)
        if _FOLLOW_RE.match(after) or described:
            contact += " " + after
        title, name = rank_and_name(person.group("name").rstrip("."))
        title = before or title
        raw = {FULL_NAME: name}
        raw.update(_post_and_org(rest, title))
        if not title:  # (a rank before the name is the post)
            unit_into_post(sentence[: person.start()], rest.lstrip(" ,").split(",", 1)[0], raw)
        if "organization" not in raw:  # "el Instituto de Conservación Forestal de Honduras propone al Sr. …"
            raw.update(_subject_org(sentence[: person.start()]))
        if described is not None:  # "… nominates Mr. Daniel Mutua. Mr. Mutua is a Senior … at the …"
            for k, v in _post_and_org(after[described.end():]).items():
                raw.setdefault(k, v)
        raw.update(contacts(contact, country))
        org_country = validation.country_code(raw.get("organization", "")) if "organization" in raw else None
        if country or org_country:
            raw["country"] = country or validation.country_name(org_country or "")
        hispanic = validation.country_code(raw.get("country", "")) in HISPANIC  # "Miguel Ángel Quispe Huamán"
        fields = finalise(raw, language="es" if hispanic else language)
        if "surname" in fields and len(fields) >= 3 and vouched(sentence, raw, title, person):
            drafts.append(Draft(fields=fields, origin=origin))
    return drafts


def unnamed_post_and_org(text: str) -> dict[str, str]:
    """Position and organisation of an official the writer describes before naming ("an officer who serves as
    Deputy Director (Northern Region) at the Wildlife Crime Control Bureau"), for a form that names them only."""
    m = UNNAMED_RE.search(text)
    if m is None:
        return {}
    return _post_and_org(re.split(r"[.;\n]\s", text[m.end():] + " ", maxsplit=1)[0])


def _nominated(sentence: str) -> tuple[re.Match[str], str, str] | None:
    """(the person the sentence nominates, the text about them, a position written before the name), or None.

    Active ("… pleased to nominate Ms Grace Wanjiru, Senior …", "our nominee is Mr …") or passive
    ("Mr. Samuel Boateng, Principal …, has been designated", "Mme …, a été désignée", "… ha sido designado").
    """
    wishes = WISH_RE.finditer(sentence) if JOIN_RE.search(sentence) else iter(())
    for verb in itertools.chain(VERB_RE.finditer(sentence), wishes):
        person = _person_after(sentence, verb.end())
        if person is not None:
            appos = _APPOSITION_RE.match(sentence, person.end())
            if appos is not None:  # "nominate our Chief Investigator, Mr. Armando Cossa, of …"
                return appos, sentence[appos.end():], person.group("name")
            if not is_body(person.group("name"), ORG_HEADS):  # "la presente, la Autoridad Administrativa …"
                return person, sentence[person.end():], ""
    intro = SELF_RE.search(sentence)
    if intro is not None:
        person = _PERSON_RE.match(sentence, intro.end())
        if person is not None and not any(fold(w) in RANKS or fold(w) in ORG_WORDS for w in person.group(0).split()):
            return person, sentence[person.end():], ""
    passive = _PASSIVE_RE.search(sentence)
    if passive is None:
        return None
    person = _TITLED_RE.search(sentence, 0, passive.start())
    if person is None:
        return None
    role = ROLE_BEFORE_RE.search(sentence, 0, person.start())  # "… if the Head of the … Unit of the …, Mr …"
    post, org = _role_split(role.group(1)) if role and is_position(role.group(1)) else ("", "")
    return person, (", " + org if post and org else "") + sentence[person.end():passive.start()], post


def _described(sentence: str, sentences: list[str]) -> tuple[re.Match[str], str, str] | None:
    """A sentence describing an official the text announced ("… solicita el alta de dos funcionarios" / "La Abog.
    Mirna Ortellado es Fiscalizadora de …"); the announcement is looked for only then (its pattern is costly)."""
    m = DESCRIBED_PERSON_RE.match(sentence)
    return (m, sentence[m.end():], "") if m and any(VERB_RE.search(s) for s in sentences) else None


def _subject_org(before: str) -> dict[str, str]:
    """The organisation that is the verb's subject, right before it ("the Kenya Wildlife Service nominates …"):
    not with words between ("the Management Authority of Kenya is pleased to nominate …"), nor the writer's own."""
    verbs = [*VERB_RE.finditer(before), *WISH_RE.finditer(before)]  # "The … Department would like our …"
    if not verbs:
        return {}
    cut = AUXILIARY_RE.sub(" ", before[: max(v.start() for v in verbs)])  # "la Policía … ha designado"
    m = next((x for x in (SUBJECT_RE.search(cut), NAMED_LOWER_RE.search(cut))  # "L'Administration de la nature …"
              if x is not None and is_body(x.group(1))), None)
    if m is None or WRITER_BODY_RE.search(m.group(1)):
        return {}
    return _trim_org({"organization": _ARTICLE_RE.sub("", m.group(1))})  # "The Kenya Wildlife Service …"


def is_body(words: str, heads: frozenset[str] = ORG_WORDS) -> bool:
    """Whether capitalised words name an organisation, not a person ("la Autoridad Administrativa")."""
    return any(fold(w) in heads for w in re.findall(r"[\w'’]+", words))


def _person_after(sentence: str, start: int) -> re.Match[str] | None:
    """The person named right after the verb ("nominate Ms Grace Wanjiru", "designar a la Sra. Ana Ruiz")."""
    group = GROUP_PHRASE_RE.match(sentence, start)  # "ajouter au groupe fermé CITES sur CENcomm Mme …"
    if group is not None:
        start = group.end()
    m = _PERSON_RE.search(sentence, start, min(len(sentence), start + 160))
    if m is None:
        return None
    between = re.findall(r"[\w'’]+", sentence[start:m.start()])
    if any(fold(w) not in LEAD_WORDS for w in between) or len(between) > 5:
        return None
    return m


def rank_and_name(words: str) -> tuple[str, str]:
    """("Detective Inspector", "Chileshe Mwansa") from "Detective Inspector Chileshe Mwansa"."""
    toks = words.split()
    i = 0
    while i < len(toks) - 2 and fold(toks[i]) in RANKS:
        i += 1
    return " ".join(toks[:i]), " ".join(toks[i:])


def _post_and_org(rest: str, title: str = "") -> dict[str, str]:
    """Position and organisation from what follows the name (", Senior Officer at the Kenya Wildlife Service, ...").

    ``title``: a rank written before the name is the position, and what follows the name the organisation.
    """
    rest = rest.lstrip(" ,")
    if rest.startswith("("):  # "Mr John Kamau (Senior Warden, Kenya Wildlife Service), who …"
        rest = rest[1:].split(")", 1)[0]
    rest = _CLAUSE_END_RE.split(_SERVES_AS_RE.sub("", rest, count=1), maxsplit=1)[0]
    rest = _WORKS_AT_RE.sub("at ", rest, count=1)  # "…, who works with the South African Police Service as …"
    rest = WORKS_AT_LATER_RE.sub(" at ", rest, count=1)  # "Chargée de …, travaille à l'Instituto …"
    lead = _ORG_FIRST_RE.match(rest)  # "Mr Armando Cossa of the National Administration …": the organisation
    org_only = lead is not None
    if lead is not None:
        rest = rest[lead.end():]
    parts: list[str] = []
    for seg in _SPLIT_RE.split(rest):
        contact = _CONTACT_PAREN_RE.search(seg)  # "… the Environment (tel. +27 …, e-mail …)": the name ends there
        seg = unbracket(seg[: contact.start()] if contact else seg)
        if not seg or _STOP_RE.match(seg) or EMAIL_RE.search(seg) or re.search(r"\d{3}", seg):
            break
        if parts and not seg[:1].isupper() and not _CONTINUES_RE.match(seg):
            break
        parts.append(seg)
        if contact:
            break
    if not parts:
        return {"position": title} if title else {}
    out: dict[str, str] = {}
    if title or org_only:
        cut = next((i for i, p in enumerate(parts) if i and not title and is_position(p)), len(parts))
        as_post = _AS_RE.search(parts[0]) if not title and cut == len(parts) else None
        if as_post is not None:  # "the South African Police Service as Warrant Officer"
            parts[0], out["position"] = parts[0][: as_post.start()], parts[0][as_post.end():]
        if title or cut < len(parts):  # "Ms X from the Rwanda Development Board, Conservation Analyst"
            out["position"] = title or parts[cut]
        out["organization"] = ", ".join(parts[:cut])
        return _trim_org(out)
    position, org = split_position(parts[0], parts[1] if len(parts) > 1 else "")
    out["position"] = position
    if org:
        out["organization"] = ", ".join([org, *parts[1:]])
    elif len(parts) > 1:  # "Chief Warden, Wildlife Protection Services, Ministry of …": the unit is the post's
        unit = next((i for i in range(2, len(parts)) if fold(parts[i].split()[0]) in MINISTRIES), 1)
        out["position"] = ", ".join(parts[:unit])
        out["organization"] = ", ".join(parts[unit:])
    return _trim_org(out)


def _role_split(seg: str) -> tuple[str, str]:
    """(post, organisation) of a post written before the name: at the last "of …" before an organisation's name."""
    weak = [w for w in _WEAK_SPLIT_RE.finditer(seg) if _org_start(seg, w.end())]
    return (seg[: weak[-1].start()], seg[weak[-1].end():]) if weak else (seg, "")


def _trim_org(out: dict[str, str]) -> dict[str, str]:
    if "organization" in out:
        org = out["organization"]
        head, sep, tail = org.rpartition(", ")
        if sep and validation.exact_country_code(tail.rstrip(" .;")):
            org = out["organization"] = head  # "… Control Bureau, India"
        m = next((x for x in _IN_COUNTRY_RE.finditer(org) if validation.exact_country_code(org[x.end():].rstrip(" .;"))),
                 None)
        if m and is_body(org[: m.start()], ORG_HEADS):  # "Policía Nacional de Colombia" is a name of its own
            out["organization"] = org[: m.start()]  # "… Wildlife in Malawi", "… Tourism of Namibia"
        city = CITY_RE.search(out["organization"])
        if city and not any(fold(w) in ORG_WORDS for w in city.group(1).split()):
            out["organization"] = out["organization"][: city.start()]  # "… and Wildlife in Chilanga"
    if "position" in out:
        out["position"] = _ARTICLE_RE.sub("", out["position"])  # "a senior investigations officer"
    return {k: v.rstrip(" .;") for k, v in out.items() if v.strip(" .;")}


def split_position(seg: str, after: str = "") -> tuple[str, str]:
    """(position, organisation): at the first "at/in/with/à/au/en …" before an organisation's name, else at
    the last "of/de/del …" before one ("Jefe del Departamento de Vida Silvestre | del Consejo Nacional …")."""
    strong = [m for m in _STRONG_SPLIT_RE.finditer(seg)]
    m = next((x for x in strong if _org_start(seg, x.end())), None)
    if m is None:
        weak = [w for w in _WEAK_SPLIT_RE.finditer(seg) if _org_start(seg, w.end())]
        m = next((w for i, w in enumerate(weak) if not _head_only(seg[: w.start()], weak[i + 1:], seg, after)), None)
    if m is None and strong and not any(fold(w) in ORG_WORDS for w in re.findall(r"[\w'’]+", seg[: strong[0].start()])):
        m = strong[0]
    if m is None:
        return seg, ""
    return seg[: m.start()], seg[m.end():]


def _head_only(before: str, later: list[re.Match[str]], seg: str, after: str) -> bool:
    """Whether ``before`` is a bare head or rank ("Jefe", "Deputy Head", "Oficial") whose "of …" is still the position, with a later
    split before an organisation's own name ("Jefe del Departamento … | del Consejo Nacional …"), or the name in
    the next comma part (``after``: "Head of the CITES Office, Department of Environment")."""
    words = re.findall(r"[\w'’\-]+", before)
    return (bool(words) and all(fold(w) in HEADS or fold(w) in POSTS or fold(w) in RANKS for w in words)
            and (any(fold(w) in ORG_HEADS for x in later for w in re.findall(r"[\w'’]+", seg[x.end():])[:2])
                 or (not later and any(fold(w) in ORG_HEADS for w in re.findall(r"[\w'’]+", after)[:2]))))


def _org_start(seg: str, i: int) -> bool:
    """Whether an organisation's name starts at ``i``: an organisation word, a country or an acronym leads it."""
    words = re.findall(r"[\w'’]+", seg[i:])
    if not words:
        return False
    lead = words[:2]
    return (any(fold(w) in ORG_WORDS for w in lead) or (len(words[0]) > 1 and words[0].isupper())
            or (len(words) > 2 and validation.exact_country_code(words[0]) is not None))
