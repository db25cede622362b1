"""The sixteenth batch of carriers (all held out): written by hand, expected values before any run.

Sources are SpamAssassin easy_ham messages from the jwz package no earlier carrier used, all fourteen added to the
manifest with this batch: an Evolution PGP multipart/signed message whose charset-less part is quoted-printable, an
Outlook IMO multipart/mixed message with an Internet-shortcut attachment, a newsletter's 7bit iso-8859-1 plain and
HTML alternative, an Outlook multipart/mixed message with a base64 TNEF (winmail.dat) part, a Mozilla format=flowed
top-post above quotes with a base64 attachment, a KMail multipart/mixed message whose iso-8859-1 part is
quoted-printable, an AngleMail forward whose original travels as a message/rfc822 part, and 8bit windows-1252,
iso-8859-1 and iso-8859-15 parts from Outlook Express 6, Apple Mail (format=flowed), Outlook Express for Macintosh,
Exchange, KMail, Mutt and Mozilla (format=flowed), so that French and Spanish are written with their accents.
English: a Georgian customs officer's request forwarded by the Ministry, whose forwarder's own telephone and
address stay out (Evolution "-----Forwarded Message-----"), an Iranian letter ("Dr.", reference, date, the
Deputy's own telephone, fax and address), two Korean officers as rows of a table ("Family name", "Given name") in
the HTML part and as tab-separated lines in the plain part of the newsletter alternative, a Kittitian officer whose
telephone is too short (an invalid_phone error, "Ms", own labels "Officer"/"Post"/"Contact no.") and a member
asking whether the group's documents may be shared, naming a colleague already in it and his telephone
(Uzbekistan, Mozilla: not_request). French: a Congolese letter top-posted above Outlook Express 6 quotes ("Mme",
compound surname, the Director General's telephone and address), two Ivorian officers as "Nom"/"Prénoms" (surname
in capitals) in the KMail quoted-printable part, a Vanuatu sentence ("Mme") whose signature block is in English with
the Department's own telephone, an Algerian officer whose telephone is not given yet (missing_field, Outlook Express
for Macintosh) and a Gabonese note forwarding an IT message about a colleague already in the group, with his
telephone (AngleMail with message/rfc822: not_request). Spanish: an Exchange "-----Mensaje original-----" forward
of a Bolivian request ("Lic.", compound surname, the telephone written nationally "2-2146374" with the country
given as "Bolivia") whose forwarder's own contacts stay out, an Ecuadorian officer in own labels ("Ing.",
"Nombres"/"Apellidos") with a telephone too short (an invalid_phone error, KMail iso-8859-15), a Dominican officer
bottom-posted under Mutt quotes ("Sra.", telephone written nationally "(809) 567-4351") whose e-mail address is not
given yet (missing_field) and a Venezuelan sentence ("Dra.") top-posted above Mozilla quotes. Officials share nothing
with batches 1-15 (names, surnames, addresses and telephones grepped in tests/).
"""

from __future__ import annotations

from html import escape

from tests.carriers.carrier import Carrier, bad_phone, h, n, t
from tests.carriers.people import (
    COLMENARES,
    DIABATE,
    GARAE,
    HWANG,
    JACOME,
    KHELIFI,
    KOUAME,
    KVARATSKHELIA,
    LIBURD,
    MORADI,
    NKOUNKOU,
    RYU,
    TEJEDA,
    TICONA,
)

JWZ = "jwz-easy-ham/ham/"

# ------------------------------------------------------------------ English

