"""The French and Spanish messages of the second held-out corpus (see make_heldout2.py)."""

from __future__ import annotations

from tests.corpus.make_corpus import attachment
from tests.heldout.make_heldout import Case, P, alt, mixed, nominee, only, plain
from tests.heldout2.clients import (
    DOCX,
    PDF,
    apple_html,
    expect,
    finish,
    gmail_html,
    html_alt,
    outlook_html,
)
from tests.heldout2.letters import Letter, letter_docx, letter_pdf

DIALLO = P("Senegal", "SN", "Mamadou", "Diallo", "Direction générale des douanes", "Inspecteur principal des douanes",
           "+221338897400", "m.diallo@douanes.sn")
KABORE = P("Burkina Faso", "BF", "Issouf", "KABORE", "Direction générale des Eaux et Forêts",
           "Inspecteur des Eaux et Forêts", "+22625356422", "issouf.kabore@environnement.gov.bf")
BENSALAH = P("Tunisia", "TN", "Leïla", "Ben Salah", "Direction Générale des Forêts", "Sous-directrice de la chasse",
             "+21671786833", "leila.bensalah@agrinet.tn")
TREMBLAY = P("Canada", "CA", "Sophie", "Tremblay", "Environnement et Changement climatique Canada",
             "Agente d'application de la loi", "+15142834567", "sophie.tremblay@ec.gc.ca")
TRAORE = P("Mali", "ML", "Moussa", "Traoré", "Direction nationale des Eaux et Forêts", "Chef de division",
           "+22320225850", "moussa.traore@dnef.gouv.ml")
MAHAMAT = P("Chad", "TD", "Issa", "MAHAMAT", "Direction générale des Douanes et Droits Indirects", "Chef de brigade",
            "+23522523310", "issa.mahamat@douanes.td")
ISSAKA = P("Niger", "NE", "Aïchatou", "ISSAKA", "Direction de la Faune, de la Chasse et des Aires Protégées",
           "Directrice adjointe", "+22720723305", "aichatou.issaka@environnement.gouv.ne")
IDRISSI = P("Morocco", "MA", "Karim", "El Idrissi", "Agence Nationale des Eaux et Forêts", "Chef du service CITES",
            "+212537674270", "k.elidrissi@eauxetforets.gov.ma")
DUBOIS = P("Belgium", "BE", "Marc", "Dubois", "SPF Santé publique, Sécurité de la Chaîne alimentaire et Environnement",
           "Inspecteur CITES", "+3225249725", "marc.dubois@sante.belgique.be")

TORRES = P("Chile", "CL", "Ana María", "TORRES VEGA", "Servicio Agrícola y Ganadero (SAG)", "Jefa de Fiscalización",
           "+56223451100", "ana.torres@sag.gob.cl")
ANDRADE = P("Ecuador", "EC", "Diego", "Andrade", "Ministerio del Ambiente, Agua y Transición Ecológica",
            "Analista de Vida Silvestre", "+59323987600", "diego.andrade@ambiente.gob.ec")
MORALES = P("Guatemala", "GT", "Lucía", "Morales", "Consejo Nacional de Áreas Protegidas (CONAP)", "Técnica CITES",
            "+50255123456", "lmorales@conap.gob.gt")
PEREZ = P("Bolivia (Plurinational State of)", "BO", "Carlos Alberto", "Pérez Gómez",
          "Dirección General de Biodiversidad y Áreas Protegidas", "Profesional en Vida Silvestre", "+59122146382",
          "cperez@mmaya.gob.bo")
GOMEZ = P("Colombia", "CO", "Julián", "Gómez", "Ministerio de Ambiente y Desarrollo Sostenible", "Profesional CITES",
          "+576013323400", "jgomez@minambiente.gov.co")
QUISPE = P("Peru", "PE", "Rosa", "Quispe Mamani", "Servicio Nacional Forestal y de Fauna Silvestre (SERFOR)",
           "Especialista en Fiscalización", "+5112259005", "rquispe@serfor.gob.pe")
