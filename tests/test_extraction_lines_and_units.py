"""Officials one a line, two labels on one line split by a dash or a semicolon, a country whose name holds "and",
a ministry's unit as part of the post, and a thank-you for access that names nobody to add."""

from __future__ import annotations

from intakebot.analysis import analyse
from intakebot.analysis.readers.lines import read_lines
from intakebot.analysis.readers.nomination import read_nominations
from intakebot.analysis.readers.prose import read_prose
from intakebot.analysis.reading import read_text
from intakebot.records import Draft


def _fields(drafts: list[Draft]) -> list[dict[str, str]]:
    return [{k: str(v) for k, v in d.fields.items()} for d in drafts]


def _message(body: str) -> bytes:
    return ("From: someone@example.gov\r\nTo: info@cites.org\r\nSubject: CENcomm\r\nMessage-ID: <m@x>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")).encode()


def test_officials_one_a_line_in_one_paragraph_are_each_read() -> None:
    text = ("Ms Nadeesha Perera, Wildlife Officer, Department of Wildlife Conservation - tel. +94 11 288 0000 - "
            "np@dwc.gov.lk\nMr Kasun Silva, Customs Officer, Sri Lanka Customs - tel. +94 11 247 0000 - ks@customs.gov.lk\n")
    first, second = _fields(read_prose(text, "body", "en"))
    assert (first["surname"], first["organization"], first["email"]) == ("Perera", "Department of Wildlife Conservation",
                                                                         "np@dwc.gov.lk")
    assert (second["surname"], second["position"], second["email"]) == ("Silva", "Customs Officer", "ks@customs.gov.lk")


def test_two_labels_on_one_line_split_by_a_dash_or_a_semicolon() -> None:
    (d,) = _fields(read_lines("Nom : KABILA - Prénom : Aimée\nTél : +243 81 000 0000 ; Mail : a.kabila@iccn.cd\n",
                              "body", "fr"))
    assert (d["surname"], d["name"], d["phone"], d["email"]) == ("KABILA", "Aimée", "+243 81 000 0000",
                                                                 "a.kabila@iccn.cd")
    (e,) = _fields(read_lines("Poste : Chef - Division CITES\n", "body", "fr"))  # no label after the dash: one value
    assert e["position"] == "Chef - Division CITES"


def test_a_country_whose_name_holds_and_is_read_with_its_possessive() -> None:
    text = ("Trinidad and Tobago's nominee for the closed user group is\n\nFull name: Anika Joseph\n"
            "Job title: Game Warden I\nWork email: a.joseph@forestry.gov.tt\n")
    assert _fields(read_text(text, "body", "en"))[0]["country"] == "Trinidad and Tobago"
    two = "Kenya and Uganda nominate\n\nFull name: Anika Joseph\nWork email: a.joseph@example.org\n"
    assert "country" not in _fields(read_text(two, "body", "en"))[0]  # two countries: neither
    org = "La Direction de la Faune et de la Chasse propose\n\nNom : Joseph\nPrénom : Anika\n"
    assert "country" not in _fields(read_text(org, "body", "fr"))[0]  # "de" is no country's code


def test_a_ministrys_unit_after_the_post_is_part_of_the_post() -> None:
    text = ("El Ministerio de Medio Ambiente de la República Dominicana solicita la inclusión de la Lic. Ana Peña, "
            "Encargada del Departamento de Áreas Protegidas, en el grupo cerrado. Teléfono (809) 567-0000.")
    (d,) = _fields(read_nominations(text, "body", "es", "Dominican Republic"))
    assert (d["position"], d["organization"]) == ("Encargada del Departamento de Áreas Protegidas",
                                                  "Ministerio de Medio Ambiente")
    alone = "Les comunico la designación de la Lic. Ana Peña, Encargada del Departamento de Áreas Protegidas."
    (e,) = _fields(read_nominations(alone, "body", "es", "Dominican Republic"))
    assert (e["position"], e["organization"]) == ("Encargada", "Departamento de Áreas Protegidas")  # no ministry named


def test_a_thank_you_for_access_that_names_nobody_to_add_is_not_a_request() -> None:
    text = ("Hello,\n\nBoth of our officers now have access to the CITES closed user group on CENcomm, so no further "
            "action is needed. Our focal point Ms Lena Sao (+685 23 000, lsao@mnre.gov.ws) remains your contact.\n")
    a = analyse(_message(text))
    assert (a.kind, a.reason) == ("not_request", "confirmation")
    ask = "Hello,\n\nPlease give Ms Lena Sao access to the CITES closed user group on CENcomm.\n"
    assert analyse(_message(ask)).kind == "request"


