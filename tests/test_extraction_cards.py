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
        "organization": "Norwegian Environment Agency", "country": "Norway", "phone": "+47 73 58 05 00",
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


def _message(body: str, sender: str = "cites@example.gov") -> bytes:
    return (f"From: {sender}\r\nTo: info@cites.org\r\nSubject: CENcomm\r\nMessage-ID: <m@x>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")).encode()


def test_a_card_on_separate_lines_keeps_its_labelled_contacts_as_written() -> None:
    text = ("For Belize, we put forward the following officer for the closed user group:\n\nDarnell Flowers\n"
            "Wildlife Officer\nForest Department\nBelmopan, Belize\nTel: +501 022 1524\nEmail: dflowers@forest.gov.bz\n")
    (d,) = _fields(read_cards(text, "body", "en", None))
    assert (d["position"], d["organization"], d["country"], d["phone"]) == (
        "Wildlife Officer", "Forest Department", "Belize", "+501 022 1524")  # an invalid number, for validation


def test_a_sentence_left_open_announces_the_card_below_it() -> None:
    text = ("Further to the above: our nominee for the closed user group is\n\nMs Kimberly Ramdass\n"
            "Game Warden, Forestry Division\nkramdass@agriculture.gov.tt\n")
    assert [d["surname"] for d in _fields(read_cards(text, "body", "en", None))] == ["Ramdass"]


def test_bulleted_officials_split_at_dashes_and_semicolons_in_any_order_of_post_and_organisation() -> None:
    from intakebot.analysis.readers.prose import read_prose
    text = ("1. Mme Nadia Tazi – Cheffe du service de la faune, Agence Nationale des Eaux et Forêts ; "
            "tél. +212 537 66 11 40 ; n.tazi@eauxetforets.gov.ma\n\n"
            "• Francisca Lagos Tapia (Servicio Nacional de Aduanas), Fiscalizadora — fono +56 32 213 4500 — "
            "flagos@aduana.cl\n\n- Special Agent Daniel Kowalczyk, U.S. Fish and Wildlife Service\n"
            "  phone +1 703 358 1949, daniel_kowalczyk@fws.gov\n")
    tazi, lagos, agent = _fields(read_prose(text, "body", "fr"))
    assert (tazi["position"], tazi["organization"]) == ("Cheffe du service de la faune",
                                                        "Agence Nationale des Eaux et Forêts")
    assert (lagos["organization"], lagos["position"], lagos["phone"]) == (
        "Servicio Nacional de Aduanas", "Fiscalizadora", "+56 32 213 4500")
    assert (agent["position"], agent["name"], agent["organization"]) == (
        "Special Agent", "Daniel", "U.S. Fish and Wildlife Service")


def test_a_wish_that_someone_join_and_the_groups_name_before_the_person_are_nominations() -> None:
    from intakebot.analysis.readers.nomination import read_nominations
    wish = ("Mauritius would like Ms Anjali Ramsurrun, Wildlife Officer with the National Parks and Conservation "
            "Service, to be given access to the closed user group (telephone +230 464 2993, aramsurrun@govmu.org).")
    (d,) = _fields(read_nominations(wish, "body", "en", None))
    assert (d["surname"], d["organization"]) == ("Ramsurrun", "National Parks and Conservation Service")
    assert read_nominations("We would like Mr John Smith to know that the meeting is postponed, tel +41 22 917 "
                            "8139, j@x.org.", "body", "en", None) == []
    ajouter = ("Merci d'ajouter au groupe fermé CITES sur CENcomm Mme Fatima Ahamada, Chargée de la biodiversité "
               "à la Direction Générale de l'Environnement (tél. +269 773 00 00, f.ahamada@environnement.gouv.km).")
    (d,) = _fields(read_nominations(ajouter, "body", "fr", "Comoros"))
    assert (d["name"], d["surname"]) == ("Fatima", "Ahamada")


def test_names_with_a_comma_or_an_arabic_particle_split_where_the_family_name_starts() -> None:
    from intakebot.analysis.readers.common import split_full_name
    assert split_full_name("Sosa, Federico") == ("Federico", "Sosa")
    assert split_full_name("Mohamed Lemine Ould Sidi") == ("Mohamed Lemine", "Ould Sidi")


