#!/bin/sh
# Install into a temporary prefix, then use only the installed files:
#  - the layout (library shared and static, header, diplomap.pc, the CMake
#    package, CLI, data, man page, completion) and no path into the build
#    or source tree in the package files, the libraries or the CLI;
#  - a program built with pkg-config, and a project built with
#    find_package(Diplomap) (shared and static), run with DIPLOMAP_DATA
#    unset: it must find the installation's data, even after the prefix is
#    moved elsewhere, and even with the source and build trees' data hidden
#    (a private mount namespace, when unshare(1) is allowed);
#  - docs/examples/report.c built against the install, writing a PDF with
#    one page per story (pdfinfo, pdftotext when present).
set -u
: "${DM_BUILD_DIR:?}" "${DM_SOURCE_DIR:?}"
CMAKE=${CMAKE_COMMAND:-cmake}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
FAILS=0
PASSES=0
ok() { PASSES=$((PASSES + 1)); }
bad() { FAILS=$((FAILS + 1)); echo "FAIL: $*" >&2; }
die() { echo "FAIL: $*" >&2; exit 1; }
unset DIPLOMAP_DATA DIPLOMAP_GAZETTEER DIPLOMAP_BASEMAP

"$CMAKE" --install "$DM_BUILD_DIR" --prefix "$TMP/stage" >"$TMP/install.log" 2>&1 ||
  die "cmake --install failed: $(tail -5 "$TMP/install.log")"
# Move the whole install: nothing may depend on where it was installed.
mv "$TMP/stage" "$TMP/prefix"
P=$TMP/prefix

has() { # DESCRIPTION FIND-ARGS...
  what=$1; shift
  [ -n "$(find "$P" "$@" | head -1)" ] && ok || bad "not installed: $what"
}
has "shared library" -name 'libdiplomap.so.0*' -type f
has "static library" -name libdiplomap.a
has "header" -path '*/include/diplomap.h'
has "pkg-config file" -path '*/pkgconfig/diplomap.pc'
has "CMake package" -path '*/cmake/Diplomap/DiplomapConfig.cmake'
has "CMake targets" -path '*/cmake/Diplomap/DiplomapTargets.cmake'
has "CLI" -path '*/bin/diplomap' -type f
has "gazetteer" -path '*/share/diplomap/gazetteer.idx'
has "basemap" -path '*/share/diplomap/basemap.dmb'
has "data credits" -path '*/share/diplomap/SOURCES.md'
has "man page" -path '*/man1/diplomap.1'
has "bash completion" -path '*/bash-completion/completions/diplomap'
# The private headers stay private, and so do the internal symbols: the
# shared library exports the public API (dm_*) and its version node only.
[ -z "$(find "$P" -name '*-private.h')" ] && ok || bad "private headers installed"
SO=$(find "$P" -name 'libdiplomap.so.0*' -type f | head -1)
if command -v nm >/dev/null 2>&1 && [ -n "$SO" ]; then
  nm -D --defined-only "$SO" | awk '{ sub(/@.*/, "", $3); print $3 }' | grep -v -e '^dm_' -e '^DIPLOMAP_0$' >"$TMP/exports"
  [ ! -s "$TMP/exports" ] && ok || bad "the shared library exports internals: $(head -5 "$TMP/exports" | tr '\n' ' ')"
  nm -D --defined-only "$SO" | grep -q ' dm_map_create@' && ok || bad "the shared library does not export dm_map_create"
else
  echo "note: nm absent, exported symbols not checked" >&2
fi
grep -rlF -e "$DM_BUILD_DIR" -e "$DM_SOURCE_DIR" "$P" --include='*.cmake' --include='*.pc' >"$TMP/leaks"
[ ! -s "$TMP/leaks" ] && ok || bad "installed package files name the build or source tree: $(cat "$TMP/leaks")"
# Nor do the binaries: the library finds its data relative to itself, with
# no build-tree or source-tree path compiled in. (Debug information, which
# names the sources in a -g build, is left out of the check.)
for f in "$SO" "$(find "$P" -name libdiplomap.a | head -1)" "$P/bin/diplomap"; do
  [ -f "$f" ] || { bad "not installed: $f"; continue; }
  g=$TMP/nodebug.bin
  command -v objcopy >/dev/null && objcopy --strip-debug "$f" "$g" 2>/dev/null || cp "$f" "$g"
  n=$(grep -c -a -F -e "$DM_BUILD_DIR" -e "$DM_SOURCE_DIR" "$g")
  [ "$n" = 0 ] && ok || bad "$(basename "$f") names the build or source tree ($n lines): $(strings "$g" | grep -F -e "$DM_BUILD_DIR" -e "$DM_SOURCE_DIR" | head -3 | tr '\n' ' ')"
done

