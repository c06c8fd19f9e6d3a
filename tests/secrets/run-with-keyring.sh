#!/bin/sh
# Runs a test against a real Secret Service: a D-Bus session of its own
# (dbus-run-session) with gnome-keyring-daemon unlocked in it, under a
# temporary home, so nothing touches the tester's keyring. Any missing piece
# (packages gnome-keyring, libsecret-1-0, dbus) fails the test: no skip.
# With --locked first, the keyring is started but never unlocked and no
# login keyring exists: a write needs a prompt, which cannot be shown here.
set -eu
unlock=--unlock
if [ "${1-}" = --locked ]; then
    unlock=--start
    shift
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT INT TERM
HOME="$dir/home"
XDG_DATA_HOME="$HOME/.local/share"
XDG_CONFIG_HOME="$HOME/.config"
XDG_CACHE_HOME="$dir/cache"
XDG_RUNTIME_DIR="$dir/run"
export HOME XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME XDG_RUNTIME_DIR
mkdir -p "$HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
status=0
dbus-run-session -- sh -c '
    unlock=$1
    shift
    printf pw | gnome-keyring-daemon "$unlock" --components=secrets >/dev/null || exit 70
    exec "$@"' keyring "$unlock" "$@" || status=$?
exit "$status"
