"""Body text readers: labels in three languages, quotes, signatures, tables, language."""

from __future__ import annotations

from intakebot.analysis import find_references
from intakebot.analysis.labels import lookup
from intakebot.analysis.language import detect_language
from intakebot.analysis.readers.common import split_full_name
from intakebot.analysis.readers.lines import read_lines
from intakebot.analysis.readers.table import read_text_tables
from intakebot.analysis.text import html_to_text, strip_quotes, strip_signature


def test_french_nom_is_the_family_name_and_prenom_the_given_name() -> None:
    assert lookup("Nom").field == "surname"  # type: ignore[union-attr]
    assert lookup("Prénom(s)").field == "name"  # type: ignore[union-attr]


def test_spanish_nombre_is_the_given_name_and_apellidos_the_family_name() -> None:
    assert lookup("Nombre").field == "name"  # type: ignore[union-attr]
    assert lookup("Apellido(s)").field == "surname"  # type: ignore[union-attr]


def test_notification_headings_are_labels() -> None:
    assert lookup("Official Email address (to be used for communications)").field == "email"  # type: ignore[union-attr]
    assert lookup("Position/Role").field == "position"  # type: ignore[union-attr]
    assert lookup("Contact number").field == "phone"  # type: ignore[union-attr]


def test_ordinary_words_are_not_labels() -> None:
    assert lookup("Dear Secretariat") is None and lookup("Kenya") is None


def test_repeated_label_starts_the_next_nominee() -> None:
    drafts = read_lines("Name: A\nSurname: B\nName: C\nSurname: D", "body", "en")
    assert [d.fields for d in drafts] == [{"name": "A", "surname": "B"}, {"name": "C", "surname": "D"}]


def test_value_on_the_next_line_is_read() -> None:
    drafts = read_lines("Surname:\nWanjiru", "body", "en")
    assert drafts[0].fields == {"surname": "Wanjiru"}


def test_quoted_notice_is_not_read_back_as_values() -> None:
    own, quoted = strip_quotes("Phone: +254722123456\n\nOn Mon, 3 Jun 2024, CITES wrote:\n> Email: (missing)")
    assert "missing" not in own and "(missing)" in quoted


def test_french_and_spanish_attributions_cut_the_quote() -> None:
    assert strip_quotes("ok\nLe lun. 3 juin 2024 à 09:00, CITES <info@cites.org> a écrit :\nNom : X")[0] == "ok"
    assert strip_quotes("ok\nEl lun, 3 jun 2024, CITES escribió:\nNombre: X")[0] == "ok"


def test_outlook_header_block_cuts_a_reply_but_not_a_forward() -> None:
    text = "ok\nFrom: CITES <info@cites.org>\nSent: Monday\nSubject: x\nName: Old"
    assert strip_quotes(text, own_addresses=frozenset({"info@cites.org"}))[0] == "ok"
    assert "Name: Old" in strip_quotes(text, forwarding=True, own_addresses=frozenset({"info@cites.org"}))[0]


def test_signature_after_closing_is_dropped() -> None:
    text = "Name: Jane\nPhone: +254722123456\n\nKind regards,\nJane\nPhone: +254200000000"
    assert "+254200000000" not in strip_signature(text)


def test_pasted_notification_table_with_tabs_gives_one_draft_per_row() -> None:
    text = "Country\tName\tSurname\tOrganization\tPosition/Role\tContact number\tOfficial Email address\n" \
           "Kenya\tJane\tWanjiru\tKWS\tWarden\t+254722123456\tj@kws.go.ke\nKenya\tTom\tOdhiambo\tKWS\tRanger\t\tt@kws.go.ke"
    drafts, rest = read_text_tables(text, "body", "en")
    assert len(drafts) == 2 and "phone" not in drafts[1].fields and rest.strip() == ""


def test_space_aligned_table_keeps_empty_cells_in_their_column() -> None:
    text = ("Country   Name   Surname    Organization   Position   Phone          Email\n"
            "Kenya     Jane   Wanjiru    KWS                       +254722123456  j@kws.go.ke")
    drafts, _ = read_text_tables(text, "body", "en")
    assert drafts[0].fields["phone"] == "+254722123456" and "position" not in drafts[0].fields


