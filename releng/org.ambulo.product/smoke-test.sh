#!/bin/sh
# Runs the materialized product's start script as a user would and checks outputs and exit codes.
set -u
product="$1"
shared="$2"
ambulo="$product/ambulo"
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }

[ -x "$ambulo" ] || fail "$ambulo is missing or not executable"
out=$("$ambulo" --version 2>&1); code=$?
[ $code -eq 0 ] || fail "ambulo --version exited $code: $out"
echo "$out" | grep -Eq '^Ambulo [0-9]+\.[0-9]+\.[0-9]+ \(build [0-9]+\)$' || fail "unexpected --version output: $out"

out=$("$ambulo" --help 2>&1); code=$?
[ $code -eq 0 ] || fail "ambulo --help exited $code"
echo "$out" | grep -q "inspect FILE" || fail "--help does not list inspect"

out=$("$ambulo" no-such-command 2>&1); code=$?
[ $code -eq 64 ] || fail "an unknown command exited $code, expected 64"

sample="$shared/biomechanics-foundation__c3dio/tests/c3d_org_samples/sample_01"
out=$("$ambulo" list "$sample" 2>&1); code=$?
[ $code -eq 0 ] || fail "ambulo list exited $code: $out"
[ "$(echo "$out" | grep -c '^Eb015.*\.c3d	')" -eq 6 ] || fail "ambulo list did not show the six Eb015 files: $out"

out=$("$ambulo" inspect "$shared/OpenMA__openma-data/input/c3d/other/Empty.c3d" 2>&1); code=$?
[ $code -eq 2 ] || fail "inspect of a broken file exited $code, expected 2: $out"
echo "$out" | grep -q "Empty.c3d" || fail "the error does not name the file: $out"

walk="$shared/OpenMA__openma-data/input/c3d/plugingait/PiG_Motion-FlatFoot-Full.c3d"
out=$("$ambulo" stp --csv "$walk" 2>&1); code=$?
[ $code -eq 0 ] || fail "ambulo stp exited $code: $out"
[ "$(echo "$out" | head -n 1)" = "parameter,side,value,unit" ] || fail "stp --csv header: $(echo "$out" | head -n 1)"
echo "$out" | grep -q '^cadence,both,' || fail "stp --csv has no cadence row: $out"

out=$("$ambulo" events "$walk" 2>&1); code=$?
[ $code -eq 0 ] || fail "ambulo events exited $code: $out"
echo "$out" | grep -q 'Foot Strike' || fail "ambulo events found no foot strike: $out"

# The main job through the product's own runtime (catches OSGi wiring and weaving problems unit tests cannot see).
demo_out=$(mktemp -d)
out=$("$ambulo" analyze --demo -o "$demo_out" 2>&1); code=$?
[ $code -eq 0 ] || fail "ambulo analyze --demo exited $code: $out"
ls "$demo_out"/*-report.pdf >/dev/null 2>&1 || fail "ambulo analyze --demo wrote no report PDF: $out"
ls "$demo_out"/*-spatiotemporal.csv "$demo_out"/*-processed.c3d "$demo_out"/*.provenance.json >/dev/null 2>&1 \
	|| fail "ambulo analyze --demo is missing CSV, processed C3D or provenance: $(ls "$demo_out")"

# The store through the product: embedded H2 (Flyway, H2 and the PostgreSQL driver wired in OSGi), import, list,
# analyse from the store, verify the audit trail.
store_home=$(mktemp -d)
printf 'engine=h2\nh2.folder=%s/store\n' "$store_home" > "$store_home/store.properties"
export AMBULO_STORE_CONFIG="$store_home/store.properties"
out=$("$ambulo" import "$demo_out/demo-session" 2>&1); code=$?
[ $code -eq 0 ] || fail "ambulo import exited $code: $out"
out=$("$ambulo" patients --csv 2>&1); code=$?
[ $code -eq 0 ] || fail "ambulo patients exited $code: $out"
echo "$out" | grep -q '^DEMO-0001,' || fail "ambulo patients does not list the demo patient: $out"
out=$("$ambulo" analyze --session DEMO-2024-001 2>&1); code=$?
[ $code -eq 0 ] || fail "ambulo analyze --session exited $code: $out"
echo "$out" | grep -q 'stored report' || fail "ambulo analyze --session stored no report: $out"
out=$("$ambulo" audit verify 2>&1); code=$?
[ $code -eq 0 ] || fail "ambulo audit verify exited $code: $out"
unset AMBULO_STORE_CONFIG
rm -rf "$demo_out" "$store_home"

echo "smoke test passed: --version, --help, usage error, list, inspect of a broken file, stp, events, analyze --demo," \
	"import, patients, analyze --session, audit verify"