HERNANDEZ = P("Mexico", "MX", "Laura", "Hernández", "Procuraduría Federal de Protección al Ambiente (PROFEPA)",
              "Inspectora Federal", "+525554496300", "lhernandez@profepa.gob.mx")
VARGAS = P("Costa Rica", "CR", "José", "Vargas", "Sistema Nacional de Áreas de Conservación (SINAC)",
           "Oficial de Vida Silvestre", "+50625224000", "jose.vargas@sinac.go.cr")
FERNANDEZ = P("Argentina", "AR", "Martín", "Fernández", "Dirección Nacional de Biodiversidad", "Coordinador CITES",
              "+541143488200", "mfernandez@ambiente.gob.ar")

SECRETARIAT_FR = ("Madame la Secrétaire générale", "Secrétariat CITES", "Palais des Nations", "CH-1211 Genève 10")
SECRETARIAT_ES = ("Sra. Secretaria General", "Secretaría CITES", "Palais des Nations", "CH-1211 Ginebra 10, Suiza")
DISCLAIMER_EN = ("This e-mail and any attachments are confidential and are intended solely for the use of the "
                 "individual or entity to whom they are addressed. If you have received this e-mail in error, "
                 "please notify the sender and delete it from your system. Any views expressed in this message "
                 "are those of the individual sender and do not necessarily represent the views of the Ministry.")


