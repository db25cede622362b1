"""The fifth batch of carriers (all held out): written by hand, expected values before any run.

Sources are real-mail messages no earlier carrier used: an Apple Mail HTML-only message with an
inline image, a Mutt forward with the forwarded message attached, a Thunderbird list post with the
writer's vCard, an Apple Mail quoted-printable body, a Mutt message with an attached CV, the
RFC 6376 example, a bare bottom-posted reply, an Outlook Express 6 message (8bit text, base64 HTML,
PDF and PNG attachments), an 8bit HTML-only message, a French newsletter (quoted-printable),
a Microsoft CDO bulletin with an 8bit HTML part that declares no charset, an RFC 6532 8bit body,
a Lotus Notes (IBM Notes 9) announcement with an Italian signature, nested multipart/alternative
quoted-printable parts, a MailChimp newsletter, an Outlook/Word 2000 club notice (8bit text,
quoted-printable HTML) and an 8bit newsletter. Their texts and officials share nothing with
batches 1-4 (the officials checked by name, surname and organisation against tests/corpus,
tests/heldout, tests/heldout2 and the earlier carriers).
"""

from __future__ import annotations

from tests.carriers.carrier import Carrier, bad_phone, h, n, t
from tests.carriers.people import (
    AHAMADA,
    ALVARADO,
    BELTRAN,
    BENNANI,
    FLOWERS,
    ISMAIL,
    KOWALCZYK,
    LAGOS,
    LUNA,
    MOUNDOUNGA,
    NSUE,
    OULD_SIDI,
    PARRA,
    PIERRE_LOUIS,
    RAMDASS,
    RAMSURRUN,
    SCHULTE,
    SOSA,
    TAZI,
    br_html,
    div_html,
    entities,
    mso_html,
)
from tests.heldout.make_heldout import only

# ------------------------------------------------------------------ English

RAMSURRUN_SENTENCE = ["Good morning,", "",
                      "Mauritius would like Ms Anjali Ramsurrun, Wildlife Officer with the National Parks and "
                      "Conservation Service, to be given access to the CITES closed user group on CENcomm (office "
                      "telephone +230 464 2993, e-mail aramsurrun@govmu.org).", "", "With thanks,", "Vikash", ""]
US_TWO = ["Hi,", "", "Two U.S. officers for the CITES closed user group on CENcomm, please:", "",
          "- Special Agent Daniel Kowalczyk, U.S. Fish and Wildlife Service",
          "  phone +1 703 358 1949, daniel_kowalczyk@fws.gov", "",
          "- Teresa Alvarado, Agriculture Specialist, U.S. Customs and Border Protection",
          "  phone +1 202 344 1250, teresa.alvarado@cbp.dhs.gov", "",
          "Country for both: United States of America.", "", "Unrelated, and for my own records:", ""]
ISMAIL_LABELS = ["Dear CITES Secretariat,", "",
                 "Kindly enrol the officer below in the CITES closed user group on CENcomm.", "",
                 "Nominee: Siti Hajar Ismail",
                 "Agency: Department of Wildlife and National Parks Peninsular Malaysia",
                 "Rank: Assistant Wildlife Officer", "Country: Malaysia", "Direct line: +60 3 9075 2872",
                 "Official e-mail: sitihajar@wildlife.gov.my", "", "Thank you.", "", ""]
FLOWERS_BAD_PHONE = ["Hello,", "",
                     "For Belize, we put forward the following officer for the CITES closed user group on CENcomm:",
                     "", "Darnell Flowers", "Wildlife Officer", "Forest Department", "Belmopan, Belize",
                     "Tel: +501 022 1524", "Email: dflowers@forest.gov.bz", "", "Best,", "James", "", ""]
SCHULTE_NO_POSITION = ["Dear colleagues,", "",
                       "Germany asks that Katrin Schulte be added to the CITES closed user group on CENcomm.", "",
                       "Country: Germany", "Name: Katrin Schulte", "Authority: Federal Agency for Nature Conservation",
                       "Telephone: +49 228 8491 1342", "E-mail: katrin.schulte@bfn.de", "",
                       "Her job title changes with our reorganisation on 1 January; I will send it to you once it "
                       "is final.", "", "Kind regards", "", "Markus Lehmann",
                       "Head of Division, CITES Management Authority", "Federal Agency for Nature Conservation",
                       "Tel. +49 228 8491 1310", "", ""]
