"""The eleventh batch of carriers (all held out): written by hand, expected values before any run.

Sources are real-mail messages no earlier carrier used, from the two sources added to tests/realmail with this
batch: the SpamAssassin easy_ham messages Debian ships in golang-github-gatherstars-com-jwz-dev (2002 mailing-list
replies, quoted text and signatures; us-ascii or iso-8859-1 8bit) and parse-emails' test mail (Outlook, Gmail and
Thunderbird messages, a forwarded message/rfc822, base64 and quoted-printable UTF-8 parts). Each request is written
where a writer puts it: above the quoted or forwarded text (top-post), below the quote and above the signature
(bottom-post), or below an "External Email" banner. English: a bottom-post above "-- " with labels in the writer's
own words (Trinidad and Tobago, "Full name", "Desk phone" in "1 (868) ..." form), two Sri Lankan officers in prose
lines above a reply and a patch (one telephone national "011 ..."), a PGP-signed quoted-printable reply that only
confirms access already working and names a focal point with a telephone (not_request), an Outlook letter in plain
and HTML (Botswana; the Director's own telephone and address in the signature), a cover note below a gateway banner
above a forwarded message (Fiji, a telephone two digits short: an invalid_phone error) and a top-post with no
telephone (Grenada, missing_field). French: a top-post above "-----Original Message-----" in an iso-8859-1 part
(Togo, "Essowè"), one sentence bottom-posted under a quote (Niger), an Outlook letter in iso-8859-1
quoted-printable plain and HTML (Chad, reference and the Director's telephone), a Gmail alternative with two
numbered officials of the Democratic Republic of the Congo (one telephone national "099 ..."), and a cover note above
a forwarded attachment with "Nom et prénom : Rim GHARBI" (Tunisia). Spanish: a bottom-post above a signature that
holds the writer's own address (Bolivia, "Apellidos: Condori Apaza"), a Dominican letter in iso-8859-1 ("Lic.",
national "(809) ..." numbers, the office's own telephone below), a base64 Gmail alternative with own labels (El
Salvador, "Nombre completo"), an unaccented us-ascii question that names a colleague already registered
(not_request), and two Cuban officials as a pipe-separated table above a forwarded message (us-ascii: written
without accents).
Officials share nothing with batches 1-10 (names, surnames and addresses grepped in tests/).
"""

from __future__ import annotations

from tests.carriers.carrier import Carrier, bad_phone, h, n, t
from tests.carriers.people import (
    BATCHASSI,
    BELMAR,
    CONDORI,
    FONSECA,
    GHARBI,
    HASSANE,
    JAYASEKARA,
    LUBAMBA,
    MENJIVAR,
    MMOPI,
    NGALULA,
    PEREZ_LABRADA,
    RAMSARAN,
    SOULEY,
    TAVERAS,
    VAKALOLOMA,
    WICKRAMASINGHE,
    div_html,
    entities,
    mso_html,
)

JWZ = "jwz-easy-ham/ham/"

# ------------------------------------------------------------------ English

TT_BOTTOM = ["On the other matter: Trinidad and Tobago's nominee for the CITES closed user group on CENcomm is",
             "",
             "Full name: Shivani Ramsaran",
             "Agency: Forestry Division",
             "Job title: Game Warden II",
             "Desk phone: 1 (868) 225-3320",
             "Work email: s.ramsaran@forestry.gov.tt",
             "",
             "Could you confirm once she has been added?",
             ""]

LK_TWO = ["Dear Secretariat,",
          "",
          "Sri Lanka requests access to the CITES closed user group on CENcomm for two officers:",
          "",
          "Ms Dilani Wickramasinghe, Assistant Director (Law Enforcement), Department of Wildlife Conservation - "
          "tel. +94 11 288 8585 - dilani.w@dwc.gov.lk",
          "Mr Ruwan Jayasekara, Superintendent of Customs, Sri Lanka Customs - tel. 011 247 1145 - "
          "rjayasekara@customs.gov.lk",
          "",
          "Regards,",
          "CITES Management Authority, Battaramulla",
          ""]

