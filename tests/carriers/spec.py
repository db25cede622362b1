"""The carrier corpus, written by hand: which real message carries which request, and what it must give.

Each carrier names a message of tests/realmail (its manifest name, the sha256 of
the source archive as the manifest pins it and the sha256 of the message's own
bytes), the request written into the author's own part (above the quote for a
top-poster, below it for a bottom-poster, before the signature; the same words in
the text and the HTML alternative), the From/To/Subject it is sent with, and the
nominees a careful human records from it. Text goes into a part only in the
part's own charset and transfer encoding: French and Spanish requests are written
into parts that can carry them (quoted-printable, base64, 8bit), English into the
7bit US-ASCII ones.

The held-out part (HELD_OUT) was fixed when this file was written, before the
extractor had been run on any carrier: every third carrier of the first forty in
the order below (3rd, 6th, 9th, ...), so that each source package and layout family
has carriers on both sides; and every carrier of the second batch (BATCH2), written
after the first reader changes and before any of it was run. It is never looked
at while tuning the readers.

The protocol since the session of 2026-12-04 (docs/extraction.md, "Third batch"): batches 1-2's
held-out carriers were examined in the session before, so they count as seen. A third batch
(BATCH3) was written first, all held out, its expected values by hand before the extractor had run
on any of it; one run gave the "batch 3 before" figures and the strict xfails of its misses (which
ones fail was looked at; nothing was tuned on them). Then batches 1-2's held-out carriers move to
the tuning part (SEEN keeps which ones they were), their misses are fixed with general reader rules
only, and batch 3 measured again is the held-out figure.

The session of 2026-12-05: batch 3 was measured before and after the step-2 rules, so it counts as seen
(SEEN keeps it with batches 1-2's held-out carriers). A fourth batch (BATCH4, tests/carriers/spec_batch4.py,
17 carriers on real-mail messages no carrier used before, 8 English, 4 French, 5 Spanish) was written first,
all held out, its expected values by hand before the extractor had run on any of it; one run gave its first
figures and the strict xfails of its misses (which ones fail was looked at; nothing was tuned on them).
"""

from __future__ import annotations

from dataclasses import replace

from tests.carriers.carrier import INVALID_PHONE, Carrier, h, n, t
from tests.carriers.people import (
    ACOSTA,
    BATISTA,
    BELLO,
    BEN_SALAH,
    BENALI,
    BENITEZ,
    CASTILLO,
    CHANDA,
    CHIKORE,
    DUBOIS,
    GAGNON,
    GARCIA,
    HERRERA,
    KONE,
    KOWALSKA,
    LEFEVRE,
    MBEMBA,
    MENDEZ,
    MENSAH,
    MOLEFE,
    MOYO,
    MUSHI,
    NAIR,
    NAKATO,
    NDIAYE,
    NGHIPANDULWA,
    NUNEZ,
    OCONNOR,
    OTIENO,
    OUEDRAOGO,
    PENA,
    PERERA,
    PHIRI,
    PRASERT,
    QUISPE,
    RAHMAN,
    RAKOTO,
    RAMIREZ,
    ROJAS,
    SANTOS,
    SILVA,
    SITHOLE,
    SOLIS,
    TESFAYE,
    THAPA,
    VEGA,
    WHITFIELD,
    WILLIAMS,
    br_html,
    div_html,
    entities,
    mso_html,
    table_html,
    table_text,
)
from tests.heldout.make_heldout import P, only

CUG = "CITES closed user group on CENcomm"
#: Surnames recorded as written: "Full name: Sarah NAKATO" gives "NAKATO" (as in tests/heldout, KAMAU).
NAKATO_AS_WRITTEN = replace(NAKATO, surname="NAKATO")
MENSAH_AS_WRITTEN = replace(MENSAH, surname="MENSAH")
MBEMBA_AS_WRITTEN = replace(MBEMBA, surname="MBEMBA")
RAKOTO_AS_WRITTEN = replace(RAKOTO, surname="RAKOTOMALALA")
BENALI_AS_WRITTEN = replace(BENALI, surname="BENALI")


# ------------------------------------------------------------------ the request texts (several carriers share none)

OTIENO_LINES = ["Dear colleagues,", "",
                f"Kenya would like to register the following officer for the {CUG}:", "",
                "Country: Kenya", "Name: Peter", "Surname: Otieno", "Organization: Kenya Wildlife Service",
                "Position: Senior Intelligence Officer", "Phone: +254 722 345 678", "Email: p.otieno@kws.go.ke",
                "", "Regards,"]
NAKATO_LINES = ["Hi,", "", "As discussed, our nominee for CENcomm (CITES group):", "",
                "Full name: Sarah NAKATO", "Agency: Uganda Wildlife Authority", "Job title: Warden Law Enforcement",
                "Direct line: +256 414 355 000", "E-mail (work): s.nakato@wildlife.go.ug", "Country: Uganda", ""]
MENSAH_TABLE = [("Country", "Ghana"), ("First name", "Kwame"), ("Last name", "Mensah"),
                ("Organisation", "Forestry Commission"), ("Position", "Senior Wildlife Officer"),
                ("Telephone", "+233 30 240 1210"), ("Email", "k.mensah@fcghana.org")]
PHIRI_SENTENCE = ("Malawi nominates Mr Chikondi Phiri, Investigations Officer at the Department of National Parks "
                  "and Wildlife, for access to the CITES closed user group on CENcomm. He can be reached at "
                  "+265 999 123 456 or cphiri@dnpw.gov.mw.")
TWO_EN = ["Please add these two officers to the CITES CENcomm closed user group:", "",
          "1. Country: South Africa", "   Name: Thandiwe", "   Surname: Sithole",
          "   Organization: Department of Forestry, Fisheries and the Environment",
          "   Position: Environmental Management Inspector", "   Phone: +27 12 399 9000",
          "   Email: tsithole@dffe.gov.za", "",
          "2. Country: Australia", "   Name: Liam", "   Surname: O'Connor",
          "   Organization: Department of Climate Change, Energy, the Environment and Water",
          "   Position: Wildlife Trade Investigator", "   Phone: +61 2 6274 1111",
          "   Email: liam.oconnor@dcceew.gov.au", ""]
SANTOS_NO_EMAIL = ["Good day,", "", f"Please enrol our officer in the {CUG}.", "",
                   "Country: Philippines", "Name: Maria Elena", "Surname: Santos",
                   "Organization: Department of Environment and Natural Resources",
                   "Position: Wildlife Enforcement Officer", "Mobile: +63 2 8925 4563", "",
                   "She does not have an official e-mail address yet; we will send it later.", ""]
RAHMAN_BAD_PHONE = ["Dear Sir/Madam,", "", f"Nomination for the {CUG}:", "",
                    "Country: Bangladesh", "Name: Farhana", "Surname: Rahman",
                    "Organization: Bangladesh Forest Department", "Designation: Assistant Conservator of Forests",
                    "Cell: +880 17112", "Email: farhana.rahman@bforest.gov.bd", ""]

NDIAYE_FR = ["Bonjour,", "", "Le Sénégal souhaite inscrire la personne suivante au groupe fermé CITES sur CENcomm :",
             "", "Pays : Sénégal", "Nom : Ndiaye", "Prénom : Fatou",
             "Organisation : Direction des Eaux et Forêts, Chasses et de la Conservation des Sols",
             "Fonction : Cheffe de la division de la faune", "Téléphone : +221 33 831 01 01",
             "Courriel : fatou.ndiaye@environnement.gouv.sn", "", "Cordialement,"]
KONE_FR = ["Madame, Monsieur,", "",
           "Nous avons l'honneur de proposer M. Adama Koné, Inspecteur des Eaux et Forêts à l'Office Ivoirien des "
           "Parcs et Réserves, pour le groupe d'utilisateurs fermé CITES sur CENcomm. Il est joignable au "
           "+225 27 22 44 12 34 et à l'adresse adama.kone@oipr.ci.", "", "Veuillez agréer nos salutations distinguées."]