def test_html_table_rows_become_tab_separated_lines_and_quotes_vanish() -> None:
    html = "<p>Hi</p><table><tr><td>Name</td><td>Jane</td></tr></table><blockquote>Name: Old</blockquote>"
    assert html_to_text(html) == "Hi\n\nName\tJane"


def test_full_name_with_upper_case_family_name_is_split_either_way() -> None:
    assert split_full_name("DUPONT Marie") == ("Marie", "DUPONT")
    assert split_full_name("Marie DUPONT") == ("Marie", "DUPONT")


def test_spanish_full_name_has_two_family_names() -> None:
    assert split_full_name("Jorge Quispe Mamani", spanish=True) == ("Jorge", "Quispe Mamani")


def test_name_particles_stay_with_the_family_name() -> None:
    assert split_full_name("Pieter van der Merwe") == ("Pieter", "van der Merwe")


def test_references_are_found_case_insensitively_and_upper_cased() -> None:
    assert find_references("see cug-2024-0001 and CUG 2024-0002, again CUG-2024-0001") == ["CUG-2024-0001", "CUG-2024-0002"]


def test_language_detection_defaults_to_english() -> None:
    assert detect_language("12345") == "en"
    assert detect_language("Veuillez trouver ci-joint les informations. Cordialement") == "fr"
    assert detect_language("Adjunto los datos del funcionario. Atentamente") == "es"


def test_a_bare_job_title_like_officer_is_a_value_not_a_label() -> None:
    from intakebot.analysis import analyse

    raw = (
        b"From: a@customs.go.so\r\nTo: info@cites.org\r\nSubject: cheetah closed user group\r\n"
        b"Message-ID: <off@x>\r\n\r\nCountry: Somalia\r\nName: Ahmed\r\nSurname: Ali\r\n"
        b"Organization: Somali Customs Authority\r\nPosition: Officer\r\n"
        b"Contact number: +252 61 5551234\r\nOfficial email: a@customs.go.so\r\n"
    )
    [n] = analyse(raw).nominees
    assert n.position == "Officer" and "position" not in n.missing


def test_label_dash_value_lines_are_read_as_a_block_but_a_lone_dashed_title_is_not() -> None:
    text = "UK nomination:\n\nCountry - United Kingdom\nName - James\nSurname - Whitfield\nOffice phone - +44 20 3786 5000\n"
    (d,) = read_lines(text, "body", "en")
    assert (d.fields["country"], d.fields["name"], d.fields["surname"]) == ("United Kingdom", "James", "Whitfield")
    assert d.fields["phone"] == "+44 20 3786 5000"
    assert read_lines("Désignation - groupe fermé\n\nMerci de votre retour.\n", "body", "fr") == []
    assert read_lines("Name - James\n", "body", "en") == []


def test_the_writers_own_labels_and_words_decide_the_language_before_an_attachment() -> None:
    own = "Estimados:\nSolicito el acceso.\nPaís: Chile\nNombre: Camila\nApellido: Rojas\nCargo: Inspectora\n\nHi folks"
    attachment = ("HTTP Error 500: A server error occurred. Please contact the administrator of the site, "
                  "and tell them what you were doing when this error happened, and on which page it was.")
    assert detect_language(own, more=attachment) == "es"


def _nominee(sentence: str, language: str = "en") -> dict[str, str]:
    from intakebot.analysis.readers.nomination import read_nominations
    drafts = read_nominations(sentence, "body", language, None)
    assert len(drafts) == 1
    return {k: str(v) for k, v in drafts[0].fields.items()}


