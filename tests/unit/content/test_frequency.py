"""The frequency scale: common > 1 in 10, uncommon 1 in 100 to 1 in 10, rare < 1 in 100."""

import pytest

from kiosk.content import frequency


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Uncommon: it happens in about 1 in 10 people.", "en"),
        ("Rare: this happens in fewer than 1 in 100 people.", "en"),
        ("Uncommon: fewer than 1 in 20 people.", "en"),
        ("Common: about 1 in 4 people.", "en"),
        ("Kidney, uncommon: about 2 or 3 in 100 people.", "en"),
        ("Lung: up to about 1 in 7 people need a tube. Bleeding in the lung is uncommon.", "en"),
        (
            "Uncommon: it can harm healthy liver, in up to 4 in 100 people. "
            "With chemo, the risk is higher: about 1 in 5 people.",
            "en",
        ),
        ("The risk is more common with chemo: 1 in 5 people.", "en"),
        ("Poco común: pasa en menos de 1 de cada 10 personas.", "es"),
        ("Rara vez: pasa en menos de 1 de cada 100 personas.", "es"),
        ("Es frecuente: 1 de cada 3 personas.", "es"),
        ("No dice cuántas personas.", "es"),
    ],
)
def test_words_that_agree_with_their_numbers_pass(text, language):
    assert frequency.contradiction(text, language) is None


@pytest.mark.parametrize(
    ("text", "language", "word", "figure"),
    [
        (
            "Rarely, it harms the liver. It happens in about 1 in 5 people.",
            "en",
            "Rarely",
            "1 in 5",
        ),
        ("Uncommon: about 1 in 3 people.", "en", "Uncommon", "1 in 3"),
        ("This is common: fewer than 1 in 100 people.", "en", "common", "fewer than 1 in 100"),
        ("Rare: more than 1 in 10 people.", "en", "Rare", "more than 1 in 10"),
        ("Rara vez: pasa en 1 de cada 5 personas.", "es", "Rara vez", "1 de cada 5"),
        ("Poco común: 1 de cada 3 personas.", "es", "Poco común", "1 de cada 3"),
        ("Es frecuente: menos de 1 de cada 100.", "es", "frecuente", "menos de 1 de cada 100"),
    ],
)
def test_a_word_that_contradicts_its_number_is_caught(text, language, word, figure):
    found = frequency.contradiction(text, language)
    assert found is not None
    assert (found.label, found.figure) == (word, figure)


def test_uncommon_is_not_read_as_common_nor_poco_comun_as_comun():
    assert frequency.label("Uncommon: x", "en")[1] == "uncommon"
    assert frequency.label("Poco común: x", "es")[1] == "uncommon"