BHUTAN_QUESTION = ["Dear Secretariat,", "",
                   "Before Bhutan sends its nominations for the CITES closed user group on CENcomm, could you tell "
                   "us whether officers of the Department of Revenue and Customs may join as well, and whether "
                   "there is a limit on the number of users per Party? We would rather ask first than send names "
                   "that cannot be accepted.", "", "With best regards,", "", "Sonam Tshering",
                   "Chief Forestry Officer, Department of Forests and Park Services", "Thimphu, Bhutan",
                   "Tel. +975 2 323 055 | stshering@moaf.gov.bt", "", ""]
RAMDASS_BOTTOM = ["", "Further to the above: Trinidad and Tobago's nominee for the CITES closed user group on "
                  "CENcomm is", "", "Ms Kimberly Ramdass", "Game Warden, Forestry Division", "Trinidad and Tobago",
                  "Work line: +1 868 225 3307", "kramdass@agriculture.gov.tt", "", "Regards,", "Anil"]

# ------------------------------------------------------------------ French

MAROC_TWO = ["Bonjour,", "",
             "Le Royaume du Maroc désigne deux agents pour le groupe d'utilisateurs fermé CITES sur CENcomm :", "",
             "1. Mme Nadia Tazi – Cheffe du service de la protection de la faune, Agence Nationale des Eaux et "
             "Forêts ; tél. +212 537 66 11 40 ; n.tazi@eauxetforets.gov.ma", "",
             "2. M. Youssef Bennani – Inspecteur principal des douanes, Administration des Douanes et Impôts "
             "Indirects ; tél. +212 537 57 90 00 ; y.bennani@douane.gov.ma", "",
             "Les pièces jointes n'ont rien à voir avec cette demande.", "", "Cordialement,", "Service CITES, Rabat",
             "", ""]
HAITI_HTML = ("\n<p>Madame, Monsieur,</p>\n<p>Veuillez trouver ci-après la personne que la République d'Haïti "
              "souhaite voir inscrite au groupe fermé CITES de CENcomm.</p>\n<p>Nom et prénom : PIERRE-LOUIS "
              "Nadège<br>\nStructure : Ministère de l'Environnement<br>\nEmploi : Point focal CITES<br>\n"
              "Ligne fixe : +509 2943 0520<br>\nAdresse électronique professionnelle : "
              "nadege.pierrelouis@mde.gouv.ht<br>\nPays : Haïti</p>\n<p>Bien à vous,<br>\nJ. Célestin</p>\n")
GABON_FORWARD = ["Bonjour,", "",
                 "Je profite de ce transfert (la lettre d'information reçue ce matin est plus bas) pour vous "
                 "communiquer la fiche de notre agent à inscrire au groupe fermé CITES sur CENcomm :", "",
                 "Pays : Gabon", "Prénom : Ghislain", "Nom : MOUNDOUNGA",
                 "Organisme de rattachement : Agence Nationale des Parcs Nationaux",
                 "Fonction occupée : Conservateur adjoint", "Tél. bureau : +241 11 44 60 00",
                 "Messagerie : g.moundounga@anpn.ga", "", "Bonne journée,", "", "", ""]
MAURITANIE_LETTER = ["RÉPUBLIQUE ISLAMIQUE DE MAURITANIE", "Honneur - Fraternité - Justice",
                     "Ministère de l'Environnement et du Développement Durable", "Le Secrétaire Général", "",
                     "N° 0412/MEDD/SG", "Nouakchott, le 3 décembre 2026", "",
                     "À Madame la Secrétaire générale de la CITES", "Genève", "",
                     "Objet : désignation d'un membre du groupe d'utilisateurs fermé CITES (CENcomm)", "",
                     "Madame la Secrétaire générale,", "",
                     "Suite à votre notification, j'ai l'honneur de porter à votre connaissance que M. Mohamed "
                     "Lemine Ould Sidi, Chef du service de la faune au Ministère de l'Environnement et du "
                     "Développement Durable, est désigné pour la Mauritanie. Ses coordonnées sont les suivantes : "
                     "téléphone +222 45 25 74 44, courriel mlouldsidi@environnement.gov.mr.", "",
                     "Veuillez agréer, Madame la Secrétaire générale, l'assurance de ma haute considération.", "",
                     "Ahmed Salem Ould Bah", "Secrétaire Général", "Standard : +222 45 25 74 00", "", ""]
