"""One frequency scale for side effects, checked against the numbers in the same item.

The scale (resources/content/README.md, review §2): common = more than 1 in 10,
uncommon = 1 in 100 to 1 in 10, rare = fewer than 1 in 100. A side-effect item
that says "uncommon" and "about 1 in 10" agrees; one that says "rarely" and
"1 in 5" does not, and a patient would believe the word, not the number.

An item's label is its first frequency word ("Rare:", "uncommon", "rara vez",
"poco común", ...). It is checked against the "N in M" / "N de cada M" figures
in the label's own sentence or, when that sentence has none, against the item's
first figure. A figure about a subgroup ("if you also get chemo, about 1 in 5")
therefore belongs in a sentence after one that gives the label its own figure.
"""

import re
from dataclasses import dataclass

# The share of people each label may mean, as a closed range. The edges are
# nudged so that "more than 1 in 10" is common and "1 in 10" is uncommon.
_EDGE = 1e-9
SCALE = {
    "rare": (0.0, 0.01 - _EDGE),
    "uncommon": (0.01, 0.1),
    "common": (0.1 + _EDGE, 1.0),
}
MEANING = {
    "rare": "fewer than 1 in 100",
    "uncommon": "1 in 100 to 1 in 10",
    "common": "more than 1 in 10",
}

# Longest phrases first, so "poco común" is not read as "común", nor
# "uncommon" as "common". Comparatives ("more common") are no label.
_LABELS = {
    "en": [
        ("not common", "uncommon"),
        ("uncommon", "uncommon"),
        ("infrequent", "uncommon"),
        ("rarely", "rare"),
        ("rare", "rare"),
        ("commonly", "common"),
        ("common", "common"),
        ("often", "common"),
        ("frequent", "common"),
    ],
    "es": [
        ("poco común", "uncommon"),
        ("poco comun", "uncommon"),
        ("poco frecuente", "uncommon"),
        ("no es común", "uncommon"),
        ("infrecuente", "uncommon"),
        ("rara vez", "rare"),
        ("muy raro", "rare"),
        ("raro", "rare"),
        ("rara", "rare"),
        ("común", "common"),
        ("frecuente", "common"),
        ("a menudo", "common"),
    ],
}
_COMPARATIVE = re.compile(
    r"\b(more|less|most|más|menos|muy)\s+(common|frequent|común|frecuente)\b", re.IGNORECASE
)
# "fewer than 1 in 100", "about 2 or 3 in 100", "menos de 1 de cada 10", "unas 2 o 3 de cada 100"
_FIGURE = {
    "en": re.compile(
        r"(?:\b(?P<bound>fewer than|less than|under|up to|more than|over)\s+(?:about\s+)?)?"
        r"\b(?P<n>\d+)(?:\s+(?:or|to)\s+(?P<n2>\d+))?\s+in\s+(?P<m>\d+)\b",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"(?:(?P<bound>menos de|más de|hasta)\s+)?"
        r"\b(?P<n>\d+)(?:\s+(?:o|a)\s+(?P<n2>\d+))?\s+de\s+cada\s+(?P<m>\d+)\b",
        re.IGNORECASE,
    ),
}
_BELOW = {"fewer than", "less than", "under", "menos de"}
_AT_MOST = {"up to", "hasta"}
_ABOVE = {"more than", "over", "más de"}
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


@dataclass(frozen=True)
class Contradiction:
    label: str  # the word as written
    figure: str  # the figure as written
    scale: str  # "rare", "uncommon" or "common"

    def __str__(self) -> str:
        return (
            f"{self.label!r} contradicts {self.figure!r}: on the kiosk's scale "
            f"{self.scale} means {MEANING[self.scale]}"
        )


def label(text: str, language: str) -> tuple[str, str, int] | None:
    """(word as written, scale, position) of the text's first frequency word, if any."""
    cleaned = _COMPARATIVE.sub(lambda m: "_" * len(m.group(0)), text)
    best: tuple[str, str, int] | None = None
    for phrase, scale in _LABELS.get(language, []):
        for match in re.finditer(r"\b" + re.escape(phrase) + r"\b", cleaned, re.IGNORECASE):
            if best is None or match.start() < best[2]:
                best = (text[match.start() : match.end()], scale, match.start())
            break
    return best


def figures(text: str, language: str) -> list[tuple[str, float, float]]:
    """Every "N in M" in the text: (as written, lowest share, highest share)."""
    found = []
    pattern = _FIGURE.get(language)
    for match in pattern.finditer(text) if pattern else []:
        n, m = int(match["n"]), int(match["m"])
        if m == 0:
            continue
        low, high = n / m, int(match["n2"] or n) / m
        bound = (match["bound"] or "").lower()
        if bound in _BELOW:
            low, high = 0.0, low - _EDGE
        elif bound in _AT_MOST:
            low = 0.0
        elif bound in _ABOVE:
            low, high = high + _EDGE, 1.0
        found.append((match.group(0).strip(), low, high))
    return found


def contradiction(text: str, language: str) -> Contradiction | None:
    """The item's label and its figure, when they cannot both be true."""
    found = label(text, language)
    if found is None:
        return None
    word, scale, position = found
    label_sentence = next(
        (m.group(0) for m in _SENTENCE.finditer(text) if m.start() <= position < m.end()), text
    )
    candidates = figures(label_sentence, language) or figures(text, language)[:1]
    low, high = SCALE[scale]
    for figure, f_low, f_high in candidates:
        if f_high < low or f_low > high:
            return Contradiction(word, figure, scale)
    return None
