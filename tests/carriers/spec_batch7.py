"""The seventh batch of carriers (all held out): written by hand, expected values before any run.

Sources are real-mail messages no earlier carrier used: a plain 7bit test message (the reply typed between
the quoted lines of the Secretariat's notice), an Outlook 10 quoted-printable spam (an Outlook "From: / Sent: /
To: / Subject:" block forwarded under the writer's note, a telephone with an extension), an Evolution
multipart/alternative (two officers of one police force, country and organisation written once, a "van der"
surname), a RISC OS Messenger-Pro message with an attachment (the not_request: a workshop registration with
Name/Organisation/Phone lines), a multipart/alternative whose text part only says "see the HTML" (dash labels,
family name first in capitals), a Thunderbird HTML message with an inline image (tab-separated form, the address
written "name [at] domain"), a The Bat! HTML-only quoted-printable message (French labels in capitals,
"TÉL. PORTABLE", a Tuareg "Ag" surname), an HTML-only base64 Big5 message in multipart/related (a sentence and
two label lines), a Sendmail 7bit ISO-8859-1 message (a Lotus Notes "Réacheminé par" forward typed without
accents), a Mailman test message with a French MIME preamble (the HTML part has the request, the text part only
points to it; no position given), an Outlook Express 6 HTML-only base64 GB2312 message (the writer's own
signature straight after the nominee's lines), a HyperKitty test message in 8bit UTF-8 (Spanish labels in
capitals, "DE LA CRUZ"), an Apple Mail HTML-only message ("Celular"), two 7bit HTML-only spams (an invalid
telephone, and an Outlook "De: / Enviado el: / Para: / Asunto:" forward with dash labels) and a 7bit UTF-8
HTML-only newsletter (a reply below the quoted notice, "María del Carmen"). Their texts and officials share
nothing with batches 1-6 (names, surnames, organisations and numbers checked against tests/corpus, tests/heldout,
tests/heldout2, the tests and the earlier carriers); Spanish-speaking countries all come back, with new agencies.
"""

from __future__ import annotations

from html import escape

from tests.carriers.carrier import Carrier, bad_phone, h, n, t
from tests.carriers.people import (
    AG_ATTAHER,
    BANEGAS,
    BANGOURA,
    BOUBACAR,
    DE_LA_CRUZ,
    DORJI,
    HABIMANA,
    NANGOLO,
    NDIKUMANA,
    NGARADOUM,
    ORTIZ_GIMENEZ,
    PINZON,
    PORTILLO,
    TRAN,
    VAN_DER_BERG,
    WATANABE,
    br_html,
    div_html,
    entities,
    mso_html,
    oe_html,
    p_html,
)
from tests.heldout.make_heldout import only

# ------------------------------------------------------------------ English

VN_INTERLEAVED = ["Dear colleagues,", "",
                  "Thank you for your message. I have typed our answers under each item of your list.", "",
                  "Nguyen Thi Hoa wrote on 30/11/2026:",
                  "> Dear CITES Management Authority,",
                  ">",
                  "> To add an official to the CITES closed user group on CENcomm, please",
                  "> reply to this message with the following details for each official.",
                  ">",
                  "> Country:",
                  "Viet Nam",
                  "> Name:",
                  "Minh Duc",
                  "> Surname:",
                  "TRAN",
                  "> Organization:",
                  "Forest Protection Department",
                  "> Position/Role:",
                  "Deputy Head of Division",
                  "> Contact number:",
                  "+84 24 3944 0833",
                  "> Official email address:",
                  "duc.tm@kiemlam.org.vn",
                  ">",
                  "> The Secretariat will confirm by e-mail once the official has been added.",
                  "",
                  "Many thanks,",
                  "Hoa",
                  "CITES Management Authority of Viet Nam", "",
                  "(An old test message of ours is quoted below; please ignore it.)", "", ""]
