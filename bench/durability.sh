#!/usr/bin/env bash
# Benchmark: what durable acknowledgements cost. `ingest samples/inbox` (155 files) on a fresh embedded H2
# warehouse, with H2's own default (a commit reaches the file up to 500 ms later, WRITE_DELAY=500) and with
# joinedup's (WRITE_DELAY=0: at once); both sync the warehouse to the disk before each file's line. Runs the
# pair ROUNDS times alternately (default 3), so a busy machine weighs on both alike, and prints a table with the
# ratio. Not part of the test suite.
#   Usage: bench/durability.sh [ROUNDS]        (work files under ${BENCH_DIR:-/tmp/joinedup-durability})
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${1:-3}"
work="${BENCH_DIR:-/tmp/joinedup-durability}"
rm -rf "$work" && mkdir -p "$work"
cd "$root"

echo "building the application..." >&2
./mvnw -q -B -DskipTests -pl app -am package >&2

# Ingests the samples on a fresh warehouse with the given WRITE_DELAY; prints "wall_s cpu_s".
ingest() {
  local home="$work/home-$1-$2"
  JOINEDUP_HOME="$home" /usr/bin/time -f "%e %U %S" -o "$work/time.txt" \
    java -jar app/target/joinedup.jar ingest samples/inbox \
    "--spring.datasource.url=jdbc:h2:file:$home/warehouse;AUTO_SERVER=TRUE;WRITE_DELAY=$1" > "$work/out.txt" 2>&1 \
    || { cat "$work/out.txt" >&2; echo "benchmark ingest failed" >&2; exit 1; }
  grep -q "152 loaded, 3 supersedes" "$work/out.txt" || { cat "$work/out.txt" >&2; exit 1; }
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$work/time.txt"
}

declare -A wall cpu
for delay in 500 0; do wall[$delay]=0; cpu[$delay]=0; done
for round in $(seq "$rounds"); do
  for delay in 500 0; do
    echo "round $round, WRITE_DELAY=$delay..." >&2
    read -r w c < <(ingest "$delay" "$round")
    wall[$delay]=$(echo "${wall[$delay]} + $w" | bc)
    cpu[$delay]=$(echo "${cpu[$delay]} + $c" | bc)
  done
done

printf '\ningest samples/inbox (155 files), mean of %s alternating rounds; JVM and Spring start included\n\n' "$rounds"
printf '| %-44s | %8s | %8s |\n' "H2 warehouse" "wall s" "CPU s"
printf '|%s|%s|%s|\n' "----------------------------------------------" "----------" "----------"
for delay in 500 0; do
  label="WRITE_DELAY=$delay$([ "$delay" = 0 ] && echo ' (joinedup)' || echo " (H2's default)")"
  printf '| %-44s | %8.2f | %8.2f |\n' "$label" "$(echo "${wall[$delay]} / $rounds" | bc -l)" \
    "$(echo "${cpu[$delay]} / $rounds" | bc -l)"
done
printf '| %-44s | %8.2f | %8.2f |\n' "ratio, joinedup / H2's default" "$(echo "${wall[0]} / ${wall[500]}" | bc -l)" \
  "$(echo "${cpu[0]} / ${cpu[500]}" | bc -l)"
rm -rf "$work"
