"""The seventeenth batch of carriers (all held out): written by hand, expected values before any run.

Sources: twelve SpamAssassin easy_ham messages from the jwz package no earlier carrier used, all added to the
manifest with this batch (a Mutt PGP multipart/signed message whose US-ASCII part is quoted-printable, an exmh PGP
multipart/signed message with a mailing-list footer after its closing boundary, and 8bit iso-8859-1, windows-1252
and iso-8859-15 parts from Mozilla (format=flowed, an Irish list footer), Pegasus Mail (a pasted newspaper article
with windows-1252 quotes in a part declared iso-8859-1), Sylpheed, Evolution, SquirrelMail, Outlook Express 6 (an
"----- Original Message -----" quote with a French signature), Apple Mail (format=flowed), KMail, Mutt and Outlook
Express for Macintosh (a Yahoo! Groups footer), so that French and Spanish are written with their accents), and two
Gmail messages of the parse-emails package already in the manifest (a plain and HTML alternative, and an empty
alternative with a .htm attachment), whose text is written into both the plain and the HTML part. Layouts earlier
batches did not have: a request made by a regional body on a Party's behalf (regional_body), an official's post
given before the name (role_first) and a retired member to be replaced by a new one (replacement).
English: a Jordan Customs officer's request forwarded by the Ministry of Environment (Mutt's "----- Forwarded
message from ... -----"), the forwarder's own telephone and address staying out; SPREP asking, on behalf of Palau,
for a "Dr." of the Bureau of Marine Resources, in one sentence, signed from Apia, Samoa, with SPREP's own telephone
and address (Gmail alternative); "the Head of the Wildlife Crime Unit of the National Parks and Wildlife Service, Mr
Ruairí Ó Súilleabháin" top-posted above Mozilla quotes (latin-1); a Qatari officer in own labels ("Family name",
"Ministry", "Designation", "Mobile") whose mobile number is too short (an invalid_phone error, Gmail alternative);
and a Kuwaiti question whether customs officers are eligible for the group before a colleague is nominated (exmh
signed: not_request). French: a Malian letter (reference, date, "M.", the Director's own telephone and address)
above a pasted article on big cats; two Lebanese officials as "Nom et prénom : NASSIF Rita" (surname first, in
capitals; "ABI SAAB" compound) bottom-posted under Sylpheed quotes; a Seychelles member who retired, his address
given, to be replaced by "Mme" Marie-Claire Confait in labels (replacement); a Rwandan officer whose post is not
given yet (missing_field) with a signature in English; and a Canadian sentence ("Mme", compound surname, the
telephone written nationally "418 649-6120", the country only in the organisation's name) above Outlook Express
quotes whose quoted signature is a French university's. Spanish: a Uruguayan sentence ("Lic.", compound surname)
above an Apple Mail quote; two Spanish officials ("Sr. D.", "Sra. Dña.", compound surnames, telephones written
nationally, "España" named once) in KMail iso-8859-15; a Honduran officer ("Ing.", "Nombres"/"Apellidos") with a
telephone too short (an invalid_phone error, Mutt iso-8859-15); and a request for a webinar certificate for a
Nicaraguan colleague already in the group, with her address and telephone (Outlook Express for Macintosh:
not_request). Officials share nothing with batches 1-16 (names, surnames, addresses and telephones grepped in
tests/).
"""

from __future__ import annotations

from html import escape

from tests.carriers.carrier import Carrier, bad_phone, h, n, t
from tests.carriers.people import (
    ABI_SAAB,
    ALKHASAWNEH,
    ALSULAITI,
    BARREIRO,
    CONFAIT,
    EUCEDA,
    LASARTE,
    NASSIF,
    NIYITEGEKA,
    OSUILLEABHAIN,
    QUINTANILLA,
    SANGARE,
    SENGEBAU,
    THIBODEAU,
)

