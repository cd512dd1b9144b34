#!/bin/sh
# cmp.sh OLD_BIN NEW_BIN [CORPUS]: which stories a change touches. Extracts every text of the
# real-news corpus (default ../shared/corpora/diplomacy-news) and the seed articles beside it
# with both binaries and prints "DIFF ID" for each story that differs, then a count. The
# accuracy log's "stories changed (cmp.sh)" figures come from it. Ids only, never text; count
# the test half's changed stories, do not read them (tests/events/split.py tells the halves).
# A binary copied out of its build tree needs DIPLOMAP_DATA=BUILD/data.
set -u
old=$1 new=$2 corpus=${3:-../shared/corpora/diplomacy-news}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
n=0 differ=0
for f in "$corpus"/texts/*.txt "$corpus"/../../articles/*.txt; do
    [ -f "$f" ] || continue
    id=$(basename "$f" .txt)
    "$old" extract "$f" > "$tmp/a.json" 2>/dev/null
    "$new" extract "$f" > "$tmp/b.json" 2>/dev/null
    n=$((n + 1))
    if ! cmp -s "$tmp/a.json" "$tmp/b.json"; then
        differ=$((differ + 1))
        echo "DIFF $id"
    fi
done
echo "compared $n, differ $differ"
