"""The twelfth batch of carriers (all held out): written by hand, expected values before any run.

Sources are real-mail messages no earlier carrier used: SpamAssassin easy_ham replies from the jwz package (six of
them added to the manifest with this batch, 8bit iso-8859-1, windows-1252 and UTF-8 parts, so that French and
Spanish are written with their accents) and parse-emails' test mail (a Thunderbird UTF-8 8bit message, an Outlook
alternative with a quoted-printable HTML part, an Apple Mail message with a forwarded attachment, an HTML-only
quoted-printable part). English: a bottom-post above the writer's own signature (Barbados, "Officer's name",
"Direct line" in national "(246) ..." form; the Irish telephone of the signature stays out), an Outlook letter in
plain and HTML (Maldives: letterhead, reference, the Director General's own telephone and address), a top-post
above Outlook quotes with two numbered Eswatini officers, a cover note above a forwarded attachment (Saint Vincent
and the Grenadines, a telephone too short: an invalid_phone error) and a member asking how to unlock his account
(Mongolia, name, telephone and address in his signature: not_request). French: a Thunderbird UTF-8 letter
(Cambodia, "M. CHHUN Sokha": the surname first, in capitals; the Director General's telephone below), a PS above a
French university signature asking whether a colleague already registered may use Thunderbird (not_request), own
labels in an unusual order ("Nom de famille" first, "Prénoms", "Mél", Vanuatu), two Lao officers as dash lines in
a windows-1252 part ("RDP lao", guillemets), and a Comorian officer with no e-mail address yet (missing_field).
Spanish: one sentence in a UTF-8 part (Equatorial Guinea, "Sr."), own labels "Nombre y apellidos"/"Fono"/"Mail"
above a Chinese message (Chile), an HTML table of two Peruvian officials in a quoted-printable HTML-only part, an
Argentine letter in iso-8859-1 ("Lic.", the signatory's telephone and address) and an inline forward whose
forwarder's own contacts stay out, the labels of the forwarded request in an unusual order (Venezuela).
Officials share nothing with batches 1-11 (names, surnames and addresses grepped in tests/).
"""

from __future__ import annotations

from html import escape

from tests.carriers.carrier import Carrier, bad_phone, h, n, t
from tests.carriers.people import (
    ATTOUMANI,
    CHAVEZ_MEDINA,
    CHHUN,
    DLAMINI,
    GITTENS,
    HAZELL,
    KEOMANY,
    MAVUSO,
    NDONG,
    PAZ_AGUIRRE,
    SEPULVEDA,
    SHIHAM,
    SOUVANNAVONG,
    TARIP,
    URDANETA,
    VALDIVIA,
    mso_html,
)

JWZ = "jwz-easy-ham/ham/"

# ------------------------------------------------------------------ English

BB_BOTTOM = ["On a separate note, for the CITES closed user group on CENcomm: Barbados would like to add the officer "
             "below.",
             "",
             "Officer's name: Kerri-Ann Gittens",
             "Ministry: Ministry of Environment and National Beautification",
             "Designation: Environmental Officer",
             "Direct line: (246) 535-4350",
             "Official e-mail: kgittens@environment.gov.bb",
             ""]

MV_LETTER = ["MINISTRY OF CLIMATE CHANGE, ENVIRONMENT AND ENERGY",
             "Green Building, Handhuvaree Hingun, Maafannu, Male', Republic of Maldives",
             "",
             "Ref: 203-ECA/438/2026/71",
             "4 December 2026",
             "",
             "The Secretary-General",
             "CITES Secretariat, Geneva",
             "",
             "Subject: Nomination to the CITES closed user group on CENcomm",
             "",
             "Dear Madam,",
             "",
             "The Ministry is pleased to nominate Mr Ahmed Shiham, Environment Analyst at the Ministry of Climate "
             "Change, Environment and Energy, as a member of the CITES closed user group on CENcomm. Mr Shiham can "
             "be contacted on +960 301 8300 or at ahmed.shiham@environment.gov.mv.",
             "",
             "Yours sincerely,",
             "",
             "Aishath Huma",
             "Director General, Environment Department",
             "Tel: +960 301 8301 | aishath.huma@environment.gov.mv",
             ""]

