"""Tuning cases for issue 9's nominating sentences: where the position ends and the organisation starts.

Written for the readers' second round (never tuned on tests/heldout2): one
sentence per nominee with the position before or after the name ("Inspector
…", "its Senior Customs Officer, Mrs …"), the organisation after "at", "of
the", "from", "with", "in", "à la", "auprès de la", "du", "de la", "del", "en
el", organisations whose names hold commas, positions holding "of"/"de la",
titles and ranks, compound Spanish surnames ("Torres de la Cruz", "del
Castillo Fernández", "Gutiérrez de Piñeres"), and letters whose country is
named only in the letterhead, or in the body while the letterhead names more
than one. Expected values are written by hand.
"""

from __future__ import annotations

from tests.corpus.issue9_letters import Letter, _letter_case, expect, finish
from tests.heldout.make_heldout import Case, P, nominee, plain

SEBEGO = P("Botswana", "BW", "Kabelo", "Sebego", "Department of Wildlife and National Parks",
           "Principal Wildlife Officer", "+2673971405", "ksebego@gov.bw")
MWAKYUSA = P("United Republic of Tanzania", "TZ", "Baraka", "Mwakyusa", "Tanzania Police Force, Wildlife and Tourism "
             "Unit", "Inspector", "+255222110734", "b.mwakyusa@polisi.go.tz")
UWASE = P("Rwanda", "RW", "Aline", "Uwase", "Rwanda Development Board", "Conservation Analyst", "+250788312450",
          "a.uwase@rdb.rw")
SHIKONGO = P("Namibia", "NA", "Ndapewa", "Shikongo", "Namibia Revenue Agency", "Senior Customs Officer",
             "+264612092400", "nshikongo@namra.org.na")
MOKOENA = P("South Africa", "ZA", "Lerato", "Mokoena", "Department of Forestry, Fisheries and the Environment",
            "Director of Enforcement", "+27123998866", "lmokoena@dffe.gov.za")
CHIKORE = P("Zimbabwe", "ZW", "Tatenda", "Chikore", "Zimbabwe Parks and Wildlife Management Authority",
            "Head of Investigations", "+263242707624", "tchikore@zimparks.org.zw")
NGONO = P("Cameroon", "CM", "Jean-Pierre", "Ngono", "Direction de la Faune et des Aires Protégées",
          "chargé d'études", "+237222239228", "jp.ngono@minfof.cm")
SOW = P("Senegal", "SN", "Mariam", "Sow", "Direction des Eaux, Forêts, Chasse et de la Conservation des Sols",
        "Ingénieure des eaux et forêts", "+221338310101", "mariam.sow@environnement.gouv.sn")
MAHAMAT = P("Chad", "TD", "Idriss", "Mahamat", "Direction des Parcs Nationaux, des Réserves de Faune et de la Chasse",
            "Commandant", "+23522523318", "i.mahamat@environnement.gouv.td")
AGBEKO = P("Togo", "TG", "Koffi", "Agbeko", "Ministère de l'Environnement et des Ressources Forestières",
           "Directeur de la Faune et de la Chasse", "+22822213390", "k.agbeko@environnement.gouv.tg")
TORRES = P("Ecuador", "EC", "Carlos", "Torres de la Cruz", "Unidad de Protección del Medio Ambiente de la Policía "
           "Nacional", "Subteniente", "+59323980800", "carlos.torres@policia.gob.ec")
GUTIERREZ = P("Colombia", "CO", "Paula Andrea", "Gutiérrez de Piñeres", "Ministerio de Ambiente y Desarrollo Sostenible",
              "Profesional Especializada", "+576013323400", "pgutierrez@minambiente.gov.co")
RAMIREZ = P("Peru", "PE", "José Luis", "Ramírez Ortega", "Servicio Nacional de Sanidad Agraria",
            "Jefe de Fiscalización", "+5113133300", "jramirez@senasa.gob.pe")
CASTILLO = P("Argentina", "AR", "Valeria", "del Castillo Fernández", "Dirección Nacional de Biodiversidad",
             "Coordinadora de Fauna", "+541143488200", "vdelcastillo@ambiente.gob.ar")
