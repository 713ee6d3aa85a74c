"""The running kiosk's Qt machinery around the screens: first frame, lockdown, Qt log
routing, the systemd watchdog, planned restarts, the purge schedule and the self-test.
"""
