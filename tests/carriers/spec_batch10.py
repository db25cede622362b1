"""The tenth batch of carriers (all held out): written by hand, expected values before any run.

Sources are real-mail messages no earlier carrier used; each request is written where a writer puts it, at the
start of the author's own part, above whatever the message already holds (a forwarded message/rfc822, a PDF and a
text attachment, a spam's text or table, a quoted notice). English: a Thunderbird cover note above a message forwarded
as an attachment (a Jamaican officer, "Mobile (work)" in national form "(876) 830-4412"), a formal letter above a PDF
attachment (letterhead, reference, addressee, a Namibian nominee, and the signatory's own telephone in the
signature), a spam rewritten as the not_request (a retired New Zealand officer asking to be REMOVED, with
Name/Phone/Email lines), a Gmail plain part (two Bhutanese officers, numbered blocks with "Agency"/"Designation")
and an enmime alternative (a Belizean officer whose telephone lacks a digit: an invalid_phone error). French: a
fast-mail-parser HTML part (Benin, own labels "Entité", "Fonction occupée", "Portable professionnel", the new
ten-digit "+229 01 ..."), an HTML spam (a Cameroonian letter, the signatory's telephone after the nominee's), a
cpython HTML part (Burkina Faso, one sentence) and a base64 UTF-8 part (Haiti, a top-post above the quoted
notice). Spanish: an enmime HTML part (Ecuador, "Apellido paterno / Apellido materno", a national "099 ..."
mobile), an Evolution alternative (two Paraguayan officers written without accents, "Ruiz Diaz" a two-word
surname), a cpython HTML part (a Costa Rican letter, "M.Sc.", the signatory's telephone) and another (Panama, no
position given). Non-ASCII text in 7bit HTML parts is written as character references, as clients do.
Officials share nothing with batches 1-9 (names, surnames and addresses grepped in tests/).
"""

from __future__ import annotations

from dataclasses import replace

from tests.carriers.carrier import INVALID_PHONE, Carrier, h, n, t
from tests.carriers.people import (
    ABEGA,
    BLACKWOOD,
    CAL,
    CASTRELLON,
    COMPAORE,
    DEMA,
    DESIR,
    GUAMAN,
    HOUNKPATIN,
    KAULINGE,
    MORA_VINDAS,
    RUIZ_DIAZ,
    VILLALBA,
    WANGCHUK,
    br_html,
    div_html,
    entities,
    paragraphs_html,
)

# ------------------------------------------------------------------ English

JM_FORWARD = ["Good morning,", "",
              "Further to the Secretariat's notice (attached for reference), NEPA would like one of our "
              "officers added to the CITES closed user group on CENcomm:", "",
              "Country - Jamaica",
              "Given name - Tamara",
              "Family name - Blackwood",
              "Agency - National Environment and Planning Agency",
              "Post - Environmental Enforcement Officer",
              "Mobile (work) - (876) 830-4412",
              "Work e-mail - t.blackwood@nepa.gov.jm", "",
              "Many thanks,",
              "Dwayne Morrison",
              "CITES Management Authority of Jamaica",
              "10 Caledonia Avenue, Kingston 5", ""]

NA_LETTER = ["REPUBLIC OF NAMIBIA",
             "MINISTRY OF ENVIRONMENT, FORESTRY AND TOURISM",
             "Private Bag 13306, Windhoek", "",
             "Ref: 16/3/CITES/2026/114",
             "2 December 2026", "",
             "The Secretary-General",
             "CITES Secretariat",
             "Palais des Nations, Geneva", "",
             "Dear Madam,", "",
             "RE: NOMINATION TO THE CITES CLOSED USER GROUP ON CENCOMM", "",
             "The Ministry hereby nominates Ms Ndapewa Kaulinge, Chief Warden, Wildlife Protection Services, "
             "Ministry of Environment, Forestry and Tourism, as a member of the CITES closed user group on CENcomm. "
             "Ms Kaulinge may be reached on +264 61 284 2518 or at nkaulinge@meft.gov.na.", "",
             "A signed copy of this letter is attached.", "",
             "Yours sincerely,", "",
             "Dr. Hendrik Garoeb",
             "Executive Director",
             "Tel: +264 61 284 2111", ""]

NZ_REMOVE = ["Kia ora,", "",
             "I retired from the Department of Conservation at the end of November and no longer work on wildlife "
             "trade. Could you please REMOVE me from the CITES closed user group on CENcomm and from your mailing "
             "lists? My details as you hold them:", "",
             "Name: Graham Whitcombe",
             "Phone: +64 4 471 0726",
             "Email: gwhitcombe@doc.govt.nz", "",
             "The New Zealand Management Authority will write separately if they want someone to replace me. I am "
             "not nominating anyone.", "",
             "Nga mihi,",
             "Graham", "", ""]

