"""The thirteenth batch of carriers (all held out): written by hand, expected values before any run.

Sources are real-mail messages no earlier carrier used: SpamAssassin easy_ham replies from the jwz package (eight
of them added to the manifest with this batch: 8bit iso-8859-1 and iso-8859-15 parts, and Outlook Express and MSN
Explorer alternatives whose plain and HTML parts are quoted-printable iso-8859-1 and windows-1252, so that French
and Spanish are written with their accents; the 7bit US-ASCII ones carry English) and one of parse-emails' test
mails (an Outlook 7bit alternative with an inline image). English: two Lesotho officers as labelled blocks in the
Outlook plain and HTML alternative, a Samoan letter (letterhead, reference, the Chief Executive Officer's own
telephone and address), one sentence ("Ms") above Outlook quotes (Malta), a member thanking the Secretariat for a
colleague already added, with his telephone, in a bottom-post above a Mutt signature (Solomon Islands:
not_request) and own labels with a telephone too short (Bahamas: an invalid_phone error). French: a Monaco letter
in an 8bit iso-8859-1 part ("Mme", the Director's telephone and address), a KMail forward whose forwarder's own
contacts stay out, the forwarded labels surname first (Central African Republic, iso-8859-15), two numbered
Djibouti officers in an MSN Explorer plain and HTML alternative, and a Luxembourg officer with no telephone yet
(missing_field). Spanish: own labels "Nombre(s)"/"Apellido(s)"/"Cargo que ocupa" in an Outlook Express alternative
(Honduras), a Uruguayan letter in windows-1252 ("Ing. Agr.", the signatory's telephone and address), two
Guatemalan officials as labelled blocks above Outlook quotes, and a top-posted thank-you naming the colleague
already added and her telephone (Nicaragua, iso-8859-1: not_request). Officials share nothing with batches 1-12
(names, surnames and addresses grepped in tests/).
"""

from __future__ import annotations

from tests.carriers.carrier import Carrier, bad_phone, h, n, t
from tests.carriers.people import (
    AUREGLIA,
    BENTANCOR,
    CAMILLERI,
    FEIGANAZOUI,
    LEIATAUA,
    LETSIE,
    MARADIAGA,
    MOKHETHI,
    ROBLEH,
    ROLLE,
    TZUL,
    WABERI,
    WEYDERT,
    XITUMUL,
    div_html,
    mso_html,
    oe_html,
)

JWZ = "jwz-easy-ham/ham/"

# ------------------------------------------------------------------ English

LS_TWO = ["Dear Colleagues,",
          "",
          "Lesotho wishes to register the following two officers in the CITES closed user group on CENcomm:",
          "",
          "Name: Palesa Mokhethi",
          "Organisation: Department of Environment",
          "Position: Environment Officer",
          "Telephone: +266 2231 1767",
          "Email: pmokhethi@environment.gov.ls",
          "",
          "Name: Teboho Letsie",
          "Organisation: Revenue Services Lesotho",
          "Position: Customs Officer",
          "Telephone: +266 2221 5000",
          "Email: tletsie@rsl.org.ls",
          "",
          "Kind regards,",
          "CITES Management Authority, Maseru",
          "",
          ""]

WS_LETTER = ["MINISTRY OF NATURAL RESOURCES AND ENVIRONMENT",
             "Government of Samoa, Private Mail Bag, Apia",
             "",
             "Our ref: MNRE/DEC/CITES/2026-114",
             "4 December 2026",
             "",
             "The Secretary-General",
             "CITES Secretariat",
             "Geneva",
             "",
             "RE: NOMINATION TO THE CITES CLOSED USER GROUP ON CENCOMM",
             "",
             "Dear Madam,",
             "",
             "I write to nominate Mr Iosefa Leiataua, Principal Terrestrial Conservation Officer, Ministry of "
             "Natural Resources and Environment, for membership of the CITES closed user group on CENcomm. His "
             "contact details are: telephone +685 23800; e-mail iosefa.leiataua@mnre.gov.ws.",
             "",
             "Yours faithfully,",
             "",
             "Tuiolo Fa'amausili",
             "Chief Executive Officer",
             "Tel: +685 23801 | ceo@mnre.gov.ws",
             "",
             ""]

MT_SENTENCE = ["Good morning,",
               "",
               "Malta would like Ms Marisa Camilleri, Enforcement Officer with the Environment and Resources "
               "Authority, to be added to the CITES closed user group on CENcomm; she can be reached on "
               "+356 2292 3500 or at marisa.camilleri@era.org.mt.",
               "",
               "Many thanks,",
               "ERA CITES Unit",
               "",
               ""]

