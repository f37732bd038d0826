#!/usr/bin/env bash
# Measures the time from starting the application to a healthy /actuator/health, with the embedded database warm
# (its data directory initialised by a first start), in three ways: the plain executable jar, the extracted jar, and
# the extracted jar with a JVM AOT cache (JDK 25+, JEP 483/514), as docs/performance.md describes.
# Usage: scripts/measure-startup.sh [runs]   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
jar=$PWD/app/target/vangnet.jar
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d)
port=18081
[ -f "$jar" ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }
trap 'rm -rf "$work"' EXIT

start_and_wait() { # args: java options and jar
  local t0 t1 pid
  t0=$(date +%s%N)
  "$java" "$@" --spring.profiles.active=demo --vangnet.data-dir="$work/data" --server.port=$port >"$work/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "the application stopped; see its log:" >&2; tail -20 "$work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (t1 - t0) / 1000000 ))
}

echo "first start, plain jar (initdb, migrations, demo seed): $(start_and_wait -jar "$jar") ms"
for i in $(seq 1 "$runs"); do echo "warm start, plain jar, run $i: $(start_and_wait -jar "$jar") ms"; done

"$java" -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
for i in $(seq 1 "$runs"); do
  echo "warm start, extracted jar, run $i: $(start_and_wait -jar "$work/app/vangnet.jar") ms"
done
"$java" -XX:AOTCacheOutput="$work/app/vangnet.aot" -Dspring.context.exit=onRefresh -jar "$work/app/vangnet.jar" \
  --spring.profiles.active=demo --vangnet.data-dir="$work/data" --server.port=$port >"$work/training.log" 2>&1
for i in $(seq 1 "$runs"); do
  echo "warm start, extracted jar + AOT cache, run $i: $(start_and_wait -XX:AOTCache="$work/app/vangnet.aot" -jar "$work/app/vangnet.jar") ms"
done
