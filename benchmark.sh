#!/usr/bin/env bash
# The load benchmark, one command: builds, starts the local stack with the benchmark's token client (unless a stack
# is already running: it must then have been started with ./run-local.sh --bench), runs the benchmark, and stops the
# stack it started. Options go to the benchmark (see deploy/benchmark), e.g.
#   ./benchmark.sh                         nation-wide (the official list if present, else a synthetic tree)
#   ./benchmark.sh --provinces=5           a smaller run
# The report is printed as a table and written as JSON under .local-stack/benchmark/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
./mvnw -B -q -DskipTests package

stack_pid=""
if ! (exec 3<>/dev/tcp/127.0.0.1/8080) 2>/dev/null; then
  mkdir -p .local-stack
  java -jar deploy/local-stack/target/local-stack-0.1.0-SNAPSHOT.jar --bench > .local-stack/benchmark-stack.log 2>&1 &
  stack_pid=$!
  trap 'kill "$stack_pid" 2>/dev/null; wait "$stack_pid" 2>/dev/null || true' EXIT
  echo "Starting the local stack (log: .local-stack/benchmark-stack.log)…"
  for _ in $(seq 1 300); do
    grep -q "Press Ctrl-C" .local-stack/benchmark-stack.log 2>/dev/null && break
    kill -0 "$stack_pid" 2>/dev/null || { tail -40 .local-stack/benchmark-stack.log; exit 1; }
    sleep 1
  done
fi

# The official list of administrative units, when the shared data is next to the repository.
java -Xmx1g -jar deploy/benchmark/target/benchmark-0.1.0-SNAPSHOT.jar --units-file="${UNITS_FILE:-../shared/data/dvhcvn.json}" "$@"