WS_CONFIRMED = ["Hello,",
                "",
                "Just to let you know that both of our officers now have access to the CITES closed user group on "
                "CENcomm and have logged in without trouble, so no further action is needed on your side. If "
                "anything changes, our focal point Ms Ana Tuilagi (+685 23 800, atuilagi@mnre.gov.ws) will write "
                "to you.",
                "",
                "Thanks again,",
                "Ministry of Natural Resources and Environment, Apia",
                ""]

BW_LETTER = ["Dear Sir/Madam,",
             "",
             "The Department of Wildlife and National Parks nominates the following officer for membership of the "
             "CITES closed user group on CENcomm:",
             "",
             "Mr Boitumelo Mmopi",
             "Principal Wildlife Officer, Department of Wildlife and National Parks, Botswana",
             "Tel: +267 397 1405",
             "Email: bmmopi@gov.bw",
             "",
             "Kind regards,",
             "",
             "Dr Oteng Kgathi",
             "Director, Department of Wildlife and National Parks",
             "Private Bag 131, Gaborone",
             "Tel: +267 397 1500 | okgathi@gov.bw",
             ""]

FJ_COVER = ["",
            "Hi,",
            "",
            "Forwarding the Ministry's nomination (attached). Please add this officer to the CITES closed user group "
            "on CENcomm:",
            "",
            "Country: Fiji",
            "Name: Salote Vakaloloma",
            "Organisation: Ministry of Environment and Climate Change",
            "Position: Senior Environment Officer",
            "Phone: +679 331 12",
            "Email: svakaloloma@environment.gov.fj",
            "",
            "Vinaka,",
            "Department of Environment, Suva",
            ""]

GD_NO_PHONE = ["Hello,",
               "",
               "Grenada would like the following officer registered in the CITES closed user group on CENcomm:",
               "",
               "Country: Grenada",
               "Name: Kezia",
               "Surname: Belmar",
               "Organization: Forestry and National Parks Department",
               "Position: Forest Officer",
               "Email: kbelmar@forestry.gov.gd",
               "",
               "She has no office line yet; we will send her number when it is installed.",
               "",
               "Best,",
               "Forestry and National Parks Department, St. George's",
               "",
               ""]

# ------------------------------------------------------------------ French

TG_TOP = ["Bonjour,",
          "",
          "Comme suite au message ci-dessous, le Togo demande l'inscription de l'agent suivant au groupe "
          "d'utilisateurs fermé CITES sur CENcomm :",
          "",
          "Pays : Togo",
          "Nom : BATCHASSI",
          "Prénom : Essowè",
          "Organisme : Direction des Ressources Forestières",
          "Fonction : Chef de la division de la faune et de la chasse",
          "Téléphone : +228 22 21 40 29",
          "Courriel : e.batchassi@environnement.gouv.tg",
          "",
          "Bien cordialement,",
          "Organe de gestion CITES du Togo, Lomé",
          ""]

NE_SENTENCE = ["Pour le Niger, nous proposons Mme Rabi SOULEY, Cheffe du service CITES à la Direction de la Faune, "
               "de la Chasse et des Aires Protégées (tél. +227 20 72 38 15, r.souley@environnement.gouv.ne), comme "
               "membre du groupe fermé CITES sur CENcomm.",
               "",
               ""]

TD_LETTER = ["RÉPUBLIQUE DU TCHAD",
             "Ministère de l'Environnement, de la Pêche et du Développement Durable",
             "Direction des Parcs Nationaux, Réserves de Faune et de la Chasse",
             "",
             "N'Djamena, le 3 décembre 2026",
             "N° 0412/MEPDD/SG/DPNRFC/2026",
             "",
             "Objet : Désignation au groupe d'utilisateurs fermé CITES sur CENcomm",
             "",
             "Madame la Secrétaire générale,",
             "",
             "J'ai l'honneur de désigner M. Abdelkerim HASSANE, Chef du service de la conservation de la faune à la "
             "Direction des Parcs Nationaux, Réserves de Faune et de la Chasse, comme membre du groupe "
             "d'utilisateurs fermé CITES sur CENcomm. Ses coordonnées : tél. +235 22 52 23 05, courriel "
             "a.hassane@environnement.gouv.td.",
             "",
             "Veuillez agréer, Madame la Secrétaire générale, l'expression de ma haute considération.",
             "",
             "Le Directeur des Parcs Nationaux, Réserves de Faune et de la Chasse",
             "Tél. : +235 22 52 23 00",
             ""]

