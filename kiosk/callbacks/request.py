"""A patient's call-back request, ready to store: one frozen value, checked once.

The form's adapter validates the phone number and name as they are typed
(``validate_phone``, ``validate_name``) and builds the request with
``new_request``, which checks the remaining fields. Error messages name the
field, never its value: a mixed-up argument could otherwise put a phone
number into a log (R11).
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from kiosk.callbacks.consent import Consent
from kiosk.callbacks.name import validate_name
from kiosk.callbacks.phone import mask

BEST_TIMES = ("morning", "afternoon", "evening", "any")

MAX_TOPICS = 10

_E164 = re.compile(r"\+[1-9][0-9]{6,14}")
_LANGUAGE = re.compile(r"[a-z]{2,3}")
# Procedure ids as in the content packs ("y90", "tace", "ablation").
_TOPIC = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")


@dataclass(frozen=True, repr=False)
class CallbackRequest:
    """Everything the front desk needs to call a patient back, and the consent to do so."""

    phone_e164: str
    first_name: str | None
    best_time: str  # one of BEST_TIMES
    language: str  # the language the patient used: "en", "es"
    topics: tuple[str, ...]  # procedure ids; empty means a general question
    consent: Consent

    def __repr__(self) -> str:
        # Neither the number nor the name: requests end up in tracebacks (R11).
        name = None if self.first_name is None else "\u2022\u2022\u2022"
        return (
            f"CallbackRequest(phone_e164={mask(self.phone_e164)!r}, first_name={name!r}, "
            f"best_time={self.best_time!r}, language={self.language!r}, "
            f"topics={self.topics!r}, consent={self.consent!r})"
        )


def new_request(
    *,
    phone_e164: str,
    first_name: str | None,
    best_time: str,
    language: str,
    topics: Iterable[str] = (),
    consent: Consent,
) -> CallbackRequest:
    """Build a request from the form's fields, checking each one.

    Args:
        phone_e164: the ``e164`` of a ``PhoneCheck`` that was ``ok``.
        first_name: the name as typed (it is validated and tidied again
            here), or None / empty when the patient gave none.
        best_time: one of ``BEST_TIMES``.
        language: the patient's language code, e.g. ``"es"``.
        topics: procedure ids the patient asked about; duplicates are
            dropped, order kept; none means a general question.
        consent: the ``Consent`` recorded when the patient ticked the box.

    Returns:
        The frozen request, ready for ``Store.save_request``.

    Raises:
        ValueError: naming the first field that is wrong (never its value).
    """
    if not isinstance(phone_e164, str) or not _E164.fullmatch(phone_e164):
        raise ValueError("phone_e164 is not an E.164 number; pass PhoneCheck.e164")
    name = validate_name(first_name or "")
    if not name.ok:
        raise ValueError(f"first_name is not acceptable: {name.problem}")
    if best_time not in BEST_TIMES:
        raise ValueError(f"best_time must be one of {', '.join(BEST_TIMES)}")
    if not isinstance(language, str) or not _LANGUAGE.fullmatch(language):
        raise ValueError("language must be a lower-case language code such as 'en'")
    chosen = tuple(dict.fromkeys(topics))
    if len(chosen) > MAX_TOPICS:
        raise ValueError(f"topics: at most {MAX_TOPICS}")
    if not all(isinstance(t, str) and _TOPIC.fullmatch(t) for t in chosen):
        raise ValueError("topics must be procedure ids such as 'y90'")
    if not isinstance(consent, Consent):
        raise ValueError("consent must be a Consent from record_consent (R13)")
    return CallbackRequest(
        phone_e164=phone_e164,
        first_name=name.value,
        best_time=best_time,
        language=language,
        topics=chosen,
        consent=consent,
    )
