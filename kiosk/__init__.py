"""io-kiosk: a waiting-room kiosk that explains interventional-oncology treatments.

The package is split at one line (docs/design.md): the core (``content``,
``callbacks``, ``store``, ``staff``, ``export``, ``system``, ``cli``, ``settings``)
works without Qt, and an import contract in pyproject.toml keeps it so;
``app``, ``runtime``, ``qml`` and ``web`` adapt that core to Qt Quick. ``R<n>`` in
comments and tests names a promise in docs/reliability.md.
"""

__version__ = "0.1.0"
