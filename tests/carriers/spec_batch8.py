"""The eighth batch of carriers (all held out): written by hand, expected values before any run.

Sources are real-mail messages no earlier carrier used: a 7bit plain cpython test message (answers numbered 1-7
after our seven headings, no labels), a 7bit plain spam poem (a two-column form aligned with spaces, no colons;
a Caribbean Party), the RFC 6376 DKIM example (the writer's own signature, name, telephone and postal address,
straight after the nominee's last line), a Mailman scrubber test with a plain and an "HTML" part (a forward; the
forwarding official adds the missing telephone in a sentence above), a multipart/alternative fixture nested in
multipart/mixed (two officers, the second without e-mail), a 7bit HTML health newsletter (the not_request: a
press release about CENcomm with a media contact's Name/Position/Phone/Email lines), an Outlook Express 6
quoted-printable windows-1252 spam (a Mozambican nominee in one French sentence, "joignable au", "courriel"), a
base64 UTF-8 HTML tax-scam (a top-posted French reply above a quoted notice, "Nom et prénom" surname first), an
enmime HTML-only message declaring a made-up charset (a French letter, no position), a 7bit HTML
newsletter (French labels, an invalid telephone), a pymilter HTML test (Canadian French, "Cellulaire"), an Outlook
HTML-only spam (a Spanish "OFICIO N°" letter, the signatory's own telephone and address after the nominee's), a
Portuguese 7bit plain/plain spam (a Brazilian official writing Spanish without accents), a multipart/related
HTML fixture (a Gmail reply above the quoted notice, the country only in a sentence), the pymilter "honey" HTML
(two Argentine officers in a six-column table) and an enmime non-MIME HTML message (a Cuban nominee, no
telephone). Their texts and officials share nothing with batches 1-7 (names, surnames and writers checked against
tests/corpus, tests/heldout, tests/heldout2, the tests and the earlier carriers).
"""

from __future__ import annotations

from html import escape

from tests.carriers.carrier import Carrier, bad_phone, h, n, t
from tests.carriers.people import (
    ALMONTE,
    AUGUSTE,
    BERGERON,
    CHUMPITAZ,
    ESSOMBA,
    FERRER,
    FERREYRA,
    FIGUEIREDO,
    GOROSITO,
    KAUPA,
    KIPROTICH,
    KOLLIE,
    MACUACUA,
    NDOUR,
    NJOROGE,
    RAZAFINDRAKOTO,
    SANNEH,
    br_html,
    div_html,
    entities,
    oe_html,
    p_html,
    paragraphs_html,
)
from tests.heldout.make_heldout import only

# ------------------------------------------------------------------ English

LR_NUMBERED = ["Dear CITES Secretariat,", "",
               "In reply to your request, these are our answers for the officer Liberia is nominating, in the order "
               "of your seven headings:", "",
               "1. Liberia",
               "2. Musu",
               "3. Kollie",
               "4. Forestry Development Authority",
               "5. Wildlife Conservation Officer",
               "6. +231 77 654 3210",
               "7. mkollie@fda.gov.lr", "",
               "Regards,",
               "Emmanuel Gbanyan",
               "CITES Management Authority, Forestry Development Authority, Monrovia", "",
               "________________________________", ""]
LC_COLUMNS = ["Good morning,", "",
              "Saint Lucia requests access to the CITES closed user group on CENcomm for the officer below.", "",
              "Country                  Saint Lucia",
              "Name                     Shermaine",
              "Surname                  Auguste",
              "Organization             Forestry Department",
              "Position/Role            Forest Officer (Wildlife)",
              "Contact number           +1 758 468 5645",
              "Official email address   sauguste@govt.lc", "",
              "Thank you for your assistance.", "",
              "Chief Forestry Officer",
              "Union, Castries", "",
              "", ""]