SZ_TWO = ["Good day,",
          "",
          "Eswatini nominates the two officers below for the CITES closed user group on CENcomm.",
          "",
          "(1) Sibusiso Dlamini",
          "    Organisation: Big Game Parks",
          "    Position: Senior Wildlife Ranger",
          "    Phone: +268 2528 3944",
          "    E-mail: sdlamini@biggameparks.org",
          "",
          "(2) Nomcebo Mavuso",
          "    Organisation: Eswatini Revenue Service",
          "    Position: Customs Officer",
          "    Phone: +268 2406 4000",
          "    E-mail: nmavuso@ers.org.sz",
          "",
          "Regards,",
          "CITES Management Authority, Mbabane",
          "",
          ""]

VC_COVER = ["Good afternoon,",
            "",
            "Please see the attached message from our Chief Forest Officer. The officer to be added to the CITES "
            "closed user group on CENcomm is:",
            "",
            "Country: Saint Vincent and the Grenadines",
            "First name: Shamika",
            "Last name: Hazell",
            "Department: Forestry Department",
            "Post: Forestry Supervisor",
            "Tel: +1 784 457 85",
            "Email: shazell@gov.vc",
            "",
            "Best regards,",
            "Forestry Department, Kingstown",
            "",
            ""]

MN_LOCKED = ["Dear Secretariat,",
             "",
             "I have been a member of the CITES closed user group on CENcomm since 2024, but since the platform "
             "update last week I can no longer log in: the page says my account is locked. Could you tell me whom "
             "to contact to unlock it? Nothing needs to be added or changed in the group.",
             "",
             "Batbold Ganbaatar",
             "Senior Officer, Ministry of Environment and Climate Change, Mongolia",
             "Tel: +976 11 262 619",
             "batbold.g@mecc.gov.mn",
             "",
             ""]

# ------------------------------------------------------------------ French

KH_LETTER = ["ROYAUME DU CAMBODGE",
             "Nation Religion Roi",
             "Ministère de l'Agriculture, des Forêts et de la Pêche",
             "Administration des Forêts",
             "",
             "N° 1287 AF/CITES",
             "Phnom Penh, le 4 décembre 2026",
             "",
             "Objet : Désignation d'un membre du groupe d'utilisateurs fermé CITES sur CENcomm",
             "",
             "Madame la Secrétaire générale,",
             "",
             "J'ai l'honneur de vous informer que je désigne M. CHHUN Sokha, Chef du bureau CITES de "
             "l'Administration des Forêts, comme membre du groupe d'utilisateurs fermé CITES sur CENcomm. Il peut "
             "être joint au +855 23 214 651 ou à l'adresse chhun.sokha@forestry.gov.kh.",
             "",
             "Je vous prie d'agréer, Madame la Secrétaire générale, l'expression de ma haute considération.",
             "",
             "Le Directeur général de l'Administration des Forêts",
             "Tél. : +855 23 214 650",
             "",
             ""]

FR_QUESTION = ["PS, une question pour le Secrétariat : notre collègue des douanes, Mme Solenn Kerjean "
               "(tél. +33 2 40 99 27 15), est déjà inscrite au groupe fermé CITES sur CENcomm depuis l'an dernier. "
               "Peut-elle consulter le groupe depuis Thunderbird, ou faut-il passer par le navigateur ? Il ne s'agit "
               "pas d'une nouvelle inscription.",
               ""]

VU_LABELS = ["Le Vanuatu souhaite faire inscrire l'agente suivante au groupe fermé CITES sur CENcomm :",
             "",
             "Nom de famille : TARIP",
             "Prénoms : Jeanette Leimara",
             "Pays : Vanuatu",
             "Service : Département de l'Environnement et de la Conservation",
             "Poste occupé : Chargée de la conservation des espèces",
             "Portable : +678 775 4321",
             "Mél : jtarip@vanuatu.gov.vu",
             "",
             "Et, sans rapport avec ce qui précède :",
             ""]

