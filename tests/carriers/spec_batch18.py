"""The eighteenth batch of carriers (all held out): written by hand, expected values before any run.

Sources: thirteen SpamAssassin easy_ham messages from the jwz package no earlier carrier used, all added to the
manifest with this batch (a Mutt multipart/mixed reply with a patch as a second text part, a Mozilla multipart/mixed
message with a base64 video/mng attachment, a Mutt PGP multipart/signed message whose US-ASCII part is
quoted-printable, an exmh multipart/signed message whose multipart/mixed carries three text parts, and 8bit
iso-8859-1, iso-8859-15 and windows-1252 parts from Evolution, Sylpheed (two), KMail (three, one of them a
clear-signed PGP message), SquirrelMail and Apple Mail (format=flowed), so that French and Spanish are written with
their accents), and enmime's small multipart/mixed test message with a nested plain and HTML alternative (no From
and no Message-ID of its own), already in the manifest, whose text is written into both alternatives. English: a
South Sudan Wildlife Service officer's request forwarded by the Ministry ("---------- Forwarded message ---------"
typed above the older reply), the forwarder's own telephone and address staying out; an Armenian letter (reference,
date, "Dr.", the Deputy Minister's own telephone and e-mail) above a Linux mail with its attachment; "our Chief
Customs Inspector, Mr Kendrick Pinder" in one sentence, the telephone written nationally "(242) 604-4127" and the
country named only in the signature ("Nassau, The Bahamas"); two Emirati officers as rows under a header row typed
in plain text ("Name | Surname | ...", "Capt." in the name column) in both the plain and the HTML alternative; and
an Estonian officer in the writer's own labels ("Full name", "Agency", "Role", "Mobile", "Work e-mail") whose mobile
number is too short (an invalid_phone error). French: a Central African letter (reference, date, "M.", compound
surname, labels inside the letter, the Director General's own telephone and e-mail); two Djiboutian officers
("Service d'affectation", compound surnames) in a reply that first answers the Secretariat's question about a
workshop; a Luxembourg officer ("Mme", "GSM") whose mobile number is too short (an invalid_phone error) inside a
KMail clear-signed message; a Moroccan acknowledgement that a customs officer added earlier received his credentials
and can log in (not_request); and a Monaco sentence ("M.", the telephone written nationally "98 98 47 12") whose
country is named only in the subject. Spanish: a Cuban letter (reference, date, "Ing.", compound surname, the
Director General's own telephone and e-mail); a Salvadoran officer given as "Nombre completo" with "Dependencia" and
"Cargo que ocupa" ("Sra.", "de" in the compound surname) whose telephone is not assigned yet (missing_field); a
Venezuelan customs officer's request forwarded by the Ministry ("-------- Mensaje reenviado --------", the country
written "Venezuela", the forwarder's contacts staying out); and two Nicaraguan officials in a dashed list ("Sr.",
"Sra.", compound surnames, telephones written nationally). Officials share nothing with batches 1-17 (names,
surnames, addresses and telephones grepped in tests/).
"""

from __future__ import annotations

from html import escape

from tests.carriers.carrier import Carrier, bad_phone, h, n, t
from tests.carriers.people import (
    AKUEI,
    AL_DHAHERI,
    AL_SHAMSI,
    ALVARENGA,
    CARRASQUEL,
    HOUSSEIN_FOURREH,
    ISMAEL_FARAH,
    KIEFFER,
    MELKONYAN,
    OBREGON,
    PASTORELLI,
    PINDER,
    REBANE,
    VILLAVICENCIO,
    YAKITE_NGANA,
    ZELEDON,
)

JWZ = "jwz-easy-ham/ham/"
ENMIME = "enmime/parts/"


def div_html(lines: list[str]) -> str:
    """Lines as a webmail writes them in HTML: a div a line, an empty line as <div><br></div>."""
    return "".join(f"<div>{escape(ln, quote=False)}</div>" if ln else "<div><br></div>" for ln in lines)


# ------------------------------------------------------------------ English