RAKOTO_FR = ["Bonjour,", "", "Voici notre candidat pour le groupe CENcomm de la CITES :", "",
             "Pays : Madagascar", "Nom et prénom : RAKOTOMALALA Hery",
             "Ministère / service : Ministère de l'Environnement et du Développement Durable",
             "Poste occupé : Responsable CITES", "Numéro direct : +261 20 22 665 43",
             "Adresse mél : hery.rakotomalala@mesupres.mg", ""]
LEFEVRE_FR_NO_PHONE = ["Bonjour,", "", "Pour le groupe fermé CITES sur CENcomm, la France désigne :", "",
                       "Pays : France", "Prénom : Claire", "Nom : Lefèvre",
                       "Organisme : Office français de la biodiversité",
                       "Fonction : Inspectrice de l'environnement", "Courriel : claire.lefevre@ofb.gouv.fr", "",
                       "Son numéro de téléphone suivra.", ""]
MBEMBA_FR = ["Bonjour,", "", "Inscription au groupe fermé CITES (CENcomm) :", "",
             "Pays : Congo", "Nom : MBEMBA", "Prénom : Jean-Pierre",
             "Structure : Direction de la Faune et des Aires Protégées",
             "Fonction : Chef de service de la lutte anti-braconnage", "Tél. : +242 06 654 32 10",
             "E-mail : jp.mbemba@faune.gouv.cg", ""]

RAMIREZ_ES = ["Estimados señores:", "", "Por medio del presente solicitamos el registro en el grupo cerrado CITES "
              "de CENcomm de la siguiente persona:", "",
              "País: México", "Nombre: Alejandro", "Apellido: Ramírez",
              "Institución: Procuraduría Federal de Protección al Ambiente", "Cargo: Inspector Federal",
              "Teléfono: +52 55 5449 6400", "Correo electrónico: aramirez@profepa.gob.mx", "", "Saludos cordiales,"]
CASTILLO_ES = ["Buenos días:", "",
               "La Autoridad Administrativa CITES del Perú designa a la Sra. María Castillo Rojas, Especialista en "
               "Fiscalización del Servicio Nacional Forestal y de Fauna Silvestre, como punto de contacto para el "
               "grupo cerrado CITES en CENcomm; su teléfono es +51 1 225 0300 y su correo mcastillo@serfor.gob.pe.",
               "", "Atentamente,"]
SILVA_ES = ["Hola,", "", "Datos del funcionario para el grupo CITES de CENcomm:", "",
            "País: Colombia", "Nombres: Andrés", "Apellidos: Silva Ortega",
            "Entidad: Ministerio de Ambiente y Desarrollo Sostenible", "Cargo: Profesional Especializado",
            "Tel. directo: +57 601 3159000", "Correo de trabajo: asilva@minambiente.gov.co", ""]
MENDEZ_ES_BAD_PHONE = ["Buenas tardes,", "", "Solicitud de alta en el grupo cerrado CITES de CENcomm:", "",
                       "País: Guatemala", "Nombre: Óscar", "Apellido: Méndez",
                       "Organización: Consejo Nacional de Áreas Protegidas", "Puesto: Técnico de Vida Silvestre",
                       "Teléfono: 2422 67", "Email: omendez@conap.gob.gt", ""]
GARCIA_VEGA_ES = ["Buenos días,", "", "Les enviamos los datos de dos funcionarios para el grupo cerrado CITES de "
                  "CENcomm:", "",
                  "País: España", "Nombre: Lucía", "Apellidos: García Moreno", "Organización: Guardia Civil",
                  "Cargo: Agente del SEPRONA", "Teléfono: +34 915 14 60 10", "Correo: lgarcia@guardiacivil.es", "",
                  "País: Argentina", "Nombre: Santiago", "Apellido: Vega",
                  "Organización: Dirección Nacional de Biodiversidad", "Cargo: Analista CITES",
                  "Teléfono: +54 11 4348 8300", "Correo: svega@ambiente.gob.ar", ""]

KOWALSKA_LINES = [f"Poland nominates for the {CUG}:", "", "Country: Poland", "First name: Anna",
                  "Family name: Kowalska", "Institution: General Directorate for Environmental Protection",
                  "Role: CITES Specialist", "Tel.: +48 22 369 21 00", "Mail: anna.kowalska@gdos.gov.pl", ""]
WHITFIELD_LINES = ["Hello,", "", "UK nomination for CENcomm access (CITES closed user group):", "",
                   "Country - United Kingdom", "Name - James", "Surname - Whitfield", "Organisation - Border Force",
                   "Position - Senior Officer", "Office phone - +44 20 3786 5000",
                   "Email address - james.whitfield@homeoffice.gov.uk", ""]

MENSAH_OUTLOOK = ["Dear Secretariat,", "", "Ghana hereby nominates the officer below to the CITES closed user group "
                  "on CENcomm.", "", "Full name: Mr. Kwame MENSAH", "Organisation: Forestry Commission",
                  "Position held: Senior Wildlife Officer", "Country: Ghana", "Telephone (office): +233 30 240 1210",
                  "Official e-mail: k.mensah@fcghana.org", "", "Best regards,"]
PHIRI_LINES = ["Country: Malawi", "Name: Chikondi", "Surname: Phiri",
               "Organization: Department of National Parks and Wildlife", "Position: Investigations Officer",
               "Tel: +265 999 123 456", "E-mail: cphiri@dnpw.gov.mw"]
SITHOLE_SENTENCE = ("For the CITES closed user group on CENcomm, South Africa nominates Ms Thandiwe Sithole, "
                    "Environmental Management Inspector at the Department of Forestry, Fisheries and the "
                    "Environment (tel. +27 12 399 9000, e-mail tsithole@dffe.gov.za).")
NAKATO_SENTENCE = ("Uganda nominates Ms Sarah Nakato, Warden Law Enforcement at the Uganda Wildlife Authority, "
                   "to the CITES closed user group on CENcomm. She can be reached at +256 414 355 000 or "
                   "s.nakato@wildlife.go.ug.")
OCONNOR_LINES = [f"Australia requests access to the {CUG} for:", "", "Given name: Liam", "Surname: O'Connor",
                 "Department: Department of Climate Change, Energy, the Environment and Water",
                 "Position: Wildlife Trade Investigator", "Country: Australia", "Ph: +61 2 6274 1111",
                 "Email: liam.oconnor@dcceew.gov.au", ""]
GAGNON_TABLE = [("Pays", "Canada"), ("Prénom", "Julie"), ("Nom", "Gagnon"),
                ("Organisation", "Environnement et Changement climatique Canada"), ("Fonction", "Agente de la faune"),
                ("Téléphone", "+1 418 648 2500"), ("Courriel", "julie.gagnon@ec.gc.ca")]
BENALI_FR = ["Bonjour,", "", "Nous proposons pour le groupe fermé CITES sur CENcomm :", "",
             "Pays : Algérie", "Nom : BENALI", "Prénom : Samir", "Institution : Direction Générale des Forêts",
             "Titre : Sous-directeur de la faune", "Tél. bureau : +213 23 50 21 21", "Mail : s.benali@dgf.gov.dz",
             "", "Bien à vous,"]
ROJAS_LINES = ["Estimados:", "", "Solicito el acceso de la siguiente funcionaria al grupo cerrado CITES en CENcomm.",
               "", "País: Chile", "Nombre: Camila", "Apellido: Rojas", "Organismo: Servicio Agrícola y Ganadero",
               "Cargo: Inspectora de Vida Silvestre", "Teléfono: +56 2 2345 1200", "Correo: camila.rojas@sag.gob.cl",
               ""]

