"""GUI fixtures: the real QML screens, built by the real composition root, offscreen."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, QUrl
from PySide6.QtQml import QQmlComponent
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from kiosk import app as kiosk_app
from kiosk import callbacks, settings


@pytest.fixture
def kiosk_settings(tmp_path) -> settings.Settings:
    """Default settings with a private data dir (tests/gui/test_idle.py shortens the idle time)."""
    loaded = settings.load(env={"KIOSK_DATA_DIR": str(tmp_path / "data")})
    return loaded.settings


@pytest.fixture
def kiosk(qapp, qtbot, kiosk_settings) -> Iterator[kiosk_app.KioskApp]:
    kiosk_app.load_fonts()
    built = kiosk_app.build(kiosk_settings, kiosk_mode=False)
    built.window.show()
    qtbot.waitExposed(built.window)
    yield built
    close(built)


def close(built: kiosk_app.KioskApp) -> None:
    """Shut the kiosk down and delete its engine now, with every timer in it.

    ``shutdown`` leaves the engine to ``deleteLater``, which only a running
    event loop carries out: left pending, the purge schedule's one-minute
    timer of a long-finished test fired into its closed database and logged
    an error inside whichever test was running a minute later.
    """
    built.shutdown()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def find_item(window: QQuickWindow, name: str) -> QQuickItem | None:
    """The visible item with this objectName, searched through the visual tree."""

    def walk(item: QQuickItem) -> QQuickItem | None:
        for child in item.childItems():
            if child.objectName() == name and child.isVisible():
                return child
            if child.objectName() == "animationView":
                # WORKAROUND: the web view's internal items crash shiboken when
                # wrapped (the same PySide issue as in kiosk/app.py); nothing of
                # ours is inside it.
                continue
            found = walk(child)
            if found is not None:
                return found
        return None

    return walk(window.contentItem())


def item(window: QQuickWindow, name: str) -> QQuickItem:
    found = find_item(window, name)
    assert found is not None, f"no visible item named {name!r}"
    return found


def tap(window: QQuickWindow, name: str) -> None:
    """A touch-like click in the middle of the named item, as a patient would tap."""
    target = item(window, name)
    centre = target.mapToScene(QPointF(target.width() / 2, target.height() / 2)).toPoint()
    QTest.mouseClick(window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)


def settle(window: QQuickWindow, qtbot) -> None:
    """Let one frame go by: positioners place what just appeared before a frame,
    so a tap right after a page change lands where a finger would."""
    with qtbot.waitSignal(window.frameSwapped, timeout=3000):
        window.update()


def screen(kiosk: kiosk_app.KioskApp) -> str:
    return kiosk.window.property("currentScreen")


def text(window: QQuickWindow, name: str) -> str:
    return item(window, name).property("text")


@pytest.fixture
def theme(kiosk):
    """The ui module's Theme singleton, as QML sees it (colours, sizes)."""
    component = QQmlComponent(kiosk.engine)
    component.setData(b"import QtQuick\nimport ui\nQtObject { property var t: Theme }", QUrl())
    holder = component.create()
    assert holder is not None, component.errorString()
    yield holder.property("t")
    del holder


def save_waiting_request(store, topics=("y90",)) -> str:
    """One new request from Ana at (202) 555-0143, as the form saves it; its id."""
    return store.save_request(
        callbacks.new_request(
            phone_e164="+12025550143",
            first_name="Ana",
            best_time="morning",
            language="es",
            topics=tuple(topics),
            consent=callbacks.record_consent("text", "v1", "test-kiosk"),
        )
    )
