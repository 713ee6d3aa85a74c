"""The ``kiosk`` command: one module per group of sub-commands, one set of exit codes."""
