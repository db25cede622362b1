"""The sentences of formal letters (an academic title before the name, "communicating the name of" an officer, a unit
named between the post and its ministry), a writer asking to leave the group rather than to join it, and a country
no text names but the official's own telephone and address agree on."""

from __future__ import annotations

from datetime import UTC, datetime

from intakebot.analysis import analyse
from intakebot.analysis.readers.nomination import read_nominations
from intakebot.records import Draft


def _fields(drafts: list[Draft]) -> list[dict[str, str]]:
    return [{k: str(v) for k, v in d.fields.items()} for d in drafts]


def _message(body: str) -> bytes:
    return ("From: someone@example.gov\r\nTo: info@cites.org\r\nSubject: CENcomm\r\nMessage-ID: <m@x>\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n")).encode()


def test_an_academic_title_before_the_name_neither_ends_the_sentence_nor_joins_the_name() -> None:
    text = ("Por este medio, la Autoridad Administrativa designa a la M.Sc. Lucía Arce Brenes, Bióloga del Sistema "
            "Nacional de Áreas de Conservación, como integrante del grupo cerrado. Teléfono +506 2522 6500.")
    (d,) = _fields(read_nominations(text, "body", "es", "Costa Rica"))
    assert (d["name"], d["surname"], d["position"]) == ("Lucía", "Arce Brenes", "Bióloga")
    assert d["organization"] == "Sistema Nacional de Áreas de Conservación"


def test_communicating_the_name_of_an_officer_nominates_them() -> None:
    text = ("J'ai l'honneur de vous communiquer le nom de M. Paul ESSOMBA, Inspecteur à la Direction de la Faune, que "
            "notre pays souhaite voir inscrit au groupe fermé. Il peut être joint au +237 222 23 00 11.")
    (d,) = _fields(read_nominations(text, "body", "fr", "Cameroon"))
    assert (d["name"], d["surname"], d["position"], d["organization"]) == (
        "Paul", "ESSOMBA", "Inspecteur", "Direction de la Faune")
    english = "We hereby submit the name of Mr Tomas Eriksen, Customs Officer at Norwegian Customs, for the group."
    (e,) = _fields(read_nominations(english, "body", "en", "Norway"))
    assert (e["surname"], e["organization"]) == ("Eriksen", "Norwegian Customs")


def test_a_unit_between_the_post_and_its_ministry_belongs_to_the_post() -> None:
    text = ("The Ministry hereby nominates Mr Tuhafeni Shilongo, Senior Warden, Anti-Poaching Unit, Ministry of "
            "Environment, Forestry and Tourism, as a member of the closed user group.")
    (d,) = _fields(read_nominations(text, "body", "en", "Namibia"))
    assert (d["position"], d["organization"]) == (
        "Senior Warden, Anti-Poaching Unit", "Ministry of Environment, Forestry and Tourism")
    two = "We nominate Ms Ana Tuilagi, Senior Officer, Samoa Customs Service, for the closed user group."
    (e,) = _fields(read_nominations(two, "body", "en", "Samoa"))
    assert (e["position"], e["organization"]) == ("Senior Officer", "Samoa Customs Service")  # no ministry: as before


def test_asking_to_be_removed_is_left_for_a_person_unless_a_successor_is_named() -> None:
    leaving = ("I have left the Customs service. Please remove me from the CITES closed user group on CENcomm. My "
               "details as you hold them:\n\nName: Joan Pereira\nPhone: +351 21 881 3700\nEmail: jp@at.gov.pt\n")
    a = analyse(_message(leaving))
    assert (a.kind, a.reason, a.nominees) == ("not_request", "leaving", [])
    replaced = leaving + ("\nPlease register my successor instead:\n\nName: Rui Matos\nPosition: Customs Inspector\n"
                          "Organization: Autoridade Tributária\nCountry: Portugal\nPhone: +351 21 881 3701\n"
                          "Email: rmatos@at.gov.pt\n")
    assert analyse(_message(replaced)).kind == "request"