GM_SIGNATURE = ["Dear Sir/Madam,", "",
                "Please add the following official of The Gambia to the CITES closed user group on CENcomm:", "",
                "Country: The Gambia",
                "Name: Lamin",
                "Surname: Sanneh",
                "Organization: Department of Parks and Wildlife Management",
                "Position/Role: Park Warden",
                "Contact number: +220 437 5888",
                "Official email address: lsanneh@dpwm.gov.gm",
                "Fatoumatta Ceesay",
                "Tel: +220 437 5887",
                "Abuko Nature Reserve, P.O. Box 2164, Banjul, The Gambia",
                "fceesay@dpwm.gov.gm", "",
                "________________________________", ""]
PG_FORWARD = ["Dear Secretariat,", "",
              "Forwarding below our nomination for the CITES closed user group on CENcomm. Joshua's form left out "
              "his telephone: his direct line at CEPA is +675 301 4517.", "",
              "Best regards,",
              "Peter Kuman",
              "CITES Management Authority of Papua New Guinea", "",
              "---------- Forwarded message ---------",
              "From: Kila Wari <kwari@cepa.gov.pg>",
              "Date: Tue, 1 Dec 2026 at 15:20",
              "Subject: CENcomm access - nominee",
              "To: Peter Kuman <pkuman@cepa.gov.pg>", "",
              "Hi Peter,", "",
              "Please send this on to the Secretariat:", "",
              "Country: Papua New Guinea",
              "Name: Joshua",
              "Surname: Kaupa",
              "Organization: Conservation and Environment Protection Authority",
              "Position/Role: Wildlife Trade Officer",
              "Official email address: jkaupa@cepa.gov.pg", "",
              "Thanks,",
              "Kila", "", ""]
KE_TWO = ["Dear CITES Secretariat,", "",
          "Kenya nominates two officers for the CITES closed user group on CENcomm:", "",
          "Ms. Grace Njoroge",
          "Senior Warden, Investigations",
          "Kenya Wildlife Service",
          "Tel: +254 20 600 0800",
          "Email: g.njoroge@kws.go.ke", "",
          "Mr. Daniel Kiprotich",
          "Customs Officer",
          "Kenya Revenue Authority",
          "Tel: +254 722 511 308", "",
          "Mr. Kiprotich does not have an official e-mail address yet; we will send it as soon as KRA has created "
          "his account.", "",
          "Yours sincerely,",
          "CITES Management Authority, Kenya Wildlife Service, Nairobi", "", ""]
GH_PRESS = ["PRESS RELEASE - for immediate release",
            "Accra, 3 December 2026", "",
            "Ghana connects its wildlife enforcement officers to CENcomm", "",
            "The Forestry Commission announced today that officers of its Wildlife Division have joined the CITES "
            "closed user group on CENcomm, the secure communication platform of the World Customs Organization, to "
            "exchange alerts on illegal trade in ivory, pangolin scales and rosewood with customs and police "
            "services worldwide.", "",
            "\"Real-time exchange with our partners is essential,\" said Mr Kofi Owusu-Ansah, Executive Director of "
            "the Wildlife Division. \"Our officers can now share seizure information within hours.\"", "",
            "Media contact:",
            "Name: Abena Asantewaa",
            "Position: Head of Corporate Communications, Forestry Commission",
            "Phone: +233 30 266 4654",
            "Email: media@fcghana.org", "",
            "- Ends -"]

# ------------------------------------------------------------------ French

MZ_SENTENCE = ["Monsieur le Secrétaire général,", "",
               "Au nom de l'Autorité de gestion CITES du Mozambique, j'ai l'honneur de vous communiquer la "
               "désignation suivante.", "",
               "Le Mozambique désigne M. Celso Macuácua, Chef du Département de la Fiscalisation à l'Administração "
               "Nacional das Áreas de Conservação, comme membre du groupe d'utilisateurs fermé CITES sur CENcomm ; "
               "il est joignable au +258 84 312 4567 et par courriel à c.macuacua@anac.gov.mz.", "",
               "Veuillez agréer, Monsieur le Secrétaire général, l'expression de notre haute considération.", "",
               "Ana Paula Sitoe",
               "Autorité de gestion CITES, Maputo"]