def test_the_verbs_own_subject_is_the_organisation_but_not_the_writers_authority() -> None:
    got = _nominee("The Kenya Wildlife Service nominates Mr John Kamau, Senior Warden, for the closed user group.")
    assert got["organization"] == "Kenya Wildlife Service"
    for writer in ("The Management Authority of Kenya nominates Mr John Kamau, Senior Warden, for the group.",
                   "The CITES Management Authority of Kenya is pleased to nominate Mr John Kamau, Senior Warden."):
        assert "organization" not in _nominee(writer), writer


def test_contact_details_in_brackets_end_the_organisation_and_its_own_brackets_stay() -> None:
    got = _nominee("South Africa nominates Ms Thandi Dube, Inspector at the Department of Forestry, Fisheries and "
                   "the Environment (tel. +27 12 399 9000, e-mail tdube@dffe.gov.za).")
    assert got["organization"] == "Department of Forestry, Fisheries and the Environment"
    got = _nominee("Chile designa a la Sra. Ana Ruiz, Jefa de Fiscalización del Servicio Agrícola y Ganadero (SAG), "
                   "correo aruiz@sag.gob.cl.", "es")
    assert got["organization"] == "Servicio Agrícola y Ganadero (SAG)"


def test_words_naming_a_body_after_a_verb_are_not_the_nominee() -> None:
    got = _nominee("Por medio de la presente, la Autoridad Administrativa CITES de Perú tiene el honor de designar a "
                   "la Sra. Rosa Quispe Mamani, Especialista en Fiscalización.", "es")
    assert (got["name"], got["surname"]) == ("Rosa", "Quispe Mamani")


def test_the_language_of_the_opening_paragraphs_decides_above_a_pasted_english_text() -> None:
    own = ("Buenos días:\n\nLes escribo para la inscripción de nuestro funcionario en el grupo cerrado; los datos "
           "van en el formulario.\n\n\n"
           + "Weekly digest. Here is what happened on your team this week, and what you can do about it. " * 6)
    assert detect_language(own) == "es"
    # A short greeting alone decides nothing: the English request below it does.
    assert detect_language("Bonjour,\n\nPlease register the officer below for the closed user group. "
                           "We will send the form with the details of the officer.\n") == "en"


def test_a_label_that_names_the_person_holds_their_full_name_when_the_value_is_a_name() -> None:
    for label, value in (("Officer", "Kagiso Molefe"), ("Fonctionnaire", "Jean-Paul NGOMA"),
                         ("Funcionaria", "Rosa María de la Cruz"), ("Candidate", "Dr. Amina Yusuf")):
        (d,) = read_lines(f"Country: Kenya\n{label}: {value}\nEmail: x@kws.go.ke\n", "body", "en")
        assert "name" in d.fields and "surname" in d.fields, label
    (d,) = read_lines("Country: Kenya\nOfficer: Senior Wildlife Officer\nEmail: x@kws.go.ke\n", "body", "en")
    assert "name" not in d.fields and "surname" not in d.fields and "position" not in d.fields


def test_a_mailman_archive_footer_and_its_scrubbed_attachments_are_not_the_writers_text() -> None:
    text = ("Country: Namibia\nName: Ndapewa\n\nThanks\n-------------- next part --------------\n"
            "A non-text attachment was scrubbed...\nName: signature.asc\nType: application/pgp-signature\n")
    own = strip_signature(text)
    assert "Ndapewa" in own and "signature.asc" not in own


def test_a_spanish_sentence_that_names_the_nominee_with_nombrar_is_read() -> None:
    from intakebot.analysis import analyse

    raw = ("From: cites@ambiente.gob.hn\r\nTo: info@cites.org\r\nSubject: Grupo cerrado\r\nMessage-ID: <n@x>\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n\r\n"
           "El Instituto de Conservación Forestal nombra al Sr. Mario Zelaya, Técnico de Vida Silvestre, para el "
           "grupo cerrado CITES en CENcomm; teléfono +504 2223 7703, correo mzelaya@icf.gob.hn.\r\n").encode()
    a = analyse(raw)
    assert a.kind == "request"
    [n] = a.nominees
    assert (n.name, n.surname, n.phone, n.email) == ("Mario", "Zelaya", "+50422237703", "mzelaya@icf.gob.hn")
