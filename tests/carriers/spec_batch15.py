"""The fifteenth batch of carriers (all held out): written by hand, expected values before any run.

Sources are SpamAssassin easy_ham messages from the jwz package no earlier carrier used: two of the 7bit US-ASCII
ones already in the manifest (Outlook IMO, Apple Mail format=flowed) and eleven added to it with this batch (a
Yahoo! plain and HTML alternative with no transfer encoding, an Exchange 8bit windows-1251 part, a Mutt PGP
multipart/signed message whose US-ASCII part is quoted-printable, an Apple Mail quoted-printable iso-8859-1
format=flowed plain and text/enriched alternative, an Apple Mail 8bit windows-1252 format=flowed part, and 8bit
iso-8859-1 and iso-8859-15 parts from Pegasus Mail, Gnus, Eudora, Sylpheed, SquirrelMail and an inline-PGP
signed KMail message, so that French and Spanish are written with their accents). English: two Solomon Islands
officers as numbered blocks in the sender's own labels ("Full name", "Agency", "Title") in the Yahoo! plain and
HTML alternative, a Mongolian officer whose e-mail address is not given yet (missing_field, windows-1251), a
Dominican sentence bottom-posted under Mutt quotes ("Ms"), a Cypriot letter above an Outlook reply (reference,
"for the Director" with the Department's own telephone and address) and a member thanking the Secretariat for
having added a Brunei colleague already, with his telephone (Apple Mail: not_request). French: a Swiss request
forwarded by Pegasus Mail whose forwarder's own contacts stay out, a Comorian letter above Gnus quotes ("Mme",
the Director General's telephone and address, the original author's signature with its own "Tel.:"), a Guinean
officer in own labels ("Prénom et nom", "Structure", "Poste occupé") with a telephone too short (an
invalid_phone error, Eudora) and two Mauritanian officers bottom-posted under Sylpheed quotes, each as
"Prénom"/"Nom" ("Ould Cheikh Brahim", "Mint Sidaty"). Spanish: own labels "Nombres"/"Apellidos"/"Correo
institucional" in the Apple Mail plain and text/enriched alternative (Nicaragua), a Salvadoran sentence ("Ing.")
above an article, a KMail forward of an Equatoguinean request whose forwarder's own contacts stay out, and a
member asking for a meeting record to be uploaded again for a Uruguayan colleague already in the group, with her
telephone (SquirrelMail: not_request). Officials share nothing with batches 1-14 (names, surnames and addresses
grepped in tests/).
"""

from __future__ import annotations

from tests.carriers.carrier import Carrier, Edit, bad_phone, h, n, t
from tests.carriers.people import (
    CANAS,
    DORJSUREN,
    LAVILLE,
    MAELASI,
    MEMBRENO,
    MINT_SIDATY,
    NCHAMA,
    OULD_CHEIKH,
    ROCHAT,
    SOILIHI,
    SOUMAH,
    TANITO,
    THEOCHAROUS,
    br_html,
)

JWZ = "jwz-easy-ham/ham/"


def enriched(lines: list[str]) -> str:
    """Lines as Apple Mail writes them in text/enriched: a line ends with two newlines, a blank line with one."""
    return "".join(f"{ln}\n\n" if ln else "\n" for ln in lines)


# ------------------------------------------------------------------ English

SB_TWO = ["Dear Secretariat,",
          "",
          "Solomon Islands requests access to the CITES closed user group on CENcomm for the following two "
          "officers:",
          "",
          "1) Full name: Hilda Tanito",
          "   Agency: Ministry of Environment, Climate Change, Disaster Management and Meteorology",
          "   Title: Senior Conservation Officer",
          "   Tel: +677 23031",
          "   E-mail: htanito@mecdm.gov.sb",
          "",
          "2) Full name: Wilson Maelasi",
          "   Agency: Solomon Islands Customs and Excise Division",
          "   Title: Customs Officer",
          "   Tel: +677 21404",
          "   E-mail: wmaelasi@customs.gov.sb",
          "",
          "Regards,",
          "Environment and Conservation Division, Honiara",
          "",
          ""]

