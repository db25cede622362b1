"""Officials written without the form's labels: announced cards, a letter's own body, a label that is a body's word,
and the contacts of a signature or a forwarded chain beside them."""

from __future__ import annotations

from intakebot.analysis import analyse
from intakebot.analysis.merge import merge
from intakebot.analysis.readers.cards import read_cards
from intakebot.analysis.readers.lines import read_lines
from intakebot.analysis.reading import read_text
from intakebot.records import Draft


def _fields(drafts: list[Draft]) -> list[dict[str, str]]:
    return [{k: str(v) for k, v in d.fields.items()} for d in drafts]


def test_a_card_under_a_line_announcing_the_officer_is_read() -> None:
    text = ("And for the closed user group, please register our officer:\n\nIngrid Halvorsen\n"
            "Senior Adviser, Norwegian Environment Agency\nNorway\nPhone: +47 73 58 05 00\n"
            "ingrid.halvorsen@miljodir.no\n")
    assert _fields(read_cards(text, "body", "en", None)) == [{
        "name": "Ingrid", "surname": "Halvorsen", "position": "Senior Adviser",
        "organization": "Norwegian Environment Agency", "country": "Norway", "phone": "+4773580500",
        "email": "ingrid.halvorsen@miljodir.no"}]


def test_a_signature_shaped_block_without_an_announcing_line_is_nobody() -> None:
    text = ("Thank you for the documents of the meeting.\n\nBest regards,\n\nIngrid Halvorsen\n"
            "Senior Adviser, Norwegian Environment Agency\nPhone: +47 73 58 05 00\n")
    assert read_cards(text, "body", "en", None) == []


def test_numbered_cards_follow_one_announcement_in_either_order_of_post_and_organisation() -> None:
    text = ("Os paso los dos funcionarios que deben darse de alta en el grupo cerrado.\n\n"
            "1) Fernando Lozano Prieto\n   Servicio de Vigilancia Aduanera - Inspector\n   Tel. +34 917 28 94 00\n"
            "   fernando.lozano@aeat.es\n\n2) Marta Gil Navarro\n   Real Jardín Botánico - Técnica CITES\n"
            "   marta.gil@rjb.csic.es\n")
    first, second = _fields(read_cards(text, "body", "es", "Spain"))
    assert (first["name"], first["surname"], first["organization"], first["position"]) == (
        "Fernando", "Lozano Prieto", "Servicio de Vigilancia Aduanera", "Inspector")
    assert (second["surname"], second["position"], second["country"]) == ("Gil Navarro", "Técnica CITES", "Spain")
    lettered = ("Jamaica would like two officers added to the group:\n\n(a) Mr Andre Campbell\n"
                "    Enforcement Officer, National Environment and Planning Agency\n    Tel. +1 876 754 7540\n"
                "(b) Ms Keisha Brown\n    Customs Officer, Jamaica Customs Agency\n    keisha.brown@jca.gov.jm\n")
    assert [d["surname"] for d in _fields(read_cards(lettered, "body", "en", "Jamaica"))] == ["Campbell", "Brown"]


def test_a_block_with_an_address_line_is_not_a_card() -> None:
    text = "Please send the forms to:\n\nMaria Lopez\nCalle Mayor 5\nMadrid\nmaria@example.es\n"
    assert read_cards(text, "body", "es", None) == []


def test_a_position_naming_the_letters_own_body_takes_the_letterhead_as_the_organisation() -> None:
    letter = ("GUYANA WILDLIFE CONSERVATION AND MANAGEMENT COMMISSION\nGanges Street, Sophia, Georgetown\n\n"
              "Our ref.: GWCMC/77\n\nDear Madam,\n\nI write to nominate Ms Natasha Persaud, Senior Wildlife Officer "
              "of this Commission, as Guyana's user of the closed user group.\n\nYours faithfully,\n")
    (d,) = _fields(read_text(letter, "body", "en"))
    assert (d["position"], d["organization"]) == ("Senior Wildlife Officer",
                                                  "Guyana Wildlife Conservation and Management Commission")


def test_a_one_word_label_for_a_body_that_its_value_repeats_is_the_organisation() -> None:
    for label, value in (("Office", "Office fédéral de la sécurité alimentaire"),
                         ("Centro", "Centro de Inspección y Control Ambiental")):
        (d,) = read_lines(f"Nom : Favre\nPrénom : Nicolas\n{label} : {value}\n", "body", "fr")
        assert d.fields["organization"] == value, label
    (d,) = read_lines("Nom : Favre\nPrénom : Nicolas\nOffice : Berne\n", "body", "fr")
    assert "organization" not in d.fields


def test_contacts_alone_beside_a_named_official_are_a_signatures_not_a_second_nominee() -> None:
    named = Draft(fields={"name": "Ciaran", "surname": "Walsh", "email": "ciaran.walsh@npws.gov.ie"}, origin="body")
    forwarded = Draft(fields={"email": "joes@windowsshop.com"}, origin="body:forwarded")
    signature = Draft(fields={"phone": "+390423688800"}, origin="attachment:att1.htm")
    described = Draft(fields={"position": "Inspector", "email": "x@aeat.es"}, origin="attachment:form.docx")
    people = merge([named, forwarded, signature, described])
    assert [p.fields.get("email") for p in people] == ["ciaran.walsh@npws.gov.ie", "x@aeat.es"]
    assert [p.fields for p in merge([forwarded])] == [{"email": "joes@windowsshop.com"}]


def test_a_spanish_request_to_give_officials_alta_is_a_request() -> None:
    raw = ("From: aacites@comercio.mineco.es\r\nTo: info@cites.org\r\nSubject: Altas\r\nMessage-ID: <a@x>\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n"
           "Hola:\r\n\r\nSolicitamos el alta de la siguiente funcionaria en el grupo cerrado CITES de CENcomm:\r\n\r\n"
           "Marta Gil Navarro\r\nReal Jardín Botánico - Técnica de la Autoridad Científica CITES\r\n"
           "Tel. +34 914 20 30 17\r\nmarta.gil@rjb.csic.es\r\nEspaña\r\n").encode()
    a = analyse(raw)
    assert a.kind == "request" and a.language == "es"
    [n] = a.nominees
    assert (n.name, n.surname, n.country, n.phone) == ("Marta", "Gil Navarro", "Spain", "+34914203017")


def test_a_table_row_with_a_label_nobody_listed_does_not_end_the_official() -> None:
    text = ("Family name\tTan\n\nGiven name\tWei Ling\n\nAgency\tNational Parks Board\n\n"
            "Posting\tSenior Wildlife Inspector\n\nOffice line\t+65 6471 7808\n\nEmail\ttan_wei_ling@nparks.gov.sg")
    (d,) = _fields(read_lines(text, "body", "en"))
    assert (d["surname"], d["phone"], d["email"]) == ("Tan", "+65 6471 7808", "tan_wei_ling@nparks.gov.sg")


def test_appointment_is_a_word_for_the_position() -> None:
    (d,) = _fields(read_lines("Name: Tan Wei Ling\nAppointment: Senior Wildlife Inspector\n", "body", "en"))
    assert d["position"] == "Senior Wildlife Inspector"
