"""Fictional call-back requests for staff training and trying a target (`kiosk demo-requests`).

Each one goes through exactly the form's save path: ``validate_phone``,
``record_consent`` with the consent wording of a content pack,
``new_request`` and ``Store.save_request`` (so sealing, once configured,
applies too). The numbers come from the 555-0100 to 555-0199 range that
North American numbering keeps for fiction; every request gets one
"demo_request" audit row with its id, so it can be told from a patient's.
"""

from __future__ import annotations

import random

from kiosk import callbacks, paths
from kiosk.content import load_offered
from kiosk.settings import Settings
from kiosk.staff.audit import Audit
from kiosk.store import Store

MAX_COUNT = 100  # one per fictional number
AREA_CODE = "212"
FIRST_NAMES = ("Ana", "Luis", "Maria", "John", "Grace", "Tomas", "Rosa", "Sam", None)


def demo_numbers(count: int) -> list[str]:
    """``count`` distinct E.164 numbers from 555-0100..0199."""
    if not 1 <= count <= MAX_COUNT:
        raise ValueError(f"the number of demo requests must be 1 to {MAX_COUNT}")
    numbers = []
    for n in range(count):
        check = callbacks.validate_phone(f"{AREA_CODE}555{100 + n:04d}", "US")
        assert check.ok and check.e164 is not None  # the range is valid by construction
        numbers.append(check.e164)
    return numbers


def save_demo_requests(
    store: Store,
    audit: Audit,
    settings: Settings,
    count: int,
    *,
    actor: str,
    rng: random.Random | None = None,
) -> list[str]:
    """Save ``count`` fictional requests as the form would; their ids, in save order.

    Raises:
        ValueError: ``count`` out of range, or no language with consent wording.
        StoreUnavailable: a request could not be saved (those before it were).
    """
    rng = rng or random.Random()
    numbers = demo_numbers(count)
    packs = load_offered(settings.content_dir, settings.languages, paths.animations_dir()).packs
    languages = [code for code, pack in packs.items() if pack.consent is not None]
    if not languages:
        raise ValueError("no content pack has consent wording; the form could not be used")
    saved = []
    for number in numbers:
        language = rng.choice(languages)
        pack = packs[language]
        consent = pack.consent
        assert consent is not None
        topics = rng.sample([p.id for p in pack.procedures], k=rng.randint(0, 2))
        request = callbacks.new_request(
            phone_e164=number,
            first_name=rng.choice(FIRST_NAMES),
            best_time=rng.choice(callbacks.BEST_TIMES),
            language=language,
            topics=topics,
            consent=callbacks.record_consent(
                consent.checkbox_for(settings.clinic_name, settings.texts_enabled),
                consent.version,
                settings.kiosk_id,
            ),
        )
        request_id = store.save_request(request)
        audit.record("demo_request", actor, {"request_id": request_id})
        saved.append(request_id)
    return saved