LA_TWO = ["Bonjour,",
          "",
          "Le Département des Forêts de la RDP lao demande l’inscription de deux agents au « groupe fermé CITES » "
          "sur CENcomm :",
          "",
          "– M. Khamphay SOUVANNAVONG, Chef de la division de la conservation de la faune, Département des Forêts ; "
          "tél. +856 21 217 342 ; khamphay.s@maf.gov.la",
          "– Mme Phonesavanh KEOMANY, Inspectrice des douanes, Département des Douanes ; tél. +856 21 312 455 ; "
          "phonesavanh.k@customs.gov.la",
          "",
          "Avec nos remerciements,",
          "Organe de gestion CITES, Vientiane",
          "",
          ""]

KM_NO_EMAIL = ["Bonjour,",
               "",
               "Les Comores proposent l'agente suivante pour le groupe fermé CITES sur CENcomm :",
               "",
               "Pays : Comores",
               "Prénom : Nadjima",
               "Nom : ATTOUMANI",
               "Organisation : Direction Générale de l'Environnement et des Forêts",
               "Fonction : Chargée des espèces protégées",
               "Téléphone : +269 773 45 12",
               "",
               "Son adresse électronique officielle est en cours de création ; nous vous la transmettrons dès que "
               "possible.",
               "",
               "Cordialement,",
               "Direction Générale de l'Environnement et des Forêts, Moroni",
               "",
               ""]

# ------------------------------------------------------------------ Spanish

GQ_SENTENCE = ["Estimados señores:",
               "",
               "Guinea Ecuatorial designa al Sr. Crisantos Ndong Esono, Técnico de Fauna Silvestre del Instituto "
               "Nacional de Desarrollo Forestal y Manejo del Sistema de Áreas Protegidas (tel. +240 222 456 789, "
               "cndong@indefor.gob.gq), como miembro del grupo cerrado CITES en CENcomm.",
               "",
               "Atentamente,",
               "Autoridad Administrativa CITES, Malabo",
               "",
               ""]

CL_LABELS = ["Hola:",
             "",
             "Junto con saludar, les envío los datos del funcionario que Chile quiere incorporar al grupo cerrado "
             "CITES de CENcomm (más abajo va un mensaje de la contraparte china, que nos llegó por otro tema):",
             "",
             "Nombre y apellidos: Ignacio Sepúlveda Fuentes",
             "Institución: Corporación Nacional Forestal",
             "Cargo: Encargado de Fiscalización Forestal",
             "Fono: +56 2 2663 0412",
             "Mail: ignacio.sepulveda@conaf.cl",
             "",
             "Saludos,",
             "Departamento de Áreas Silvestres Protegidas, Santiago",
             "",
             ""]

PE_ROWS = [("Nombres", "Apellidos", "Institución", "Cargo", "Teléfono", "Correo"),
           ("Rocío", "Valdivia Huerta", "Servicio Nacional Forestal y de Fauna Silvestre",
            "Especialista en Fauna Silvestre", "+51 1 225 9005", "rvaldivia@serfor.gob.pe"),
           ("Julio César", "Chávez Medina", "Superintendencia Nacional de Aduanas y de Administración Tributaria",
            "Oficial de Aduanas", "+51 1 519 3210", "jchavez@sunat.gob.pe")]


def _row(cells: tuple[str, ...], tag: str) -> str:
    return "<tr>" + "".join(f"<{tag} style='border:solid 1px;padding:4px'>{escape(c, quote=False)}</{tag}>"
                            for c in cells) + "</tr>\n"


PE_HTML = ("<head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n<body>\n"
           "<p>Estimados:</p>\n"
           "<p>El Perú solicita el alta de los siguientes funcionarios en el grupo cerrado CITES en CENcomm:</p>\n"
           "<table border=1 cellspacing=0 style='border-collapse:collapse'>\n" + _row(PE_ROWS[0], "th")
           + _row(PE_ROWS[1], "td") + _row(PE_ROWS[2], "td") + "</table>\n"
           "<p>Atentamente,<br>Autoridad Administrativa CITES del Perú, Lima</p>\n</body>")