def test_a_national_body_keeps_its_country_and_is_the_subject_before_an_auxiliary() -> None:
    from intakebot.analysis.readers.nomination import read_nominations
    text = ("Me permito informarles que la Policía Nacional de Colombia ha designado a la señora Laura Beltrán, "
            "Investigadora de Delitos Ambientales, con el correo laura.beltran@policia.gov.co.")
    (d,) = _fields(read_nominations(text, "body", "es", None))
    assert d["organization"] == "Policía Nacional de Colombia" and d["country"] == "Colombia"


def test_the_language_of_a_short_note_is_not_outvoted_by_the_newsletter_it_forwards() -> None:
    body = ("Hola,\n\nLes pedimos incorporar al grupo cerrado CITES en CENcomm a estas dos personas del servicio.\n\n"
            "---------- Mensaje reenviado ----------\n"
            + "What's new this month in the product and the team, and how you can use it. " * 20)
    assert analyse(_message(body)).language == "es"


def test_a_question_about_the_group_with_no_official_is_left_for_a_person() -> None:
    asked = ("Dear Secretariat,\n\nBefore we send nominations for the CITES closed user group on CENcomm, could "
             "you tell us whether officers of Customs may join as well?\n\nBest regards,\nSonam Tshering\n")
    a = analyse(_message(asked))
    assert (a.kind, a.reason) == ("not_request", "question")
    wish = "Dear Secretariat,\n\nWe wish to join the CITES closed user group on CENcomm; details will follow.\n"
    assert analyse(_message(wish)).kind == "request"


def test_values_on_the_line_after_their_labels_are_read_with_or_without_a_colon() -> None:
    colon = "Country:\nChina\n\nName (family name first):\nZHAO Jianguo\n\nOffice telephone:\n+86 10 8423 8503\n"
    (d,) = _fields(read_lines(colon, "body", "en"))
    assert (d["surname"], d["phone"]) == ("ZHAO", "+86 10 8423 8503")
    bare = ("Nombre completo\nAdriana Arias Brenes\n\nCargo\nInspectora Fitosanitaria\n\nTeléfono de oficina\n"
            "+506 2549 3450\n\nCorreo institucional\naarias@sfe.go.cr\n")
    (d,) = _fields(read_lines(bare, "body", "es"))
    assert (d["surname"], d["position"], d["email"]) == ("Arias Brenes", "Inspectora Fitosanitaria", "aarias@sfe.go.cr")
    assert read_lines("Position\nWe will send it later.\n", "body", "en") == []  # one such line is a heading


def test_two_labels_on_one_line_and_a_poste_that_is_a_telephone() -> None:
    (d,) = _fields(read_lines("Nom : AMEGAH\nPrénom : Komi\nFonction : Chef de division\n"
                              "Poste fixe : +228 22 21 33 32   Courriel pro : k.amegah@environnement.gouv.tg\n",
                              "body", "fr"))
    assert (d["position"], d["phone"], d["email"]) == ("Chef de division", "+228 22 21 33 32",
                                                       "k.amegah@environnement.gouv.tg")


def test_an_invalid_number_in_a_sentence_is_kept_as_written_for_the_official_to_correct() -> None:
    from intakebot.analysis.readers.contacts import contacts
    assert contacts("tel. +502 2329 011, correo hcoy@pnc.gob.gt", "Guatemala")["phone"] == "+502 2329 011"
    assert "phone" not in contacts("Notification No. 2018/046, correo hcoy@pnc.gob.gt", None)


