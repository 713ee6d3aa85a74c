"""The welcome screen comes first; the request database opens right after it (docs/design.md).

Opening the database is no part of the first frame, yet a patient who asks
for a call before it opened still gets "Thank you" only after the commit (R3).
"""

from kiosk import app as kiosk_app
from kiosk.store import DATABASE_NAME, Store
from tests.gui.conftest import close, screen

NUMBER = "2025550143"  # a valid US number shape


def settle_web_engine(built, qtbot) -> None:
    """The first frame starts the web engine; closing before its page is up crashes Qt."""
    qtbot.waitUntil(lambda: built.stage.ready, timeout=30_000)


def test_the_first_frame_is_shown_before_the_database_opens(qapp, qtbot, kiosk_settings):
    database = kiosk_settings.data_dir / DATABASE_NAME
    kiosk_app.load_fonts()
    built = kiosk_app.build(kiosk_settings, kiosk_mode=False)
    try:
        # The welcome screen is loaded and ready to show; the database is untouched.
        assert screen(built) == "attract"  # the welcome screen
        assert not built.database.tried
        assert not database.exists()

        with (
            qtbot.waitSignal(built.database.opened, timeout=30_000),
            qtbot.waitSignal(built.first_frame.shown, timeout=30_000),
        ):
            built.window.show()

        assert database.exists()
        assert built.store is not None
        assert built.callback_form.property("available")
        assert built.purge is not None  # the daily purge is scheduled once the store is open
        settle_web_engine(built, qtbot)
    finally:
        close(built)


def test_a_request_before_the_database_opened_is_saved_durably(qapp, qtbot, kiosk_settings):
    kiosk_app.load_fonts()
    built = kiosk_app.build(kiosk_settings, kiosk_mode=False)
    try:
        assert not built.database.tried
        form = built.callback_form
        form.start("y90")
        for digit in NUMBER:
            form.pressDigit(digit)
        assert form.checkPhone()
        form.setConsent(True)

        assert form.submit(), "the request was not saved"

        # Committed: another connection to the file sees it.
        other = Store.open(kiosk_settings.data_dir / DATABASE_NAME)
        try:
            (row,) = other.requests()
            assert row["phone_e164"] == "+1" + NUMBER
            assert "y90" in str(row["topics"])
        finally:
            other.close()
        # The first frame then finds the database open and opens nothing twice.
        with qtbot.waitSignal(built.first_frame.shown, timeout=30_000):
            built.window.show()
        assert len(built.store.requests()) == 1
        settle_web_engine(built, qtbot)
    finally:
        close(built)