SB_THANKS = ["Separately, thank you for adding our officer, Mr John Tuhaika (tel. +677 24777), to the CITES closed "
             "user group on CENcomm last week. He logged in this morning without any trouble, so nothing further "
             "is needed from the Secretariat.",
             ""]

BS_SHORT = ["Hello,",
            "",
            "Please register the officer below in the CITES closed user group on CENcomm.",
            "",
            "Country: Bahamas",
            "Full name: Deandra Rolle",
            "Agency: Department of Environmental Planning and Protection",
            "Job title: Environmental Officer",
            "Telephone: +1 242 302 44",
            "E-mail: drolle@bahamas.gov.bs",
            "",
            "Regards,",
            "DEPP, Nassau",
            "",
            ""]

# ------------------------------------------------------------------ French

MC_LETTER = ["PRINCIPAUTÉ DE MONACO",
             "Département de l'Équipement, de l'Environnement et de l'Urbanisme",
             "Direction de l'Environnement",
             "",
             "Réf. : DE/BIO/2026-0412",
             "Monaco, le 4 décembre 2026",
             "",
             "Madame la Secrétaire générale",
             "Secrétariat de la CITES",
             "Genève",
             "",
             "Objet : Inscription au groupe d'utilisateurs fermé CITES sur CENcomm",
             "",
             "Madame la Secrétaire générale,",
             "",
             "J'ai l'honneur de vous demander l'inscription de Mme Stéphanie Aureglia, Chargée de mission pour la "
             "biodiversité à la Direction de l'Environnement, au groupe d'utilisateurs fermé CITES sur CENcomm. "
             "Elle est joignable au +377 98 98 80 00 et à l'adresse s.aureglia@gouv.mc.",
             "",
             "Je vous prie d'agréer, Madame la Secrétaire générale, l'expression de ma haute considération.",
             "",
             "Le Directeur de l'Environnement",
             "Tél. : +377 98 98 19 77 - environnement@gouv.mc",
             "",
             ""]

CF_FORWARD = ["Bonjour,",
              "",
              "Je vous transfère ci-dessous la demande de la Direction de la Faune pour le groupe fermé CITES sur "
              "CENcomm.",
              "",
              "Bien à vous,",
              "Serge Ndakala",
              "Point focal CITES, Bangui",
              "Tél. : +236 72 50 11 22 - s.ndakala@eauxforets.gouv.cf",
              "",
              "----------  Message transmis  ----------",
              "",
              "Sujet : Inscription au groupe fermé CITES CENcomm",
              "Date : mercredi 2 décembre 2026 09:12",
              "De : Direction de la Faune <faune@eauxforets.gouv.cf>",
              "À : Point focal CITES <cites@eauxforets.gouv.cf>",
              "",
              "Bonjour,",
              "",
              "Merci d'inscrire l'agent suivant au groupe fermé :",
              "",
              "Pays : République centrafricaine",
              "Nom : FEIGANAZOUI",
              "Prénom : Thierry",
              "Ministère : Ministère des Eaux, Forêts, Chasse et Pêche",
              "Fonction : Chef de service de la faune",
              "Tél. : +236 75 04 12 38",
              "Courriel : t.feiganazoui@eauxforets.gouv.cf",
              "",
              "Cordialement,",
              "Direction de la Faune",
              "",
              "-------------------------------------------------------",
              "",
              ""]

DJ_TWO = ["Bonjour,",
          "",
          "Veuillez trouver ci-après les deux agents que Djibouti souhaite inscrire au groupe fermé CITES sur "
          "CENcomm.",
          "",
          "Agent n° 1",
          "Prénom : Hasna",
          "Nom : ROBLEH",
          "Service : Direction de l'Environnement et du Développement Durable",
          "Fonction : Chargée de la biodiversité",
          "Téléphone : +253 21 35 10 20",
          "Courriel : h.robleh@environnement.gouv.dj",
          "",
          "Agent n° 2",
          "Prénom : Abdourahman",
          "Nom : WABERI",
          "Service : Direction Générale des Douanes",
          "Fonction : Inspecteur des douanes",
          "Téléphone : +253 21 35 06 66",
          "Courriel : a.waberi@douanes.gouv.dj",
          "",
          "Salutations distinguées,",
          "Organe de gestion CITES de Djibouti",
          "",
          ""]

LU_NO_PHONE = ["Bonjour,",
               "",
               "L'Administration de la nature et des forêts du Luxembourg souhaite inscrire M. Laurent Weydert, "
               "Préposé de la nature et des forêts, au groupe fermé CITES sur CENcomm. Son adresse officielle est "
               "laurent.weydert@anf.etat.lu ; il n'a pas encore de numéro de téléphone professionnel, nous vous le "
               "communiquerons dès son attribution.",
               "",
               "Meilleures salutations,",
               "Administration de la nature et des forêts",
               "Service de la nature, Diekirch",
               "",
               ""]