CM_REPLY = ["Bonjour,", "",
            "Suite à votre message, voici l'agent que le Cameroun souhaite inscrire :", "",
            "Pays : Cameroun",
            "Nom et prénom : ESSOMBA Bertrand",
            "Structure : Ministère des Forêts et de la Faune",
            "Poste occupé : Chef de la Brigade nationale de contrôle",
            "Numéro de téléphone : +237 6 77 45 21 89",
            "Adresse mail officielle : b.essomba@minfof.cm", "",
            "Bien cordialement,",
            "Solange Mbarga",
            "Cellule CITES, MINFOF, Yaoundé"]
CM_QUOTE = ["Madame, Monsieur,",
            "Pour inscrire un agent au groupe d'utilisateurs fermé CITES sur CENcomm, merci de nous indiquer pour "
            "chacun : pays, nom, prénom, organisation, fonction, numéro de téléphone et adresse électronique "
            "officielle.",
            "Le Secrétariat CITES"]
CM_HTML = ("<div>" + div_html(CM_REPLY) + "<div><br></div><div class=\"gmail_quote\"><div class=\"gmail_attr\">"
           "Le lun. 30 nov. 2026 à 11:05, Secrétariat CITES &lt;info@cites.org&gt; a écrit :<br></div>"
           "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid "
           "rgb(204,204,204);padding-left:1ex\">" + div_html(CM_QUOTE) + "</blockquote></div></div>\n<br>\n")
MG_LETTER = [["Antananarivo, le 2 décembre 2026"],
             ["À Monsieur le Secrétaire général de la CITES", "Genève"],
             ["Objet : Désignation d'un agent pour le groupe d'utilisateurs fermé CITES sur CENcomm"],
             ["Monsieur le Secrétaire général,"],
             ["J'ai l'honneur de vous faire connaître que Madame RAZAFINDRAKOTO Voahangy, de la Direction des Aires "
              "Protégées, des Ressources Naturelles Renouvelables et des Écosystèmes, est désignée pour représenter "
              "Madagascar au sein du groupe d'utilisateurs fermé CITES sur CENcomm."],
             ["Elle peut être contactée au +261 34 05 621 47 ou à l'adresse v.razafindrakoto@environnement.mg."],
             ["Je vous prie d'agréer, Monsieur le Secrétaire général, l'assurance de ma haute considération."],
             ["Le Directeur", "Autorité de gestion CITES de Madagascar"]]
SN_BAD = ["Bonjour,", "",
          "Merci d'inscrire l'agente sénégalaise ci-après au groupe d'utilisateurs fermé CITES sur CENcomm.", "",
          "Pays : Sénégal",
          "Prénom(s) : Aïda",
          "Nom : NDOUR",
          "Organisme : Direction des Parcs Nationaux",
          "Fonction : Adjointe au Chef de la Division Gestion de la Faune",
          "Tél. : +221 33 859 63",
          "Courriel : a.ndour@dpn.gouv.sn", "",
          "Cordialement,",
          "Bureau CITES, Direction des Parcs Nationaux, Dakar"]
CA_CELL = ["Bonjour,", "",
           "L'Agence des services frontaliers du Canada nous demande d'ajouter l'un de ses agents au groupe fermé "
           "CITES sur CENcomm. Voici ses coordonnées :", "",
           "Nom complet : Mathieu Bergeron",
           "Titre : Agent des services frontaliers",
           "Organisation : Agence des services frontaliers du Canada",
           "Cellulaire : +1 438 345 2190",
           "Courriel : mathieu.bergeron@cbsa-asfc.gc.ca",
           "Pays : Canada", "",
           "Merci et bonne journée,",
           "Direction de l'application de la loi sur la faune",
           "Environnement et Changement climatique Canada"]

# ------------------------------------------------------------------ Spanish

