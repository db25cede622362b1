"""The ninth batch of carriers (all held out): written by hand, expected values before any run.

Sources are real-mail messages no earlier carrier used, and seven lamson spams whose salmon-mail twins (the same
spam, a few headers apart) earlier carriers used: those are written at the other end of the part (before
``</body>``, or at the end where the twin was written at the start), with new texts. English: a multipart pymilter
spam (an Outlook top-post above a "________________________________" separator and the quoted notice, the
telephone with a trunk prefix "+44 (0)117"), a 7bit plain/HTML spam (each label in bold inside a one-cell-a-line
<table>), an easyHotel booking (three Tanzanian officers in a plain " | " table), a 7bit latin-1 spam (position and
organisation in one sentence, the name "Dr. ..." in a label line, the e-mail in angle brackets), a
quoted-printable windows-1251 spam with an unquoted boundary (a bottom-post under the quoted notice, two
Indonesian officers) and a Fedora list post (the not_request: a vendor's CENcomm onboarding advert with
Name/Position/Phone/Email lines). French: an enmime alternative whose plain part is not the base64 it claims
(written into its HTML part: "Nom de famille / Prénom(s)" in one label), a lamson HTML spam (a Moroccan letter),
a mail-parser HTML part (a Mauritian writing French under the Secretariat's English labels), a lamson
quoted-printable HTML spam (Guinea-Bissau writing French, a mailto: link) and a lamson 8bit latin-1 spam (a French
customs officer, "+33 (0)1"). Spanish: a lamson HTML newsletter ("Nombre y Apellidos:" with four words), the
cpython text/html fixture (one sentence, "Ing."), and three lamson HTML spams (two Mexican officers "Lic."/"Ing.",
Venezuelan own labels, a Spanish letter "Dra."). Two messages first chosen (enmime qp-utf8-header-no-break.raw,
fast-mail-parser invalid_message.eml) were dropped: their headers run into the first delimiter, so
tests/carriers/mime_edit.py cannot reach their text/plain alternative and only the HTML would carry the request.
Texts and officials share nothing with batches 1-8 (names, surnames, addresses and writers checked against
tests/corpus, tests/heldout, tests/heldout2, the tests and the earlier carriers).
"""

from __future__ import annotations

from html import escape

from tests.carriers.carrier import Carrier, h, n, t
from tests.carriers.people import (
    BENKIRANE,
    BRICENO,
    CARDENAS_RESTREPO,
    DJALO,
    GARZA,
    HARTONO,
    IGLESIAS,
    KISANGA,
    LAGESSE,
    LYIMO,
    MARCHETTI,
    MASSAWE,
    MBA_ONDO,
    OBANDO,
    OKAFOR,
    PEMBERTON,
    RAGHUNATHAN,
    VILLARREAL,
    WICAKSONO,
    br_html,
    div_html,
    entities,
    mso_html,
    p_html,
    paragraphs_html,
)

# ------------------------------------------------------------------ English

UK_REPLY = ["Hello,", "",
            "Please find below the APHA officer we would like added to the CITES closed user group on CENcomm.", "",
            "Country: United Kingdom",
            "First name: Eleanor",
            "Family name: Pemberton",
            "Organisation: Animal and Plant Health Agency",
            "Role: CITES Compliance Officer",
            "Direct line: +44 (0)117 372 3700",
            "Email: eleanor.pemberton@apha.gov.uk", "",
            "Kind regards,", "",
            "Tom Hargreaves",
            "UK CITES Management Authority",
            "Animal and Plant Health Agency, Horizon House, Deanery Road, Bristol BS1 5AH"]
UK_QUOTE_HEAD = ["From: CITES Secretariat <info@cites.org>",
                 "Sent: 30 November 2026 10:12",
                 "To: UK CITES Management Authority <wildlife.licensing@apha.gov.uk>",
                 "Subject: CITES closed user group on CENcomm"]
UK_QUOTE = ["Dear colleagues,", "",
            "Parties wishing to add officials to the CITES closed user group on CENcomm are invited to send, for "
            "each official: Country, Name, Surname, Organization, Position/Role, Contact number and Official email "
            "address.", "",
            "CITES Secretariat"]