CARRIERS: list[Carrier] = [
    # --- talon: replies from real clients (top-posted above the client's own quote header)
    Carrier("gmail_top_labels", "talon/standard_replies/gmail.eml", "Megan One <cites@kws.go.ke>",
            "Re: Test", "top_post", "en", (
                t("1", ("after", "Hello\n"), "", *OTIENO_LINES),
                h("2", ("after", "Hello<br>"), "<br>" + br_html(OTIENO_LINES))),
            (n(OTIENO),)),
    Carrier("aol_top_own_labels", "talon/standard_replies/aol.eml", "Megan Odin <m.odin@wildlife.go.ug>",
            "Re: Test", "own_labels", "en", (
                t("1", ("after", "Hello\n"), "", *NAKATO_LINES),
                h("2", ("after", "Hello<br>\n"), "<br>\n" + br_html(NAKATO_LINES) + "\n")),
            (n(NAKATO_AS_WRITTEN),)),
    Carrier("comcast_top_table", "talon/standard_replies/comcast.eml", "Kofi Boateng <k.boateng@fcghana.org>",
            "Re: Test", "html_table", "en", (
                t("1", ("after", "Hello \n"), "", "Our nomination for the CITES closed user group on CENcomm:", "",
                  *table_text(MENSAH_TABLE), ""),
                h("2", ("after", "Hello<br>"), "<br>Our nomination for the CITES closed user group on CENcomm:<br>"
                  + table_html(MENSAH_TABLE) + "<br>")),
            (n(MENSAH),)),
    Carrier("hotmail_top_sentence", "talon/standard_replies/hotmail.eml", "Alexey Q <parks@dnpw.gov.mw>",
            "RE: Test", "sentence", "en", (
                t("1", ("after", "Hello\n"), "", PHIRI_SENTENCE, ""),
                h("2", ("after", "Hello<br>"), "<br>" + br_html([PHIRI_SENTENCE]))),
            (n(PHIRI),)),
    Carrier("yahoo_top_two_nominees", "talon/standard_replies/yahoo.eml", "Alex Q <cites@dffe.gov.za>",
            "Re: Test", "two_nominees", "en", (
                t("", ("after", "Hello\n"), "", *TWO_EN),),
            (n(SITHOLE), n(OCONNOR))),
    Carrier("iphone_top_no_email", "talon/standard_replies/iphone.eml", "xxx <wildlife@denr.gov.ph>",
            "Re: Test", "missing_field", "en", (
                t("", ("after", "Hello\n"), "", *SANTOS_NO_EMAIL),),
            (n(only(SANTOS, "country", "name", "surname", "organization", "position", "phone")),)),
    Carrier("thunderbird_bottom_labels", "talon/standard_replies/thunderbird.eml", "bob <cites@gdos.gov.pl>",
            "Re: Test", "bottom_post", "en", (
                t("", ("end", ""), "", "", *KOWALSKA_LINES),),
            (n(KOWALSKA),)),
    Carrier("apple_top_bad_phone", "talon/standard_replies/apple_mail.eml", "xxx <forest@bforest.gov.bd>",
            "Re: Test", "invalid_phone", "en", (
                t("", ("after", "Hello\n"), "", *RAHMAN_BAD_PHONE),),
            (n(P(*[getattr(RAHMAN, f) for f in ("country", "code", "name", "surname", "organization",
                                                  "position")], "+880 17112", RAHMAN.email), INVALID_PHONE),)),
    Carrier("apple2_top_dashes", "talon/standard_replies/apple_mail_2.eml",
            "Adam Renberg <cites.ma@homeoffice.gov.uk>", "Re: Hi there!", "own_labels", "en", (
                t("", ("after", "Hello\n"), "", *WHITFIELD_LINES),),
            (n(WHITFIELD),)),
    Carrier("android_top_fr_labels", "talon/standard_replies/android.eml",
            "Sergey Obykhov <dirfaune@environnement.gouv.sn>", "Re: Test", "top_post", "fr", (
                t("1", ("after", "Hello\n"), "", *NDIAYE_FR, ""),
                h("2", ("after", "<p>Hello</p>\n"), "<p>" + br_html(NDIAYE_FR) + "</p>\n")),
            (n(NDIAYE),)),
    Carrier("sparrow_above_signature", "talon/standard_replies/sparrow.eml",
            "xxx <cites@profepa.gob.mx>", "Re: Hello", "signature", "en", (
                t("1", ("after", "Hello \n"), "", *OTIENO_LINES[2:-2], ""),
                h("2", ("after", "<span style=\"font-size: 12px;\">Hello</span>\n                </div>\n"),
                  div_html(["", *OTIENO_LINES[2:-2]]) + "\n")),
            (n(OTIENO),)),
    Carrier("outlook_top_mso", "talon/standard_replies/outlook.eml", "Dan Le <cites@fcghana.org>",
            "RE: The manager has commented on your Loop", "outlook", "en", (
                t("1", ("after", "Hello\n"), "", *MENSAH_OUTLOOK),
                h("2", ("before", "<p class=MsoNormal><b><span lang=EN-US"), mso_html(MENSAH_OUTLOOK))),
            (n(MENSAH_AS_WRITTEN),)),
    Carrier("share_block_top_es", "talon/reply-quotations-share-block.eml", "Joe XXX <cites@serfor.gob.pe>",
            "Re: You've got a new booking inquiry!", "sentence", "es", (
                t("1", ("before", "Hi Katharine."), *CASTILLO_ES, ""),
                h("2", ("before", "<DIV>Hi Katharine."), "<DIV>" + br_html(CASTILLO_ES) + "</DIV>")),
            (n(CASTILLO),)),

    # --- hyperkitty / django-mailman3: mailing-list mail (bottom-posting, interleaving, signatures, PGP)
    Carrier("kitty_bottom_interleaved", "hyperkitty/non-ascii-headers.txt#2", "Vit Ondruch <cites@dnpw.gov.mw>",
            "Re: CENcomm nomination", "bottom_post", "en", (
                t("", ("before", "\n\nVit\n"), "", "", "In the meantime, our nomination for the CITES closed user "
                  "group on CENcomm:", "", *PHIRI_LINES),),
            (n(PHIRI),)),
    Carrier("kitty_bottom_sentence", "hyperkitty/non-ascii-headers.txt#4", "Paul Howarth <paul@dffe.gov.za>",
            "Re: CENcomm access", "sentence", "en", (
                t("", ("end", ""), "", SITHOLE_SENTENCE),),
            (n(SITHOLE),)),
    Carrier("kitty_interleaved_signature", "hyperkitty/non-ascii-headers.txt#5", "Dan Horak <dan@wildlife.go.ug>",
            "Re: CITES closed user group", "signature", "en", (
                t("", ("before", "\n\nDan\n"), "", "", NAKATO_SENTENCE),),
            (n(NAKATO),)),
    Carrier("kitty_new_thread_labels", "hyperkitty/non-ascii-headers.txt#1", "Vit Ondruch <cites@kws.go.ke>",
            "CENcomm closed user group: nomination", "signature", "en", (
                t("", ("after", "Hi,\n\n"), *OTIENO_LINES[2:-2], "", ""),),
            (n(OTIENO),)),
    Carrier("kitty_pgp_mixed_fr", "hyperkitty/attachment-2.txt", "A User <dg@oipr.ci>",
            "Groupe fermé CITES sur CENcomm", "sentence", "fr", (
                t("1", ("start", ""), *KONE_FR, ""),),
            (n(KONE),)),
    Carrier("kitty_bottom_short", "hyperkitty/strange-in-reply-to-header.txt", "Dummy Person <cites@gdos.gov.pl>",
            "Re: nominee", "bottom_post", "en", (
                t("", ("after", "Dummy person's reply\n"), "", *KOWALSKA_LINES),),
            (n(KOWALSKA),)),
    Carrier("gb2312_outlook_express", "hyperkitty/another-wrong-encoding.txt", "Luyin <wildlife@dcceew.gov.au>",
            "CITES CENcomm nomination", "own_labels", "en", (
                t("1", ("after", "Dear Mailman,\n"), "", *OCONNOR_LINES),
                h("2", ("after", "Dear Mailman,<BR>"), br_html(["", *OCONNOR_LINES]))),
            (n(OCONNOR),)),
    Carrier("mailman3_outlook_table_fr", "django-mailman3/html-email-1.txt", "Yves Lecourt <cites@ec.gc.ca>",
            "Groupe fermé CITES", "html_table", "fr", (
                t("1", ("start", ""), "Bonjour,", "", "Voici notre candidate pour le groupe fermé CITES sur CENcomm :",
                  "", *table_text(GAGNON_TABLE), ""),
                h("2", ("after", "<p class=MsoNormal>Bonjour,<o:p></o:p></p>"),
                  mso_html(["", "Voici notre candidate pour le groupe fermé CITES sur CENcomm :"])
                  + table_html(GAGNON_TABLE) + mso_html([""]))),
            (n(GAGNON),)),
    Carrier("mailman3_alt_no_phone_fr", "django-mailman3/attachment-4.txt", "Aurelien Bompard <cites@ofb.gouv.fr>",
            "Groupe CENcomm", "missing_field", "fr", (
                t("1.1", ("start", ""), *LEFEVRE_FR_NO_PHONE),
                h("1.2", ("start", ""), br_html(LEFEVRE_FR_NO_PHONE))),
            (n(only(LEFEVRE, "country", "name", "surname", "organization", "position", "email")),)),
    Carrier("mailman3_thunderbird_two_es", "django-mailman3/attachment-5.txt",
            "Aurélien Bompard <cites@guardiacivil.es>", "Grupo cerrado CITES", "two_nominees", "es", (
                t("1", ("start", ""), *GARCIA_VEGA_ES),),
            (n(GARCIA), n(VEGA))),
    Carrier("mailman3_forward_attached", "django-mailman3/attached_message.txt", "Mark Sapiro <mark@wildlife.go.ug>",
            "Fwd: CITES closed user group", "forward", "en", (
                t("1", ("start", ""), NAKATO_SENTENCE, ""),),
            (n(NAKATO),)),
    # --- django-mailbox: webmail, Groupwise, iPhone, forwards as attachments
    Carrier("roundcube_disclaimer_es", "django-mailbox/message_with_utf8_attachment.eml", "Kontakt <cites@minambiente.gov.co>",
            "Grupo CITES CENcomm", "signature", "es", (
                t("1", ("start", ""), *SILVA_ES),),
            (n(SILVA),)),
    Carrier("groupwise_base64_es", "django-mailbox/message_with_image_jpg_mimetype.eml",
            "Person <cites@profepa.gob.mx>", "Solicitud de registro CENcomm", "top_post", "es", (
                t("1", ("start", ""), *RAMIREZ_ES, "", ""),
                h("2.1", ("before", "     <p>Hello, world</p>"), "     <p>" + br_html(RAMIREZ_ES) + "</p>\n")),
            (n(RAMIREZ),)),
    Carrier("iphone_qp_labels", "django-mailbox/message_with_long_text_lines.eml",
            "Somebody <cites@dnpw.gov.mw>", "CENcomm", "own_labels", "en", (
                t("", ("start", ""), "Hi, for the CITES group on CENcomm:", "", *PHIRI_LINES, "", ""),),
            (n(PHIRI),)),
    Carrier("gmail_alt_dashes", "django-mailbox/multipart_text.eml", "Adam Coddington <adam@homeoffice.gov.uk>",
            "CENcomm access", "own_labels", "en", (
                t("1", ("after", "Hello there!\n"), "", *WHITFIELD_LINES),
                h("2", ("after", "Hello there!"), div_html(["", *WHITFIELD_LINES]))),
            (n(WHITFIELD),)),
    Carrier("forward_rfc822_fr", "django-mailbox/message_with_rfc822_attachment.eml",
            "Adam Coddington <cites@faune.gouv.cg>", "Tr: inscription CENcomm", "forward", "fr", (
                t("1.1", ("start", ""), *MBEMBA_FR, ""),
                h("1.2", ("after", "<div>\n"), "<p>" + br_html(MBEMBA_FR) + "</p>\n")),
            (n(MBEMBA_AS_WRITTEN),)),
    Carrier("plain_latin1_labels", "django-mailbox/generic_message.eml", "Adam Coddington <cites@bforest.gov.bd>",
            "CITES CENcomm nomination", "plain", "en", (
                t("", ("after", "Hello there.\n"), "", *RAHMAN_BAD_PHONE[2:-3],
                  "Cell: +880 1711 234567", "Email: farhana.rahman@bforest.gov.bd"),),
            (n(RAHMAN),)),
    Carrier("nested_alternative_fr", "django-mailbox/message_with_many_multiparts.eml",
            "Senders Name <cites@mesupres.mg>", "Groupe CENcomm", "nested_alternative", "fr", (
                t("1", ("start", ""), *RAKOTO_FR),
                t("2.1", ("start", ""), *RAKOTO_FR),
                h("2.2", ("after", "<html>\n"), "<p>" + br_html(RAKOTO_FR) + "</p>\n")),
            (n(RAKOTO_AS_WRITTEN),)),
    # --- cpython's email test data, mailman, mail-parser, dkimpy
    Carrier("outlook_express_mac_es", "cpython-test-email/msg_15.txt", "xx <cites@conap.gob.gt>",
            "Grupo cerrado CITES", "invalid_phone", "es", (
                t("2", ("start", ""), *MENDEZ_ES_BAD_PHONE),
                h("3", ("after", "<BODY>\n"), br_html(MENDEZ_ES_BAD_PHONE) + "\n")),
            (n(P(*[getattr(MENDEZ, f) for f in ("country", "code", "name", "surname", "organization",
                                                  "position")], "2422 67", MENDEZ.email), INVALID_PHONE),)),
    Carrier("mutt_plain_sentence", "cpython-test-email/msg_32.txt", "Anne Person <aperson@kws.go.ke>",
            "CENcomm nomination", "sentence", "en", (
                t("", ("start", ""), "Hello,", "",
                  "Kenya nominates Mr Peter Otieno, Senior Intelligence Officer at the Kenya Wildlife Service, "
                  "to the CITES closed user group on CENcomm; he can be reached at +254 722 345 678 or "
                  "p.otieno@kws.go.ke.", ""),),
            (n(OTIENO),)),
    Carrier("mixed_many_encodings", "cpython-test-email/msg_10.txt", "Barry Warsaw <cites@gdos.gov.pl>",
            "CITES CENcomm", "plain", "en", (
                t("1", ("start", ""), *KOWALSKA_LINES),),
            (n(KOWALSKA),)),
    Carrier("mailman_qp_base64_fr", "mailman/handlers/tests/data/html_to_plain.eml", "user <cites@dgf.gov.dz>",
            "Groupe fermé CITES", "top_post", "fr", (
                t("1", ("start", ""), *BENALI_FR, ""),
                h("2", ("start", ""), "<p>" + br_html(BENALI_FR) + "</p>\n")),
            (n(BENALI_AS_WRITTEN),)),
    Carrier("signed_collapse_two", "mailman/handlers/tests/data/collapse_alternatives.eml",
            "user <cites@dffe.gov.za>", "CENcomm closed user group", "two_nominees", "en", (
                t("1.1.1", ("start", ""), *TWO_EN),
                h("1.1.2", ("after", "<body>\n"), br_html(TWO_EN) + "\n")),
            (n(SITHOLE), n(OCONNOR))),
    Carrier("watchguard_ios", "mail-parser/mail_test_3", "Ava Oneil <cites@denr.gov.ph>",
            "CITES CENcomm nomination", "top_post", "en", (
                t("1.1", ("start", ""), *SANTOS_NO_EMAIL[:-3], "Email: mesantos@denr.gov.ph", ""),
                h("1.2", ("start", ""), "<p dir=\"auto\">" + br_html(SANTOS_NO_EMAIL[:-3]
                                                                   + ["Email: mesantos@denr.gov.ph"]) + "</p>\n")),
            (n(SANTOS),)),
    Carrier("kmail_signed_prose", "dkimpy/message.mbox", "Scott Kitterman <cites@kws.go.ke>",
            "CENcomm closed user group", "signature", "en", (
                t("1", ("before", "Scott K"), "PS: for the CITES closed user group on CENcomm, please register:",
                  "", *OTIENO_LINES[4:-2], "", ""),),
            (n(OTIENO),)),
    Carrier("dkim_latin1_short", "dkimpy/test2.message", "Christian Fromme <cites@wildlife.go.ug>",
            "CENcomm", "own_labels", "en", (
                t("", ("after", "Hello, DKIM\n"), "", *NAKATO_LINES[2:]),),
            (n(NAKATO_AS_WRITTEN),)),
    Carrier("mailman_attachment_es", "hyperkitty/attachment-3.txt", "A User <cites@sag.gob.cl>",
            "Grupo cerrado CITES en CENcomm", "top_post", "es", (
                t("1", ("start", ""), *ROJAS_LINES),),
            (n(ROJAS),)),
]