GE_FORWARD = ["Dear colleagues,",
              "",
              "Please see below the request of our colleague at the Revenue Service for access to the CITES closed "
              "user group on CENcomm. The Ministry supports it.",
              "",
              "Best regards,",
              "Giorgi Abashidze",
              "Head of Biodiversity Division",
              "Ministry of Environmental Protection and Agriculture of Georgia",
              "Tel: +995 32 237 80 09 | g.abashidze@mepa.gov.ge",
              "",
              "-----Forwarded Message-----",
              "",
              "From: Tamar Kvaratskhelia <t.kvaratskhelia@rs.ge>",
              "To: Giorgi Abashidze <g.abashidze@mepa.gov.ge>",
              "Subject: CENcomm - CITES closed user group",
              "Date: 03 Dec 2026 11:26:41 +0400",
              "",
              "Dear Giorgi,",
              "",
              "As discussed, could you ask the CITES Secretariat to add me to the CITES closed user group on "
              "CENcomm? My details are below.",
              "",
              "Country: Georgia",
              "First name: Tamar",
              "Last name: Kvaratskhelia",
              "Organization: Revenue Service of Georgia",
              "Position: Customs Risk Analyst",
              "Phone: +995 32 226 14 80",
              "Email: t.kvaratskhelia@rs.ge",
              "",
              "Many thanks,",
              "Tamar",
              "",
              "-----End of Forwarded Message-----",
              "",
              ""]

IR_LETTER = ["DEPARTMENT OF ENVIRONMENT",
             "Islamic Republic of Iran",
             "Deputy for Natural Environment and Biodiversity",
             "Pardisan Eco-Park, Hakim Highway, Tehran",
             "",
             "No.: 96/4512/CITES",
             "Date: 3 December 2026",
             "",
             "CITES Secretariat",
             "International Environment House",
             "Geneva, Switzerland",
             "",
             "Subject: Nomination for the CITES closed user group on CENcomm",
             "",
             "Dear Sir/Madam,",
             "",
             "The Department of Environment, as CITES Management Authority of the Islamic Republic of Iran, is "
             "pleased to nominate Dr. Parisa Moradi, Head of the CITES Office, Department of Environment, as a "
             "member of the CITES closed user group on CENcomm. Dr. Moradi can be reached at +98 21 8823 3125 and "
             "parisa.moradi@doe.ir.",
             "",
             "Please accept the assurances of our highest consideration.",
             "",
             "Deputy for Natural Environment and Biodiversity",
             "Department of Environment",
             "Tel: +98 21 8823 3000  Fax: +98 21 8823 3010  E-mail: natural.env@doe.ir",
             "",
             ""]

KR_HEAD = ("Family name", "Given name", "Agency", "Job title", "Direct line", "E-mail")
KR_ROWS = [("Hwang", "Min-seo", "Ministry of Environment", "Deputy Director, Biodiversity Division",
            "+82 44 201 7243", "mshwang@korea.kr"),
           ("Ryu", "Dae-sung", "Korea Customs Service", "Customs Investigator", "+82 42 481 7713",
            "dsryu@korea.kr")]
KR_INTRO = ["Dear CITES Secretariat,",
            "",
            "The Republic of Korea would like to register the two officers in the table below in the CITES closed "
            "user group on CENcomm."]
KR_CLOSE = ["Kind regards,",
            "Biodiversity Division, Ministry of Environment, Sejong",
            "",
            "(For information, the Media Unspun issue mentioned at the workshop follows below.)"]
KR_TEXT = [*KR_INTRO, "", *("\t".join(r) for r in (KR_HEAD, *KR_ROWS)), "", *KR_CLOSE, "", "", ""]


def kr_html() -> str:
    """The table as Outlook pastes it from a spreadsheet: a header row, one row an officer."""
    head = "".join(f"<th>{escape(c)}</th>" for c in KR_HEAD)
    rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>\n" for r in KR_ROWS)
    return (f"<p>{escape(KR_INTRO[0])}</p>\n<p>{escape(KR_INTRO[2])}</p>\n"
            f"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<tr>{head}</tr>\n{rows}</table>\n"
            f"<p>{escape(KR_CLOSE[0])}<br>{escape(KR_CLOSE[1])}</p>\n<p>{escape(KR_CLOSE[3])}</p>\n<hr>\n")