def test_labelled_lines_under_a_numbered_name_line_are_that_officials() -> None:
    text = ("Eswatini nominates the two officers below for the closed user group.\n\n(1) Themba Nkosi\n"
            "    Organisation: Eswatini National Trust\n    Position: Ranger\n    Phone: +268 2416 1000\n"
            "    E-mail: tnkosi@ent.org.sz\n\n(2) Zanele Shongwe\n    Organisation: Eswatini Revenue Service\n"
            "    Position: Customs Officer\n    E-mail: zshongwe@ers.org.sz\n")
    first, second = _fields(read_text(text, "body", "en"))
    assert (first["surname"], first["organization"], first["position"]) == ("Nkosi", "Eswatini National Trust",
                                                                           "Ranger")
    assert (second["surname"], second["organization"], second["email"]) == ("Shongwe", "Eswatini Revenue Service",
                                                                           "zshongwe@ers.org.sz")


def test_an_administration_is_an_organisation_after_the_post() -> None:
    text = ("Je désigne M. KEO Vanna, Chef du bureau CITES de l'Administration des Forêts, comme membre du groupe "
            "fermé. Il peut être joint au +855 23 000 000.")
    (d,) = _fields(read_nominations(text, "body", "fr", "Cambodia"))
    assert (d["position"], d["organization"]) == ("Chef du bureau CITES", "Administration des Forêts")


def test_a_subject_named_in_sentence_case_before_a_wish_is_the_organisation() -> None:
    text = ("L'Administration de la nature et des forêts du Luxembourg souhaite inscrire M. Marc Hoffmann, Garde "
            "forestier, au groupe fermé. Son adresse est marc.hoffmann@anf.etat.lu.")
    (d,) = _fields(read_nominations(text, "body", "fr", "Luxembourg"))
    assert (d["organization"], d["position"]) == ("Administration de la nature et des forêts", "Garde forestier")


def test_a_compound_title_before_the_name_is_neither_name_nor_sentence_end() -> None:
    text = ("Solicito la inclusión del Ing. Agr. Martín Suárez Píriz, Técnico de la División Flora del Ministerio de "
            "Ambiente, en el grupo cerrado. Teléfono +598 2917 0000.")
    (d,) = _fields(read_nominations(text, "body", "es", "Uruguay"))
    assert (d["name"], d["surname"], d["position"], d["organization"]) == (
        "Martín", "Suárez Píriz", "Técnico de la División Flora", "Ministerio de Ambiente")


def test_thanks_for_a_colleague_already_added_is_not_a_request_for_her() -> None:
    thanks = ("Estimados colegas:\n\nLes agradecemos la incorporación de la Lic. Rosa Mairena (tel. +505 2233 0000) "
              "al grupo cerrado CITES; ya pudo ingresar sin problemas.\n")
    a = analyse(_message(thanks))
    assert (a.kind, a.reason) == ("not_request", "confirmation")
    more = thanks + "\nLes solicitamos también la inclusión del Lic. Juan Pérez, Inspector de Aduanas, tel. +505 2233 0001.\n"
    assert analyse(_message(more)).kind == "request"


def test_access_asked_for_a_named_official_nominates_them() -> None:
    text = ("Le Ministère a l'honneur de vous demander l'accès au groupe fermé CITES sur CENcomm pour Mme Nadège "
            "Pierre, Responsable du bureau CITES. Elle peut être jointe au +509 2943 0000.")
    (d,) = _fields(read_nominations(text, "body", "fr", "Haiti"))
    assert (d["name"], d["surname"], d["position"]) == ("Nadège", "Pierre", "Responsable du bureau CITES")


def test_a_unit_whose_name_ends_in_its_ministry_goes_to_the_post() -> None:
    text = ("Solicitamos la inclusión de la Licda. Ana Ríos Mora, Evaluadora de la Dirección de Áreas Protegidas del "
            "Ministerio de Ambiente, en el grupo cerrado. Teléfono +507 500 0000.")
    (d,) = _fields(read_nominations(text, "body", "es", "Panama"))
    assert (d["name"], d["position"], d["organization"]) == (
        "Ana", "Evaluadora de la Dirección de Áreas Protegidas", "Ministerio de Ambiente")


