#!/usr/bin/env bash
# BENCHMARKS.md §4, cold start of the command line: N fresh JVMs each of
#   1. java -version                                     (the JVM alone)
#   2. java -cp benchmarks.jar org.ocop.benchmarks.ParseOnly FILE   (a jar that only parses the file, plain Jackson)
#   3. java -jar examples/target/ocop.jar score FILE     (the CLI reads, chooses the rulebook, scores, prints)
# and prints each one's median wall time and the ratios. Build first:
#   ./mvnw -B -ntp -q -DskipTests package -pl examples,benchmarks -am
# Usage (from the repository root): benchmarks/cold-start.sh [N] [FILE]; run it under taskset -c 0 for one core.
set -euo pipefail
n=${1:-20}
file=${2:-examples/src/main/resources/samples/evaluations/green-tea.json}
java=${JAVA:-java}
for jar in benchmarks/target/benchmarks.jar examples/target/ocop.jar; do
  [[ -f $jar ]] || { echo "missing $jar: build it first" >&2; exit 1; }
done

# median in milliseconds of N runs of a command (output discarded; a failing run stops the script)
median() {
  local times=()
  for ((i = 0; i < n; i++)); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}

version=$(median "$java" -version)
parse=$(median "$java" -cp benchmarks/target/benchmarks.jar org.ocop.benchmarks.ParseOnly "$file")
score=$(median "$java" -jar examples/target/ocop.jar score "$file")
echo "runs: $n, file: $file, load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-28s %8s ms\n' "java -version" "$version" "ParseOnly (plain Jackson)" "$parse" "ocop.jar score" "$score"
awk -v v="$version" -v p="$parse" -v s="$score" 'BEGIN {
  printf "score / java -version: %.2f\nscore / ParseOnly: %.2f\nParseOnly / java -version: %.2f\n", s / v, s / p, p / v }'