KN_SHORT = ["Good morning,",
            "",
            "Saint Kitts and Nevis would like to nominate the following officer for the CITES closed user group "
            "on CENcomm:",
            "",
            "Officer: Ms Shanice Liburd",
            "Department: Department of Environment",
            "Post: Environmental Officer",
            "Contact no.: +1 869 465 208",
            "E-mail: sliburd@environment.gov.kn",
            "",
            "Regards,",
            "Department of Environment",
            "Basseterre, St. Kitts",
            "",
            ""]

UZ_QUESTION = ["Dear Secretariat,",
               "",
               "A question about the CITES closed user group on CENcomm rather than a new registration: our "
               "colleague Mr Bakhtiyor Tursunov (tel. +998 71 207 12 34), who has been a member of the group "
               "since September, would like to know whether documents posted in the group may be shared with "
               "police officers who are not members. Could you let us know what the rules are?",
               "",
               "With thanks,",
               "CITES Management Authority of Uzbekistan, Tashkent",
               "",
               ""]

# ------------------------------------------------------------------ French

CG_LETTER = ["RÉPUBLIQUE DU CONGO",
             "Unité - Travail - Progrès",
             "MINISTÈRE DE L'ÉCONOMIE FORESTIÈRE",
             "Direction Générale de l'Économie Forestière",
             "",
             "N° 0873/MEF/DGEF/DFAP",
             "Brazzaville, le 3 décembre 2026",
             "",
             "Le Directeur Général de l'Économie Forestière",
             "à",
             "Monsieur le Secrétaire général de la CITES",
             "Genève (Suisse)",
             "",
             "Objet : Désignation d'un membre du groupe fermé CITES sur CENcomm",
             "",
             "Monsieur le Secrétaire général,",
             "",
             "J'ai l'honneur de porter à votre connaissance que Mme Grâce Nkounkou-Mabiala, Cheffe du service de "
             "la faune et des aires protégées à la Direction Générale de l'Économie Forestière, est désignée pour "
             "faire partie du groupe d'utilisateurs fermé CITES sur CENcomm. Elle est joignable au "
             "+242 06 654 32 18 et à l'adresse g.nkounkou@economieforestiere.gouv.cg.",
             "",
             "Je vous prie d'agréer, Monsieur le Secrétaire général, l'expression de ma haute considération.",
             "",
             "Le Directeur Général",
             "Tél. : +242 05 551 20 00 - Courriel : dgef@economieforestiere.gouv.cg",
             "",
             ""]

CI_TWO = ["Bonjour,",
          "",
          "La Côte d'Ivoire souhaite faire inscrire les deux agents ci-après au groupe fermé CITES sur CENcomm :",
          "",
          "1) Nom : KOUAMÉ",
          "   Prénoms : Affoué Mireille",
          "   Structure : Direction de la Faune et des Ressources Cynégétiques",
          "   Fonction : Chargée d'études CITES",
          "   Tél. : +225 27 20 21 07 45",
          "   Courriel : am.kouame@eauxetforets.gouv.ci",
          "",
          "2) Nom : DIABATÉ",
          "   Prénoms : Souleymane",
          "   Structure : Direction Générale des Douanes",
          "   Fonction : Inspecteur des douanes",
          "   Tél. : +225 27 20 25 13 60",
          "   Courriel : s.diabate@douanes.gouv.ci",
          "",
          "Cordialement,",
          "Organe de gestion CITES de Côte d'Ivoire, Abidjan",
          "",
          ""]

VU_SENTENCE = ["Bonjour,",
               "",
               "Le Vanuatu souhaite que Mme Esline Garae, Agente chargée des permis CITES au Département de la "
               "protection de l'environnement et de la conservation, soit ajoutée au groupe fermé CITES sur "
               "CENcomm ; elle est joignable au +678 533 4127 et à egarae@vanuatu.gov.vu.",
               "",
               "Merci beaucoup,",
               "",
               "-- ",
               "Department of Environmental Protection and Conservation",
               "Private Mail Bag 9063, Port Vila, Vanuatu",
               "Ph: +678 25302 | environment@vanuatu.gov.vu",
               "",
               ""]

