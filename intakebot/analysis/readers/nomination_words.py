"""The words the nominating-sentence reader (:mod:`.nomination`) decides by: ranks, heads of posts, organisations.

All folded (accent- and case-insensitive, :func:`intakebot.analysis.labels.fold`) except the country codes.
"""

from __future__ import annotations

import re

from intakebot.analysis.labels import fold


def _folded(words: list[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


LEAD_WORDS = _folded(
    ["a", "al", "à", "la", "el", "le", "l", "the", "hereby", "herewith", "to", "as", "our", "notre", "nuestro",
     "nuestra", "his", "her", "son", "sa", "su", "officer", "official", "colleague", "collègue", "colega",
     "following", "suivant", "suivante", "siguiente", "candidat", "candidate", "candidato", "candidata",
     "agent", "funcionario", "funcionaria", "de", "mrs", "mr", "ms", "its", "their", "leur", "sus",
     "nuestros", "nos", "señor", "señora", "señorita", "licenciado", "licenciada", "ingeniero", "ingeniera",
     "doctor", "doctora", "monsieur", "madame", "is", "est", "es", "sera", "será", "will", "be"]
)
ORG_WORDS = _folded(
    ["ministry", "ministère", "ministerio", "administration", "administración", "department", "departamento",
     "département", "direction", "dirección", "service", "servicio", "authority", "autorité", "autoridad", "agency", "agence", "agencia",
     "office", "oficina", "institute", "instituto", "institut", "bureau", "customs", "douanes", "douane",
     "aduana", "aduanas", "police", "policía", "gendarmerie", "commission", "comisión", "unit", "unidad",
     "unité", "division", "división", "secretariat", "secretaría", "corporación", "national", "nationale",
     "nacional", "general", "générale", "centre", "center", "centro", "council", "conseil", "consejo",
     "board", "laboratory", "laboratoire", "laboratorio", "procuraduria", "sistema", "system", "fund",
     "fondo", "wildlife", "ministerial", "inspectorate", "revenue", "parks", "parcs", "parques",
     "république", "republic", "república", "royaume", "kingdom", "reino", "principauté", "principality",
     "principado", "gouvernement", "government", "gobierno"]
)
RANKS = _folded(
    ["detective", "inspector", "chief", "senior", "superintendent", "sergeant", "constable", "corporal",
     "colonel", "major", "captain", "lieutenant", "commander", "commissioner", "warden", "ranger", "officer",
     "inspecteur", "inspectrice", "commissaire", "capitaine", "commandant", "adjudant", "brigadier",
     "lieutenant-colonel", "inspectora", "comisario", "comisaria", "subcomisario", "capitán", "coronel",
     "teniente", "sargento", "mayor", "cabo", "agente", "comandante", "subteniente", "intendente",
     "suboficial", "oficial", "primero", "primera", "segundo", "segunda", "adjudant-chef", "sous-lieutenant",
     "brigadier-chef", "special", "agent"]
)
#: Words that head a position and take "of …" as part of it ("Head of Investigations", "Jefe del Departamento …").
HEADS = _folded(
    ["head", "chief", "director", "deputy", "assistant", "acting", "executive", "general", "directeur",
     "directrice", "adjoint", "adjointe", "chef", "sous-directeur", "sous-directrice", "responsable", "jefe",
     "jefa", "directora", "subdirector", "subdirectora", "coordinator", "coordinador",
     "coordinadora", "coordonnateur", "coordonnatrice", "manager", "gerente", "secretary", "secretario",
     "secretaria", "commissioner", "encargado", "encargada", "chargé", "chargée", "cheffe"]
)
#: Words that make an organisation's name, not adjectives that may also start one ("Wildlife", "National").
ORG_HEADS = ORG_WORDS - _folded(
    ["wildlife", "national", "nationale", "nacional", "general", "générale", "ministerial", "revenue",
     "parks", "parcs", "parques", "customs", "police", "policía"]
)
#: Nouns of posts, for a part written after the organisation ("…, Conservation Analyst").
POSTS = _folded(
    ["officer", "analyst", "specialist", "expert", "adviser", "advisor", "investigator", "scientist",
     "ecologist", "agent", "technician", "engineer", "lawyer", "counsel", "focal", "inspecteur", "inspectrice",
     "analyste", "conseiller", "conseillère", "ingénieur", "ingénieure", "juriste", "technicien",
     "technicienne", "spécialiste", "enquêteur", "enquêtrice", "conservateur", "conservatrice", "analista",
     "especialista", "técnico", "técnica", "asesor", "asesora", "investigador", "investigadora", "ingeniero",
     "ingeniera", "profesional", "abogado", "abogada", "inspector", "inspectora", "guardaparque", "fiscalizador", "fiscalizadora",
     "verificador", "verificadora", "supervisor", "supervisora", "superviseur", "superviseure"]
)
#: Words no person's name holds: a name-shaped value with one of them is a post or a body ("Senior Wildlife Officer").
NOT_A_PERSON = RANKS | POSTS | ORG_WORDS | HEADS
#: Countries where a person carries two surnames, the second after the first ("Quispe Huamán").
HISPANIC = frozenset(["AR", "BO", "CL", "CO", "CR", "CU", "DO", "EC", "ES", "GQ", "GT", "HN", "MX", "NI", "PA", "PE",
                       "PY", "SV", "UY", "VE"])
ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "m", "mm", "mme", "mlle", "sr", "sra", "srta", "dra", "lic", "ing", "no", "nr",
     "tel", "st", "jr", "col", "lt", "capt", "maj", "insp", "p", "ref", "n", "art", "vol", "dept", "ext", "int",
     "blgo", "blga", "biol", "mgs", "mtro", "mtra", "abg", "econ", "arq", "sc", "msc", "phd", "agr", "licda", "licdo", "abog"]
)

