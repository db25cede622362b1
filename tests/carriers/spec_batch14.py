"""The fourteenth batch of carriers (all held out): written by hand, expected values before any run.

Sources are SpamAssassin easy_ham messages from the jwz package no earlier carrier used: three of the 7bit US-ASCII
ones already in the manifest and ten added to it with this batch (a Mozilla 7bit plain and HTML alternative, an
Outlook Express S/MIME multipart/signed message whose windows-1252 part is 7bit, Outlook Express 5 and 6
alternatives whose plain and HTML parts are quoted-printable iso-8859-1, and 8bit iso-8859-1 and iso-8859-15 parts
from Evolution, KMail, The Bat!, SquirrelMail and Exchange, so that French and Spanish are written with their
accents). English: two Papua New Guinea officers as labelled blocks in the Mozilla plain and HTML alternative, an
Antigua and Barbuda letter above an Outlook reply (letterhead, reference, the Director's own telephone and
address), a Tongan sentence bottom-posted under Mutt quotes above the writer's signature ("Mr"), own labels
surname first in the S/MIME-signed message (Sierra Leone) and a member asking whether a training session on the
group will be recorded, naming a colleague already in it and her telephone (Kiribati, The Bat!: not_request).
French: a Haitian letter top-posted above Evolution quotes ("Mme", the Director General's telephone and address),
two Burundian officers in an Outlook Express quoted-printable plain and HTML alternative, each written "Nom et
prénom : SURNAME Given" (surname first, in capitals), a KMail forward of a Belgian request whose forwarder's own
contacts stay out, and a member reporting that a colleague already in the group no longer gets its notifications
(Rwanda, The Bat!, iso-8859-1: not_request). Spanish: own labels "Nombre completo"/"Tel." in an Outlook Express 6
alternative with a telephone too short (Costa Rica: an invalid_phone error), a Panamanian letter in an 8bit
iso-8859-15 part ("Licda.", the Director's telephone and address), two Paraguayan officials in two prose sentences
("Abog.", "Sr.") above Exchange quotes, and a Colombian officer whose post is not yet given (missing_field,
KMail). Officials share nothing with batches 1-13 (names, surnames and addresses grepped in tests/).
"""

from __future__ import annotations

from tests.carriers.carrier import Carrier, bad_phone, h, n, t
from tests.carriers.people import (
    BANGURA,
    DORVILIER,
    INSFRAN,
    IRAKOZE,
    LAMBOTTE,
    MOSQUERA,
    NIBBS,
    NSABIMANA,
    ORTELLADO,
    POKANA,
    SALDANA,
    TAUFA,
    WAPI,
    ZUNIGA,
    br_html,
    oe_html,
)

JWZ = "jwz-easy-ham/ham/"

# ------------------------------------------------------------------ English

PG_TWO = ["Dear CITES Secretariat,",
          "",
          "Papua New Guinea would like the two officers below to join the CITES closed user group on CENcomm.",
          "",
          "Officer 1",
          "Name: Rosalyn Wapi",
          "Organisation: Conservation and Environment Protection Authority",
          "Position: Wildlife Trade Officer",
          "Phone: +675 301 4500",
          "Email: rwapi@cepa.gov.pg",
          "",
          "Officer 2",
          "Name: Joel Pokana",
          "Organisation: Papua New Guinea Customs Service",
          "Position: Senior Customs Officer",
          "Phone: +675 322 6600",
          "Email: jpokana@customs.gov.pg",
          "",
          "Best regards,",
          "CITES Management Authority, Port Moresby",
          "",
          ""]