NANSUBUGA = P("Uganda", "UG", "Harriet", "Nansubuga", "Ministry of Tourism, Wildlife and Antiquities",
              "Senior Wildlife Officer", "+256414344224", "h.nansubuga@tourism.go.ug")
ADDO = P("Ghana", "GH", "Kofi", "Addo", "Wildlife Division of the Forestry Commission", "Wildlife Protection Manager",
         "+233302665421", "kofi.addo@fcghana.org")
OUEDRAOGO = P("Burkina Faso", "BF", "Salif", "Ouédraogo", "Direction de la Faune et des Ressources Cynégétiques",
              "Chef de service", "+22625307311", "s.ouedraogo@environnement.gov.bf")
CASTRO = P("Ecuador", "EC", "Diego Andrés", "Castro Villacís", "Dirección de Biodiversidad",
           "Especialista de Vida Silvestre", "+59323987600", "diego.castro@ambiente.gob.ec")

QUISPE = P("Peru", "PE", "Miguel Ángel", "Quispe Huamán", "Policía Nacional del Perú, División de Medio Ambiente",
           "Inspector", "+5112190400", "mquispe@policia.gob.pe")
WAWERU = P("Kenya", "KE", "Esther", "Waweru", "Kenya Wildlife Service", "senior investigations officer",
           "+254202399000", "ewaweru@kws.go.ke")
PHIRI = P("Zambia", "ZM", "Mutale", "Phiri", "Department of National Parks and Wildlife", "Senior Wildlife Police Officer",
          "+260211254226", "mphiri@dnpw.gov.zm")
LEON = P("Ecuador", "EC", "María Fernanda", "León de la Torre", "Dirección Zonal de Guayaquil",
         "Analista de Vida Silvestre", "+59342397100", "maria.leon@ambiente.gob.ec")
SOLANO = P("Costa Rica", "CR", "Andrés", "Solano Mora", "Sistema Nacional de Áreas de Conservación",
           "Coordinador de Control", "+50625226500", "andres.solano@sinac.go.cr")
KABILA = P("Democratic Republic of the Congo", "CD", "Espérance", "Kabila", "Institut Congolais pour la Conservation "
           "de la Nature", "Cheffe de bureau", "+243817001234", "e.kabila@iccn.gouv.cd")
CHIRWA = P("Malawi", "MW", "Tiyamike", "Chirwa", "Department of National Parks and Wildlife", "Investigations Officer",
           "+2651759833", "tchirwa@dnpw.gov.mw")

MUTUA = P("Kenya", "KE", "Daniel", "Mutua", "Kenya Wildlife Service", "Senior Intelligence Officer", "+254206000900",
          "dmutua@kws.go.ke")
KEITA = P("Mali", "ML", "Awa", "Keïta", "Direction Générale des Douanes", "Inspectrice des douanes", "+22320221122",
          "awa.keita@douanes.gouv.ml")
BENITEZ = P("Chile", "CL", "Raúl", "Benítez Cáceres", "Superintendencia del Medio Ambiente", "Fiscalizador Ambiental",
            "+56226171800", "rbenitez@sma.gob.cl")
KHUMALO = P("South Africa", "ZA", "Naledi", "Khumalo", "South African Police Service", "Warrant Officer",
            "+27123931000", "khumalon@saps.gov.za")
ORTIZ = P("Paraguay", "PY", "Hugo", "Ortiz Valdez", "Dirección de Delitos Ambientales de la Policía Nacional",
          "Suboficial Primero", "+59521440100", "hortiz@policianacional.gov.py")


def _sentence(name: str, lang: str, text: str, sender: str, who: P, subject: str) -> Case:
    salute, close = {"en": ("Dear Secretariat,", "Best regards,\nCITES office"),
                     "fr": ("Madame, Monsieur,", "Cordialement,\nCellule CITES"),
                     "es": ("Estimados señores:", "Atentamente,\nOficina CITES")}[lang]
    body = f"{salute}\n\n{text}\n\n{close}\n"
    return Case(name, finish(name, plain(body), sender, subject),
                expect(name, "sentence", "request", lang, [nominee(who, sender)]))


