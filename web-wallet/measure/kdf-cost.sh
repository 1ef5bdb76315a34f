#!/usr/bin/env bash
# Times a wallet unlock (one Argon2id derivation + reading and decrypting the file) for the default
# cost (RFC 9106: m=64 MiB, t=3, p=4), OWASP's minimum (m=19 MiB, t=2, p=1) and the tests' cheap
# cost, median of RUNS after one warm-up.
# Prerequisite, from the repository root: mvn -B -ntp -q -pl web-wallet -am verify
# Usage: web-wallet/measure/kdf-cost.sh [RUNS]   (default 7)
set -euo pipefail
wallet="$(cd "$(dirname "$0")/.." && pwd)"
java -version 2>&1 | head -1
echo "nproc $(nproc), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$wallet/target/agentset-wallet.jar:$wallet/target/test-classes" \
  org.agentset.wallet.measure.KdfCost "${1:-7}"