CD_TWO = ["Bonjour,",
          "",
          "La République démocratique du Congo souhaite faire inscrire deux agents dans le groupe fermé CITES sur "
          "CENcomm :",
          "",
          "1) Nom : NGALULA - Prénom : Christelle",
          "Structure : Institut Congolais pour la Conservation de la Nature",
          "Poste : Attachée de recherche",
          "Tél : +243 81 555 4120 - Mail : c.ngalula@iccnrdc.cd",
          "",
          "2) Nom : LUBAMBA - Prénom : Patrick",
          "Structure : Direction Générale des Douanes et Accises",
          "Poste : Vérificateur des douanes",
          "Tél : 099 812 3344 - Mail : p.lubamba@dgda.cd",
          "",
          "Merci d'avance,",
          "Organe de gestion CITES, Kinshasa",
          ""]

TN_FORWARD = ["Bonjour,",
              "",
              "Je vous transfère ci-joint le message de notre Direction générale. Merci d'inscrire l'agente "
              "suivante au groupe fermé CITES sur CENcomm :",
              "",
              "Pays : Tunisie",
              "Nom et prénom : Rim GHARBI",
              "Organisation : Direction Générale des Forêts",
              "Fonction : Ingénieure principale chargée du suivi CITES",
              "Téléphone : +216 71 891 450",
              "Adresse électronique officielle : rim.gharbi@dgf.agrinet.tn",
              "",
              "Cordialement,",
              "Organe de gestion CITES, Tunis",
              ""]

# ------------------------------------------------------------------ Spanish

BO_BOTTOM = ["Por otra parte, Bolivia propone para el grupo cerrado CITES en CENcomm a:",
             "",
             "Nombre: Marcelo",
             "Apellidos: Condori Apaza",
             "Institución: Dirección General de Biodiversidad y Áreas Protegidas",
             "Cargo: Responsable de Vida Silvestre",
             "Teléfono: +591 2 211 5571",
             "Correo oficial: mcondori@mmaya.gob.bo",
             "",
             "Saludos,",
             ""]

DO_LETTER = ["Santo Domingo, D.N., 3 de diciembre de 2026",
             "VAPB-0981-2026",
             "",
             "Señores",
             "Secretaría de la CITES",
             "Ginebra, Suiza",
             "",
             "Asunto: Solicitud de acceso al grupo cerrado CITES en CENcomm",
             "",
             "Distinguidos señores:",
             "",
             "Por medio de la presente, el Ministerio de Medio Ambiente y Recursos Naturales de la República "
             "Dominicana solicita la inclusión de la Lic. Rosanna Taveras Peguero, Encargada del Departamento de "
             "Vida Silvestre, en el grupo cerrado CITES en CENcomm. Puede contactarla al (809) 567-4300 o en "
             "rtaveras@ambiente.gob.do.",
             "",
             "Atentamente,",
             "",
             "Viceministerio de Áreas Protegidas y Biodiversidad",
             "Tel. (809) 567-4310",
             "",
             ""]

SV_LABELS = ["Buenos días,",
             "",
             "Les envío la ficha de la compañera que El Salvador desea inscribir en el grupo cerrado CITES de "
             "CENcomm:",
             "",
             "Nombre completo: Xiomara Menjívar Alas",
             "Dependencia: Ministerio de Medio Ambiente y Recursos Naturales",
             "Puesto: Técnica de Vida Silvestre",
             "Teléfono móvil oficial: +503 7012 3456",
             "E-mail institucional: xmenjivar@ambiente.gob.sv",
             "",
             "Saludos cordiales,",
             "Gerencia de Vida Silvestre, San Salvador",
             ""]

