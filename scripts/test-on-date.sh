#!/usr/bin/env bash
# Runs the whole test suite (or the tests named in extra Maven arguments) with the system clock of Maven, the test JVM
# and the embedded PostgreSQL faked to start at DATE, with Debian's libfaketime: no test may depend on the
# real date, the time zone's switches or test order (issue 9, section 8).
# Usage: scripts/test-on-date.sh DATE [maven arguments...]
#   DATE is anything `date -d` reads, e.g.
#     scripts/test-on-date.sh 'TZ="Europe/Amsterdam" 2027-12-31 23:30'       # year end in Dutch time
#     scripts/test-on-date.sh 'TZ="Europe/Amsterdam" 2027-03-28 01:30'       # DST starts at 02:00, Easter Sunday
#     scripts/test-on-date.sh '2028-02-29 12:00 UTC' -Dit.test='FollowUpTracksIT' -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
# Needs `apt-get install faketime libfaketime` and the dependencies already in ~/.m2 (run ./mvnw verify once): Maven
# runs offline, because with a faked date HTTPS certificates can look expired or not yet valid.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { sed -n '5,11p' "$0" >&2; exit 2; }
command -v faketime >/dev/null || { echo "faketime is missing: apt-get install faketime libfaketime" >&2; exit 1; }
target=$(date -d "$1" +%s) || { echo "not a date: $1" >&2; exit 2; }
shift
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi

# An offset from the real time, not a fixed start: every process (Maven, the forked test JVM, PostgreSQL)
# then sees the same clock, which runs on. The monotonic clock stays real: the JVM's timers and waits rely on it.
offset=$((target - $(date +%s)))
echo "Faked start: $(TZ=Europe/Amsterdam date -d "@$target" '+%a %F %T %Z') ($(date -u -d "@$target" '+%F %T') UTC), offset ${offset}s"
export FAKETIME_DONT_FAKE_MONOTONIC=1
# Without this, libfaketime rewrites the deadlines of the JVM's timed waits (pthread_cond_timedwait on the monotonic
# clock) as if they were on the faked real-time clock: every wait returns at once and each JVM thread spins, so the
# suite runs for hours. Measured with a loop of 200 waits of 10 ms: 0 ms with the fix (spinning), 2.2 s without.
export FAKETIME_FORCE_MONOTONIC_FIX=0

# Chromium crashes under libfaketime ("chrome not reachable"); the browser is a client with its own clock anyway, so
# the browser tests start ChromeDriver (and with it Chromium) through a wrapper that runs them on the real clock.
wrappers=$(mktemp -d)
trap 'rm -rf "$wrappers"' EXIT
driver=${CHROMEDRIVER_BIN:-/usr/bin/chromedriver}
printf '#!/bin/sh\nunset LD_PRELOAD FAKETIME\nexec %s "$@"\n' "$driver" > "$wrappers/chromedriver"
chmod +x "$wrappers/chromedriver"
export CHROMEDRIVER_BIN=$wrappers/chromedriver

faketime -m -f "$(printf '%+d' "$offset")" ./mvnw -B -ntp -o verify "$@"
