#!/usr/bin/env bash
# Builds one libFuzzer harness (fuzz/<HARNESS>.swift) against the project's library
# sources and runs it for SECONDS seconds.
#
#   fuzz/run.sh HARNESS SECONDS [extra libFuzzer flags...]
#   fuzz/run.sh json 600
#   fuzz/run.sh demo 0 fuzz/crashes/demo-xyz.bin     # SECONDS 0: run the given inputs once
#
# HARNESS is one of: json compute summary demo csv embedding.
# Everything built goes to fuzz/.build/, the working corpus to fuzz/corpus-work/HARNESS/
# (both git-ignored), crashes/timeouts/OOMs to fuzz/.build/artifacts/HARNESS/.
# Environment: NICE (default 10), SANITIZE (default fuzzer,address), SWIFTC (default swiftc),
# BUILD_ONLY=1 (build, do not run), SKIP_BUILD=1 (run the harness built before, if there is one).
# One process only, so the machine stays usable.
set -euo pipefail

usage() { echo "usage: $0 HARNESS SECONDS [libFuzzer flags...]  (HARNESS: json compute summary demo csv embedding)" >&2; exit 2; }
[[ $# -ge 2 ]] || usage
harness=$1 seconds=$2
shift 2
[[ $seconds =~ ^[0-9]+$ ]] || usage

fuzz_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$fuzz_dir/.." && pwd)
build="$fuzz_dir/.build"
swiftc=${SWIFTC:-swiftc}
sanitize=${SANITIZE:-fuzzer,address}
nice_level=${NICE:-10}

case $harness in
  json|compute|summary) deps=(ConvMath TerminalText ConvReports); max_len=65536 ;;
  demo)                 deps=(ConvMath TerminalText ConvViz);     max_len=65536 ;;
  csv)                  deps=(ConvMath TerminalText ConvViz);     max_len=8192 ;;
  embedding)            deps=(ConvMath TerminalText ConvViz);     max_len=16384 ;;
  *) usage ;;
esac

mkdir -p "$build"

# Builds Sources/<module> (a snapshot of it, since the sources may be edited while we build)
# into fuzz/.build/lib<module>.a + <module>.swiftmodule; skipped when the snapshot is unchanged.
build_module() {
  local module=$1
  local snap="$build/src/$module"
  local stamp="$build/$module.stamp"
  rm -rf "$snap.new"
  mkdir -p "$snap.new"
  (cd "$root/Sources/$module" && find . -name '*.swift' -print0 | sort -z | xargs -0 cp --parents -t "$snap.new")
  # The hash covers this module's sources, the modules it imports (built before it) and the flags.
  local hash
  hash=$( { (cd "$snap.new" && find . -name '*.swift' -print0 | sort -z | xargs -0 sha256sum);
            echo "$sanitize"; for d in "${deps[@]}"; do [[ $d == "$module" ]] && break; cat "$build/$d.stamp"; done; } | sha256sum | cut -d' ' -f1)
  if [[ -f $stamp && $(cat "$stamp") == "$hash" && -f "$build/lib$module.a" ]]; then
    rm -rf "$snap.new"
    return
  fi
  rm -rf "$snap"; mv "$snap.new" "$snap"
  echo "run.sh: building $module" >&2
  local sources=()
  mapfile -d '' sources < <(find "$snap" -name '*.swift' -print0 | sort -z)
  nice -n "$nice_level" "$swiftc" -sanitize="$sanitize" -parse-as-library -O -g -wmo \
    -module-name "$module" -I "$build" \
    -emit-module -emit-module-path "$build/$module.swiftmodule" \
    -emit-library -static -o "$build/lib$module.a" "${sources[@]}"
  echo "$hash" > "$stamp"
}

exe="$build/fuzz-$harness"
if [[ ${SKIP_BUILD:-0} != 1 || ! -x $exe ]]; then
  for d in "${deps[@]}"; do build_module "$d"; done
fi
if [[ ${SKIP_BUILD:-0} == 1 && -x $exe ]]; then
  :
