#!/usr/bin/env bash
# Side-by-side comparison of badgekit with the Node.js reference stack (../shared/interop), on this machine, in one go.
#
#   bench/compare.sh [-n N] [-r RUNS] [--skip-issue] [--skip-same] [--skip-cold] [--keep]
#
# Issue: `badge batch` over N generated CSV rows (OB 3.0, eddsa-rdfc-2022, baked PNG, files written) against
#        `node issue-ob3-di.js --count N` (same proof suite; JSON files written, no image).
# Verify: `badge verify` over the N baked PNGs against `node verify-ob3-di.js` over its N JSON files.
# Both sides run as whole processes (JVM/Node start-up included); the tables show the median of RUNS runs of wall time and
# of CPU time (user + system), per credential, and the Node/badgekit ratios (> 1 means badgekit is faster).
# Same credential: eddsa-rdfc-2022 sign and verify of one badgekit-issued credential, in process on one thread, badgekit
# (org.badgekit.bench.Loop from badge-bench/target/benchmarks.jar, built with -Pbench when missing) against Node
# (bench/node/bench-file.mjs, copied into the harness); CPU time is the robust figure on a busy machine.
# Cold start: `badge --version`, `badge verify one.png` and `node verify-ob3-di.js one.png` as whole processes (hyperfine
# when installed, else a loop timed with date +%s%N).
#
# Environment: INTEROP_DIR (Node harness, default /tmp/interop; `npm ci` is run there when node_modules is missing, after
# copying ../shared/interop when the folder does not exist), BADGE (default: the repo's ./badge launcher), BENCH_WORK
# (scratch folder, default a fresh mktemp -d), BADGE_JAVA_OPTS (passed to the JVM by the launcher).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N=2000
RUNS=3
skip_issue=false
skip_cold=false
skip_same=false
SAME_N=400
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    -n) N="$2"; shift 2 ;;
    -r) RUNS="$2"; shift 2 ;;
    --skip-issue) skip_issue=true; shift ;;
    --skip-cold) skip_cold=true; shift ;;
    --skip-same) skip_same=true; shift ;;
    --keep) keep=true; shift ;;
    -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "compare.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done
case "$N$RUNS" in *[!0-9]*) echo "compare.sh: -n and -r take positive integers" >&2; exit 2 ;; esac

interop="${INTEROP_DIR:-/tmp/interop}"
badge="${BADGE:-$root/badge}"
work="${BENCH_WORK:-$(mktemp -d /tmp/badge-compare.XXXXXX)}"
mkdir -p "$work"
$keep || trap 'rm -rf "$work"' EXIT

log() { echo "compare.sh: $*" >&2; }
now_ns() { date +%s%N; }

# --- the Node harness -------------------------------------------------------------------------------------------------
if [ ! -d "$interop/node_modules" ]; then
  if [ ! -f "$interop/package.json" ]; then
    src=""
    for candidate in "$root/../shared/interop" /work/shared/interop; do
      [ -f "$candidate/package.json" ] && { src="$candidate"; break; }
    done
    [ -n "$src" ] || { log "no Node harness at $interop and no ../shared/interop to copy it from"; exit 2; }
    log "copying the Node harness from $src to $interop"
    mkdir -p "$interop" && cp -r "$src"/. "$interop"/ && chmod -R u+w "$interop"
  fi
  log "npm ci in $interop"
  (cd "$interop" && npm ci --no-audit --no-fund >/dev/null)
fi
command -v node >/dev/null || { log "node is not installed"; exit 2; }

# --- the Java side ----------------------------------------------------------------------------------------------------
"$badge" --version >/dev/null   # the launcher builds the jar on first use
java_batch=true
java_verify=true
"$badge" help batch >/dev/null 2>&1 || { java_batch=false; log "this build has no 'badge batch': Java issue side skipped"; }
"$badge" help verify >/dev/null 2>&1 || { java_verify=false; log "this build has no 'badge verify': Java verify side skipped"; }

# --- inputs -----------------------------------------------------------------------------------------------------------
csv="$work/rows.csv"
{
  echo "email,name,badge,lang,issued_on,valid_until,evidence_url,evidence_narrative,ref"
  for ((i = 1; i <= N; i++)); do
    printf 'learner%05d@example.org,Learner %05d,workplace-instructor,en,2026-05-29,,,"Delivered three observed instruction sessions.",BENCH-%05d\n' "$i" "$i" "$i"
  done
} >"$csv"

