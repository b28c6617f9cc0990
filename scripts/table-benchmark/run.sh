#!/bin/sh
# Builds TerminalKit's sources with the benchmark's main.swift, optimised, and runs it.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swiftc -O -module-name TableBenchmark $(find "$root/Sources/TerminalKit" -name '*.swift') \
    "$root/scripts/table-benchmark/main.swift" -lm -o "$out/table-benchmark"
"$out/table-benchmark"
