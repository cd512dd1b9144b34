#!/bin/sh
# Build and run the extraction benchmark against a build tree.
#   sh tests/bench/bench_extract.sh BUILD_DIR [ARTICLE...]
set -eu
build=${1:?usage: bench_extract.sh BUILD_DIR [ARTICLE...]}
shift
src=$(cd "$(dirname "$0")/../.." && pwd)
[ $# -gt 0 ] || set -- "$src"/tests/articles/*.txt
out="$build/bench_extract"
# shellcheck disable=SC2046
cc -O2 -std=c11 -I"$src/src" "$src/tests/bench/bench_extract.c" "$build/libdiplomap.a" \
  $(pkg-config --libs glib-2.0 jansson cairo pangocairo) -lgdal -lproj -lm -o "$out"
"$out" "$@"