JP_OUTLOOK = ["Dear Secretariat,", "",
              "Please find below, as received from our Trade Control Department, Japan's nomination for the CITES "
              "closed user group on CENcomm.", "",
              "With best regards,",
              "Aiko YAMAMOTO",
              "CITES Management Authority of Japan", "",
              "From: Sato Hiroshi <sato-hiroshi@meti.go.jp>",
              "Sent: Wednesday, December 2, 2026 10:41 AM",
              "To: Yamamoto Aiko <yamamoto-aiko@meti.go.jp>",
              "Cc: CITES-office <cites-office@meti.go.jp>",
              "Subject: RE: CENcomm CUG - nominee", "",
              "Yamamoto-san,", "",
              "The officer for the CITES closed user group will be:", "",
              "Name: Kenji Watanabe",
              "Organization: Ministry of Economy, Trade and Industry",
              "Position: Deputy Director, Agricultural and Marine Products Office",
              "Tel: +81 3 3501 1511 ext. 3681",
              "Email: watanabe-kenji@meti.go.jp",
              "Country: Japan", "",
              "Best regards,",
              "Sato", "",
              "", ""]
NA_TWO = ["Good day,", "",
          "Namibia wishes to register two officers in the CITES closed user group on CENcomm. Both serve in the "
          "Protected Resources Division in Windhoek.", "",
          "Country: Namibia",
          "Organisation: Namibian Police Force", "",
          "1) Hendrik van der Berg, Investigating Officer",
          "   Tel: +264 61 209 4125",
          "   Email: hvanderberg@nampol.gov.na", "",
          "2) Maria Nangolo, Unit Commander",
          "   Tel: +264 61 209 4130",
          "   Email: mnangolo@nampol.gov.na", "",
          "Kind regards,",
          "CITES Management Authority, Ministry of Environment, Forestry and Tourism", "",
          "---", ""]
WORKSHOP = ["Dear Organisers,", "",
            "I would like to register for the Regional Workshop on Wildlife Crime Data and CENcomm (Arusha, "
            "8-10 February 2027). My details for the participants' list:", "",
            "Name: Halima Mwinyi",
            "Organisation: Tanzania Forest Services Agency",
            "Position: Forest Officer",
            "Phone: +255 22 286 4249",
            "Email: h.mwinyi@tfs.go.tz",
            "Country: United Republic of Tanzania", "",
            "I am already a member of the CITES closed user group on CENcomm, so no access request is needed; I "
            "only need a room at the workshop hotel for the nights of 7 to 10 February.", "",
            "Thank you,",
            "Halima", "",
            "(Attached: the photo for the badge.)", "", ""]
RW_STUB = ["This message is in HTML format. If you cannot read it, please view the HTML version.", "", ""]
RW_HTML_LINES = ["Dear Sir/Madam,", "",
                 "Please register the following officer of Rwanda in the CITES closed user group on CENcomm.", "",
                 "Name - HABIMANA Jean Bosco",
                 "Position - Customs Intelligence Officer",
                 "Organisation - Rwanda Revenue Authority",
                 "Telephone - +250 788 604 217",
                 "Email - jbhabimana@rra.gov.rw",
                 "Country - Rwanda", "",
                 "Yours faithfully,",
                 "Rwanda Development Board, CITES Management Authority"]
BT_ROWS = [("Country", "Bhutan"),
           ("Name", "Pema"),
           ("Surname", "Dorji"),
           ("Organization", "Department of Forests and Park Services"),
           ("Position/Role", "Chief Forestry Officer"),
           ("Contact number", "+975 2 323 055"),
           ("Official email address", "pdorji [at] dofps.gov.bt")]
BT_HEAD = ["Dear CITES Secretariat,", "",
           "Kuzuzangpo la. Bhutan would like to add one official to the CITES closed user group on CENcomm. "
           "The form is filled in below.", ""]
BT_TAIL = ["", "(The address is written with [at] because our mail filter strips addresses.)", "",
           "Tashi delek,", "Kinley", "Wildlife and Habitat Division"]
