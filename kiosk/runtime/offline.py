"""The QML engine's network access: nothing but the app's own files (R24).

QML text is always plain (ui/components), so no text from data can ask for
an image. This is the second wall: every URL the QML engine would fetch over
a network (``http:``, ``https:``, ``ftp:``, ...) is refused and logged, so a
mistake in a screen can never make the kiosk reach out. Bundled files
(``file:``, ``qrc:``) are read by the engine without a network manager; the
web view has its own interceptor (``kiosk.web.interceptor``).
"""

import logging

from PySide6.QtCore import QIODevice, QObject, QUrl
from PySide6.QtNetwork import QNetworkAccessManager, QNetworkReply, QNetworkRequest
from PySide6.QtQml import QQmlNetworkAccessManagerFactory

log = logging.getLogger(__name__)

ALLOWED_SCHEMES = frozenset({"file", "qrc", "data"})


class OfflineNetworkAccessManager(QNetworkAccessManager):
    """Answers every request for a URL that is not the app's own with an error, at once."""

    def createRequest(
        self,
        op: QNetworkAccessManager.Operation,
        request: QNetworkRequest,
        outgoing_data: QIODevice | None = None,
    ) -> QNetworkReply:
        url = request.url()
        if url.scheme().lower() not in ALLOWED_SCHEMES:
            # Scheme and host only: the rest of a URL could hold anything.
            log.warning("network: refused a %s request to %r", url.scheme(), url.host())
            request = QNetworkRequest(QUrl())  # no scheme: the reply fails at once
        return super().createRequest(op, request, outgoing_data)


class OfflineNetwork(QQmlNetworkAccessManagerFactory):
    """Hands the QML engine (and each of its loader threads) an offline manager."""

    def create(self, parent: QObject) -> QNetworkAccessManager:
        return OfflineNetworkAccessManager(parent)


# One for the process: it holds no state, and it must outlive every engine it
# is given (an engine does not own its factory, and is deleted later than the
# Python objects around it).
FACTORY = OfflineNetwork()
