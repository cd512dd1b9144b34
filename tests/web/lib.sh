# Shared by the web tests (HTML page, PNG/SVG metadata, the browser check).
# $DIPLOMAP is the built binary; $DM_SOURCE_DIR the source tree.
set -u
: "${DIPLOMAP:?DIPLOMAP must name the built diplomap binary}"
: "${DM_SOURCE_DIR:?}"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
FAILS=0
PASSES=0
SEED_STORY="$DM_SOURCE_DIR/docs/examples/seed-story.json"
ARTICLE="$DM_SOURCE_DIR/docs/examples/articles/korea-letter-refused.txt"
WEB="$DM_SOURCE_DIR/tests/web"

ok() { PASSES=$((PASSES + 1)); }
bad() { FAILS=$((FAILS + 1)); echo "FAIL: $*" >&2; }
# check NAME CMD...: CMD's exit status decides; its output is shown on failure.
check() {
  name=$1; shift
  if "$@" >"$TMP/check.out" 2>&1; then ok; else bad "$name: $(head -c 2000 "$TMP/check.out")"; fi
}

finish() {
  echo "$PASSES passed, $FAILS failed"
  [ "$FAILS" -eq 0 ]
}

need_python() {
  if ! command -v python3 >/dev/null 2>&1; then
    echo "SKIP: python3 is not installed (scripts/setup-debian.sh installs it)"
    exit 77
  fi
}