BT_TWO = ["Dear Sir/Madam,", "",
          "Bhutan would like to request access to the CITES closed user group on CENcomm for the following two "
          "officials.", "",
          "1.",
          "Name: Karma Wangchuk",
          "Agency: Department of Forests and Park Services",
          "Designation: Forest Ranger",
          "Mobile: +975 17 61 23 45",
          "Email: kwangchuk@dofps.gov.bt", "",
          "2.",
          "Name: Sonam Dema",
          "Agency: Department of Revenue and Customs",
          "Designation: Customs Officer",
          "Tel: +975 2 322 591",
          "Email: sdema@drc.gov.bt", "",
          "Tashi Delek,",
          "Wildlife Conservation Division, Thimphu", ""]

BZ_FORM = ["Hi,", "",
           "Please register our officer on the CENcomm closed user group for CITES:", "",
           "Country: Belize",
           "Name: Marisol",
           "Surname: Cal",
           "Organization: Forest Department",
           "Position: Wildlife Officer",
           "Phone: +501 822 152",
           "Email: mcal@forest.gov.bz", "",
           "Thanks,",
           "Forest Department, Belmopan", ""]

# ------------------------------------------------------------------ French

BJ_FORM = ["Bonjour Madame, Monsieur,", "",
           "Le Bénin vous transmet la fiche de l'agent à enregistrer dans le groupe fermé CITES sur CENcomm.", "",
           "Pays : Bénin",
           "Nom : HOUNKPATIN",
           "Prénom : Bienvenu",
           "Entité : Direction Générale des Eaux, Forêts et Chasse",
           "Fonction occupée : Chef de la Division Faune et Aires Protégées",
           "Portable professionnel : +229 01 97 45 21 63",
           "Courriel officiel : b.hounkpatin@eauxforets.bj", "",
           "Cordialement,",
           "Organe de gestion CITES du Bénin, Cotonou"]
CM_LETTER = [["RÉPUBLIQUE DU CAMEROUN", "Paix - Travail - Patrie", "MINISTÈRE DES FORÊTS ET DE LA FAUNE"],
             ["N° 0947/L/MINFOF/SG/DFAP/SDVEF", "Yaoundé, le 2 décembre 2026"],
             ["Le Ministre des Forêts et de la Faune", "à", "Madame la Secrétaire générale de la CITES, Genève"],
             ["Objet : Inscription au groupe fermé CITES sur CENcomm"],
             ["Madame la Secrétaire générale,"],
             ["J'ai l'honneur de vous communiquer le nom de M. Hervé ABEGA NDZANA, Chef de la Cellule de la lutte "
              "anti-braconnage au Ministère des Forêts et de la Faune, que le Cameroun souhaite voir inscrit au "
              "groupe d'utilisateurs fermé CITES sur CENcomm. Il peut être joint au +237 222 23 92 28 ou à "
              "l'adresse h.abega@minfof.gov.cm."],
             ["Veuillez agréer, Madame la Secrétaire générale, l'assurance de ma haute considération."],
             ["Pour le Ministre et par ordre,", "Le Directeur de la Faune et des Aires Protégées",
              "Tél. : +237 222 23 92 30"]]
BF_SENTENCE = ["Madame, Monsieur,",
               "Le Burkina Faso désigne Mme Awa COMPAORÉ, Inspectrice des Eaux et Forêts à la Direction Générale des "
               "Eaux et Forêts (tél. +226 25 32 40 83, a.compaore@environnement.gov.bf), pour le groupe "
               "d'utilisateurs fermé CITES sur CENcomm.",
               "Salutations distinguées,",
               "Organe de gestion CITES, Ouagadougou"]
HT_TOP = ["Bonjour,", "",
          "Suite à votre message ci-dessous, voici l'agent qu'Haïti souhaite inscrire :", "",
          "Nom complet : Frantz DÉSIR",
          "Service : Ministère de l'Environnement",
          "Titre : Responsable CITES",
          "Tél. : +509 3701 2458",
          "Courriel : fdesir@mde.gouv.ht", "",
          "Merci et bonne journée,",
          "Direction des Ressources Forestières, Port-au-Prince", "",
          "Le mar. 1 déc. 2026 à 09:15, Secrétariat CITES <info@cites.org> a écrit :",
          "> Chers collègues,",
          "> Pour inscrire des agents au groupe d'utilisateurs fermé CITES sur CENcomm, veuillez indiquer",
          "> pour chacun : pays, prénom, nom, organisation, fonction, téléphone et adresse électronique officielle.",
          "> Secrétariat CITES", ">", ""]