def sentence_cases() -> list[Case]:
    s = _sentence
    return [
        s("i9s_en_at_department", "en",
          "The CITES Management Authority of Botswana wishes to nominate Mr. Kabelo Sebego, Principal Wildlife "
          "Officer at the Department of Wildlife and National Parks, who can be reached at +267 397 1405 and "
          "ksebego@gov.bw.", "cites@gov.bw", SEBEGO, "Cheetah CUG nomination"),
        s("i9s_en_rank_of_the_org_commas", "en",
          "Tanzania hereby designates Inspector Baraka Mwakyusa, of the Tanzania Police Force, Wildlife and "
          "Tourism Unit, telephone +255 22 211 0734, e-mail b.mwakyusa@polisi.go.tz, to the closed user group.",
          "cites@polisi.go.tz", MWAKYUSA, "Closed user group"),
        s("i9s_en_from_org_then_position", "en",
          "We would like to nominate Ms. Aline Uwase from the Rwanda Development Board, Conservation Analyst, "
          "tel. +250 788 312 450, email a.uwase@rdb.rw, to the CUG on cheetah trade.",
          "cites@rdb.rw", UWASE, "CUG nomination"),
        s("i9s_en_position_before_name_at", "en",
          "Namibia is pleased to nominate its Senior Customs Officer, Mrs. Ndapewa Shikongo, at the Namibia "
          "Revenue Agency, who can be contacted at +264 61 209 2400 or nshikongo@namra.org.na.",
          "cites@namra.org.na", SHIKONGO, "Cheetah closed user group"),
        s("i9s_en_position_with_of_in_org_commas", "en",
          "South Africa nominates Ms. Lerato Mokoena, Director of Enforcement in the Department of Forestry, "
          "Fisheries and the Environment, phone +27 12 399 8866, email lmokoena@dffe.gov.za.",
          "cites@dffe.gov.za", MOKOENA, "CUG nomination"),
        s("i9s_en_head_of_at", "en",
          "Zimbabwe would like to nominate Mr Tatenda Chikore, Head of Investigations at the Zimbabwe Parks and "
          "Wildlife Management Authority. He can be reached on +263 242 707 624 or tchikore@zimparks.org.zw.",
          "cites@zimparks.org.zw", CHIKORE, "Cheetah CUG"),
        s("i9s_fr_aupres_de_la", "fr",
          "Le Cameroun a l'honneur de désigner M. Jean-Pierre Ngono, chargé d'études auprès de la Direction de "
          "la Faune et des Aires Protégées, joignable au +237 222 23 92 28 et à jp.ngono@minfof.cm.",
          "cites@minfof.cm", NGONO, "Groupe fermé guépard"),
        s("i9s_fr_a_la_org_commas", "fr",
          "Le Sénégal désigne Mme Mariam Sow, Ingénieure des eaux et forêts à la Direction des Eaux, Forêts, "
          "Chasse et de la Conservation des Sols, tél. +221 33 831 01 01, courriel "
          "mariam.sow@environnement.gouv.sn.", "cites@environnement.gouv.sn", SOW, "Groupe fermé d'utilisateurs"),
        s("i9s_fr_rank_before_name_des", "fr",
          "Le Tchad a le plaisir de proposer le Commandant Idriss Mahamat, de la Direction des Parcs Nationaux, "
          "des Réserves de Faune et de la Chasse, joignable au +235 22 52 33 18 ou à "
          "i.mahamat@environnement.gouv.td.", "cites@environnement.gouv.td", MAHAMAT, "Groupe fermé guépard"),
        s("i9s_fr_position_de_la_then_ministry", "fr",
          "Le Togo souhaite désigner M. Koffi Agbeko, Directeur de la Faune et de la Chasse, Ministère de "
          "l'Environnement et des Ressources Forestières, téléphone +228 22 21 33 90, courriel "
          "k.agbeko@environnement.gouv.tg.", "cites@environnement.gouv.tg", AGBEKO, "Groupe fermé"),
        s("i9s_es_rank_compound_surname", "es",
          "Ecuador designa al Subteniente Carlos Torres de la Cruz, de la Unidad de Protección del Medio Ambiente "
          "de la Policía Nacional, teléfono +593 2 398 0800, correo carlos.torres@policia.gob.ec, para el grupo "
          "cerrado de usuarios.", "cites@policia.gob.ec", TORRES, "Grupo cerrado de usuarios"),
        s("i9s_es_surname_de_del_ministerio", "es",
          "Colombia se complace en designar a la Sra. Paula Andrea Gutiérrez de Piñeres, Profesional Especializada "
          "del Ministerio de Ambiente y Desarrollo Sostenible, teléfono +57 601 332 3400, correo "
          "pgutierrez@minambiente.gov.co.", "cites@minambiente.gov.co", GUTIERREZ, "Grupo cerrado guepardo"),
        s("i9s_es_en_el_servicio", "es",
          "El Perú propone al Ing. José Luis Ramírez Ortega, Jefe de Fiscalización en el Servicio Nacional de "
          "Sanidad Agraria, con teléfono +51 1 313 3300 y correo jramirez@senasa.gob.pe.",
          "cites@senasa.gob.pe", RAMIREZ, "Grupo cerrado de usuarios"),
        s("i9s_es_position_before_name_del_surname", "es",
          "Argentina designa a su Coordinadora de Fauna, la Lic. Valeria del Castillo Fernández, de la Dirección "
          "Nacional de Biodiversidad, teléfono +54 11 4348 8200, correo vdelcastillo@ambiente.gob.ar.",
          "cites@ambiente.gob.ar", CASTILLO, "Grupo cerrado - Argentina"),
    ]