JWZ = "jwz-easy-ham/ham/"
PE = "parse-emails/"


def gmail_inner(lines: list[str]) -> str:
    """The same divs without the ltr div around them (written inside Gmail's own)."""
    return "".join(f"<div>{escape(ln, quote=False)}</div>" if ln else "<div><br></div>" for ln in lines)


def gmail_html(lines: list[str]) -> str:
    """Lines as Gmail writes them: a div a line, an empty line as <div><br></div>, inside a ltr div."""
    return f"<div dir=\"ltr\">{gmail_inner(lines)}</div>"


# ------------------------------------------------------------------ English

JO_FORWARD = ["Dear colleagues,",
              "",
              "I am forwarding below the request of Jordan Customs for access to the cheetah closed user group on "
              "CENcomm. The Ministry of Environment, as CITES Management Authority of Jordan, supports it.",
              "",
              "Best regards,",
              "",
              "Eng. Hala Qaqish",
              "Director of Nature Protection",
              "Ministry of Environment, Amman",
              "Tel. +962 6 556 0113 ext. 214 | hala.qaqish@moenv.gov.jo",
              "",
              "----- Forwarded message from Laith Al-Khasawneh <l.alkhasawneh@customs.gov.jo> -----",
              "",
              "Date: Tue, 1 Dec 2026 09:14:02 +0300",
              "From: Laith Al-Khasawneh <l.alkhasawneh@customs.gov.jo>",
              "To: Hala Qaqish <hala.qaqish@moenv.gov.jo>",
              "Subject: CENcomm cheetah group - access request",
              "",
              "Dear Eng. Hala,",
              "",
              "Following the regional workshop, Jordan Customs would like me to join the cheetah closed user group "
              "on CENcomm. Could you please pass my details to the CITES Secretariat?",
              "",
              "Country: Jordan",
              "Name: Laith",
              "Surname: Al-Khasawneh",
              "Organization: Jordan Customs",
              "Position/Role: Customs Intelligence Officer",
              "Contact number: +962 6 462 3186",
              "Official email address: l.alkhasawneh@customs.gov.jo",
              "",
              "Regards,",
              "Laith",
              "",
              "----- End forwarded message -----",
              "",
              ""]

PW_SPREP = ["Dear Colleagues,",
            "",
            "On behalf of the Government of Palau, and at the request of its Bureau of Marine Resources, the "
            "Secretariat of the Pacific Regional Environment Programme (SPREP) kindly asks that Dr. Kathleen "
            "Sengebau, Senior Fisheries Biologist at the Bureau of Marine Resources, be given access to the cheetah "
            "closed user group on CENcomm. Dr. Sengebau can be reached on +680 488 3125 or at "
            "k.sengebau@palaugov.pw.",
            "",
            "Palau's CITES Management Authority is aware of this request.",
            "",
            "Warm regards,",
            "",
            "Talei Vunisea",
            "Biodiversity Officer",
            "Secretariat of the Pacific Regional Environment Programme (SPREP)",
            "PO Box 240, Apia, Samoa",
            "T: +685 21929 ext. 292 | E: taleiv@sprep.org",
            ""]

IE_ROLE = ["Good afternoon,",
           "",
           "The Department of Housing, Local Government and Heritage, as CITES Management Authority of Ireland, "
           "would be grateful if the Head of the Wildlife Crime Unit of the National Parks and Wildlife Service, "
           "Mr Ruairí Ó Súilleabháin, could be given access to the cheetah closed user group on CENcomm. His "
           "direct line is +353 1 539 3187 and his e-mail address is ruairi.osuilleabhain@npws.gov.ie.",
           "",
           "Many thanks,",
           "CITES Management Authority of Ireland, Dublin",
           "",
           ""]