MN_NO_EMAIL = ["Dear colleagues,",
               "",
               "Mongolia would like to register one more officer in the CITES closed user group on CENcomm:",
               "",
               "Name: Oyunchimeg",
               "Surname: Dorjsuren",
               "Organisation: Ministry of Environment and Tourism",
               "Position: CITES Officer",
               "Telephone: +976 11 266 286",
               "",
               "Her official e-mail account is still being set up; we will send you the address as soon as it "
               "is active.",
               "",
               "Kind regards,",
               "CITES Management Authority of Mongolia, Ulaanbaatar",
               "",
               ""]

DM_BOTTOM = ["",
             "On another matter, for Dominica: please add Ms Jolene Laville, Forest Officer in the Forestry, "
             "Wildlife and Parks Division, to the CITES closed user group on CENcomm. She can be reached on "
             "+1 767 266 3817 or at jlaville@forestry.gov.dm.",
             "",
             "Thanks,",
             "Nigel"]

CY_LETTER = ["REPUBLIC OF CYPRUS",
             "MINISTRY OF AGRICULTURE, RURAL DEVELOPMENT AND ENVIRONMENT",
             "DEPARTMENT OF ENVIRONMENT",
             "Nicosia",
             "",
             "Our ref.: 02.10.007/26",
             "4 December 2026",
             "",
             "CITES Secretariat",
             "Palais des Nations, Geneva",
             "",
             "Subject: Access to the CITES closed user group on CENcomm",
             "",
             "Dear Madam, Dear Sir,",
             "",
             "The Department of Environment, CITES Management Authority of the Republic of Cyprus, kindly "
             "requests that Ms Andriana Theocharous, Environment Officer in our Department, be given access to "
             "the CITES closed user group on CENcomm. Her direct telephone number is +357 22 408 947 and her "
             "official e-mail address is atheocharous@environment.moa.gov.cy.",
             "",
             "Yours faithfully,",
             "",
             "for the Director",
             "Department of Environment",
             "Tel.: +357 22 408 900 | Fax: +357 22 774 945 | Email: director@environment.moa.gov.cy",
             "",
             ""]

BN_THANKS = ["Separately - thank you for adding our colleague Mr Hairul Azmi (tel. +673 238 1687) of the Forestry "
             "Department to the CITES closed user group on CENcomm last week. He has logged in and can see the "
             "group's documents, so nothing more is needed for Brunei Darussalam.",
             "",
             "Best regards,",
             "Forestry Department, Bandar Seri Begawan",
             "",
             ""]

# ------------------------------------------------------------------ French

CH_FORWARD = ["Bonjour,",
              "",
              "Je vous transmets ci-dessous la demande de notre collègue du service d'inspection pour l'accès au "
              "groupe fermé CITES sur CENcomm.",
              "",
              "Avec mes meilleures salutations,",
              "Luc Aebischer",
              "Organe de gestion CITES de la Suisse, OSAV",
              "Tél. +41 58 462 25 00 | luc.aebischer@blv.admin.ch",
              "",
              "------- Message transféré -------",
              "",
              "De :     Séverine Rochat <severine.rochat@blv.admin.ch>",
              "À :      cites@blv.admin.ch",
              "Objet :  Accès au groupe fermé CITES CENcomm",
              "Date :   3 décembre 2026, 16:12",
              "",
              "Bonjour Luc,",
              "",
              "Pourrais-tu demander au Secrétariat de m'inscrire dans le groupe fermé CITES sur CENcomm ? Voici "
              "mes coordonnées :",
              "",
              "Pays : Suisse",
              "Prénom : Séverine",
              "Nom : Rochat",
              "Organisation : Office fédéral de la sécurité alimentaire et des affaires vétérinaires",
              "Fonction : Inspectrice CITES",
              "Tél. direct : +41 58 462 25 41",
              "Courriel : severine.rochat@blv.admin.ch",
              "",
              "Merci et bonne journée,",
              "Séverine",
              "",
              "------- Fin du message transféré -------",
              "",
              ""]

