#!/usr/bin/env bash
# The benchmark: joinedup against what a user would pick instead, on the same files in the same run, printed as one
# table of wall seconds, CPU seconds, peak RSS and ratios. Not part of the test suite; run it on a quiet machine.
#   Usage: bench/run.sh                 EPISODES=N rows of R6 (default 2,000,000); POSTGRES=no skips PostgreSQL
#   Work files go under ${BENCH_DIR:-/tmp/joinedup-bench} and are removed afterwards.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
episodes_rows="${EPISODES:-2000000}"
work="${BENCH_DIR:-/tmp/joinedup-bench}"
rm -rf "$work" && mkdir -p "$work"
cd "$root"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "building the application, the sample generator and the peers..." >&2
./mvnw -q -B -DskipTests -pl app -am package >&2
touch app/target/.joinedup-built
./mvnw -q -B -pl samples/generator compile >&2
lib="app/target/joinedup/lib/*"
javac -d "$work/peers" -cp "$lib" bench/peers/PoiRead.java bench/peers/CsvParse.java
# DuckDB is a peer only: fetched for the benchmark, never a dependency of the application
duckdb="$work/duckdb/duckdb_jdbc.jar"
./mvnw -q -B dependency:copy -Dartifact=org.duckdb:duckdb_jdbc:1.4.4.0 -Dmdep.stripVersion=true \
  -DoutputDirectory="$work/duckdb" >&2 && javac -d "$work/peers" -cp "$duckdb" bench/peers/DuckGroup.java \
  || { echo "DuckDB is not available: its row is left out" >&2; duckdb=""; }
peer_java=(java -cp "$work/peers:$lib" -Dlogback.configurationFile=bench/peers/logback-quiet.xml)
generate() { ./mvnw -q -B -pl samples/generator exec:java -Dexec.args="$*" >&2; }

echo "generating the national year (every upper-tier area x 4 quarters) and $episodes_rows episodes..." >&2
national="$work/national"
generate --national samples/real/reference/ukmidyearestimates20192020ladcodes.xls "$national"
workbooks=$(find "$national/bcf" -name '*.xlsx' | wc -l)
extract="$work/episodes.csv"
generate --episodes "$episodes_rows" "$extract"
episodes_rows=$(( $(wc -l < "$extract") - 1 ))

# Runs a command; sets wall, cpu (user + system seconds, all threads) and rss (peak resident MB).
measure() {
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > "$work/out.txt" 2>&1 \
    || { cat "$work/out.txt" >&2; echo "benchmark step failed: $*" >&2; exit 1; }
  local user sys kb
  read -r wall user sys kb < "$work/time"
  cpu=$(echo "$user + $sys" | bc)
  rss=$(( kb / 1024 ))
}

rows=()
# row LABEL NOTE: the last measurement as a table row
row() { rows+=("$(printf '| %-52s | %7.2f | %7.1f | %6s | %s |' "$1" "$wall" "$cpu" "$rss" "$2")"); }
ratio() { echo "scale=2; $1 / $2" | bc | sed 's/^\./0./'; }

export JOINEDUP_INBOX="$national"

echo "start-up..." >&2
export JOINEDUP_HOME="$work/h2"
./joinedup jobs --limit 1 > /dev/null # creates the warehouse
measure java -jar app/target/joinedup.jar jobs --limit 1
nested_cpu=$cpu nested_wall=$wall
row "jobs --limit 1, java -jar joinedup.jar (nested jar)" "before: the jar as Spring Boot packages it"
measure ./joinedup jobs --limit 1
row "jobs --limit 1, ./joinedup (extracted, CDS, C1)" "$(ratio "$nested_wall" "$wall")x faster wall, $(ratio "$nested_cpu" "$cpu")x less CPU"
help_home="$work/help-home"
measure env JOINEDUP_HOME="$help_home" ./joinedup --help
row "--help, ./joinedup" "target < 0.5 s; $([ -e "$help_home" ] && echo "WROTE $help_home" || echo "nothing on disk")"
measure env JOINEDUP_HOME="$help_home" ./joinedup report --help
row "report --help, ./joinedup" "target < 0.5 s; $([ -e "$help_home" ] && echo "WROTE $help_home" || echo "nothing on disk")"

echo "the national year: $workbooks workbooks..." >&2
measure "${peer_java[@]}" PoiRead "$national/bcf"
poi_wall=$wall
row "peer: POI usermodel loop reading every cell" "$(tail -n1 "$work/out.txt")"
pandas_wall=""
if /usr/bin/python3 -c 'import pandas, openpyxl' 2>/dev/null; then
  measure /usr/bin/python3 -W ignore bench/peers/pandas_read.py "$national/bcf"
  pandas_wall=$wall
  row "peer: pandas read_excel (openpyxl) of every sheet" "$(tail -n1 "$work/out.txt")"