def test_officials_described_one_a_sentence_after_an_announcement_are_read() -> None:
    text = ("Paraguay solicita el alta de dos funcionarios en el grupo cerrado.\n\nLa Abog. Lidia Gómez Vera es "
            "Fiscalizadora de la Dirección Forestal; su teléfono es +595 21 287 0000 y su correo lgomez@mades.gov.py.\n\n"
            "El Sr. Juan Ayala Ruiz es Verificador de Aduanas de la Dirección Nacional de Ingresos Tributarios; "
            "puede contactarse al +595 21 417 0000.\n")
    first, second = _fields(read_nominations(text, "body", "es", "Paraguay"))
    assert (first["surname"], first["position"], first["email"]) == ("Gómez Vera", "Fiscalizadora",
                                                                    "lgomez@mades.gov.py")
    assert (second["surname"], second["organization"]) == ("Ayala Ruiz", "Dirección Nacional de Ingresos Tributarios")
    plain = "La Sra. Lidia Gómez Vera es nuestra colega desde 2019."  # no announcement: nobody
    assert read_nominations(plain, "body", "es", "Paraguay") == []


def test_a_head_of_a_unit_before_the_organisation_in_the_next_comma_part_keeps_the_unit() -> None:
    text = ("The Management Authority is pleased to nominate Dr. Leila Karimi, Head of the CITES Office, Department of "
            "Environment, as a member of the closed user group.")
    (d,) = _fields(read_nominations(text, "body", "en", "Iran (Islamic Republic of)"))
    assert (d["position"], d["organization"]) == ("Head of the CITES Office", "Department of Environment")


def test_a_country_in_brackets_after_the_organisation_is_the_country_not_the_name() -> None:
    text = ("Solicitamos incorporar al grupo cerrado a la Dra. Ana Rondón, Coordinadora de Fauna del Ministerio del "
            "Poder Popular para el Ecosocialismo (Venezuela), teléfono +58 212 408 2300.")
    (d,) = _fields(read_nominations(text, "body", "es", None))
    assert d["organization"] == "Ministerio del Poder Popular para el Ecosocialismo"
    assert d["country"] == "Venezuela (Bolivarian Republic of)"
    acronym = "Organization: Servicio Agrícola y Ganadero (SAG)\nName: Pedro\nSurname: Soto\n"
    (e,) = _fields(read_lines(acronym, "body", "es"))
    assert e["organization"] == "Servicio Agrícola y Ganadero (SAG)"  # an acronym stays


def test_a_number_label_with_an_international_number_is_a_telephone_even_when_too_short() -> None:
    text = "Officer: Ms Janelle Hanley\nPost: Environmental Officer\nContact no.: +1 869 465 20\nE-mail: jh@env.gov.kn\n"
    (d,) = _fields(read_lines(text, "body", "en"))
    assert d["phone"] == "+1 869 465 20"  # kept as written: validation says it is too short
    (e,) = _fields(read_lines("Name: Ana\nSurname: Ruiz\nReference no.: 2026/0412\n", "body", "en"))
    assert "phone" not in e


def test_a_files_own_name_header_among_its_other_headers_is_nobody() -> None:
    spec = ("Summary: Blackbox derived window manager\nName: fluxbox\nVersion: 0.1.10\nRelease: nv1\nLicense: other\n"
            "URL: http://fluxbox.sourceforge.net\n")
    assert read_lines(spec, "attachment", "en") == []
    form = "Name: Ana\nSurname: Ruiz\nVersion: 2\nRelease: 1\nLicense: none\n"
    assert len(read_lines(form, "body", "en")) == 1  # a nominee with more than a name stays


def test_a_rank_with_its_service_then_the_organisation_in_one_part_is_split_after_the_service() -> None:
    from intakebot.analysis.readers.prose import read_prose
    text = ("- Sr. Mario Ruiz Paz, Oficial de Aduanas de la Dirección General de Aduanas; teléfono +507 506 6000; "
            "correo mruiz@ana.gob.pa.\n")
    (d,) = [x.fields for x in read_prose(text, "body", "es")]
    assert (d["position"], d["organization"]) == ("Oficial de Aduanas", "Dirección General de Aduanas")
    two = ("- Sra. Ana Gil Soto, Especialista en Vida Silvestre del Ministerio de Ambiente; teléfono +507 500 0855; "
           "correo agil@miambiente.gob.pa.\n")
    (e,) = [x.fields for x in read_prose(two, "body", "es")]
    assert (e["position"], e["organization"]) == ("Especialista en Vida Silvestre", "Ministerio de Ambiente")


def test_a_dotted_rank_before_a_name_in_a_name_column_is_not_the_name() -> None:
    from intakebot.analysis.readers.common import finalise
    assert finalise({"name": "Capt. Rashid", "surname": "Haddad"}, language="en")["name"] == "Rashid"
    assert finalise({"name": "Maj Britt", "surname": "Lind"}, language="en")["name"] == "Maj Britt"  # a given name