QA_SHORT = ["Dear Sir/Madam,",
            "",
            "Qatar would like to register the following officer in the cheetah closed user group on CENcomm:",
            "",
            "Name: Hessa",
            "Family name: Al-Sulaiti",
            "Ministry: Ministry of Environment and Climate Change",
            "Designation: Wildlife Protection Specialist",
            "Mobile: +974 4420 753",
            "Email: hsulaiti@mecc.gov.qa",
            "",
            "Best regards,",
            "CITES Office",
            "Ministry of Environment and Climate Change, Doha",
            ""]

KW_QUESTION = ["Dear CITES Secretariat,",
               "",
               "Before we send a nomination: our colleague Mr Fahad Al-Mutairi of the General Administration of "
               "Customs would like to join the cheetah closed user group on CENcomm. Could you confirm whether "
               "customs officers are eligible for the group, or only staff of the CITES Management Authorities? "
               "If they are, the Environment Public Authority will send his nomination formally, with all his "
               "details.",
               "",
               "Thank you,",
               "CITES Office, Environment Public Authority",
               "State of Kuwait",
               "",
               ""]

# ------------------------------------------------------------------ French

ML_LETTER = ["RÉPUBLIQUE DU MALI",
             "Un Peuple - Un But - Une Foi",
             "",
             "MINISTÈRE DE L'ENVIRONNEMENT, DE L'ASSAINISSEMENT ET DU DÉVELOPPEMENT DURABLE",
             "DIRECTION NATIONALE DES EAUX ET FORÊTS",
             "",
             "N° 1187/MEADD-DNEF",
             "Bamako, le 4 décembre 2026",
             "",
             "Le Directeur National des Eaux et Forêts",
             "à",
             "Monsieur le Secrétaire général de la CITES",
             "Genève",
             "",
             "Objet : Inscription au groupe fermé « guépard » sur CENcomm",
             "",
             "Monsieur le Secrétaire général,",
             "",
             "Suite à votre notification relative au groupe d'utilisateurs fermé sur le guépard ouvert sur la "
             "plateforme CENcomm de l'Organisation mondiale des douanes, j'ai l'honneur de vous proposer "
             "l'inscription de M. Abdoulaye Sangaré, Chef de la Division Faune de la Direction Nationale des Eaux "
             "et Forêts. M. Sangaré peut être joint au +223 76 41 28 53 ou par courriel à a.sangare@dnef.gouv.ml.",
             "",
             "Veuillez agréer, Monsieur le Secrétaire général, l'assurance de ma haute considération.",
             "",
             "Le Directeur National",
             "Tél. : +223 20 23 36 95 - Courriel : direction@dnef.gouv.ml",
             "",
             "P.J. : pour information, un article de presse britannique sur les grands félins.",
             "",
             ""]

LB_TWO = ["Bonjour,",
          "",
          "Le Liban souhaite inscrire Mme NASSIF et M. ABI SAAB au groupe fermé « guépard » sur CENcomm. Voici "
          "leurs coordonnées :",
          "",
          "Nom et prénom : NASSIF Rita",
          "Organisme : Ministère de l'Agriculture",
          "Fonction : Chargée du dossier CITES",
          "Tél. : +961 5 455 631",
          "Courriel : rnassif@agriculture.gov.lb",
          "",
          "Nom et prénom : ABI SAAB Georges",
          "Organisme : Direction générale des douanes",
          "Fonction : Contrôleur des douanes",
          "Tél. : +961 3 417 285",
          "Courriel : g.abisaab@customs.gov.lb",
          "",
          "Bien cordialement,",
          "Service des forêts et des ressources naturelles, Beyrouth",
          "",
          ""]