PC_DIR=$(dirname "$(find "$P" -name diplomap.pc | head -1)")
LIBDIR=$(dirname "$PC_DIR")
DATA=$(cd "$P/share/diplomap" && pwd -P)
SEED=$DM_SOURCE_DIR/docs/examples/seed-story.json
CONSUMER=$DM_SOURCE_DIR/tests/install/consumer

check_embed() { # NAME PROGRAM
  if "$2" "$SEED" >"$TMP/embed.out" 2>"$TMP/embed.err"; then ok; else bad "$1: exit $?: $(cat "$TMP/embed.err")"; return; fi
  grep -qx "data $DATA" "$TMP/embed.out" && ok || bad "$1: data directory is not the installed one: $(grep '^data' "$TMP/embed.out"), want $DATA"
  for want in "ok geocode Pyongyang KP" "ok layout 8 places" "ok memory png nonempty" "ok draw into caller's cairo_t" "ok geojson 6 events"; do
    grep -qxF "$want" "$TMP/embed.out" && ok || bad "$1: no '$want' in: $(cat "$TMP/embed.out")"
  done
}

# 1. pkg-config, shared library.
if command -v pkg-config >/dev/null; then
  export PKG_CONFIG_PATH="$PC_DIR"
  [ "$(pkg-config --modversion diplomap)" = "$(sed -n 's/.*DM_VERSION_STRING "\(.*\)"/\1/p' "$P/include/diplomap.h")" ] && ok ||
    bad "pkg-config version differs from the header's"
  # shellcheck disable=SC2046
  if cc -std=c11 -D_XOPEN_SOURCE=700 -Wall -Werror "$CONSUMER/embed_check.c" -o "$TMP/embed_pc" \
      $(pkg-config --cflags --libs diplomap cairo) -Wl,-rpath,"$LIBDIR" 2>"$TMP/cc.err"; then ok
  else bad "pkg-config build failed: $(head -5 "$TMP/cc.err")"; fi
  [ -x "$TMP/embed_pc" ] && check_embed "pkg-config program" "$TMP/embed_pc"
  ldd "$TMP/embed_pc" 2>/dev/null | grep -q "libdiplomap.so.0 => $LIBDIR" && ok || bad "pkg-config program does not use the installed library"
  unset PKG_CONFIG_PATH
fi

# 2. find_package(Diplomap): shared, static, and the report example.
if "$CMAKE" -S "$CONSUMER" -B "$TMP/consumer" -DCMAKE_PREFIX_PATH="$P" -DDM_REPORT_SOURCE="$DM_SOURCE_DIR/docs/examples/report.c" \
    -DCMAKE_BUILD_TYPE=Release >"$TMP/cfg.log" 2>&1 && "$CMAKE" --build "$TMP/consumer" -j2 >"$TMP/build.log" 2>&1; then ok
else bad "find_package project failed: $(tail -15 "$TMP/cfg.log" "$TMP/build.log")"; fi
[ -x "$TMP/consumer/embed_check" ] && check_embed "find_package program" "$TMP/consumer/embed_check"
# A static program elsewhere cannot find the install relative to itself: it
# uses DIPLOMAP_DATA (or dm_context_set_data_dir with the package's
# Diplomap_DATA_DIR): no absolute path is compiled in.
if [ -x "$TMP/consumer/embed_check_static" ]; then
  export DIPLOMAP_DATA="$DATA"
  check_embed "find_package static program" "$TMP/consumer/embed_check_static"
  unset DIPLOMAP_DATA
fi
ldd "$TMP/consumer/embed_check_static" 2>/dev/null | grep -q libdiplomap && bad "static program loads libdiplomap.so" || ok

# 3. The source and build trees' data hidden: the install alone must do.
if command -v unshare >/dev/null && unshare -m true 2>/dev/null; then
  hide="mount -t tmpfs none '$DM_SOURCE_DIR/geodata'"
  [ -d "$DM_BUILD_DIR/data" ] && hide="$hide && mount -t tmpfs none '$DM_BUILD_DIR/data'"
  if unshare -m sh -c "$hide && '$TMP/consumer/embed_check' '$SEED' && [ ! -e '$DM_SOURCE_DIR/geodata/gazetteer' ]" >"$TMP/hidden.out" 2>&1; then ok
  else bad "with the source and build data hidden: $(cat "$TMP/hidden.out")"; fi
else
  echo "note: unshare -m not permitted; skipped the hidden-tree run (the data-directory check above still holds)"
fi

# 4. The installed CLI, from another directory, with its installed man page.
cd "$TMP" || exit 1
"$P/bin/diplomap" render "$SEED" -o "$TMP/cli.png" --width 400 --height 300 2>"$TMP/cli.err" && [ -s "$TMP/cli.png" ] && ok ||
  bad "installed CLI cannot render: $(cat "$TMP/cli.err")"
cmp -s "$(find "$P" -path '*/man1/diplomap.1')" "$DM_SOURCE_DIR/docs/diplomap.1" && ok || bad "installed man page differs"

