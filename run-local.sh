#!/usr/bin/env bash
# Builds everything, then starts the local stack: a Kafka broker (KRaft), the embedded document store
# and all services, each in its own JVM. State and logs go to .local-stack/ in the repository root.
#
#   ./run-local.sh                      everything; Ctrl-C stops it all
#   ./run-local.sh --only-infra         broker and store only (run the services from the IDE)
#   ./run-local.sh --stop-after-ready   start, print the time to ready and the memory, then stop
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
./mvnw -B -q -DskipTests package
exec java -jar deploy/local-stack/target/local-stack-0.1.0-SNAPSHOT.jar "$@"
