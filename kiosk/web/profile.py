"""The one web profile: off the record, our scheme installed, everything else blocked."""

import logging
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QByteArray
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInterceptor, QWebEngineUrlSchemeHandler
from PySide6.QtWebEngineQuick import QQuickWebEngineDownloadRequest, QQuickWebEngineProfile

from kiosk.web.interceptor import LockdownInterceptor
from kiosk.web.scheme import CONTENT_SECURITY_POLICY, SCHEME, AppSchemeHandler

log = logging.getLogger(__name__)


class _Profile(Protocol):
    """What QQuickWebEngineProfile (the app) and QWebEngineProfile (page tests) share."""

    def installUrlSchemeHandler(
        self, scheme: QByteArray | bytes, handler: QWebEngineUrlSchemeHandler
    ) -> None: ...

    def setUrlRequestInterceptor(self, interceptor: QWebEngineUrlRequestInterceptor) -> None: ...

    def urlSchemeHandler(
        self, scheme: QByteArray | bytes
    ) -> QWebEngineUrlSchemeHandler | None: ...


def lock_down(
    profile: _Profile, animations_dir: Path, csp: str = CONTENT_SECURITY_POLICY
) -> LockdownInterceptor:
    """Serve ``kiosk://app/`` from ``animations_dir`` and block every other request."""
    if profile.urlSchemeHandler(SCHEME) is None:  # a profile takes one handler per scheme
        handler = AppSchemeHandler(animations_dir, profile, csp)  # type: ignore[arg-type]
        profile.installUrlSchemeHandler(SCHEME, handler)
    interceptor = LockdownInterceptor(profile)  # type: ignore[arg-type]
    profile.setUrlRequestInterceptor(interceptor)
    return interceptor


def _refuse_download(download: QQuickWebEngineDownloadRequest) -> None:
    log.warning("web: refused a download")
    download.cancel()


def prepare_default_profile(animations_dir: Path) -> QQuickWebEngineProfile:
    """Lock down the profile every QML web view uses unless told otherwise.

    The kiosk has exactly one web view and gives it no profile of its own, so
    it uses this one. In Qt 6 the default profile is off the record: no
    cookies, cache, history or local storage survive, and nothing of one
    patient's visit is written to disk (R11). Calling this starts the web
    engine, so the kiosk calls it only after its first frame.
    """
    profile = QQuickWebEngineProfile.defaultProfile()
    if not profile.isOffTheRecord():
        raise RuntimeError("the web profile must be off the record")
    profile.setSpellCheckEnabled(False)
    lock_down(profile, animations_dir)
    profile.downloadRequested.connect(_refuse_download)
    return profile
