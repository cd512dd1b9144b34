# Shared helpers for the CLI tests: each test sources this file.
# $DIPLOMAP is the built binary; $DM_SOURCE_DIR the source tree.
set -u
: "${DIPLOMAP:?DIPLOMAP must name the built diplomap binary}"
: "${DM_SOURCE_DIR:?}"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
FAILS=0
PASSES=0
SEED_STORY="$DM_SOURCE_DIR/docs/examples/seed-story.json"

ok() { PASSES=$((PASSES + 1)); }
bad() { FAILS=$((FAILS + 1)); echo "FAIL: $*" >&2; }

# expect_exit CODE NAME -- CMD...: runs CMD, checks the exit code, keeps
# stderr in $TMP/err and stdout in $TMP/out.
expect_exit() {
  want=$1; name=$2; shift 3
  "$@" >"$TMP/out" 2>"$TMP/err"
  got=$?
  if [ "$got" -eq "$want" ]; then ok; else bad "$name: exit $got, want $want; stderr: $(head -c 300 "$TMP/err")"; fi
}

# expect_message NAME TEXT: stderr is one line, starts with "diplomap:", contains TEXT.
expect_message() {
  lines=$(wc -l <"$TMP/err")
  if [ "$lines" -eq 1 ] && grep -q '^diplomap: ' "$TMP/err" && grep -qF -- "$2" "$TMP/err"; then ok
  else bad "$1: stderr should be one line containing '$2', got: $(cat "$TMP/err")"; fi
}

expect_absent() { if [ ! -e "$2" ]; then ok; else bad "$1: $2 should not exist"; fi; }

finish() {
  # No temporary files left behind by failed writes.
  leftovers=$(find "$TMP" -name '*.??????' | head -3)
  [ -z "$leftovers" ] || bad "temporary files left behind: $leftovers"
  echo "$PASSES passed, $FAILS failed"
  [ "$FAILS" -eq 0 ]
}