PE_OFICIO = [["OFICIO N° 0347-2026-MIDAGRI-SERFOR-DGGSPFFS"],
             ["Lima, 2 de diciembre de 2026"],
             ["Señores", "Secretaría de la CITES", "Ginebra, Suiza"],
             ["Asunto: Designación de funcionaria para el grupo cerrado CITES en CENcomm"],
             ["De mi consideración:"],
             ["Tengo el agrado de dirigirme a ustedes, en mi calidad de Autoridad Administrativa CITES del Perú, para "
              "designar a la Blga. Rosa Luz Chumpitaz Vargas, Especialista en Comercio de Fauna Silvestre de la "
              "Dirección General de Gestión Sostenible del Patrimonio Forestal y de Fauna Silvestre, como integrante "
              "del grupo cerrado CITES en CENcomm. Sus datos de contacto son: teléfono +51 956 321 478, correo "
              "electrónico rchumpitaz@serfor.gob.pe."],
             ["Hago propicia la oportunidad para expresarles las muestras de mi especial consideración."],
             ["Atentamente,"],
             ["Ing. Jorge Salinas Rivas", "Director General",
              "Dirección General de Gestión Sostenible del Patrimonio Forestal y de Fauna Silvestre", "SERFOR",
              "Av. Javier Prado Oeste 2442, Magdalena del Mar, Lima", "Teléfono: (01) 225-9005 anexo 120",
              "jsalinas@serfor.gob.pe"]]
BR_ASCII = ["Estimados senores:", "",
            "Brasil solicita la inclusion del siguiente servidor en el grupo cerrado CITES de CENcomm.", "",
            "Pais: Brasil",
            "Nombre: Paulo Roberto",
            "Apellido: Figueiredo",
            "Institucion: Instituto Brasileiro do Meio Ambiente e dos Recursos Naturais Renovaveis",
            "Cargo: Analista Ambiental",
            "Telefono: +55 61 3316-1212",
            "Correo: paulo.figueiredo@ibama.gov.br", "",
            "Disculpen la falta de acentos: escribo desde un teclado sin configuracion en espanol.", "",
            "Atentamente,",
            "Autoridad Administrativa CITES de Brasil - IBAMA, Brasilia", "",
            "-----", ""]
DO_REPLY = ["Buenas tardes:", "",
            "Atendiendo su solicitud, la República Dominicana designa a la siguiente funcionaria:", "",
            "Nombre: Yokasta",
            "Apellidos: Almonte Reyes",
            "Institución: Servicio Nacional de Protección Ambiental",
            "Cargo: Analista de Tráfico de Vida Silvestre",
            "Teléfono: +1 829 741 2356",
            "Correo institucional: yalmonte@senpa.gob.do", "",
            "Saludos cordiales,",
            "Ramón Estévez",
            "Viceministerio de Áreas Protegidas y Biodiversidad"]
DO_QUOTE = ["Estimados colegas:",
            "¿Desean añadir funcionarios al grupo cerrado CITES en CENcomm? Envíen por cada persona: país, nombre, "
            "apellidos, institución, cargo, teléfono de contacto y correo oficial."]
DO_HTML = ("<div dir=\"ltr\">" + div_html(DO_REPLY) + "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" "
           "class=\"gmail_attr\">El mar., 1 dic. 2026 a las 16:03, Secretaría CITES (&lt;info@cites.org&gt;) "
           "escribió:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px "
           "solid rgb(204,204,204);padding-left:1ex\">" + div_html(DO_QUOTE) + "</blockquote></div>\n")
AR_HEAD = ["Estimados:", "",
           "Argentina solicita el alta de dos agentes en el grupo cerrado CITES de CENcomm:"]
AR_ROWS: list[tuple[str, ...]] = [("Nombre", "Apellido", "Institución", "Cargo", "Teléfono", "Correo"),
           ("Martina", "Gorosito", "Servicio Nacional de Sanidad y Calidad Agroalimentaria", "Inspectora de Fauna",
            "+54 11 4121 5000", "mgorosito@senasa.gob.ar"),
           ("Lucas", "Ferreyra", "Prefectura Naval Argentina", "Oficial Auxiliar", "+54 11 4318 7400",
            "lferreyra@prefecturanaval.gob.ar")]