UK_PLAIN = [*UK_REPLY, "", "________________________________", *UK_QUOTE_HEAD, "", *UK_QUOTE, "", ""]
UK_HTML = ("\n<div class=WordSection1>" + mso_html(UK_REPLY) + "</div>\n<hr style=\"display:inline-block;width:98%\" "
           "tabindex=\"-1\">\n<div id=\"divRplyFwdMsg\" dir=\"ltr\"><font face=\"Calibri, sans-serif\" "
           "style=\"font-size:11pt\" color=\"#000000\">"
           + "".join(f"<b>{escape(k, quote=False)}:</b>{escape(v, quote=False)}<br>"
                     for k, _, v in (ln.partition(":") for ln in UK_QUOTE_HEAD))
           + "</font></div>\n<div>" + div_html(UK_QUOTE) + "</div>\n")

NG_INTRO = ["Dear Sir/Madam,", "",
            "Nigeria wishes to register one officer of NESREA on the CITES closed user group on CENcomm. Her "
            "details are in the table below."]
NG_ROWS = [("Country", "Nigeria"),
           ("Name", "Ifeoma"),
           ("Surname", "Okafor"),
           ("Organization", "National Environmental Standards and Regulations Enforcement Agency"),
           ("Position/Role", "Assistant Director, Wildlife Enforcement"),
           ("Contact number", "+234 803 456 7812"),
           ("Official email address", "i.okafor@nesrea.gov.ng")]
NG_TAIL = ["Yours faithfully,", "",
           "Chukwuemeka Obi",
           "CITES Management Authority",
           "Federal Ministry of Environment, Abuja"]
NG_PLAIN = [*NG_INTRO, "", *(f"{k}: {v}" for k, v in NG_ROWS), "", *NG_TAIL, "", ""]


def bold_cells_html(rows: list[tuple[str, str]]) -> str:
    """A form as a one-column table: one cell a line, the label in bold."""
    cells = "".join(f"<tr><td><b>{escape(k, quote=False)}:</b> {escape(v, quote=False)}</td></tr>\n" for k, v in rows)
    return f"<table border=0 cellpadding=2 cellspacing=0>\n{cells}</table>\n"


NG_HTML = ("\n<p>" + br_html(NG_INTRO) + "</p>\n" + bold_cells_html(NG_ROWS) + "<p>" + br_html(NG_TAIL)
           + "</p>\n")

TZ_PIPES = ["Dear CITES Secretariat,", "",
            "The United Republic of Tanzania requests CENcomm access (CITES closed user group) for the three "
            "officers below:", "",
            "Name | Surname | Organization | Position | Phone | Email",
            "Rehema | Kisanga | Tanzania Wildlife Management Authority | Wildlife Officer | +255 754 321 987 | "
            "r.kisanga@tawa.go.tz",
            "Joseph | Massawe | Tanzania Revenue Authority | Customs Officer | +255 22 211 7000 | j.massawe@tra.go.tz",
            "Zawadi | Lyimo | Tanzania National Parks | Park Ranger (Intelligence) | +255 27 250 1930 | "
            "z.lyimo@tanzaniaparks.go.tz", "",
            "With regards,",
            "Director of Wildlife",
            "CITES Management Authority, Ministry of Natural Resources and Tourism, Dodoma", "",
            "-----", ""]

IN_SENTENCE = ["Dear Sir or Madam,", "",
               "India wishes to nominate, for the CITES closed user group on CENcomm, an officer who serves as Deputy "
               "Director (Northern Region) at the Wildlife Crime Control Bureau.", "",
               "Name: Dr. Kavita Raghunathan",
               "Tel: +91 11 2616 0712",
               "E-mail: <kavita.r@wccb.gov.in>", "",
               "Regards,",
               "Additional Director General of Forests (Wildlife)",
               "CITES Management Authority of India, New Delhi", "", ""]

ID_QUOTE = ["Dear colleagues,",
            "To add officials to the CITES closed user group on CENcomm, please send for each one: Country, Name,",
            "Surname, Organization, Position/Role, Contact number and Official email address.",
            "CITES Secretariat"]
