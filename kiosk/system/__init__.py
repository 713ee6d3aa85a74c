"""Qt-free helpers that talk to the operating system: logs, systemd, uptime, memory, safety."""