# ------------------------------------------------------------------ Spanish

EC_FORM = ["Estimados:", "",
           "Remito los datos de la funcionaria que el Ecuador propone para el grupo cerrado CITES en CENcomm.", "",
           "País: Ecuador",
           "Nombres: Nancy Maribel",
           "Apellido paterno: Guamán",
           "Apellido materno: Quishpe",
           "Institución: Ministerio del Ambiente, Agua y Transición Ecológica",
           "Cargo: Analista de Vida Silvestre",
           "Celular institucional: 099 812 4467",
           "Correo: nancy.guaman@ambiente.gob.ec", "",
           "Saludos cordiales,",
           "Autoridad Administrativa CITES, Quito"]
PY_TWO = ["Buenas tardes,", "",
          "La Autoridad Administrativa CITES del Paraguay solicita el alta de dos funcionarios en el grupo cerrado "
          "CITES de CENcomm:", "",
          "- Nelson Villalba, Tecnico de Vida Silvestre, Ministerio del Ambiente y Desarrollo Sostenible, "
          "tel. +595 21 287 9000, nvillalba@mades.gov.py",
          "- Liz Carolina Ruiz Diaz, Oficial de Aduanas, Direccion Nacional de Aduanas, tel. +595 21 416 2000, "
          "lruizdiaz@aduana.gov.py", "",
          "Saludos,",
          "Direccion de Vida Silvestre, MADES, Asuncion", "", ""]
CR_LETTER = [["San José, 2 de diciembre de 2026", "Oficio SINAC-DE-1187-2026"],
             ["Señores", "Secretaría CITES", "Ginebra, Suiza"],
             ["Asunto: Designación para el grupo cerrado CITES en CENcomm"],
             ["Estimados señores:"],
             ["Por este medio, la Autoridad Administrativa CITES de Costa Rica designa a la M.Sc. Mariela Mora "
              "Vindas, Coordinadora del Programa Nacional de Vida Silvestre del Sistema Nacional de Áreas de "
              "Conservación, como integrante del grupo cerrado CITES en CENcomm. Sus datos de contacto son: "
              "teléfono +506 2522 6500, correo mmora@sinac.go.cr."],
             ["Atentamente,"],
             ["Dirección Ejecutiva", "Sistema Nacional de Áreas de Conservación", "Tel. +506 2522 6501"]]
PA_NO_POSITION = ["Buen día,", "",
                  "Solicitamos incluir en el grupo cerrado CITES de CENcomm a la siguiente funcionaria:", "",
                  "País: Panamá",
                  "Nombre: Yaribeth",
                  "Apellido: Castrellón",
                  "Institución: Ministerio de Ambiente",
                  "Teléfono: +507 500 0855",
                  "Correo: ycastrellon@miambiente.gob.pa", "",
                  "El cargo se lo confirmaremos cuando se publique su nombramiento.", "",
                  "Atentamente,",
                  "Departamento de Biodiversidad, Ciudad de Panamá"]


BZ_HTML = "<div>" + div_html(BZ_FORM[:-1]) + "</div>\n"
PY_HTML = "<p>" + br_html(PY_TWO[:-2]) + "</p>\n"