ID_REPLY = ["Dear Secretariat,", "",
            "Indonesia would like to add two officers:", "",
            "1) Mr. Bambang Wicaksono, Forest Ranger, Ministry of Forestry",
            "   Mobile: +62 812 8765 4321",
            "   Email: b.wicaksono@kehutanan.go.id", "",
            "2) Ms. Sri Wahyuni Hartono, Customs Inspector, Directorate General of Customs and Excise",
            "   Phone: +62 21 489 0308",
            "   Email: sw.hartono@customs.go.id", "",
            "Best regards,",
            "Indonesian CITES Management Authority",
            "Ministry of Forestry, Jakarta"]
ID_ATTR = "On Mon, 30 Nov 2026 at 09:40, CITES Secretariat <info@cites.org> wrote:"
ID_PLAIN = [ID_ATTR, *(f"> {ln}" for ln in ID_QUOTE), "", *ID_REPLY, "", ""]
ID_HTML = ("\n<div>" + escape(ID_ATTR, quote=False) + "</div><blockquote style=\"margin:0 0 0 .8ex;border-left:1px "
           "#ccc solid;padding-left:1ex\">" + div_html(ID_QUOTE) + "</blockquote>\n<div>" + div_html(ID_REPLY)
           + "</div><br>\n")

VENDOR = ["Dear CITES focal point,", "",
          "Is your agency joining the CITES closed user group on CENcomm this year? TradeShield Compliance helps "
          "wildlife and customs authorities get their officers onboarded in days, not weeks: account set-up, "
          "training webinars and a 24/7 help desk.", "",
          "Book a free 20-minute demo with our public-sector team:", "",
          "Name: Marcus Hale",
          "Position: Senior Account Manager, Public Sector",
          "Phone: +44 20 3868 4410",
          "Email: marcus.hale@tradeshield-compliance.com", "",
          "Special pricing for CITES Parties until 31 December 2026.", "",
          "To stop receiving these e-mails, reply UNSUBSCRIBE.", "", ""]

# ------------------------------------------------------------------ French

GA_FORM = ["Bonjour,", "",
           "Veuillez trouver ci-dessous la fiche de l'agent que le Gabon propose pour le groupe d'utilisateurs fermé "
           "CITES sur CENcomm :", "",
           "Pays : Gabon",
           "Nom de famille / Prénom(s) : MBA ONDO / Yannick Arsène",
           "Institution : Agence Nationale des Parcs Nationaux",
           "Emploi : Conservateur adjoint du Parc national de la Lopé",
           "Téléphone portable : +241 77 45 12 38",
           "Adresse électronique : y.mbaondo@anpn.ga", "",
           "Avec nos remerciements,", "",
           "Point focal CITES",
           "Agence Nationale des Parcs Nationaux, Libreville"]
MA_LETTER = [["Royaume du Maroc", "Agence Nationale des Eaux et Forêts"],
             ["Rabat, le 3 décembre 2026"],
             ["N/Réf. : 1842/ANEF/DLCDF/SCF"],
             ["À l'attention du Secrétariat de la CITES", "Palais des Nations, Genève"],
             ["Objet : Groupe d'utilisateurs fermé CITES sur CENcomm - désignation"],
             ["Madame, Monsieur,"],
             ["En ma qualité d'Organe de gestion CITES du Royaume du Maroc, j'ai l'honneur de désigner Mme Salma "
              "BENKIRANE, Cheffe du Service de la Conservation de la Faune à l'Agence Nationale des Eaux et Forêts, "
              "pour rejoindre le groupe d'utilisateurs fermé CITES sur CENcomm."],
             ["Ses coordonnées professionnelles sont les suivantes : téléphone +212 5 37 67 42 18 ; courriel "
              "s.benkirane@eauxetforets.gov.ma."],
             ["Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée."],
             ["Dr. Abdelhak Alaoui",
              "Directeur de la Lutte contre la Désertification et de la Conservation de la Nature"]]
MU_LABELS = ["Bonjour,", "",
             "Suite à la circulaire du Secrétariat, Maurice souhaite faire inscrire l'agent ci-dessous au groupe "
             "d'utilisateurs fermé CITES sur CENcomm. Nous avons repris les rubriques en anglais de votre formulaire :",
             "",
             "Country: Mauritius",
             "Name: Jean-Marc",
             "Surname: Lagesse",
             "Organization: National Parks and Conservation Service",
             "Position/Role: Senior Conservation Officer",
             "Contact number: +230 464 4053",
             "Official email address: jmlagesse@govmu.org", "",
             "Merci d'avance et bonne journée,", "",
             "Priya Ramdin",
             "Organe de gestion CITES",
             "National Parks and Conservation Service, Réduit"]
