#!/usr/bin/env bash
# Side-by-side comparison of badgekit with the Node.js reference stack (../shared/interop), on this machine, in one go.
#
#   bench/compare.sh [-n N] [-r RUNS] [--skip-issue] [--skip-cold] [--keep]
#
# Issue: `badge batch` over N generated CSV rows (OB 3.0, eddsa-rdfc-2022, baked PNG, files written) against
#        `node issue-ob3-di.js --count N` (same proof suite; JSON files written, no image).
# Verify: `badge verify` over the N baked PNGs against `node verify-ob3-di.js` over its N JSON files.
# Both sides run as whole processes (JVM/Node start-up included); the tables show the median of RUNS runs of the wall time,
# the cost per credential (wall / N) and the Node/Java ratio (> 1 means badgekit is faster).
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
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    -n) N="$2"; shift 2 ;;
    -r) RUNS="$2"; shift 2 ;;
    --skip-issue) skip_issue=true; shift ;;
    --skip-cold) skip_cold=true; shift ;;
    --keep) keep=true; shift ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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

# run LABEL CMD... : runs CMD with stdout/stderr in $work/LABEL.log, prints the wall time in ms; fails loudly on non-zero exit
run() {
  local label="$1"; shift
  local t0 t1 rc=0
  t0=$(now_ns)
  "$@" >"$work/$label.out" 2>"$work/$label.err" || rc=$?
  t1=$(now_ns)
  if [ "$rc" -ne 0 ]; then
    log "$label failed (exit $rc): $*"; tail -n 5 "$work/$label.err" >&2; tail -n 5 "$work/$label.out" >&2
    echo "FAIL"; return 0
  fi
  echo $(( (t1 - t0) / 1000000 ))
}
median() { printf '%s\n' "$@" | grep -v -e FAIL -e '^$' | sort -n | awk '{a[NR]=$1} END {if (NR==0) print "n/a"; else if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
per_cred() { [ "$1" = n/a ] && echo n/a || awk -v ms="$1" -v n="$N" 'BEGIN {printf "%.3f", ms / n}'; }
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
    # keep the last run's output for the cold-start step, drop the rest
    [ "$r" -lt "$RUNS" ] && rm -rf "$work/node-$r" "$work/java-$r" "$work/ws-$r"
  done

  mj=$(median "${j_issue[@]:-}"); mn=$(median "${n_issue[@]}")
  vj=$(median "${j_verify[@]:-}"); vn=$(median "${n_verify[@]}")
  echo
  echo "## Issue and verify, N=$N, median of $RUNS runs (whole processes, start-up included)"
  echo
  echo "| step | badgekit ms | badgekit ms/cred | badgekit cred/s | node ms | node ms/cred | node cred/s | node/badgekit |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "| issue (java: sign + bake PNG + write; node: sign + write JSON) | $mj | $(per_cred "$mj") | $(rate "$mj") | $mn | $(per_cred "$mn") | $(rate "$mn") | $(ratio "$mn" "$mj") |"
  echo "| verify (java: baked PNGs; node: JSON files) | $vj | $(per_cred "$vj") | $(rate "$vj") | $vn | $(per_cred "$vn") | $(rate "$vn") | $(ratio "$vn" "$vj") |"
  echo
  echo "raw ms: java issue ${j_issue[*]:-n/a}; node issue ${n_issue[*]}; java verify ${j_verify[*]:-n/a}; node verify ${n_verify[*]}"
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
