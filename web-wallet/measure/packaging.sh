#!/usr/bin/env bash
# Measures the wallet's packaging options: jar size and time from `java -jar` to the first HTTP 200
# (median of RUNS starts, interleaved), for
#   jdk    - the wallet as shipped: the JDK's own com.sun.net.httpserver (target/agentset-wallet.jar)
#   jetty  - the same jar plus embedded Jetty 12.1 with the ee10 servlet stack and a servlet main
#            serving the first page (jetty-probe/, merged into a copy of the wallet jar, so the two
#            jars differ only by the web stack)
# Prerequisite, from the repository root: mvn -B -ntp -q -pl web-wallet -am verify
# Usage: web-wallet/measure/packaging.sh [RUNS]   (default 9)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
wallet="$(cd "$here/.." && pwd)"
runs="${1:-9}"
jar="$wallet/target/agentset-wallet.jar"
[[ -f "$jar" && -d "$wallet/target/test-classes" ]] || {
  echo "Build the wallet first: mvn -B -ntp -q -pl web-wallet -am verify" >&2; exit 1; }

mvn -B -ntp -q -f "$here/jetty-probe/pom.xml" package -DskipTests
out="$wallet/target/measure"
rm -rf "$out" && mkdir -p "$out/jetty-classes"
(cd "$out/jetty-classes" && jar --extract --file "$here/jetty-probe/target/wallet-jetty-probe.jar" \
  && rm -f META-INF/MANIFEST.MF)
cp "$jar" "$out/jetty-wallet.jar"
jar --update --file "$out/jetty-wallet.jar" \
  --main-class org.agentset.wallet.measure.JettyProbeMain -C "$out/jetty-classes" .

java -version 2>&1 | head -1
echo "nproc $(nproc), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$wallet/target/test-classes" org.agentset.wallet.measure.StartupTimer "$runs" /create \
  "jdk=$jar" "jetty=$out/jetty-wallet.jar"
