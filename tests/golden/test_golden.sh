#!/bin/sh
# Golden images: each case of cases.tsv is rendered to PNG and compared
# pixel by pixel with tests/golden/NAME.png within its tolerance (mean,
# fraction of bad pixels, bad pixels in the worst 16x16 window: imgdiff.c;
# test_mutations.sh shows that tolerance failing on what matters); a failure
# leaves NAME.diff.png (bad pixels in red) in the build directory. SVG and
# PDF of the same case are checked for structure and, where rsvg-convert or
# pdftoppm exists, rasterised and compared with the same reference (looser:
# rasterisers differ in antialiasing). DM_UPDATE_GOLDEN=1 rewrites the
# references instead.
set -u
: "${DIPLOMAP:?}" "${DM_SOURCE_DIR:?}" "${DM_IMGDIFF:?}"
here="$DM_SOURCE_DIR/tests/golden"
out=$(pwd)/golden-out
mkdir -p "$out"
fails=0
passes=0
check() { if "$@"; then passes=$((passes + 1)); else fails=$((fails + 1)); echo "FAIL: $*" >&2; fi; }

while IFS="$(printf '\t')" read -r name story opts mean bad window; do
  case "$name" in ''|'#'*) continue ;; esac
  # shellcheck disable=SC2086
  if ! "$DIPLOMAP" render "$DM_SOURCE_DIR/$story" -o "$out/$name.png" $opts; then
    fails=$((fails + 1)); echo "FAIL: $name did not render" >&2; continue
  fi
  if [ "${DM_UPDATE_GOLDEN:-}" = 1 ]; then
    cp "$out/$name.png" "$here/$name.png"
    # optipng, where installed, makes the reference about a third lighter; the pixels stay.
    if command -v optipng >/dev/null 2>&1; then optipng -o2 -quiet "$here/$name.png"; fi
    echo "updated $name"; continue
  fi
  # shellcheck disable=SC2086
  check "$DM_IMGDIFF" "$here/$name.png" "$out/$name.png" "$out/$name.diff.png" "$mean" "$bad" $window
  # shellcheck disable=SC2086
  "$DIPLOMAP" render "$DM_SOURCE_DIR/$story" -o "$out/$name.svg" $opts
  check grep -q '<svg' "$out/$name.svg"
  check grep -q '<path' "$out/$name.svg"
  # shellcheck disable=SC2086
  "$DIPLOMAP" render "$DM_SOURCE_DIR/$story" -o "$out/$name.pdf" $opts
  check grep -q '^%PDF-1' "$out/$name.pdf"
  if command -v rsvg-convert >/dev/null 2>&1; then
    rsvg-convert -d 72 -p 72 -b white "$out/$name.svg" -o "$out/$name.svg.png"
    # rsvg places glyphs a little apart from cairo's (textLength): text at
    # 11 px and more (issue 16) on a small map is up to 6.1 of mean.
    check "$DM_IMGDIFF" "$here/$name.png" "$out/$name.svg.png" "$out/$name.svg.diff.png" 7 0.05
  fi
  if command -v pdftoppm >/dev/null 2>&1; then
    pdftoppm -r 72 -png -singlefile "$out/$name.pdf" "$out/$name.pdf"
    check "$DM_IMGDIFF" "$here/$name.png" "$out/$name.pdf.png" "$out/$name.pdf.diff.png" 6 0.05
  fi
done <"$here/cases.tsv"
echo "$passes passed, $fails failed"
[ "$fails" -eq 0 ]
