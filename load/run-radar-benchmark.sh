#!/usr/bin/env bash
# Radar benchmark at national scale. Generates (once) 10 million synthetic persons and 3 million dossiers into a
# demo data directory, then measures name + date-of-birth searches and BSN searches through the API with wrk.
# Usage: load/run-radar-benchmark.sh [data-dir] [seconds] [connections]
#   data-dir defaults to ./data-radar (about 6 GB); generating takes 15-25 minutes on 2 cores, once.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-./data-radar}
seconds=${2:-30}
connections=${3:-4}
port=18091
pgport=54391
jar=app/target/vangnet.jar
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
command -v wrk >/dev/null || { echo "install wrk: apt-get install wrk" >&2; exit 1; }
command -v psql >/dev/null || { echo "install psql: apt-get install postgresql-client" >&2; exit 1; }
[ -f "$jar" ] || ./mvnw -q -DskipTests package
mkdir -p "$data"
"$java" -Xmx2g -jar "$jar" --spring.profiles.active=demo --vangnet.data-dir="$data" --server.port=$port \
  --vangnet.embedded-database.port=$pgport --vangnet.generate.persons=10000000 --vangnet.generate.dossiers=3000000 \
  >>"$data/benchmark-app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT
echo "starting (the first time this generates the volume; see $data/benchmark-app.log)"
until curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1; do
  kill -0 $pid 2>/dev/null || { echo "the application stopped; see $data/benchmark-app.log" >&2; exit 1; }
  sleep 2
done
grep -h "Synthetic volume generated" "$data/benchmark-app.log" | tail -1 || true
export PGPASSWORD=$(sed -n 's/^vangnet_owner=//p' "$data/credentials.properties")
sql() { psql -h localhost -p $pgport -U vangnet_owner -d vangnet -At "$@"; }
echo "persons: $(sql -c 'SELECT count(*) FROM person')  dossiers: $(sql -c 'SELECT count(*) FROM dossier')"
echo "table and index sizes:"
sql -c "SELECT c.relname || ': ' || pg_size_pretty(pg_relation_size(c.oid)) FROM pg_class c
        WHERE c.relname IN ('person', 'dossier', 'dossier_person') OR c.oid IN (
          SELECT indexrelid FROM pg_index WHERE indrelid = 'person'::regclass) ORDER BY pg_relation_size(c.oid) DESC"
samples=$(mktemp)
sql -c "COPY (SELECT given_names || ' ' || coalesce(surname_prefix || ' ', '') || surname, date_of_birth, coalesce(bsn, 'none')
         FROM person TABLESAMPLE SYSTEM (0.05) LIMIT 5000) TO STDOUT WITH (FORMAT text, DELIMITER ',')" > "$samples"
echo "samples: $(wc -l < "$samples") persons"
for mode in name bsn; do
  RADAR_SAMPLES=$samples RADAR_MODE=$mode wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d10s -s load/radar-search.lua "http://localhost:$port" >/dev/null
  RADAR_SAMPLES=$samples RADAR_MODE=$mode wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"${seconds}s" --latency -s load/radar-search.lua \
    "http://localhost:$port" | grep -E "searches:|Requests/sec"
done
rm -f "$samples"
