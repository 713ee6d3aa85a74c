#!/usr/bin/env bash
# Install io-kiosk on a dedicated Linux kiosk machine, or update it. Run as root:
#
#     sudo deploy/linux/install.sh [BUNDLE]     BUNDLE: default dist/io-kiosk
#
# Idempotent: running it again with a new build updates /opt/io-kiosk (keeping
# the previous build as /opt/io-kiosk.previous) and never touches the settings
# file, the database or the logs. Of the system packages it installs only the
# speech service (speech-dispatcher and espeak-ng, for the Listen button); the
# rest is in docs/deploy.md ("What the machine needs").
#
#   user kiosk (no password, no login shell)     data: ~kiosk/.local/share/io-kiosk
#   <data>/audit.key, <data>/audit.anchor        the audit log's key and anchor (R26)
#   /opt/io-kiosk/                               the build, owned by root
#   /etc/xdg/io-kiosk/kiosk.toml                 settings (from kiosk.toml.example)
#   /etc/systemd/system/io-kiosk.service         the service, enabled
#   /usr/local/lib/io-kiosk/kiosk-session.sh     cage + the kiosk
#   /usr/local/bin/kiosk                         commands as the kiosk user
#   /etc/pam.d/io-kiosk                          the service's login session
#   /etc/apparmor.d/io-kiosk                     only where user namespaces are restricted
#   /usr/local/share/doc/io-kiosk/               deploy.md, configuration.md
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
BUNDLE=${1:-$REPO/dist/io-kiosk}
KIOSK_USER=kiosk
PREFIX=/opt/io-kiosk
CONFIG=/etc/xdg/io-kiosk/kiosk.toml
UNIT=io-kiosk.service

say() { echo "install: $*"; }
die() { echo "install: $*" >&2; exit 2; }

[[ $(id -u) -eq 0 ]] || die "run as root (sudo $0)"
[[ -x $BUNDLE/io-kiosk ]] || die "no build at $BUNDLE; run 'make package' first"
version=$("$BUNDLE/io-kiosk" --version) || die "$BUNDLE/io-kiosk does not run on this machine"
command -v cage >/dev/null ||
    die "cage is not installed (Debian/Ubuntu: apt-get install cage xwayland; docs/deploy.md)"
command -v systemctl >/dev/null || die "this machine has no systemd"

# The speech service the Listen button talks to (docs/deploy.md "Speech"): a
# separate daemon, started for the kiosk user when a patient first taps Listen.
# Without it the kiosk works and the Listen button stays silent; so not fatal.
SPEECH_PACKAGES="speech-dispatcher speech-dispatcher-espeak-ng espeak-ng"
if command -v apt-get >/dev/null; then
    missing=""
    for p in $SPEECH_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
    if [[ -n $missing ]]; then
        if DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing \
            >/dev/null; then
            say "installed the speech service:$missing"
        else
            say "could not install$missing: the Listen button will stay silent ('kiosk doctor' says so)"
        fi
    fi
else
    say "no apt-get: install speech-dispatcher and espeak-ng for the Listen button (docs/deploy.md)"
fi

# 1. The kiosk user: unprivileged, no password, no shell; its home holds the data.
if ! getent passwd "$KIOSK_USER" >/dev/null; then
    useradd --system --user-group --create-home --home-dir "/home/$KIOSK_USER" \
        --shell /usr/sbin/nologin --comment "io-kiosk" "$KIOSK_USER"
    say "created user $KIOSK_USER"
fi
home=$(getent passwd "$KIOSK_USER" | cut -d: -f6)
data="$home/.local/share/io-kiosk"
install -d -o "$KIOSK_USER" -g "$KIOSK_USER" -m 0700 "$home/.local" "$home/.local/share" "$data"

# The audit log's key and anchor (R26, docs/deploy.md "The audit key"): made
# once, never replaced. The anchor is append-only where the file system
# allows it, so the kiosk's own account cannot shorten it; only root can.
if [[ ! -e $data/audit.key ]]; then
    (umask 077 && od -An -tx1 -N32 /dev/urandom | tr -d ' \n' && echo) >"$data/audit.key"
    chown "$KIOSK_USER:$KIOSK_USER" "$data/audit.key"
    chmod 0600 "$data/audit.key"
    say "made the audit key $data/audit.key: keep a copy with the backups"
fi
if [[ ! -e $data/audit.anchor ]]; then
    install -o "$KIOSK_USER" -g "$KIOSK_USER" -m 0600 /dev/null "$data/audit.anchor"
fi
chattr +a "$data/audit.anchor" 2>/dev/null ||
    say "could not make $data/audit.anchor append-only (chattr +a); the anchor still works"

# 2. The build: copied beside the old one first, swapped in only while the
# service is stopped (a running kiosk must not start helpers of a new build).
rm -rf "$PREFIX.new"
cp -a "$BUNDLE" "$PREFIX.new"
chown -R root:root "$PREFIX.new"
chmod -R u+rwX,go+rX,go-w "$PREFIX.new"
was_active=no
if systemctl is-active --quiet "$UNIT"; then
    was_active=yes
    systemctl stop "$UNIT"
fi
if [[ -d $PREFIX ]]; then
    rm -rf "$PREFIX.previous"
    mv "$PREFIX" "$PREFIX.previous"
fi
mv "$PREFIX.new" "$PREFIX"
say "installed $version in $PREFIX"

# 3. Settings: an example the first time; never overwritten.
if [[ ! -e $CONFIG ]]; then
    install -d -m 0755 "$(dirname "$CONFIG")"
    install -o root -g "$KIOSK_USER" -m 0640 "$HERE/kiosk.toml.example" "$CONFIG"
    say "wrote $CONFIG from the example: set clinic_name and clinic_phone"
fi

# 4. The session, the command wrapper, PAM, the unit and the docs.
install -D -m 0755 "$HERE/kiosk-session.sh" /usr/local/lib/io-kiosk/kiosk-session.sh
install -D -m 0755 "$HERE/kiosk" /usr/local/bin/kiosk
install -D -m 0644 "$HERE/pam-io-kiosk" /etc/pam.d/io-kiosk
install -D -m 0644 "$HERE/io-kiosk.service" "/etc/systemd/system/$UNIT"
for doc in "$REPO/docs/deploy.md" "$REPO/docs/configuration.md"; do
    if [[ -f $doc ]]; then install -D -m 0644 -t /usr/local/share/doc/io-kiosk "$doc"; fi
done

# 5. Ubuntu 23.10+: allow the user namespaces Chromium's sandbox needs.
if [[ $(sysctl -n kernel.apparmor_restrict_unprivileged_userns 2>/dev/null || echo 0) == 1 ]]; then
    install -D -m 0644 "$HERE/apparmor-io-kiosk" /etc/apparmor.d/io-kiosk
    apparmor_parser -r /etc/apparmor.d/io-kiosk
    say "loaded the AppArmor profile io-kiosk (user namespaces for the web sandbox)"
fi

systemctl daemon-reload
systemctl enable --quiet "$UNIT"

# 6. A health check as the kiosk user; it reports, it does not stop the install.
# Outside the session it always warns that there is no display: expected.
status=0
/usr/local/bin/kiosk doctor || status=$?
if [[ $status -ge 2 ]]; then
    say "kiosk doctor found something broken (above): fix it before starting the kiosk"
fi

if [[ $was_active == yes ]]; then
    systemctl start "$UNIT"
    say "restarted $UNIT with the new build"
else
    say "enabled $UNIT: it starts at the next boot, or now with: systemctl start $UNIT"
    say "(it takes over tty1; from a console on tty1, use another one or ssh)"
fi
