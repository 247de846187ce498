#!/usr/bin/env bash
# Benchmark: an R6 admitted patient episodes extract of ROWS rows (default 5,000,000) ingested through the real
# application with a 256 MB heap, then the same file loaded by H2 itself (INSERT ... SELECT ... FROM CSVREAD)
# into the same kind of database, as the baseline. Prints a table. Not part of the test suite.
#   Usage: bench/episodes.sh [ROWS]        (work files under ${BENCH_DIR:-/tmp/joinedup-bench}, removed after)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rows="${1:-5000000}"
work="${BENCH_DIR:-/tmp/joinedup-bench}"
heap="-Xmx256m"
rm -rf "$work" && mkdir -p "$work"
cd "$root"

echo "building the application and the sample generator..." >&2
./mvnw -q -B -DskipTests -pl app -am package >&2
./mvnw -q -B -pl samples/generator compile >&2
h2jar="$(find "$HOME/.m2/repository/com/h2database/h2" -name 'h2-2*.jar' | sort -V | tail -1)"

echo "generating $rows rows..." >&2
extract="$work/episodes.csv"
./mvnw -q -B -pl samples/generator exec:java -Dexec.args="--episodes $rows $extract" >&2
size_mb=$(( $(stat -c %s "$extract") / 1024 / 1024 ))
rows=$(( $(wc -l < "$extract") - 1 ))   # the generator rounds each area's share

# Runs a command, sampling its resident set (peak, from /proc VmHWM) until it ends; sets secs and rss_mb.
measure() {
  local start end pid hwm=0 kb
  start=$(date +%s.%N)
  "$@" > "$work/out.txt" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    kb=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
    [ -n "$kb" ] && [ "$kb" -gt "$hwm" ] && hwm=$kb
    sleep 0.2
  done
  wait "$pid" || { cat "$work/out.txt" >&2; echo "benchmark step failed: $*" >&2; exit 1; }
  end=$(date +%s.%N)
  secs=$(echo "$end - $start" | bc)
  rss_mb=$(( hwm / 1024 ))
}

# The largest heap in use before any collection, from a -Xlog:gc log (e.g. "... 120M->31M(256M) ...").
peak_heap() {
  grep -o '[0-9]*M->[0-9]*M' "$1" | cut -d M -f1 | sort -n | tail -1
}

sql() {
  java -cp "$h2jar" org.h2.tools.Shell -url "jdbc:h2:file:$1" -user sa -password "" -sql "$2" | sed -n 2p | tr -d ' '
}

echo "ingesting through joinedup ($heap)..." >&2
export JOINEDUP_HOME="$work/joinedup"
# The areas reference first, as the nightly run would have it: episodes of unknown areas are bad rows.
java $heap -jar app/target/joinedup.jar ingest samples/inbox/reference/areas.csv > /dev/null
measure java $heap -Xlog:gc:file="$work/gc-joinedup.log" -jar app/target/joinedup.jar ingest "$extract"
app_secs=$secs app_rss=$rss_mb app_heap=$(peak_heap "$work/gc-joinedup.log")
grep -E "LOADED|REJECTED" "$work/out.txt" >&2
counts=$(sql "$JOINEDUP_HOME/warehouse" "SELECT COUNT(*) || '/' || SUM(admissions) FROM episode_count")
quarantined=$(sql "$JOINEDUP_HOME/warehouse" "SELECT COUNT(*) FROM finding WHERE severity = 'WARNING'")

echo "loading with H2's CSVREAD ($heap)..." >&2
measure java $heap -Xlog:gc:file="$work/gc-h2.log" -cp "$h2jar" org.h2.tools.Shell \
  -url "jdbc:h2:file:$work/baseline" -user sa -password "" -sql "
  CREATE TABLE episode_row (episode_id VARCHAR(20), provider_code VARCHAR(10), admission_date DATE,
    admission_method VARCHAR(2), age_on_admission INT, resident_la CHAR(9), discharge_date DATE,
    discharge_destination VARCHAR(2));
  INSERT INTO episode_row SELECT * FROM CSVREAD('$extract', NULL, 'charset=UTF-8');"
h2_secs=$secs h2_rss=$rss_mb h2_heap=$(peak_heap "$work/gc-h2.log")
h2_rows=$(sql "$work/baseline" "SELECT COUNT(*) FROM episode_row")

rate() { echo "scale=0; $rows / $1" | bc; }
printf '\n%s rows, %s MB extract; seconds are wall time of the whole process (JVM and Spring start included)\n\n' \
  "$rows" "$size_mb"
printf '| %-34s | %8s | %10s | %14s | %13s | %-34s |\n' "load" "seconds" "rows/s" "peak heap (MB)" "peak RSS (MB)" \
  "warehouse rows"
printf '|%s|%s|%s|%s|%s|%s|\n' "------------------------------------" "----------" "------------" "----------------" \
  "---------------" "------------------------------------"
printf '| %-34s | %8.1f | %10s | %14s | %13s | %-34s |\n' "joinedup ingest (counts, $heap)" "$app_secs" \
  "$(rate "$app_secs")" "$app_heap" "$app_rss" "episode_count ${counts%/*} (admissions ${counts#*/}), warnings $quarantined"
printf '| %-34s | %8.1f | %10s | %14s | %13s | %-34s |\n' "H2 INSERT ... SELECT FROM CSVREAD" "$h2_secs" \
  "$(rate "$h2_secs")" "$h2_heap" "$h2_rss" "episode_row $h2_rows"
rm -rf "$work"