KM_LETTER = ["UNION DES COMORES",
             "Unité - Solidarité - Développement",
             "Ministère de l'Agriculture, de la Pêche et de l'Environnement",
             "Direction Générale de l'Environnement et des Forêts",
             "",
             "N° 26/0412/DGEF",
             "Moroni, le 4 décembre 2026",
             "",
             "À l'attention du Secrétariat de la CITES",
             "Genève",
             "",
             "Objet : demande d'accès au groupe fermé CITES sur CENcomm",
             "",
             "Madame, Monsieur,",
             "",
             "J'ai l'honneur de vous demander de bien vouloir accorder à Mme Faïza Soilihi, Responsable de la "
             "cellule CITES à la Direction Générale de l'Environnement et des Forêts, l'accès au groupe "
             "d'utilisateurs fermé CITES sur CENcomm. Mme Soilihi est joignable au +269 773 50 10 et à "
             "l'adresse f.soilihi@environnement.gouv.km.",
             "",
             "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
             "",
             "Le Directeur Général de l'Environnement et des Forêts",
             "Tél. : +269 773 50 00 - dgef@environnement.gouv.km",
             "",
             ""]

GN_SHORT = ["Bonjour,",
            "",
            "Nous vous prions d'inscrire l'agente suivante dans le groupe fermé CITES sur CENcomm :",
            "",
            "Pays : Guinée",
            "Prénom et nom : Kadiatou Soumah",
            "Structure : Direction Nationale des Eaux et Forêts",
            "Poste occupé : Cheffe de la section CITES",
            "Tél. : +224 622 45 31",
            "Adresse électronique : k.soumah@eauxforets.gov.gn",
            "",
            "Bien cordialement,",
            "Organe de gestion CITES de Guinée, Conakry",
            "",
            "",
            ""]

MR_TWO = ["",
          "Par ailleurs, la Mauritanie souhaite faire inscrire deux agents au groupe fermé CITES sur CENcomm :",
          "",
          "- Prénom : Sidi Mohamed",
          "  Nom : Ould Cheikh Brahim",
          "  Organisme : Ministère de l'Environnement et du Développement durable",
          "  Fonction : Chef du service de la faune",
          "  Téléphone : +222 45 25 13 43",
          "  Courriel : s.ouldcheikh@environnement.gov.mr",
          "",
          "- Prénom : Aminetou",
          "  Nom : Mint Sidaty",
          "  Organisme : Direction Générale des Douanes",
          "  Fonction : Inspectrice des douanes",
          "  Téléphone : +222 45 25 62 19",
          "  Courriel : a.mintsidaty@douanes.gov.mr",
          "",
          "Merci d'avance,",
          "Point focal CITES, Nouakchott",
          ""]

# ------------------------------------------------------------------ Spanish

NI_LABELS = ["Estimados señores de la Secretaría:",
             "",
             "Les solicitamos dar de alta en el grupo cerrado CITES de CENcomm a la siguiente funcionaria:",
             "",
             "País: Nicaragua",
             "Nombres: Karla Vanessa",
             "Apellidos: Membreño Sandino",
             "Institución: Ministerio del Ambiente y los Recursos Naturales",
             "Cargo: Técnica de Biodiversidad",
             "Teléfono de oficina: +505 2233 1111",
             "Correo institucional: kmembreno@marena.gob.ni",
             "",
             "Saludos cordiales,",
             "Dirección de Biodiversidad, Managua",
             "",
             ""]

SV_SENTENCE = ["Buenos días:",
               "",
               "Por este medio solicito que se incorpore al grupo cerrado CITES de CENcomm al Ing. Rigoberto "
               "Cañas Menéndez, Técnico de Vida Silvestre del Ministerio de Medio Ambiente y Recursos Naturales "
               "de El Salvador, teléfono +503 2132 6276, correo rcanas@ambiente.gob.sv.",
               "",
               "Gracias,",
               "Autoridad Administrativa CITES de El Salvador",
               "",
               ""]

