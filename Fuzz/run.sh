#!/usr/bin/env bash
# Fuzz/run.sh SECONDS [TARGET...]: builds the libFuzzer targets and runs each for SECONDS.
# Seeds: the shipped programme's files of the target's kind and the inputs kept in Tests/Fuzz/.
# The corpus grows in Fuzz/corpus/TARGET (not committed); a finding is written to
# Fuzz/findings/TARGET/ and stops the run with exit 1: keep it as a regression test by copying it
# to Tests/Fuzz/TARGET/ once fixed.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}; shift || true
targets=${*:-workshop meeting persona journey task-card service-page backlog worksheet templates csv-import image}
root=..
runtime=$(ls /opt/swift/usr/lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a 2>/dev/null | head -1 || true)
flags=(-c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xcc -fsanitize=fuzzer-no-link,address
       -Xswiftc -use-ld=lld -Xlinker --allow-multiple-definition)
for target in $targets; do
  swift build "${flags[@]}" --product "fuzz-$target" 2>&1 | grep -E 'error|Compiling|Build' | tail -1
done
seed() {
  case $1 in
    workshop) echo "$root/workshops/emek-hamaayanot/workshop.yaml" ;;
    meeting) echo "$root"/workshops/emek-hamaayanot/meetings/*.yaml "$root"/Templates/new/meeting.yaml ;;
    persona) echo "$root"/workshops/emek-hamaayanot/personas/*.yaml "$root"/Templates/new/persona.yaml ;;
    journey) echo "$root"/workshops/emek-hamaayanot/journeys/*.yaml "$root"/Templates/new/journey.yaml ;;
    task-card) echo "$root"/workshops/emek-hamaayanot/task-cards/*.yaml ;;
    service-page) echo "$root"/workshops/emek-hamaayanot/services/resident-certificate.yaml "$root"/Templates/new/service-page.yaml ;;
    backlog) echo "$root/workshops/emek-hamaayanot/services/backlog.yaml" ;;
    worksheet) echo "$root"/Templates/worksheets/*.yaml ;;
    templates) echo "$root"/Templates/*.yaml ;;
    csv-import) echo "$root"/Tests/Fuzz/csv-import/*.csv ;;
    image) echo "$root"/Tests/References/png/he/persona-cards-1.png ;;
  esac
}
status=0
for target in $targets; do
  corpus=corpus/$target findings=findings/$target
  mkdir -p "$corpus" "$findings"
  for file in $(seed "$target") "$root"/Tests/Fuzz/"$target"/*; do
    [ -f "$file" ] && cp "$file" "$corpus/seed-$(basename "$file")"
  done
  echo "== fuzz-$target for ${seconds}s"
  if ! ASAN_OPTIONS=detect_leaks=0 ".build/debug/fuzz-$target" "$corpus" -max_total_time="$seconds" -timeout=10 \
       -rss_limit_mb=2048 -artifact_prefix="$findings/" -print_final_stats=1 >"findings/$target.log" 2>&1; then
    echo "FINDING in fuzz-$target:"; grep -E 'ERROR|Fatal error|SUMMARY|Test unit written' "findings/$target.log" | head -5
    status=1
  fi
  grep -E 'stat::number_of_executed_units|stat::new_units_added' "findings/$target.log" | tr '\n' ' '; echo
done
exit $status