def more_sentence_cases() -> list[Case]:
    """Long ranked names, an article before the post, lowercase titles, a city after the organisation."""
    s = _sentence
    return [
        s("i9s_en_rank_long_name_of_the_spanish_org", "en",
          "Peru hereby nominates Inspector Miguel Ángel Quispe Huamán, of the Policía Nacional del Perú, División "
          "de Medio Ambiente, telephone +51 1 219 0400, e-mail mquispe@policia.gob.pe.",
          "cites@policia.gob.pe", QUISPE, "CUG nomination"),
        s("i9s_en_article_before_post", "en",
          "Kenya wishes to nominate Ms. Esther Waweru, a senior investigations officer with the Kenya Wildlife "
          "Service, who can be reached at +254 20 239 9000 and ewaweru@kws.go.ke.",
          "cites@kws.go.ke", WAWERU, "Cheetah CUG"),
        s("i9s_en_org_city_after", "en",
          "Zambia is pleased to nominate Mr. Mutale Phiri, Senior Wildlife Police Officer at the Department of "
          "National Parks and Wildlife in Chilanga, tel +260 211 254 226, email mphiri@dnpw.gov.zm.",
          "cites@dnpw.gov.zm", PHIRI, "CUG nomination"),
        s("i9s_es_lowercase_title_compound", "es",
          "El Ecuador designa a la señora Blga. María Fernanda León de la Torre, Analista de Vida Silvestre de la "
          "Dirección Zonal de Guayaquil, teléfono +593 4 239 7100, correo maria.leon@ambiente.gob.ec.",
          "cites@ambiente.gob.ec", LEON, "Grupo cerrado de usuarios"),
        s("i9s_es_lowercase_senor", "es",
          "Costa Rica propone al señor Andrés Solano Mora, Coordinador de Control del Sistema Nacional de Áreas de "
          "Conservación. Su teléfono es +506 2522 6500 y su correo andres.solano@sinac.go.cr.",
          "cites@sinac.go.cr", SOLANO, "Grupo cerrado - Costa Rica"),
        s("i9s_fr_position_after_org", "fr",
          "La République démocratique du Congo désigne Mme Espérance Kabila, de l'Institut Congolais pour la "
          "Conservation de la Nature, Cheffe de bureau, joignable au +243 81 700 1234 et à e.kabila@iccn.gouv.cd.",
          "cites@iccn.gouv.cd", KABILA, "Groupe fermé d'utilisateurs"),
        s("i9s_en_who_works_as_at", "en",
          "Malawi would like to nominate Mr. Tiyamike Chirwa, who works as Investigations Officer at the "
          "Department of National Parks and Wildlife, phone +265 1 759 833, email tchirwa@dnpw.gov.mw.",
          "cites@dnpw.gov.mw", CHIRWA, "CUG"),
    ]