AG_LETTER = ["DEPARTMENT OF ENVIRONMENT",
             "Government of Antigua and Barbuda",
             "#1 Prime Minister's Drive, St. John's, Antigua",
             "",
             "Ref: DOE/CITES/26/0918",
             "4 December 2026",
             "",
             "The Secretary-General",
             "CITES Secretariat",
             "Geneva, Switzerland",
             "",
             "Dear Secretary-General,",
             "",
             "Re: CITES closed user group on CENcomm",
             "",
             "The Department of Environment, as CITES Management Authority of Antigua and Barbuda, hereby "
             "nominates Ms Kemisha Nibbs, Biodiversity Officer at the Department of Environment, for access to "
             "the CITES closed user group on CENcomm. Ms Nibbs may be contacted on +1 268 462 4625 or by e-mail "
             "at knibbs@environment.gov.ag.",
             "",
             "Yours sincerely,",
             "",
             "Director, Department of Environment",
             "Tel: +1 268 462 4620  Email: doe@environment.gov.ag",
             "",
             ""]

TO_BOTTOM = ["On the CENcomm side: for Tonga, could you please add Mr Viliami Taufa, Fisheries Compliance Officer with the "
             "Ministry of Fisheries, to the CITES closed user group? His direct line is +676 21399 and his "
             "official address is vtaufa@tongafish.gov.to.",
             "",
             "Malo,",
             "Tevita",
             "",
             ""]

SL_LABELS = ["Good afternoon,",
             "",
             "Kindly register the officer below in the CITES closed user group on CENcomm.",
             "",
             "Surname: Bangura",
             "First name(s): Isatu",
             "Country: Sierra Leone",
             "Ministry/Agency: National Protected Area Authority",
             "Designation: Senior Park Warden",
             "Office phone: +232 76 553 210",
             "Official e-mail: ibangura@npaa.gov.sl",
             "",
             "Thank you,",
             "NPAA CITES Desk, Freetown",
             "",
             ""]

KI_QUESTION = ["PS - a question on the CITES closed user group on CENcomm: our officer Ms Teretia Bwebwe "
               "(tel. +686 7522 8211), who has been a member of the group since March, cannot attend the "
               "online training on 10 December. Will the session be recorded and posted in the group? Nothing "
               "else is needed, her account works fine.",
               "",
               ""]

# ------------------------------------------------------------------ French

HT_LETTER = ["RÉPUBLIQUE D'HAÏTI",
             "MINISTÈRE DE L'ENVIRONNEMENT",
             "Direction Générale",
             "",
             "Réf. : MDE/DG/CITES/2026-231",
             "Port-au-Prince, le 4 décembre 2026",
             "",
             "Madame la Secrétaire générale",
             "Secrétariat de la CITES",
             "Genève",
             "",
             "Objet : Accès au groupe d'utilisateurs fermé CITES sur CENcomm",
             "",
             "Madame la Secrétaire générale,",
             "",
             "Le Ministère de l'Environnement a l'honneur de vous demander l'accès au groupe d'utilisateurs fermé "
             "CITES sur CENcomm pour Mme Fabienne Dorvilier, Responsable du bureau CITES du Ministère de "
             "l'Environnement. Mme Dorvilier peut être jointe au +509 2943 0520 ou à l'adresse "
             "f.dorvilier@environnement.gouv.ht.",
             "",
             "Veuillez agréer, Madame la Secrétaire générale, l'assurance de ma considération distinguée.",
             "",
             "Le Directeur général",
             "Tél. : +509 2943 0500 - dg@environnement.gouv.ht",
             "",
             ""]

BI_TWO = ["Bonjour,",
          "",
          "Le Burundi souhaite inscrire les deux agents suivants au groupe fermé CITES sur CENcomm :",
          "",
          "1. Nom et prénom : IRAKOZE Francine",
          "   Institution : Office Burundais pour la Protection de l'Environnement",
          "   Fonction : Chargée de la faune sauvage",
          "   Tél. : +257 22 23 45 67",
          "   E-mail : f.irakoze@obpe.gov.bi",
          "",
          "2. Nom et prénom : NSABIMANA Pacifique",
          "   Institution : Office Burundais des Recettes",
          "   Fonction : Contrôleur des douanes",
          "   Tél. : +257 22 28 21 00",
          "   E-mail : p.nsabimana@obr.gov.bi",
          "",
          "Cordialement,",
          "Organe de gestion CITES du Burundi, Bujumbura",
          "",
          ""]

