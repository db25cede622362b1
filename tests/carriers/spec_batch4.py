"""The fourth batch of carriers (all held out): written by hand on 2026-12-05, before any run.

Sources are real-mail messages no earlier carrier used: a Thunderbird reply of a customs broker
whose own signature carries his phone and fax, an RFC 5322 example reply, a Gmail list post, a
Netscape forward with the forwarded messages attached, a PGP-clearsigned newsletter, a PGP/MIME
signed reply with an RFC 2231 charset, a message with nested forwarded attachments, a UTF-7
PGP-signed bottom-post, a Gmail forward and an Outlook HTML-only post to a French list, a
PGP/MIME Thunderbird post, an Outlook 2003 reply of a Cuban hotel, an Outlook Connector forward
with an Italian signature block, an HTML-only inline message and fast-mail-parser's 8bit,
quoted-printable and base64 bodies. Their texts share nothing with batches 1-3.
"""

from __future__ import annotations

from tests.carriers.carrier import Carrier, bad_phone, h, n, t
from tests.carriers.people import (
    AHOUANSOU,
    BROWN,
    CABRERA,
    CAMPBELL,
    EZE,
    FAVRE,
    GIL,
    HALVORSEN,
    HENRIQUEZ,
    HOFFMANN,
    JARQUIN,
    LOZANO,
    MARCANO,
    PERSAUD,
    QURESHI,
    RINALDI,
    TAN,
    WALSH,
    WULANDARI,
    br_html,
    div_html,
    mso_html,
    table_html,
    table_text,
)
from tests.heldout.make_heldout import only

WULANDARI_LINES = ["", "On a separate matter: Indonesia's officer for the CITES closed user group on CENcomm is "
                   "below.", "", "Country: Indonesia", "Name: Rina Wulandari",
                   "Unit: Directorate General of Law Enforcement, Ministry of Environment and Forestry",
                   "Grade: Forest Police Investigator", "Mobile (work): +62 812 9876 5432",
                   "E-mail: rina.wulandari@menlhk.go.id"]
EZE_SENTENCE = ["", "Following up on your note: Nigeria proposes Mrs Ngozi Eze, Deputy Director of Enforcement at "
                "the National Environmental Standards and Regulations Enforcement Agency, as its member of the CITES "
                "closed user group on CENcomm; her mobile is +234 803 123 4567 and her address "
                "ngozi.eze@nesrea.gov.ng.", ""]
TAN_TABLE = [("Family name", "Tan"), ("Given name", "Wei Ling"), ("Country", "Singapore"),
             ("Agency", "National Parks Board"), ("Appointment", "Senior Wildlife Inspector"),
             ("Office line", "+65 6471 7808"), ("Email", "tan_wei_ling@nparks.gov.sg")]
TAN_INTRO = ["Dear Secretariat,", "",
             "Singapore's nominee for the CITES closed user group on CENcomm is in the table below."]
WALSH_LINES = ["", "Separately, for the Secretariat (copied): Ireland's nominee for the CITES closed user group "
               "on CENcomm --", "", "Name: Ciaran Walsh", "Post: Conservation Ranger",
               "Service: National Parks and Wildlife Service", "Country: Ireland", "Tel: +353 1 888 3242",
               "Email: ciaran.walsh@npws.gov.ie", ""]
JAMAICA_TWO = ["Good afternoon,", "",
               "Jamaica would like two officers added to the CITES closed user group on CENcomm:", "",
               "(a) Mr Andre Campbell", "    Enforcement Officer, National Environment and Planning Agency",
               "    Tel. +1 876 754 7540 / andre.campbell@nepa.gov.jm", "",
               "(b) Ms Keisha Brown", "    Customs Officer, Jamaica Customs Agency",
               "    Tel. +1 876 922 5140 / keisha.brown@jca.gov.jm", "",
               "Both are based in Kingston, Jamaica.", "", "The newsletter I mentioned is below.", "", "Regards,",
               "", ""]
QURESHI_BAD_PHONE = ["Dear colleagues,", "",
                     "Further to your message, Pakistan's nominee for the CITES closed user group on CENcomm:", "",
                     "Country: Pakistan", "Name: Imran", "Surname: Qureshi",
                     "Ministry: Ministry of Climate Change and Environmental Coordination",
                     "Designation: Deputy Conservator (Wildlife)", "Tel: +92 51 92",
                     "Email: imran.qureshi@mocc.gov.pk", "", "Regards,", ""]
