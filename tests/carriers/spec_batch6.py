"""The sixth batch of carriers (all held out): written by hand, expected values before any run.

Sources are real-mail messages no earlier carrier used: a long Gmail "Fwd:" (7bit UTF-8 text, the
forward header typed by the writer), a Mailman pipermail post under an Outlook "-----Original
Message-----" header, a PyPI notification (7bit text, quoted-printable HTML), an Outlook Express 5
message in GB2312 (8bit), a Mailman digest (the not_request), a Microsoft CDO booking confirmation
with a PDF, a list reply whose Content-Type has a broken charset parameter, a quoted-printable
ISO-8859-1 RFQ with a uuencoded zip, an 8bit ISO-8859-1 multipart/alternative, an HTML-only
quoted-printable ISO-8859-1 message, a base64 HTML-only UTF-8 message with an attachment, an Outlook
Express 6 HTML in windows-1251 (7bit, so character references), an 8bit UTF-8 plain message, a
Zimbra message whose text and HTML are quoted-printable UTF-8 ("--Sent from my iPhone"), an Outlook
Express 6 quoted-printable windows-1252 multipart/alternative, a quoted-printable UTF-8 HTML
newsletter with inline images and a 7bit ISO-8859-1 HTML-only message. Their texts and officials
share nothing with batches 1-5 (names, surnames and organisations checked against tests/corpus,
tests/heldout, tests/heldout2 and the earlier carriers).
"""

from __future__ import annotations

from html import escape

from tests.carriers.carrier import Carrier, bad_phone, h, n, t
from tests.carriers.people import (
    AMEGAH,
    ARIAS,
    CARDENAS,
    COY,
    CUEVA,
    GBANDI,
    HOAREAU,
    HOUMED,
    KABAMBA,
    KAMARA,
    KHOURY,
    KPODAR,
    LINDQVIST,
    NAIVALU,
    PEREYRA,
    PRASAD,
    RAVUVU,
    VISSER,
    ZEGARRA,
    ZHAO,
    br_html,
    div_html,
    entities,
    oe_html,
    p_html,
)
from tests.heldout.make_heldout import only

# ------------------------------------------------------------------ English

NL_FORWARD = ["Hello,", "",
              "Further to your notification about CENcomm, the Netherlands would like the colleague below to "
              "join the CITES closed user group.", "",
              "Full name: Maartje Visser",
              "Agency: Netherlands Food and Consumer Product Safety Authority",
              "Job title: Senior Inspector",
              "Direct line: +31 88 223 3412",
              "Work e-mail: m.visser@nvwa.nl",
              "Country: Netherlands", "",
              "The message underneath came with this thread and is unrelated; please ignore it.", "",
              "Kind regards,", "Samuel", "",
              "---------- Forwarded message ---------",
              "From: Samuel Carmona <samuel@appfluence.com>",
              "Date: Mon, Aug 1, 2016 at 4:10 PM",
              "Subject: Test",
              "To: <inbox@appfluence.com>", "", ""]
SE_OUTLOOK = ["Dear CITES Secretariat,", "",
              "Sweden nominates the following officer for the CITES closed user group on CENcomm:", "",
              "Name: Erik Lindqvist",
              "Position: Customs Officer",
              "Organisation: Swedish Customs",
              "Phone: +46 40 661 31 52",
              "E-mail: erik.lindqvist@tullverket.se", "",
              "Please contact me if anything else is needed.", "",
              "Best regards,", "",
              "Karin Holm",
              "Senior Administrative Officer",
              "CITES Management Authority, Swedish Board of Agriculture",
              "Tel: +46 36 15 58 21",
              "karin.holm@jordbruksverket.se", "",
              "-----Original Message-----",
              "From: Vit Ondruch <vondruch@redhat.com>",
              "Sent: Tuesday, July 10, 2012 1:29 PM",
              "To: packaging@lists.fedoraproject.org",
              "Subject: [Fedora-packaging] RPM macros", "", ""]
FIJI_HEAD = ["Bula vinaka,", "",
             "Fiji requests access to the CITES closed user group on CENcomm for three officers:", ""]