BE_FORWARD = ["Bonjour,",
              "",
              "Je vous fais suivre la demande de notre service d'inspection pour le groupe fermé CITES sur "
              "CENcomm.",
              "",
              "Meilleures salutations,",
              "Olivier Dethier",
              "Organe de gestion CITES de Belgique",
              "Tél. : +32 2 524 74 10 - olivier.dethier@health.fgov.be",
              "",
              "----------  Message transmis  ----------",
              "",
              "Sujet : Demande d'accès au groupe fermé CITES CENcomm",
              "Date : jeudi 3 décembre 2026 14:05",
              "De : Service d'inspection CITES <inspection.cites@health.fgov.be>",
              "À : Organe de gestion CITES <cites@health.fgov.be>",
              "",
              "Bonjour,",
              "",
              "Pourriez-vous demander l'accès au groupe fermé pour l'inspectrice ci-dessous ?",
              "",
              "Pays : Belgique",
              "Prénom : Véronique",
              "Nom : Lambotte",
              "Service : Service public fédéral Santé publique, Sécurité de la Chaîne alimentaire et Environnement",
              "Fonction : Inspectrice CITES",
              "Téléphone : +32 2 524 74 00",
              "Courriel : veronique.lambotte@health.fgov.be",
              "",
              "Merci d'avance,",
              "Service d'inspection CITES",
              "",
              "-------------------------------------------------------",
              "",
              ""]

RW_NOTICE = ["",
             "Notre collègue Mme Jeanne UWAMAHORO (tél. +250 788 412 356), déjà membre du groupe fermé CITES sur "
             "CENcomm depuis juin, ne reçoit plus les notifications du groupe depuis le changement de son mot de "
             "passe. Pourriez-vous vérifier son compte de votre côté ? Il ne s'agit pas d'une nouvelle "
             "inscription.",
             "",
             "Merci d'avance,",
             "Office rwandais de développement, Kigali",
             ""]

# ------------------------------------------------------------------ Spanish

CR_SHORT = ["Estimados señores:",
            "",
            "Les solicitamos el registro de la siguiente funcionaria en el grupo cerrado CITES de CENcomm.",
            "",
            "Nombre completo: Rebeca Zúñiga Alfaro",
            "País: Costa Rica",
            "Institución: Sistema Nacional de Áreas de Conservación",
            "Puesto: Coordinadora de Vida Silvestre",
            "Tel.: +506 2522 65",
            "Email: rzuniga@sinac.go.cr",
            "",
            "Muchas gracias,",
            "Programa de Vida Silvestre, SINAC",
            "",
            ""]

PA_LETTER = ["MINISTERIO DE AMBIENTE",
             "República de Panamá",
             "Dirección de Áreas Protegidas y Biodiversidad",
             "",
             "Nota N.° DAPB-1187-2026",
             "Panamá, 4 de diciembre de 2026",
             "",
             "Señora",
             "Secretaria General de la CITES",
             "Ginebra, Suiza",
             "",
             "Respetada Secretaria General:",
             "",
             "Por medio de la presente, solicitamos la inclusión de la Licda. Anayansi Saldaña Pitti, Evaluadora "
             "CITES de la Dirección de Áreas Protegidas y Biodiversidad del Ministerio de Ambiente, en el grupo "
             "cerrado CITES en CENcomm. Sus datos de contacto son: teléfono +507 500 0820 y correo electrónico "
             "asaldana@miambiente.gob.pa.",
             "",
             "Atentamente,",
             "",
             "Director de Áreas Protegidas y Biodiversidad",
             "Tel. +507 500 0855 / dapb@miambiente.gob.pa",
             "",
             ""]

