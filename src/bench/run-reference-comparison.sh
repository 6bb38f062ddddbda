#!/usr/bin/env bash
# Runs the PyTorch reference (s2r_reference.py, protocol bandgap-v1) and the workbench back to
# back on the band-gap pair with the same number of threads, as whole processes under
# `/usr/bin/time -v`, then prints the speed ratios and the same-science comparison
# (src/bench/compare_reference.py).
#
#   src/bench/run-reference-comparison.sh [small|full] [options]
#
#   small   --sizes 1000,10000 --reps 1 (default; about half a minute)
#   full    the default study: 10 sizes 100..100,000 x 5 repetitions (about 8 minutes)
#
# Options:
#   --threads T      threads of both programs (default 2; the reference also gets
#                    OPENBLAS_NUM_THREADS=1, see src/site/BENCHMARK.md)
#   --out DIR        where results go (default /tmp/s2r-comparison-<config>)
#   --shared DIR     the shared folder with data/bandgap and reference/ (default ../shared)
#   --jar FILE       the workbench jar (default target/sim2real-workbench.jar; build it first
#                    with `mvn -q package -DskipTests`)
#   --no-own-splits  skip the workbench run on its own splits (only the like-for-like run)
#   --compare-only   do not run anything, only print the comparison of an earlier --out
#   --omp-passive    run the reference with OMP_WAIT_POLICY=PASSIVE: on a busy machine torch's
#                    spinning OpenMP threads wait for each other's time slices and the reference
#                    gets up to ten times slower; passive waiting spares it that (on a quiet
#                    machine leave it off: spinning is what src/site/BENCHMARK.md measured)
#
# The workbench runs twice: on the reference's splits.json (identical rows; the like-for-like
# comparison) and on its own seeded splits. Run it on a quiet machine: it prints the load before
# every run, and wall times on a busy 2-core machine mean little.
set -euo pipefail

config=small
threads=2
out=""
shared=../shared
jar=target/sim2real-workbench.jar
own_splits=1
compare_only=0
omp_wait=
while [[ $# -gt 0 ]]; do
  case "$1" in
    small|full) config=$1 ;;
    --threads) threads=$2; shift ;;
    --out) out=$2; shift ;;
    --shared) shared=$2; shift ;;
    --jar) jar=$2; shift ;;
    --no-own-splits) own_splits=0 ;;
    --compare-only) compare_only=1 ;;
    --omp-passive) omp_wait=PASSIVE ;;
    -h|--help) sed -n '2,31p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
out=${out:-/tmp/s2r-comparison-$config}
here=$(cd "$(dirname "$0")" && pwd)
data=$shared/data/bandgap
reference=$shared/reference/s2r_reference.py
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
sizes=()
if [[ $config == small ]]; then
  sizes=(--sizes 1000,10000 --reps 1)
fi

load() {
  echo "$1: $(uptime | sed 's/.*load average/load average/'); busiest other processes:" \
    "$(ps -eo pcpu,comm --sort=-pcpu | sed -n '2,4p' | tr -s ' ' | paste -sd ';')" \
    | tee -a "$out/load.txt"
}

if [[ $compare_only == 0 ]]; then
  for f in "$data/sim_mp_gap.csv" "$data/exp_gap.csv" "$reference" "$jar"; do
    [[ -f $f ]] || { echo "missing $f" >&2; exit 2; }
  done
  [[ -x /usr/bin/time ]] || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
  rm -rf "$out/ref" "$out/wb-splits" "$out/wb-own" "$out/load.txt"
  mkdir -p "$out/ref"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs);" \
    "threads $threads; config $config" | tee "$out/load.txt"

  load "before the reference"
  if [[ -z $omp_wait ]] && awk '{exit !($1 > 1.5)}' /proc/loadavg; then
    echo "warning: the machine is busy; the reference's spinning OpenMP threads suffer most" \
      "(consider --omp-passive, or wait for a quiet machine)" | tee -a "$out/load.txt"
  fi
  [[ -n $omp_wait ]] && echo "reference runs with OMP_WAIT_POLICY=$omp_wait" | tee -a "$out/load.txt"
  env OPENBLAS_NUM_THREADS=1 ${omp_wait:+OMP_WAIT_POLICY=$omp_wait} /usr/bin/time -v -o "$out/ref/time.txt" /usr/bin/python3 "$reference" \
    --sim "$data/sim_mp_gap.csv" --exp "$data/exp_gap.csv" --threads "$threads" \
    "${sizes[@]}" --out "$out/ref/results.json" > "$out/ref/log.txt" 2>&1
  tail -3 "$out/ref/log.txt"

  runs=(wb-splits)
  [[ $own_splits == 1 ]] && runs+=(wb-own)
  for run in "${runs[@]}"; do
    mkdir -p "$out/$run"
    splits=()
    [[ $run == wb-splits ]] && splits=(--splits "$out/ref/splits.json")
    load "before the workbench ($run)"
    /usr/bin/time -v -o "$out/$run/time.txt" "$java" -jar "$jar" run --preset bandgap-v1 \
      --sim "$data/sim_mp_gap.csv" --exp "$data/exp_gap.csv" --threads "$threads" \
      "${sizes[@]}" "${splits[@]}" --out "$out/$run/results" > "$out/$run/log.txt" 2>&1
    grep -E "Wall time" "$out/$run/log.txt" || tail -5 "$out/$run/log.txt"
    cp "$out/$run/results/cells.csv" "$out/$run/cells.csv"
    if [[ $config == full ]]; then
      # the fit the workbench proposes (its own window), and one over all sizes like the reference
      "$java" -jar "$jar" fit "$out/$run/results" --json > "$out/$run/fit.json" 2> /dev/null \
        || echo "(the workbench's fit of $run failed; see $out/$run/fit.json)"
      "$java" -jar "$jar" fit "$out/$run/results" --window 1:1000000000 --json \
        > "$out/$run/fit-all.json" 2> /dev/null \
        || echo "(the workbench's all-sizes fit of $run failed; see $out/$run/fit-all.json)"
    fi
  done
  load "after"
fi

/usr/bin/python3 "$here/compare_reference.py" "$out"