HELD_OUT = frozenset(c.name for i, c in enumerate(CARRIERS) if i % 3 == 2)


# ------------------------------------------------------------------ second batch: all held out
# Written after the first reader changes, before any of these was run; never tuned on. It adds
# the Spanish the first split left out of the held-out part, and sources the first batch lacks
# (pymilter, postorius, lamson, enmime).

HERRERA_ES = ["Buenos días,", "", "Adjunto los datos de nuestra funcionaria para el grupo cerrado CITES en CENcomm:",
              "", "País: Ecuador", "Nombre: Paola", "Apellidos: Herrera Castro",
              "Institución: Ministerio del Ambiente, Agua y Transición Ecológica",
              "Cargo: Especialista de Vida Silvestre", "Teléfono: +593 2 398 7650",
              "Correo institucional: paola.herrera@ambiente.gob.ec", "", "Saludos,"]
NUNEZ_ES = ("Por este medio el Instituto de Conservación Forestal de Honduras propone al Sr. Rafael Núñez, "
            "Técnico CITES, para el grupo cerrado CITES de CENcomm; su teléfono es +504 2223 2650 y su correo "
            "rnunez@icf.gob.hn.")
ACOSTA_ES_NO_PHONE = ["Hola,", "", "Para el grupo cerrado CITES en CENcomm, Uruguay propone a:", "",
                      "País: Uruguay", "Nombre: Valentina", "Apellido: Acosta", "Organismo: Ministerio de Ambiente",
                      "Cargo: Asesora Técnica", "Correo: vacosta@ambiente.gub.uy", "",
                      "El teléfono lo enviaremos más adelante.", ""]