def test_a_country_is_inferred_only_when_the_officials_telephone_and_address_agree() -> None:
    from intakebot.analysis.validation import INFERRED_COUNTRY
    body = ("Nous avons l'honneur de proposer M. Yao Kouassi, Inspecteur à l'Office des Parcs, pour le groupe fermé "
            "CITES sur CENcomm. Téléphone : {phone}, courriel yao.kouassi@oipr.ci.")
    (n,) = analyse(_message(body.format(phone="+225 27 22 44 12 34"))).nominees
    assert (n.country, n.provenance["country"], "country" in n.missing) == ("Côte d'Ivoire", INFERRED_COUNTRY, False)
    (abroad,) = analyse(_message(body.format(phone="+33 1 42 75 80 00"))).nominees  # a French number, a .ci address
    assert abroad.country is None and "country" in abroad.missing


def test_an_inferred_country_is_flagged_for_the_reviewer() -> None:
    from intakebot.analysis.validation import INFERRED_COUNTRY
    from intakebot.decisions.review import review_flags
    from tests.support.records import make_record
    record = make_record("CUG-2026-0001", received=datetime(2026, 12, 4, tzinfo=UTC))
    assert "country_inferred" not in review_flags(record)
    record.nominee.provenance["country"] = INFERRED_COUNTRY
    assert "country_inferred" in review_flags(record)


def test_a_sentence_describing_the_nominee_by_title_and_surname_gives_post_and_organisation() -> None:
    text = ("La République de Guinée-Bissau demande l'inscription de Mme Fatumata Baldé au groupe fermé. Mme Baldé, "
            "Chargée des enquêtes, travaille à l'Institut des Forêts, à Bissau. Téléphone : +245 955 000 111.")
    (d,) = _fields(read_nominations(text, "body", "fr", "Guinea-Bissau"))
    assert (d["position"], d["organization"]) == ("Chargée des enquêtes", "Institut des Forêts")


def test_a_letter_below_pasted_text_is_answered_in_the_letters_language() -> None:
    from intakebot.analysis.language import detect_language
    pasted = ("You are receiving this newsletter because you signed up on our web site. Click here to unsubscribe "
              "from all of our mailings and offers. This email was sent to you by the team of the store.\n\n")
    letter = ("Muy señores míos:\n\nPor la presente les comunico que la Dra. Rosa Peña ha sido designada para el "
              "grupo cerrado de la CITES en CENcomm, con los datos que siguen.\n")
    assert detect_language(pasted + letter) == "es"
    note = "Dear colleagues,\n\nPlease find below the letter of our Customs office, for your records and action.\n\n"
    assert detect_language(note + letter) == "en"  # the writer's own greeting comes first: their language


def test_a_post_with_its_unit_before_the_organisations_name_keeps_the_unit() -> None:
    text = ("Les comunico que la Dra. Rosa Peña Ortiz, Inspectora Jefe de la Unidad de Coordinación del Servicio de "
            "Vigilancia Aduanera, ha sido designada para el grupo cerrado.")
    (d,) = _fields(read_nominations(text, "body", "es", "Spain"))
    assert (d["position"], d["organization"]) == ("Inspectora Jefe de la Unidad de Coordinación",
                                                  "Servicio de Vigilancia Aduanera")


def test_the_contact_under_an_events_contact_heading_is_nobody_to_register() -> None:
    from intakebot.analysis.reading import read_text
    bulletin = ("A refresher course on the CITES closed user group on CENcomm will be held online in January.\n\n"
                "Course contact:\nName: Ilse Vermeulen\nOrganization: Regional Liaison Office\nPhone: +32 2 209 9000\n"
                "Email: rlo@example.org\n\nThe next bulletin will appear in February.\n")
    assert read_text(bulletin, "body", "en") == []
    assert analyse(_message(bulletin)).kind == "not_request"
    spanish = "Para más información:\nNombre: Ana Ruiz\nTeléfono: +34 91 000 00 00\n"
    assert read_text(spanish, "body", "es") == []
    request = "Please register for the closed user group:\n\nName: Ilse Vermeulen\nPhone: +32 2 209 9000\n"
    assert _fields(read_text(request, "body", "en"))[0]["surname"] == "Vermeulen"


