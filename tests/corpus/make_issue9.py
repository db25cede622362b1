"""Tuning cases for issue 9's readers: typed values, prose everywhere, the structure of a conversation.

The readers were tuned on these (never on tests/heldout2, which measures them):
labels that are a field word plus qualifiers and labels nobody listed, decided by
the value; fax numbers beside the official's; the writer's own signature
contacts; one-sentence nominees in bodies and in formal letters (DOCX, ODT, PDF,
RTF; see :mod:`tests.corpus.issue9_letters`); bottom-posted replies (plain text
and Gmail HTML); forwarded requests carrying their own older history; French and
Spanish requests above English signatures and disclaimers; two look-alikes that
name a person but nominate nobody. Expected values are written by hand.

Usage: ``python tests/corpus/make_issue9.py OUTDIR`` or ``write_issue9(path)``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent.parent))

from tests.corpus.issue9_letters import expect, finish, letter_cases  # noqa: E402
from tests.corpus.issue9_split import split_cases  # noqa: E402
from tests.heldout.make_heldout import Case, P, alt, nominee, only, plain  # noqa: E402

MUSHI = P("United Republic of Tanzania", "TZ", "Neema", "Mushi", "Tanzania Wildlife Management Authority",
          "Anti-Poaching Coordinator", "+255222866064", "n.mushi@tawa.go.tz")
YAO = P("Côte d'Ivoire", "CI", "Kouassi", "Yao", "Office Ivoirien des Parcs et Réserves", "Chef de service",
        "+2250707123456", "k.yao@oipr.ci")
QUISPE = P("Bolivia (Plurinational State of)", "BO", "Ana", "Quispe Mamani", "Dirección General de Biodiversidad",
           "Técnica CITES", "+59171234567", "aquispe@mmaya.gob.bo")
OKELLO = P("Uganda", "UG", "Moses", "Okello", "Uganda Wildlife Authority", "Senior Ranger", "+256772500600",
           "mokello@wildlife.go.ug")
SSEMAKULA = P("Uganda", "UG", "Brian", "Ssemakula", "Uganda Revenue Authority", "Customs Intelligence Analyst",
              "+256417442000", "bssemakula@ura.go.ug")
CAMARA = P("Guinea", "GN", "Fatoumata", "Camara", "Centre de Gestion de l'Environnement des Monts Nimba-Simandou",
           "Conseillère juridique", "+224622102030", "f.camara@cegens.gov.gn")
AJU = P("Guatemala", "GT", "Mario", "Ajú Pérez", "Consejo Nacional de Áreas Protegidas",
        "Jefe del Departamento de Vida Silvestre", "+50224226700", "majupz@conap.gob.gt")
WANJIKU = P("Kenya", "KE", "Mercy", "Wanjiku", "Kenya Wildlife Service", "Warden", "+254722800900",
            "m.wanjiku@kws.go.ke")
HOUNGBO = P("Benin", "BJ", "Rodrigue", "Houngbo", "Direction Générale des Eaux, Forêts et Chasse",
            "Inspecteur forestier", "+2290121301590", "r.houngbo@dgefc.bj")
VARGAS = P("Costa Rica", "CR", "Daniela", "Vargas", "Sistema Nacional de Áreas de Conservación",
           "Coordinadora de Vida Silvestre", "+50625226500", "daniela.vargas@sinac.go.cr")
ABEBE = P("Ethiopia", "ET", "Dawit", "Abebe", "Ethiopian Customs Commission", "Senior Customs Officer",
          "+251115524000", "dawit.abebe@ecc.gov.et")
DIOP = P("Senegal", "SN", "Awa", "Diop", "Direction des Parcs Nationaux", "Conservatrice", "+221338593800",
         "awa.diop@dpn.gouv.sn")
MORALES = P("Mexico", "MX", "Jorge", "Morales", "Procuraduría Federal de Protección al Ambiente",
            "Inspector Federal", "+525554496300", "jmorales@profepa.gob.mx")

BOATENG = P("Ghana", "GH", "Samuel", "Boateng", "Forestry Commission", "Principal Wildlife Officer",
            "+233302401210", "sboateng@fcghana.org")
MENSAH = P("Togo", "TG", "Akossiwa", "Mensah", "Office de Développement et d'Exploitation des Forêts",
           "Directrice adjointe", "+22822214029", "a.mensah@odef.tg")
RIOS = P("Panama", "PA", "Carmen", "Ríos Vega", "Ministerio de Ambiente", "Directora de Vida Silvestre",
         "+5075000855", "crios@miambiente.gob.pa")
KIPRONO = P("Kenya", "KE", "Joseph", "Kiprono", "Kenya Wildlife Service", "Senior Warden", "+254722111222",
            "jkiprono@kws.go.ke")
ACHIENG = P("Kenya", "KE", "Faith", "Achieng", "Kenya Wildlife Service", "Intelligence Analyst", "+254733333444",
            "fachieng@kws.go.ke")
ASANTE = P("Ghana", "GH", "Kwame", "Asante", "Ghana Revenue Authority", "Customs Officer", "+233244123456",
           "kwame.asante@gra.gov.gh")

KAPINGA = P("Malawi", "MW", "Ruth", "Kapinga", "Department of National Parks and Wildlife", "Principal Game Ranger",
            "+2651757584", "rkapinga@dnpw.gov.mw")
CASTILLO = P("Dominican Republic", "DO", "Sofía", "Castillo", "Ministerio de Medio Ambiente y Recursos Naturales",
             "Analista de Comercio de Vida Silvestre", "+18095674300", "scastillo@ambiente.gob.do")
RAKOTO = P("Madagascar", "MG", "Hery", "Rakotondrabe", "Direction Générale des Forêts", "Chef de service",
           "+261340512345", "hery.rakoto@gmail.com")

FUENTES = P("Chile", "CL", "Camila", "Fuentes Soto", "Servicio Agrícola y Ganadero", "Inspectora de Fauna",
            "+56223456789", "camila.fuentes@sag.gob.cl")
MUKENDI = P("Democratic Republic of the Congo", "CD", "Patrick", "Mukendi", "Institut Congolais pour la Conservation "
            "de la Nature", "Chef de brigade", "+243812345678", "p.mukendi@iccn.gouv.cd")
HAMUTENYA = P("Namibia", "NA", "Selma", "Hamutenya", "Ministry of Environment, Forestry and Tourism",
              "Chief Control Warden", "+264612842111", "selma.hamutenya@meft.gov.na")
BENITEZ = P("Paraguay", "PY", "Luis", "Benítez", "Ministerio del Ambiente y Desarrollo Sostenible",
            "Técnico de Fiscalización", "+59521615800", "lbenitez@mades.gov.py")
NIYONZIMA = P("Burundi", "BI", "Claudine", "Niyonzima", "Office Burundais pour la Protection de l'Environnement",
              "Juriste", "+25722223456", "c.niyonzima@obpe.bi")

_DISCLAIMER = ("This e-mail and any attachments are confidential and intended solely for the addressee. If you "
               "have received it in error, please notify the sender and delete it. Any views expressed are those "
               "of the author and do not necessarily represent those of the Ministry.")


def typed_cases() -> list[Case]:
    out: list[Case] = []

    def add(name: str, layout: str, lang: str, body: str, sender: str, who: list[P], subject: str) -> None:
        out.append(Case(name, finish(name, plain(body), sender, subject),
                        expect(name, layout, "request", lang, [nominee(p, sender) for p in who])))

    add("i9_en_qualifier_labels", "typed_value", "en",
        "Dear CITES Secretariat,\n\nPlease register our officer in the cheetah closed user group:\n\n"
        "Country: Tanzania\nFirst name: Neema\nLast name: Mushi\nAgency: Tanzania Wildlife Management Authority\n"
        "Job title: Anti-Poaching Coordinator\nDirect tel.: +255 22 286 6064\nFax: +255 22 286 6065\n"
        "E-mail (office): n.mushi@tawa.go.tz\n\nBest regards,\nTAWA CITES office\n",
        "cites@tawa.go.tz", [MUSHI], "Cheetah CUG registration")
    add("i9_fr_qualifier_labels", "typed_value", "fr",
        "Bonjour,\n\nVeuillez inscrire notre agent au groupe fermé d'utilisateurs sur le guépard :\n\n"
        "Pays : Côte d'Ivoire\nPrénom : Kouassi\nNom : Yao\nStructure : Office Ivoirien des Parcs et Réserves\n"
        "Fonction : Chef de service\nTél. portable pro : +225 07 07 12 34 56\nTélécopie : +225 27 22 44 90 00\n"
        "Adresse électronique professionnelle : k.yao@oipr.ci\n\nCordialement,\nLa cellule CITES\n",
        "cites@oipr.ci", [YAO], "Groupe fermé guépard : inscription")
    add("i9_es_qualifier_labels", "typed_value", "es",
        "Estimados señores:\n\nLes enviamos los datos de nuestra funcionaria para el grupo cerrado sobre el "
        "guepardo:\n\nPaís: Bolivia\nNombre: Ana\nApellidos: Quispe Mamani\n"
        "Institución: Dirección General de Biodiversidad\nCargo: Técnica CITES\n"
        "Celular institucional: +591 71234567\nFax oficina: +591 2 2146 000\n"
        "Correo de trabajo: aquispe@mmaya.gob.bo\n\nAtentamente,\nAutoridad Administrativa CITES\n",
        "cites@mmaya.gob.bo", [QUISPE], "Grupo cerrado guepardo: datos")
    add("i9_en_unknown_labels", "typed_value", "en",
        "Hello,\n\nDetails of our nominee for the CITES cheetah CUG on CENcomm:\n\n"
        "Represented Party: Uganda\nGiven name: Moses\nFamily name: Okello\nWorkplace: Uganda Wildlife Authority\n"
        "Rank: Senior Ranger\nReach me on: 0772 500 600\nInbox: mokello@wildlife.go.ug\n\nThanks\n",
        "mokello@wildlife.go.ug", [OKELLO], "CENcomm cheetah CUG")
    # The writer's own contacts under an unknown closing are not the nominee's missing telephone.
    out.append(Case(
        "i9_en_signature_contacts",
        finish("i9_en_signature_contacts", plain(
            "Dear Secretariat,\n\nOur nominee for the closed user group on cheetah trade:\n\n"
            "Country: Ethiopia\nName: Dawit\nSurname: Abebe\nOrganization: Ethiopian Customs Commission\n"
            "Position: Senior Customs Officer\nEmail: dawit.abebe@ecc.gov.et\n\nWarm wishes from Addis Ababa\n"
            "Selam Tadesse\nDirector, Enforcement\nTel: +251 11 552 4111\nEmail: selam.t@ecc.gov.et\n"),
            "selam.t@ecc.gov.et", "CUG nomination"),
        expect("i9_en_signature_contacts", "mixed_signature", "request", "en",
               [nominee(only(ABEBE, "country", "name", "surname", "organization", "position", "email"),
                        "selam.t@ecc.gov.et")])))
    return out


def sentence_cases() -> list[Case]:
    out: list[Case] = []

    def add(name: str, lang: str, body: str, sender: str, who: P, subject: str) -> None:
        out.append(Case(name, finish(name, plain(body), sender, subject),
                        expect(name, "sentence", "request", lang, [nominee(who, sender)])))

    add("i9_en_sentence_body", "en",
        "Good morning,\n\nFurther to Notification No. 2018/046, the Uganda Revenue Authority would like to nominate "
        "Mr Brian Ssemakula, Customs Intelligence Analyst with the Uganda Revenue Authority, tel. +256 417 442 000, "
        "email bssemakula@ura.go.ug, to the closed user group on cheetahs.\n\nBest regards,\nJane Nakato\n"
        "Commissioner Customs\nMobile: +256 772 000 111\n", "jnakato@ura.go.ug", SSEMAKULA,
        "Nomination: cheetah closed user group")
    add("i9_fr_sentence_body", "fr",
        "Bonjour,\n\nSuite à la notification n° 2018/046, la Guinée souhaite désigner Mme Fatoumata Camara, "
        "Conseillère juridique au Centre de Gestion de l'Environnement des Monts Nimba-Simandou, téléphone "
        "+224 622 10 20 30, courriel f.camara@cegens.gov.gn, pour le groupe fermé d'utilisateurs.\n\n"
        "Bien cordialement,\nIbrahima Sow\nTél. : +224 622 99 88 77\n", "isow@cegens.gov.gn", CAMARA,
        "Désignation au groupe fermé guépard")
    add("i9_es_sentence_body", "es",
        "Buenos días:\n\nPor este medio, Guatemala propone al Lic. Mario Ajú Pérez, Jefe del Departamento de Vida "
        "Silvestre del Consejo Nacional de Áreas Protegidas, teléfono +502 2422 6700, correo electrónico "
        "majupz@conap.gob.gt, para el grupo cerrado de usuarios sobre el guepardo.\n\nSaludos cordiales,\n"
        "Ana Lucía Chen\nSecretaria Ejecutiva\n", "achen@conap.gob.gt", AJU, "Grupo cerrado de usuarios - guepardo")
    add("i9_en_sentence_passive", "en",
        "Dear Sir/Madam,\n\nI am pleased to inform you that Mr. Samuel Boateng, Principal Wildlife Officer of the "
        "Forestry Commission of Ghana, has been designated as Ghana's focal point for the closed user group on "
        "cheetah trade. Mr. Boateng may be reached at +233 302 401 210 or sboateng@fcghana.org.\n\n"
        "Yours faithfully,\nWildlife Division\n", "wd@fcghana.org", BOATENG, "Cheetah CUG focal point")
    add("i9_fr_sentence_passive", "fr",
        "Madame, Monsieur,\n\nNous avons le plaisir de vous informer que Mme Akossiwa Mensah, Directrice adjointe "
        "de l'Office de Développement et d'Exploitation des Forêts, a été désignée pour représenter le Togo au "
        "sein du groupe fermé d'utilisateurs. Elle est joignable au +228 22 21 40 29 et par courriel à "
        "a.mensah@odef.tg.\n\nCordialement,\nDirection des Ressources Forestières\n", "drf@odef.tg", MENSAH,
        "Groupe fermé guépard - Togo")
    add("i9_es_sentence_candidate_is", "es",
        "Estimados señores:\n\nEn respuesta a la Notificación 2018/046, nuestra candidata es la Dra. Carmen Ríos "
        "Vega, Directora de Vida Silvestre del Ministerio de Ambiente, teléfono +507 500 0855, correo "
        "crios@miambiente.gob.pa, para el grupo cerrado de usuarios de Panamá.\n\nAtentamente,\nDirección de "
        "Áreas Protegidas\n", "dap@miambiente.gob.pa", RIOS, "Grupo cerrado de usuarios")
    add("i9_en_sentence_serves_as", "en",
        "Dear colleagues,\n\nWe would like to put forward the nomination of Ms. Ruth Kapinga, who serves as "
        "Principal Game Ranger at the Department of National Parks and Wildlife in Malawi, to the CUG on cheetah "
        "trade. Her telephone number is +265 1 757 584 and her e-mail rkapinga@dnpw.gov.mw.\n\nBest regards,\n"
        "CITES Management Authority of Malawi\n", "cites@dnpw.gov.mw", KAPINGA, "Cheetah CUG")
    add("i9_es_sentence_parenthesis", "es",
        "Buenas tardes:\n\nMe permito proponer a la Sra. Sofía Castillo (Analista de Comercio de Vida Silvestre, "
        "Ministerio de Medio Ambiente y Recursos Naturales) como punto de contacto de la República Dominicana en "
        "el grupo cerrado de usuarios. Sus datos de contacto: teléfono +1 809 567 4300, correo "
        "scastillo@ambiente.gob.do.\n\nSaludos,\nViceministerio de Áreas Protegidas\n", "vap@ambiente.gob.do",
        CASTILLO, "Grupo cerrado - punto de contacto")
    n = "i9_fr_unknown_labels_freemail"
    sender = "hery.rakoto@gmail.com"
    body = ("Bonjour,\n\nJe souhaite rejoindre le groupe fermé d'utilisateurs CITES sur le guépard.\n\n"
            "Pays : Madagascar\nPrénom : Hery\nNom : Rakotondrabe\nOrganisme : Direction Générale des Forêts\n"
            "Fonction : Chef de service\nOù me joindre : 034 05 123 45\n"
            "Boîte aux lettres électronique : hery.rakoto@gmail.com\n\nMerci,\nHery\n")
    out.append(Case(n, finish(n, plain(body), sender, "Groupe fermé guépard"),
                    expect(n, "typed_value", "request", "fr",
                           [nominee(RAKOTO, sender, problems=(("email", "freemail", "warning"),))])))
    add("i9_en_self_introduction", "en",
        "Dear Secretariat,\n\nMy name is Selma Hamutenya, Chief Control Warden in the Ministry of Environment, "
        "Forestry and Tourism of Namibia, and I would like to join the closed user group on cheetah trade. My "
        "direct number is +264 61 284 2111 and my e-mail is selma.hamutenya@meft.gov.na.\n\nThank you.\n",
        "selma.hamutenya@meft.gov.na", HAMUTENYA, "Joining the cheetah CUG")
    add("i9_fr_register_request", "fr",
        "Bonjour,\n\nMerci d'inscrire Mme Claudine Niyonzima, Juriste à l'Office Burundais pour la Protection "
        "de l'Environnement, au groupe fermé d'utilisateurs sur le guépard pour le Burundi. Elle est joignable "
        "au +257 22 22 34 56 et à c.niyonzima@obpe.bi.\n\nCordialement,\nPoint focal CITES\n",
        "cites@obpe.bi", NIYONZIMA, "Groupe fermé guépard")
    add("i9_es_self_introduction", "es",
        "Estimados señores:\n\nMe llamo Luis Benítez, Técnico de Fiscalización del Ministerio del Ambiente y "
        "Desarrollo Sostenible del Paraguay, y quisiera formar parte del grupo cerrado de usuarios sobre el "
        "guepardo. Mi teléfono es +595 21 615 800 y mi correo lbenitez@mades.gov.py.\n\nSaludos,\nLuis\n",
        "lbenitez@mades.gov.py", BENITEZ, "Grupo cerrado de usuarios")
    n = "i9_es_second_surname_extension"
    sender = "camila.fuentes@sag.gob.cl"
    body = ("Estimados:\n\nEnvío mis datos para el grupo cerrado de usuarios sobre el guepardo.\n\nPaís: Chile\n"
            "Nombre: Camila\nPrimer apellido: Fuentes\nSegundo apellido: Soto\nInstitución: Servicio Agrícola y "
            "Ganadero\nCargo: Inspectora de Fauna\nFono oficina: +56 2 2345 6789 anexo 214\n"
            "Dirección electrónica: camila.fuentes@sag.gob.cl\n\nSaludos cordiales\n")
    out.append(Case(n, finish(n, plain(body), sender, "Grupo cerrado guepardo"),
                    expect(n, "typed_value", "request", "es", [nominee(FUENTES, sender)])))
    n = "i9_fr_emploi_label"
    sender = "p.mukendi@iccn.gouv.cd"
    body = ("Bonjour,\n\nVoici ma fiche pour le groupe fermé d'utilisateurs CITES sur le guépard.\n\n"
            "Pays : République démocratique du Congo\nPrénom : Patrick\nNom : Mukendi\n"
            "Établissement : Institut Congolais pour la Conservation de la Nature\nEmploi : Chef de brigade\n"
            "Tél. (bureau) : +243 81 234 5678\nMél pro : p.mukendi@iccn.gouv.cd\n\nCordialement\n")
    out.append(Case(n, finish(n, plain(body), sender, "Groupe fermé guépard"),
                    expect(n, "typed_value", "request", "fr", [nominee(MUKENDI, sender)])))
    n = "i9_en_bulleted_officers"
    sender = "cites@kws.go.ke"
    body = ("Dear Secretariat,\n\nKenya wishes to nominate the following two officers to the closed user group "
            "on cheetahs:\n\n- Mr. Joseph Kiprono, Senior Warden, Kenya Wildlife Service, tel +254 722 111 222, "
            "email jkiprono@kws.go.ke\n- Ms. Faith Achieng, Intelligence Analyst, Kenya Wildlife Service, "
            "tel +254 733 333 444, email fachieng@kws.go.ke\n\nKind regards,\nKWS CITES Desk\n")
    out.append(Case(n, finish(n, plain(body), sender, "CUG nominations"),
                    expect(n, "sentence", "request", "en", [nominee(KIPRONO, sender), nominee(ACHIENG, sender)])))
    n = "i9_en_local_number_country_line"
    sender = "k.asante.gra@gmail.com"
    body = ("Hello,\n\nPlease add me to the cheetah closed user group.\n\nCountry: Ghana\nName: Kwame\n"
            "Surname: Asante\nOrganisation: Ghana Revenue Authority\nPosition: Customs Officer\n"
            "Cell (work): 024 412 3456\nWork e-mail: kwame.asante@gra.gov.gh\n\nThanks\n")
    out.append(Case(n, finish(n, plain(body), sender, "Cheetah CUG"),
                    expect(n, "typed_value", "request", "en", [nominee(ASANTE, sender)])))
    return out


def conversation_cases() -> list[Case]:
    out: list[Case] = []
    # Bottom-posted answer to our notice: the missing items are typed below the quote.
    n = "i9_en_bottom_post_followup"
    body = ("On 12/06/2024 10:00, CITES Secretariat wrote:\n> Dear colleague,\n>\n> Thank you for your request "
            "CUG-2024-0107. We still need: Contact number, Official email address.\n>\n> CITES Secretariat\n\n"
            "Here they are:\n\nTelephone: +254 722 800 900\nEmail: m.wanjiku@kws.go.ke\n\nMercy Wanjiku\n")
    out.append(Case(n, finish(n, plain(body), "mercy.w@gmail.com", "Re: [CUG-2024-0107] Missing information"),
                    expect(n, "bottom_post", "request", "en",
                           [nominee(only(WANJIKU, "phone", "email"), "mercy.w@gmail.com")], reference="CUG-2024-0107")))
    n = "i9_fr_bottom_post_gmail"
    text = ("Le mar. 11 juin 2024 à 09:12, Serge Adjovi <s.adjovi@dgefc.bj> a écrit :\n> Rodrigue, peux-tu "
            "envoyer tes coordonnées à la CITES ?\n> Serge\n\nBonjour,\n\nVoici mes coordonnées pour le groupe "
            "fermé d'utilisateurs CITES sur le guépard :\n\nPays : Bénin\nPrénom : Rodrigue\nNom : Houngbo\n"
            "Organisme : Direction Générale des Eaux, Forêts et Chasse\nFonction : Inspecteur forestier\n"
            "Téléphone : +229 01 21 30 15 90\nCourriel : r.houngbo@dgefc.bj\n\nCordialement,\nRodrigue\n")
    lines = text.split("\n")
    quote = "<br>".join(x[2:] for x in lines[1:3])
    mine = "".join(f"<div>{x}</div>" if x else "<div><br></div>" for x in lines[4:])
    html = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{lines[0]}<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">{quote}</blockquote></div>'
            f'<div dir="ltr">{mine}</div>')
    out.append(Case(n, finish(n, alt(text, html), "r.houngbo@dgefc.bj", "Re: Groupe fermé guépard"),
                    expect(n, "bottom_post", "request", "fr", [nominee(HOUNGBO, "r.houngbo@dgefc.bj")])))
    n = "i9_es_bottom_post_html_only"
    html = ('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">El lun, 10 jun 2024 a las 16:20, '
            'Luis Mora (&lt;lmora@sinac.go.cr&gt;) escribió:<br></div><blockquote class="gmail_quote">'
            '<div dir="ltr"><div>Daniela, por favor envía tus datos a la Secretaría.</div></div></blockquote>'
            '</div><div dir="ltr"><div>Estimados señores:</div><div><br></div><div>Solicito mi inclusión en el '
            'grupo cerrado de usuarios sobre el guepardo:</div><div><br></div><div>País: Costa Rica</div>'
            '<div>Nombre: Daniela</div><div>Apellido: Vargas</div><div>Institución: Sistema Nacional de Áreas '
            'de Conservación</div><div>Cargo: Coordinadora de Vida Silvestre</div><div>Teléfono: +506 2522 6500'
            '</div><div>Correo: daniela.vargas@sinac.go.cr</div><div><br></div><div>Saludos cordiales,</div>'
            '<div>Daniela</div></div>')
    out.append(Case(n, finish(n, plain_html(html), "daniela.vargas@sinac.go.cr", "RE: Grupo cerrado guepardo"),
                    expect(n, "bottom_post", "request", "es", [nominee(VARGAS, "daniela.vargas@sinac.go.cr")])))
    out.extend(_chain_and_language_cases())
    return out


def plain_html(html: str) -> object:
    from tests.corpus.make_corpus import text_part

    return text_part(html, "html")


def _chain_and_language_cases() -> list[Case]:
    out: list[Case] = []
    n = "i9_en_forward_history"
    body = ("Dear Secretariat,\n\nForwarding the nomination below.\n\nKind regards,\nRegistry\n\n"
            "---------- Forwarded message ---------\nFrom: Awa Diop <awa.diop@dpn.gouv.sn>\n"
            "Date: Mon, Jun 10, 2024 at 11:02 AM\nSubject: Cheetah CUG\nTo: Registry <registry@dpn.gouv.sn>\n\n"
            "Please send my details to CITES for the cheetah closed user group.\n\nCountry: Senegal\nName: Awa\n"
            "Surname: Diop\nOrganization: Direction des Parcs Nationaux\nPosition: Conservatrice\n"
            "Telephone: +221 33 859 38 00\nEmail: awa.diop@dpn.gouv.sn\n\n"
            "From: Moussa Ndiaye <m.ndiaye@dpn.gouv.sn>\nSent: Friday, June 7, 2024 4:15 PM\n"
            "To: Awa Diop <awa.diop@dpn.gouv.sn>\nSubject: CITES call\n\nAwa, the Secretariat asks for nominees.\n\n"
            "Moussa Ndiaye\nChef de bureau\nTel: +221 33 859 38 11\nEmail: m.ndiaye@dpn.gouv.sn\n")
    out.append(Case(n, finish(n, plain(body), "registry@dpn.gouv.sn", "Fwd: Cheetah CUG"),
                    expect(n, "forward_chain", "request", "en", [nominee(DIOP, "registry@dpn.gouv.sn")])))
    n = "i9_es_request_en_signature"
    body = ("Buenos días,\n\nSolicitamos la inscripción de nuestro inspector en el grupo cerrado de usuarios "
            "sobre el guepardo. Sus datos son los siguientes:\n\nPaís: México\nNombre: Jorge\nApellido: Morales\n"
            "Institución: Procuraduría Federal de Protección al Ambiente\nCargo: Inspector Federal\n"
            "Teléfono: +52 55 5449 6300\nCorreo: jmorales@profepa.gob.mx\n\nJorge Morales\nFederal Inspector | "
            "International Affairs Unit\nPROFEPA - Federal Attorney for Environmental Protection\n\n" + _DISCLAIMER
            + "\n")
    out.append(Case(n, finish(n, plain(body), "jmorales@profepa.gob.mx", "Grupo cerrado guepardo"),
                    expect(n, "mixed_signature", "request", "es", [nominee(MORALES, "jmorales@profepa.gob.mx")])))
    n = "i9_fr_request_en_disclaimer"
    body = ("Bonjour,\n\nJe vous transmets la candidature de notre conservatrice pour le groupe fermé "
            "d'utilisateurs sur le guépard.\n\nPays : Sénégal\nPrénom : Awa\nNom : Diop\n"
            "Organisme : Direction des Parcs Nationaux\nFonction : Conservatrice\nTéléphone : +221 33 859 38 00\n"
            "Courriel : awa.diop@dpn.gouv.sn\n\nDISCLAIMER: " + _DISCLAIMER + "\n")
    out.append(Case(n, finish(n, plain(body), "awa.diop@dpn.gouv.sn", "Groupe fermé guépard"),
                    expect(n, "mixed_signature", "request", "fr", [nominee(DIOP, "awa.diop@dpn.gouv.sn")])))
    return out


def negative_cases() -> list[Case]:
    out: list[Case] = []
    n = "i9_en_speaker_proposal"
    body = ("Dear colleagues,\n\nFor the regional workshop on wildlife forensics in Arusha we propose Dr. Helen "
            "Mbeki, Senior Forensic Scientist at the National Forensic Laboratory, tel. +27 12 345 6789, "
            "h.mbeki@nfl.gov.za, as a speaker on the second day.\n\nThe draft agenda is attached.\n\n"
            "Best regards,\nWorkshop team\n")
    out.append(Case(n, finish(n, plain(body), "workshop@nfl.gov.za", "Workshop speakers"),
                    expect(n, "negative", "not_request", "en")))
    n = "i9_fr_permit_question"
    body = ("Madame, Monsieur,\n\nNous souhaitons vérifier le permis d'exportation n° 24ML0031 présenté par M. "
            "Oumar Coulibaly, exportateur à Bamako, joignable au +223 76 12 34 56.\n\nMerci de nous confirmer sa "
            "validité.\n\nCordialement,\nService des douanes\n")
    out.append(Case(n, finish(n, plain(body), "douanes@douanes.gouv.ml", "Vérification de permis"),
                    expect(n, "negative", "not_request", "fr")))
    return out


def all_cases() -> list[Case]:
    return (typed_cases() + sentence_cases() + conversation_cases() + letter_cases() + negative_cases()
            + split_cases())


def write_issue9(outdir: Path, cases: list[Case] | None = None) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for c in cases if cases is not None else all_cases():
        eml = outdir / f"{c.name}.eml"
        eml.write_bytes(c.message)
        (outdir / f"{c.name}.json").write_text(json.dumps(c.expected, ensure_ascii=False, indent=1) + "\n",
                                                 encoding="utf-8")
        paths.append(eml)
    return paths


if __name__ == "__main__":
    write_issue9(Path(sys.argv[1]))