SC_REPLACE = ["Bonjour,",
              "",
              "M. Roland Vidot, qui représentait les Seychelles au sein du groupe fermé « guépard » sur CENcomm, a "
              "pris sa retraite le 30 novembre. Nous vous serions reconnaissants de bien vouloir désactiver son "
              "compte (roland.vidot@env.gov.sc) et d'inscrire à sa place Mme Marie-Claire Confait :",
              "",
              "Pays : Seychelles",
              "Prénom : Marie-Claire",
              "Nom : Confait",
              "Organisme : Ministère de l'Agriculture, du Changement climatique et de l'Environnement",
              "Fonction : Agente de conservation",
              "Téléphone : +248 4 225 914",
              "Courriel : mc.confait@env.gov.sc",
              "",
              "Avec nos remerciements,",
              "Autorité de gestion CITES des Seychelles, Victoria",
              "",
              ""]

RW_NO_POST = ["Bonjour,",
              "",
              "Le Rwanda souhaite faire inscrire M. Emmanuel Niyitegeka au groupe fermé « guépard » sur CENcomm :",
              "",
              "Pays : Rwanda",
              "Prénom : Emmanuel",
              "Nom : Niyitegeka",
              "Institution : Rwanda Development Board",
              "Téléphone : +250 788 412 736",
              "Adresse électronique : emmanuel.niyitegeka@rdb.rw",
              "",
              "M. Niyitegeka vient de rejoindre le département de la conservation ; l'intitulé de son poste sera "
              "confirmé après sa nomination officielle et nous vous le communiquerons à ce moment-là.",
              "",
              "Merci d'avance.",
              "",
              "Best regards,",
              "Conservation Department",
              "Rwanda Development Board",
              "KG 220 St, Gishushu, Kigali",
              "Tel: +250 252 580 377 | conservation@rdb.rw",
              "",
              ""]

CA_SENTENCE = ["Bonjour,",
               "",
               "Environnement et Changement climatique Canada demande que Mme Geneviève Thibodeau-Lachance, Agente "
               "de la faune à notre bureau de Québec, soit ajoutée au groupe fermé « guépard » sur CENcomm. On peut "
               "la joindre au 418 649-6120 ou à genevieve.thibodeau-lachance@ec.gc.ca.",
               "",
               "Merci et bonne journée,",
               "Direction générale de l'application de la loi, Québec",
               "",
               ""]

# ------------------------------------------------------------------ Spanish

UY_SENTENCE = ["Buenos días:",
               "",
               "Uruguay solicita la incorporación al grupo cerrado del guepardo en CENcomm de la Lic. María Noel "
               "Barreiro Sosa, Encargada del Departamento de Fauna del Ministerio de Ambiente. Su teléfono es "
               "+598 2915 2738 y su correo, mbarreiro@ambiente.gub.uy.",
               "",
               "Saludos cordiales,",
               "Oficina CITES, Montevideo",
               "",
               ""]

ES_TWO = ["Estimados señores:",
          "",
          "España solicita el alta en el grupo cerrado del guepardo de CENcomm de los dos funcionarios siguientes:",
          "",
          "1. Sr. D. Álvaro Quintanilla Ruiz-Bravo",
          "   Organismo: Servicio de Protección de la Naturaleza de la Guardia Civil",
          "   Cargo: Jefe de la Sección de Comercio de Especies",
          "   Teléfono: 91 514 62 37",
          "   Correo: aquintanilla@guardiacivil.es",
          "",
          "2. Sra. Dña. Begoña Lasarte Etxeberria",
          "   Organismo: Departamento de Aduanas e Impuestos Especiales",
          "   Cargo: Inspectora de Aduanas",
          "   Teléfono: 91 728 98 14",
          "   Correo: blasarte@aeat.es",
          "",
          "Un saludo,",
          "Autoridad Administrativa CITES de España, Madrid",
          "",
          ""]