BT_TEXT = BT_HEAD + [f"{a}\t{b}" for a, b in BT_ROWS] + BT_TAIL + ["", ""]
BT_HTML = ("\n<pre wrap=\"\">" + escape("\n".join(BT_HEAD + [f"{a}\t{b}" for a, b in BT_ROWS] + BT_TAIL), quote=False)
           + "\n</pre>\n")

# ------------------------------------------------------------------ French

ML_CAPS = ["Bonjour,", "",
           "Veuillez trouver ci-dessous la fiche de l'agent malien à inscrire au groupe fermé CITES sur CENcomm.", "",
           "PAYS : MALI",
           "NOM : AG ATTAHER",
           "PRÉNOM : Mohamed",
           "STRUCTURE : Direction Nationale des Eaux et Forêts",
           "FONCTION : Chef de la Division Conservation de la Faune",
           "TÉL. PORTABLE : +223 76 45 12 08",
           "E-MAIL : m.agattaher@dnef.gouv.ml", "",
           "Cordialement,",
           "Le Point focal CITES du Mali"]
NE_SPLIT = ["Madame, Monsieur,", "",
            "Le Niger désigne M. Salissou BOUBACAR, Chef de la division CITES à la Direction de la Faune, de la "
            "Chasse et des Aires Protégées, comme membre du groupe d'utilisateurs fermé CITES sur CENcomm.", "",
            "Ses coordonnées :",
            "Tél. : +227 20 72 38 49",
            "Courriel : s.boubacar@environnement.gouv.ne", "",
            "Veuillez agréer, Madame, Monsieur, nos salutations distinguées.", "",
            "Le Directeur Général des Eaux et Forêts, Niamey"]
TD_LOTUS = ["Bonjour,", "",
            "Ci-dessous la designation transmise par notre Direction pour le groupe ferme CITES sur CENcomm.",
            "Merci de bien vouloir l'enregistrer.", "",
            "Abakar Youssouf",
            "Point focal CITES du Tchad",
            "----- Reachemine par Abakar Youssouf/MEPDD/TD le 02/12/2026 09:47 -----", "",
            "Ahmat Brahim/MEPDD/TD",
            "01/12/2026 16:22", "",
            "        Pour :  Abakar Youssouf/MEPDD/TD@MEPDD",
            "        cc :",
            "        Objet : Agent a inscrire - groupe ferme CITES CENcomm", "",
            "Bonjour Abakar,", "",
            "Voici les informations demandees par le Secretariat :", "",
            "Pays : Tchad",
            "Nom : NGARADOUM",
            "Prenom : Rachel",
            "Direction : Direction de la Conservation de la Faune et des Aires Protegees",
            "Fonction : Chef de service de la faune",
            "Tel : +235 66 29 14 07",
            "Mail : r.ngaradoum@environnement.gouv.td", "",
            "Cordialement",
            "Ahmat", "",
            "", ""]
GN_STUB = ["Ce message est au format HTML. Merci de consulter la version HTML.", "", ""]
GN_HTML_LINES = ["Bonjour,", "",
                 "La Guinée souhaite inscrire l'agente suivante au groupe d'utilisateurs fermé CITES sur CENcomm :", "",
                 "Pays : Guinée",
                 "Nom : BANGOURA",
                 "Prénom : Aïssatou",
                 "Organisme : Office Guinéen des Parcs et Réserves",
                 "Tél. : +224 622 45 87 13",
                 "Courriel : a.bangoura@ogpr.gov.gn", "",
                 "Sa fonction vous sera précisée dès la signature de sa décision d'affectation.", "",
                 "Bien à vous,",
                 "Direction Nationale des Eaux et Forêts, Conakry"]