def test_granting_an_official_access_names_the_official() -> None:
    text = ("J'ai l'honneur de vous demander de bien vouloir accorder à Mme Awa Diallo, Cheffe de la division CITES à "
            "la Direction des Eaux et Forêts, l'accès au groupe fermé sur CENcomm. Mme Diallo est joignable au "
            "+221 33 889 02 34.")
    (d,) = _fields(read_nominations(text, "body", "fr", "Senegal"))
    assert (d["name"], d["surname"], d["position"], d["organization"]) == (
        "Awa", "Diallo", "Cheffe de la division CITES", "Direction des Eaux et Forêts")
    english = "Kindly grant access to Mr Tomas Eriksen, Customs Officer at Norwegian Customs, to the closed group."
    (e,) = _fields(read_nominations(english, "body", "en", "Norway"))
    assert (e["name"], e["surname"]) == ("Tomas", "Eriksen")


def test_a_request_below_the_writers_own_replies_on_something_else_is_answered_in_its_language() -> None:
    from intakebot.analysis.language import detect_language
    replies = ("    Isn't there a key hidden inside the package? I thought there was some internal number that must be "
               "compared to be correct, or it would return an error.\n\n"
               "    Yeah, surely there's a flag for that; there is one for everything else, isn't there?\n\n")
    request = ("Par ailleurs, la Mauritanie souhaite faire inscrire un agent au groupe fermé CITES sur CENcomm :\n\n"
               "- Prénom : Sidi\n  Nom : Ould Ahmed\n  Organisme : Direction des Douanes\n  Fonction : Inspecteur\n\n"
               "Merci d'avance,\n")
    assert detect_language(replies + request) == "fr"
    cover = "Dear colleagues,\n\nPlease find below the request of our Customs office, for your action.\n\n"
    assert detect_language(cover + request) == "en"  # the writer's own note on the request: their language
    english_labels = ("Bonjour,\n\nJe souhaite rejoindre le groupe d'utilisateurs fermé sur le guépard dans CENcomm. "
                      "Voici mes coordonnées :\n\nName: Sophie\nSurname: Roy\nOrganization: Parcs Canada\n"
                      "Position: Agente\nPhone: 514-283-4567\n\nMerci et bonne journée,\nSophie\n")
    assert detect_language(english_labels) == "fr"


def test_a_name_listed_in_pasted_news_is_nobody_to_register_but_a_titled_official_is() -> None:
    news = ("Investors for this round include Venrock Associates, Mobius Venture Capital and Seed Capital Partners. "
            "Michael Tyrrell, of Venrock, has joined the Board of Directors.")
    assert read_nominations(news, "body", "en", None) == []
    text = ("Por este medio solicito que se incorpore al grupo cerrado CITES de CENcomm al Ing. Rigoberto Alas Díaz, "
            "Técnico de Vida Silvestre del Ministerio de Medio Ambiente, teléfono +503 2132 6200.")
    (d,) = _fields(read_nominations(text, "body", "es", "El Salvador"))
    assert (d["name"], d["surname"], d["position"]) == ("Rigoberto", "Alas Díaz", "Técnico de Vida Silvestre")
    untitled = "We include Grace Wanjiru, Senior Investigations Officer at the Kenya Wildlife Service, in the group."
    (e,) = _fields(read_nominations(untitled, "body", "en", "Kenya"))  # the sentence is about the group
    assert (e["name"], e["surname"]) == ("Grace", "Wanjiru")


def test_the_addressees_line_above_the_salutation_is_still_the_letterhead() -> None:
    from intakebot.analysis.letters import letter_parts
    letter = ("RÉPUBLIQUE DU CONGO\nMinistère de l'Économie Forestière\n\nN° 0873/MEF\nBrazzaville, le 3 décembre 2026\n\n"
              "Monsieur le Secrétaire général de la CITES\nGenève (Suisse)\n\nObjet : Désignation\n\n"
              "Monsieur le Secrétaire général,\n\nJ'ai l'honneur de vous informer que Mme Awa Nkounkou est désignée.\n")
    head, text = letter_parts(letter, need_marks=True)
    assert "Genève" in head and text.strip().startswith("J'ai l'honneur")
    plain = "Ref: 12/2026\n\nDear Sir\n\nWe nominate Mr Ali Omar.\n\nMadame Wanjiru, Kenya,\nwill follow.\n"
    head, text = letter_parts(plain, need_marks=True)
    assert text.strip().startswith("We nominate")  # a salutation without a comma, nothing like it near below