COMORES_SENTENCE = ["Bonsoir,", "",
                    "Pour l'Union des Comores, merci d'ajouter au groupe fermé CITES sur CENcomm Mme Fatima Ahamada, "
                    "Chargée de la biodiversité à la Direction Générale de l'Environnement et des Forêts "
                    "(tél. +269 773 00 00, fatima.ahamada@environnement.gouv.km).", "",
                    "Envoyé de mon téléphone", "", ""]

# ------------------------------------------------------------------ Spanish

LUNA_LOTUS = ["Estimados colegas:", "",
              "Les envío los datos de la funcionaria que México propone para el grupo cerrado CITES en CENcomm.", "",
              "País: México", "Nombre: Gabriela", "Apellidos: Luna Cervantes",
              "Dependencia: Dirección General de Vida Silvestre", "Puesto: Subdirectora de Comercio Internacional",
              "Conmutador: +52 55 5490 0900", "Correo oficial: gabriela.luna@semarnat.gob.mx", "",
              "Saludos cordiales,", "Jorge Ibarra", "Autoridad Administrativa CITES de México", "",
              "----- Reenviado por Jorge Ibarra el 04/12/2026 10:12 -----", "", ""]
SOSA_NO_PHONE = ["Buen día,", "",
                 "Solicitamos dar de alta en el grupo cerrado CITES de CENcomm al siguiente agente de la República "
                 "Argentina:", "", "Apellido y nombre: Sosa, Federico", "Repartición: Dirección General de Aduanas",
                 "Puesto: Verificador aduanero", "Correo oficial: fsosa@afip.gob.ar", "",
                 "Todavía no tiene línea asignada en la nueva oficina; el teléfono se lo hacemos llegar más "
                 "adelante.", "", "Atte.,", "", ""]
CHILE_TWO = ["Hola,", "",
             "Desde la Autoridad Administrativa CITES de Chile les pedimos incorporar al grupo cerrado CITES en "
             "CENcomm a estas dos personas:", "",
             "• Ignacio Parra Muñoz (Corporación Nacional Forestal), Encargado Nacional de Fauna — fono "
             "+56 2 2663 0000 — ignacio.parra@conaf.cl",
             "• Francisca Lagos Tapia (Servicio Nacional de Aduanas), Fiscalizadora — fono +56 32 213 4500 — "
             "flagos@aduana.cl", "", "Más abajo va el boletín que comentamos en la reunión.", "", "Saludos", "",
             "---------- Mensaje reenviado ----------", "", ""]
NSUE_OUTLOOK = ["Buenos días:", "",
                "Guinea Ecuatorial comunica los datos de su funcionaria para el grupo cerrado CITES en CENcomm.", "",
                "Nombre y apellidos: Teodora Nsue Mba",
                "Organismo: Instituto Nacional de Desarrollo Forestal y Manejo del Sistema de Áreas Protegidas",
                "Puesto: Técnica de Fauna Silvestre", "Celular oficial: +240 222 27 45 81",
                "E-mail: teodora.nsue@indefor.gq", "País: Guinea Ecuatorial", "", "Un cordial saludo,", "", ""]
