"""Blocks every web request that is not for our own app scheme (R18).

The stage page has no reason to touch the network, a file, or another scheme;
anything it tries (fetch, images, links, forms, redirects) is blocked here
and logged with its scheme and host only.
"""

import logging

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWebEngineCore import QWebEngineUrlRequestInfo, QWebEngineUrlRequestInterceptor

from kiosk.web.scheme import HOST, SCHEME

log = logging.getLogger(__name__)


def is_app_url(url: QUrl) -> bool:
    """True only for our own bundled files (``kiosk://app/...``)."""
    return url.scheme() == SCHEME.decode() and url.host() == HOST


class LockdownInterceptor(QWebEngineUrlRequestInterceptor):
    # Emitted with "scheme://host" of each blocked request, for tests and counts.
    blocked = Signal(str)

    def interceptRequest(self, info: QWebEngineUrlRequestInfo) -> None:
        url = info.requestUrl()
        if is_app_url(url) or url.scheme() == "data":
            return
        info.block(True)
        where = f"{url.scheme()}://{url.host()}"
        log.warning("web: blocked a request to %s", where)
        self.blocked.emit(where)
