#!/usr/bin/env bash
# Measures `curriculum validate` on files with many errors: {"authors": [1, 1, ...]} with 10,000,
# 100,000 and 1,000,000 numbers where texts belong, against the same command on the same file with
# one number (start-up and one read of that shape). Prints a Markdown table of medians, the CPU time
# per error beyond that baseline, and its ratio to the 10,000 case (1.0 = linear);
# docs/performance.md ("Errors at scale") holds the figures it gave.
#
# Usage: curriculum-cli/bench/errors.sh [RUNS]        (default 5 runs per file)
# BASELINE_JAR=path/to/other/curriculum.jar adds the same rows for another build, run with the same
# JVM options (without a class-data archive), for a before/after comparison in one run.
# Needs python3. Runs ./curriculum once first, so the jar and its class-data archive exist.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-5}"
"$root/curriculum" validate >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$root" "$runs" "$work" "${BASELINE_JAR:-}" <<'PY'
import os, re, statistics, subprocess, sys, time
root, runs, work, baseline = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
sizes = [10_000, 100_000, 1_000_000]
for n in [1] + sizes:
    with open(f"{work}/a{n}.curriculum.json", "w") as f:
        f.write('{"authors": [' + ",".join(["1"] * n) + "]}")
java = os.path.join(os.environ["JAVA_HOME"], "bin", "java") if os.environ.get("JAVA_HOME") else "java"
fast = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData"]

def measure(command):
    walls, cpus, rss = [], [], []
    for _ in range(runs):
        start = time.monotonic()
        with open(f"{work}/out.txt", "w") as out:
            process = subprocess.Popen(command, stdout=out, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(process.pid, 0)
        walls.append(time.monotonic() - start)
        cpus.append(usage.ru_utime + usage.ru_stime)
        rss.append(usage.ru_maxrss / 1024)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            sys.exit(f"unexpected exit code {code} from {' '.join(command)}")
    summary = re.search(r"^(\d+) errors?, ", open(f"{work}/out.txt").read(), re.M)
    return statistics.median(walls), statistics.median(cpus), max(rss), int(summary.group(1))

builds = [("this build", lambda args: [f"{root}/curriculum", *args])]
if baseline:
    builds.append(("baseline jar", lambda args: [java, *fast, "-jar", baseline, *args]))
print("| Build | Input | Errors | Median wall | Median CPU (user + sys) | Peak RSS | CPU per error beyond the baseline | Ratio to 10,000 |")
print("|---|---|---|---|---|---|---|---|")
for name, command in builds:
    wall0, cpu0, rss0, errors0 = measure(command(["validate", f"{work}/a1.curriculum.json"]))
    print(f"| {name} | 1 wrong element (baseline) | {errors0:,} | {wall0:.2f} s | {cpu0:.2f} s | {rss0:.0f} MB | | |")
    first = None
    for n in sizes:
        wall, cpu, rss, errors = measure(command(["validate", f"{work}/a{n}.curriculum.json"]))
        per_error = (cpu - cpu0) / (errors - errors0)
        first = first or per_error
        print(f"| {name} | {n:,} wrong elements | {errors:,} | {wall:.2f} s | {cpu:.2f} s | {rss:.0f} MB "
              f"| {per_error * 1e6:.2f} µs | {per_error / first:.2f} |", flush=True)
PY
