"""``CallbackForm``: the patient's "please call me" request, as typed on screen.

The number and name live here, in Python, never in a QML text field: the
on-screen keypad and keyboard send single keys, this adapter validates and
formats, and ``submit`` hands a checked request to the store. Thank you is
only shown when ``submit`` returned True, i.e. after the commit (R3, R6).
Everything is wiped by ``clear``: on submit, on "Start over", on the idle
timeout and on a language change (R10). Nothing here logs a number (R11).
"""

import logging

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton, QQmlEngine

from kiosk import callbacks
from kiosk.content import ConsentText
from kiosk.qml import (  # noqa: F401  (read by @QmlElement)
    QML_IMPORT_MAJOR_VERSION,
    QML_IMPORT_NAME,
    QStringList,
    QVariantList,
    owned_by,
)
from kiosk.qml.store_handle import StoreHandle
from kiosk.qml.usage import Usage
from kiosk.settings import Settings
from kiosk.store import StoreError

log = logging.getLogger(__name__)

MAX_DIGITS = 15  # E.164 allows at most 15 digits
# Typing stops a little past the longest name the check accepts, so a patient
# who types on sees the "too long" message rather than keys that do nothing.
MAX_NAME = callbacks.MAX_NAME_LENGTH + 10


@QmlElement
@QmlSingleton
class CallbackForm(QObject):
    phoneChanged = Signal()
    nameChanged = Signal()
    choicesChanged = Signal()
    consentTextChanged = Signal()
    cleared = Signal()
    saved = Signal()  # a request was committed: the sync worker may send it now

    @staticmethod
    def create(engine: QQmlEngine) -> "CallbackForm":
        """QML's hook: this engine's instance, made by the composition root."""
        return owned_by(engine, CallbackForm)

    def __init__(
        self,
        store: StoreHandle,
        usage: Usage,
        settings: Settings,
        consents: dict[str, ConsentText],
        language: str,
        parent: QObject | None = None,
    ) -> None:
        """
        Args:
            store: where requests are saved; its store is None when the database
                could not be opened safely, and then the form is not offered (R2).
            usage: counts forms started and requests sent (anonymously).
            settings: clinic name, region, kiosk id, texts and retention.
            consents: the consent wording of each language's content pack.
            language: the patient's language now.
        """
        super().__init__(parent)
        self._handle = store
        store.opened.connect(self.consentTextChanged)  # ``available`` may have changed
        self._usage = usage
        self._settings = settings
        self._consents = consents
        self._language = language
        self._reset_fields()

    def _reset_fields(self) -> None:
        self._digits = ""
        self._phone_problem = ""
        self._name = ""
        self._name_problem = ""
        self._best_time = "any"
        self._topics: list[str] = []
        self._contact_language = self._language
        self._consent = False

    # --- state for QML -------------------------------------------------------

    @Property(bool, notify=consentTextChanged)
    def available(self) -> bool:
        """False when requests cannot be stored safely, or this language has no consent
        wording to agree to: the screen then sends patients to the front desk."""
        return self._handle.store is not None and self._language in self._consents

    @Property(str, notify=phoneChanged)
    def phoneDisplay(self) -> str:
        return callbacks.format_as_typed(self._digits, self._settings.clinic_region)

    @Property(str, constant=True)
    def acceptedCodes(self) -> str:
        """The calling codes accepted, for the "which numbers" message: "+1", "+52 / +1"."""
        region = self._settings.clinic_region
        codes = callbacks.calling_codes(
            [region, *sorted(callbacks.accepted_regions(region, self._settings.accepted_regions))]
        )
        return " / ".join(codes)

    @Property(QStringList, constant=True)
    def bestTimes(self) -> list[str]:
        """The best-time choices, in the order the form shows them."""
        return list(callbacks.BEST_TIMES)

    @Property(int, constant=True)
    def nameMaxLength(self) -> int:
        """The longest first name accepted, for the "too long" message."""
        return callbacks.MAX_NAME_LENGTH

    @Property(str, notify=phoneChanged)
    def phoneProblem(self) -> str:
        return self._phone_problem

    @Property(str, notify=nameChanged)
    def name(self) -> str:
        return self._name

    @Property(str, notify=nameChanged)
    def nameProblem(self) -> str:
        return self._name_problem

    @Property(str, notify=choicesChanged)
    def bestTime(self) -> str:
        return self._best_time

    @Property(QVariantList, notify=choicesChanged)
    def topics(self) -> list[str]:
        return list(self._topics)

    @Property(str, notify=choicesChanged)
    def contactLanguage(self) -> str:
        return self._contact_language

    @Property(bool, notify=choicesChanged)
    def consentGiven(self) -> bool:
        return self._consent

    @Property(str, notify=consentTextChanged)
    def consentText(self) -> str:
        return self._consent_text()

    def _consent_text(self) -> str:
        """The consent box's words in the current language; the record's hash covers them."""
        consent = self._consents.get(self._language)
        if consent is None:
            return ""
        return consent.checkbox_for(self._settings.clinic_name, self._settings.texts_enabled)

    @Property(str, notify=consentTextChanged)
    def privacyText(self) -> str:
        return self._privacy_text()

    def _privacy_text(self) -> str:
        """The privacy note under the box, its numbers from the settings that keep them (R12)."""
        consent = self._consents.get(self._language)
        if consent is None:
            return ""
        s = self._settings
        return consent.privacy_for(
            s.retention_days,
            max_days=s.retention_max_days,
            tries=s.close_after_not_reached,
            wait_days=s.close_after_days,
        )

    @Property(str, notify=phoneChanged)
    def reviewPhone(self) -> str:
        """The number as the patient will hear it read back, once it is valid."""
        check = self._check_phone()
        if not check.ok or check.e164 is None:
            return ""
        return callbacks.national_format(check.e164, self._settings.clinic_region)

    def _check_phone(self) -> callbacks.PhoneCheck:
        s = self._settings
        return callbacks.validate_phone(self._digits, s.clinic_region, s.accepted_regions)

    # --- keys and choices ------------------------------------------------------

    @Slot(str)
    def start(self, topic: str) -> None:
        """A patient opened the form, maybe from a topic's screen (pre-picks it)."""
        self.clear()
        if topic:
            self._topics = [topic]
            self.choicesChanged.emit()
        self._usage.count("form_started", topic)

    @Slot(str)
    def pressDigit(self, digit: str) -> None:
        if digit.isdigit() and len(digit) == 1 and len(self._digits) < MAX_DIGITS:
            self._digits += digit
            self._phone_problem = ""
            self.phoneChanged.emit()

    @Slot()
    def deleteDigit(self) -> None:
        if self._digits:
            self._digits = self._digits[:-1]
            self._phone_problem = ""
            self.phoneChanged.emit()

    @Slot(result=bool)
    def checkPhone(self) -> bool:
        """Validate the number; on refusal ``phoneProblem`` says why (a reason code)."""
        check = self._check_phone()
        self._phone_problem = check.problem or ""
        self.phoneChanged.emit()
        return check.ok

    @Slot(str)
    def typeText(self, text: str) -> None:
        if len(self._name) + len(text) <= MAX_NAME:
            self._name += text
            self._name_problem = ""
            self.nameChanged.emit()

    @Slot()
    def deleteChar(self) -> None:
        if self._name:
            self._name = self._name[:-1]
            self._name_problem = ""
            self.nameChanged.emit()

    @Slot(result=bool)
    def checkName(self) -> bool:
        check = callbacks.validate_name(self._name)
        self._name_problem = check.problem or ""
        self.nameChanged.emit()
        return check.ok

    @Slot(str)
    def setBestTime(self, value: str) -> None:
        if value in callbacks.BEST_TIMES:
            self._best_time = value
            self.choicesChanged.emit()

    @Slot(str)
    def toggleTopic(self, topic: str) -> None:
        if topic in self._topics:
            self._topics.remove(topic)
        else:
            self._topics.append(topic)
        self.choicesChanged.emit()

    @Slot(str)
    def setContactLanguage(self, language: str) -> None:
        self._contact_language = language
        self.choicesChanged.emit()

    @Slot(bool)
    def setConsent(self, given: bool) -> None:
        self._consent = given
        self.choicesChanged.emit()

    # --- the request -------------------------------------------------------------

    @Slot(result=bool)
    def submit(self) -> bool:
        """Save the request durably; True only after the commit returned.

        False means nothing was stored (the screen then sends the patient to
        the front desk). The form is wiped either way.
        """
        store = self._handle.store
        if store is None or not self._consent:
            return False
        phone = self._check_phone()
        name = callbacks.validate_name(self._name)
        consent = self._consents.get(self._language)
        if not phone.ok or phone.e164 is None or not name.ok or consent is None:
            return False
        try:
            request = callbacks.new_request(
                phone_e164=phone.e164,
                first_name=name.value,
                best_time=self._best_time,
                language=self._contact_language,
                topics=self._topics,
                # The hash covers the box and the privacy note: both are what was agreed to.
                consent=callbacks.record_consent(
                    self._consent_text() + "\n" + self._privacy_text(),
                    consent.version,
                    self._settings.kiosk_id,
                ),
            )
            request_id = store.save_request(request)
        except (StoreError, ValueError) as exc:
            log.error("callback: request NOT saved, patient sent to the front desk: %s", exc)
            self.clear()
            return False
        log.info("callback: request %s saved", request_id)
        self._usage.count("request_sent", ",".join(request.topics))
        self.clear()
        self.saved.emit()
        return True

    @Slot()
    def clear(self) -> None:
        """Forget everything typed or chosen (R10)."""
        self._reset_fields()
        for signal in (self.phoneChanged, self.nameChanged, self.choicesChanged):
            signal.emit()
        self.cleared.emit()

    def set_language(self, language: str) -> None:
        """The patient switched language: new consent wording, and the form starts over."""
        self._language = language
        self.clear()
        self.consentTextChanged.emit()