#: Capitalised words (with "of", "de", "y", … between) that end right before the verb: its subject.
SUBJECT_RE = re.compile(
    r"(?<![\w'’])([A-ZÀ-Ý][\w'’\-]*(?:\s+(?:(?:of|the|and|de|del|de la|des|du|et|y|for|pour|para)\s+)*"
    r"[A-ZÀ-Ý][\w'’\-]*)*)\s+$"
)
#: A post written before the titled name it belongs to, set off by a comma ("… if the Head of the Wildlife Crime Unit
#: of the National Parks and Wildlife Service, Mr …, could be given access").
ROLE_BEFORE_RE = re.compile(r"\b(?:the|our|le|la|notre|el|nuestro|nuestra)\s+([A-ZÀ-Ý][^,;]{2,120}),\s*$")
#: The writer's own authority or government as a subject: not where the nominee works.
WRITER_BODY_RE = re.compile(
    r"(?i)\b(?:management authority|autorit[ée] (?:de gestion|administrative)|organe de gestion|autoridad "
    r"administrativa|government|gouvernement|gobierno|secretariat|secr[ée]tariat|secretar[ií]a)\b"
)
#: A wish that someone join ("Mauritius would like Ms … to be given access"): a nomination only in a sentence about
#: access or joining (JOIN_RE), since "we would like Mr … to know" nominates nobody.
WISH_RE = re.compile(
    r"\b(?:would\s+like|wish(?:es)?|asks?\s+that|requests?\s+that|souhait(?:e|ons|erait|erions)(?:\s+que)?|"
    r"aimerait|aimerions|desea(?:mos|ría)?|quisiera(?:mos)?|solicita(?:mos)?\s+que)\b",
    re.I,
)
JOIN_RE = re.compile(
    r"(?i)\b(?:access|join|added|included|member|acc[eè]s|rejoindre|ajout[ée]e?|inscrit[e]?|membre|acceso|unirse|"
    r"incluid[oa]|incorporad[oa]|alta)\b"
)
#: The group's own name between a verb and the person ("ajouter au groupe fermé CITES sur CENcomm Mme …").
GROUP_PHRASE_RE = re.compile(
    r"\s*(?:(?:au|to|into|in|on|en|al|dans|à|a)\s+)?(?:(?:the|le|el|la)\s+)?(?:CITES\s+)?"
    r"(?:closed\s+user\s+group|closed\s+group|groupe\s+(?:d['’]utilisateurs\s+)?ferm[ée]|"
    r"grupo\s+cerrado(?:\s+de\s+usuarios)?)(?:\s+(?:de\s+la\s+|of\s+)?CITES)?"
    r"(?:\s+(?:on|sur|en|de|in)\s+(?:the\s+)?CENcomm)?\s*,?",
    re.I,
)
#: An official described before they are named ("… nominate an officer who serves as Deputy Director at …").
UNNAMED_RE = re.compile(
    r"\b(?:an?|the|our|un|une|una|el|la|notre|nuestro|nuestra)\s+(?:officer|official|colleague|agent|agente|"
    r"fonctionnaire|funcionari[oa]|officier)\s+(?:who\s+(?:serves|works)\s+as|who\s+is|qui\s+est|"
    r"qui\s+occupe\s+le\s+poste\s+d[e'’]|quien\s+(?:es|se\s+desempeña\s+como)|que\s+se\s+desempeña\s+como)\s+",
    re.I,
)