FIJI_LIST = [("Litia Naivalu - Senior Environment Officer, Department of Environment",
              "Tel: +679 331 1699   Email: litia.naivalu@environment.gov.fj"),
             ("Josefa Ravuvu - Customs Officer, Fiji Revenue and Customs Service",
              "Tel: +679 324 3000   Email: jravuvu@frcs.org.fj"),
             ("Anjeshni Prasad - Fisheries Officer, Ministry of Fisheries",
              "Tel: +679 330 1611   Email: anjeshni.prasad@fisheries.gov.fj")]
FIJI_TAIL = ["Vinaka,", "Semi", "CITES Management Authority, Suva", "",
             "(The PyPI notice below landed in the same thread by mistake.)", "", ""]
FIJI_TEXT = FIJI_HEAD + [ln for i, (a, b) in enumerate(FIJI_LIST, 1) for ln in (f"{i}. {a}", f"   {b}")] + [""] \
    + FIJI_TAIL
FIJI_HTML = ("\n<div>" + div_html(FIJI_HEAD[:3]) + "<ol>"
             + "".join(f"<li>{escape(a, quote=False)}<br>{escape(b.replace('   ', ' | '), quote=False)}</li>"
                       for a, b in FIJI_LIST)
             + "</ol>" + div_html(FIJI_TAIL[:-1]) + "</div>\n")
CN_NEXT_LINE = ["Dear Colleagues,", "",
                "Please find below the details of the officer China nominates for the CITES closed user group on "
                "CENcomm.", "",
                "Country:", "China", "",
                "Name (family name first):", "ZHAO Jianguo", "",
                "Organization:", "Endangered Species Import and Export Management Office", "",
                "Position:", "Deputy Division Director", "",
                "Office telephone:", "+86 10 8423 8503", "",
                "Email:", "zhaojianguo@cites.org.cn", "",
                "Best regards,", "",
                "LIU Min",
                "International Cooperation Division",
                "Endangered Species Import and Export Management Office",
                "Tel: +86 10 8423 8510", "",
                "-------- Original --------", "", ""]
BULLETIN = ["WILDLIFE ENFORCEMENT BULLETIN - No. 47, December 2026", "",
            "1. CENcomm refresher course for CITES users", "",
            "A regional refresher course on the CITES closed user group on CENcomm will be held online on "
            "20 January 2027. Officers already registered in the group will receive the link by e-mail; "
            "officers who are not yet members must first be nominated by their national CITES Management "
            "Authority through the CITES Secretariat. This bulletin cannot register anyone.", "",
            "Course contact:",
            "Name: Helen Achterberg",
            "Organization: Regional Intelligence Liaison Office for Western Europe",
            "Phone: +32 2 209 9441",
            "Email: rilo-we@wcoomd.org", "",
            "2. Next issue", "",
            "The next bulletin will appear in February 2027.", "", ""]
SL_LETTER = ["GOVERNMENT OF SIERRA LEONE",
             "MINISTRY OF ENVIRONMENT AND CLIMATE CHANGE",
             "Youyi Building, Brookfields, Freetown", "",
             "Our Ref: MECC/CITES/26/114",
             "2 December 2026", "",
             "The Secretary-General",
             "CITES Secretariat",
             "Palais des Nations, Geneva", "",
             "Dear Madam,", "",
             "RE: NOMINATION TO THE CITES CLOSED USER GROUP ON CENCOMM", "",
             "I write to nominate Ms Mariama Kamara, Senior Wildlife Officer of the National Protected Area "
             "Authority, as Sierra Leone's member of the CITES closed user group on CENcomm. Ms Kamara may be "
             "contacted on +232 76 612 345 and at mkamara@npaa.gov.sl.", "",
             "Please accept the assurances of my highest consideration.", "",
             "Abu Bakarr Conteh",
             "Permanent Secretary",
             "Tel: +232 22 224 123", "",
             "(Please disregard the booking confirmation below, sent from this account by mistake.)", "", ""]
