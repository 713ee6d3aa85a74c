"""Spanish reading-level checks that reward short sentences and count syllables as spoken."""

import pytest

from kiosk.content import readability

RUN_ON = "Tiene fiebre le duele llame hoy"
SPLIT = "Tiene fiebre. Le duele. Llame hoy."


@pytest.mark.parametrize(
    ("word", "count"),
    [
        ("día", 2),  # hiatus: an accented í is a vowel of its own
        ("una", 2),
        ("actúa", 3),
        ("tomografía", 5),
        ("ciudad", 2),  # iu is one diphthong
        ("guía", 2),  # the u after g is silent
        ("que", 1),
        ("hoy", 1),  # a final y closes the diphthong
        ("aéreo", 4),  # two strong vowels meeting: a-é-re-o
        ("pingüino", 3),
        ("radioembolización", 7),
        ("y", 1),
    ],
)
def test_spanish_syllables_are_counted_as_spoken(word, count):
    assert readability.spanish_syllables(word) == count
    assert readability.syllables(word, "es") == count


@pytest.mark.parametrize("formula", [readability.inflesz, readability.fernandez_huerta])
def test_the_same_words_in_more_sentences_score_higher(formula):
    assert formula(SPLIT) > formula(RUN_ON)


def test_short_plain_spanish_is_very_easy_and_long_words_are_not():
    assert readability.inflesz(SPLIT) > 80
    hard = (
        "La quimioembolización transarterial administra quimioterapia directamente "
        "en las arterias hepáticas que irrigan el hepatocarcinoma."
    )
    assert readability.inflesz(hard) < 40
    assert readability.fernandez_huerta(hard) < readability.fernandez_huerta(SPLIT)
