#!/usr/bin/env bash
# Measures the CLI's cold start: a JVM "hello world" against `curriculum validate` on one small file,
# with and without the start-up options the ./curriculum launcher uses. Prints a Markdown table of
# medians and their ratio to the hello world; docs/performance.md holds the figures it gave.
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
small="$root/curriculum-cli/src/test/resources/small.curriculum.json"

"$root/curriculum" validate "$small" >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' >"$work/Hello.java"
"$javac" -d "$work" "$work/Hello.java"

quiet="-Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
fast="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData"
hyperfine --shell=none --warmup 3 --runs "$runs" --export-json "$work/runs.json" \
    -n "hello world" "$java -cp $work Hello" \
    -n "hello world, C1 + serial GC" "$java $fast -cp $work Hello" \
    -n "validate: java -jar" "$java -jar $jar validate $small" \
    -n "validate: + C1 + serial GC" "$java $fast -jar $jar validate $small" \
    -n "validate: + AppCDS" "$java $quiet -XX:SharedArchiveFile=$archive -jar $jar validate $small" \
    -n "validate: + AppCDS + C1 + serial GC" "$java $quiet -XX:SharedArchiveFile=$archive $fast -jar $jar validate $small" \
    -n "validate: ./curriculum launcher" "$root/curriculum validate $small" \
    -n "--version: ./curriculum launcher" "$root/curriculum --version" \
    >&2

python3 - "$work/runs.json" <<'PY'
import json, statistics, sys
results = json.load(open(sys.argv[1]))["results"]
base = statistics.median(results[0]["times"])
print("| Command | Median | Min | Max | User CPU (mean) | Ratio to hello world |")
print("|---|---|---|---|---|---|")
for r in results:
    median = statistics.median(r["times"])
    print(f"| {r['command']} | {median*1000:.0f} ms | {min(r['times'])*1000:.0f} ms | {max(r['times'])*1000:.0f} ms "
          f"| {r['user']*1000:.0f} ms | {median/base:.1f}x |")
PY