def test_the_nominee_over_two_sentences_and_a_telephone_sentence_after_the_nomination() -> None:
    from intakebot.analysis.readers.nomination import read_nominations
    two = ("Pour Djibouti, la personne à inscrire au groupe d'utilisateurs fermé CITES sur CENcomm est M. Moustapha "
           "HOUMED. Il est Chef du bureau CITES à la Direction de l'Environnement et peut être joint au "
           "+253 21 35 10 20 ou à l'adresse m.houmed@environnement.gouv.dj.")
    (d,) = _fields(read_nominations(two, "body", "fr", "Djibouti"))
    assert (d["surname"], d["position"], d["organization"], d["phone"]) == (
        "HOUMED", "Chef du bureau CITES", "Direction de l'Environnement", "+25321351020")
    tel = ("Le Liban propose Mme Rania Khoury, Chargée des permis CITES au Ministère de l'Agriculture, pour le groupe "
           "fermé. Tél. : +961 1 849 639.")
    assert _fields(read_nominations(tel, "body", "fr", "Lebanon"))[0]["phone"] == "+9611849639"


def test_a_card_with_two_unknown_lines_takes_the_first_as_the_post() -> None:
    text = ("Solicitamos incorporar a los siguientes funcionarios:\n\n1) Miguel Zegarra Ponce\n   Supervisor de "
            "Campo\n   Organismo de Supervisión Forestal\n   Correo: mzegarra@osinfor.gob.pe\n")
    (d,) = _fields(read_cards(text, "body", "es", "Peru"))
    assert (d["position"], d["organization"]) == ("Supervisor de Campo", "Organismo de Supervisión Forestal")


def test_a_country_is_nobodys_name_nor_is_a_titled_person_a_country() -> None:
    from intakebot.analysis.readers.prose import read_prose
    from intakebot.analysis.reading import _lone_countries
    assert read_prose("Por Guatemala, les solicito agregar al grupo, tel. +502 2329 0110, correo hcoy@pnc.gob.gt, "
                      "gracias", "body", "es") == []
    assert _lone_countries("Datos de la funcionaria de Costa Rica.\n\nIng. Mauricio Quesada\nAutoridad CITES\n") == (
        "Costa Rica", "Costa Rica")


def test_answers_typed_under_each_quoted_heading_of_our_notice_are_read() -> None:
    from intakebot.analysis.text import strip_quotes
    reply = "Our answers:\n\n> Country:\nViet Nam\n> Name:\nMinh Duc\n> Surname:\nTRAN\n>\n> Thank you.\n"
    own, _ = strip_quotes(reply)
    (d,) = _fields(read_lines(own, "body", "en"))
    assert (d["country"], d["name"], d["surname"]) == ("Viet Nam", "Minh Duc", "TRAN")
    assert "Country" not in strip_quotes("> Country:\nViet Nam is far.\n")[0]  # one pair is not a form answered


def test_an_address_written_against_harvesters_is_an_address() -> None:
    (d,) = _fields(read_lines("Name: Pema Dorji\nE-mail: pdorji [at] dofps [dot] gov.bt\n", "body", "en"))
    assert d["email"] == "pdorji@dofps.gov.bt"


def test_contact_lines_under_the_nominating_sentence_are_the_nominees_but_a_signatures_are_not() -> None:
    said = ("La persona que Honduras designa es la Ing. María del Carmen Banegas Rivera, Inspectora de Cuarentena "
            "del Servicio Nacional de Sanidad.\n\nTeléfono: +504 2232 6213\nCorreo: mbanegas@senasa.gob.hn\n")
    (d,) = _fields(read_text(said, "body", "es"))
    assert (d["phone"], d["email"]) == ("+504 2232 6213", "mbanegas@senasa.gob.hn")
    signed = ("Kenya nominates Mr John Kamau, Senior Warden at the Kenya Wildlife Service.\n\nPeter Otieno\n"
              "Kenya Wildlife Service\nTel: +254 20 600 0800\nEmail: potieno@kws.go.ke\n")
    (d,) = _fields(read_text(signed, "body", "en"))
    assert "phone" not in d and "email" not in d


def test_shared_country_and_organisation_above_numbered_officials_with_particles() -> None:
    text = ("Country: Namibia\nOrganisation: Namibian Police Force\n\n1) Hendrik van der Berg, Investigating Officer\n"
            "   Tel: +264 61 209 4125\n   Email: hvanderberg@nampol.gov.na\n\n2) Maria Nangolo, Unit Commander\n"
            "   Tel: +264 61 209 4130 Email: mnangolo@nampol.gov.na\n")
    people = _fields(merge(read_text(text, "body", "en")))
    assert [(p["surname"], p["organization"], p["country"]) for p in people] == [
        ("van der Berg", "Namibian Police Force", "Namibia"), ("Nangolo", "Namibian Police Force", "Namibia")]
    assert people[1]["phone"] == "+264 61 209 4130"