BELLO_FR = ["Bonjour,", "", "Veuillez inscrire au groupe fermé CITES sur CENcomm :", "",
            "Pays : Cameroun", "Nom : Bello", "Prénom : Aminatou", "Administration : Ministère des Forêts et de la Faune",
            "Poste : Chef de la cellule CITES", "Tél. direct : +237 222 23 12 34",
            "Courriel professionnel : aminatou.bello@minfof.cm", ""]
NGHIPANDULWA_TABLE = [("Country", "Namibia"), ("Given name", "Ndapewa"), ("Surname", "Nghipandulwa"),
                      ("Ministry", "Ministry of Environment, Forestry and Tourism"),
                      ("Post", "Senior Conservation Scientist"), ("Work phone", "+264 61 284 2222"),
                      ("Work e-mail", "ndapewa.nghipandulwa@meft.gov.na")]
PRASERT_SENTENCE = ("Thailand nominates Mr Somchai Prasert, Wildlife Inspector at the Department of National Parks, "
                    "Wildlife and Plant Conservation, for the CITES closed user group on CENcomm. His number is "
                    "+66 2 561 4292 and his e-mail somchai.p@dnp.go.th.")
THAPA_LINES = [f"Nomination for the {CUG}", "", "Country: Nepal", "Name: Bishnu", "Surname: Thapa",
               "Organization: Department of National Parks and Wildlife Conservation", "Position: Ranger",
               "Telephone: +977 1 4227926", "Email: bthapa@dnpwc.gov.np", ""]
THAPA_BAD_PHONE = [ln if not ln.startswith("Telephone") else "Telephone: +977 1 42" for ln in THAPA_LINES]
NGHIPANDULWA_LINES = ["Dear Secretariat,", "", "Namibia's nominee for the CITES closed user group on CENcomm:", "",
                      "Name and surname: Ndapewa Nghipandulwa",
                      "Organisation: Ministry of Environment, Forestry and Tourism",
                      "Designation: Senior Conservation Scientist", "Country: Namibia", "Tel (w): +264 61 284 2222",
                      "Email (official): ndapewa.nghipandulwa@meft.gov.na", ""]

BATCH2: list[Carrier] = [
    Carrier("msn_forward_top_es", "pymilter/test8", "Debbie Morrison <cites@ambiente.gob.ec>",
            "Fw: grupo cerrado CITES", "top_post", "es", (
                t("1.1", ("before", "----- Original Message -----"), *HERRERA_ES, ""),
                h("1.2", ("before", "<BLOCKQUOTE"), "<DIV>" + br_html(HERRERA_ES) + "</DIV> ")),
            (n(HERRERA),)),
    Carrier("postorius_signed_sentence_es", "postorius/test-held-message-1.txt", "Nonmember <cites@icf.gob.hn>",
            "Grupo cerrado CITES", "sentence", "es", (
                t("1.1", ("start", ""), "Estimados señores:", "", NUNEZ_ES, "", "Atentamente,", ""),),
            (n(NUNEZ),)),
    Carrier("thunderbird_qp_no_phone_es", "enmime/mail/quoted-printable-mime.raw",
            "James Hillyerd <cites@ambiente.gub.uy>", "CENcomm", "missing_field", "es", (
                t("1", ("start", ""), *ACOSTA_ES_NO_PHONE),
                h("2", ("after", '<body bgcolor="#FFFFFF" text="#000000">'),
                  "\n    <p>" + entities(br_html(ACOSTA_ES_NO_PHONE)) + "</p>")),
            (n(only(ACOSTA, "country", "name", "surname", "organization", "position", "email")),)),
    Carrier("html_only_related_es", "enmime/mail/mime-mixed-related.raw", "James Hillyerd <cites@ambiente.gob.ec>",
            "Grupo CITES", "top_post", "es", (
                h("1.1.1", ("start", ""), "<p>" + br_html(HERRERA_ES) + "</p>\n"),),
            (n(HERRERA),)),
    Carrier("related_qp_labels_fr", "enmime/mail/other-multi-related.raw", "James Hillyerd <cites@minfof.cm>",
            "Groupe fermé CITES", "own_labels", "fr", (
                t("1.1", ("start", ""), *BELLO_FR),
                h("1.2", ("start", ""), "<p>" + br_html(BELLO_FR) + "</p>")),
            (n(BELLO),)),
    Carrier("evolution_top_sentence", "lamson/tests/borked.msg", "Gabriel <cites@dnp.go.th>",
            "Re: CENcomm", "sentence", "en", (
                t("", ("after", "you are experiencing.\n"), "", PRASERT_SENTENCE, ""),),
            (n(PRASERT),)),
    Carrier("apple_related_table", "enmime/mail/html-mime-inline.raw", "James Hillyerd <cites@meft.gov.na>",
            "CITES CENcomm nomination", "html_table", "en", (
                t("1", ("end", ""), "", "", "Our nominee for the CITES closed user group on CENcomm:", "",
                  *table_text(NGHIPANDULWA_TABLE), ""),
                h("2.1", ("after", "Test of HTML section</font>"),
                  "<div><br></div><div>Our nominee for the CITES closed user group on CENcomm:</div>"
                  + table_html(NGHIPANDULWA_TABLE))),
            (n(NGHIPANDULWA),)),
    Carrier("mozilla_bad_phone", "pymilter/samp1", "Lauren Hemholz <cites@dnpwc.gov.np>",
            "CENcomm nomination", "invalid_phone", "en", (
                t("1", ("after", "Dear Agent 1\n"), *THAPA_BAD_PHONE),
                h("2", ("after", '<font color="#FFCCCC">Dear Agent 1</font>\n'), br_html(THAPA_BAD_PHONE) + "\n")),
            (n(P(*[getattr(THAPA, f) for f in ("country", "code", "name", "surname", "organization", "position")],
                 "+977 1 42", THAPA.email), INVALID_PHONE),)),
    Carrier("signed_section_labels", "enmime/mail/mime-signed.raw", "James Hillyerd <cites@dnpwc.gov.np>",
            "CITES closed user group", "plain", "en", (
                t("1.1", ("after", "Section one\n"), "", *THAPA_LINES),),
            (n(THAPA),)),
    Carrier("evolution_crlf_own_labels", "pymilter/test1#1", "Kinga Fuzz <cites@meft.gov.na>",
            "CENcomm closed user group", "own_labels", "en", (
                t("1.1", ("after", "Dear Heather,\r\n"), "", *NGHIPANDULWA_LINES),
                h("1.2", ("after", "Dear Heather,<BR>\r\n"), br_html(NGHIPANDULWA_LINES) + "\n")),
            (n(NGHIPANDULWA),)),
]