SC_BOTTOM = ["",
             "> Parties wishing to add officers to the CITES closed user group on CENcomm",
             "> are invited to send the officers' details to the Secretariat.", "",
             "Seychelles' nominee, as requested:", "",
             "Nathalie Hoareau",
             "Senior Environment Officer, Ministry of Agriculture, Climate Change and Environment",
             "+248 4 670 532",
             "n.hoareau@env.gov.sc", "",
             "Regards,", "Patrick"]

# ------------------------------------------------------------------ French

CF_FORWARD = ["Bonjour,", "",
              "Je vous transfère ci-dessous, pour information, une demande de devis suspecte reçue sur notre "
              "adresse de service.", "",
              "J'en profite pour vous transmettre la fiche de notre agent pour le groupe d'utilisateurs fermé "
              "CITES sur CENcomm :", "",
              "Nom et prénoms : GBANDI Clarisse",
              "Grade : Capitaine des Eaux et Forêts",
              "Structure : Direction Générale des Eaux, Forêts, Chasse et Pêche",
              "Téléphone (bureau) : +236 21 61 20 47",
              "Adresse mél professionnelle : c.gbandi@eauxforets.gouv.cf",
              "Pays : République centrafricaine", "",
              "Cordialement,", "",
              "Romaric Ndoyo",
              "Point focal CITES",
              "Ministère des Eaux, Forêts, Chasse et Pêche, Bangui",
              "Tél. : +236 21 61 35 80", "",
              "-----Message d'origine-----",
              "De : purchasing@aquillaindustries.com [mailto:do-not-reply@ncs.gov.ng]",
              "Envoyé : mardi 13 février 2018 17:26",
              "À : Undisclosed-Recipients",
              "Objet : Urgent Request for Order Quotation", "", ""]
TG_TWO = ["Bonjour,", "",
          "Le Togo souhaite inscrire deux agents au groupe fermé CITES sur CENcomm. Voici leurs fiches.", "",
          "Agent n° 1",
          "Nom : AMEGAH",
          "Prénom : Komi",
          "Service : Direction des Ressources Forestières",
          "Fonction : Chef de la division faune",
          "Poste fixe : +228 22 21 33 32",
          "Courriel pro : k.amegah@environnement.gouv.tg", "",
          "Agent n° 2",
          "Nom : KPODAR",
          "Prénom : Yawa",
          "Service : Office Togolais des Recettes",
          "Fonction : Inspectrice des douanes",
          "Poste fixe : +228 22 53 14 00",
          "Courriel pro : ykpodar@otr.tg", "",
          "Pays : Togo", "",
          "Salutations distinguées,", "Direction des Ressources Forestières, Lomé", "", ""]
LB_HTML = ("\n    <p>Bonjour,</p>\n    <p>Le Liban propose Mme Rania Khoury, Chargée des permis CITES au Ministère de "
           "l'Agriculture, pour le groupe d'utilisateurs fermé CITES sur CENcomm. Tél. : +961 1 849 639.</p>\n"
           "    <p>Elle n'a pas encore d'adresse électronique professionnelle ; nous vous la communiquerons dès que "
           "le service informatique l'aura créée.</p>\n    <p>Bien cordialement,<br>\n    Service des forêts et "
           "des ressources naturelles, Beyrouth</p>\n   ")
DJ_HTML = ("<div>Bonjour,</div><div><br></div><div>Pour Djibouti, la personne à inscrire au groupe d'utilisateurs "
           "fermé CITES sur CENcomm est M. Moustapha HOUMED. Il est Chef du bureau CITES à la Direction de "
           "l'Environnement et du Développement Durable et peut être joint au +253 21 35 10 20 ou à l'adresse "
           "m.houmed@environnement.gouv.dj.</div><div><br></div><div>Le message ci-dessous, reçu hier, semble "
           "être une tentative d'hameçonnage ; je vous le transfère pour information.</div><div><br></div>"
           "<div>Cordialement,</div><div>Fathia</div><div><br></div>"
           "<div>---------- Message transféré ---------<br>De : служба ФНС Даниил Суворов "
           "&lt;suvorov.s@nalg.ru&gt;<br>Date : lun. 22 août 2016 à 14:22<br>Objet : письмо уведом-е<br>"
           "À : &lt;kinney@noth.com&gt;<br></div><br>\n")