AR_LETTER = ["Buenos Aires, 4 de diciembre de 2026",
             "NO-2026-118734-APN-DFSCB#MAD",
             "",
             "Señora Secretaria General",
             "Secretaría de la CITES",
             "Ginebra",
             "",
             "Ref.: Alta en el grupo cerrado CITES en CENcomm",
             "",
             "De mi mayor consideración:",
             "",
             "Me dirijo a usted a fin de solicitar la incorporación de la Lic. Agustina Paz Aguirre, Coordinadora "
             "de Comercio de Fauna de la Dirección de Fauna Silvestre y Conservación de la Biodiversidad, al grupo "
             "cerrado CITES en CENcomm. Sus datos de contacto son: teléfono +54 11 4348 8455, correo "
             "apaz@ambiente.gob.ar.",
             "",
             "Sin otro particular, saludo a usted atentamente.",
             "",
             "Director de Fauna Silvestre y Conservación de la Biodiversidad",
             "Tel. +54 11 4348 8400 - dfauna@ambiente.gob.ar",
             "",
             ""]

VE_FORWARD = ["Buenas tardes,",
              "",
              "Les reenvío la solicitud de la Dirección General de Diversidad Biológica para el grupo cerrado CITES "
              "en CENcomm.",
              "",
              "Carlos Rangel",
              "Oficina CITES Venezuela",
              "Tel. +58 212 408 1500 | crangel@minec.gob.ve",
              "",
              "---------- Mensaje reenviado ----------",
              "De: Dirección General de Diversidad Biológica <diversidad@minec.gob.ve>",
              "Fecha: mié., 2 dic. 2026 a las 10:41",
              "Asunto: Inscripción grupo cerrado CITES CENcomm",
              "Para: Oficina CITES <cites@minec.gob.ve>",
              "",
              "Correo: gurdaneta@minec.gob.ve",
              "Apellidos: Urdaneta Rivas",
              "Nombres: Gustavo Adolfo",
              "Cargo: Inspector de Fauna",
              "Ente: Ministerio del Poder Popular para el Ecosocialismo",
              "Teléfono: +58 212 408 1234",
              "País: Venezuela",
              "",
              "Favor inscribirlo en el grupo cerrado.",
              "",
              ""]


