"""validate(): normalised values, stable problem codes, idempotence."""

from __future__ import annotations

import pytest

from intakebot.analysis.validation import categorise, country_code, validate
from intakebot.records import FIELDS, Nominee

FULL = {
    "country": "Kenya", "name": "Jane", "surname": "Wanjiru", "organization": "Kenya Wildlife Service",
    "position": "Senior Warden", "phone": "0722 123 456", "email": "J.Wanjiru@KWS.GO.KE",
}


def codes(n: Nominee) -> set[tuple[str, str, str]]:
    return {(p.field, p.code, p.severity) for p in n.problems}


@pytest.mark.parametrize(("text", "code"), [
    ("Viet Nam", "VN"), ("Vietnam", "VN"), ("Côte d'Ivoire", "CI"), ("Cote d’Ivoire", "CI"), ("Ivory Coast", "CI"),
    ("United Republic of Tanzania", "TZ"), ("Tanzanie", "TZ"), ("USA", "US"), ("Etats-Unis", "US"),
    ("EE.UU.", "US"), ("UK", "GB"), ("Royaume-Uni", "GB"), ("España", "ES"), ("Espagne", "ES"),
    ("Allemagne", "DE"), ("Perú", "PE"), ("Sudáfrica", "ZA"), ("République démocratique du Congo", "CD"),
    ("the Netherlands", "NL"), ("Republic of Kenya", "KE"), ("KENYA", "KE"),
])
def test_country_names_in_three_languages_map_to_iso_codes(text: str, code: str) -> None:
    assert country_code(text) == code


def test_country_is_stored_under_the_name_cites_uses() -> None:
    assert validate({"country": "Tanzanie"}, sender="").country == "United Republic of Tanzania"
    assert validate({"country": "vietnam"}, sender="").country == "Viet Nam"
    assert validate({"country": "Ivory Coast"}, sender="").country == "Côte d'Ivoire"


def test_unknown_country_is_an_error_and_kept_as_written() -> None:
    n = validate({**FULL, "country": "Wakanda"}, sender="")
    assert n.country == "Wakanda" and n.country_code is None
    assert ("country", "unknown_country", "error") in codes(n)
    assert not n.complete


def test_non_party_is_a_warning_only() -> None:
    n = validate({**FULL, "country": "Tuvalu", "phone": "+688 20 123"}, sender="j.wanjiru@kws.go.ke")
    assert ("country", "not_a_party", "warning") in codes(n)
    assert n.complete


def test_phone_uses_the_country_as_default_region_and_is_stored_e164() -> None:
    assert validate(FULL, sender="").phone == "+254722123456"


def test_phone_with_00_prefix_is_international() -> None:
    assert validate({**FULL, "phone": "00254 722 123 456"}, sender="").phone == "+254722123456"


def test_invalid_phone_is_an_error_and_kept_as_written() -> None:
    n = validate({**FULL, "phone": "12345"}, sender="")
    assert n.phone == "12345"
    assert ("phone", "invalid_phone", "error") in codes(n)


def test_phone_without_country_takes_the_region_from_the_email_cctld() -> None:
    n = validate({"phone": "77 123 45 67"}, sender="m.diallo@douanes.sn")
    assert n.phone == "+221771234567"


def test_email_domain_is_lower_cased_and_local_part_kept() -> None:
    assert validate(FULL, sender="").email == "J.Wanjiru@kws.go.ke"


def test_invalid_email_is_an_error() -> None:
    n = validate({**FULL, "email": "jane@@kws"}, sender="")
    assert ("email", "invalid_email", "error") in codes(n)


def test_freemail_is_a_warning() -> None:
    n = validate({**FULL, "email": "jane@gmail.com"}, sender="jane@gmail.com")
    assert ("email", "freemail", "warning") in codes(n)
    assert n.complete


def test_email_differing_from_sender_is_information() -> None:
    n = validate(FULL, sender="cites@environment.go.ke")
    assert ("email", "sender_differs", "info") in codes(n)


def test_email_equal_to_sender_ignores_case() -> None:
    n = validate(FULL, sender="j.wanjiru@kws.go.ke")
    assert not any(p.code == "sender_differs" for p in n.problems)


@pytest.mark.parametrize("placeholder", ["N/A", "-", "TBD", "(missing)", "à compléter", "por completar", "(falta)", "  "])
def test_placeholders_count_as_missing(placeholder: str) -> None:
    n = validate({**FULL, "position": placeholder}, sender="")
    assert n.position is None and n.missing == ["position"]


def test_names_keep_accents_and_lose_control_characters() -> None:
    n = validate({**FULL, "name": " Élodie\r\nX\x00 ", "surname": "Lefèvre"}, sender="")
    assert n.name == "Élodie X" and n.surname == "Lefèvre"


def test_missing_lists_empty_fields_in_contract_order() -> None:
    n = validate({"surname": "Wanjiru", "country": "Kenya"}, sender="")
    assert n.missing == ["name", "organization", "position", "phone", "email"]


@pytest.mark.parametrize(("org", "category"), [
    ("Kenya Wildlife Service", "wildlife_authority"), ("Direction générale des Douanes", "customs"),
    ("Dirección General de Aduanas", "customs"), ("Policía Nacional de Colombia", "police"),
    ("Gendarmerie Royale", "police"), ("INTERPOL Environmental Security", "igo"), ("UNODC", "igo"),
    ("Lusaka Agreement Task Force", "igo"), ("World Customs Organization", "igo"), ("Ministry of Finance", "other"),
])
def test_organisation_category_from_keywords(org: str, category: str) -> None:
    assert categorise(org) == category


def test_igo_gets_restricted_access_and_national_authority_full() -> None:
    assert validate({**FULL, "organization": "INTERPOL"}, sender="").access == "restricted"
    assert validate(FULL, sender="").access == "full"


def test_acronym_in_lower_case_is_not_read_as_an_igo() -> None:
    assert categorise("Ministry of Environment, wco liaison desk") == "wildlife_authority"


@pytest.mark.parametrize("fields", [
    FULL,
    {**FULL, "country": "Tanzanie", "phone": "+255 22 286 6376"},
    {**FULL, "phone": "12345", "email": "bad@@x"},
    {**FULL, "country": "Wakanda", "position": "N/A"},
    {"phone": "77 123 45 67"},
])
def test_validate_is_idempotent_on_its_own_output(fields: dict[str, str]) -> None:
    first = validate(dict(fields), sender="m.diallo@douanes.sn")
    again = validate({k: first.value(k) for k in FIELDS}, sender="m.diallo@douanes.sn")
    assert again.to_json() == first.to_json()
