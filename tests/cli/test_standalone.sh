#!/bin/sh
# The repository stands alone (issue 17): a clone with nothing beside it
# builds, tests and draws README's first map.
#  - README's first command draws an article shipped in the repository;
#  - no file outside tests/ and docs/ refers to ../shared, and every test
#    that can read ../shared says so when it skips;
#  - nothing under docs/ or src/ points to a contracts.md (the formats are in
#    docs/formats.md, which exists);
#  - LICENSE (the code's) and LICENSE-data.md (the data's) exist.
# DM_SOURCE_DIR may name any checkout, so each check can be seen to fail on
# a copy that breaks it.
. "$(dirname "$0")/lib.sh"
cd "$DM_SOURCE_DIR" || exit 1

# The repository's files: tracked ones in a git checkout, else every file.
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git ls-files >"$TMP/files"
else
  find . -type f ! -path './build*' ! -path './.git/*' | sed 's|^\./||' >"$TMP/files"
fi
# Text files among them whose content matches an extended regex.
matching() {
  tr '\n' '\0' <"$TMP/files" | xargs -0 grep -lIE -- "$1" 2>/dev/null
}

# 1. README's first command (the first line of its first fenced block, as
#    CI and the hooks read it) renders an article in the repository.
first=$(awk '/^```/{f=!f; next} f' README.md | grep -vE '^[[:space:]]*(#|$)' | head -1)
article=$(printf '%s\n' "$first" | sed -n 's/.*diplomap render \([^ ]*\).*/\1/p')
if [ -z "$article" ]; then
  bad "README's first command renders nothing: '$first'"
else
  case "$article" in
    /* | ../* | *"/../"*) bad "README's first command reads $article, outside the repository" ;;
    *) if grep -qxF -- "$article" "$TMP/files"; then ok
       else bad "README's first command reads $article, which is not a file of the repository"; fi ;;
  esac
fi

# 2. ../shared: only docs and tests may name it, and a test that reads it
#    says when it skips ("../shared absent").
matching '\.\./shared|/work/shared' >"$TMP/shared"
outside=$(grep -vE '^(tests|docs)/' "$TMP/shared" | head -5)
if [ -z "$outside" ]; then ok; else bad "outside tests/ and docs/, these refer to ../shared: $outside"; fi
for f in $(grep -E '^tests/(.*/)?(test_[^/]*|run)\.(sh|c)$' "$TMP/shared"); do
  [ "$f" = tests/cli/test_standalone.sh ] && continue
  if grep -qF '../shared absent' "$f"; then ok; else bad "$f reads ../shared but never says it skips ('../shared absent')"; fi
done

# 3. The formats are documented in the repository.
contracts=$(matching 'contracts\.md' | grep -E '^(docs|src)/' | head -5)
if [ -z "$contracts" ]; then ok; else bad "these point to contracts.md, which is not in the repository: $contracts"; fi
if [ -s docs/formats.md ]; then ok; else bad "docs/formats.md is missing"; fi

# 4. Licences.
if [ -f LICENSE ] && grep -q 'Permission is hereby granted' LICENSE; then ok; else bad "LICENSE is missing or is not the MIT licence"; fi
if [ -f LICENSE-data.md ] && grep -q 'CC BY 4.0' LICENSE-data.md && grep -q 'ODbL' LICENSE-data.md; then ok
else bad "LICENSE-data.md is missing or does not state the GeoNames and OpenStreetMap licences"; fi

finish
