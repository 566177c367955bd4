#!/usr/bin/env bash
# Builds the .deb in an existing build folder, installs it on this machine (apt-get resolves its
# dependencies) and tries it as a user would: salctl --version, a salbench start on the demo
# workspace in a throw-away HOME that quits by itself, the .desktop entry, the icon and the man pages.
# Exits non-zero on the first failure, saying which check failed.
#
#   bash packaging/check-package.sh [BUILD_DIR]      (default: build/default; run as root or with sudo)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build/default}
[ -f "$build_dir/CMakeCache.txt" ] || { echo "check-package: $build_dir is not a configured build folder" >&2; exit 2; }

as_root=()
[ "$(id -u)" -eq 0 ] || as_root=(sudo)
fail() { echo "check-package: FAILED: $*" >&2; exit 1; }
pass() { echo "check-package: ok: $*"; }

cmake --build "$build_dir" --target package
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build_dir/CMakeCache.txt")
deb=$(ls -t "$build_dir"/salbench_"${version}"_*.deb 2>/dev/null | head -n1)
[ -n "$deb" ] || fail "no salbench_${version}_*.deb in $build_dir"
pass "built $deb"

# The dependencies shlibdeps found, and the contents the package must have.
depends=$(dpkg-deb -f "$deb" Depends)
echo "check-package: Depends: $depends"
for lib in libqt6widgets6 libqt6sql6 libqt6core6 libqt6sql6-sqlite; do
  grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib"
done
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/salbench ./usr/bin/salctl \
    ./usr/share/applications/org.salworkbench.Workbench.desktop \
    ./usr/share/metainfo/org.salworkbench.Workbench.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.salworkbench.Workbench.svg \
    ./usr/share/icons/hicolor/16x16/apps/org.salworkbench.Workbench.png \
    ./usr/share/icons/hicolor/256x256/apps/org.salworkbench.Workbench.png \
    ./usr/share/man/man1/salbench.1 ./usr/share/man/man1/salctl.1 \
    ./usr/share/salbench/policy/reasons.json; do
  grep -q " ${path}\( \|$\)" <<<"$contents" || grep -q " ${path}.gz\( \|$\)" <<<"$contents" \
    || fail "the package does not contain $path"
done
pass "package contents"

export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get install -y -qq --reinstall --no-install-recommends "$(realpath "$deb")" >/dev/null \
  || fail "apt-get install $deb"
pass "installed $(dpkg-query -W -f='${Package} ${Version}' salbench)"

salctl_version=$(/usr/bin/salctl --version) || fail "salctl --version"
grep -q "$version" <<<"$salctl_version" || fail "salctl --version says '$salctl_version', not $version"
pass "salctl --version: $salctl_version"
/usr/bin/salbench --version | grep -q "$version" || fail "salbench --version"
/usr/bin/salbench --help | grep -q -- "--quit-after" || fail "salbench --help lists no --quit-after"

# A first start as a new user: the demo workspace is created, the queue loads, the window closes.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
smoke=$(env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
    XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
    timeout 300 /usr/bin/salbench --as jordan.ellis@lumenflow.example --quit-after 500 2>"$home/salbench.err") \
  || { cat "$home/salbench.err" >&2; fail "salbench smoke start"; }
grep -Eq "^salbench: queue loaded: [1-9][0-9]* leads$" <<<"$smoke" || fail "salbench smoke start printed '$smoke'"
[ -s "$home/.local/share/SAL Workbench/salbench/demo-team.sqlite" ] \
  || fail "salbench created no demo workspace under the temporary HOME"
pass "salbench smoke start: $smoke"

desktop-file-validate /usr/share/applications/org.salworkbench.Workbench.desktop || fail "desktop-file-validate"
pass "desktop-file-validate"
[ -f /usr/share/icons/hicolor/48x48/apps/org.salworkbench.Workbench.png ] || fail "no 48x48 icon installed"
[ -f /usr/share/icons/hicolor/scalable/apps/org.salworkbench.Workbench.svg ] || fail "no scalable icon installed"
pass "icons installed"
for page in salbench salctl; do
  file=$(ls /usr/share/man/man1/"$page".1* 2>/dev/null | head -n1)
  [ -n "$file" ] || fail "no man page for $page"
  man_text=$(man -P cat "$file" 2>/dev/null || zcat -f "$file")
  grep -q -- "--version" <<<"$man_text" || fail "the $page man page does not document --version"
done
man_text=$(man -P cat /usr/share/man/man1/salbench.1* 2>/dev/null || zcat -f /usr/share/man/man1/salbench.1*)
grep -q -- "quit-after" <<<"$man_text" || fail "the salbench man page does not match its options"
pass "man pages installed"
appstreamcli validate --no-net /usr/share/metainfo/org.salworkbench.Workbench.metainfo.xml >/dev/null \
  || fail "appstreamcli validate"
pass "metainfo valid"
echo "check-package: all checks passed"