SS_FORWARD = ["Dear colleagues,",
              "",
              "Please find below the request of the South Sudan Wildlife Service for one of its officers to be "
              "given access to the cheetah closed user group on CENcomm. The Ministry, as CITES Management "
              "Authority of South Sudan, fully supports it.",
              "",
              "Kind regards,",
              "",
              "Majak Deng Aguer",
              "Director General for Wildlife Conservation",
              "Ministry of Wildlife Conservation and Tourism, Juba",
              "Tel: +211 912 118 640 | dg.wildlife@mwct.gov.ss",
              "",
              "---------- Forwarded message ---------",
              "From: Nyandeng Akuei <n.akuei@wildlife.gov.ss>",
              "Date: Wed, Dec 2, 2026 at 10:41 AM",
              "Subject: Request - CENcomm cheetah closed user group",
              "To: Majak Deng Aguer <dg.wildlife@mwct.gov.ss>",
              "",
              "Dear Director General,",
              "",
              "As discussed at last week's briefing, I would be grateful if my details could be sent to the CITES "
              "Secretariat so that I can join the cheetah closed user group on CENcomm:",
              "",
              "Country: South Sudan",
              "Name: Nyandeng",
              "Surname: Akuei",
              "Organization: South Sudan Wildlife Service",
              "Position/Role: Wildlife Intelligence Officer",
              "Contact number: +211 921 447 305",
              "Official email address: n.akuei@wildlife.gov.ss",
              "",
              "Thank you,",
              "Nyandeng",
              "",
              ""]

AM_LETTER = ["MINISTRY OF ENVIRONMENT OF THE REPUBLIC OF ARMENIA",
             "Government Building 3, Republic Square, Yerevan 0010",
             "",
             "No. 03/14.2/4817-26",
             "Yerevan, 7 December 2026",
             "",
             "To: The Secretary-General",
             "CITES Secretariat",
             "Geneva",
             "",
             "Subject: Nomination to the cheetah closed user group on CENcomm",
             "",
             "Dear Madam Secretary-General,",
             "",
             "With reference to the Secretariat's Notification on the cheetah closed user group established on the "
             "CENcomm platform of the World Customs Organization, I have the honour to nominate Dr. Narine "
             "Melkonyan, Head of the Animal World Policy Division of the Ministry of Environment, as the member for "
             "Armenia. Dr. Melkonyan can be reached at +374 10 585 472 and n.melkonyan@env.am.",
             "",
             "Please accept, Madam Secretary-General, the assurances of my highest consideration.",
             "",
             "Gevorg Hakobyan",
             "Deputy Minister of Environment",
             "Tel.: +374 10 583 932",
             "E-mail: deputy.minister@env.am",
             "",
             ""]

BS_ROLE_FIRST = ["Good morning,",
                 "",
                 "The Customs Department would like our Chief Customs Inspector, Mr Kendrick Pinder, to be given "
                 "access to the cheetah closed user group on CENcomm. Mr Pinder leads our enforcement team at the "
                 "airport and can be reached on (242) 604-4127 or at kpinder@customs.gov.bs.",
                 "",
                 "Thank you for your assistance.",
                 "",
                 "Office of the Comptroller of Customs",
                 "Customs Department, Nassau, The Bahamas",
                 "",
                 ""]

AE_HEADER_ROW = ["Dear CITES Secretariat,",
                 "",
                 "The United Arab Emirates would like to register the following two officers in the cheetah closed "
                 "user group on CENcomm:",
                 "",
                 "Name | Surname | Organization | Position | Telephone | E-mail",
                 "Capt. Rashid | Al Shamsi | Dubai Police | Environmental Crimes Officer | +971 4 609 6713 | "
                 "r.alshamsi@dubaipolice.gov.ae",
                 "Shaikha | Al Dhaheri | Ministry of Climate Change and Environment | CITES Officer | "
                 "+971 2 612 7438 | saldhaheri@moccae.gov.ae",
                 "",
                 "With thanks and regards,",
                 "CITES Management Authority",
                 "Ministry of Climate Change and Environment, Abu Dhabi",
                 ""]

EE_SHORT = ["Hello,",
            "",
            "Estonia would like to add one more colleague to the cheetah closed user group on CENcomm. Her details:",
            "",
            "Country: Estonia",
            "Full name: Kadri Rebane",
            "Agency: Environmental Board",
            "Role: Wildlife Trade Specialist",
            "Mobile: +372 5341 772",
            "Work e-mail: kadri.rebane@keskkonnaamet.ee",
            "",
            "Best wishes,",
            "CITES Management Authority of Estonia",
            "Ministry of Climate, Tallinn",
            "",
            ""]

