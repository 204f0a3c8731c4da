#!/usr/bin/env bash
# A bounded load run of the helpdesk on loopback (docs/embedding.md, "Load"): starts a Release build on 127.0.0.1 with
# a fresh SQLite file in a temp folder, measures creates at concurrency 16, fills the database to 10,000 open
# tickets, measures GET /api/queue, then stops the host and deletes the folder. Uses ApacheBench (Debian's
# apache2-utils, installed when missing). Everything stops by itself: each ab run has a fixed request count and a
# time limit, and the host is killed on exit.
#   samples/TaiSupport.Helpdesk/load/run.sh [creates=4000] [open=10000] [queue-requests=300]
set -euo pipefail
cd "$(dirname "$0")/../../.."
creates=${1:-4000}
open=${2:-10000}
queries=${3:-300}
port=5097
url="http://127.0.0.1:${port}"
key="load-test-key-$RANDOM$RANDOM"

if ! command -v ab >/dev/null; then
  echo "load: installing apache2-utils (ab)" >&2
  as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }
  as_root apt-get install -y -qq apache2-utils >/dev/null || { as_root apt-get update -qq && as_root apt-get install -y -qq apache2-utils >/dev/null; }
fi

work=$(mktemp -d)
host_pid=
cleanup() { if [ -n "$host_pid" ]; then kill "$host_pid" 2>/dev/null || true; wait "$host_pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

dotnet build samples/TaiSupport.Helpdesk -c Release -o "$work/bin" -v q -nologo >/dev/null
(
  cd "$work/bin"
  Helpdesk__ApiClients__0__Name=load Helpdesk__ApiClients__0__Role=lead Helpdesk__ApiClients__0__Key="$key" \
  Helpdesk__Users__0__Name=load Helpdesk__Users__0__Role=lead Helpdesk__Users__0__Password="$key" \
  Helpdesk__RateLimitPerSecond=1000000 Helpdesk__WatcherInterval=00:00:01 Logging__LogLevel__Default=Warning \
  ConnectionStrings__Helpdesk="Data Source=$work/load.db" Urls="$url" \
  exec timeout 900 dotnet TaiSupport.Helpdesk.dll
) >"$work/host.log" 2>&1 &
host_pid=$!
for _ in $(seq 1 100); do curl -fs -o /dev/null -H "X-Api-Key: $key" "$url/api/queue?limit=1" && break; sleep 0.2; done

printf '%s' '{"tier":"Enterprise","subject":"Production down","signals":{"productionDown":true}}' >"$work/create.json"
summary() { # requests/s, mean and p99 (ms) from ab's report
  awk '/Requests per second/ {rps=$4} /Time per request/ && !m {mean=$4; m=1} /^ +99%/ {p99=$2} /Failed requests/ {failed=$3}
       /Non-2xx responses/ {non2xx=$3} END {printf "%s req/s, mean %s ms, p99 %s ms, failed %s, non-2xx %s\n", rps, mean, p99, failed+0, non2xx+0}' "$1"
}

ab -q -k -n 200 -c 16 -s 30 -p "$work/create.json" -T application/json -H "X-Api-Key: $key" "$url/api/tickets" >/dev/null # warm-up
ab -q -k -n "$creates" -c 16 -s 30 -p "$work/create.json" -T application/json -H "X-Api-Key: $key" "$url/api/tickets" >"$work/creates.txt"
echo "creates (c=16, n=$creates): $(summary "$work/creates.txt")"

have=$(curl -fs -H "X-Api-Key: $key" "$url/api/queue?limit=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
if [ "$have" -lt "$open" ]; then
  ab -q -k -n $((open - have)) -c 16 -s 30 -p "$work/create.json" -T application/json -H "X-Api-Key: $key" "$url/api/tickets" >/dev/null
fi
have=$(curl -fs -H "X-Api-Key: $key" "$url/api/queue?limit=1" | sed -E 's/.*"total":([0-9]+).*/\1/')
echo "open tickets: $have"

ab -q -k -n "$queries" -c 1 -s 30 -H "X-Api-Key: $key" "$url/api/queue" >"$work/queue.txt"
echo "GET /api/queue (default limit 500, c=1, n=$queries): $(summary "$work/queue.txt")"
ab -q -k -n 50 -c 1 -s 30 -H "X-Api-Key: $key" "$url/api/queue?limit=10000" >"$work/queue-all.txt"
echo "GET /api/queue?limit=10000 (all rows, c=1, n=50): $(summary "$work/queue-all.txt")"
ab -q -k -n "$queries" -c 16 -s 30 -H "X-Api-Key: $key" "$url/api/queue" >"$work/queue16.txt"
echo "GET /api/queue (default limit 500, c=16, n=$queries): $(summary "$work/queue16.txt")"
