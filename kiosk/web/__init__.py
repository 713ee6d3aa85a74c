"""QtWebEngine, locked down: bundled animations only, never the network (R18).

- ``scheme``: the ``kiosk://app/...`` URL scheme that serves resources/animations.
- ``interceptor``: blocks every request that is not for that scheme.
- ``profile``: the one off-the-record profile with both installed.
- ``stage``: ``Stage``, the QML singleton that drives the one stage page.
- ``bridge``: ``PageBridge``, the only object page scripts can reach.
"""
