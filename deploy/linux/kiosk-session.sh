#!/bin/sh
# The kiosk's whole session: the cage Wayland kiosk compositor showing io-kiosk.
# Run by io-kiosk.service as the kiosk user on tty1 (installed as
# /usr/local/lib/io-kiosk/kiosk-session.sh). When the kiosk exits, for a crash
# or a planned restart (restart_hour, memory_limit_mb), cage exits too and
# systemd starts both again.
set -eu

BUNDLE=/opt/io-kiosk

# Qt speaks Wayland to cage (not X11 through cage's Xwayland), with no window
# decorations; Qt and Chromium want a UTF-8 locale, which a service lacks.
export QT_QPA_PLATFORM=wayland
export QT_WAYLAND_DISABLE_WINDOWDECORATION=1
export LANG="${LANG:-C.UTF-8}"

# systemd addresses its watchdog to the service's main process, cage, and
# says so in WATCHDOG_PID. The pings must come from the kiosk's UI thread (only
# it knows whether the UI still runs; NotifyAccess=all lets them through), and
# the kiosk ignores a watchdog whose WATCHDOG_PID is not its own. So: unset.
unset WATCHDOG_PID

# No -s: switching virtual terminals (Ctrl+Alt+F1...) stays off.
# -d: no client-side window decorations.
exec cage -d -- "$BUNDLE/io-kiosk" run