HELD_OUT = HELD_OUT | {c.name for c in BATCH2}
CARRIERS += BATCH2


# ------------------------------------------------------------------ third batch: all held out
# Written in the session of 2026-12-04 before the extractor was run on any of it (expected
# values by hand, then one run recorded as "batch 3 before" in docs/extraction.md). Sources are
# real-mail messages no earlier carrier used. The people write labels in their own words,
# one-sentence nominees, letters typed into the body with letterhead, reference, date and the
# signatory's own block, a bottom-post below an interleaved quote, Spanish typed without accents.

MOLEFE_LINES = ["", "Off topic, sorry: for the CITES closed user group on CENcomm, Botswana's officer is", "",
                "Country: Botswana", "Officer: Kagiso Molefe", "Department: Department of Wildlife and National Parks",
                "Rank: Principal Wildlife Officer", "Office phone: +267 397 1405", "Official e-mail: kmolefe@gov.bw",
                ""]
PERERA_TEXT = ["Hello,", "",
               "Sri Lanka would like to nominate Mr Nimal Perera, Wildlife Ranger with the Department of Wildlife "
               "Conservation, to the CITES closed user group on CENcomm (tel. +94 11 288 8585, e-mail "
               "nperera@dwc.gov.lk).", "", "Thanks,", "", ""]
DUBOIS_FR = ["Bonjour,", "", "Pour le groupe fermé CITES sur CENcomm, voici notre candidate :", "",
             "Pays : Belgique", "Prénom et nom : Sophie DUBOIS",
             "Service : SPF Santé publique, Sécurité de la chaîne alimentaire et Environnement",
             "Titre : Attachée CITES", "Ligne directe : +32 2 524 74 00",
             "Adresse mél : sophie.dubois@health.fgov.be", "", "Bien à vous,", ""]
SOLIS_ES = ["Buenas tardes:", "",
            "El Sistema Nacional de Áreas de Conservación de Costa Rica nombra a la Sra. Daniela Solís, "
            "Coordinadora CITES, para el grupo cerrado CITES en CENcomm; teléfono +506 2522 6500, correo "
            "daniela.solis@sinac.go.cr.", "", "Saludos cordiales,", ""]
QUISPE_ES = ["Estimados:", "", "Remito la ficha de nuestro funcionario para el grupo cerrado CITES (CENcomm):", "",
             "País: Bolivia", "Nombres: Jorge", "Apellidos: Quispe Mamani",
             "Dependencia: Dirección General de Biodiversidad y Áreas Protegidas",
             "Cargo que ocupa: Técnico Responsable CITES", "Tel. oficina: +591 2 2146382",
             "E-mail institucional: jquispe@mmaya.gob.bo", "", "Atte.,", ""]
NAIR_TABLE = [("Nominee's country", "India"), ("Given name(s)", "Priya"), ("Family name", "Nair"),
              ("Agency", "Wildlife Crime Control Bureau"), ("Designation", "Assistant Director"),
              ("Office tel.", "+91 11 2616 0212"), ("Official e-mail", "priya.nair@wccb.gov.in")]
WILLIAMS_NO_PHONE = ["Kia ora,", "", "Please register our officer for the CITES closed user group on CENcomm:", "",
                     "Country: New Zealand", "First name: Aroha", "Last name: Williams",
                     "Organisation: Department of Conservation", "Role: Wildlife Enforcement Officer",
                     "Email: awilliams@doc.govt.nz", "",
                     "She is between desks at the moment, so no phone number yet.", "", "Nga mihi,", ""]
CHANDA_BAD_PHONE = ["", f"Please add this officer to the {CUG}:", "", "Country: Zambia", "Name: Mwila",
                    "Surname: Chanda", "Organization: Department of National Parks and Wildlife",
                    "Position: Wildlife Police Officer", "Tel: +260 211 25", "Email: mchanda@dnpw.gov.zm", ""]
BEN_SALAH_FR = ["Bonjour,", "",
                "Pour le groupe fermé CITES sur CENcomm, la Tunisie propose Mme Leïla Ben Salah, Ingénieure "
                "principale à la Direction Générale des Forêts (tél. +216 71 891 141, leila.bensalah@dgf.tn).", "",
                "Ci-dessous la lettre d'information dont nous avons parlé.", "", ""]
MUSHI_LETTER = ["United Republic of Tanzania", "Ministry of Natural Resources and Tourism",
                "CITES Management Authority", "", "Ref: MNRT/CITES/2026/114", "3 December 2026", "",
                "The CITES Secretariat", "Geneva", "", "Dear Sir/Madam,", "",
                "RE: NOMINATION TO THE CITES CLOSED USER GROUP ON CENCOMM", "",
                "The CITES Management Authority of the United Republic of Tanzania is pleased to nominate Ms Neema "
                "Mushi, Senior Game Officer at the Tanzania Wildlife Management Authority, who can be reached at "
                "+255 22 286 6064 and n.mushi@tawa.go.tz.", "", "Yours faithfully,", "", "Dr. Joseph Mrema",
                "Director of Wildlife", "Tel: +255 22 286 6376", "", ""]
MOYO_CHIKORE = ["Good morning,", "", "Zimbabwe nominates two officers for the CITES closed user group on CENcomm.", "",
                "Officer 1", "Full name: Tendai Moyo",
                "Organisation: Zimbabwe Parks and Wildlife Management Authority", "Position: Senior Ecologist",
                "Tel: +263 242 706 077", "Email: tmoyo@zimparks.org.zw", "",
                "Officer 2", "Full name: Rudo Chikore",
                "Organisation: Zimbabwe Parks and Wildlife Management Authority", "Position: Investigations Officer",
                "Tel: +263 242 705 344", "Email: rchikore@zimparks.org.zw", "", "Country for both: Zimbabwe", "", ""]
TESFAYE_SIGNED = ["Hi,", "", "Please find below our nominee for the CITES CENcomm closed user group.", "",
                  "Country: Ethiopia", "Name: Hana Tesfaye", "Organization: Ethiopian Wildlife Conservation Authority",
                  "Position: Wildlife Crime Investigator", "Phone: +251 11 551 4389",
                  "Email: hana.tesfaye@ewca.gov.et", "", "Best regards,", "", "Dawit Alemu",
                  "CITES Focal Point | Ethiopian Wildlife Conservation Authority",
                  "Tel: +251 11 554 6804 | Fax: +251 11 554 6655", "dawit.alemu@ewca.gov.et", "", ""]
OUEDRAOGO_FR = ["Bonjour à tous,", "", "Le Burkina Faso inscrit au groupe fermé CITES (CENcomm) :", "",
                "Pays : Burkina Faso", "Nom et prénom(s) : OUÉDRAOGO Issa",
                "Structure : Direction de la Faune et des Ressources Cynégétiques", "Emploi : Chargé du suivi CITES",
                "Tél. bureau : +226 25 35 63 99", "E-mail : issa.ouedraogo@environnement.gov.bf", "", "Merci,", "", ""]
BENITEZ_ES_NO_EMAIL = ["Buen día,", "",
                       "Les enviamos los datos del funcionario propuesto para el grupo cerrado CITES de CENcomm:", "",
                       "País: Paraguay", "Nombre y apellido: Hugo Benítez",
                       "Entidad: Ministerio del Ambiente y Desarrollo Sostenible", "Puesto: Fiscalizador Ambiental",
                       "Teléfono laboral: +595 21 287 9000", "",
                       "Su correo oficial está en trámite; lo remitiremos apenas lo tenga.", "", "Cordialmente,", ""]
PENA_LETTER = ["MINISTERIO DE MEDIO AMBIENTE Y RECURSOS NATURALES", "República Dominicana",
               "Autoridad Administrativa CITES", "", "Oficio n.º 0452-2026", "Santo Domingo, 2 de diciembre de 2026",
               "", "Señores", "Secretaría CITES", "Ginebra", "", "De nuestra consideración:", "",
               "La Autoridad Administrativa CITES de la República Dominicana tiene el agrado de designar a la Sra. "
               "Carmen Peña, Encargada de Vida Silvestre del Ministerio de Medio Ambiente y Recursos Naturales, "
               "como usuaria del grupo cerrado CITES en CENcomm. Puede contactarse con ella al +1 809 567 4300 o en "
               "carmen.pena@ambiente.gob.do.", "", "Atentamente,", "", "Lic. Ramón Castillo",
               "Director de Biodiversidad", "Tel.: +1 809 567 4301", "", ""]
