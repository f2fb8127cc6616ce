#!/usr/bin/env bash
# Measures the CLI's cold start: a JVM "hello world" against `curriculum validate` on one small file,
# with and without the start-up options the ./curriculum launcher uses. Prints a Markdown table of
# medians (and mean CPU time, which other load on the machine disturbs less) with their ratios to the
# hello world; docs/performance.md holds the figures it gave.
#
# Usage: curriculum-cli/bench/startup.sh [RUNS]        (default 20 runs per command)
# Needs hyperfine (Debian: apt-get install hyperfine) and python3. Runs ./curriculum once first, so
# the jar and its class-data archive exist.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-20}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
jar="$root/curriculum-cli/target/curriculum.jar"
archive="$root/curriculum-cli/target/curriculum.jsa"
small="$root/curriculum-cli/src/test/resources/sample.curriculum.json"

"$root/curriculum" validate "$small" >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$work/Hello.java"
"$javac" -d "$work" "$work/Hello.java"

quiet="-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
fast="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
hyperfine --shell=none --warmup 3 --runs "$runs" --export-json "$work/runs.json" \
    --command-name="hello world" "$java -cp $work Hello" \
    --command-name="hello world, C1 + serial GC" "$java $fast -cp $work Hello" \
    --command-name="validate: java -jar" "$java -jar $jar validate $small" \
    --command-name="validate: + C1 + serial GC" "$java $fast -jar $jar validate $small" \
    --command-name="validate: + AppCDS" "$java $quiet -XX:SharedArchiveFile=$archive -jar $jar validate $small" \
    --command-name="validate: + AppCDS + C1 + serial GC" "$java $quiet -XX:SharedArchiveFile=$archive $fast -jar $jar validate $small" \
    --command-name="validate: ./curriculum launcher" "$root/curriculum validate $small" \
    --command-name="version: ./curriculum launcher" "$root/curriculum --version" \
    >&2

python3 - "$work/runs.json" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
base = statistics.median(results[0]["times"])
base_cpu = results[0]["user"] + results[0]["system"]
print("| Command | Median wall | Min | Max | Ratio (median) | CPU, user + sys (mean) | Ratio (CPU) |")
print("|---|---|---|---|---|---|---|")
for r in results:
    median = statistics.median(r["times"])
    cpu = r["user"] + r["system"]
    print(f"| {r['command']} | {median*1000:.0f} ms | {min(r['times'])*1000:.0f} ms | {max(r['times'])*1000:.0f} ms "
          f"| {median/base:.1f}x | {cpu*1000:.0f} ms | {cpu/base_cpu:.1f}x |")
PY