def fr_cases() -> list[Case]:
    cases: list[Case] = []
    senegal = Letter(
        letterhead=("RÉPUBLIQUE DU SÉNÉGAL", "Un Peuple – Un But – Une Foi",
                    "MINISTÈRE DE L'ENVIRONNEMENT ET DU DÉVELOPPEMENT DURABLE",
                    "Direction des Eaux et Forêts, Chasses et de la Conservation des Sols",
                    "Tél. : +221 33 859 00 00 – Courriel : defccs@environnement.gouv.sn"),
        reference="N° 0123/MEDD/DEFCCS/DCSN", date="Dakar, le 10 juin 2024", addressee=SECRETARIAT_FR,
        salutation="Madame la Secrétaire générale,",
        subject="Objet : désignation au groupe fermé d'utilisateurs sur le guépard (CENcomm)",
        body=("Faisant suite à la Notification aux Parties n° 2018/046, l'Organe de gestion CITES du Sénégal a "
              "l'honneur de désigner M. Mamadou Diallo, Inspecteur principal des douanes à la Direction générale "
              "des douanes, joignable au +221 33 889 74 00 et à l'adresse m.diallo@douanes.sn, comme membre du "
              "groupe fermé d'utilisateurs.",
              "Je vous prie d'agréer, Madame la Secrétaire générale, l'assurance de ma haute considération."),
        closing="Le Directeur des Eaux et Forêts,",
        signatory=("Colonel Babacar Sow", "Tél. : +221 33 859 00 01", "Courriel : b.sow@environnement.gouv.sn"))
    sender = "defccs@environnement.gouv.sn"
    n = "fr_letter_docx_senegal"
    body = plain("Madame, Monsieur,\n\nVeuillez trouver ci-joint le courrier de désignation.\n\nCordialement,\n"
                 "Secrétariat DEFCCS\n")
    cases.append(Case(n, finish(n, mixed(body, attachment(letter_docx(senegal), "Courrier désignation CUG.docx", *DOCX)),
                                sender, "Désignation - groupe fermé guépard"),
                      expect(n, "letter_docx", "request", "fr", [nominee(DIALLO, sender)])))

    burkina = Letter(
        letterhead=("BURKINA FASO", "La Patrie ou la Mort, nous Vaincrons",
                    "MINISTÈRE DE L'ENVIRONNEMENT, DE L'EAU ET DE L'ASSAINISSEMENT",
                    "03 BP 7044 Ouagadougou 03 – Tél. : +226 25 32 40 74"),
        reference="N°2024-0457/MEEA/SG/DGEF", date="Ouagadougou, le 6 juin 2024", addressee=SECRETARIAT_FR,
        salutation="Madame la Secrétaire générale,",
        subject="Objet : groupe fermé d'utilisateurs « guépard » – désignation d'un point focal",
        body=("J'ai l'honneur de vous communiquer la désignation de M. Issouf KABORE, Inspecteur des Eaux et Forêts "
              "à la Direction générale des Eaux et Forêts, qui peut être joint au +226 25 35 64 22 ou par courriel "
              "à issouf.kabore@environnement.gov.bf.",
              "Veuillez agréer, Madame la Secrétaire générale, l'expression de ma parfaite considération."),
        closing="Le Ministre,",
        signatory=("Pour le Ministre et par délégation,", "Le Secrétaire général", "Amadou SAWADOGO",
                   "Courriel : sg@environnement.gov.bf"))
    sender = "dgef@environnement.gov.bf"
    n = "fr_letter_pdf_burkina"
    body = plain("Bonjour,\n\nCi-joint la lettre du Ministre relative au groupe fermé.\n\nBien cordialement\nDGEF\n")
    cases.append(Case(n, finish(n, mixed(body, attachment(letter_pdf(burkina), "Lettre_designation.pdf", *PDF)),
                                sender, "Lettre de désignation CUG guépard"),
                      expect(n, "letter_pdf", "request", "fr", [nominee(KABORE, sender)])))

    sender = "leila.bensalah@agrinet.tn"
    lines = ["Bonjour,", "", "Je souhaite rejoindre le groupe fermé d'utilisateurs sur le guépard (CENcomm).", "",
             "Pays : Tunisie", "Prénom : Leïla", "Nom : Ben Salah", "Organisme : Direction Générale des Forêts",
             "Fonction : Sous-directrice de la chasse", "Numéro direct : +216 71 786 833",
             "Télécopie : +216 71 786 834", "Adresse mél : leila.bensalah@agrinet.tn", "", "Envoyé de mon iPhone"]
    n = "fr_applemail_qualifiers"
    cases.append(Case(n, finish(n, html_alt(lines, apple_html(lines)), sender, "Groupe fermé guépard"),
                      expect(n, "apple", "request", "fr", [nominee(BENSALAH, sender)])))

    sender = "sophie.tremblay@ec.gc.ca"
    lines = ["Bonjour,", "", "Voici mes coordonnées pour le groupe fermé d'utilisateurs sur le guépard :", "",
             "Pays : Canada", "Prénom : Sophie", "Nom de famille : Tremblay",
             "Ministère : Environnement et Changement climatique Canada",
             "Titre du poste : Agente d'application de la loi", "Portable : 514 283-4567",
             "Fax : 514 283-4500", "Courriel professionnel : sophie.tremblay@ec.gc.ca", "", "Merci,", "Sophie Tremblay"]
    n = "fr_outlook_portable"
    cases.append(Case(n, finish(n, html_alt(lines, outlook_html(lines, "FR-CA")), sender, "Groupe fermé - guépard"),
                      expect(n, "outlook", "request", "fr", [nominee(TREMBLAY, sender)])))

    sender = "moussa.traore@dnef.gouv.ml"
    body = ("Le 10/06/2024 à 14:15, Secrétariat CITES a écrit :\n> Bonjour,\n>\n> Il nous manque encore : Numéro de "
            "téléphone, Adresse électronique - référence\n> CUG-2024-0063.\n>\n> Pays : Mali\n> Téléphone : "
            "(manquant)\n\nBonjour,\n\nVoici les informations manquantes :\n\nNuméro direct : +223 20 22 58 50\n"
            "Adresse électronique (travail) : moussa.traore@dnef.gouv.ml\n\nMoussa Traoré\n")
    n = "fr_thunderbird_bottom_post"
    cases.append(Case(n, finish(n, plain(body), sender,
                                "Re: Groupe fermé d'utilisateurs : informations manquantes - référence CUG-2024-0063"),
                      expect(n, "bottom_post", "request", "fr", [nominee(only(TRAORE, "phone", "email"), sender)],
                             reference="CUG-2024-0063")))

    sender = "douanes.td@gmail.com"
    body = ("Madame, Monsieur,\n\nLe Tchad a l'honneur de désigner M. Issa MAHAMAT, Chef de brigade à la Direction "
            "générale des Douanes et Droits Indirects, joignable au +235 22 52 33 10 et à l'adresse "
            "issa.mahamat@douanes.td, pour le groupe fermé d'utilisateurs sur le guépard.\n\n"
            "Veuillez agréer l'expression de nos salutations distinguées.\n\nLe Directeur général\n"
            "Tél. : +235 22 52 00 00\n")
    n = "fr_sentence_nominee"
    cases.append(Case(n, finish(n, plain(body), sender, "Désignation CUG guépard - Tchad"),
                      expect(n, "sentence", "request", "fr", [nominee(MAHAMAT, sender)])))

    sender = "cites@environnement.gouv.ne"
    body = ("Pour suite à donner.\n\nDe : Aïchatou ISSAKA <aichatou.issaka@environnement.gouv.ne>\n"
            "Envoyé : lundi 10 juin 2024 11:02\nÀ : Cellule CITES <cites@environnement.gouv.ne>\n"
            "Objet : TR: groupe fermé guépard\n\nBonjour,\n\nMes coordonnées :\nPays : Niger\nPrénom : Aïchatou\n"
            "Nom : ISSAKA\nOrganisme : Direction de la Faune, de la Chasse et des Aires Protégées\n"
            "Fonction : Directrice adjointe\nTél. bureau : +227 20 72 33 05\n"
            "Courriel : aichatou.issaka@environnement.gouv.ne\n\nCordialement\n\n"
            "De : Cellule CITES <cites@environnement.gouv.ne>\nEnvoyé : vendredi 7 juin 2024 09:00\n"
            "À : Aïchatou ISSAKA <aichatou.issaka@environnement.gouv.ne>\nObjet : groupe fermé guépard\n\n"
            "Merci d'envoyer vos coordonnées. En cas de besoin, appelez M. Boubacar Hamani au +227 20 72 00 00.\n")
    n = "fr_forward_chain_history"
    cases.append(Case(n, finish(n, plain(body), sender, "TR: TR: groupe fermé guépard"),
                      expect(n, "forward_chain", "request", "fr", [nominee(ISSAKA, sender)])))

    sender = "k.elidrissi@eauxetforets.gov.ma"
    body = ("Bonjour,\n\nJe vous prie de bien vouloir m'inscrire au groupe fermé d'utilisateurs (guépard).\n\n"
            "Pays : Maroc\nPrénom : Karim\nNom : El Idrissi\nÉtablissement : Agence Nationale des Eaux et Forêts\n"
            "Fonction : Chef du service CITES\nJoignable au : +212 5 37 67 42 70\n"
            "Mél. pro : k.elidrissi@eauxetforets.gov.ma\n\nBien à vous,\nKarim El Idrissi\n")
    n = "fr_unknown_labels"
    cases.append(Case(n, finish(n, plain(body), sender, "Inscription groupe fermé guépard"),
                      expect(n, "typed_value", "request", "fr", [nominee(IDRISSI, sender)])))

    sender = "marc.dubois@sante.belgique.be"
    body = ("Bonjour,\n\nJe souhaite être inscrit au groupe fermé d'utilisateurs sur le guépard.\n\nPays : Belgique\n"
            "Prénom : Marc\nNom : Dubois\nOrganisation : SPF Santé publique, Sécurité de la Chaîne alimentaire et "
            "Environnement\nFonction : Inspecteur CITES\nTél. direct : +32 2 524 97 25\n"
            "Courriel : marc.dubois@sante.belgique.be\n\nMarc Dubois\nCITES Inspector\nFPS Health, Food Chain Safety "
            "and Environment\n\n" + DISCLAIMER_EN + "\n")
    n = "fr_mixed_signature_en"
    cases.append(Case(n, finish(n, plain(body), sender, "Groupe fermé guépard - inscription"),
                      expect(n, "mixed_signature", "request", "fr", [nominee(DUBOIS, sender)])))

    sender = "cites@environnement.gouv.sn"
    body = ("Chers collègues,\n\nNous avons le plaisir de vous inviter à l'atelier régional sur la lutte contre la "
            "fraude, à Dakar du 1er au 3 juillet 2024. Pour toute question, M. Ousmane Ndiaye, chargé de la "
            "logistique, est joignable au +221 33 859 00 02 et à l'adresse o.ndiaye@environnement.gouv.sn.\n\n"
            "Cordialement,\nCellule CITES\n")
    n = "fr_negative_workshop"
    cases.append(Case(n, finish(n, plain(body), sender, "Invitation atelier régional"),
                      expect(n, "negative", "not_request", "fr")))
    return cases