#: The heads of a government's top bodies: a unit named between a post and one of them belongs to the post.
MINISTRIES = frozenset(["ministry", "ministere", "ministerio", "ministerie", "ministero", "ministerium"])

#: A verb (or a noun phrase) of putting someone forward, or of communicating their name: what makes text
#: about a person a nomination ("nominate", "designa a", "l'inscription de", "vous communiquer le nom de").
VERB_RE = re.compile(
    r"\b(?:nominat(?:e|es|ed|ing)|designat(?:e|es|ed|ing)|propos(?:e|es|ed|ing|er|ons|ez)|put(?:s|ting)? forward|"
    r"appoint(?:s|ed)?|d[ée]sign(?:er|e|ons|ez|é|ée|ons)|nomm(?:er|e|ons|é|ée)|pr[ée]sent(?:er|e|ons)|"
    r"designa(?:r|mos|do|da)?|nombra(?:r|mos|do|da)?|propon(?:er|emos|e|go)|nomina(?:r|mos|do|da)?|postula(?:r|mos)?|"
    r"(?:nominee|candidate|candidat[eoa]?|representative|repr[ée]sentant[e]?|representante|focal point|"
    r"point focal|punto focal)s?\s+(?:is|will be|est|sera|es|será)|"
    r"(?:nomination|designation|candidature|candidacy|d[ée]signation|designaci[óo]n|nominaci[óo]n|candidatura|"
    r"inscription|inscripci[óo]n|registration|incorporaci[óo]n|inclusi[óo]n|inclusion)"
    r"\s+(?:of|de|del|d['’])|"
    r"(?:incorporaci[óo]n|inclusi[óo]n|inscripci[óo]n|inscription|registration|ajout)\s+(?:al|en|au|dans|to|in)\s"
    r"[^.;:]{0,80}?\s(?:of|de|del|d['’])(?=\s+(?:(?:la|el|los|las|the|le|les)\s+)?(?-i:[A-ZÀ-Ý]))|"
    r"register|enrol|enroll|include|add|inscrire|ajouter|int[ée]grer|inscribir|incluir|registrar|agregar|añadir|"
    r"incorpor(?:ar|e|en|ado|ada)|"
    r"(?:dar(?:se|le|les)?|den|demos|dé)\s+de\s+alta|(?:el|del|al)\s+alta\s+(?:de|en)|"
    r"(?:communiquer|transmettre|indiquer|communicate|submit|send|comunicar|remitir|transmitir|indicar)\s+(?:(?:vous|you|"
    r"le|les)\s+)?(?:the|le|les|el|los)\s+(?:noms?|names?|nombres?)\s+(?:of|de|du|des|del|d['’])|"
    r"(?:access|l['’]acc[èe]s|(?:el\s+)?acceso)\b[^.;:]{0,80}?\s(?:for|pour|para)|"
    r"(?:accorder|octroyer|donner|ouvrir|grant|give|conceder|otorgar|brindar)\s+(?:(?:l['’]acc[èe]s|access|"
    r"(?:el\s+)?acceso)\s+)?(?:à|to|a|al))"
    r"(?:\b|(?<=['’]))",
    re.I,
)

#: A body's name in sentence case from the sentence's start to the verb ("L'Administration de la nature et des forêts
#: du Luxembourg souhaite inscrire …"): its first word heads an organisation (checked by the caller).
NAMED_LOWER_RE = re.compile(r"^\s*(?i:(?:the|la|le|el)\s+|l['’])?([A-ZÀ-Ý][\w\-]*(?:\s+[\w'’\-]+){0,9})\s+$")
#: Between the subject and the verb: an auxiliary or a wish ("… ha designado", "… souhaite inscrire", "… would like
#: to nominate").
AUXILIARY_RE = re.compile(r"\s+(?:has|have|had|ha|han|había|habían|a|ont|avait|souhaite|souhaitent|voudrait|"
                           r"wishes to|wish to|would like to|desea|desean|quisiera)\s+$", re.I)