BI_SIGNATURE = ["Bonjour,", "",
                "Pour le Burundi, merci d'inscrire au groupe d'utilisateurs fermé CITES sur CENcomm :", "",
                "Nom : NDIKUMANA",
                "Prénom : Aline",
                "Institution : Office Burundais pour la Protection de l'Environnement",
                "Fonction : Responsable de la gestion de la faune",
                "Téléphone : +257 79 45 12 30",
                "Adresse électronique : aline.ndikumana@obpe.bi",
                "Jean-Marie HAKIZIMANA",
                "Directeur des Forêts",
                "Office Burundais pour la Protection de l'Environnement",
                "Tél. : +257 22 27 81 64",
                "jm.hakizimana@obpe.bi"]

# ------------------------------------------------------------------ Spanish

MX_CAPS = ["Buen día:", "",
           "Por instrucciones de la Autoridad Científica CITES de México, solicito el alta en el grupo cerrado "
           "CITES de CENcomm de la siguiente persona:", "",
           "PAÍS: MÉXICO",
           "NOMBRE(S): José Luis",
           "APELLIDOS: DE LA CRUZ MARTÍNEZ",
           "INSTITUCIÓN: Comisión Nacional para el Conocimiento y Uso de la Biodiversidad",
           "CARGO: Especialista en Comercio Internacional de Especies Silvestres",
           "TELÉFONO: +52 55 5004 5000",
           "CORREO: jdelacruz@conabio.gob.mx", "",
           "Quedo atento a cualquier comentario.", "",
           "Atentamente,",
           "Arturo Villaseñor",
           "Coordinación de la Autoridad Científica CITES", "",
           "(Lo que sigue es un envío de la lista que se pegó por error a este mensaje.)", "", ""]
PY_CELULAR = ["Estimados:", "",
              "Les paso los datos de la persona designada por Paraguay para el grupo cerrado CITES en CENcomm.", "",
              "Nombre y apellido: Liz Raquel Ortiz Giménez",
              "Institución: Instituto Forestal Nacional",
              "Cargo: Técnica de Fiscalización Forestal",
              "Celular: +595 981 456 789",
              "Correo: lortiz@infona.gov.py",
              "País: Paraguay", "",
              "Saludos cordiales,",
              "Rubén", ""]
PA_BAD = ["Buenas tardes:", "",
          "Panamá solicita la inclusión de la siguiente funcionaria en el grupo cerrado CITES de CENcomm.", "",
          "Nombre: Yariela",
          "Apellidos: Pinzón de Vergara",
          "Institución: Autoridad Nacional de Aduanas",
          "Cargo: Oficial de Aduanas",
          "Teléfono: +507 506 600",
          "Correo electrónico: ypinzon@ana.gob.pa",
          "País: Panamá", "",
          "Atentamente,",
          "Departamento de Vida Silvestre, Ministerio de Ambiente"]
SV_OUTLOOK = ["Estimados:", "",
              "Reenvío la designación de Aduanas para el grupo cerrado CITES en CENcomm; favor registrarla.", "",
              "Saludos,",
              "Paula Inostroza",
              "Autoridad Administrativa CITES de El Salvador", "",
              "De: Ernesto Velasquez <evelasquez@mh.gob.sv>",
              "Enviado el: martes, 1 de diciembre de 2026 17:05",
              "Para: Paula Inostroza <cites@ambiente.gob.sv>",
              "Asunto: Funcionario para CENcomm", "",
              "Paula, estos son los datos que pediste:", "",
              "Nombre - René Alexander",
              "Apellidos - Portillo Guevara",
              "Cargo - Técnico de Aduanas",
              "Institución - Dirección General de Aduanas",
              "Teléfono - +503 2244 5100",
              "Correo - rportillo@mh.gob.sv",
              "País - El Salvador", "",
              "Saludos,",
              "Ernesto"]
HN_QUOTE = ["Estimada Autoridad Administrativa CITES:",
            "Para agregar funcionarios al grupo cerrado CITES en CENcomm, indique por cada uno: país, nombre, "
            "apellidos, institución, cargo, teléfono y correo institucional."]