elif [[ ! -x $exe || "$fuzz_dir/$harness.swift" -nt $exe || -n $(find "$build" -maxdepth 1 -name '*.a' -newer "$exe") ]]; then
  echo "run.sh: linking $exe" >&2
  libs=()
  # Dependants before their dependencies for the static linker.
  for ((k=${#deps[@]}-1; k>=0; k--)); do libs+=("-l${deps[k]}"); done
  # (ld.gold warns "Cannot export local symbol '__asan_check_...'" for every ASan helper: harmless.)
  nice -n "$nice_level" "$swiftc" -sanitize="$sanitize" -parse-as-library -O -g \
    -I "$build" -L "$build" "$fuzz_dir/$harness.swift" "${libs[@]}" -o "$exe" \
    2> >(grep -v "Cannot export local symbol '__asan" >&2 || true)
fi

[[ ${BUILD_ONLY:-0} == 1 ]] && exit 0

# Seed corpus, rebuilt at every run from the fixtures (kept inputs found earlier stay).
corpus="$fuzz_dir/corpus-work/$harness"
mkdir -p "$corpus"
fixtures=()
for f in "$root"/Tests/Fixtures/*.json "$root"/../shared/fixtures/*.json; do [[ -f $f ]] && fixtures+=("$f"); done

# One file per element of the case list (without the large "expected" outputs).
split_cases() {
  local f=$1 prefix=$2
  jq -c '.cases // [] | .[] | del(.expected)' "$f" 2>/dev/null |
    awk -v dir="$corpus" -v p="$prefix" '{ f = sprintf("%s/seed-%s-%04d.json", dir, p, NR); print > f; close(f) }'
}

case $harness in
  json|compute)
    for f in "${fixtures[@]}"; do
      split_cases "$f" "$(basename "$(dirname "$f")")-$(basename "$f" .json)"
    done
    for f in "$root"/examples/*.json "$root"/Tests/Fixtures/published_models.json; do
      [[ -f $f ]] && cp "$f" "$corpus/seed-$(basename "$f")"
    done
    ;;
  summary)
    for f in "$root"/examples/*.json; do [[ -f $f ]] && cp "$f" "$corpus/seed-$(basename "$f")"; done
    for f in "${fixtures[@]}"; do
      case $(basename "$f") in
        published_models.json)
          jq -c '.models[] | .spec' "$f" |
            awk -v dir="$corpus" -v p="$(basename "$(dirname "$f")")-published" '{ f = sprintf("%s/seed-%s-%02d.json", dir, p, NR); print > f; close(f) }' ;;
        sequential*.json)
          # A sequential case's layers, with an Input layer of the case's input shape.
          jq -c '.cases[] | select((.input | type) == "array" and (.input[0] | type) == "array")
                 | {name: .id, layers: ([{class: "Input", shape: [(.input | length), (.input[0] | length)]}]
                    + [.layers[] | del(.kernel, .bias, .weights, .recurrent_kernel, .embeddings)])}' "$f" |
            awk -v dir="$corpus" -v p="$(basename "$(dirname "$f")")-$(basename "$f" .json)" '{ f = sprintf("%s/seed-%s-%04d.json", dir, p, NR); print > f; close(f) }' ;;
      esac
    done
    ;;
  demo)
    for f in "$root"/demos/*.convdemo; do cp "$f" "$corpus/seed-$(basename "$f")"; done ;;
  csv|embedding)
    cp "$fuzz_dir/seeds/$harness"/* "$corpus/" ;;
esac

artifacts="$build/artifacts/$harness"
mkdir -p "$artifacts"
# libFuzzer treats -max_total_time=0 as "no limit", so SECONDS 0 means: run the given inputs once.
time_flags=(-max_total_time="$seconds")
if [[ $seconds == 0 ]]; then time_flags=(-runs=1); fi
dirs=("$corpus")
if [[ $seconds == 0 && $# -gt 0 ]]; then dirs=(); fi

echo "run.sh: $(date -u +%FT%TZ) $exe ${time_flags[*]} -max_len=$max_len" >&2
exec nice -n "$nice_level" "$exe" "${time_flags[@]}" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$artifacts/" "$@" "${dirs[@]}"