#: A title or honorific before a name ("Ms", "Mme", "Sra.", "Lic.", "Ing. Agr.", "M.Sc."): not part of it.
TITLE = (r"(?:M\.?Sc|Ph\.?D|Ing\.?\s+Agr|Licd[ao]|Abog|Mr|Mrs|Ms|Miss|Dr|Prof|Professor|M|MM|Mme|Mlle|Sr|Sra|Srta|Dr[ae]|Lic|Lcd[ao]|Ing|Don|Doña|Monsieur|"
          r"Madame|Mademoiselle|Señor|Señora|Sir|Madam|Col|Lt|Capt|Maj|Insp|Blg[oa]|Biól|Mgs|Mtr[oa]|Abg|Econ|Arq)\.?")
NAME_WORD = (r"(?:[A-ZÀ-ÝĀ-Ž][\w'’\-]*\.?|"
              r"(?:de|del|da|das|dos|van|von|der|la|le|los|las|di|du|y|bin|ben|al|el)(?=\s+[A-ZÀ-Ýa-z]))")

#: After a sentence announcing officials ("… solicita el alta de dos funcionarios"), one describing each: "La Abog.
#: Mirna Ortellado es Fiscalizadora de …; su teléfono es …", "Mr. John Kamau is a Senior Warden at …".
DESCRIBED_PERSON_RE = re.compile(
    rf"^(?:(?i:el|la|le|the)\s+)?(?:{TITLE})\s+(?P<name>[A-ZÀ-ÝĀ-Ž][\w'’\-]*\.?(?:\s+{NAME_WORD}){{1,5}})\s+"
    r"(?:es|est|is)\s+(?:(?i:an?|un[ae]?|el|la|le|the)\s+)?(?=[A-ZÀ-Ý])"
)

#: The writer introducing themself: "My name is …", "I am …", "Je m'appelle …", "Je suis …", "Me llamo …", "Soy …".
SELF_RE = re.compile(
    r"\b(?:my name is|i am|i'm|je m['’]appelle|je suis|mon nom est|me llamo|mi nombre es|soy)\s+", re.I
)
WORKS_AT_LATER_RE = re.compile(r",\s+(?:works|travaille|trabaja|labora)\s+(?:with|at|for|in|à|au|auprès de|en|para)\s+"
                                r"(?=(?:the\s+|l['’]|la\s+|le\s+|el\s+)?[A-ZÀ-Ý])")
#: A town after the organisation's name ("… Wildlife in Chilanga", "… Faune à Bouaké").
CITY_RE = re.compile(r"\s+(?:in|at|à|en)\s+([A-ZÀ-Ý][\w'’\-]+(?:\s+[A-ZÀ-Ý][\w'’\-]+)?)\s*[.;]?$")


#: What a sentence naming someone without a title says of the group it would put them in.
_ABOUT_GROUP_RE = re.compile(r"(?i)cencomm|\bcites\b|\bcug\b|\bclosed\b|ferm[ée]|cerrado|"
                             r"\b(?:groups?|groupes?|grupos?)\b|acc[eè]s|access|acceso|guépard|cheetah|guepardo")


def vouched(sentence: str, raw: dict[str, str], rank: str, person: re.Match[str]) -> bool:
    """Whether the person a sentence names is someone to register: named with a title or a rank, or in a
    sentence about the group or giving their contacts. A name after "include" in a pasted press release
    ("Investors for this round include Venrock Associates, …") is nobody to register."""
    if rank or person.start("name") > person.start():  # "Ms", "Ing.", "Detective Inspector" before the name
        return True
    return "phone" in raw or "email" in raw or bool(_ABOUT_GROUP_RE.search(sentence))


def is_position(part: str) -> bool:
    """A comma-separated part that names a post, not more of an organisation ("Conservation Analyst")."""
    words = [fold(w) for w in re.findall(r"[\w'’\-]+", part)]
    posts = POSTS | HEADS | RANKS
    return bool(words) and (words[0] in posts or (not any(w in ORG_HEADS for w in words)
                                                  and any(w in posts for w in words)))


def unbracket(seg: str) -> str:
    """``seg`` without the spaces and the closing brackets it does not open ("… Ganadero (SAG)" keeps its own)."""
    seg = seg.strip()
    while seg.endswith(")") and seg.count(")") > seg.count("("):
        seg = seg[:-1].rstrip()
    return seg