# 4b. An installed copy without its data fails, naming where it looked and
# how to fix it, even though the build tree's data is there: it never falls
# back to it.
cp -a "$P" "$TMP/nodata"
rm -rf "$TMP/nodata/share/diplomap"
if [ -d "$DM_BUILD_DIR/data" ]; then
  LD_LIBRARY_PATH="$(dirname "$(find "$TMP/nodata" -name 'libdiplomap.so.0*' -type f | head -1)")${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" \
    "$TMP/nodata/bin/diplomap" render "$SEED" -o "$TMP/nodata.png" --width 400 --height 300 >"$TMP/nodata.out" 2>"$TMP/nodata.err"
  rc=$?
  [ "$rc" = 1 ] && ok || bad "installed CLI without its data: exit $rc, want 1 ($(head -3 "$TMP/nodata.err"))"
  [ "$(wc -l <"$TMP/nodata.err")" = 1 ] && [ ! -s "$TMP/nodata.out" ] && ok || bad "installed CLI without its data: want one line on stderr, got: $(cat "$TMP/nodata.err" "$TMP/nodata.out")"
  grep -q "^diplomap: no data directory: .*$TMP/nodata/share/diplomap.*DIPLOMAP_DATA.*reinstall.*rebuild" "$TMP/nodata.err" && ok ||
    bad "installed CLI without its data: message does not name where it looked and the fixes: $(cat "$TMP/nodata.err")"
  grep -qF "$DM_BUILD_DIR" "$TMP/nodata.err" && bad "installed CLI without its data looked in the build tree: $(cat "$TMP/nodata.err")" || ok
  [ ! -e "$TMP/nodata.png" ] && ok || bad "installed CLI without its data left an output file"
  "$TMP/nodata/bin/diplomap" check-data >"$TMP/nodata.out" 2>"$TMP/nodata.err"
  rc=$?
  [ "$rc" = 1 ] && [ "$(wc -l <"$TMP/nodata.err")" = 1 ] && grep -q "^diplomap: no data directory: " "$TMP/nodata.err" && ok ||
    bad "installed check-data without its data: exit $rc, want 1 and one line: $(cat "$TMP/nodata.err")"
else
  echo "note: $DM_BUILD_DIR/data absent; the no-fallback check needs the build tree's data"
fi

# 5. The report: one page per story, its text searchable.
if [ -x "$TMP/consumer/report" ]; then
  for a in europe-helsinki-arms-talks mideast-doha-ceasefire; do
    "$P/bin/diplomap" extract "$DM_SOURCE_DIR/tests/articles/$a.txt" -o "$TMP/$a.json" 2>/dev/null || bad "extract $a"
  done
  "$P/bin/diplomap" extract "$DM_SOURCE_DIR/tests/articles/africa-congo-rwanda-accord.txt" --format geojson -o "$TMP/africa.geojson" 2>/dev/null ||
    bad "extract geojson"
  if "$TMP/consumer/report" "$SEED" "$TMP/europe-helsinki-arms-talks.json" "$TMP/mideast-doha-ceasefire.json" "$TMP/africa.geojson" \
      -o "$TMP/report.pdf" 2>"$TMP/report.err"; then ok; else bad "report failed: $(cat "$TMP/report.err")"; fi
  head -c 5 "$TMP/report.pdf" 2>/dev/null | grep -q '%PDF-' && ok || bad "report.pdf is not a PDF"
  [ -z "$(find "$TMP" -maxdepth 1 -name '*.part')" ] && ok || bad "report left a temporary file"
  if command -v pdfinfo >/dev/null; then
    pages=$(pdfinfo "$TMP/report.pdf" | sed -n 's/^Pages: *//p')
    [ "$pages" = 4 ] && ok || bad "report has $pages pages, want 4"
  else echo "note: pdfinfo missing; page count not checked"; fi
  if command -v pdftotext >/dev/null; then
    pdftotext -layout "$TMP/report.pdf" "$TMP/report.txt"
    for want in "Trump's letter to Kim refused" "Timeline" "Places" "Singapore summit" "Panmunjom" "Helsinki" "Doha"; do
      grep -qF "$want" "$TMP/report.txt" && ok || bad "report text lacks '$want'"
    done
    # Pages are in story order: the seed first, Doha on page 3.
    pdftotext -f 3 -l 3 "$TMP/report.pdf" - | grep -q Doha && ok || bad "page 3 is not the Doha story"
  else echo "note: pdftotext missing; report text not checked"; fi
  "$TMP/consumer/report" "$TMP/nonexistent.json" -o "$TMP/bad.pdf" 2>/dev/null
  [ $? -ne 0 ] && [ ! -e "$TMP/bad.pdf" ] && ok || bad "report of a missing story succeeded or left a file"
fi

echo "$PASSES passed, $FAILS failed"
[ "$FAILS" -eq 0 ]