GQ_FORWARD = ["Buenos días:",
              "",
              "Les reenvío la solicitud de nuestra técnica para el grupo cerrado CITES de CENcomm.",
              "",
              "Atentamente,",
              "Pedro Nguema Abeso",
              "Autoridad Administrativa CITES de Guinea Ecuatorial",
              "Tel. +240 333 091 400 - pnguema@indefor.gob.gq",
              "",
              "----------  Mensaje reenviado  ----------",
              "",
              "Asunto: Solicitud de acceso al grupo cerrado CITES CENcomm",
              "Fecha: miércoles 2 de diciembre de 2026 10:41",
              "De: Crescencia Nchama Obiang <cnchama@indefor.gob.gq>",
              "Para: Autoridad Administrativa CITES <cites@indefor.gob.gq>",
              "",
              "Buenos días:",
              "",
              "Les ruego tramitar mi alta en el grupo cerrado CITES de CENcomm. Mis datos:",
              "",
              "País: Guinea Ecuatorial",
              "Nombre: Crescencia",
              "Apellidos: Nchama Obiang",
              "Institución: Instituto Nacional de Desarrollo Forestal y Gestión del Sistema de Áreas Protegidas",
              "Cargo: Técnica de Fauna Silvestre",
              "Teléfono: +240 333 091 421",
              "Correo: cnchama@indefor.gob.gq",
              "",
              "Muchas gracias,",
              "Crescencia Nchama",
              "",
              "-------------------------------------------------------",
              "",
              ""]

UY_RECORD = ["Estimados:",
             "",
             "La Ing. Agr. Mercedes Garat (tel. +598 2917 0710, int. 4120), que ya es miembro del grupo cerrado "
             "CITES de CENcomm, no logra abrir el acta de la última reunión del grupo publicada el 1 de "
             "diciembre. ¿Podrían volver a subir el archivo? No se trata de una nueva alta.",
             "",
             "Saludos,",
             "División Fauna, Ministerio de Ambiente, Montevideo",
             "",
             ""]