GA_NOTE = ["Bonjour,",
           "",
           "Pour information, je vous transmets ci-joint un message de notre informaticien sur les paquets "
           "graphiques à installer sous Linux : notre collègue M. Landry Nzengui (tél. +241 11 76 11 02), membre "
           "du groupe fermé CITES sur CENcomm depuis octobre, n'arrivait plus à afficher correctement les pages "
           "du groupe, et le problème est maintenant réglé. Aucune action n'est requise de votre part ; il ne "
           "s'agit pas d'une nouvelle inscription.",
           "",
           "Cordialement,",
           "Agence Nationale des Parcs Nationaux, Libreville",
           "",
           ""]

DZ_NO_PHONE = ["Bonjour,",
               "",
               "Veuillez trouver ci-dessous les informations concernant notre agente à inscrire au groupe fermé "
               "CITES sur CENcomm :",
               "",
               "Pays : Algérie",
               "Prénom : Nesrine",
               "Nom : Khelifi",
               "Organisme : Direction Générale des Forêts",
               "Fonction : Sous-directrice de la protection de la faune et de la flore",
               "Courriel : n.khelifi@dgf.gov.dz",
               "",
               "Sa ligne directe n'est pas encore attribuée ; nous vous communiquerons son numéro de téléphone dès "
               "que possible.",
               "",
               "Salutations distinguées,",
               "Direction Générale des Forêts, Alger",
               "",
               ""]

# ------------------------------------------------------------------ Spanish

BO_FORWARD = ["Estimados señores:",
              "",
              "Les reenvío la solicitud de la Lic. Ticona para su incorporación al grupo cerrado CITES de CENcomm.",
              "",
              "Atentamente,",
              "",
              "Ing. Rodrigo Saavedra Justiniano",
              "Jefe de Unidad de Vida Silvestre",
              "Dirección General de Biodiversidad y Áreas Protegidas",
              "Tel. (591-2) 2146382 - rsaavedra@mmaya.gob.bo",
              "",
              "-----Mensaje original-----",
              "De: Verónica Ticona Villarroel [mailto:vticona@mmaya.gob.bo]",
              "Enviado el: martes, 1 de diciembre de 2026 15:20",
              "Para: Rodrigo Saavedra Justiniano",
              "Asunto: Solicitud de acceso al grupo cerrado CITES - CENcomm",
              "",
              "Ingeniero, buenas tardes:",
              "",
              "Le agradeceré gestionar ante la Secretaría CITES mi alta en el grupo cerrado de CENcomm. Mis datos "
              "son:",
              "",
              "País: Bolivia",
              "Nombre: Verónica",
              "Apellidos: Ticona Villarroel",
              "Institución: Ministerio de Medio Ambiente y Agua",
              "Cargo: Profesional en Vida Silvestre",
              "Teléfono: 2-2146374",
              "Correo: vticona@mmaya.gob.bo",
              "",
              "Saludos,",
              "Lic. Verónica Ticona V.",
              "",
              ""]

EC_SHORT = ["Buenos días:",
            "",
            "Solicito el registro del Ing. Paúl Andrés Jácome Cevallos en el grupo cerrado CITES de CENcomm. Sus "
            "datos:",
            "",
            "País: Ecuador",
            "Nombres: Paúl Andrés",
            "Apellidos: Jácome Cevallos",
            "Entidad: Ministerio del Ambiente, Agua y Transición Ecológica",
            "Cargo: Analista de Vida Silvestre",
            "Teléfono: +593 2 398 761",
            "Correo electrónico: pjacome@ambiente.gob.ec",
            "",
            "Atentamente,",
            "Dirección de Biodiversidad, Quito",
            "",
            ""]