GW_HTML = ("\n<p>Madame, Monsieur,</p>\n"
           "<p>Par la présente, la République de Guinée-Bissau demande l'inscription de Mme Aissatu Djaló au groupe "
           "d'utilisateurs fermé CITES sur CENcomm. Mme Djaló, Chargée de la surveillance des aires marines "
           "protégées, travaille à l'Instituto da Biodiversidade e das Áreas Protegidas (IBAP), à Bissau.</p>\n"
           "<p>Téléphone : +245 955 123 456<br>\n"
           "Courriel : <a href=\"mailto:adjalo@ibap.gw\">adjalo@ibap.gw</a></p>\n"
           "<p>Nous vous prions d'excuser notre français et restons à votre disposition pour tout complément.</p>\n"
           "<p>Salutations distinguées,<br>\nDirection de la Conservation, IBAP, Bissau</p>\n")
FR_BLOCK = ["", "Bonjour,", "",
            "La France souhaite ajouter au groupe d'utilisateurs fermé CITES sur CENcomm l'agente suivante :", "",
            "Mme Sandrine MARCHETTI",
            "Inspectrice, Cellule CITES",
            "Direction nationale du renseignement et des enquêtes douanières",
            "Tél. : +33 (0)1 72 53 41 86",
            "Mél : sandrine.marchetti@douane.finances.gouv.fr", "",
            "Bien cordialement,", "",
            "Bureau de la lutte contre la fraude",
            "Direction générale des douanes et droits indirects, Montreuil"]

# ------------------------------------------------------------------ Spanish

CO_FULL = ["Buenos días:", "",
           "En respuesta a la circular de la Secretaría, Colombia postula a la siguiente funcionaria para el grupo "
           "cerrado CITES en CENcomm:", "",
           "País: Colombia",
           "Nombre y Apellidos: Luisa Fernanda Cárdenas Restrepo",
           "Entidad: Dirección de Impuestos y Aduanas Nacionales",
           "Cargo: Inspectora de Aduanas",
           "Teléfono: +57 601 742 8973",
           "Correo electrónico oficial: lcardenas@dian.gov.co", "",
           "Cordialmente,", "",
           "Grupo de Gestión CITES",
           "Ministerio de Ambiente y Desarrollo Sostenible, Bogotá D.C."]
NI_SENTENCE = ["Estimados señores:",
               "Nicaragua designa al Ing. Francisco Obando Ruiz, Responsable de la Oficina CITES del Ministerio del "
               "Ambiente y los Recursos Naturales, como miembro del grupo cerrado CITES en CENcomm; teléfono +505 2233 "
               "1278, correo fobando@marena.gob.ni.",
               "Atentamente,",
               "Dirección General de Patrimonio Natural y Biodiversidad, MARENA, Managua"]
MX_TWO = ["Estimada Secretaría CITES:", "",
          "La Autoridad Administrativa CITES de México solicita el registro de dos servidores públicos en el grupo "
          "cerrado CITES de CENcomm:", "",
          "Nombre completo: Lic. Ana Sofía Villarreal Treviño",
          "Dependencia: Procuraduría Federal de Protección al Ambiente",
          "Cargo: Subdirectora de Inspección en Puertos, Aeropuertos y Fronteras",
          "Tel.: +52 55 5449 6315",
          "Correo: avillarreal@profepa.gob.mx", "",
          "Nombre completo: Ing. Rogelio Garza Salinas",
          "Dependencia: Agencia Nacional de Aduanas de México",
          "Cargo: Verificador Aduanal",
          "Tel.: +52 81 8040 2100",
          "Correo: rgarza@anam.gob.mx", "",
          "Sin otro particular, reciban un cordial saludo.", "",
          "Dirección General de Vida Silvestre, SEMARNAT"]
