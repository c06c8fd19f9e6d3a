#!/bin/sh
# Peak memory and time of `usage-session-cli list --all` over a generated
# subscription, for one or more builds of the CLI run in turn (so that a
# before and an after share the machine's moods):
#
#   bench/cli/bench-cli-list-all.sh EMULATOR COUNT FORMAT RUNS CLI...
#   bench/cli/bench-cli-list-all.sh build/release/emulator/usage-session-emulator \
#       1000000 json 3 build-before/cli/usage-session-cli build/release/cli/usage-session-cli
#
# Prints one line a run: the CLI, its exit code, peak RSS (MB), wall and
# CPU seconds, and the bytes it wrote. Needs /usr/bin/time (GNU time).
set -eu
if [ $# -lt 5 ]; then
    sed -n '2,12p' "$0" >&2
    exit 2
fi
emulator=$1 count=$2 format=$3 runs=$4
shift 4
subscription=SUB-BENCH-CLI
work=$(mktemp -d)
trap 'kill "$emulator_pid" 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM

: > "$work/emulator.out"
"$emulator" --port 0 --generate "$subscription:$count" > "$work/emulator.out" 2>&1 &
emulator_pid=$!
while ! grep -q '^listening on ' "$work/emulator.out"; do
    kill -0 "$emulator_pid" 2>/dev/null || { cat "$work/emulator.out" >&2; exit 1; }
    sleep 1
done
BILLFORWARD_BASE_URL=$(sed -n 's/^listening on //p' "$work/emulator.out")
BILLFORWARD_ACCESS_TOKEN=unused
export BILLFORWARD_BASE_URL BILLFORWARD_ACCESS_TOKEN

echo "sessions=$count format=$format"
echo "cli exit peak_rss_mb wall_s cpu_s bytes"
run=1
while [ "$run" -le "$runs" ]; do
    for cli in "$@"; do
        bytes=$( { /usr/bin/time -o "$work/time" -f '%x %M %e %U %S' \
                     "$cli" list "$subscription" --all --format "$format" --timeout 300; } | wc -c)
        read -r code rss wall user sys < "$work/time"
        awk -v cli="$cli" -v code="$code" -v rss="$rss" -v wall="$wall" -v cpu="$user+$sys" -v bytes="$bytes" \
            'BEGIN { split(cpu, c, "+"); printf "%s %s %.1f %s %.2f %s\n", cli, code, rss / 1024, wall, c[1] + c[2], bytes }'
    done
    run=$((run + 1))
done