PERSAUD_LETTER = ["GUYANA WILDLIFE CONSERVATION AND MANAGEMENT COMMISSION", "Ganges Street, Sophia, Georgetown, Guyana",
                  "", "Our ref.: GWCMC/CITES/77/2026", "Your ref.: CUG-2026", "", "4 December 2026", "",
                  "The Secretary-General", "CITES Secretariat", "Palais des Nations", "1211 Geneva 10", "Switzerland",
                  "", "Dear Madam,", "", "Access to the CITES closed user group on CENcomm", "",
                  "I write to nominate Ms Natasha Persaud, Senior Wildlife Officer of this Commission, as Guyana's "
                  "user of the closed user group. Her telephone number is +592 223 0940 and her e-mail address is "
                  "npersaud@wildlife.gov.gy.", "",
                  "Please accept the assurances of my highest consideration.", "", "Marcus Fraser", "Commissioner",
                  "Tel. +592 223 0941 | commissioner@wildlife.gov.gy", "", "Attached: earlier correspondence.", "",
                  ""]
HALVORSEN_BOTTOM = ["And for the CITES closed user group on CENcomm, please register our officer:", "",
                    "Ingrid Halvorsen", "Senior Adviser, Norwegian Environment Agency", "Norway",
                    "Phone: +47 73 58 05 00", "ingrid.halvorsen@miljodir.no", ""]

AHOUANSOU_FR = ["Bonjour,", "", "Ci-dessous la fiche de notre agent pour le groupe fermé CITES sur CENcomm, et plus "
                "bas le message transféré dont je vous parlais.", "", "Nom de famille : AHOUANSOU",
                "Prénom usuel : Gildas", "Pays : Bénin",
                "Service d'affectation : Centre National de Gestion des Réserves de Faune",
                "Grade : Conservateur principal", "Tél. portable (pro) : +229 01 97 12 34 56",
                "Courriel pro : g.ahouansou@cenagref.bj", "", "Merci d'avance,", ""]
HOFFMANN_FR = ["", "Le Luxembourg souhaite inscrire l'agent suivant au groupe d'utilisateurs fermé CITES sur "
               "CENcomm\u00a0:", "", "Pays\u00a0: Luxembourg", "Nom\u00a0: Hoffmann", "Prénom\u00a0: Claude",
               "Administration\u00a0: Administration de la nature et des forêts",
               "Fonction\u00a0: Chargé de mission CITES", "Téléphone\u00a0: +352 247 56 600",
               "Courriel\u00a0: claude.hoffmann@anf.etat.lu", ""]
RINALDI_LETTER = ["PRINCIPAUTÉ DE MONACO", "Département de l'Équipement, de l'Environnement et de l'Urbanisme",
                  "Direction de l'Environnement", "", "N/Réf. : DE/CITES/2026-318", "",
                  "Monaco, le 4 décembre 2026", "", "Secrétariat de la CITES",
                  "Maison internationale de l'environnement", "Chemin des Anémones 11-13",
                  "CH-1219 Châtelaine, Genève", "",
                  "Objet : accès au groupe d'utilisateurs fermé CITES sur CENcomm", "", "Madame, Monsieur,", "",
                  "J'ai l'honneur de vous faire savoir que Mme Hélène Rinaldi, Chargée de mission CITES à la "
                  "Direction de l'Environnement, est désignée pour représenter la Principauté au sein du groupe "
                  "fermé. Elle peut être jointe au +377 98 98 80 00 ou par courriel à helene.rinaldi@gouv.mc.", "",
                  "Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.", "",
                  "Le Directeur de l'Environnement,", "Philippe Lorenzi", "Tél. : +377 98 98 19 82", "", ""]
FAVRE_NO_PHONE = ["Bonjour,", "",
                  "Nous vous prions d'ouvrir un accès au groupe fermé CITES sur CENcomm pour notre collaborateur :",
                  "", "Pays : Suisse", "Nom : Favre", "Prénom : Nicolas",
                  "Office : Office fédéral de la sécurité alimentaire et des affaires vétérinaires",
                  "Fonction : Collaborateur scientifique CITES", "Courriel : nicolas.favre@blv.admin.ch", "",
                  "Il change de bureau la semaine prochaine ; nous vous communiquerons son numéro de ligne directe "
                  "dès que possible.", "", "Meilleures salutations", ""]

CABRERA_ES = ["Buenas tardes:", "", "En respuesta a su correo, les hacemos llegar los datos de la especialista que "
              "Cuba propone para el grupo cerrado CITES en CENcomm.", "", "País: Cuba", "Nombre(s): Yanelis",
              "Apellidos: Cabrera Almeida", "Centro: Centro de Inspección y Control Ambiental",
              "Cargo: Inspectora Ambiental", "Teléfono: +53 7 203 0000", "Correo: yanelis.cabrera@cica.co.cu", "",
              "Saludos,", "", ""]