VE_OWN = ["Buenas tardes,", "",
          "Por medio de la presente, la República Bolivariana de Venezuela solicita la incorporación de la siguiente "
          "funcionaria al grupo cerrado CITES en CENcomm.", "",
          "Nombres: Yuleidy Carolina",
          "Apellidos: Briceño Salazar",
          "Ente: Ministerio del Poder Popular para el Ecosocialismo",
          "Cargo que desempeña: Coordinadora de Fauna Silvestre",
          "Teléfono móvil: +58 412 673 4519",
          "Correo electrónico institucional: ybriceno@minec.gob.ve", "",
          "Atentamente,",
          "Oficina Técnica CITES, Caracas"]
ES_LETTER = [["Madrid, 3 de diciembre de 2026"],
             ["Secretaría de la CITES", "Ginebra"],
             ["Asunto: Alta en el grupo cerrado CITES de CENcomm"],
             ["Muy señores míos:"],
             ["Por la presente les comunico que la Dra. Inmaculada Iglesias Baeza, Inspectora Jefe de la Unidad de "
              "Coordinación CITES del Servicio de Vigilancia Aduanera, ha sido designada para formar parte del grupo "
              "cerrado CITES en CENcomm. Puede contactarse con ella en el teléfono +34 91 728 98 00 o en la "
              "dirección iiglesias@correo.aeat.es."],
             ["Reciban un atento saludo."],
             ["Autoridad Administrativa CITES de España",
              "Secretaría de Estado de Comercio, Paseo de la Castellana 162, 28046 Madrid"]]


CO_HTML = ("\n<div style=\"background-color:#ffffff;color:#000000;padding:12px;font-family:Arial,sans-serif\">"
           + div_html(CO_FULL) + "</div>\n")
ID_BODY = "bottommargin=5>"
MX_HTML = "\n<div>" + br_html(MX_TWO) + "</div>\n"