# ------------------------------------------------------------------ French

CF_LETTER = ["RÉPUBLIQUE CENTRAFRICAINE",
             "Unité - Dignité - Travail",
             "",
             "MINISTÈRE DES EAUX, FORÊTS, CHASSE ET PÊCHE",
             "DIRECTION GÉNÉRALE DES EAUX, FORÊTS, CHASSE ET PÊCHE",
             "",
             "N° 0412/MEFCP/DGEFCP/26",
             "Bangui, le 8 décembre 2026",
             "",
             "Le Directeur Général des Eaux, Forêts, Chasse et Pêche",
             "à",
             "Madame la Secrétaire générale de la CITES",
             "Genève",
             "",
             "Objet : Désignation d'un membre du groupe fermé « guépard » sur CENcomm",
             "",
             "Madame la Secrétaire générale,",
             "",
             "Comme suite à la notification du Secrétariat relative au groupe d'utilisateurs fermé sur le guépard de "
             "la plateforme CENcomm de l'Organisation mondiale des douanes, j'ai l'honneur de vous proposer "
             "l'inscription de M. Blaise Yakité-Ngana, dont les coordonnées suivent :",
             "",
             "Pays : République centrafricaine",
             "Prénom : Blaise",
             "Nom : Yakité-Ngana",
             "Organisme : Direction Générale des Eaux, Forêts, Chasse et Pêche",
             "Fonction : Chef du Service de la lutte anti-braconnage",
             "Téléphone : +236 72 50 41 86",
             "Courriel : b.yakite@eauxforets.gouv.cf",
             "",
             "Je vous prie d'agréer, Madame la Secrétaire générale, l'expression de ma haute considération.",
             "",
             "Le Directeur Général",
             "Tél. : +236 21 61 30 44 - Courriel : dg@eauxforets.gouv.cf",
             "",
             ""]

DJ_REPLY_TWO = ["Bonjour Madame,",
                "",
                "Merci pour votre message du 30 novembre. Pour répondre à votre première question : oui, Djibouti "
                "sera représenté à l'atelier régional de Nairobi par deux agents, dont les billets sont en cours de "
                "réservation. Nous vous transmettrons leurs numéros de vol dès que possible.",
                "",
                "Quant à votre seconde question, nous souhaitons que ces deux mêmes agents soient inscrits au groupe "
                "fermé « guépard » sur CENcomm. Voici leurs coordonnées :",
                "",
                "Prénom : Hodan",
                "Nom : Ismaël Farah",
                "Service d'affectation : Direction de l'Environnement et du Développement Durable",
                "Fonction : Chargée de la cellule CITES",
                "Tél. : +253 21 35 10 27",
                "Courriel : hodan.ismael@environnement.gouv.dj",
                "",
                "Prénom : Mahamoud",
                "Nom : Houssein Fourreh",
                "Service d'affectation : Direction des Douanes et Droits Indirects",
                "Fonction : Inspecteur des douanes",
                "Tél. : +253 77 84 20 16",
                "Courriel : m.houssein@douanes.gouv.dj",
                "",
                "Cordialement,",
                "Direction de l'Environnement et du Développement Durable",
                "Ministère de l'Environnement et du Développement Durable, Djibouti",
                "",
                ""]

LU_SHORT = ["Bonjour,",
            "",
            "Le Luxembourg souhaite faire inscrire Mme Danielle Kieffer au groupe fermé « guépard » sur CENcomm :",
            "",
            "Pays : Luxembourg",
            "Prénom : Danielle",
            "Nom : Kieffer",
            "Organisme : Administration de la nature et des forêts",
            "Fonction : Chargée de mission CITES",
            "GSM : +352 621 145 38",
            "Courriel : danielle.kieffer@anf.etat.lu",
            "",
            "Meilleures salutations,",
            "Autorité de gestion CITES",
            "Administration de la nature et des forêts, Diekirch",
            ""]

MA_ACKNOWLEDGE = ["Bonjour,",
                  "",
                  "Nous accusons réception de votre courriel du 3 décembre. M. Hicham Ouazzani, de l'Administration "
                  "des Douanes et Impôts Indirects, nous confirme qu'il a bien reçu ses identifiants et qu'il a pu "
                  "se connecter au groupe fermé « guépard » sur CENcomm. Nous vous remercions de votre diligence.",
                  "",
                  "Bien cordialement,",
                  "Service CITES, Agence Nationale des Eaux et Forêts",
                  "Rabat, Royaume du Maroc",
                  "",
                  ""]

