#!/usr/bin/env bash
# The load check of `ocop serve` (issue 15; opt-in, not part of `verify`). Loopback only, bounded: the server runs
# in its own JVM (`java -jar examples/target/ocop.jar serve --port 0`), then ServeLoad (examples/src/test/java,
# org.ocop.examples.serve.ServeLoad) opens 32 keep-alive connections that score the 7-member sample over HTTP for
# 20 s after a 3 s warm-up (at most 200,000 requests per connection). The same document read, scored and written
# in-process (measured first, 10 s, in a JVM of the server's options) gives the ratio; about 45 s in all. It
# prints scores/s, p50/p99, errors and the processor time of both processes, also in examples/target/serve-load.txt.
#
# Server JVM options: SERVE_JAVA_OPTS (default "-XX:+UseParallelGC -Xmn48m": a throughput collector and a
# young generation sized for short-lived request garbage); SERVE_JAVA_OPTS="" runs the JVM's default (G1).
# ServeLoad options after the script's name: --clients N --seconds N --warm-up N. SKIP_BUILD=1 skips the build.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${SKIP_BUILD:-}" ]; then
    ./mvnw -B -ntp -q -DskipTests -Dmaven.javadoc.skip=true package -pl examples -am
fi
SERVE_JAVA_OPTS="${SERVE_JAVA_OPTS--XX:+UseParallelGC -Xmn48m}"
CP=examples/target/test-classes:examples/target/ocop.jar
# the in-process rate first, in a JVM of the server's options, while nothing else of this script runs
# shellcheck disable=SC2086
IN_PROCESS=$(java $SERVE_JAVA_OPTS -cp "$CP" org.ocop.examples.serve.ServeLoad --in-process-only \
    2> examples/target/serve-load-in-process.log)
LOG=examples/target/serve-load-server.log
# shellcheck disable=SC2086 # the options are words
java $SERVE_JAVA_OPTS -jar examples/target/ocop.jar serve --port 0 > "$LOG" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
PORT=""
for _ in $(seq 1 300); do
    PORT=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$LOG")
    [ -n "$PORT" ] && break
    kill -0 "$SERVER" 2>/dev/null || { cat "$LOG"; exit 1; }
    sleep 0.2
done
[ -n "$PORT" ] || { echo "the server did not start:"; cat "$LOG"; exit 1; }
java -XX:+UseSerialGC -Xmx256m -cp "$CP" \
    org.ocop.examples.serve.ServeLoad --port "$PORT" --server-pid "$SERVER" --in-process "$IN_PROCESS" \
    --label "${SERVE_JAVA_OPTS:-JVM defaults (G1)}" "$@"