DO_BOTTOM = ["Y un asunto aparte, de parte de la República Dominicana: favor de incluir en el grupo cerrado CITES "
             "de CENcomm a la Sra. Ramona Tejeda Polanco, Encargada del Departamento de Vida Silvestre del "
             "Ministerio de Medio Ambiente y Recursos Naturales. Su teléfono es (809) 567-4351. Todavía no tiene "
             "correo institucional; se lo enviaremos en cuanto se lo asignen.",
             "",
             "Saludos,",
             "Autoridad Administrativa CITES, Santo Domingo",
             ""]

VE_SENTENCE = ["Buenas tardes:",
               "",
               "Por medio de la presente solicitamos incorporar al grupo cerrado CITES de CENcomm a la Dra. Maryelis "
               "Colmenares Rondón, Coordinadora de Fauna Silvestre del Ministerio del Poder Popular para el "
               "Ecosocialismo (Venezuela), teléfono +58 212 408 2357, correo mcolmenares@minec.gob.ve.",
               "",
               "Saludos cordiales,",
               "Oficina CITES, Caracas",
               "",
               ""]


BATCH16: list[Carrier] = [
    # ---------------------------------------------------------------- English
    Carrier("evolution_pgp_qp_forward_forwarder_contacts_out_ge", JWZ + "1178.0bd8c8c1cf63d08849c504af3535f635.eml",
            "Giorgi Abashidze <g.abashidze@mepa.gov.ge>", "Fwd: CENcomm - CITES closed user group", "forward", "en", (
                t("1", ("before", "I installed apt-get"), *GE_FORWARD),),
            (n(KVARATSKHELIA),)),
    Carrier("outlook_imo_attachment_letter_dr_deputy_contacts_out", JWZ + "0836.249730de164ba4999f1ab6ec2d3cb2d1.eml",
            "Department of Environment <natural.env@doe.ir>",
            "Nomination for the CITES closed user group on CENcomm - Iran", "letter", "en", (
                t("1", ("start", ""), *IR_LETTER),),
            (n(MORADI),)),
    Carrier("newsletter_alternative_two_officers_table_family_given", JWZ + "0208.0577aa26cbb2382d8789377d351ca8bf.eml",
            "Biodiversity Division <biodiversity@me.go.kr>",
            "CITES closed user group on CENcomm - Republic of Korea (2 officers)", "two_nominees", "en", (
                t("1", ("start", ""), *KR_TEXT),
                h("2", ("after", "<body bgcolor=\"#EEEEEE\" TEXT=\"#000000\" >\n"), kr_html())),
            (n(HWANG), n(RYU))),
    Carrier("outlook_tnef_own_labels_short_phone_ms_kn", JWZ + "0097.39badf2fea6bcebc640bea05ced59b59.eml",
            "Department of Environment <doe@environment.gov.kn>", "CENcomm closed user group - nomination",
            "invalid_phone", "en", (
                t("1", ("start", ""), *KN_SHORT),),
            (bad_phone(LIBURD, "+1 869 465 208"),)),
    Carrier("mozilla_flowed_top_post_sharing_rules_not_request", JWZ + "1660.f4b2e5b394c3aaf2589c49c205ca05d7.eml",
            "CITES Uzbekistan <cites@eco.gov.uz>", "Re: CITES closed user group on CENcomm", "not_request", "en", (
                t("1", ("start", ""), *UZ_QUESTION),),
            (), kind="not_request"),
    # ---------------------------------------------------------------- French
    Carrier("cp1252_oe6_letter_top_post_mme_compound_dg_contacts_out_fr",
            JWZ + "0806.2eae7f9f133274ed400a215174b7de1d.eml",
            "=?utf-8?q?Direction_G=C3=A9n=C3=A9rale_de_l=27=C3=89conomie_Foresti=C3=A8re?= "
            "<dgef@economieforestiere.gouv.cg>",
            "Designation - groupe ferme CITES sur CENcomm (Congo)", "letter", "fr", (
                t("", ("start", ""), *CG_LETTER),),
            (n(NKOUNKOU),)),
    Carrier("kmail_qp_latin1_two_nom_prenoms_capitals_fr", JWZ + "1135.55ab9518e8b987f67ed8b5b85e8543e8.eml",
            "Organe de gestion CITES <cites@eauxetforets.gouv.ci>",
            "Groupe ferme CITES sur CENcomm - Cote d'Ivoire", "two_nominees", "fr", (
                t("1", ("before", "Hi,"), *CI_TWO),),
            (n(KOUAME), n(DIABATE))),
    Carrier("cp1252_apple_flowed_sentence_mme_english_signature_fr",
            JWZ + "0795.6f8b4da0f06a9c055fc527562fe92330.eml",
            "DEPC Vanuatu <environment@vanuatu.gov.vu>", "Groupe ferme CITES sur CENcomm - Vanuatu", "sentence",
            "fr", (
                t("", ("start", ""), *VU_SENTENCE),),
            (n(GARAE),)),
    Carrier("anglemail_rfc822_forward_colleague_member_not_request_fr",
            JWZ + "1381.3c5527db01789ad42005006ac2ed2fcc.eml",
            "ANPN Gabon <cites@anpn.ga>", "TR: paquets graphiques - groupe ferme CITES CENcomm", "not_request",
            "fr", (
                t("1", ("start", ""), *GA_NOTE),),
            (), kind="not_request"),
    Carrier("latin1_oe_mac_labels_phone_not_yet_given_fr", JWZ + "0202.e1c7980f6c8a70122d80771533795cb7.eml",
            "=?utf-8?q?Direction_G=C3=A9n=C3=A9rale_des_For=C3=AAts?= <cites@dgf.gov.dz>",
            "Inscription au groupe ferme CITES sur CENcomm - Algerie", "missing_field", "fr", (
                t("", ("start", ""), *DZ_NO_PHONE),),
            (n(KHELIFI),)),
    # ---------------------------------------------------------------- Spanish
    Carrier("cp1252_exchange_mensaje_original_forward_national_phone_es",
            JWZ + "0240.01e0e10c03592e64df9a077f2cd56aba.eml",
            "Rodrigo Saavedra Justiniano <rsaavedra@mmaya.gob.bo>",
            "RV: Solicitud de acceso al grupo cerrado CITES - CENcomm", "forward", "es", (
                t("", ("start", ""), *BO_FORWARD),),
            (n(TICONA),)),
    Carrier("latin9_kmail_own_labels_ing_short_phone_es", JWZ + "1114.3ee361561ee25d914e377dd8473a9cb6.eml",
            "=?utf-8?q?Direcci=C3=B3n_de_Biodiversidad?= <biodiversidad@ambiente.gob.ec>",
            "Registro en el grupo cerrado CITES de CENcomm", "invalid_phone", "es", (
                t("", ("start", ""), *EC_SHORT),),
            (bad_phone(JACOME, "+593 2 398 761"),)),
    Carrier("latin9_mutt_bottom_post_sra_national_phone_no_email_es",
            JWZ + "1166.8a9dbee6ac67226f58a80c0993a700e2.eml",
            "Autoridad Administrativa CITES <cites@ambiente.gob.do>", "Re: grupo cerrado CITES de CENcomm",
            "missing_field", "es", (
                t("", ("before", "-- \n\"Barry"), *DO_BOTTOM),),
            (n(TEJEDA),)),
    Carrier("latin9_mozilla_flowed_sentence_dra_above_quotes_es", JWZ + "0269.5a74b38284c7e9d85338eca0a25cb191.eml",
            "Oficina CITES <cites@minec.gob.ve>", "Solicitud de incorporacion al grupo cerrado CITES de CENcomm",
            "sentence", "es", (
                t("", ("start", ""), *VE_SENTENCE),),
            (n(COLMENARES),)),
]