AR_TAIL = ["Saludos,", "Coordinación de Fauna Silvestre, Ministerio de Ambiente y Desarrollo Sostenible"]
CU_NO_PHONE = ["Estimados señores:", "",
               "Cuba desea incorporar a la siguiente especialista al grupo cerrado CITES en CENcomm.", "",
               "País: Cuba",
               "Nombre(s): Dayamí",
               "Apellidos: Ferrer Valdés",
               "Organismo: Oficina de Regulación y Seguridad Ambiental",
               "Cargo: Especialista CITES",
               "Correo: dferrer@orsa.gob.cu", "",
               "Su número de teléfono directo lo informaremos cuando concluya la reparación de la central telefónica.",
               "",
               "Saludos,",
               "Autoridad Administrativa CITES de Cuba, CITMA"]


def rows_html(rows: list[tuple[str, ...]]) -> str:
    """A table with a header row, as Outlook pastes a small spreadsheet."""
    head = "".join(f"<th>{escape(c, quote=False)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(c, quote=False)}</td>" for c in r) + "</tr>\n" for r in rows[1:])
    return f"<TABLE border=1 cellPadding=3 cellSpacing=0>\n<tr>{head}</tr>\n{body}</TABLE>\n"


AR_HTML = ("\n<DIV>" + br_html(AR_HEAD) + "</DIV>\n" + rows_html(AR_ROWS) + "<DIV><br>" + br_html(AR_TAIL)
           + "</DIV>\n")