CD_LETTER = ["RÉPUBLIQUE DÉMOCRATIQUE DU CONGO",
             "Ministère de l'Environnement et Développement Durable",
             "Secrétariat Général à l'Environnement", "",
             "N/Réf. : 2714/SG/EDD/CITES/2026",
             "Kinshasa, le 2 décembre 2026", "",
             "À l'attention du Secrétariat de la CITES", "Genève", "",
             "Objet : Désignation au groupe d'utilisateurs fermé CITES sur CENcomm", "",
             "Madame, Monsieur,", "",
             "J'ai l'honneur de vous informer que Madame Bijou Kabamba, Chargée de la lutte contre le trafic des "
             "espèces à l'Institut Congolais pour la Conservation de la Nature, est désignée pour représenter la "
             "République Démocratique du Congo au sein dudit groupe.", "",
             "Ses coordonnées :", "Téléphone : +243 81 555 0123", "Adresse électronique : b.kabamba@iccn.gouv.cd", "",
             "Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.", "",
             "Le Secrétaire Général", "Didier Lokando", "Tél. : +243 99 800 1122", ""]

# ------------------------------------------------------------------ Spanish

PE_TWO = ["Estimados señores:", "",
          "La Autoridad Administrativa CITES del Perú solicita incorporar al grupo cerrado CITES en CENcomm a los "
          "siguientes funcionarios:", "",
          "1) Rocío Cárdenas Vilca",
          "   Especialista en Aduanas",
          "   Superintendencia Nacional de Aduanas y de Administración Tributaria",
          "   Teléfono: +51 1 634 3300",
          "   Correo: rcardenas@sunat.gob.pe", "",
          "2) Miguel Ángel Zegarra Ponce",
          "   Supervisor Forestal",
          "   Organismo de Supervisión de los Recursos Forestales y de Fauna Silvestre",
          "   Teléfono: +51 1 615 7300",
          "   Correo: mzegarra@osinfor.gob.pe", "",
          "Atentamente,", "", "Autoridad Administrativa CITES - Perú", "",
          "P. D.: el mensaje de abajo nos llegó a la casilla institucional; no tiene nada que ver con esta "
          "solicitud.", "", ""]
GT_SENTENCE = ["Buenas tardes,", "",
               "Por Guatemala, les solicito agregar al grupo cerrado CITES de CENcomm al Agente Héctor Coy Pop, de la "
               "División de Protección a la Naturaleza de la Policía Nacional Civil, tel. +502 2329 011, correo "
               "hcoy@pnc.gob.gt.", "",
               "Saludos,", "Comisario Luis Xicará", ""]
CR_NEXT_LINE = ["Buenos días,", "",
                "Remito los datos de la funcionaria de Costa Rica para el grupo cerrado CITES en CENcomm:", "",
                "Nombre completo", "Adriana Arias Brenes", "",
                "Cargo", "Inspectora Fitosanitaria", "",
                "Dependencia", "Servicio Fitosanitario del Estado", "",
                "Teléfono de oficina", "+506 2549 3450", "",
                "Correo institucional", "aarias@sfe.go.cr", "",
                "Gracias de antemano.", "",
                "Ing. Mauricio Quesada", "Autoridad Administrativa CITES (flora)", "Tel. +506 2549 3400", "", ""]
EC_LETTER = ["REPÚBLICA DEL ECUADOR",
             "Ministerio del Ambiente, Agua y Transición Ecológica",
             "Subsecretaría de Patrimonio Natural", "",
             "Oficio Nro. MAATE-SPN-2026-0873-O",
             "Quito, D.M., 2 de diciembre de 2026", "",
             "Señora", "Secretaria General de la CITES", "Ginebra", "",
             "Asunto: Designación de usuario del grupo cerrado CITES en CENcomm", "",
             "De mi consideración:", "",
             "Por medio del presente comunico que el Servicio Nacional de Aduana del Ecuador ha designado al señor "
             "Esteban Cueva Ordóñez, Analista de Control Aduanero, como usuario del grupo cerrado CITES en CENcomm "
             "por parte del Ecuador. Sus datos de contacto son: teléfono +593 4 373 1030 y correo electrónico "
             "esteban.cueva@aduana.gob.ec.", "",
             "Con sentimientos de distinguida consideración.", "",
             "Atentamente,", "",
             "Mgs. Carolina Yépez", "SUBSECRETARIA DE PATRIMONIO NATURAL", "Teléfono: +593 2 398 7600"]
