#!/bin/sh
# The golden tolerance catches what matters: each row of mutations.tsv edits
# one story of cases.tsv the smallest way an editor would call a different
# map (one letter of a label, one event's status, a place moved by one
# degree, one event dropped; mutate.py), renders it with the case's options
# and requires imgdiff to FAIL it against the case's reference at the case's
# tolerance, while the story as it is passes. Each line prints imgdiff's
# figures (the worst 16x16 window is what tells them apart: see imgdiff.c);
# a mutation that passes leaves its render and diff in golden-out/mutations/.
# Run after test_golden (DM_UPDATE_GOLDEN=1 rewrites the references first;
# the two share a ctest resource lock).
set -u
: "${DIPLOMAP:?}" "${DM_SOURCE_DIR:?}" "${DM_IMGDIFF:?}"
if ! command -v python3 >/dev/null 2>&1; then
  echo "SKIP: python3 not found (mutate.py edits the stories)"
  exit 77
fi
here="$DM_SOURCE_DIR/tests/golden"
out=$(pwd)/golden-out/mutations
mkdir -p "$out"
tab=$(printf '\t')
fails=0
caught=0
checked=""

# case NAME: sets story, opts, mean, bad, window from cases.tsv.
case_of() {
  line=$(grep "^$1$tab" "$here/cases.tsv") || return 1
  IFS="$tab" read -r _ story opts mean bad window <<EOF
$line
EOF
}

while IFS="$tab" read -r name kind id args; do
  case "$name" in ''|'#'*) continue ;; esac
  if ! case_of "$name"; then fails=$((fails + 1)); echo "FAIL: $name is no case of cases.tsv" >&2; continue; fi
  ref="$here/$name.png"
  # The story as it is passes (once per case).
  case " $checked " in
    *" $name "*) ;;
    *)
      checked="$checked $name"
      # shellcheck disable=SC2086
      if "$DIPLOMAP" render "$DM_SOURCE_DIR/$story" -o "$out/$name.png" $opts &&
         figures=$("$DM_IMGDIFF" "$ref" "$out/$name.png" "$out/$name.diff.png" "$mean" "$bad" $window); then
        echo "ok   $name unmutated passes: $figures"
      else
        fails=$((fails + 1)); echo "FAIL: $name unmutated does not pass its own reference: ${figures:-}" >&2
      fi ;;
  esac
  tag="$name.$kind.$id"
  # shellcheck disable=SC2086
  if ! python3 "$here/mutate.py" "$DIPLOMAP" "$DM_SOURCE_DIR/$story" "$out/$tag.json" "$kind" "$id" $args; then
    fails=$((fails + 1)); echo "FAIL: $tag: the mutation could not be applied" >&2; continue
  fi
  # shellcheck disable=SC2086
  if ! "$DIPLOMAP" render "$out/$tag.json" -o "$out/$tag.png" $opts; then
    fails=$((fails + 1)); echo "FAIL: $tag did not render" >&2; continue
  fi
  # shellcheck disable=SC2086
  figures=$("$DM_IMGDIFF" "$ref" "$out/$tag.png" "$out/$tag.diff.png" "$mean" "$bad" $window)
  rc=$?
  if [ "$rc" -eq 1 ]; then
    caught=$((caught + 1)); echo "ok   $tag $args caught: $figures"
    # What the window adds: the mean and the fraction of bad pixels alone.
    if "$DM_IMGDIFF" "$ref" "$out/$tag.png" "$out/$tag.whole.diff.png" "$mean" "$bad" >/dev/null; then
      echo "     (the mean and bad-pixel fraction alone would have passed it)"
    fi
  else
    fails=$((fails + 1)); echo "FAIL: $tag $args NOT caught (imgdiff exit $rc): $figures" >&2
  fi
done <"$here/mutations.tsv"
echo "$caught mutations caught, $fails failures"
[ "$fails" -eq 0 ] && [ "$caught" -gt 0 ]