BATISTA_ES_ASCII = ["Buenos dias,", "",
                    "Solicitamos el registro de la siguiente funcionaria en el grupo cerrado CITES de CENcomm:", "",
                    "Pais: Panama", "Nombre: Itzel", "Apellido: Batista", "Institucion: Ministerio de Ambiente",
                    "Cargo: Inspectora de Vida Silvestre", "Telefono: +507 500 0855",
                    "Correo: ibatista@miambiente.gob.pa", "", "Gracias,", "", ""]
LIPSUM = ("after", '<div id="lipsum">')

BATCH3: list[Carrier] = [
    Carrier("fedora_bottom_own_labels", "hyperkitty/non-ascii-headers.txt#3", "Bjorn Persson <cites@gov.bw>",
            "Re: CENcomm", "bottom_post", "en", (t("", ("after", "save data in.\n"), *MOLEFE_LINES),),
            (n(MOLEFE),)),
    Carrier("fedora_top_sentence", "hyperkitty/non-ascii-headers.txt#6", "Bjorn Persson <cites@dwc.gov.lk>",
            "CITES closed user group", "sentence", "en", (t("", ("start", ""), *PERERA_TEXT),), (n(PERERA),)),
    Carrier("thunderbird_qp_own_labels_fr", "enmime/mail/qp-utf8-header.raw", "James Hillyerd <cites@health.fgov.be>",
            "Groupe fermé CITES", "own_labels", "fr", (
                t("1", ("start", ""), *DUBOIS_FR),
                h("2", LIPSUM, "\n      <p>" + entities(br_html(DUBOIS_FR)) + "</p>")),
            (n(DUBOIS),)),
    Carrier("slack_summary_sentence_es", "enmime/parts/quoted-printable-invalid.raw",
            "Sistema Nacional <cites@sinac.go.cr>", "Grupo cerrado CITES", "sentence", "es", (
                t("", ("start", ""), *SOLIS_ES, ""),),
            (n(SOLIS),)),
    Carrier("defective_qp_own_labels_es", "django-mailbox/message_with_defective_attachment_association.eml",
            "Senders Name <cites@mmaya.gob.bo>", "Grupo cerrado CITES - CENcomm", "own_labels", "es", (
                t("1", ("start", ""), *QUISPE_ES),),
            (n(QUISPE),)),
    Carrier("gmail_text_attachment_table", "django-mailbox/message_with_text_attachment.eml",
            "Adam Coddington <cites@wccb.gov.in>", "CITES CENcomm nomination", "html_table", "en", (
                t("1.1", ("start", ""), "Dear Secretariat,", "", "Our nominee for the CITES closed user group:", "",
                  *table_text(NAIR_TABLE), ""),
                h("1.2", ("after", '<div dir="ltr">'),
                  div_html(["Dear Secretariat,", "", "Our nominee for the CITES closed user group:"])
                  + table_html(NAIR_TABLE) + div_html([""]))),
            (n(NAIR),)),
    Carrier("pgp_signed_no_phone", "cpython-test-email/msg_45.txt", "Foo <cites@doc.govt.nz>",
            "CENcomm closed user group", "missing_field", "en", (t("1", ("start", ""), *WILLIAMS_NO_PHONE),),
            (n(only(WILLIAMS, "country", "name", "surname", "organization", "position", "email")),)),
    Carrier("dingus_bad_phone", "cpython-test-email/msg_07.txt", "Barry <cites@dnpw.gov.zm>",
            "CITES CENcomm", "invalid_phone", "en", (t("1", ("after", "Hi there,\n"), *CHANDA_BAD_PHONE),),
            (n(P(*[getattr(CHANDA, f) for f in ("country", "code", "name", "surname", "organization", "position")],
                 "+260 211 25", CHANDA.email), INVALID_PHONE),)),
    Carrier("newsletter_forward_sentence_fr", "mail-parser/mail_test_13", "Continuity Insights <cites@dgf.tn>",
            "TR: New Webinar", "forward", "fr", (
                t("1", ("start", ""), *BEN_SALAH_FR),
                h("2", ("after", '<body style="height: 100%;margin: 0;padding: 0;width: 100%;-ms-text-size-adjust: '
                                 '100%;-webkit-text-size-adjust: 100%;background-color: #FAFAFA;">'),
                  "<p>" + br_html(BEN_SALAH_FR) + "</p>")),
            (n(BEN_SALAH),)),
    Carrier("papertrail_letter_in_body", "enmime/mail/ctype-bug.raw", "Papertrail <cites@mnrt.go.tz>",
            "Nomination: CITES closed user group", "letter", "en", (
                t("1", ("start", ""), *MUSHI_LETTER),
                h("2", ("after", '<div style="background:#fff;border:1px solid #ddd;padding:10px 20px;margin:0 30px;">'),
                  "\n<p>" + br_html(MUSHI_LETTER) + "</p>")),
            (n(MUSHI),)),
    Carrier("mirror_two_officers", "cpython-test-email/msg_44.txt", "Barry Warsaw <cites@zimparks.org.zw>",
            "CENcomm closed user group", "two_nominees", "en", (t("1", ("start", ""), *MOYO_CHIKORE),),
            (n(MOYO), n(CHIKORE))),
    Carrier("yahoo_re_fwd_signature", "django-mailbox/message_with_utf8_char.eml", "Person <dawit.alemu@ewca.gov.et>",
            "RE: Fwd: CENcomm", "signature", "en", (t("", ("start", ""), *TESFAYE_SIGNED),), (n(TESFAYE),)),
    Carrier("list_post_qp_own_labels_fr", "hyperkitty/attachment-4.txt", "A User <cites@environnement.gov.bf>",
            "[CITES] Groupe fermé CENcomm", "top_post", "fr", (t("1", ("start", ""), *OUEDRAOGO_FR),),
            (n(OUEDRAOGO),)),
    Carrier("lipsum_recursed_no_email_es", "enmime/mail/qp-utf8-header-recursed.raw",
            "James Hillyerd <cites@mades.gov.py>", "Grupo cerrado CITES", "missing_field", "es", (
                t("1", ("start", ""), *BENITEZ_ES_NO_EMAIL),
                h("2", LIPSUM, "\n      <p>" + entities(br_html(BENITEZ_ES_NO_EMAIL)) + "</p>")),
            (n(only(BENITEZ, "country", "name", "surname", "organization", "position", "phone")),)),
    Carrier("stripped_html_letter_es", "django-mailbox/message_with_many_multiparts_stripped_html.eml",
            "Senders Name <cites@ambiente.gob.do>", "Designación CENcomm", "letter", "es", (
                t("1", ("start", ""), *PENA_LETTER),),
            (n(PENA),)),
    Carrier("mirror_unaccented_es", "cpython-test-email/msg_04.txt", "Barry Warsaw <cites@miambiente.gob.pa>",
            "Grupo cerrado CITES", "own_labels", "es", (t("1", ("start", ""), *BATISTA_ES_ASCII),),
            (n(BATISTA),)),
]

CARRIERS += BATCH3
#: Batches 1-2's held-out carriers, examined in the session before the third batch (their misses were read and
#: written up): declared seen on 2026-12-04 and moved to the tuning part. Kept here so the move stays visible.
SEEN = HELD_OUT
HELD_OUT = frozenset(c.name for c in BATCH3)

# ------------------------------------------------------------------ fourth batch: all held out (spec_batch4.py)
from tests.carriers.spec_batch4 import BATCH4  # noqa: E402 -- after the batches it follows

#: Batch 3 was measured before and after the step-2 rules of 2026-12-04 (its misses read and written up): seen
#: since 2026-12-05. SEEN keeps every carrier that was once held out.
SEEN = SEEN | HELD_OUT
CARRIERS += BATCH4
HELD_OUT = frozenset(c.name for c in BATCH4)

# ------------------------------------------------------------------ fifth batch: all held out (spec_batch5.py)
from tests.carriers.spec_batch5 import BATCH5  # noqa: E402 -- after the batches it follows

