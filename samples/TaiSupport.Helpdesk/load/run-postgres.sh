#!/usr/bin/env bash
# The load run of load/run.sh against PostgreSQL with two instances (docs/embedding.md §14): a fresh database on the
# server named by TAI_HELPDESK_POSTGRES (default: .ci/run's throw-away cluster), two Release instances on loopback
# ports 5097 and 5098 (watchers every second), creates at concurrency 16 split 8 + 8 across them, then
# GET /api/queue on one. Bounded: fixed request counts, ab time limits, hosts killed and the database dropped on exit.
#   samples/TaiSupport.Helpdesk/load/run-postgres.sh [creates=4000] [queue-requests=300]
set -euo pipefail
cd "$(dirname "$0")/../../.."
creates=${1:-4000}
queries=${2:-300}
admin=${TAI_HELPDESK_POSTGRES:-Host=/tmp;Port=55432;Username=postgres;Database=postgres}
key="load-test-key-$RANDOM$RANDOM"
db="tai_load_$RANDOM$RANDOM"
psql_admin() { # the admin connection string as psql's key=value words
  psql "$(echo "$admin" | tr ';' '\n' | sed -E 's/^Host=/host=/I; s/^Port=/port=/I; s/^Username=/user=/I; s/^Database=/dbname=/I; s/^Password=/password=/I' | tr '\n' ' ')" -qAt -c "$1"
}

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  psql_admin "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

psql_admin "CREATE DATABASE $db"
dotnet build samples/TaiSupport.Helpdesk -c Release -o "$work/bin" -v q -nologo >/dev/null
for port in 5097 5098; do
  (
    cd "$work/bin"
    Helpdesk__ApiClients__0__Name=load Helpdesk__ApiClients__0__Role=lead Helpdesk__ApiClients__0__Key="$key" \
    Helpdesk__Users__0__Name=load Helpdesk__Users__0__Role=lead Helpdesk__Users__0__Password="$key" \
    Helpdesk__RateLimitPerSecond=1000000 Helpdesk__WatcherInterval=00:00:01 Logging__LogLevel__Default=Warning \
    Helpdesk__Database__Provider=postgres ConnectionStrings__Helpdesk="${admin/Database=postgres/Database=$db}" \
    Urls="http://127.0.0.1:$port" exec timeout 900 dotnet TaiSupport.Helpdesk.dll
  ) >"$work/host-$port.log" 2>&1 &
  pids+=($!)
done
for port in 5097 5098; do
  for _ in $(seq 1 150); do curl -fs -o /dev/null -H "X-Api-Key: $key" "http://127.0.0.1:$port/api/queue?limit=1" && break; sleep 0.2; done
done

printf '%s' '{"tier":"Enterprise","subject":"Production down","signals":{"productionDown":true}}' >"$work/create.json"
summary() {
  awk '/Requests per second/ {rps=$4} /Time per request/ && !m {mean=$4; m=1} /^ +99%/ {p99=$2} /Failed requests/ {failed=$3}
       /Non-2xx responses/ {non2xx=$3} END {printf "%s req/s, mean %s ms, p99 %s ms, failed %s, non-2xx %s\n", rps, mean, p99, failed+0, non2xx+0}' "$1"
}
create() { ab -q -k -n "$2" -c 8 -s 30 -p "$work/create.json" -T application/json -H "X-Api-Key: $key" "http://127.0.0.1:$1/api/tickets"; }

create 5097 100 >/dev/null & a=$!; create 5098 100 >/dev/null & b=$!; wait "$a" "$b" # warm-up
start=$(date +%s.%N)
create 5097 $((creates / 2)) >"$work/creates-5097.txt" & a=$!
create 5098 $((creates / 2)) >"$work/creates-5098.txt" & b=$!
wait "$a" "$b"
elapsed=$(echo "$(date +%s.%N) - $start" | bc)
echo "creates (c=8 on each of two instances, n=$creates): $(echo "scale=1; $creates / $elapsed" | bc) req/s together"
echo "  instance 5097: $(summary "$work/creates-5097.txt")"
echo "  instance 5098: $(summary "$work/creates-5098.txt")"
echo "tickets stored: $(curl -fs -H "X-Api-Key: $key" "http://127.0.0.1:5097/api/queue?limit=1" | sed -E 's/.*"total":([0-9]+).*/\1/')"
ab -q -k -n "$queries" -c 1 -s 30 -H "X-Api-Key: $key" "http://127.0.0.1:5097/api/queue" >"$work/queue.txt"
echo "GET /api/queue (default limit 500, c=1, n=$queries): $(summary "$work/queue.txt")"
