#!/usr/bin/env bash
# The load check of `ocop serve` (opt-in, not part of `verify`): 32 clients on the loopback address score the
# 7-member sample over HTTP for 20 s after a 3 s warm-up, then the same document is scored in-process for
# comparison; about 40 s in all, at most 200,000 requests per client. Figures go to examples/target/serve-load.txt.
# Options: -Docop.load.clients=32 -Docop.load.seconds=20 -Docop.load.warmUp=3
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -ntp -q -pl examples -am test -Dtest=ServeLoadCheck -Dsurefire.failIfNoSpecifiedTests=false \
    -Dmaven.javadoc.skip=true "$@"
cat examples/target/serve-load.txt