MARCANO_ES = ["", "Estimados colegas:", "",
              "Para el grupo cerrado CITES en CENcomm, Venezuela propone al funcionario que se indica:", "",
              "País: Venezuela", "Nombre: Luis Alberto", "Apellido: Marcano",
              "Ministerio: Ministerio del Poder Popular para el Ecosocialismo",
              "Cargo: Coordinador de Fauna Silvestre", "Teléfono de oficina: +58 212 408 1111",
              "Correo electrónico: lmarcano@minec.gob.ve", "", "Un saludo cordial,", ""]
HENRIQUEZ_BAD_PHONE = ["Buenos días,", "", "Les saluda la Autoridad Administrativa CITES de El Salvador. Solicitamos "
                       "el alta de la siguiente técnica en el grupo cerrado CITES de CENcomm:", "",
                       "País: El Salvador", "Nombre: Karla Beatriz", "Apellido: Henríquez",
                       "Institución: Dirección General de Ecosistemas y Vida Silvestre", "Cargo: Técnica CITES",
                       "Teléfono: +503 2132 66", "Correo: khenriquez@ambiente.gob.sv", "", "Gracias,", ""]
LOZANO_GIL_ES = ["Hola:", "",
                 "Os paso los dos funcionarios españoles que deben darse de alta en el grupo cerrado CITES de CENcomm.",
                 "", "1) Fernando Lozano Prieto", "   Servicio de Vigilancia Aduanera - Inspector",
                 "   Tel. +34 917 28 94 00", "   fernando.lozano@aeat.es", "",
                 "2) Marta Gil Navarro", "   Real Jardín Botánico - Técnica de la Autoridad Científica CITES",
                 "   Tel. +34 914 20 30 17", "   marta.gil@rjb.csic.es", "", "País: España (ambos).", "",
                 "Un saludo,", ""]
JARQUIN_TABLE = [("País", "Nicaragua"), ("Nombres", "Rosa Elena"), ("Apellidos", "Jarquín"),
                 ("Institución", "Ministerio del Ambiente y los Recursos Naturales"),
                 ("Cargo", "Responsable de Vida Silvestre"), ("Teléfono", "+505 2263 2830"),
                 ("Correo institucional", "rjarquin@marena.gob.ni")]
MSO_SIG = ("before", "<div><p class=MsoNormal style='text-align:justify'><b>")