HN_SHORT = ["Buenas tardes:",
            "",
            "Solicitamos registrar en el grupo cerrado del guepardo de CENcomm al Ing. Marvin Josué Euceda Paz. Sus "
            "datos son los siguientes:",
            "",
            "País: Honduras",
            "Nombres: Marvin Josué",
            "Apellidos: Euceda Paz",
            "Institución: Instituto Nacional de Conservación y Desarrollo Forestal, Áreas Protegidas y Vida "
            "Silvestre",
            "Cargo: Jefe del Departamento de Vida Silvestre",
            "Teléfono: +504 2235 867",
            "Correo electrónico: meuceda@icf.gob.hn",
            "",
            "Atentamente,",
            "Departamento de Vida Silvestre, ICF, Tegucigalpa",
            "",
            ""]

NI_CERTIFICATE = ["Estimados colegas:",
                  "",
                  "La Lic. Yahaira Castellón Téllez, de la Dirección de Biodiversidad del MARENA, que ya forma parte "
                  "del grupo cerrado del guepardo en CENcomm, participó en el seminario web del 26 de noviembre. "
                  "¿Podrían enviarle el certificado de participación a su correo, ycastellon@marena.gob.ni? Para "
                  "cualquier consulta, su teléfono es +505 2263 2617.",
                  "",
                  "Muchas gracias,",
                  "Dirección de Biodiversidad, MARENA, Managua",
                  "",
                  ""]