HN_REPLY = ["Buenos días,", "",
            "La persona que Honduras designa es la Ing. María del Carmen Banegas Rivera, Inspectora de Cuarentena "
            "Agropecuaria del Servicio Nacional de Sanidad e Inocuidad Agroalimentaria.", "",
            "Teléfono: +504 2232 6213",
            "Correo: mbanegas@senasa.gob.hn", "",
            "Saludos,",
            "Óscar Amador"]
HN_HTML = ("\n<div dir=\"ltr\"><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">El lun, 30 nov 2026 a "
           "las 10:12, CITES Secretariat &lt;info@cites.org&gt; escribió:<br></div><blockquote class=\"gmail_quote\" "
           "style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
           + div_html(HN_QUOTE) + "</blockquote></div><div><br></div>" + div_html(HN_REPLY) + "</div>\n")


BATCH7: list[Carrier] = [
    # ---------------------------------------------------------------- English
    Carrier("plain_interleaved_answers", "cpython-test-email/msg_01.txt",
            "Nguyen Thi Hoa <cites@kiemlam.org.vn>", "Re: CITES closed user group on CENcomm - details requested",
            "interleaved", "en", (
                t("", ("start", ""), *VN_INTERLEAVED),),
            (n(TRAN),)),
    Carrier("outlook10_forwarded_block_extension", "salmon-mail/spam#8",
            "Aiko YAMAMOTO <cites-office@meti.go.jp>", "FW: CENcomm CUG - nominee", "forward", "en", (
                t("1", ("start", ""), *JP_OUTLOOK),),
            (n(WATANABE),)),
    Carrier("evolution_two_shared_org", "salmon-mail/spam#9",
            "MEFT CITES <cites@meft.gov.na>", "Namibia: two officers for the CITES closed user group",
            "two_nominees", "en", (
                t("1", ("start", ""), *NA_TWO),
                h("2", ("after", "<BODY>"), "\n" + br_html(NA_TWO[:-2]) + "<br>\n")),
            (n(VAN_DER_BERG), n(NANGOLO))),
    Carrier("riscos_workshop_registration_not_request", "cpython-test-email/msg_26.txt",
            "Halima Mwinyi <h.mwinyi@tfs.go.tz>", "Registration - Regional Workshop on Wildlife Crime Data and CENcomm",
            "not_request", "en", (
                t("1", ("start", ""), *WORKSHOP),),
            (), kind="not_request"),
    Carrier("alternative_see_html_dash_labels", "fast-mail-parser/rfc/multipart_alternative.eml",
            "Rwanda Development Board <cites@rdb.rw>", "CENcomm closed user group - Rwanda", "html_only_request", "en", (
                t("1", ("start", ""), *RW_STUB),
                h("2", ("after", "<html><body>"), p_html(RW_HTML_LINES))),
            (n(HABIMANA),)),
    Carrier("thunderbird_tab_form_at_address", "salmon-mail/spam#10",
            "Kinley Wangmo <cites@moenr.gov.bt>", "CITES CUG on CENcomm - Bhutan", "tab_form", "en", (
                t("1", ("start", ""), *BT_TEXT),
                h("2.1", ("after", '<body bgcolor="#ffffff" text="#000000">'), BT_HTML)),
            (n(DORJI),)),
    # ---------------------------------------------------------------- French
    Carrier("thebat_html_caps_labels_fr", "salmon-mail/spam#3",
            "=?utf-8?q?Point_focal_CITES_Mali?= <cites@dnef.gouv.ml>", "Groupe ferme CITES / CENcomm - Mali",
            "caps_labels", "fr", (
                h("1", ("after", "<body>"), entities(p_html(ML_CAPS))),),
            (n(AG_ATTAHER),)),
    Carrier("big5_related_sentence_and_labels_fr", "pymilter/big5",
            "=?utf-8?q?Direction_G=C3=A9n=C3=A9rale_des_Eaux_et_For=C3=AAts?= <cites@environnement.gouv.ne>",
            "Designation - groupe ferme CITES sur CENcomm", "sentence_labels", "fr", (
                h("1.1", ("before", "</body>"), entities(mso_html(NE_SPLIT)) + "\n"),),
            (n(BOUBACAR),)),
    Carrier("lotus_notes_forward_no_accents_fr", "salmon-mail/spam#11",
            "Abakar Youssouf <cites@environnement.gouv.td>", "TR: Agent a inscrire - groupe ferme CITES CENcomm",
            "forward", "fr", (
                t("", ("start", ""), *TD_LOTUS),),
            (n(NGARADOUM),)),
    Carrier("preamble_fr_html_part_no_position_fr", "mailman/email/tests/data/bad_email_4.eml",
            "Direction Nationale des Eaux et Forets <cites@environnement.gov.gn>",
            "Groupe d'utilisateurs ferme CITES - Guinee", "missing_field", "fr", (
                t("1", ("before", "Plain Text"), *GN_STUB),
                h("2", ("before", "Not really HTML"), entities(p_html(GN_HTML_LINES)))),
            (n(only(BANGOURA, "country", "name", "surname", "organization", "phone", "email")),)),
    Carrier("oe_gb2312_signature_after_nominee_fr", "mail-parser/mail_test_9",
            "Jean-Marie HAKIZIMANA <jm.hakizimana@obpe.bi>", "Groupe ferme CITES CENcomm : Burundi", "signature", "fr", (
                h("", ("after", "<BODY>"), "\n" + entities(oe_html(BI_SIGNATURE))),),
            (n(NDIKUMANA),)),
    # ---------------------------------------------------------------- Spanish
    Carrier("mailman_8bit_caps_labels_es", "hyperkitty/payload-utf8-wrong.txt",
            "=?utf-8?q?Arturo_Villase=C3=B1or?= <cites@conabio.gob.mx>",
            "Alta en el grupo cerrado CITES de CENcomm", "caps_labels", "es", (
                t("", ("start", ""), *MX_CAPS),),
            (n(DE_LA_CRUZ),)),
    Carrier("apple_html_celular_es", "enmime/low-quality/html-only-inline.raw",
            "=?utf-8?q?Rub=C3=A9n_Dom=C3=ADnguez?= <cites@mades.gov.py>", "Grupo cerrado CITES - Paraguay",
            "own_labels", "es", (
                h("1.1", ("after", '<body style="word-wrap: break-word; -webkit-nbsp-mode: space; '
                                   '-webkit-line-break: after-white-space; ">'),
                  entities(div_html(PY_CELULAR))),),
            (n(ORTIZ_GIMENEZ),)),
    Carrier("html_7bit_bad_phone_es", "salmon-mail/spam#5",
            "Ministerio de Ambiente <cites@miambiente.gob.pa>", "Grupo cerrado CITES: funcionaria de Aduanas",
            "invalid_phone", "es", (
                h("", ("after", "<BODY>"), entities(p_html(PA_BAD))),),
            (bad_phone(PINZON, "+507 506 600"),)),
    Carrier("html_outlook_forward_dash_labels_es", "salmon-mail/spam#17",
            "Paula Inostroza <cites@ambiente.gob.sv>", "RV: Funcionario para CENcomm", "forward", "es", (
                h("", ("after", "<body>"), "\n" + entities(mso_html(SV_OUTLOOK)) + "\n"),),
            (n(PORTILLO),)),
    Carrier("gmail_quote_bottom_reply_es", "salmon-mail/spam#20",
            "=?utf-8?q?=C3=93scar_Amador?= <cites@miambiente.gob.hn>", "Re: Grupo cerrado CITES en CENcomm",
            "bottom_post", "es", (
                h("", ("after", 'bgcolor="#323C4F" style="color:#000000;font-size:12px;line-height:14px;'
                               'font-family:Helvetica, Verdana, Arial, sans-serif;" >'), entities(HN_HTML)),),
            (n(BANEGAS),)),
]
