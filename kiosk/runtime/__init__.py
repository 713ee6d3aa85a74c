"""The running kiosk's Qt machinery around the screens: lockdown, Qt log routing,
the systemd watchdog, planned restarts and the purge schedule.
"""