# run LABEL CMD... : runs CMD with stdout/stderr in $work/LABEL.out/.err; prints "WALL_MS CPU_MS" (CPU = user + system of the
# whole process tree, from GNU time when installed, else "-"); prints FAIL on a non-zero exit
run() {
  local label="$1"; shift
  local t0 t1 rc=0 cpu=-
  t0=$(now_ns)
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f "%U %S" -o "$work/$label.time" "$@" >"$work/$label.out" 2>"$work/$label.err" || rc=$?
  else
    "$@" >"$work/$label.out" 2>"$work/$label.err" || rc=$?
  fi
  t1=$(now_ns)
  if [ "$rc" -ne 0 ]; then
    log "$label failed (exit $rc): ${*:1:4} ..."; tail -n 5 "$work/$label.err" >&2; tail -n 5 "$work/$label.out" >&2
    echo "FAIL"; return 0
  fi
  [ -s "$work/$label.time" ] && cpu=$(awk 'END {printf "%d", ($1 + $2) * 1000}' "$work/$label.time")
  echo "$(( (t1 - t0) / 1000000 )) $cpu"
}
wall_of() { for x in "$@"; do echo "${x%% *}"; done; }
cpu_of() { for x in "$@"; do [ "$x" = FAIL ] && echo FAIL || echo "${x##* }"; done; }
median() { printf '%s\n' "$@" | grep -v -e FAIL -e '^$' -e '^-$' | sort -n | awk '{a[NR]=$1} END {if (NR==0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
per_cred() { [ "$1" = n/a ] && echo n/a || awk -v ms="$1" -v n="$N" 'BEGIN {printf "%.2f", ms / n}'; }
rate() { [ "$1" = n/a ] && echo n/a || awk -v ms="$1" -v n="$N" 'BEGIN {printf "%.0f", n * 1000 / ms}'; }
ratio() { { [ "$1" = n/a ] || [ "$2" = n/a ]; } && echo n/a || awk -v node="$1" -v java="$2" 'BEGIN {printf "%.1fx", node / java}'; }

declare -a j_issue=() n_issue=() j_verify=() n_verify=()
cpus=$(nproc)
log "N=$N, $RUNS runs, $cpus CPUs, load $(cut -d' ' -f1-3 /proc/loadavg), work dir $work"

if ! $skip_issue; then
  for ((r = 1; r <= RUNS; r++)); do
    if $java_batch; then
      ws="$work/ws-$r"
      "$badge" init "$ws" --name "Bench Issuer $r" --url https://bench.example.org >/dev/null 2>&1 \
        || { log "badge init failed"; exit 1; }
      j_issue+=("$(run "java-issue-$r" "$badge" batch "$csv" --workspace "$ws" --format ob3 --proof di --bake png \
        --out "$work/java-$r")")
      count=$(find "$work/java-$r" -name '*.png' | wc -l)
      [ "$count" -eq "$N" ] || log "java run $r wrote $count PNG files, expected $N"
    fi
    n_issue+=("$(run "node-issue-$r" node "$interop/issue-ob3-di.js" --count "$N" --out "$work/node-$r")")
    if $java_verify && $java_batch; then
      mapfile -t files < <(find "$work/java-$r" -name '*.png' | sort)
      j_verify+=("$(run "java-verify-$r" "$badge" verify "${files[@]}")")
    fi
    mapfile -t files < <(find "$work/node-$r" -name 'credential-*.json' | sort)
    n_verify+=("$(run "node-verify-$r" node "$interop/verify-ob3-di.js" "${files[@]}")")
    log "run $r: issue java ${j_issue[*]:-} node ${n_issue[*]} | verify java ${j_verify[*]:-} node ${n_verify[*]} (ms)"
    # every run's output stays until the end: deleting thousands of files right before the next run makes ext4 search for
    # free inodes among the recently deleted ones, which tripled the next batch's system time on this machine
  done

  row() { # LABEL JAVA_RUNS NODE_RUNS (arrays flattened by name)
    local label="$1" jn="$2[@]" nn="$3[@]"
    local jw jc nw nc
    jw=$(median $(wall_of "${!jn}")); jc=$(median $(cpu_of "${!jn}"))
    nw=$(median $(wall_of "${!nn}")); nc=$(median $(cpu_of "${!nn}"))
    echo "| $label | $(per_cred "$jw") ($(rate "$jw")/s) | $(per_cred "$jc") | $(per_cred "$nw") ($(rate "$nw")/s) | $(per_cred "$nc") | $(ratio "$nw" "$jw") | $(ratio "$nc" "$jc") |"
  }
  echo
  echo "## Issue and verify, N=$N, median of $RUNS runs (whole processes, start-up and JIT included)"
  echo
  echo "| step | badgekit wall ms/cred | badgekit CPU ms/cred | node wall ms/cred | node CPU ms/cred | wall node/badgekit | CPU node/badgekit |"
  echo "|---|---|---|---|---|---|---|"
  row "issue (badgekit: sign + bake PNG + write, 2 cores; node: sign + write JSON, 1 thread)" j_issue n_issue
  row "verify (badgekit: the baked PNGs; node: its JSON files)" j_verify n_verify
  echo
  echo "raw \"wall_ms cpu_ms\": java issue ${j_issue[*]:-n/a}; node issue ${n_issue[*]}; java verify ${j_verify[*]:-n/a}; node verify ${n_verify[*]}"
fi

# --- the same credential in one process, one thread ------------------------------------------------------------------
if ! $skip_same; then
  bench_jar="$root/badge-bench/target/benchmarks.jar"
  if [ ! -f "$bench_jar" ]; then
    log "building badge-bench/target/benchmarks.jar (mvn -Pbench)"
    (cd "$root" && mvn -B -q -Pbench -pl badge-bench -am package -DskipTests >"$work/bench-build.log" 2>&1) \
      || { log "benchmarks.jar build failed; see $work/bench-build.log"; skip_same=true; }
  fi
fi
if ! $skip_same; then
  same=$(find "$work/java-$RUNS/credentials" -name '*.json' 2>/dev/null | sort | sed -n 1p)
  [ -n "$same" ] || same=$(find "$work" -name 'credential-00001.json' | sed -n 1p)
  [ -n "$same" ] || { node "$interop/issue-ob3-di.js" --count 1 --out "$work/node-same" >/dev/null 2>&1; same="$work/node-same/credential-00001.json"; }
  cp "$root/bench/node/bench-file.mjs" "$interop/bench-file.mjs"
  echo
  echo "## One credential ($(wc -c <"$same") bytes, $(basename "$same")), one thread, in process, after warm-up"
  echo
  echo "| op | badgekit wall us/op | badgekit thread CPU us/op | node wall us/op | node process CPU us/op | CPU node/badgekit |"
  echo "|---|---|---|---|---|---|"
  node_json=$(node "$interop/bench-file.mjs" --file "$same" --count "$SAME_N" 2>/dev/null | tail -n 1)
  for op in sign verify; do
    line=$(java -cp "$bench_jar" org.badgekit.bench.Loop "$op" "$((SAME_N * 5))" "$same" | tail -n 1)
    jw=$(echo "$line" | sed -E 's/.*wall ([0-9.]+) us.*/\1/'); jc=$(echo "$line" | sed -E 's/.*thread CPU ([0-9.]+) us.*/\1/')
    read -r nw nc < <(node -e '
      const r = JSON.parse(process.argv[1]).results.find(x => x.op === "di-" + process.argv[2]);
      console.log((r.wallMsPerOp * 1000).toFixed(0), (r.cpuMsPerOp * 1000).toFixed(0));' "$node_json" "$op")
    echo "| eddsa-rdfc-2022 $op | $jw | $jc | $nw | $nc | $(ratio "$nc" "$jc") |"
  done
fi

# --- cold start -------------------------------------------------------------------------------------------------------
if ! $skip_cold; then
  one="$work/one.png"
  if [ -d "$work/node-$RUNS" ]; then
    cred="$work/node-$RUNS/credential-00001.json"
  else
    node "$interop/issue-ob3-di.js" --count 1 --out "$work/node-one" >/dev/null 2>&1
    cred="$work/node-one/credential-00001.json"
  fi
  # the same Node-issued, Node-baked image for both verifiers
  node "$interop/bake.js" "$interop/fixtures/badge.png" "$cred" "$one" >/dev/null 2>&1
  declare -a cmds=("$badge --version")
  $java_verify && cmds+=("$badge verify $one")
  cmds+=("node $interop/verify-ob3-di.js $one")
  echo
  echo "## Cold start (whole process, median of 10 runs after 2 warm-up runs)"
  echo
  if command -v hyperfine >/dev/null; then
    hyperfine -N --warmup 2 --runs 10 --export-json "$work/cold.json" "${cmds[@]}" >/dev/null 2>"$work/hyperfine.err" \
      || { log "hyperfine failed"; cat "$work/hyperfine.err" >&2; }
    node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).results;
      console.log("| command | median ms | min ms | max ms |\n|---|---|---|---|");
      for (const x of r) console.log(`| \`${x.command.replace(/\S*\//g, "")}\` | ${(x.median*1000).toFixed(0)} | ${(x.min*1000).toFixed(0)} | ${(x.max*1000).toFixed(0)} |`);
    ' "$work/cold.json"
  else
    echo "| command | median ms |"
    echo "|---|---|"
    for c in "${cmds[@]}"; do
      # shellcheck disable=SC2086
      for _ in 1 2; do $c >/dev/null 2>&1 || true; done
      declare -a t=()
      for _ in $(seq 10); do
        t0=$(now_ns); $c >/dev/null 2>&1 || true; t1=$(now_ns); t+=($(( (t1 - t0) / 1000000 )))
      done
      echo "| \`${c//$root\//}\` | $(median "${t[@]}") |"
    done
  fi
fi
echo
echo "machine: $cpus CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg); $(java -version 2>&1 | head -1); node $(node --version)"
