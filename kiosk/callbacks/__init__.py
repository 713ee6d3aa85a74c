"""Call-back requests: validate what a patient typed and record their consent (Qt-free).

``validate_phone`` and ``validate_name`` give the form a reason code for
every refusal; ``record_consent`` and ``new_request`` build the frozen
``CallbackRequest`` that ``kiosk.store`` saves. Nothing here prints, logs or
reprs a phone number (R11).
"""

from kiosk.callbacks.consent import Consent, record_consent
from kiosk.callbacks.name import MAX_LENGTH as MAX_NAME_LENGTH
from kiosk.callbacks.name import NameCheck, validate_name
from kiosk.callbacks.phone import (
    PhoneCheck,
    accepted_regions,
    calling_codes,
    format_as_typed,
    mask,
    national_format,
    validate_phone,
)
from kiosk.callbacks.request import BEST_TIMES, CallbackRequest, new_request

__all__ = [
    "BEST_TIMES",
    "MAX_NAME_LENGTH",
    "CallbackRequest",
    "Consent",
    "NameCheck",
    "PhoneCheck",
    "accepted_regions",
    "calling_codes",
    "format_as_typed",
    "mask",
    "national_format",
    "new_request",
    "record_consent",
    "validate_name",
    "validate_phone",
]