#: Batch 4 was run once held out (its first-run figure is in docs/extraction.md), then its misses were fixed with
#: general rules on 2026-12-04: seen since. The fifth batch, written by hand before any run, is the held-out part.
SEEN = SEEN | HELD_OUT
CARRIERS += BATCH5
HELD_OUT = frozenset(c.name for c in BATCH5)

# ------------------------------------------------------------------ sixth batch: all held out (spec_batch6.py)
from tests.carriers.spec_batch6 import BATCH6  # noqa: E402 -- after the batches it follows

#: Batch 5 was run once held out, then its misses were fixed with general rules on 2026-12-04: seen since. The
#: sixth batch, written by hand before any run (while batch 5 was being fixed), is the held-out part.
SEEN = SEEN | HELD_OUT
CARRIERS += BATCH6
HELD_OUT = frozenset(c.name for c in BATCH6)

# ------------------------------------------------------------------ seventh batch: all held out (spec_batch7.py)
from tests.carriers.spec_batch7 import BATCH7  # noqa: E402 -- after the batches it follows

#: Batch 6 was run once held out, then fixed with general rules on 2026-12-04: seen since. The seventh batch,
#: written by hand before any run (while batch 6 was being fixed), is the held-out part.
SEEN = SEEN | HELD_OUT
CARRIERS += BATCH7
HELD_OUT = frozenset(c.name for c in BATCH7)

# ------------------------------------------------------------------ eighth batch: all held out (spec_batch8.py)
from tests.carriers.spec_batch8 import BATCH8  # noqa: E402 -- after the batches it follows

#: Batch 7 was run once held out, then fixed with general rules on 2026-12-04: seen since. The eighth batch,
#: written by hand before any run (while batch 7 was being fixed), is the held-out part, not tuned on.
SEEN = SEEN | HELD_OUT
CARRIERS += BATCH8
HELD_OUT = frozenset(c.name for c in BATCH8)

# ------------------------------------------------------------------ ninth batch: all held out (spec_batch9.py)
from tests.carriers.spec_batch9 import BATCH9  # noqa: E402 -- after the batches it follows

#: Batch 8 was run once held out, then fixed with general rules on 2026-12-04: seen since. The ninth batch,
#: written by hand before any run (while batch 8 was being fixed), is the held-out part, not tuned on.
SEEN = SEEN | HELD_OUT
CARRIERS += BATCH9
HELD_OUT = frozenset(c.name for c in BATCH9)

# ------------------------------------------------------------------ tenth batch: all held out (spec_batch10.py)
from tests.carriers.spec_batch10 import BATCH10  # noqa: E402 -- after the batches it follows

#: Batch 9 was run once held out, then fixed with general rules on 2026-12-04: seen since. The tenth batch,
#: written by hand before any run (while batch 9 was being fixed), is the held-out part, not tuned on.
SEEN = SEEN | HELD_OUT
CARRIERS += BATCH10
HELD_OUT = frozenset(c.name for c in BATCH10)

# ------------------------------------------------------------------ eleventh batch: all held out (spec_batch11.py)
from tests.carriers.spec_batch11 import BATCH11  # noqa: E402 -- after the batches it follows

#: Batch 10 was run once held out (the next session's starting figure), then fixed with general rules on
#: 2026-12-04 (evening): seen since. The eleventh batch, written by hand on two new real-mail sources before any
#: run (while batch 10 was being fixed), is the held-out part, not tuned on.
SEEN = SEEN | HELD_OUT
CARRIERS += BATCH11
HELD_OUT = frozenset(c.name for c in BATCH11)

# ------------------------------------------------------------------ twelfth batch: all held out (spec_batch12.py)
from tests.carriers.spec_batch12 import BATCH12  # noqa: E402 -- after the batches it follows

#: Batch 11 was run once held out, then fixed with general rules on 2026-12-04 (evening): seen since. The twelfth
#: batch, written by hand before any run (while batch 11 was being fixed), is the held-out part, not tuned on.
SEEN = SEEN | HELD_OUT
CARRIERS += BATCH12
HELD_OUT = frozenset(c.name for c in BATCH12)

# ------------------------------------------------------------------ thirteenth batch: all held out (spec_batch13.py)
from tests.carriers.spec_batch13 import BATCH13  # noqa: E402 -- after the batches it follows

#: Batch 12 was run once held out, then fixed with general rules on 2026-12-04 (evening): seen since. The
#: thirteenth batch, written by hand before any run (while batch 12 was being fixed), is the held-out part.
SEEN = SEEN | HELD_OUT
CARRIERS += BATCH13
HELD_OUT = frozenset(c.name for c in BATCH13)

# ------------------------------------------------------------------ fourteenth batch: all held out (spec_batch14.py)
from tests.carriers.spec_batch14 import BATCH14  # noqa: E402 -- after the batches it follows

#: Batch 13 was run once held out, then fixed with general rules on 2026-12-04 (late evening): seen since. The
#: fourteenth batch, written by hand before any run (while batch 13 was being fixed), is the held-out part.
SEEN = SEEN | HELD_OUT
CARRIERS += BATCH14
HELD_OUT = frozenset(c.name for c in BATCH14)

# ------------------------------------------------------------------ fifteenth batch: all held out (spec_batch15.py)
from tests.carriers.spec_batch15 import BATCH15  # noqa: E402 -- after the batches it follows

#: Batch 14 was run once held out, then fixed with general rules on 2026-12-04 (late evening): seen since. The
#: fifteenth batch, written by hand before any run (while batch 14 was being fixed), is the held-out part, not
#: tuned on: the next session starts from its figure.
SEEN = SEEN | HELD_OUT
CARRIERS += BATCH15
HELD_OUT = frozenset(c.name for c in BATCH15)

# ------------------------------------------------------------------ sixteenth batch: all held out (spec_batch16.py)
from tests.carriers.spec_batch16 import BATCH16  # noqa: E402 -- after the batches it follows

#: Batch 15 was run once held out (2026-12-04, late evening), then fixed with general rules on 2026-12-04 (night): seen
#: since. The sixteenth batch, written by hand before any run, is the held-out part.
SEEN = SEEN | HELD_OUT
CARRIERS += BATCH16
HELD_OUT = frozenset(c.name for c in BATCH16)

# ------------------------------------------------------------------ seventeenth batch: all held out (spec_batch17.py)
from tests.carriers.spec_batch17 import BATCH17  # noqa: E402 -- after the batches it follows

#: Batch 16 was run once held out (2026-12-04, night), then fixed with general rules the same night: seen since.
#: The seventeenth batch, written by hand before any run (while batch 16 was being fixed), is the held-out part.
SEEN = SEEN | HELD_OUT
CARRIERS += BATCH17
HELD_OUT = frozenset(c.name for c in BATCH17)

# ------------------------------------------------------------------ eighteenth batch: all held out (spec_batch18.py)
from tests.carriers.spec_batch18 import BATCH18  # noqa: E402 -- after the batches it follows

#: Batch 17 was run once held out (2026-12-04, night), then fixed with general rules the same night: seen since.
#: The eighteenth batch, written by hand before any run (while batch 17 was being fixed), is the held-out part.
SEEN = SEEN | HELD_OUT
CARRIERS += BATCH18
HELD_OUT = frozenset(c.name for c in BATCH18)

#: Batch 18 was run once held out (2026-12-05, morning), then fixed with general rules the same morning: seen since.
#: No batch is held out until the nineteenth (being written by hand, unseen) takes its place.
SEEN = SEEN | HELD_OUT
HELD_OUT = frozenset()

#: The batches written whole, each held out once (bench_heldout's carriers_batchN sets, make_carriers' parts).
BATCHES: dict[str, list[Carrier]] = {"batch3": BATCH3, "batch4": BATCH4, "batch5": BATCH5, "batch6": BATCH6,
                                     "batch7": BATCH7, "batch8": BATCH8, "batch9": BATCH9, "batch10": BATCH10,
                                     "batch11": BATCH11, "batch12": BATCH12, "batch13": BATCH13, "batch14": BATCH14,
                                     "batch15": BATCH15, "batch16": BATCH16,
                                     "batch17": BATCH17, "batch18": BATCH18}