MC_SENTENCE = ["Bonjour,",
               "",
               "La Direction de l'Environnement souhaiterait que M. Frédéric Pastorelli, Chargé de mission pour la "
               "biodiversité, soit ajouté au groupe fermé « guépard » sur CENcomm. Il est joignable au 98 98 47 12 "
               "ou par courriel à fpastorelli@gouv.mc.",
               "",
               "Avec nos remerciements,",
               "",
               "Direction de l'Environnement",
               "3, avenue de Fontvieille",
               "MC 98000",
               "",
               ""]

# ------------------------------------------------------------------ Spanish

CU_LETTER = ["REPÚBLICA DE CUBA",
             "MINISTERIO DE CIENCIA, TECNOLOGÍA Y MEDIO AMBIENTE",
             "Oficina de Regulación y Seguridad Ambiental",
             "",
             "Ref.: ORSA/DG/1264/2026",
             "La Habana, 9 de diciembre de 2026",
             "",
             "Sra. Secretaria General",
             "Secretaría de la CITES",
             "Ginebra, Suiza",
             "",
             "Asunto: Designación para el grupo cerrado del guepardo en CENcomm",
             "",
             "Estimada Sra. Secretaria General:",
             "",
             "En atención a la Notificación de la Secretaría sobre el grupo cerrado de usuarios del guepardo en la "
             "plataforma CENcomm de la Organización Mundial de Aduanas, tengo el agrado de designar al Ing. Yoandry "
             "Villavicencio Rojas, Especialista de la Autoridad Administrativa CITES en la Oficina de Regulación y "
             "Seguridad Ambiental, para que se le conceda acceso. Sus datos de contacto son el teléfono "
             "+53 7 202 8417 y el correo yvillavicencio@orsa.citma.gob.cu.",
             "",
             "Aprovecho la ocasión para reiterarle las seguridades de mi más alta consideración.",
             "",
             "Directora General",
             "Oficina de Regulación y Seguridad Ambiental",
             "Tel.: +53 7 203 0681 | Correo: direccion@orsa.citma.gob.cu",
             "",
             ""]

SV_NO_PHONE = ["Buenos días:",
               "",
               "Por este medio solicitamos que se incorpore al grupo cerrado del guepardo en CENcomm a la Sra. "
               "Yanira Lisseth Alvarenga de Rivas, con los datos siguientes:",
               "",
               "País: El Salvador",
               "Nombre completo: Yanira Lisseth Alvarenga de Rivas",
               "Dependencia: Dirección General de Aduanas",
               "Cargo que ocupa: Técnica de Control Aduanero",
               "Correo institucional: yalvarenga@aduana.gob.sv",
               "",
               "Su número de teléfono directo aún no ha sido asignado, ya que acaba de trasladarse a la nueva sede; "
               "se lo comunicaremos en cuanto lo tengamos.",
               "",
               "Atentamente,",
               "Unidad de Control de Comercio de Especies",
               "Dirección General de Aduanas, San Salvador",
               "",
               ""]

VE_FORWARD = ["Buenas tardes:",
              "",
              "Reenviamos la solicitud del SENIAT para que uno de sus funcionarios se incorpore al grupo cerrado del "
              "guepardo en CENcomm. Este Despacho, como Autoridad Administrativa CITES, la respalda.",
              "",
              "Saludos cordiales,",
              "",
              "Dirección General de Diversidad Biológica",
              "Ministerio del Poder Popular para el Ecosocialismo, Caracas",
              "Tel.: +58 212 408 1196 | diversidad@minec.gob.ve",
              "",
              "-------- Mensaje reenviado --------",
              "Asunto: Solicitud de acceso - grupo cerrado del guepardo (CENcomm)",
              "Fecha: Mon, 7 Dec 2026 11:05:37 -0400",
              "De: Luis Enrique Carrasquel Ochoa <lcarrasquel@seniat.gob.ve>",
              "Para: diversidad@minec.gob.ve",
              "",
              "Estimados colegas:",
              "",
              "Les agradeceré transmitir a la Secretaría CITES mis datos para el acceso al grupo cerrado del "
              "guepardo:",
              "",
              "País: Venezuela",
              "Nombre: Luis Enrique",
              "Apellido: Carrasquel Ochoa",
              "Organización: Servicio Nacional Integrado de Administración Aduanera y Tributaria",
              "Cargo: Fiscal de Aduanas",
              "Teléfono: +58 212 709 4123",
              "Correo: lcarrasquel@seniat.gob.ve",
              "",
              "Atentamente,",
              "Luis Enrique Carrasquel Ochoa",
              "Gerencia de Aduana Principal Aérea de Maiquetía",
              "",
              ""]