def test_html_with_an_unclosed_head_and_dash_labels_in_separate_paragraphs_is_read() -> None:
    from intakebot.analysis.text import html_to_text
    html = ("<html><head><title>x</title><body><p class=MsoNormal>Nombre - René</p><p><o:p>&nbsp;</o:p></p>"
            "<p class=MsoNormal>Apellidos - Portillo Guevara</p><p class=MsoNormal>Cargo - Técnico</p></body>")
    (d,) = _fields(read_lines(html_to_text(html), "body", "es"))
    assert (d["name"], d["surname"], d["position"]) == ("René", "Portillo Guevara", "Técnico")


def test_registering_for_a_workshop_is_not_a_request_to_join() -> None:
    form = ("Dear Organisers,\n\nI would like to register for the Regional Workshop on CENcomm. My details:\n\n"
            "Name: Halima Mwinyi\nOrganisation: Tanzania Forest Services Agency\nPhone: +255 22 286 4249\n"
            "Email: h.mwinyi@tfs.go.tz\n\nI am already a member of the CITES closed user group.\n")
    a = analyse(_message(form))
    assert (a.kind, a.reason) == ("not_request", "event-registration")
    join = ("Please register our officer in the CITES closed user group on CENcomm; she will also attend the "
            "workshop.\n\nName: Halima Mwinyi\nOrganisation: Tanzania Forest Services Agency\nEmail: h.mwinyi@tfs.go.tz\n")
    assert analyse(_message(join)).kind == "request"


def test_answers_numbered_after_our_seven_headings_are_read_in_their_order() -> None:
    from intakebot.analysis.readers.answers import read_numbered_answers
    text = ("These are our answers:\n\n1. Liberia\n2. Musu\n3. Kollie\n4. Forestry Development Authority\n"
            "5. Wildlife Conservation Officer\n6. +231 77 654 3210\n7. mkollie@fda.gov.lr\n")
    (d,) = _fields(read_numbered_answers(text, "body", "en"))
    assert (d["country"], d["surname"], d["position"], d["email"]) == (
        "Liberia", "Kollie", "Wildlife Conservation Officer", "mkollie@fda.gov.lr")
    agenda = "1. Opening\n2. Minutes\n3. Budget\n4. Reports\n5. Elections\n6. Any other business\n7. Close\n"
    assert read_numbered_answers(agenda, "body", "en") == []


def test_labels_and_values_in_space_aligned_columns_are_read_in_a_form_of_three_or_more() -> None:
    text = ("Country                  Saint Lucia\nName                     Shermaine\n"
            "Surname                  Auguste\nContact number           +1 758 468 5645\n")
    (d,) = _fields(read_lines(text, "body", "en"))
    assert (d["country"], d["surname"], d["phone"]) == ("Saint Lucia", "Auguste", "+1 758 468 5645")
    assert read_lines("Name      of the game\n", "body", "en") == []


def test_a_post_line_with_a_comma_stays_the_post_when_the_next_line_names_the_body() -> None:
    text = ("Kenya nominates two officers:\n\nMs. Grace Njoroge\nSenior Warden, Investigations\nKenya Wildlife Service\n"
            "Tel: +254 20 600 0800\n\nMr. Daniel Kiprotich\nCustoms Officer\nKenya Revenue Authority\n"
            "Tel: +254 722 511 308\n")
    first, second = _fields(read_cards(text, "body", "en", "Kenya"))
    assert (first["position"], first["organization"]) == ("Senior Warden, Investigations", "Kenya Wildlife Service")
    assert (second["position"], second["organization"]) == ("Customs Officer", "Kenya Revenue Authority")