BATCH12: list[Carrier] = [
    # ---------------------------------------------------------------- English
    Carrier("bottom_post_direct_line_above_own_signature", JWZ + "0303.e334b6aaad7609a7613e33bb21cc9636.eml",
            "Michael Conry <m.conry@environment.gov.bb>", "Re: CITES closed user group on CENcomm",
            "bottom_post", "en", (
                t("", ("before", "-- \nMichael Conry"), *BB_BOTTOM),),
            (n(GITTENS),)),
    Carrier("outlook_qp_letter_reference_director_contacts", "parse-emails/multiple_to_cc_from_Cyrillic_characters.eml",
            "Environment Department <env@environment.gov.mv>",
            "Nomination - CITES closed user group on CENcomm (Maldives)", "letter", "en", (
                t("1", ("start", ""), *MV_LETTER),
                h("2", ("after", '<div class="WordSection1">'), "\n" + mso_html(MV_LETTER[:-1]) + "\n")),
            (n(SHIHAM),)),
    Carrier("top_post_two_indented_officers_above_outlook_quotes", JWZ + "1658.5668754ea9f7c62c42b2555e0ca7cdac.eml",
            "CITES Management Authority <cites@biggameparks.org>", "CENcomm CITES closed user group - Eswatini",
            "two_nominees", "en", (
                t("", ("start", ""), *SZ_TWO),),
            (n(DLAMINI), n(MAVUSO))),
    Carrier("apple_mail_cover_note_above_attachment_short_phone", "parse-emails/eml_contains_base64_eml.eml",
            "Forestry Department <forestry@gov.vc>", "Fwd: CENcomm closed user group - SVG", "invalid_phone", "en", (
                t("1", ("start", ""), *VC_COVER),),
            (bad_phone(HAZELL, "+1 784 457 85"),)),
    Carrier("member_account_locked_question_not_request", JWZ + "0104.cbb1681451b2525d7aeec9eeb285306d.eml",
            "Batbold Ganbaatar <batbold.g@mecc.gov.mn>", "CENcomm account locked", "not_request", "en", (
                t("", ("start", ""), *MN_LOCKED),),
            (), kind="not_request"),
    # ---------------------------------------------------------------- French
    Carrier("thunderbird_utf8_letter_surname_first_fr", "parse-emails/smtp_email_type.eml",
            "=?utf-8?q?Administration_des_For=C3=AAts?= <cites@forestry.gov.kh>",
            "Designation au groupe ferme CITES sur CENcomm - Cambodge", "letter", "fr", (
                t("", ("start", ""), *KH_LETTER),),
            (n(CHHUN),)),
    Carrier("latin1_ps_colleague_registered_not_request_fr", JWZ + "1655.7a0d7700a207ef6f66686f94b02c7a8f.eml",
            "Arnaud Abelard <arnaud.abelard@sciences.univ-nantes.fr>", "Re: groupe ferme CITES CENcomm - question",
            "not_request", "fr", (
                t("", ("before", "Arnaud\n-- "), *FR_QUESTION),),
            (), kind="not_request"),
    Carrier("latin1_own_labels_surname_first_after_greeting_fr", JWZ + "1648.feab1eecf41d21e438b3658a5ab15f80.eml",
            "=?utf-8?q?D=C3=A9partement_de_l=27Environnement?= <environnement@vanuatu.gov.vu>",
            "Inscription groupe ferme CITES CENcomm - Vanuatu", "own_labels", "fr", (
                t("", ("after", "Bonjour,\n\n"), *VU_LABELS),),
            (n(TARIP),)),
    Carrier("cp1252_dash_lines_two_lao_officials_fr", JWZ + "0673.1850e124a4ef3beb85071e67d7f8bf6d.eml",
            "=?utf-8?q?Organe_de_gestion_CITES_RDP_lao?= <cites@maf.gov.la>",
            "Groupe ferme CITES sur CENcomm - RDP lao", "two_nominees", "fr", (
                t("", ("start", ""), *LA_TWO),),
            (n(SOUVANNAVONG), n(KEOMANY))),
    Carrier("utf8_form_no_email_yet_fr", JWZ + "1397.75ebdbdb545c2376e9869203c0c612a8.eml",
            "DGEF Comores <dgef@environnement.gouv.km>", "Groupe ferme CITES CENcomm - Comores",
            "missing_field", "fr", (
                t("", ("start", ""), *KM_NO_EMAIL),),
            (n(ATTOUMANI),)),
    # ---------------------------------------------------------------- Spanish
    Carrier("utf8_one_sentence_sr_es", "parse-emails/utf_8_email.eml",
            "Autoridad Administrativa CITES <cites@indefor.gob.gq>",
            "Designacion grupo cerrado CITES en CENcomm - Guinea Ecuatorial", "sentence", "es", (
                t("", ("start", ""), *GQ_SENTENCE),),
            (n(NDONG),)),
    Carrier("utf8_own_labels_fono_mail_above_chinese_es", "parse-emails/chinese_email_test.eml",
            "=?utf-8?q?Departamento_de_=C3=81reas_Silvestres_Protegidas?= <dasp@conaf.cl>",
            "Grupo cerrado CITES CENcomm - Chile", "own_labels", "es", (
                t("", ("start", ""), *CL_LABELS),),
            (n(SEPULVEDA),)),
    Carrier("html_only_qp_table_two_officials_es", "parse-emails/eml_contains_htm_content_type.eml",
            "=?utf-8?q?Autoridad_Administrativa_CITES_del_Per=C3=BA?= <cites@serfor.gob.pe>",
            "Alta en el grupo cerrado CITES en CENcomm - Peru", "html_table", "es", (
                h("1", ("after", "<html>"), PE_HTML),),
            (n(VALDIVIA), n(CHAVEZ_MEDINA))),
    Carrier("latin1_letter_lic_signatory_contacts_es", JWZ + "0052.40794e238104d6b01f36b0f4d5145175.eml",
            "=?utf-8?q?Direcci=C3=B3n_de_Fauna_Silvestre?= <dfauna@ambiente.gob.ar>",
            "Ref.: Alta en el grupo cerrado CITES en CENcomm", "letter", "es", (
                t("", ("start", ""), *AR_LETTER),),
            (n(PAZ_AGUIRRE),)),
    Carrier("latin1_inline_forward_forwarder_contacts_out_es", JWZ + "0453.783e494dbe429698f152a49c0ff0d719.eml",
            "Carlos Rangel <crangel@minec.gob.ve>", "Fwd: Inscripcion grupo cerrado CITES CENcomm", "forward", "es", (
                t("", ("start", ""), *VE_FORWARD),),
            (n(URDANETA),)),
]