BATCH10: list[Carrier] = [
    # ---------------------------------------------------------------- English
    Carrier("forward_cover_note_dash_labels_national_phone", "mailman/handlers/tests/data/msg_rfc822_out.eml",
            "Dwayne Morrison <cites@nepa.gov.jm>", "Fwd: CITES closed user group on CENcomm", "forward", "en", (
                t("1", ("start", ""), *JM_FORWARD),),
            (n(BLACKWOOD),)),
    Carrier("letter_above_pdf_signatory_phone", "enmime/mail/inlinemultipart.raw",
            "MEFT CITES <cites@meft.gov.na>", "Nomination - CITES closed user group on CENcomm (Namibia)",
            "letter", "en", (
                t("1", ("start", ""), *NA_LETTER),),
            (n(KAULINGE),)),
    Carrier("retired_removal_request_not_request", "lamson/tests/spam#18",
            "Graham Whitcombe <gwhitcombe@doc.govt.nz>", "Please remove me - CENcomm CITES group", "not_request",
            "en", (
                t("", ("start", ""), *NZ_REMOVE),),
            (), kind="not_request"),
    Carrier("gmail_plain_numbered_blocks_two", "django-mailbox/message_with_attachment.eml",
            "Wildlife Conservation Division <wcd@dofps.gov.bt>", "CENcomm CITES closed user group - Bhutan",
            "two_nominees", "en", (
                t("1", ("start", ""), *BT_TWO),),
            (n(WANGCHUK), n(DEMA))),
    Carrier("alternative_form_short_phone", "enmime/parts/multialtern.raw",
            "Forest Department <cites@forest.gov.bz>", "CENcomm registration - Belize", "invalid_phone", "en", (
                t("1", ("start", ""), *BZ_FORM),
                h("2", ("start", ""), BZ_HTML)),
            (n(replace(CAL, phone="+501 822 152"), INVALID_PHONE),)),
    # ---------------------------------------------------------------- French
    Carrier("html_own_labels_entite_fonction_fr", "fast-mail-parser/attachment_message.eml",
            "=?utf-8?q?Organe_de_gestion_CITES_du_B=C3=A9nin?= <cites@eauxforets.bj>",
            "Fiche d'enregistrement - groupe ferme CITES CENcomm", "own_labels", "fr", (
                h("1", ("after", '<meta charset="utf-8">\n'), entities("<div>" + br_html(BJ_FORM) + "</div>\n")),),
            (n(HOUNKPATIN),)),
    Carrier("html_spam_top_letter_signatory_phone_fr", "lamson/tests/spam#6",
            "=?utf-8?q?MINFOF_-_Direction_de_la_Faune?= <dfap@minfof.gov.cm>",
            "Inscription au groupe ferme CITES sur CENcomm - Cameroun", "letter", "fr", (
                h("", ("after", "<BODY>"), entities(paragraphs_html(CM_LETTER))),),
            (n(ABEGA),)),
    Carrier("cpython_html_one_sentence_fr", "cpython-test-email/msg_08.txt",
            "Organe de gestion CITES <cites@environnement.gov.bf>", "Groupe ferme CITES CENcomm - Burkina Faso",
            "sentence", "fr", (
                h("2", ("start", ""), entities("<p>" + br_html(BF_SENTENCE) + "</p>\n")),),
            (n(COMPAORE),)),
    Carrier("base64_utf8_top_post_above_quote_fr", "enmime/parts/chardet-fail-not-long-enough.raw",
            "=?utf-8?q?Direction_des_Ressources_Foresti=C3=A8res?= <drf@mde.gouv.ht>",
            "Re: Groupe d'utilisateurs ferme CITES sur CENcomm", "top_post", "fr", (
                t("", ("start", ""), *HT_TOP),),
            (n(DESIR),)),
    # ---------------------------------------------------------------- Spanish
    Carrier("html_part_apellido_paterno_materno_es", "enmime/parts/header-only.raw",
            "Autoridad Administrativa CITES <cites@ambiente.gob.ec>", "Grupo cerrado CITES CENcomm - Ecuador",
            "surname_split", "es", (
                h("", ("start", ""), entities("<div>" + div_html(EC_FORM) + "</div>\n")),),
            (n(GUAMAN),)),
    Carrier("evolution_alternative_no_accents_two_es", "lamson/tests/spam#9",
            "Direccion de Vida Silvestre <vidasilvestre@mades.gov.py>", "Alta grupo cerrado CITES CENcomm",
            "two_nominees", "es", (
                t("1", ("start", ""), *PY_TWO),
                h("2", ("after", "<BODY>\n"), PY_HTML)),
            (n(VILLALBA), n(RUIZ_DIAZ))),
    Carrier("cpython_html_letter_msc_signatory_phone_es", "cpython-test-email/msg_09.txt",
            "=?utf-8?q?SINAC_-_Direcci=C3=B3n_Ejecutiva?= <de@sinac.go.cr>",
            "Designacion grupo cerrado CITES en CENcomm", "letter", "es", (
                h("2", ("start", ""), entities(paragraphs_html(CR_LETTER))),),
            (n(MORA_VINDAS),)),
    Carrier("cpython_html_form_no_position_es", "cpython-test-email/msg_12.txt",
            "Departamento de Biodiversidad <biodiversidad@miambiente.gob.pa>",
            "Inclusion en el grupo cerrado CITES de CENcomm", "missing_field", "es", (
                h("2", ("start", ""), entities("<div>" + br_html(PA_NO_POSITION) + "</div>\n")),),
            (n(CASTRELLON),)),
]