BATCH4: list[Carrier] = [
    Carrier("customs_reply_own_signature", "pymilter/test2#1", "David Diaz <cites@menlhk.go.id>",
            "Re: CITES closed user group", "signature", "en", (
                t("1.1", ("after", "questions or concerns.\n"), *WULANDARI_LINES),
                h("1.2", ("after", "questions or concerns.</font><br>\n"), "    " + br_html(WULANDARI_LINES) + "\n")),
            (n(WULANDARI),)),
    Carrier("rfc5322_reply_sentence", "mailbits/emails/reply_to.eml", "Mary Smith <enforcement@nesrea.gov.ng>",
            "Re: CENcomm access", "sentence", "en", (
                t("", ("after", "This is a reply to your hello.\n"), *EZE_SENTENCE),),
            (n(EZE),)),
    Carrier("gmail_list_post_table", "mailbits/emails/twine_release.eml", "Brian Rutledge <cites@nparks.gov.sg>",
            "CITES closed user group: Singapore nominee", "html_table", "en", (
                t("1.1", ("start", ""), *TAN_INTRO, "", *table_text(TAN_TABLE), "", ""),
                h("1.2", ("after", '<div dir="ltr">'),
                  div_html(TAN_INTRO) + table_html(TAN_TABLE) + div_html([""]))),
            (n(TAN),)),
    Carrier("netscape_forward_attached", "pymilter/missingboundary#1", "Lee Connor <cites@npws.gov.ie>",
            "Fwd: CITES closed user group", "forward", "en", (
                t("1", ("after", "here for review.\n"), *WALSH_LINES),),
            (n(WALSH),)),
    Carrier("clearsigned_newsletter_two", "spamassassin/sample-nonspam.txt", "Keith Dawson <cites@nepa.gov.jm>",
            "Fwd: TBTF ping / CENcomm nominees", "two_nominees", "en", (t("", ("start", ""), *JAMAICA_TWO),),
            (n(CAMPBELL), n(BROWN))),
    Carrier("pgp_mime_rfc2231_bad_phone", "cpython-test-email/msg_33.txt", "Anne Person <cites@mocc.gov.pk>",
            "Re: CITES closed user group", "invalid_phone", "en", (t("1", ("start", ""), *QURESHI_BAD_PHONE),),
            (bad_phone(QURESHI, "+92 51 92"),)),
    Carrier("nested_attachments_letter", "mailman/handlers/tests/data/msg_rfc822.eml", "User <cites@wildlife.gov.gy>",
            "Nomination - CITES closed user group (CENcomm)", "letter", "en", (
                t("1", ("start", ""), *PERSAUD_LETTER),),
            (n(PERSAUD),)),
    Carrier("utf7_signed_bottom_post", "mailman/runners/tests/data/ascii_in_utf7.eml", "Jim X <cites@miljodir.no>",
            "Re: CENcomm access for Norway", "bottom_post", "en", (
                t("", ("before", "Thank you,"), *HALVORSEN_BOTTOM),),
            (n(HALVORSEN),)),
    Carrier("gmail_list_forward_own_labels_fr", "django-mailman3/attachment-3.txt", "Js Herpin <cites@cenagref.bj>",
            "Fwd: groupe fermé CITES, notre agent", "own_labels", "fr", (
                t("1.1", ("start", ""), *AHOUANSOU_FR),
                h("1.2", ("start", ""), br_html(AHOUANSOU_FR))),
            (n(AHOUANSOU),)),
    Carrier("outlook_html_only_fr", "django-mailman3/html-email-2.txt", "Yves Lecourt <cites@anf.etat.lu>",
            "Inscription au groupe fermé CITES", "outlook", "fr", (
                h("1", ("after", "Bonjour,<o:p></o:p></p>"), mso_html(HOFFMANN_FR).replace("\u00a0", "&nbsp;")),),
            (n(HOFFMANN),)),
    Carrier("utf8_8bit_letter_fr", "fast-mail-parser/rfc/utf8_8bit_body.eml",
            "Direction de l'Environnement <cites@gouv.mc>", "Désignation - groupe fermé CITES", "letter", "fr", (
                t("", ("start", ""), *RINALDI_LETTER),),
            (n(RINALDI),)),
    Carrier("pgp_mime_no_phone_fr", "django-mailman3/attachment-2.txt", "Reindl Harald <cites@blv.admin.ch>",
            "Demande d'accès CENcomm (groupe fermé CITES)", "missing_field", "fr", (
                t("1.1", ("start", ""), *FAVRE_NO_PHONE),),
            (n(only(FAVRE, "country", "name", "surname", "organization", "position", "email")),)),
    Carrier("outlook2003_reply_es", "flufl.bounce/groupwise_03.txt", "Ivette <cites@cica.co.cu>",
            "RE: Solicitud de acceso - grupo cerrado CITES", "top_post", "es", (
                t("1.1.1", ("start", ""), *CABRERA_ES),
                h("1.1.2", ("after", "<html>"), "<p>" + br_html(CABRERA_ES) + "</p>")),
            (n(CABRERA),)),
    Carrier("outlook_connector_signature_es", "mail-parser/mail_test_7",
            "Mariachiara Geronazzo <cites@minec.gob.ve>", "I: grupo cerrado CITES", "signature", "es", (
                t("1.1", ("before", "GERONAZZO Dott.ssa"), *MARCANO_ES),
                h("1.2", MSO_SIG, mso_html(MARCANO_ES))),
            (n(MARCANO),)),
    Carrier("qp_body_bad_phone_es", "fast-mail-parser/rfc/quoted_printable_body.eml",
            "Sender <cites@ambiente.gob.sv>", "Solicitud: grupo cerrado CITES", "invalid_phone", "es", (
                t("", ("start", ""), *HENRIQUEZ_BAD_PHONE),),
            (bad_phone(HENRIQUEZ, "+503 2132 66"),)),
    Carrier("base64_body_two_es", "fast-mail-parser/rfc/base64_body.eml", "Sender <aacites@comercio.mineco.es>",
            "Altas en el grupo cerrado CITES", "two_nominees", "es", (t("", ("start", ""), *LOZANO_GIL_ES),),
            (n(LOZANO), n(GIL))),
    Carrier("html_only_inline_table_es", "enmime/mail/attachment-only-inline-quoted-printable.raw",
            "Chris Garrett <cites@marena.gob.ni>", "Grupo cerrado CITES - ficha de la funcionaria", "html_table", "es", (
                h("", ("before", "Just some html content"),
                  "<p>Estimados señores:</p>\n<p>Adjuntamos en la tabla la ficha de la funcionaria nicaragüense para "
                  "el grupo cerrado CITES en CENcomm.</p>\n" + table_html(JARQUIN_TABLE) + "\n<p>Atentamente,</p>\n"),),
            (n(JARQUIN),)),
]