UY_LABELS = ["Hola,", "",
             "Les paso el funcionario que Uruguay designa para el grupo cerrado CITES en CENcomm.", "",
             "Funcionario: Gonzalo Pereyra Olivera",
             "Unidad: Dirección Nacional de Aduanas",
             "Grado / cargo: Oficial de Aduana",
             "Teléfono directo: +598 2915 0007",
             "Correo institucional: gpereyra@aduanas.gub.uy", "",
             "Saludos cordiales,", "",
             "Florencia Techera",
             "Departamento de Fauna, Ministerio de Ambiente",
             "Tel. +598 2915 0300"]


BATCH6: list[Carrier] = [
    # ---------------------------------------------------------------- English
    Carrier("gmail_forward_own_labels", "django-mailbox/message_with_long_content.eml",
            "Samuel Carmona <cites@nvwa.nl>", "Fwd: Test / CITES closed user group (Netherlands)", "forward", "en", (
                t("1", ("start", ""), *NL_FORWARD),),
            (n(VISSER),)),
    Carrier("pipermail_outlook_original_signature", "django-mailman3/pipermail_nextpart.txt",
            "Karin Holm <karin.holm@jordbruksverket.se>", "RE: [Fedora-packaging] RPM macros / CENcomm nominee",
            "outlook", "en", (
                t("", ("start", ""), *SE_OUTLOOK),),
            (n(LINDQVIST),)),
    Carrier("pypi_notice_three_numbered", "mailbits/mboxes/sample.mbox#1", "PyPI <cites@environment.gov.fj>",
            "Fiji: three officers for the CITES closed user group", "three_nominees", "en", (
                t("1", ("start", ""), *FIJI_TEXT),
                h("2", ("after", "<body>"), FIJI_HTML)),
            (n(NAIVALU), n(RAVUVU), n(PRASAD))),
    Carrier("gb2312_labels_next_line", "mail-parser/mail_test_12", "LIU Min <cites@cites.org.cn>",
            "CENcomm closed user group - nomination from China", "labels_next_line", "en", (
                t("", ("start", ""), *CN_NEXT_LINE),),
            (n(ZHAO),)),
    Carrier("digest_bulletin_not_request", "cpython-test-email/msg_02.txt",
            "Enforcement Bulletin <bulletin@wcoomd.org>", "Wildlife Enforcement Bulletin No. 47", "not_request", "en", (
                t("1", ("start", ""), *BULLETIN),),
            (), kind="not_request"),
    Carrier("cdo_booking_letter", "enmime/mail/mime-blank-media-name.raw",
            "Ministry of Environment <cites@environment.gov.sl>", "MECC/CITES/26/114: CENcomm closed user group",
            "letter", "en", (
                t("1", ("start", ""), *SL_LETTER),),
            (n(KAMARA),)),
    Carrier("list_reply_bottom_card", "hyperkitty/unconvertable_message.txt", "Patrick <cites@env.gov.sc>",
            "Re: CITES closed user group on CENcomm", "bottom_post", "en", (
                t("", ("after", "...[very slow list]...\n"), *SC_BOTTOM),),
            (n(HOAREAU),)),
    # ---------------------------------------------------------------- French
    Carrier("rfq_outlook_forward_own_labels_fr", "mail-parser/mail_test_15",
            "Romaric Ndoyo <cites@eauxforets.gouv.cf>", "TR: Urgent Request for Order Quotation", "forward", "fr", (
                t("1.1", ("before", "Dear Sirs/Madame"), *CF_FORWARD),
                h("1.2", ("after", "<td>"), "\n<font face='Segoe UI'>" + br_html(CF_FORWARD) + "</font>\n")),
            (n(GBANDI),)),
    Carrier("latin1_8bit_two_blocks_fr", "salmon-mail/spam#14", "<cites@environnement.gouv.tg>",
            "Groupe fermé CITES : deux agents du Togo", "two_nominees", "fr", (
                t("1", ("start", ""), *TG_TWO),
                h("2", ("start", ""), "<p>" + br_html(TG_TWO) + "</p>\n")),
            (n(AMEGAH), n(KPODAR))),
    Carrier("html_only_qp_no_email_fr", "enmime/mail/non-mime-html-charset-header-only.raw",
            "alice <cites@agriculture.gov.lb>", "Groupe fermé CITES - Liban", "missing_field", "fr", (
                h("", ("after", "<body>"), LB_HTML),),
            (n(only(KHOURY, "country", "name", "surname", "organization", "position", "phone")),)),
    Carrier("base64_html_gmail_forward_two_sentences_fr", "mail-parser/mail_test_1",
            "Fathia <cites@environnement.gouv.dj>", "Fwd: письмо уведом-е / groupe fermé CITES", "two_sentences", "fr", (
                h("1", ("start", ""), DJ_HTML),),
            (n(HOUMED),)),
    Carrier("oe_cp1251_html_letter_fr", "mail-parser/mail_test_4",
            "=?utf-8?q?Secr=C3=A9tariat_G=C3=A9n=C3=A9ral?= <cites@environnement.gouv.cd>",
            "N/Réf. 2714/SG/EDD/CITES/2026 - groupe fermé CITES", "letter", "fr", (
                h("1.1", ("after", "<BODY bgcolor=#FFFFFF leftmargin=5 topmargin=5 rightmargin=5 bottommargin=5>"),
                  "\n" + entities(oe_html(CD_LETTER))),),
            (n(KABAMBA),)),
    # ---------------------------------------------------------------- Spanish
    Carrier("utf8_8bit_two_numbered_es", "salmon-mail/spam#2", "Delfa Bigonsiali <cites@serfor.gob.pe>",
            "Solicitud: dos funcionarios peruanos para el grupo cerrado CITES", "two_nominees", "es", (
                t("", ("start", ""), *PE_TWO),),
            (n(CARDENAS), n(ZEGARRA))),
    Carrier("zimbra_iphone_bad_phone_es", "mail-parser/mail_malformed_1", "<cites@pnc.gob.gt>",
            "Grupo cerrado CITES - Guatemala", "invalid_phone", "es", (
                t("2", ("before", "--Sent from my iPhone"), *GT_SENTENCE),
                h("3", ("before", '<div><font size="2">--Sent from my iPhone'), div_html(GT_SENTENCE) + "\n")),
            (bad_phone(COY, "+502 2329 011"),)),
    Carrier("oe_cp1252_labels_next_line_es", "lamson/tests/spam#7", "Mauricio Quesada <cites@sfe.go.cr>",
            "Funcionaria para el grupo cerrado CITES", "labels_next_line", "es", (
                t("1", ("start", ""), *CR_NEXT_LINE),
                h("2", ("after", "<BODY bgColor=#ffffff>"), "\n" + oe_html(CR_NEXT_LINE))),
            (n(ARIAS),)),
    Carrier("qp_newsletter_letter_es", "mail-parser/mail_test_6",
            "=?utf-8?q?Subsecretar=C3=ADa_de_Patrimonio_Natural?= <cites@ambiente.gob.ec>",
            "Oficio Nro. MAATE-SPN-2026-0873-O", "letter", "es", (
                h("1", ("after", "<body>"), p_html(EC_LETTER)),),
            (n(CUEVA),)),
    Carrier("html_7bit_signature_es", "enmime/mail/non-mime-html.raw", "Florencia Techera <cites@ambiente.gub.uy>",
            "Grupo cerrado CITES: funcionario de Uruguay", "signature", "es", (
                h("", ("after", "<body>"), "\n    " + entities(p_html(UY_LABELS))),),
            (n(PEREYRA),)),
]
