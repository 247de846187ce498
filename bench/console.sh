#!/usr/bin/env bash
# The console's runs page over a warehouse of 10,000 job executions: how long each view takes to answer, against
# what an admin would run instead (`joinedup jobs`, a whole process). Prints one table; not part of the tests.
#   Usage: bench/console.sh            EXECUTIONS=N (default 10000); PORT (default 18080)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
executions="${EXECUTIONS:-10000}"
port="${PORT:-18080}"
work="$(mktemp -d)"
trap 'kill "$console_pid" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
cd "$root"
export JOINEDUP_HOME="$work/home"
# builds if needed; creates the warehouse with one real execution, whose serialized context the others copy
./joinedup ingest samples/inbox/reference/areas.csv > /dev/null

# N more executions of the ingest job, one file each, every tenth FAILED
h2="$(ls app/target/joinedup/lib/h2-*.jar)"
java -cp "$h2" org.h2.tools.Shell -url "jdbc:h2:file:$JOINEDUP_HOME/warehouse" -user sa -sql "
INSERT INTO batch_job_instance (job_instance_id, version, job_name, job_key)
  SELECT x, 0, 'ingestFile', 'key-' || x FROM SYSTEM_RANGE(2, $executions + 1);
INSERT INTO batch_job_execution (job_execution_id, version, job_instance_id, create_time, start_time, end_time,
                                 status, exit_code, exit_message, last_updated)
  SELECT x, 0, x, DATEADD(MINUTE, x, TIMESTAMP '2025-01-01 02:00:00'), DATEADD(MINUTE, x, TIMESTAMP '2025-01-01 02:00:00'),
         DATEADD(MINUTE, x, TIMESTAMP '2025-01-01 02:00:01'), CASE WHEN MOD(x, 10) = 0 THEN 'FAILED' ELSE 'COMPLETED' END,
         CASE WHEN MOD(x, 10) = 0 THEN 'FAILED' ELSE 'COMPLETED' END, '', CURRENT_TIMESTAMP
  FROM SYSTEM_RANGE(2, $executions + 1);
INSERT INTO batch_job_execution_params (job_execution_id, parameter_name, parameter_type, parameter_value, identifying)
  SELECT x, 'file.name', 'java.lang.String', 'return-' || x || '.xlsx', 'Y' FROM SYSTEM_RANGE(2, $executions + 1);
INSERT INTO batch_job_execution_params (job_execution_id, parameter_name, parameter_type, parameter_value, identifying)
  SELECT x, 'file.sha256', 'java.lang.String', 'sha-' || MOD(x, 500), 'Y' FROM SYSTEM_RANGE(2, $executions + 1);
INSERT INTO batch_job_execution_context (job_execution_id, short_context) SELECT x, (SELECT short_context FROM batch_job_execution_context WHERE job_execution_id = 1) FROM SYSTEM_RANGE(2, $executions + 1);
ALTER TABLE batch_job_execution ALTER COLUMN job_execution_id RESTART WITH $((executions + 2));
ALTER TABLE batch_job_instance ALTER COLUMN job_instance_id RESTART WITH $((executions + 2));
" > /dev/null

JOINEDUP_ADMIN_PASSWORD="benchmark password" JOINEDUP_CONSOLE_PORT="$port" ./joinedup console > "$work/console.out" 2>&1 &
console_pid=$!
for _ in $(seq 600); do grep -q "^Console: http" "$work/console.out" && break; sleep 0.5; done
grep -q "^Console: http" "$work/console.out" || { cat "$work/console.out" >&2; exit 1; }
base="http://127.0.0.1:$port"
jar="$work/cookies"
token="$(curl -s -c "$jar" "$base/login" | grep -oP 'name="_csrf" value="\K[^"]+')"
curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=benchmark password" \
  --data-urlencode "_csrf=$token" "$base/login"

# median of 7 answers after 3 to warm up
median() {
  local url="$1" times=()
  for i in $(seq 10); do
    t="$(curl -s -b "$jar" -o "$work/page.html" -w '%{time_total}' "$base$url")"
    [ "$i" -gt 3 ] && times+=("$t")
  done
  grep -q 'id="runs"' "$work/page.html" || { echo "not the runs page: $url" >&2; exit 1; }
  printf '%s\n' "${times[@]}" | sort -n | sed -n 4p
}
printf '\n%s executions; %s cores; load average %s\n\n' "$executions" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '| %-52s | %8s |\n' "runs page view (console on H2, signed in)" "median s"
printf '|%s|%s|\n' "------------------------------------------------------" "----------"
for view in "/runs" "/runs?page=100" "/runs?status=FAILED" "/runs?file=return-9999" "/runs?quarter=2016-17%20Q4" \
    "/runs?from=2025-01-03&to=2025-01-04" "/runs/$((executions + 1))"; do
  if [ "$view" = "/runs/$((executions + 1))" ]; then
    t="$(curl -s -b "$jar" -o /dev/null -w '%{time_total}' "$base$view")"
  else
    t="$(median "$view")"
  fi
  printf '| %-52s | %8s |\n' "$view" "$t"
done
kill "$console_pid"; wait "$console_pid" 2>/dev/null || true
/usr/bin/time -f '%e' -o "$work/jobs.time" ./joinedup jobs --limit 50 > /dev/null
printf '| %-52s | %8s |\n' "instead: ./joinedup jobs --limit 50 (whole process)" "$(cat "$work/jobs.time")"