BATCH17: list[Carrier] = [
    # ---------------------------------------------------------------- English
    Carrier("mutt_pgp_qp_forward_customs_forwarder_contacts_out_jo", JWZ + "1490.e80cf700ef4de2385ada6ae149e7498c.eml",
            "Hala Qaqish <hala.qaqish@moenv.gov.jo>", "Fwd: CENcomm cheetah group - access request", "forward", "en", (
                t("1", ("before", "On Mon, Sep 02, 2002 at 06:53:24PM +0100"), *JO_FORWARD),),
            (n(ALKHASAWNEH),)),
    Carrier("gmail_alternative_regional_body_sprep_dr_palau", PE + "test bcc.eml",
            "Talei Vunisea <taleiv@sprep.org>", "Palau - access to the cheetah closed user group on CENcomm",
            "regional_body", "en", (
                t("1", ("start", ""), *PW_SPREP),
                h("2", ("start", ""), gmail_html(PW_SPREP) + "\n")),
            (n(SENGEBAU),)),
    Carrier("latin1_mozilla_flowed_role_first_top_post_ie", JWZ + "0027.11da06d9130a188bf0ffb2060881dbe9.eml",
            "CITES Ireland <cites@housing.gov.ie>", "Cheetah closed user group on CENcomm - Ireland", "role_first",
            "en", (
                t("", ("start", ""), *IE_ROLE),),
            (n(OSUILLEABHAIN),)),
    Carrier("gmail_alternative_htm_attachment_family_name_short_phone_qa", PE + "eml_contains_htm_attachment.eml",
            "CITES Office Qatar <cites@mecc.gov.qa>", "Registration - cheetah closed user group (CENcomm)",
            "invalid_phone", "en", (
                t("1.1", ("start", ""), *QA_SHORT),
                h("1.2", ("after", "<div dir=\"ltr\">"), gmail_inner(QA_SHORT))),
            (bad_phone(ALSULAITI, "+974 4420 753"),)),
    Carrier("exmh_pgp_signed_list_footer_eligibility_question_not_request",
            JWZ + "0047.5c3e049737a2813d4ac6f13f02362fb1.eml",
            "CITES Office Kuwait <cites@epa.org.kw>", "Question - cheetah closed user group on CENcomm",
            "not_request", "en", (
                t("1", ("start", ""), *KW_QUESTION),),
            (), kind="not_request"),
    # ---------------------------------------------------------------- French
    Carrier("latin1_pegasus_letter_m_big_cats_article_director_contacts_out_fr",
            JWZ + "0228.b83f2f4ef114c69d9ca927d1082b393f.eml",
            "Direction Nationale des Eaux et Forets <direction@dnef.gouv.ml>",
            "Inscription au groupe ferme guepard sur CENcomm - Mali", "letter", "fr", (
                t("", ("start", ""), *ML_LETTER),),
            (n(SANGARE),)),
    Carrier("latin1_sylpheed_bottom_post_two_nom_et_prenom_surname_first_fr",
            JWZ + "0457.dc1691cbb334cc33a1f1eb3060b8e02e.eml",
            "Service des forets <forets@agriculture.gov.lb>", "Re: groupe ferme guepard sur CENcomm - Liban",
            "two_nominees", "fr", (
                t("", ("before", "    Sweet, dude"), *LB_TWO),),
            (n(NASSIF), n(ABI_SAAB))),
    Carrier("latin1_evolution_replacement_retired_member_mme_fr", JWZ + "1117.571c1399a9b49bf25062fcd2242d72f1.eml",
            "Autorite de gestion CITES <cites.ma@env.gov.sc>", "Remplacement - groupe ferme guepard sur CENcomm",
            "replacement", "fr", (
                t("", ("start", ""), *SC_REPLACE),),
            (n(CONFAIT),)),
    Carrier("latin1_squirrelmail_post_not_given_english_signature_fr",
            JWZ + "0142.bcc958dabbad574174becaa16334a7e6.eml",
            "RDB Conservation <conservation@rdb.rw>", "Inscription au groupe ferme guepard sur CENcomm - Rwanda",
            "missing_field", "fr", (
                t("", ("start", ""), *RW_NO_POST),),
            (n(NIYITEGEKA),)),
    Carrier("latin1_oe6_sentence_mme_compound_national_phone_above_quotes_fr",
            JWZ + "1656.2c519e6e148cca3020e50c723bbc200e.eml",
            "=?utf-8?q?Direction_g=C3=A9n=C3=A9rale_de_l=27application_de_la_loi?= <dgal-quebec@ec.gc.ca>",
            "Groupe ferme guepard sur CENcomm - Canada", "sentence", "fr", (
                t("", ("start", ""), *CA_SENTENCE),),
            (n(THIBODEAU),)),
    # ---------------------------------------------------------------- Spanish
    Carrier("cp1252_apple_flowed_sentence_lic_compound_above_quote_es",
            JWZ + "0397.bdea17c7f90068a763d191914770f6d6.eml",
            "Oficina CITES Uruguay <cites@ambiente.gub.uy>", "Solicitud de incorporacion al grupo cerrado del guepardo",
            "sentence", "es", (
                t("", ("start", ""), *UY_SENTENCE),),
            (n(BARREIRO),)),
    Carrier("latin9_kmail_two_sr_d_sra_dna_national_phones_es", JWZ + "1115.e88f46679ef431c8b88cafdd3d21b8ac.eml",
            "Autoridad Administrativa CITES <cites@mincotur.es>", "Alta en el grupo cerrado del guepardo - CENcomm",
            "two_nominees", "es", (
                t("", ("start", ""), *ES_TWO),),
            (n(QUINTANILLA), n(LASARTE))),
    Carrier("latin9_mutt_nombres_apellidos_ing_short_phone_es", JWZ + "1184.152999961bd0606fb0dcb6d6f95cc96d.eml",
            "Departamento de Vida Silvestre <vidasilvestre@icf.gob.hn>",
            "Registro en el grupo cerrado del guepardo de CENcomm", "invalid_phone", "es", (
                t("", ("start", ""), *HN_SHORT),),
            (bad_phone(EUCEDA, "+504 2235 867"),)),
    Carrier("latin1_oe_mac_webinar_certificate_member_not_request_es",
            JWZ + "0151.4d1c8772327e44b20af6420e1d1c0a75.eml",
            "=?utf-8?q?Direcci=C3=B3n_de_Biodiversidad?= <biodiversidad@marena.gob.ni>",
            "Certificado del seminario web - grupo cerrado del guepardo", "not_request", "es", (
                t("", ("start", ""), *NI_CERTIFICATE),),
            (), kind="not_request"),
]