PY_PROSE = ["Buen día:",
            "",
            "En respuesta a su consulta, Paraguay solicita el alta de dos funcionarios en el grupo cerrado CITES "
            "de CENcomm.",
            "",
            "La Abog. Mirna Raquel Ortellado Benegas es Fiscalizadora de la Dirección de Vida Silvestre del "
            "Ministerio del Ambiente y Desarrollo Sostenible; su teléfono es +595 21 287 9000 y su correo "
            "mortellado@mades.gov.py.",
            "",
            "El Sr. Hugo Ramón Insfrán Duarte es Verificador de Aduanas de la Dirección Nacional de Ingresos "
            "Tributarios; puede contactarse al +595 21 417 7000 o en hinsfran@dnit.gov.py.",
            "",
            "Saludos cordiales,",
            "Autoridad Administrativa CITES del Paraguay, Asunción",
            "",
            ""]

CO_NO_POST = ["Buenas tardes:",
              "",
              "Solicitamos incluir en el grupo cerrado CITES de CENcomm a la siguiente persona:",
              "",
              "País: Colombia",
              "Nombre: Manuela",
              "Apellidos: Mosquera Arboleda",
              "Entidad: Autoridad Nacional de Licencias Ambientales",
              "Teléfono: +57 601 254 0111",
              "Correo: mmosquera@anla.gov.co",
              "",
              "Su cargo se lo confirmaremos en cuanto se formalice su vinculación.",
              "",
              "Cordialmente,",
              "Grupo de Permisos CITES, Bogotá",
              "",
              ""]