def test_an_official_who_could_be_given_access_is_nominated_with_the_post_written_before_the_name() -> None:
    text = ("The Management Authority would be grateful if the Head of the Wildlife Crime Unit of the National Parks "
            "and Wildlife Service, Mr Cathal Ó Briain, could be given access to the closed user group. His direct "
            "line is +353 1 539 3100.")
    (d,) = _fields(read_nominations(text, "body", "en", "Ireland"))
    assert (d["name"], d["surname"]) == ("Cathal", "Ó Briain")
    assert (d["position"], d["organization"]) == ("Head of the Wildlife Crime Unit",
                                                  "National Parks and Wildlife Service")
    french = ("Le Ministère demande que Mme Julie Caron, Agente de la faune au Service canadien de la faune, soit "
              "ajoutée au groupe fermé. On peut la joindre au +1 418 649 6100.")
    (f,) = _fields(read_nominations(french, "body", "fr", "Canada"))
    assert (f["surname"], f["phone"]) == ("Caron", "+14186496100")


def test_an_incorporation_into_the_named_group_of_an_official_nominates_them() -> None:
    text = ("Uruguay solicita la incorporación al grupo cerrado del guepardo en CENcomm de la Lic. Ana Sosa Pérez, "
            "Encargada del Departamento de Fauna del Ministerio de Ambiente. Su teléfono es +598 2915 2700.")
    (d,) = _fields(read_nominations(text, "body", "es", "Uruguay"))
    assert (d["name"], d["surname"], d["organization"]) == ("Ana", "Sosa Pérez", "Ministerio de Ambiente")


def test_sr_d_and_sra_dna_before_a_spanish_name_are_honorifics() -> None:
    from intakebot.analysis.reading import read_text
    text = ("España solicita el alta de los dos funcionarios siguientes:\n\n1. Sr. D. Jaime Ortega Ruiz\n   Organismo: Guardia Civil\n   Cargo: Jefe de Sección\n\n"
            "2. Sra. Dña. Irene Lasa Goñi\n   Organismo: Aduanas\n   Cargo: Inspectora\n")
    first, second = [d for d in _fields(read_text(text, "body", "es")) if "surname" in d]
    assert (first["name"], first["surname"]) == ("Jaime", "Ortega Ruiz")
    assert (second["name"], second["surname"]) == ("Irene", "Lasa Goñi")


def test_the_body_that_wishes_an_official_be_given_access_is_their_organisation() -> None:
    text = ("The Wildlife Department would like our Senior Game Warden, Mr Tomas Okello, to be given access to the "
            "closed user group on CENcomm. He can be reached at t.okello@wildlife.go.ug.")
    (d,) = _fields(read_nominations(text, "body", "en", "Uganda"))
    assert (d["position"], d["organization"]) == ("Senior Game Warden", "Wildlife Department")
    french = ("La Direction des Forêts souhaiterait que M. Paul Ndong, Chargé de la faune, soit ajouté au groupe fermé "
              "sur CENcomm. Il est joignable à p.ndong@forets.ga.")
    (f,) = _fields(read_nominations(french, "body", "fr", "Gabon"))
    assert (f["position"], f["organization"]) == ("Chargé de la faune", "Direction des Forêts")
    writer = ("The Management Authority would like Ms Ana Lee, Customs Officer, to be given access to the closed "
              "user group. Her e-mail is a.lee@customs.gov.fj.")
    (w,) = _fields(read_nominations(writer, "body", "en", "Fiji"))
    assert "organization" not in w  # the writer's own authority is not where she works