HN_QUESTION = ["",
               "Aprovecho para otra consulta: el grupo cerrado CITES en CENcomm sigue activo? Nuestro colega "
               "Gerardo Zelaya (tel. +504 2232 6770) ya tiene acceso desde 2025 y no necesitamos agregar a nadie "
               "mas; solo queremos saber si habra una capacitacion en 2027.",
               ""]

CU_TABLE = ["Estimados:",
            "",
            "Adjunto el correo de la Aduana. Solicitamos dar de alta en el grupo cerrado CITES de CENcomm a los "
            "siguientes funcionarios de Cuba:",
            "",
            "Nombre y apellidos | Cargo | Institucion | Telefono | Correo",
            "Yudith Fonseca Rodriguez | Especialista CITES | Oficina de Regulacion y Seguridad Ambiental | "
            "+53 7 202 6528 | yfonseca@orsa.citma.cu",
            "Osmany Perez Labrada | Inspector de Aduanas | Aduana General de la Republica | +53 7 883 8282 | "
            "operez@aduana.gob.cu",
            "",
            "Saludos,",
            "Autoridad Administrativa CITES de Cuba, La Habana",
            ""]


BATCH11: list[Carrier] = [
    # ---------------------------------------------------------------- English
    Carrier("bottom_post_own_labels_above_signature", JWZ + "1726.dcd76e312ad123a4882c12b77f0b92c3.eml",
            "Yannick Gingras <y.gingras@forestry.gov.tt>", "Re: CITES closed user group on CENcomm",
            "bottom_post", "en", (
                t("", ("before", "-- \nYannick Gingras"), *TT_BOTTOM),),
            (n(RAMSARAN),)),
    Carrier("plain_two_officers_above_quote_and_patch", JWZ + "1127.1b3f0a69bea37c4e0a04b66ebc841196.eml",
            "CITES Management Authority <cites@dwc.gov.lk>", "CENcomm CITES closed user group - Sri Lanka",
            "two_nominees", "en", (
                t("1", ("start", ""), *LK_TWO),),
            (n(WICKRAMASINGHE), n(JAYASEKARA))),
    Carrier("signed_reply_access_confirmed_not_request", JWZ + "1603.c0963552df600d961b960f710d6ffaa7.eml",
            "MNRE Samoa <cites@mnre.gov.ws>", "Re: CENcomm access for our officers", "not_request", "en", (
                t("1", ("start", ""), *WS_CONFIRMED),),
            (), kind="not_request"),
    Carrier("outlook_letter_director_contacts_in_signature", "parse-emails/multiple_to_cc.eml",
            "Oteng Kgathi <okgathi@gov.bw>", "Nomination: CITES closed user group on CENcomm", "signature", "en", (
                t("1", ("start", ""), *BW_LETTER),
                h("2", ("after", '<div class="WordSection1">'), "\n" + mso_html(BW_LETTER[:-1]) + "\n")),
            (n(MMOPI),)),
    Carrier("cover_note_below_banner_short_phone", "parse-emails/email_with_signed_attachment.eml",
            "Department of Environment <environment@environment.gov.fj>", "FW: CENcomm nomination - Fiji",
            "invalid_phone", "en", (
                t("1", ("after", "*** This is an External Email ***\n"), *FJ_COVER),),
            (bad_phone(VAKALOLOMA, "+679 331 12"),)),
    Carrier("top_post_no_telephone", JWZ + "0133.fe269b4e9538d5cb9907625c4b63dc2f.eml",
            "Forestry and National Parks <forestry@forestry.gov.gd>", "CITES CENcomm registration",
            "missing_field", "en", (
                t("", ("start", ""), *GD_NO_PHONE),),
            (n(BELMAR),)),
    # ---------------------------------------------------------------- French
    Carrier("latin1_top_post_above_original_message_fr", JWZ + "0207.f7d2d40df256d6caea05314f5334a959.eml",
            "Organe de gestion CITES <cites@environnement.gouv.tg>",
            "TR: Groupe ferme CITES sur CENcomm - Togo", "top_post", "fr", (
                t("", ("start", ""), *TG_TOP),),
            (n(BATCHASSI),)),
    Carrier("latin1_bottom_post_one_sentence_fr", JWZ + "0264.a1183a59e4f0a71e80378d9404a3212f.eml",
            "DFC/AP Niger <dfcap@environnement.gouv.ne>", "Re: groupe ferme CITES CENcomm", "sentence", "fr", (
                t("", ("before", "Just for the record mc"), *NE_SENTENCE),),
            (n(SOULEY),)),
    Carrier("outlook_latin1_qp_letter_director_phone_fr",
            "parse-emails/file_with_a_long_subject_and_special_characters.eml",
            "DPNRFC Tchad <dpnrfc@environnement.gouv.td>",
            "Designation au groupe ferme CITES sur CENcomm - Tchad", "letter", "fr", (
                t("1", ("start", ""), *TD_LETTER),
                h("2", ("after", '<div class="WordSection1">'), "\n" + entities(mso_html(TD_LETTER[:-1])) + "\n")),
            (n(HASSANE),)),
    Carrier("gmail_alternative_two_numbered_officials_fr", "parse-emails/eml_non_ascii.eml",
            "Organe de gestion CITES RDC <cites@iccnrdc.cd>", "Inscription groupe ferme CITES CENcomm - RDC",
            "two_nominees", "fr", (
                t("1", ("start", ""), *CD_TWO),
                h("2", ("after", '<div dir="ltr">'), div_html(CD_TWO[:-1]) + "<div><br></div>")),
            (n(NGALULA), n(LUBAMBA))),
    Carrier("cover_note_above_forwarded_attachment_fr", "parse-emails/containing_corrupted_eml.eml",
            "Organe de gestion CITES <cites@dgf.agrinet.tn>", "TR: Inscription CENcomm", "forward", "fr", (
                t("1.1", ("start", ""), *TN_FORWARD),
                h("1.2", ("start", ""), "<div>" + div_html(TN_FORWARD[:-1]) + "</div>\n")),
            (n(GHARBI),)),
    # ---------------------------------------------------------------- Spanish
    Carrier("latin1_bottom_post_above_writers_signature_es", JWZ + "0359.7f80dc1df7de3b5121e43f29f0a9e911.eml",
            "Autoridad Administrativa CITES <cites@mmaya.gob.bo>", "Re: grupo cerrado CITES en CENcomm",
            "bottom_post", "es", (
                t("", ("before", "James\n-- \n"), *BO_BOTTOM),),
            (n(CONDORI),)),
    Carrier("latin1_letter_lic_office_phone_es", JWZ + "0652.5ed46908836bacba742b337197ce3499.eml",
            "Vida Silvestre <vidasilvestre@ambiente.gob.do>", "Solicitud de acceso - grupo cerrado CITES CENcomm",
            "letter", "es", (
                t("", ("start", ""), *DO_LETTER),),
            (n(TAVERAS),)),
    Carrier("gmail_base64_own_labels_nombre_completo_es", "parse-emails/eml_with_special_utf_8_chars.eml",
            "Gerencia de Vida Silvestre <vidasilvestre@ambiente.gob.sv>", "Ficha - grupo cerrado CITES CENcomm",
            "own_labels", "es", (
                t("1.1", ("start", ""), *SV_LABELS),
                h("1.2", ("after", '<div dir="ltr">'), div_html(SV_LABELS[:-1]) + "<div><br></div>")),
            (n(MENJIVAR),)),
    Carrier("ascii_question_colleague_registered_not_request_es", JWZ + "1059.5b0713200efcabb71c7005b32e726a60.eml",
            "ICF Vida Silvestre <vidasilvestre@icf.gob.hn>", "Re: consulta grupo CITES CENcomm", "not_request", "es", (
                t("", ("after", "What do you use to sort?\n"), *HN_QUESTION),),
            (), kind="not_request"),
    Carrier("pipe_table_two_officials_above_forward_es", "parse-emails/eml_contains_base64_eml2.eml",
            "Autoridad Administrativa CITES <cites@orsa.citma.cu>", "Alta en el grupo cerrado CITES de CENcomm",
            "two_nominees", "es", (
                t("1", ("start", ""), *CU_TABLE),),
            (n(FONSECA), n(PEREZ_LABRADA))),
]