BATCH15: list[Carrier] = [
    # ---------------------------------------------------------------- English
    Carrier("yahoo_alternative_two_numbered_own_labels_sb", JWZ + "0635.9df0cec793507fcd3cab877c7d7616be.eml",
            "Environment and Conservation Division <ecd@mecdm.gov.sb>",
            "CITES closed user group on CENcomm - Solomon Islands", "two_nominees", "en", (
                t("1", ("before", "I am delurking"), *SB_TWO),
                h("2", ("before", "<P>I am delurking"), "<P>" + br_html(SB_TWO[:-1]) + "\n")),
            (n(TANITO), n(MAELASI))),
    Carrier("cp1251_exchange_labels_email_not_yet_given", JWZ + "0289.cb9c0595bddae2c25357ce5c9fbaf687.eml",
            "CITES Management Authority <cites@mne.gov.mn>", "CENcomm CITES closed user group - Mongolia",
            "missing_field", "en", (
                t("", ("before", "Does anyone know"), *MN_NO_EMAIL),),
            (n(DORJSUREN),)),
    Carrier("pgp_signed_qp_bottom_post_sentence_ms", JWZ + "1406.8be30026528bc5fabe63b16b834d426f.eml",
            "Nigel Bellot <nbellot@forestry.gov.dm>", "Re: CITES closed user group on CENcomm", "sentence", "en", (
                t("1", ("after", "the whitelist score.\n"), *DM_BOTTOM),),
            (n(LAVILLE),)),
    Carrier("outlook_imo_letter_for_the_director_contacts_out", JWZ + "0569.ef10ce803ff212d76f9dd6148b84a823.eml",
            "Department of Environment <director@environment.moa.gov.cy>",
            "Access to the CITES closed user group on CENcomm - Cyprus", "letter", "en", (
                t("", ("start", ""), *CY_LETTER),),
            (n(THEOCHAROUS),)),
    Carrier("apple_flowed_thanks_colleague_added_not_request", JWZ + "0768.42d3db0f0b763a75183afd06f5db8ce5.eml",
            "Forestry Department <cites@forestry.gov.bn>", "Re: CITES closed user group on CENcomm", "not_request",
            "en", (
                t("", ("before", "-- whump"), *BN_THANKS),),
            (), kind="not_request"),
    # ---------------------------------------------------------------- French
    Carrier("latin1_pegasus_forward_forwarder_contacts_out_ch_fr", JWZ + "0008.20bc0b4ba2d99aae1c7098069f611a9b.eml",
            "Luc Aebischer <luc.aebischer@blv.admin.ch>", "TR: Acces au groupe ferme CITES CENcomm", "forward", "fr", (
                t("", ("start", ""), *CH_FORWARD),),
            (n(ROCHAT),)),
    Carrier("latin9_gnus_letter_mme_dg_contacts_out_fr", JWZ + "0268.77ef28e27a9ee085646f260418072111.eml",
            "DGEF Comores <dgef@environnement.gouv.km>", "Demande d'acces au groupe ferme CITES sur CENcomm",
            "letter", "fr", (
                t("", ("before", "Inn Share <shareinnn@yahoo.com> writes:"), *KM_LETTER),),
            (n(SOILIHI),)),
    Carrier("latin1_eudora_own_labels_short_phone_fr", JWZ + "0080.7c3a836baaa732cd915546442c0fef1a.eml",
            "Organe de gestion CITES <cites@eauxforets.gov.gn>", "Inscription groupe ferme CITES CENcomm - Guinee",
            "invalid_phone", "fr", (
                t("", ("start", ""), *GN_SHORT),),
            (bad_phone(SOUMAH, "+224 622 45 31"),)),
    Carrier("latin1_sylpheed_bottom_post_two_prenom_nom_fr", JWZ + "0347.0e43f8ba3aadeed419f512188e5d8aa4.eml",
            "Point focal CITES <cites@environnement.gov.mr>", "Re: Groupe ferme CITES sur CENcomm - Mauritanie",
            "two_nominees", "fr", (
                t("", ("after", "aye?  :)\n"), *MR_TWO),),
            (n(OULD_CHEIKH), n(MINT_SIDATY))),
    # ---------------------------------------------------------------- Spanish
    Carrier("apple_qp_plain_and_enriched_own_labels_es", JWZ + "0093.0c71febfdf6f3acbc4d0c76b777a8530.eml",
            "=?utf-8?q?Direcci=C3=B3n_de_Biodiversidad?= <biodiversidad@marena.gob.ni>",
            "Alta en el grupo cerrado CITES de CENcomm - Nicaragua", "own_labels", "es", (
                t("1", ("before", "Bob\n\nWe are"), *NI_LABELS),
                Edit("2", ("before", "Bob\n\n\nWe are"), enriched(NI_LABELS))),
            (n(MEMBRENO),)),
    Carrier("cp1252_apple_flowed_sentence_ing_above_article_es", JWZ + "0235.3c824d680d31b3710d8f3475730dc42d.eml",
            "Autoridad Administrativa CITES <cites@ambiente.gob.sv>",
            "Solicitud grupo cerrado CITES de CENcomm - El Salvador", "sentence", "es", (
                t("", ("start", ""), *SV_SENTENCE),),
            (n(CANAS),)),
    Carrier("latin9_kmail_pgp_forward_forwarder_contacts_out_es", JWZ + "1444.9c769de9af58bfba4b3e6b0ca034f2b8.eml",
            "Pedro Nguema Abeso <pnguema@indefor.gob.gq>", "Fwd: Solicitud de acceso al grupo cerrado CITES CENcomm",
            "forward", "es", (
                t("", ("start", ""), *GQ_FORWARD),),
            (n(NCHAMA),)),
    Carrier("latin1_squirrelmail_member_record_upload_not_request_es",
            JWZ + "1416.651cdba6e04f9c3593f6d634a70312e8.eml",
            "=?utf-8?q?Divisi=C3=B3n_Fauna?= <fauna@ambiente.gub.uy>", "Acta de la reunion del grupo cerrado CITES",
            "not_request", "es", (
                t("", ("before", "Brian R. Melcer said:"), *UY_RECORD),),
            (), kind="not_request"),
]
