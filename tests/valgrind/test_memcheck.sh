#!/bin/sh
# valgrind memcheck of one full article-to-PNG render (issue 6): no memory
# errors and no definite leaks in diplomap's code. fontconfig's process-wide
# caches are suppressed in tests/sanitizer/valgrind.supp. Skips (77) when
# valgrind is missing or the binary is built with AddressSanitizer.
set -u
: "${DIPLOMAP:?}" "${DM_SOURCE_DIR:?}"
command -v valgrind >/dev/null 2>&1 || { echo "SKIP: valgrind not found"; exit 77; }
if grep -q __asan_init "$DIPLOMAP" 2>/dev/null || grep -q __tsan_init "$DIPLOMAP" 2>/dev/null; then
  echo "SKIP: $DIPLOMAP is built with a sanitizer"; exit 77
fi
ARTICLE="$DM_SOURCE_DIR/../shared/articles/yonhap-2025-06-12-trump-kim-letter.txt"
if [ ! -f "$ARTICLE" ]; then
  echo "SKIP: the seed article (../shared absent); checking the sample article instead"
  ARTICLE="$DM_SOURCE_DIR/docs/examples/articles/korea-letter-refused.txt"
fi
TMP=$(mktemp -d) || exit 1
trap 'rm -rf "$TMP"' EXIT
valgrind --tool=memcheck --error-exitcode=99 --leak-check=full --show-leak-kinds=definite \
  --errors-for-leak-kinds=definite --track-origins=yes --num-callers=30 \
  --suppressions="$DM_SOURCE_DIR/tests/sanitizer/valgrind.supp" --log-file="$TMP/valgrind.log" \
  "$DIPLOMAP" render "$ARTICLE" -o "$TMP/map.png" --width 800 --height 500 --layout-json "$TMP/layout.json"
rc=$?
if [ "$rc" -ne 0 ]; then
  echo "FAIL: valgrind exit $rc"
  cat "$TMP/valgrind.log"
  exit 1
fi
[ -s "$TMP/map.png" ] && [ -s "$TMP/layout.json" ] || { echo "FAIL: no map written"; exit 1; }
grep -E "ERROR SUMMARY|definitely lost" "$TMP/valgrind.log"
echo "valgrind memcheck clean"