def described_after_cases() -> list[Case]:
    """The post and organisation in the sentence after the nomination ("She is …", "Il est …", "Se desempeña …")."""
    s = _sentence
    return [
        s("i9s_en_post_in_next_sentence", "en",
          "Kenya nominates Mr. Daniel Mutua to the closed user group on cheetah trade. Mr. Mutua is a Senior "
          "Intelligence Officer at the Kenya Wildlife Service and can be reached at +254 20 600 0900 or "
          "dmutua@kws.go.ke.", "cites@kws.go.ke", MUTUA, "CUG nomination"),
        s("i9s_fr_post_in_next_sentence", "fr",
          "Le Mali désigne Mme Awa Keïta pour le groupe fermé d'utilisateurs. Elle est Inspectrice des douanes à la "
          "Direction Générale des Douanes, joignable au +223 20 22 11 22 et à awa.keita@douanes.gouv.ml.",
          "cites@douanes.gouv.ml", KEITA, "Groupe fermé"),
        s("i9s_es_post_in_next_sentence", "es",
          "Chile propone al Sr. Raúl Benítez Cáceres como punto focal. Actualmente se desempeña como Fiscalizador "
          "Ambiental en la Superintendencia del Medio Ambiente; su teléfono es +56 2 2617 1800 y su correo "
          "rbenitez@sma.gob.cl.", "cites@sma.gob.cl", BENITEZ, "Grupo cerrado de usuarios"),
        s("i9s_en_works_with_org_as_post", "en",
          "South Africa is pleased to nominate Ms. Naledi Khumalo, who works with the South African Police Service "
          "as Warrant Officer, tel. +27 12 393 1000, email khumalon@saps.gov.za.",
          "cites@saps.gov.za", KHUMALO, "Cheetah CUG"),
        s("i9s_es_two_word_rank", "es",
          "Paraguay designa al Suboficial Primero Hugo Ortiz Valdez, de la Dirección de Delitos Ambientales de la "
          "Policía Nacional, teléfono +595 21 440 100, correo hortiz@policianacional.gov.py.",
          "cites@policianacional.gov.py", ORTIZ, "Grupo cerrado"),
    ]


def org_label_cases() -> list[Case]:
    """Organisation labels the lexicon did not hold: "Affiliation", "Affectation", "Repartición"."""
    out = []
    for name, lang, body, who, sender in [
        ("i9s_en_affiliation_label", "en",
         "Dear Secretariat,\n\nPlease add me to the cheetah closed user group.\n\nCountry: Uganda\n"
         "First name: Harriet\nLast name: Nansubuga\nAffiliation: Ministry of Tourism, Wildlife and Antiquities\n"
         "Position: Senior Wildlife Officer\nTel: +256 414 344 224\nEmail: h.nansubuga@tourism.go.ug\n\nThanks\n",
         NANSUBUGA, "h.nansubuga@tourism.go.ug"),
        ("i9s_fr_affectation_label", "fr",
         "Bonjour,\n\nVoici mes coordonnées pour le groupe fermé d'utilisateurs CITES sur le guépard.\n\n"
         "Pays : Burkina Faso\nPrénom : Salif\nNom : Ouédraogo\n"
         "Affectation : Direction de la Faune et des Ressources Cynégétiques\nFonction : Chef de service\n"
         "Téléphone : +226 25 30 73 11\nCourriel : s.ouedraogo@environnement.gov.bf\n\nCordialement\n",
         OUEDRAOGO, "s.ouedraogo@environnement.gov.bf"),
        ("i9s_es_reparticion_label", "es",
         "Estimados:\n\nEnvío mis datos para el grupo cerrado de usuarios sobre el guepardo.\n\nPaís: Chile\n"
         "Nombre: Raúl\nApellidos: Benítez Cáceres\nRepartición: Superintendencia del Medio Ambiente\n"
         "Cargo: Fiscalizador Ambiental\nTeléfono: +56 2 2617 1800\nCorreo: rbenitez@sma.gob.cl\n\nSaludos\n",
         BENITEZ, "rbenitez@sma.gob.cl"),
    ]:
        out.append(Case(name, finish(name, plain(body), sender, "CUG"),
                        expect(name, "typed_value", "request", lang, [nominee(who, sender)])))
    return out


