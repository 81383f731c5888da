#!/usr/bin/env bash
# The fault scenario at a larger size than CI's (which runs 6 districts × 20 communes over 90 s inside ./mvnw verify):
# while communes submit and districts accept, every service is killed (SIGKILL) once and started again, and the Kafka
# broker too; then every roll-up must equal the ground truth and no notification may have been sent twice.
#   ./faults.sh                                     30 districts × 20 communes, load spread over 5 minutes
#   ./faults.sh -Dfaults.districts=60 -Dfaults.load-seconds=600
# The report: system-tests/target/fault-report.json; the processes' logs: system-tests/target/fault-logs/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
./mvnw -B -q -DskipTests install
./mvnw -B -pl system-tests verify -Dfaults.only=true -Dfaults.districts=30 -Dfaults.communes-per-district=20 \
  -Dfaults.load-seconds=300 "$@"