BELTRAN_LETTER = ["MINISTERIO DE AMBIENTE Y DESARROLLO SOSTENIBLE",
                  "Dirección de Bosques, Biodiversidad y Servicios Ecosistémicos", "",
                  "Bogotá D.C., 3 de diciembre de 2026", "", "Oficio 2100-2-0917", "", "Señores",
                  "Secretaría de la CITES", "Ginebra, Suiza", "",
                  "Asunto: Designación para el grupo cerrado CITES en CENcomm", "", "Respetados señores:", "",
                  "Me permito informarles que la Policía Nacional de Colombia ha designado a la señora Laura Camila "
                  "Beltrán Quintero, Investigadora de Delitos Ambientales, como usuaria del grupo cerrado por parte "
                  "de Colombia. Sus datos de contacto son el teléfono +57 601 515 9000 y el correo "
                  "laura.beltran@policia.gov.co.", "", "Cordialmente,", "", "Ricardo Ospina Vélez",
                  "Director de Bosques, Biodiversidad y Servicios Ecosistémicos", "PBX: +57 601 332 3400", "", ""]


def lotus_html(lines: list[str]) -> str:
    """Lines as Lotus Notes writes them inside its sans-serif font element: text and <br>."""
    return br_html(lines).replace("<br>", "<br>\n")


