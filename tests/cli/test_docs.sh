#!/bin/sh
# The man page, docs/cli.md and the bash completion are generated from the
# commands' option tables ('diplomap help --man|--markdown|--bash-completion');
# the committed files must be exactly that output, so --help, the man page
# and the reference cannot drift apart. To update them after changing an
# option table: cmake --build BUILD --target dm_update_docs
. "$(dirname "$0")/lib.sh"

check_generated() { # NAME FLAG FILE
  if "$DIPLOMAP" help "$2" >"$TMP/gen" 2>"$TMP/err"; then ok; else bad "$1: 'diplomap help $2' failed: $(cat "$TMP/err")"; return; fi
  if cmp -s "$TMP/gen" "$DM_SOURCE_DIR/$3"; then ok
  else bad "$3 differs from 'diplomap help $2' (regenerate: cmake --build BUILD --target dm_update_docs):
$(diff -u "$DM_SOURCE_DIR/$3" "$TMP/gen" | head -20)"; fi
}
check_generated "man page" --man docs/diplomap.1
check_generated "markdown" --markdown docs/cli.md
check_generated "completion" --bash-completion docs/completion/diplomap.bash

# Every command's --help names the same options as the reference.
for cmd in $("$DIPLOMAP" --help | sed -n 's/^  \([a-z][a-z]*\) .*/\1/p'); do
  grep -q "^## diplomap $cmd\$" "$DM_SOURCE_DIR/docs/cli.md" && ok || bad "docs/cli.md lacks command $cmd"
  "$DIPLOMAP" "$cmd" --help >"$TMP/help" || bad "$cmd --help failed"
  for opt in $(grep -o -- '--[a-z][a-z-]*' "$TMP/help" | sort -u); do
    awk -v c="## diplomap $cmd" '$0 == c {on = 1; next} /^## / {on = 0} on' "$DM_SOURCE_DIR/docs/cli.md" |
      grep -qF -- "\`$opt\`" && ok || bad "docs/cli.md: $cmd lacks $opt"
  done
done

# The man page is valid roff (groff warns about errors when present).
if command -v groff >/dev/null; then
  groff -man -ww -z "$DM_SOURCE_DIR/docs/diplomap.1" 2>"$TMP/groff"
  [ ! -s "$TMP/groff" ] && ok || bad "groff warnings: $(head -3 "$TMP/groff")"
fi

# The completion completes commands, options and option values.
if command -v bash >/dev/null; then
  out=$(bash -c '. "$1"
    COMP_WORDS=(diplomap re); COMP_CWORD=1; _diplomap; echo "${COMPREPLY[*]}"
    COMP_WORDS=(diplomap render --the); COMP_CWORD=2; _diplomap; echo "${COMPREPLY[*]}"
    COMP_WORDS=(diplomap render --inset ""); COMP_CWORD=3; _diplomap; echo "${COMPREPLY[*]}"
    COMP_WORDS=(diplomap extract --format g); COMP_CWORD=3; _diplomap; echo "${COMPREPLY[*]}"' \
    _ "$DM_SOURCE_DIR/docs/completion/diplomap.bash" 2>&1)
  expected="render
--theme
auto none
geojson"
  [ "$out" = "$expected" ] && ok || bad "bash completion gave: $out"
fi

expect_exit 2 "help of an unknown command" -- "$DIPLOMAP" help nonsense
expect_message "help of an unknown command" "unknown command"
expect_exit 0 "help COMMAND" -- "$DIPLOMAP" help render
grep -q -- "--layout-json" "$TMP/out" && ok || bad "help render does not describe render"
finish