def letter_country_cases() -> list[Case]:
    """Letters whose country is in the letterhead only, or in the body while the letterhead names two."""
    uganda = Letter(
        ("THE REPUBLIC OF UGANDA", "MINISTRY OF TOURISM, WILDLIFE AND ANTIQUITIES", "P.O. Box 4241, Kampala",
         "Tel: +256 414 344 000", "Email: ps@tourism.go.ug"),
        "Our Ref: MTWA/CITES/14/2024", "12 June 2024", "Dear Sir/Madam,",
        ("The Ministry is pleased to nominate Ms. Harriet Nansubuga, Senior Wildlife Officer with the Ministry of "
         "Tourism, Wildlife and Antiquities, to the closed user group on cheetah trade. She can be reached at "
         "+256 414 344 224 and h.nansubuga@tourism.go.ug.",),
        "Yours faithfully,", ("Doreen Katusiime", "Permanent Secretary", "Tel: +256 414 344 001"))
    ghana = Letter(
        ("PERMANENT MISSION OF GHANA", "TO THE UNITED NATIONS OFFICE AT GENEVA", "Rue de Moillebeau 56",
         "1209 Geneva, Switzerland", "Tel: +41 22 919 04 50"),
        "Ref. No. GPM/CITES/0614", "Geneva, 14 June 2024", "Dear Sir/Madam,",
        ("Further to the meeting held in Nairobi, Kenya, last month, the Mission wishes to nominate Mr. Kofi Addo, "
         "Wildlife Protection Manager of the Wildlife Division of the Forestry Commission, to the closed user group "
         "on cheetah trade. Mr. Addo may be reached at +233 302 665 421 or kofi.addo@fcghana.org.",),
        "Yours faithfully,", ("Nana Adjei", "Counsellor", "Email: n.adjei@ghanamission.ch"))
    burkina = Letter(
        ("BURKINA FASO", "Unité - Progrès - Justice", "MINISTÈRE DE L'ENVIRONNEMENT, DE L'EAU ET DE L'ASSAINISSEMENT",
         "01 BP 7044 Ouagadougou 01", "Tél. : +226 25 30 73 00"),
        "N° 2024-0316/MEEA/SG/DGEF", "Ouagadougou, le 13 juin 2024", "Madame, Monsieur,",
        ("J'ai l'honneur de vous proposer M. Salif Ouédraogo, Chef de service à la Direction de la Faune et des "
         "Ressources Cynégétiques, comme membre du groupe fermé d'utilisateurs. Il est joignable au "
         "+226 25 30 73 11 et à s.ouedraogo@environnement.gov.bf.",),
        "Veuillez agréer, Madame, Monsieur, l'expression de ma haute considération.",
        ("Le Directeur Général", "Adama Zongo", "Tél. : +226 25 30 73 01"))
    ecuador = Letter(
        ("REPÚBLICA DEL ECUADOR", "MINISTERIO DEL AMBIENTE, AGUA Y TRANSICIÓN ECOLÓGICA", "Quito, Calle Madrid 1159",
         "Teléfono: +593 2 398 7600 ext. 1000"),
        "Oficio Nro. MAATE-DB-2024-0412-O", "Quito, 12 de junio de 2024", "Estimados señores:",
        ("Por medio de la presente me permito designar al Sr. Diego Andrés Castro Villacís, Especialista de Vida "
         "Silvestre de la Dirección de Biodiversidad, como punto de contacto ante el grupo cerrado de usuarios. Su "
         "teléfono es +593 2 398 7600 y su correo diego.castro@ambiente.gob.ec.",),
        "Atentamente,", ("Mgs. Ana Lucía Paredes", "Directora de Biodiversidad", "ana.paredes@ambiente.gob.ec"))
    return [
        _letter_case("i9s_en_letter_docx_country_letterhead", "en", uganda, "docx", "cites@tourism.go.ug", NANSUBUGA),
        _letter_case("i9s_en_letter_pdf_mission", "en", ghana, "pdf", "registry@ghanamission.ch", ADDO),
        _letter_case("i9s_fr_letter_docx_country_letterhead", "fr", burkina, "docx", "cites@environnement.gov.bf",
                     OUEDRAOGO),
        _letter_case("i9s_es_letter_pdf_country_letterhead", "es", ecuador, "pdf", "cites@ambiente.gob.ec", CASTRO),
    ]


def split_cases() -> list[Case]:
    return (sentence_cases() + more_sentence_cases() + described_after_cases() + org_label_cases()
            + letter_country_cases())