BATCH5: list[Carrier] = [
    Carrier("apple_html_only_sentence", "enmime/mail/html-only-inline.raw", "James Hillyerd <cites@govmu.org>",
            "CENcomm closed user group - Mauritius", "sentence", "en", (
                h("1.1", ("after", '-webkit-line-break: after-white-space; ">'), div_html(RAMSURRUN_SENTENCE)),),
            (n(RAMSURRUN),)),
    Carrier("mutt_forward_two_us", "mailbits/mboxes/rfc822.mbox#1", "Steven E'Nder <cites@fws.gov>",
            "Fwd: CITES closed user group, two U.S. officers", "two_nominees", "en", (
                t("1", ("start", ""), *US_TWO),),
            (n(KOWALCZYK), n(ALVARADO))),
    Carrier("thunderbird_vcard_own_labels", "hyperkitty/attachment-1.txt", "gil <cites@wildlife.gov.my>",
            "Enrolment: CITES closed user group (Malaysia)", "own_labels", "en", (
                t("1", ("before", "This is a test message."), *ISMAIL_LABELS),),
            (n(ISMAIL),)),
    Carrier("apple_qp_bad_phone", "enmime/mail/quoted-printable.raw", "James Hillyerd <cites@forest.gov.bz>",
            "CITES closed user group - Belize", "invalid_phone", "en", (
                t("", ("before", "Lorem ipsum dolor sit amet"), *FLOWERS_BAD_PHONE),),
            (bad_phone(FLOWERS, "+501 022 1524"),)),
    Carrier("mutt_cv_no_position", "mailbits/emails/encoded_param.eml", "Steven E'Nder <cites@bfn.de>",
            "CENcomm: German nominee", "missing_field", "en", (
                t("1", ("before", "Please find my credentials attached."), *SCHULTE_NO_POSITION),),
            (n(only(SCHULTE, "country", "name", "surname", "organization", "phone", "email")),)),
    Carrier("rfc6376_question_not_request", "dkimpy/rfc6376.msg", "Joe SixPack <stshering@moaf.gov.bt>",
            "Question before our CENcomm nominations", "not_request", "en", (
                t("", ("before", "Hi."), *BHUTAN_QUESTION),),
            (), kind="not_request"),
    Carrier("bare_bottom_post", "hyperkitty/wrong-in-reply-to-header.txt", "Dummy Person <cites@agriculture.gov.tt>",
            "Re: CITES closed user group", "bottom_post", "en", (
                t("", ("after", "Dummy person's reply\n"), *RAMDASS_BOTTOM),),
            (n(RAMDASS),)),
    Carrier("outlook_express_two_fr", "fast-mail-parser/large_message.eml", "Example Sender <cites@eauxetforets.gov.ma>",
            "Groupe fermé CITES : deux agents marocains", "two_nominees", "fr", (
                t("1.1", ("start", ""), *MAROC_TWO),
                h("1.2", ("after", "<body>"), div_html(MAROC_TWO))),
            (n(TAZI), n(BENNANI))),
    Carrier("html_only_8bit_own_labels_fr", "mailman/handlers/tests/data/html_non_ascii.eml",
            "aperson <cites@mde.gouv.ht>", "Inscription au groupe fermé CITES - Haïti", "own_labels", "fr", (
                h("", ("after", "<body>"), HAITI_HTML),),
            (n(PIERRE_LOUIS),)),
    Carrier("newsletter_forward_fr", "mail-parser/mail_test_5", "Marina de Carlance <cites@anpn.ga>",
            "TR: Je prépare mon été zéro complexe !", "forward", "fr", (
                t("1", ("before", "Si ce message ne s'affiche pas"), *GABON_FORWARD),
                h("2.1", ("after", 'background:#faf7fa;">'), "\n<p>" + br_html(GABON_FORWARD) + "</p>\n")),
            (n(MOUNDOUNGA),)),
    Carrier("cdo_bulletin_letter_fr", "mail-parser/mail_test_2", "=?utf-8?q?Secr=C3=A9tariat_g=C3=A9n=C3=A9ral?= <cites@environnement.gov.mr>",
            "Désignation au groupe fermé CITES (CENcomm)", "letter", "fr", (
                t("1.1.1", ("start", ""), *MAURITANIE_LETTER),
                h("1.1.2", ("after", "<body>"), "<p>" + entities(br_html(MAURITANIE_LETTER)) + "</p>")),
            (n(OULD_SIDI),)),
    Carrier("eai_8bit_sentence_fr", "fast-mail-parser/rfc/rfc6532_utf8_headers.eml",
            "Direction de l'Environnement <cites@environnement.gouv.km>", "Groupe fermé CITES", "sentence", "fr", (
                t("", ("start", ""), *COMORES_SENTENCE),),
            (n(AHAMADA),)),
    Carrier("lotus_notes_forward_signature_es", "mail-parser/mail_test_10", "Jorge Ibarra <cites@semarnat.gob.mx>",
            "Rv: grupo cerrado CITES - funcionaria de México", "signature", "es", (
                t("1.1.1", ("before", "Gentili Business Partner"), *LUNA_LOTUS),
                h("1.1.2", ("before", "Gentili Business Partner"), lotus_html(LUNA_LOTUS))),
            (n(LUNA),)),
    Carrier("nested_alternative_no_phone_es", "django-mailbox/message_with_defective_attachment_association_result.eml",
            "Senders Name <cites@afip.gob.ar>", "Alta en el grupo cerrado CITES", "missing_field", "es", (
                t("1", ("before", "Sample Text Content"), *SOSA_NO_PHONE),
                t("2.1", ("before", "Multipart inside of multipart!"), *SOSA_NO_PHONE)),
            (n(only(SOSA, "country", "name", "surname", "organization", "position", "email")),)),
    Carrier("mailchimp_forward_two_es", "fast-mail-parser/valid_message.eml", "OpenShift <cites@conaf.cl>",
            "RV: Your June OpenShift Update / grupo cerrado CITES", "two_nominees", "es", (
                t("1", ("before", "View this email in your browser"), *CHILE_TWO),
                h("2", ("before", "<center>"), div_html(CHILE_TWO) + "\n        ")),
            (n(PARRA), n(LAGOS))),
    Carrier("word_notice_outlook_es", "pymilter/spam44", "Francis J. O'Neill <cites@indefor.gq>",
            "Grupo cerrado CITES - Guinea Ecuatorial", "outlook", "es", (
                t("1", ("start", ""), *NSUE_OUTLOOK),
                h("2", ("after", "tab-interval:.5in'>"), "\n" + mso_html(NSUE_OUTLOOK) + "\n")),
            (n(NSUE),)),
    Carrier("newsletter_8bit_letter_es", "mail-parser/mail_test_8", "=?utf-8?q?Direcci=C3=B3n_de_Bosques?= <cites@minambiente.gov.co>",
            "Oficio 2100-2-0917: designación grupo cerrado CITES", "letter", "es", (
                t("1", ("start", ""), *BELTRAN_LETTER),
                h("2", ("after", "<body>"), "<p>" + br_html(BELTRAN_LETTER) + "</p>")),
            (n(BELTRAN),)),
]