NI_TWO = ["Estimados señores:",
          "",
          "Nicaragua solicita el acceso al grupo cerrado del guepardo en CENcomm para los dos funcionarios "
          "siguientes:",
          "",
          "- Sr. Donald Ernesto Obregón Sequeira, Oficial de Aduanas de la Dirección General de Servicios "
          "Aduaneros; teléfono 2248 4523; correo dobregon@dga.gob.ni.",
          "- Sra. Ruth Esperanza Zeledón Huete, Especialista en Vida Silvestre del Ministerio del Ambiente y los "
          "Recursos Naturales; teléfono 8854 3371; correo rzeledon@marena.gob.ni.",
          "",
          "Agradecemos de antemano su atención.",
          "",
          "Saludos cordiales,",
          "Autoridad Administrativa CITES de Nicaragua, MARENA",
          "Managua",
          "",
          ""]


BATCH18: list[Carrier] = [
    # ---------------------------------------------------------------- English
    Carrier("mutt_mixed_patch_gmail_style_forward_forwarder_contacts_out_ss",
            JWZ + "1311.1b2aa5b1599ab89a91f09ef1f1dc9989.eml",
            "Majak Deng Aguer <dg.wildlife@mwct.gov.ss>", "Fwd: Request - CENcomm cheetah closed user group",
            "forward", "en", (
                t("1", ("start", ""), *SS_FORWARD),),
            # South Sudan is not a Party to CITES (intakebot/data/cites_parties.txt): the annotator's first
            # expectation missed the not_a_party warning; corrected before any fix to the bot
            (n(AKUEI, (("country", "not_a_party", "warning"),)),)),
    Carrier("mozilla_mixed_video_attachment_letter_dr_deputy_contacts_out_am",
            JWZ + "1302.cf60285f99cfeeca015a2c1a02cfba61.eml",
            "Ministry of Environment of Armenia <deputy.minister@env.am>",
            "Nomination to the cheetah closed user group on CENcomm - Armenia", "letter", "en", (
                t("1", ("start", ""), *AM_LETTER),),
            (n(MELKONYAN),)),
    Carrier("mutt_pgp_qp_sentence_post_first_country_in_signature_bs",
            JWZ + "1147.744811b2ba3a95401f70b17e9fade217.eml",
            "Customs Department <comptroller@customs.gov.bs>", "Access to the cheetah closed user group on CENcomm",
            "sentence", "en", (
                t("1", ("start", ""), *BS_ROLE_FIRST),),
            (n(PINDER),)),
    Carrier("enmime_nested_alternative_typed_header_row_capt_two_ae", ENMIME + "similar-boundary.raw",
            "CITES Management Authority UAE <cites@moccae.gov.ae>",
            "Registration of two officers - cheetah closed user group (CENcomm)", "two_nominees", "en", (
                t("2.1", ("start", ""), *AE_HEADER_ROW),
                h("2.2", ("start", ""), div_html(AE_HEADER_ROW) + "\n")),
            (n(AL_SHAMSI), n(AL_DHAHERI))),
    Carrier("exmh_signed_mixed_full_name_agency_mobile_short_ee", JWZ + "1219.c4cc23fc1dcc1809a3dc65c58fc51d65.eml",
            "CITES Estonia <cites@kliimaministeerium.ee>", "Cheetah closed user group on CENcomm - one more member",
            "invalid_phone", "en", (
                t("1.1", ("start", ""), *EE_SHORT),),
            (bad_phone(REBANE, "+372 5341 772"),)),
    # ---------------------------------------------------------------- French
    Carrier("latin1_evolution_letter_m_labels_inside_dg_contacts_out_fr",
            JWZ + "1119.ce22f4a2ffbc03cd2625cb10ba561058.eml",
            "Direction Generale des Eaux et Forets <dg@eauxforets.gouv.cf>",
            "Designation - groupe ferme guepard sur CENcomm - Republique centrafricaine", "letter", "fr", (
                t("", ("start", ""), *CF_LETTER),),
            (n(YAKITE_NGANA),)),
    Carrier("latin1_sylpheed_reply_answers_workshop_two_service_affectation_fr",
            JWZ + "1303.b8fb03a2de8615f9287086ccc71a4282.eml",
            "Direction de l'Environnement <environnement@environnement.gouv.dj>",
            "Re: Atelier regional guepard et groupe ferme CENcomm - Djibouti", "two_nominees", "fr", (
                t("", ("start", ""), *DJ_REPLY_TWO),),
            (n(ISMAEL_FARAH), n(HOUSSEIN_FOURREH))),
    Carrier("latin9_kmail_clearsigned_mme_gsm_short_phone_fr", JWZ + "1501.5c83f8ccf80ccff0b82b04a8e09d69ec.eml",
            "Autorite de gestion CITES <cites@anf.etat.lu>", "Inscription au groupe ferme guepard sur CENcomm",
            "invalid_phone", "fr", (
                t("", ("after", "Hash: SHA1\n\n"), *LU_SHORT),),
            (bad_phone(KIEFFER, "+352 621 145 38"),)),
    Carrier("latin1_squirrelmail_credentials_received_acknowledgement_not_request_fr",
            JWZ + "1427.db4dce8eaebc4a3d836d2328137c7ac0.eml",
            "Service CITES <cites@eauxetforets.gov.ma>", "Re: Acces au groupe ferme guepard sur CENcomm",
            "not_request", "fr", (
                t("", ("start", ""), *MA_ACKNOWLEDGE),),
            (), kind="not_request"),
    Carrier("cp1252_apple_flowed_sentence_m_national_phone_country_in_subject_fr",
            JWZ + "0977.d0e3f4e7fd0a8c2bdd26888af1ca3a0b.eml",
            "Direction de l'Environnement <environnement@gouv.mc>",
            "Groupe ferme guepard sur CENcomm - Principaute de Monaco", "sentence", "fr", (
                t("", ("start", ""), *MC_SENTENCE),),
            (n(PASTORELLI),)),
    # ---------------------------------------------------------------- Spanish
    Carrier("latin9_kmail_letter_ing_compound_dg_contacts_out_es", JWZ + "0598.1ac8a662753f1bba429f52eb184ba794.eml",
            "Oficina de Regulacion y Seguridad Ambiental <direccion@orsa.citma.gob.cu>",
            "Designacion para el grupo cerrado del guepardo en CENcomm - Cuba", "letter", "es", (
                t("", ("start", ""), *CU_LETTER),),
            (n(VILLAVICENCIO),)),
    Carrier("latin9_kmail_nombre_completo_cargo_que_ocupa_no_phone_es",
            JWZ + "1544.011827fa2f89828e83bae7f6995576df.eml",
            "Unidad de Control de Comercio de Especies <especies@aduana.gob.sv>",
            "Solicitud de incorporacion al grupo cerrado del guepardo", "missing_field", "es", (
                t("", ("start", ""), *SV_NO_PHONE),),
            (n(ALVARENGA),)),
    Carrier("latin1_kmail_mensaje_reenviado_forward_forwarder_contacts_out_es",
            JWZ + "1434.a626ce397e7a295eea36a996cdaa5f40.eml",
            "Direccion General de Diversidad Biologica <diversidad@minec.gob.ve>",
            "Fwd: Solicitud de acceso - grupo cerrado del guepardo (CENcomm)", "forward", "es", (
                t("", ("start", ""), *VE_FORWARD),),
            (n(CARRASQUEL),)),
    Carrier("latin1_sylpheed_two_dashed_sr_sra_national_phones_es", JWZ + "1164.4f5726c74bd69e322849d54f54a646fe.eml",
            "Autoridad Administrativa CITES <cites@marena.gob.ni>",
            "Acceso al grupo cerrado del guepardo en CENcomm - Nicaragua", "two_nominees", "es", (
                t("", ("start", ""), *NI_TWO),),
            (n(OBREGON), n(ZELEDON))),
]