# ------------------------------------------------------------------ Spanish

HN_LABELS = ["Buenos días:",
             "",
             "Por este medio solicitamos el alta de la siguiente funcionaria en el grupo cerrado CITES de CENcomm:",
             "",
             "País: Honduras",
             "Nombre(s): Glenda Yamileth",
             "Apellido(s): Maradiaga Funez",
             "Entidad: Instituto Nacional de Conservación y Desarrollo Forestal, Áreas Protegidas y Vida Silvestre",
             "Cargo que ocupa: Técnica de Vida Silvestre",
             "Teléfono de oficina: +504 2223 7703",
             "Correo institucional: gmaradiaga@icf.gob.hn",
             "",
             "Saludos cordiales,",
             "Departamento de Vida Silvestre, Tegucigalpa",
             "",
             ""]

UY_LETTER = ["MINISTERIO DE AMBIENTE",
             "República Oriental del Uruguay",
             "",
             "Montevideo, 4 de diciembre de 2026",
             "Ref.: Expediente 2026/14000/008731",
             "",
             "Señora Secretaria General de la CITES",
             "Ginebra",
             "",
             "De mi consideración:",
             "",
             "Tengo el agrado de dirigirme a usted a fin de solicitar la inclusión del Ing. Agr. Gastón Bentancor "
             "Ferreira, Técnico de la División Fauna del Ministerio de Ambiente, en el grupo cerrado CITES en "
             "CENcomm. Puede contactarse con él al teléfono +598 2917 0733 o al correo gbentancor@ambiente.gub.uy.",
             "",
             "Saluda a usted muy atentamente,",
             "",
             "Director Nacional de Biodiversidad y Servicios Ecosistémicos",
             "Tel. +598 2917 0700 – dinabise@ambiente.gub.uy",
             "",
             ""]

GT_TWO = ["Buenas tardes:",
          "",
          "Guatemala solicita la inscripción de los dos funcionarios siguientes en el grupo cerrado CITES en "
          "CENcomm.",
          "",
          "Funcionaria 1",
          "  Nombres: Sandra Elizabeth",
          "  Apellidos: Xitumul Batz",
          "  Institución: Policía Nacional Civil",
          "  Puesto: Agente de la División de Protección a la Naturaleza",
          "  Teléfono: +502 2329 6520",
          "  Correo: sxitumul@pnc.gob.gt",
          "",
          "Funcionario 2",
          "  Nombres: Byron Estuardo",
          "  Apellidos: Tzul Chocooj",
          "  Institución: Consejo Nacional de Áreas Protegidas",
          "  Puesto: Encargado de Vida Silvestre",
          "  Teléfono: +502 2422 6750",
          "  Correo: btzul@conap.gob.gt",
          "",
          "Atentamente,",
          "Autoridad Administrativa CITES de Guatemala",
          "",
          ""]

NI_THANKS = ["Estimados colegas de la Secretaría:",
             "",
             "Ayer recibimos de CENcomm la confirmación del alta. Les agradecemos la "
             "incorporación de la Lic. Fátima Urbina (tel. +505 2233 1112) al grupo cerrado CITES; ya pudo "
             "ingresar sin problemas, por lo que no se requiere ninguna otra gestión.",
             "",
             "Saludos cordiales,",
             "Oficina CITES, Ministerio del Ambiente y los Recursos Naturales, Managua",
             "",
             ""]