def es_cases() -> list[Case]:
    cases: list[Case] = []
    chile = Letter(
        letterhead=("GOBIERNO DE CHILE", "MINISTERIO DE AGRICULTURA", "SERVICIO AGRÍCOLA Y GANADERO",
                    "Av. Presidente Bulnes 140, Santiago – Tel.: +56 2 2234 5678"),
        reference="ORD. N° 1456/2024", date="Santiago, 10 de junio de 2024", addressee=SECRETARIAT_ES,
        salutation="De mi consideración:",
        subject="REF.: Designación ante el grupo cerrado de usuarios sobre el guepardo (CENcomm)",
        body=("En atención a la Notificación a las Partes N° 2018/046, la Autoridad Administrativa CITES de Chile "
              "tiene el honor de designar a la Sra. Ana María TORRES VEGA, Jefa de Fiscalización del Servicio "
              "Agrícola y Ganadero (SAG), quien puede ser contactada al +56 2 2345 1100 y en "
              "ana.torres@sag.gob.cl.",
              "Sin otro particular, saluda atentamente a usted,"),
        closing="",
        signatory=("Rodrigo Muñoz", "Director Nacional", "Servicio Agrícola y Ganadero",
                   "Correo: director@sag.gob.cl"))
    sender = "oficinapartes@sag.gob.cl"
    n = "es_letter_docx_chile"
    body = plain("Estimados:\n\nAdjunto oficio de designación.\n\nSaludos cordiales,\nOficina de Partes SAG\n")
    cases.append(Case(n, finish(n, mixed(body, attachment(letter_docx(chile), "ORD 1456 designacion.docx", *DOCX)),
                                sender, "Designación grupo cerrado guepardo"),
                      expect(n, "letter_docx", "request", "es", [nominee(TORRES, sender)])))

    ecuador = Letter(
        letterhead=("REPÚBLICA DEL ECUADOR", "MINISTERIO DEL AMBIENTE, AGUA Y TRANSICIÓN ECOLÓGICA",
                    "Calle Madrid 1159 y Andalucía, Quito – Teléfono: +593 2 398 7700"),
        reference="Oficio Nro. MAATE-SPN-2024-0981-O", date="Quito, D.M., 07 de junio de 2024",
        addressee=SECRETARIAT_ES, salutation="Estimada Secretaria General:",
        subject="Asunto: Designación de punto focal – grupo cerrado sobre el guepardo",
        body=("Por medio del presente, el Ministerio tiene el honor de designar al Sr. Diego Andrade, Analista de "
              "Vida Silvestre en el Ministerio del Ambiente, Agua y Transición Ecológica, con teléfono "
              "+593 2 398 7600 y correo electrónico diego.andrade@ambiente.gob.ec.",
              "Con sentimientos de distinguida consideración."),
        closing="Atentamente,",
        signatory=("Mgs. Andrea Salazar", "SUBSECRETARIA DE PATRIMONIO NATURAL",
                   "Teléfono: +593 2 398 7701", "andrea.salazar@ambiente.gob.ec"))
    sender = "cites@ambiente.gob.ec"
    n = "es_letter_pdf_ecuador"
    body = plain("Buenos días,\n\nRemito el oficio adjunto para su conocimiento.\n\nSaludos,\nUnidad CITES\n")
    cases.append(Case(n, finish(n, mixed(body, attachment(letter_pdf(ecuador), "Oficio MAATE-SPN-2024-0981-O.pdf",
                                                          *PDF)), sender, "Oficio designación CENcomm guepardo"),
                      expect(n, "letter_pdf", "request", "es", [nominee(ANDRADE, sender)])))

    sender = "lmorales@conap.gob.gt"
    lines = ["Buen día,", "", "Solicito acceso al grupo cerrado de usuarios sobre el guepardo en CENcomm.", "",
             "País: Guatemala", "Nombre: Lucía", "Apellido: Morales",
             "Institución: Consejo Nacional de Áreas Protegidas (CONAP)", "Cargo: Técnica CITES",
             "Móvil: +502 5512 3456", "Fax: +502 2422 6701", "Correo de trabajo: lmorales@conap.gob.gt", "",
             "Saludos,", "Lucía"]
    n = "es_gmail_movil"
    cases.append(Case(n, finish(n, html_alt(lines, gmail_html(lines)), sender, "Grupo cerrado guepardo"),
                      expect(n, "gmail", "request", "es", [nominee(MORALES, sender)])))

    sender = "cperez@mmaya.gob.bo"
    lines = ["Estimados señores:", "", "Remito mis datos para el grupo cerrado de usuarios sobre el guepardo:", "",
             "País: Bolivia", "Nombre completo: Carlos Alberto Pérez Gómez",
             "Institución: Dirección General de Biodiversidad y Áreas Protegidas",
             "Cargo: Profesional en Vida Silvestre", "Tel. directo: 2 2146382",
             "Correo electrónico (institucional): cperez@mmaya.gob.bo", "", "Atentamente,", "Carlos Pérez"]
    n = "es_outlook_tel_directo"
    cases.append(Case(n, finish(n, html_alt(lines, outlook_html(lines, "ES-BO")), sender, "Grupo cerrado guepardo"),
                      expect(n, "outlook", "request", "es", [nominee(PEREZ, sender)])))

    sender = "jgomez@minambiente.gov.co"
    body = ("El lun, 10 jun 2024 a las 14:15, Secretaría CITES (<info@cites.org>) escribió:\n> Estimado Sr. Gómez:\n"
            ">\n> Todavía necesitamos: Número de teléfono, Correo electrónico - referencia\n> CUG-2024-0071.\n\n"
            "Estimados:\n\nMóvil / Tel. oficina: +57 601 332 3400\nCorreo (trabajo): jgomez@minambiente.gov.co\n\n"
            "Julián Gómez\n")
    n = "es_gmail_bottom_post"
    cases.append(Case(n, finish(n, plain(body), sender,
                                "Re: Grupo cerrado de usuarios: faltan datos - referencia CUG-2024-0071"),
                      expect(n, "bottom_post", "request", "es", [nominee(only(GOMEZ, "phone", "email"), sender)],
                             reference="CUG-2024-0071")))

    sender = "cites@serfor.gob.pe"
    body = ("Señores Secretaría CITES:\n\nPor medio de la presente, la Autoridad Administrativa CITES de Perú tiene el "
            "honor de designar a la Sra. Rosa Quispe Mamani, Especialista en Fiscalización del Servicio Nacional "
            "Forestal y de Fauna Silvestre (SERFOR), quien puede ser contactada al +51 1 225 9005 y en "
            "rquispe@serfor.gob.pe.\n\nAtentamente,\nDirección General de Gestión Sostenible\nTeléfono: +51 1 225 "
            "9006\n")
    n = "es_sentence_nominee"
    cases.append(Case(n, finish(n, plain(body), sender, "Designación grupo cerrado guepardo - Perú"),
                      expect(n, "sentence", "request", "es", [nominee(QUISPE, sender)])))

    sender = "cites@profepa.gob.mx"
    body = ("Para su atención.\n\n----- Reenviado por Laura Hernández/PROFEPA el 10/06/2024 04:02 p.m. -----\n\n"
            "De:        Laura Hernández/PROFEPA\nPara:        CITES PROFEPA <cites@profepa.gob.mx>\n"
            "Fecha:        07/06/2024 11:30 a.m.\nAsunto:        grupo cerrado guepardo\n\n"
            "Mis datos:\nPaís: México\nNombre: Laura\nApellido: Hernández\n"
            "Institución: Procuraduría Federal de Protección al Ambiente (PROFEPA)\nCargo: Inspectora Federal\n"
            "Teléfono (oficina): +52 55 5449 6300\nCorreo: lhernandez@profepa.gob.mx\n\nSaludos\n\n"
            "De:        CITES PROFEPA <cites@profepa.gob.mx>\nPara:        Laura Hernández/PROFEPA\n"
            "Fecha:        06/06/2024 09:00 a.m.\nAsunto:        grupo cerrado guepardo\n\n"
            "Laura, envíanos tus datos. Dudas con Jorge Ruiz al +52 55 5449 6301.\n")
    n = "es_notes_forward_chain"
    cases.append(Case(n, finish(n, plain(body), sender, "RV: grupo cerrado guepardo"),
                      expect(n, "forward_chain", "request", "es", [nominee(HERNANDEZ, sender)])))

    sender = "jose.vargas@sinac.go.cr"
    body = ("Buenas tardes,\n\nSolicito mi inscripción en el grupo cerrado de usuarios sobre el guepardo.\n\n"
            "País: Costa Rica\nNombre: José\nApellido: Vargas\nInstitución: Sistema Nacional de Áreas de Conservación "
            "(SINAC)\nCargo: Oficial de Vida Silvestre\nTeléfono: 2522 4000\nCorreo: jose.vargas@sinac.go.cr\n\n"
            "José Vargas\nWildlife Officer | SINAC\nPhone: +506 2522 4001\n\n" + DISCLAIMER_EN + "\n")
    n = "es_mixed_signature_en"
    cases.append(Case(n, finish(n, plain(body), sender, "Inscripción grupo cerrado guepardo"),
                      expect(n, "mixed_signature", "request", "es", [nominee(VARGAS, sender)])))

    sender = "mfernandez@ambiente.gob.ar"
    lines = ["Estimados,", "", "Les envío mis datos para el grupo cerrado de usuarios sobre el guepardo (CENcomm):",
             "", "Nacionalidad del funcionario: Argentina", "Nombre: Martín", "Apellido: Fernández",
             "Repartición: Dirección Nacional de Biodiversidad", "Cargo: Coordinador CITES",
             "Línea directa: +54 11 4348-8200", "Casilla: mfernandez@ambiente.gob.ar", "", "Saludos cordiales,",
             "Martín"]
    n = "es_unknown_labels"
    cases.append(Case(n, finish(n, alt("\n".join(lines) + "\n", gmail_html(lines)), sender,
                                "Grupo cerrado guepardo - Argentina"),
                      expect(n, "typed_value", "request", "es", [nominee(FERNANDEZ, sender)])))
    return cases
