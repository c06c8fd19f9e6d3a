#!/bin/sh
# Runs a test on a D-Bus session bus of its own (dbus-run-session), so a
# test can own org.freedesktop.Notifications without touching the desktop's.
# A missing dbus-run-session (package dbus) fails the test: no skip.
set -eu
unset DISPLAY WAYLAND_DISPLAY
exec dbus-run-session -- "$@"