BATCH14: list[Carrier] = [
    # ---------------------------------------------------------------- English
    Carrier("mozilla_alternative_two_labelled_png_officers", JWZ + "0946.eb5e7c2de78b6fec81e509923689a7a4.eml",
            "CITES Management Authority <cites@cepa.gov.pg>",
            "CENcomm CITES closed user group - Papua New Guinea", "two_nominees", "en", (
                t("1", ("start", ""), *PG_TWO),
                h("2", ("after", "<body>\n"), br_html(PG_TWO[:-1]) + "\n")),
            (n(WAPI), n(POKANA))),
    Carrier("outlook_letter_reference_director_contacts_out", JWZ + "0819.337934ad4a28fb473915e323d3866edc.eml",
            "Department of Environment <doe@environment.gov.ag>",
            "Nomination - CITES closed user group on CENcomm (Antigua and Barbuda)", "letter", "en", (
                t("", ("start", ""), *AG_LETTER),),
            (n(NIBBS),)),
    Carrier("mutt_bottom_post_sentence_mr_above_signature", JWZ + "1155.08c63446a38f2603d099ae25aff92c55.eml",
            "Tevita Nuku <tnuku@tongafish.gov.to>", "Re: CITES closed user group on CENcomm", "sentence", "en", (
                t("", ("before", "-- \n\"I say"), *TO_BOTTOM),),
            (n(TAUFA),)),
    Carrier("smime_signed_own_labels_surname_first", JWZ + "1445.57f9856f348cda1656331372731701eb.eml",
            "NPAA CITES Desk <cites@npaa.gov.sl>", "CENcomm closed user group - Sierra Leone", "own_labels", "en", (
                t("1", ("start", ""), *SL_LABELS),),
            (n(BANGURA),)),
    Carrier("the_bat_ps_training_colleague_member_not_request", JWZ + "0745.3e54df3c4f199b6b8aed76eefd11c660.eml",
            "Tebwa Kaiea <tkaiea@environment.gov.ki>", "Re[2]: CITES closed user group on CENcomm", "not_request",
            "en", (
                t("", ("before", "-- \nBest regards,"), *KI_QUESTION),),
            (), kind="not_request"),
    # ---------------------------------------------------------------- French
    Carrier("latin1_evolution_letter_mme_dg_contacts_out_fr", JWZ + "1116.e30f22bbdea56cb1ba244a559564ddde.eml",
            "=?utf-8?q?Minist=C3=A8re_de_l=27Environnement?= <dg@environnement.gouv.ht>",
            "Acces au groupe ferme CITES sur CENcomm - Haiti", "letter", "fr", (
                t("", ("start", ""), *HT_LETTER),),
            (n(DORVILIER),)),
    Carrier("oe5_qp_alternative_two_surname_first_officers_fr", JWZ + "1670.da702de4cb6dce6d1f62c93bc30e71ff.eml",
            "Organe de gestion CITES <cites@obpe.gov.bi>", "Groupe ferme CITES sur CENcomm - Burundi",
            "two_nominees", "fr", (
                t("1", ("start", ""), *BI_TWO),
                h("2", ("after", "<BODY bgColor=#ffffff>\n"), oe_html(BI_TWO[:-1]))),
            (n(IRAKOZE), n(NSABIMANA))),
    Carrier("latin1_kmail_forward_forwarder_contacts_out_be_fr", JWZ + "0431.26f19fa47fab85e813b1aba8ff6139d6.eml",
            "Olivier Dethier <olivier.dethier@health.fgov.be>", "TR: Demande d'acces au groupe ferme CITES CENcomm",
            "forward", "fr", (
                t("", ("start", ""), *BE_FORWARD),),
            (n(LAMBOTTE),)),
    Carrier("latin1_the_bat_colleague_member_notifications_not_request_fr",
            JWZ + "1649.00d75963b0db438a7f492b59a5395fc0.eml",
            "Point focal CITES <cites@rdb.rw>", "Notifications du groupe ferme CITES CENcomm", "not_request", "fr", (
                t("", ("after", "Bonjour,\n"), *RW_NOTICE),),
            (), kind="not_request"),
    # ---------------------------------------------------------------- Spanish
    Carrier("oe6_qp_alternative_own_labels_short_phone_es", JWZ + "1585.82fb57152be63c79b28e68ae0ad319d9.eml",
            "Programa de Vida Silvestre <vidasilvestre@sinac.go.cr>",
            "Registro grupo cerrado CITES de CENcomm - Costa Rica", "invalid_phone", "es", (
                t("1", ("start", ""), *CR_SHORT),
                h("2", ("after", "<BODY bgColor=#ffffff>\n"), oe_html(CR_SHORT[:-1]))),
            (bad_phone(ZUNIGA, "+506 2522 65"),)),
    Carrier("latin9_squirrelmail_letter_licda_director_contacts_out_es",
            JWZ + "0139.4a3f2cb7efe7318e1ed9b698d1d4a1db.eml",
            "=?utf-8?q?Direcci=C3=B3n_de_=C3=81reas_Protegidas?= <dapb@miambiente.gob.pa>",
            "Nota DAPB-1187-2026 - Grupo cerrado CITES en CENcomm", "letter", "es", (
                t("", ("start", ""), *PA_LETTER),),
            (n(SALDANA),)),
    Carrier("latin1_two_prose_officials_above_exchange_quotes_es", JWZ + "0205.84f75723dcf7639ed057a32283048bdf.eml",
            "Autoridad Administrativa CITES <cites@mades.gov.py>",
            "RE: Grupo cerrado CITES de CENcomm - Paraguay", "two_nominees", "es", (
                t("", ("start", ""), *PY_PROSE),),
            (n(ORTELLADO), n(INSFRAN))),
    Carrier("latin1_kmail_labels_no_position_yet_es", JWZ + "1432.0b1b8088c9a4e04cff33f6919f340402.eml",
            "Grupo de Permisos CITES <permisos@anla.gov.co>", "Grupo cerrado CITES CENcomm - Colombia",
            "missing_field", "es", (
                t("", ("start", ""), *CO_NO_POST),),
            (n(MOSQUERA),)),
]