BATCH9: list[Carrier] = [
    # ---------------------------------------------------------------- English
    Carrier("outlook_separator_top_post_trunk_prefix", "pymilter/spam8",
            "Tom Hargreaves <wildlife.licensing@apha.gov.uk>", "RE: CITES closed user group on CENcomm",
            "top_post", "en", (
                t("1", ("start", ""), *UK_PLAIN),
                h("2", ("after", "<html>"), UK_HTML)),
            (n(PEMBERTON),)),
    Carrier("html_bold_label_cells_table", "salmon-mail/spam#13",
            "Chukwuemeka Obi <cites@environment.gov.ng>", "Nigeria - CENcomm CITES closed user group", "table", "en", (
                t("1", ("start", ""), *NG_PLAIN),
                h("2", ("after", "<body bgcolor=#ffffff>"), NG_HTML)),
            (n(OKAFOR),)),
    Carrier("booking_plain_pipe_table_three", "enmime/mail/mime-duplicate-param.raw",
            "Wildlife Division <cites@maliasili.go.tz>", "CENcomm access request - United Republic of Tanzania",
            "three_nominees", "en", (
                t("1", ("start", ""), *TZ_PIPES),),
            (n(KISANGA), n(MASSAWE), n(LYIMO))),
    Carrier("latin1_plain_position_sentence_name_label", "salmon-mail/spam#16",
            "CITES Management Authority <cites-ma@nic.in>", "Nomination: CITES closed user group on CENcomm (India)",
            "sentence_and_labels", "en", (
                t("", ("start", ""), *IN_SENTENCE),),
            (n(RAGHUNATHAN),)),
    Carrier("cp1251_qp_bottom_post_two", "salmon-mail/spam#12",
            "Indonesian CITES MA <cites@kehutanan.go.id>", "Re: CITES closed user group on CENcomm",
            "bottom_post", "en", (
                t("1", ("start", ""), *ID_PLAIN),
                h("2", ("after", ID_BODY), ID_HTML)),
            (n(WICAKSONO), n(HARTONO))),
    Carrier("list_post_vendor_demo_not_request", "postorius/simple-email.txt",
            "TradeShield Compliance <events@tradeshield-compliance.com>",
            "CENcomm onboarding for CITES authorities - book your free demo", "not_request", "en", (
                t("1", ("start", ""), *VENDOR),),
            (), kind="not_request"),
    # ---------------------------------------------------------------- French
    Carrier("bad_cte_html_surname_slash_given_names_fr", "enmime/mail/mime-bad-content-transfer-encoding.raw",
            "=?utf-8?q?Point_focal_CITES_Gabon?= <cites@anpn.ga>",
            "Fiche agent - groupe ferme CITES sur CENcomm", "surname_first", "fr", (
                h("2", ("after", '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'),
                  "<div>" + br_html(GA_FORM) + "</div>\n"),),
            (n(MBA_ONDO),)),
    Carrier("html_before_end_letter_arabic_speaking_fr", "lamson/tests/spam#15",
            "=?utf-8?q?Agence_Nationale_des_Eaux_et_For=C3=AAts?= <cites@eauxetforets.gov.ma>",
            "Designation - groupe d'utilisateurs ferme CITES sur CENcomm", "letter", "fr", (
                h("", ("before", "</body>"), entities(paragraphs_html(MA_LETTER))),),
            (n(BENKIRANE),)),
    Carrier("html_english_labels_french_text_fr", "mail-parser/mail_test_14",
            "Priya Ramdin <cites@govmu.org>", "Inscription au groupe ferme CITES (CENcomm) - Maurice",
            "bilingual_labels", "fr", (
                h("1", ("after", '<meta charset="utf-8">\n'), entities("<div>" + div_html(MU_LABELS) + "</div>\n")),),
            (n(LAGESSE),)),
    Carrier("qp_html_before_end_lusophone_mailto_fr", "lamson/tests/spam#3",
            "IBAP - Conservation <conservacao@ibap.gw>", "Demande d'inscription - groupe ferme CITES CENcomm",
            "mailto", "fr", (
                h("1", ("before", "</body>"), entities(GW_HTML)),),
            (n(DJALO),)),
    Carrier("latin1_8bit_end_block_trunk_prefix_fr", "lamson/tests/spam#14",
            "=?iso-8859-1?q?Bureau_de_la_lutte_contre_la_fraude?= <comint3@douane.finances.gouv.fr>",
            "Groupe ferme CITES sur CENcomm - ajout d'une agente", "block", "fr", (
                t("1", ("end", ""), *FR_BLOCK),
                h("2", ("end", ""), "<p>" + br_html(FR_BLOCK[1:]) + "</p>\n")),
            (n(MARCHETTI),)),
    # ---------------------------------------------------------------- Spanish
    Carrier("html_newsletter_end_full_name_four_words_es", "lamson/tests/spam#19",
            "=?utf-8?q?Grupo_de_Gesti=C3=B3n_CITES?= <cites@minambiente.gov.co>",
            "Postulacion grupo cerrado CITES CENcomm - Colombia", "full_name_label", "es", (
                h("", ("before", "</body>"), entities(CO_HTML)),),
            (n(CARDENAS_RESTREPO),)),
    Carrier("cpython_html_one_sentence_ing_es", "cpython-test-email/msg_40.txt",
            "MARENA CITES <cites@marena.gob.ni>", "Grupo cerrado CITES en CENcomm - Nicaragua", "sentence", "es", (
                h("", ("after", "<html>"), entities(p_html(NI_SENTENCE))),),
            (n(OBANDO),)),
    Carrier("html_before_end_two_titles_es", "lamson/tests/spam#17",
            "=?utf-8?q?Direcci=C3=B3n_General_de_Vida_Silvestre?= <cites@semarnat.gob.mx>",
            "Registro de dos servidores publicos - grupo cerrado CITES CENcomm", "two_nominees", "es", (
                h("", ("before", "</body>"), entities(MX_HTML)),),
            (n(VILLARREAL), n(GARZA))),
    Carrier("html_before_end_own_labels_es", "lamson/tests/spam#5",
            "=?utf-8?q?Oficina_T=C3=A9cnica_CITES?= <cites@minec.gob.ve>",
            "Incorporacion al grupo cerrado CITES - Venezuela", "own_labels", "es", (
                h("", ("before", "</BODY>"), entities(p_html(VE_OWN))),),
            (n(BRICENO),)),
    Carrier("html_utf8_before_end_letter_dra_es", "lamson/tests/spam#20",
            "Autoridad Administrativa CITES <cites@comercio.mineco.es>", "Alta en el grupo cerrado CITES de CENcomm",
            "letter", "es", (
                h("", ("before", "</body>"), entities(paragraphs_html(ES_LETTER))),),
            (n(IGLESIAS),)),
]