fi
./joinedup ingest "$national/reference/areas.csv" > /dev/null
measure ./joinedup ingest "$national/bcf"
national_wall=$wall
row "joinedup ingest, H2" "$(grep -c LOADED "$work/out.txt") loaded; $(ratio "$wall" "$poi_wall")x the POI loop${pandas_wall:+, $(ratio "$wall" "$pandas_wall")x pandas}"
measure ./joinedup report --quarter "2016-17 Q4"
row "joinedup report 2016-17 Q4 (151 areas), H2" "whole command; the job itself \
$(./joinedup jobs --limit 1 | grep -oP 'COMPLETED\s+\S+ \S+\s+\K[0-9.]+s')"

echo "episodes: $episodes_rows rows..." >&2
measure "${peer_java[@]}" CsvParse "$extract"
csv_wall=$wall
row "peer: Commons CSV parse, one thread" "$(tail -n1 "$work/out.txt")"
if [ -n "$duckdb" ]; then
  measure java -cp "$work/peers:$duckdb" DuckGroup "$extract"
  row "peer: DuckDB read_csv + GROUP BY, every core" "$(tail -n1 "$work/out.txt")"
  duck_wall=$wall
fi
export JOINEDUP_HOME="$work/h2-episodes"
./joinedup ingest "$national/reference/areas.csv" > /dev/null
measure env JAVA_OPTS=-Xmx256m ./joinedup ingest "$extract"
h2_episodes_wall=$wall
row "joinedup ingest R6, H2, -Xmx256m" "$(ratio "$csv_wall" "$wall")x the bare parse's speed\
${duck_wall:+, $(ratio "$duck_wall" "$wall")x DuckDB}"

nightly() {
  export JOINEDUP_HOME="$1"
  measure env JOINEDUP_INBOX="$root/samples/inbox" ./joinedup nightly
}
nightly "$work/h2-nightly"
h2_nightly_wall=$wall
row "joinedup nightly (the samples), H2" "$(grep -c LOADED "$work/out.txt") loaded"

if [ "${POSTGRES:-yes}" != no ] && command -v psql > /dev/null; then
  echo "PostgreSQL..." >&2
  pg() {
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS joinedup_bench" \
      -c "CREATE DATABASE joinedup_bench" > /dev/null
    export SPRING_PROFILES_ACTIVE=postgres JOINEDUP_DB_URL=jdbc:postgresql://127.0.0.1:5432/joinedup_bench
    export JOINEDUP_HOME="$work/pg"
  }
  # The server's own counts for the database (flushed as connections close): transactions committed, rows written
  pg_counts() {
    sleep 2
    psql -qtA -F' ' -h 127.0.0.1 -U postgres -d postgres -c "SELECT xact_commit, tup_inserted + tup_updated + tup_deleted
      FROM pg_stat_database WHERE datname = 'joinedup_bench'"
  }
  pg
  ./joinedup ingest "$national/reference/areas.csv" > /dev/null
  read -r commits_before writes_before < <(pg_counts)
  measure ./joinedup ingest "$national/bcf"
  read -r commits_after writes_after < <(pg_counts)
  row "joinedup ingest, PostgreSQL" "$(ratio "$wall" "$national_wall")x H2; a workbook: \
$(( (commits_after - commits_before) / workbooks )) commits, $(( (writes_after - writes_before) / workbooks )) rows written"
  pg
  ./joinedup ingest "$national/reference/areas.csv" > /dev/null
  measure env JAVA_OPTS=-Xmx256m ./joinedup ingest "$extract"
  row "joinedup ingest R6, PostgreSQL, -Xmx256m" "$(ratio "$wall" "$h2_episodes_wall")x H2"
  pg
  nightly "$work/pg"
  row "joinedup nightly (the samples), PostgreSQL" "$(ratio "$wall" "$h2_nightly_wall")x H2"
  unset SPRING_PROFILES_ACTIVE JOINEDUP_DB_URL
fi

printf '\n%s workbooks (%s MB); R6 %s rows (%s MB); %s cores; load average %s before the run\n\n' "$workbooks" \
  "$(du -sm "$national/bcf" | cut -f1)" "$episodes_rows" "$(( $(stat -c %s "$extract") / 1024 / 1024 ))" "$(nproc)" \
  "$load_before"
printf '| %-52s | %7s | %7s | %6s | %s |\n' "measurement (whole process, JVM start included)" "wall s" "CPU s" "RSS MB" "notes"
printf '|%s|%s|%s|%s|%s|\n' "------------------------------------------------------" "---------" "---------" "--------" "------"
printf '%s\n' "${rows[@]}"
rm -rf "$work"
