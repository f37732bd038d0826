#!/usr/bin/env bash
# Benchmark: reports registered per second through the API (access log on), with p50/p99 latency.
# Starts the application (demo profile, fresh embedded database) on localhost and drives it with wrk
# (Debian package "wrk"). Usage: load/run-report-benchmark.sh [seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
connections=${2:-8}
port=18090
jar=app/target/vangnet.jar
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v wrk >/dev/null || { echo "install wrk: apt-get install wrk" >&2; exit 1; }
[ -f "$jar" ] || ./mvnw -q -DskipTests package
data=$(mktemp -d)
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
"$java" -Xmx1g -jar "$jar" --spring.profiles.active=demo --vangnet.data-dir="$data" --server.port=$port >"$data/app.log" 2>&1 &
pid=$!
until curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1; do sleep 0.2; done
before=$(curl -fs -H 'Authorization: Bearer demo-fg' "http://localhost:$port/api/v1/access-log/verify")
echo "warm-up (10 s)"
wrk -t2 -c"$connections" -d10s -s load/report-registration.lua "http://localhost:$port" >/dev/null
echo "measured run: ${seconds} s, ${connections} connections"
wrk -t2 -c"$connections" -d"${seconds}s" --latency -s load/report-registration.lua "http://localhost:$port"
echo "access log chain after the run: $(curl -fs -H 'Authorization: Bearer demo-fg' "http://localhost:$port/api/v1/access-log/verify")"
echo "(before: $before)"