BATCH8: list[Carrier] = [
    # ---------------------------------------------------------------- English
    Carrier("plain_numbered_answers", "cpython-test-email/msg_03.txt",
            "Emmanuel Gbanyan <cites@fda.gov.lr>", "Re: CITES closed user group on CENcomm - Liberia",
            "numbered_answers", "en", (
                t("", ("start", ""), *LR_NUMBERED),),
            (n(KOLLIE),)),
    Carrier("plain_space_aligned_columns_caribbean", "salmon-mail/spam#18",
            "Forestry Department <forestry@govt.lc>", "CENcomm CUG access - Saint Lucia", "aligned_columns", "en", (
                t("", ("start", ""), *LC_COLUMNS),),
            (n(AUGUSTE),)),
    Carrier("dkim_example_signature_after_nominee", "dkimpy/rfc6376.signed.msg",
            "Fatoumatta Ceesay <fceesay@dpwm.gov.gm>", "The Gambia - CITES closed user group on CENcomm",
            "signature", "en", (
                t("", ("start", ""), *GM_SIGNATURE),),
            (n(SANNEH),)),
    Carrier("scrub_forward_phone_added_above", "mailman/utilities/tests/data/scrub_test.eml",
            "Peter Kuman <pkuman@cepa.gov.pg>", "Fwd: CENcomm access - nominee", "forward", "en", (
                t("1.1", ("start", ""), *PG_FORWARD),
                h("1.2", ("start", ""), "<div dir=\"ltr\">" + div_html(PG_FORWARD[:-2]) + "</div>\n")),
            (n(KAUPA),)),
    Carrier("nested_alternative_two_one_without_email", "fast-mail-parser/rfc/nested_multipart.eml",
            "KWS CITES Office <cites@kws.go.ke>", "Kenya: two officers for the CITES CUG on CENcomm",
            "two_nominees", "en", (
                t("1.1", ("start", ""), *KE_TWO),
                h("1.2", ("after", "<html><body>"), div_html(KE_TWO[:-2]))),
            (n(NJOROGE), n(only(KIPROTICH, "country", "name", "surname", "organization", "position", "phone")))),
    Carrier("newsletter_press_release_not_request", "salmon-mail/spam#19",
            "Forestry Commission Communications <media@fcghana.org>",
            "Press release: Ghana connects its wildlife enforcement officers to CENcomm", "not_request", "en", (
                h("", ("after", "<body>"), p_html(GH_PRESS)),),
            (), kind="not_request"),
    # ---------------------------------------------------------------- French
    Carrier("oe6_qp_sentence_joignable_fr", "salmon-mail/spam#7",
            "=?windows-1252?q?Ana_Paula_Sitoe?= <cites@anac.gov.mz>",
            "Designation - groupe d'utilisateurs ferme CITES sur CENcomm", "sentence", "fr", (
                t("1", ("start", ""), *MZ_SENTENCE, "", ""),
                h("2", ("after", "<BODY bgColor=#ffffff>"), "\n" + oe_html(MZ_SENTENCE) + "<DIV>&nbsp;</DIV>")),
            (n(MACUACUA),)),
    Carrier("base64_html_top_post_surname_first_fr", "mail-parser/mail_test_11",
            "Solange Mbarga <cites@minfof.cm>", "RE: Groupe ferme CITES sur CENcomm", "top_post", "fr", (
                h("1", ("start", ""), CM_HTML),),
            (n(ESSOMBA),)),
    Carrier("fake_charset_html_letter_no_position_fr", "enmime/low-quality/unk-charset-html-only.raw",
            "=?utf-8?q?Autorit=C3=A9_de_gestion_CITES_de_Madagascar?= <cites@environnement.mg>",
            "Designation d'un agent - groupe ferme CITES CENcomm", "letter", "fr", (
                h("", ("after", '<meta charset="fakescii-7">'), entities(paragraphs_html(MG_LETTER))),),
            (n(only(RAZAFINDRAKOTO, "country", "name", "surname", "organization", "phone", "email")),)),
    Carrier("html_newsletter_bad_phone_fr", "salmon-mail/spam#15",
            "Direction des Parcs Nationaux <cites@dpn.gouv.sn>", "Inscription groupe ferme CITES CENcomm - Senegal",
            "invalid_phone", "fr", (
                h("", ("after", '<body bgcolor="#FFFFFF" style="font-family: Arial, Helvetica, sans-serif;">'),
                  entities(p_html(SN_BAD))),),
            (bad_phone(NDOUR, "+221 33 859 63"),)),
    Carrier("hotmail_html_cellulaire_fr", "pymilter/spam7",
            "Application de la loi sur la faune <cites@ec.gc.ca>", "Ajout au groupe ferme CITES (CENcomm)",
            "own_labels", "fr", (
                h("1", ("after", "<body>"), entities(div_html(CA_CELL))),),
            (n(BERGERON),)),
    # ---------------------------------------------------------------- Spanish
    Carrier("outlook_html_oficio_signatory_phone_es", "salmon-mail/spam#6",
            "Jorge Salinas Rivas <jsalinas@serfor.gob.pe>", "OFICIO N 0347-2026-MIDAGRI-SERFOR-DGGSPFFS",
            "letter", "es", (
                h("", ("after", "<BODY>"), entities(paragraphs_html(PE_OFICIO))),),
            (n(CHUMPITAZ),)),
    Carrier("portuguese_spam_unaccented_spanish_es", "salmon-mail/spam#4",
            "IBAMA CITES <cites@ibama.gov.br>", "Grupo cerrado CITES en CENcomm - Brasil", "own_labels", "es", (
                t("1", ("start", ""), *BR_ASCII),
                t("2", ("start", ""), *BR_ASCII)),
            (n(FIGUEIREDO),)),
    Carrier("related_gmail_top_reply_country_in_sentence_es", "fast-mail-parser/rfc/multipart_related.eml",
            "=?utf-8?q?Ram=C3=B3n_Est=C3=A9vez?= <cites@ambiente.gob.do>", "Re: Grupo cerrado CITES en CENcomm",
            "top_post", "es", (
                h("1", ("after", "<html><body>"), entities(DO_HTML)),),
            (n(ALMONTE),)),
    Carrier("honey_qp_html_table_two_es", "pymilter/honey",
            "Fauna Silvestre <fauna@ambiente.gob.ar>", "Alta de dos agentes - grupo cerrado CITES CENcomm",
            "table", "es", (
                h("1", ("after", "<BODY>"), entities(AR_HTML)),),
            (n(GOROSITO), n(FERREYRA))),
    Carrier("non_mime_html_no_phone_es", "enmime/mail/non-mime-missing-charset.raw",
            "Autoridad Administrativa CITES <cites@orsa.gob.cu>", "Grupo cerrado CITES - Cuba", "missing_field", "es", (
                h("", ("after", "<body>"), entities(p_html(CU_NO_PHONE))),),
            (n(only(FERRER, "country", "name", "surname", "organization", "position", "email")),)),
]
