"""io-kiosk: a waiting-room kiosk that explains interventional-oncology treatments.

The package is split at one line (see ../shared/DESIGN.md): everything in
``kiosk.content``, ``kiosk.settings`` and the other core modules works without
Qt; ``kiosk.qml``, ``kiosk.web`` and ``kiosk.app`` adapt that core to Qt Quick.
"""

__version__ = "0.1.0"