BATCH13: list[Carrier] = [
    # ---------------------------------------------------------------- English
    Carrier("outlook_alternative_two_labelled_lesotho_officers", "parse-emails/eml_contains_image_as_cid.eml",
            "CITES Management Authority <cites@environment.gov.ls>",
            "CENcomm CITES closed user group - Lesotho nominations", "two_nominees", "en", (
                t("1.1", ("start", ""), *LS_TWO),
                h("1.2", ("after", '<div class="WordSection1">'), "\n" + mso_html(LS_TWO[:-1]) + "\n")),
            (n(MOKHETHI), n(LETSIE))),
    Carrier("pegasus_letter_reference_ceo_contacts_out", JWZ + "0237.a21d745179e22d780194543b7ad765ec.eml",
            "MNRE Samoa <cites@mnre.gov.ws>", "Nomination - CITES closed user group on CENcomm (Samoa)",
            "letter", "en", (
                t("", ("start", ""), *WS_LETTER),),
            (n(LEIATAUA),)),
    Carrier("one_sentence_ms_above_outlook_quotes", JWZ + "0467.2c8e19f45e0110db44dcda8529f10676.eml",
            "ERA CITES Unit <cites@era.org.mt>", "RE: CITES closed user group on CENcomm", "sentence", "en", (
                t("", ("start", ""), *MT_SENTENCE),),
            (n(CAMILLERI),)),
    Carrier("mutt_bottom_post_thanks_colleague_added_not_request", JWZ + "0592.217bf33fe765d8cf064a732d56a51ba3.eml",
            "Noel J. Lovo <nlovo@mecdm.gov.sb>", "Re: CITES closed user group on CENcomm", "not_request", "en", (
                t("", ("before", "-- \nnjl"), *SB_THANKS),),
            (), kind="not_request"),
    Carrier("outlook_own_labels_full_name_short_phone", JWZ + "0619.1eebcb2010962026f9e985efaf54c54c.eml",
            "DEPP Nassau <depp@bahamas.gov.bs>", "CENcomm closed user group - Bahamas", "invalid_phone", "en", (
                t("", ("start", ""), *BS_SHORT),),
            (bad_phone(ROLLE, "+1 242 302 44"),)),
    # ---------------------------------------------------------------- French
    Carrier("latin1_letter_mme_director_contacts_out_fr", JWZ + "0156.3d3293a5da919cf65959e6bd63feaf27.eml",
            "Direction de l'Environnement <environnement@gouv.mc>",
            "Inscription au groupe ferme CITES sur CENcomm - Monaco", "letter", "fr", (
                t("", ("start", ""), *MC_LETTER),),
            (n(AUREGLIA),)),
    Carrier("latin9_kmail_forward_forwarder_contacts_out_fr", JWZ + "0044.f1db2c76854ee58bc73d0c85ca6a86d2.eml",
            "Serge Ndakala <s.ndakala@eauxforets.gouv.cf>", "TR: Inscription au groupe ferme CITES CENcomm",
            "forward", "fr", (
                t("", ("start", ""), *CF_FORWARD),),
            (n(FEIGANAZOUI),)),
    Carrier("msn_qp_alternative_two_numbered_officers_fr", JWZ + "0910.1c60142bded401b4c9921b2c48600619.eml",
            "Organe de gestion CITES <cites@environnement.gouv.dj>",
            "Groupe ferme CITES sur CENcomm - Djibouti", "two_nominees", "fr", (
                t("1", ("start", ""), *DJ_TWO),
                h("2", ("after", '<HTML><BODY STYLE="font:10pt verdana; border:none;">'),
                  div_html(DJ_TWO[:-1]))),
            (n(ROBLEH), n(WABERI))),
    Carrier("latin1_sentence_no_phone_yet_fr", JWZ + "0239.58f51c99b02fc8b49664f15a855af780.eml",
            "ANF Luxembourg <nature@anf.etat.lu>", "Groupe ferme CITES CENcomm - Luxembourg", "missing_field", "fr", (
                t("", ("start", ""), *LU_NO_PHONE),),
            (n(WEYDERT),)),
    # ---------------------------------------------------------------- Spanish
    Carrier("oe_qp_alternative_own_labels_plural_es", JWZ + "1562.6aca6138ec917241b64782a98697c17f.eml",
            "Departamento de Vida Silvestre <vidasilvestre@icf.gob.hn>",
            "Alta en el grupo cerrado CITES de CENcomm - Honduras", "own_labels", "es", (
                t("1", ("start", ""), *HN_LABELS),
                h("2", ("after", "<BODY bgColor=#ffffff>\n"), oe_html(HN_LABELS[:-1]))),
            (n(MARADIAGA),)),
    Carrier("cp1252_qp_alternative_letter_ing_agr_es", JWZ + "0092.a1560d2416687b2db8204c2fa69163f2.eml",
            "DINABISE <dinabise@ambiente.gub.uy>", "Ref.: Grupo cerrado CITES en CENcomm - Uruguay", "letter", "es", (
                t("1", ("start", ""), *UY_LETTER),
                h("2", ("after", "<BODY bgColor=#ffffff>\n"), oe_html(UY_LETTER[:-1]))),
            (n(BENTANCOR),)),
    Carrier("latin1_two_labelled_blocks_above_outlook_quotes_es", JWZ + "0589.8646984ed76a8df2811750d151f56b1e.eml",
            "Autoridad Administrativa CITES <cites@conap.gob.gt>",
            "RE: Grupo cerrado CITES en CENcomm - Guatemala", "two_nominees", "es", (
                t("", ("start", ""), *GT_TWO),),
            (n(XITUMUL), n(TZUL))),
    Carrier("latin1_top_post_thanks_colleague_added_not_request_es",
            JWZ + "0638.70122b70a334560fdbc450b6516bf752.eml",
            "Oficina CITES <cites@marena.gob.ni>", "Re: Alta en el grupo cerrado CITES de CENcomm", "not_request",
            "es", (
                t("", ("start", ""), *NI_THANKS),),
            (), kind="not_request"),
]