def test_a_press_release_is_never_a_request() -> None:
    body = ("PRESS RELEASE - for immediate release\n\nGhana's officers have joined the CITES closed user group on "
            "CENcomm.\n\nMedia contact:\nName: Abena Asantewaa\nPosition: Head of Communications\n"
            "Phone: +233 30 266 4654\nEmail: media@fcghana.org\n")
    a = analyse(_message(body))
    assert (a.kind, a.reason) == ("not_request", "press-release")


def test_an_address_lines_country_is_a_place_not_the_partys() -> None:
    from intakebot.analysis.reading import _lone_countries
    text = "Secretaría de la CITES\nGinebra, Suiza\n\nLa Autoridad Administrativa CITES del Perú designa a la Sra. X.\n"
    assert _lone_countries(text)[0] == "Peru"


def test_in_a_forward_the_forwarders_sentence_about_the_official_gives_the_missing_phone() -> None:
    body = ("Forwarding our nomination. Joshua's form left out his telephone: his direct line at CEPA is "
            "+675 301 4517.\n\nBest regards,\nPeter Kuman\n\n---------- Forwarded message ---------\n"
            "From: Kila Wari <kwari@cepa.gov.pg>\nDate: Tue, 1 Dec 2026 at 15:20\nSubject: CENcomm access\n"
            "To: Peter Kuman <pkuman@cepa.gov.pg>\n\nCountry: Papua New Guinea\nName: Joshua\nSurname: Kaupa\n"
            "Organization: Conservation and Environment Protection Authority\nPosition/Role: Wildlife Trade Officer\n"
            "Official email address: jkaupa@cepa.gov.pg\n")
    [n] = analyse(_message(body, sender="pkuman@cepa.gov.pg")).nominees
    assert n.phone == "+6753014517"
    mine = body.replace("Joshua's form left out his telephone: his direct line at CEPA is +675 301 4517.",
                        "My own number is +675 301 4000.")
    [n] = analyse(_message(mine, sender="pkuman@cepa.gov.pg")).nominees
    assert n.phone is None


def test_two_labels_and_two_values_paired_by_slashes() -> None:
    (d,) = _fields(read_lines("Pays : Gabon\nNom de famille / Prénom(s) : MBA ONDO / Yannick Arsène\n", "body", "fr"))
    assert (d["surname"], d["name"]) == ("MBA ONDO", "Yannick Arsène")


def test_an_officer_described_before_the_form_names_them() -> None:
    text = ("India wishes to nominate, for the closed user group, an officer who serves as Deputy Director (Northern "
            "Region) at the Wildlife Crime Control Bureau.\n\nName: Dr. Kavita Raghunathan\nTel: +91 11 2616 0712\n")
    (d,) = _fields(read_text(text, "body", "en"))
    assert (d["position"], d["organization"]) == ("Deputy Director (Northern Region)", "Wildlife Crime Control Bureau")


def test_a_sellers_mail_and_a_state_are_nobody_to_add() -> None:
    advert = ("Is your agency joining the CITES closed user group on CENcomm? Book a free 20-minute demo:\n\n"
              "Name: Marcus Hale\nPosition: Account Manager\nPhone: +44 20 3868 4410\nEmail: m@tradeshield.example\n\n"
              "To stop receiving these e-mails, reply UNSUBSCRIBE.\n")
    a = analyse(_message(advert))
    assert (a.kind, a.reason) == ("not_request", "marketing")
    from intakebot.analysis.readers.nomination import read_nominations
    text = ("Par la présente, la République de Guinée-Bissau demande l'inscription de Mme Aissatu Djaló au groupe "
            "fermé. Téléphone : +245 955 123 456, courriel adjalo@ibap.gw.")
    (d,) = _fields(read_nominations(text, "body", "fr", "Guinea-Bissau"))
    assert (d["name"], d["surname"]) == ("Aissatu", "Djaló")


def test_ente_is_a_word_for_the_organisation() -> None:
    (d,) = _fields(read_lines("Nombres: Yuleidy\nApellidos: Briceño\nEnte: Ministerio del Ecosocialismo\n", "body", "es"))
    assert d["organization"] == "Ministerio del Ecosocialismo"
