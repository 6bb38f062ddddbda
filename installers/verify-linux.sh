#!/usr/bin/env bash
# Builds the Linux installers (`mvn -Pinstaller package`) and smoke-tests them as a user would:
#   1. the app-image launcher: --version, a wrong option (exit code 2), `inspect` of a tiny CSV,
#      and the GUI under Xvfb for a few seconds (no relaunch, no exception);
#   2. the .deb: installed with apt (which also brings its dependencies), the same checks on the
#      installed launcher (/opt/sim2real-workbench/bin and the /usr/bin link), then removed and
#      checked that nothing is left (/opt, /usr/bin, menu entry, file type, icons);
#   3. the .rpm: its metadata (dependencies, files, scripts) is checked; installing it needs an
#      RPM-based system and is not done here;
# and prints the sizes. Debian/Ubuntu only, as root or with sudo; missing build tools (fakeroot,
# binutils, rpm, Xvfb, Maven, OpenBLAS) are installed with apt-get. Takes about 3 minutes.
#
# Options (environment): SKIP_BUILD=1 reuses target/installer; GUI_SECONDS (default 8).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
START=$SECONDS

OUT=target/installer
WORK=target/installer-verify
NAME=sim2real-workbench
INSTALLED_DIR=/opt/$NAME
GUI_SECONDS=${GUI_SECONDS:-8}
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

say() { echo "verify: $*"; }
fail() { echo "verify: FAILED: $*" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------
# Tools
command -v dpkg >/dev/null || fail "this script needs a Debian-based system (dpkg, apt-get)"
need=""
for p in fakeroot binutils rpm xvfb xauth maven libopenblas-dev fontconfig \
    fonts-dejavu-core; do
  dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"
done
if [ -n "$need" ]; then
  say "installing Debian packages:$need"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need \
    >/dev/null
fi
if [ "$(dpkg-query -W -f='${Status}' "$NAME" 2>/dev/null)" = "install ok installed" ]; then
  fail "$NAME is installed on this machine already; remove it first (sudo apt-get remove $NAME)"
fi

# JDK 25, as in .ci/run
if [ -z "${JAVA_HOME:-}" ]; then
  for d in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25* /usr/lib/jvm/*2[6-9]*; do
    if [ -x "$d/bin/jpackage" ]; then JAVA_HOME="$d"; break; fi
  done
fi
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/jpackage" ] || fail "no JDK 25 with jpackage found; set JAVA_HOME"
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"
export MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}"

# ---------------------------------------------------------------------------------------------
# Clean-up on any exit: remove the package if we installed it, and the menu directories if we
# created them. (Each GUI test stops its own GUI.)
PACKAGE_INSTALLED=""
CREATED_MENUS=""
cleanup() {
  if [ -n "$PACKAGE_INSTALLED" ]; then
    say "clean-up: removing $NAME"
    $SUDO dpkg --purge "$NAME" >/dev/null 2>&1 || true
  fi
  for d in $CREATED_MENUS; do $SUDO rm -rf "$d"; done
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------
# Build
if [ -z "${SKIP_BUILD:-}" ]; then
  say "building the app-image, .deb and .rpm (mvn -Pinstaller package -DskipTests)"
  t=$SECONDS
  mvn -q -Pinstaller package -DskipTests
  say "build took $((SECONDS - t)) s"
fi
IMAGE=$OUT/$NAME
DEB=$(ls "$OUT"/"$NAME"_*.deb 2>/dev/null | head -1)
RPM=$(ls "$OUT"/"$NAME"-*.rpm 2>/dev/null | head -1)
[ -x "$IMAGE/bin/$NAME" ] || fail "no app-image launcher at $IMAGE/bin/$NAME"
[ -n "$DEB" ] || fail "no .deb in $OUT"
VERSION=$(sed -n 's:.*<app-version>\(.*\)</app-version>.*:\1:p' "$IMAGE/lib/app/.jpackage.xml")
[ -n "$VERSION" ] || fail "no app-version in $IMAGE/lib/app/.jpackage.xml"

rm -rf "$WORK" && mkdir -p "$WORK"
# A tiny table in the experimental-data shape: a formula column and a property.
SAMPLE=$ROOT/$WORK/tiny-band-gaps.csv
printf 'formula,band_gap_eV\nNaCl,8.5\nGaAs,1.42\nSi,1.12\nZnO,3.37\nTiO2,3.2\n' > "$SAMPLE"

# ---------------------------------------------------------------------------------------------
# Checks of one launcher
check_cli() {
  local launcher=$1 label=$2 out rc
  rc=0; out=$("$launcher" --version 2>"$WORK/stderr.txt") || rc=$?
  [ "$rc" -eq 0 ] || fail "$label --version exited $rc: $(cat "$WORK/stderr.txt")"
  grep -q "$VERSION" <<<"$out" || fail "$label --version does not print $VERSION: $out"
  say "$label --version: ok ($(echo "$out" | head -1))"

  rc=0; "$launcher" --no-such-option >/dev/null 2>&1 || rc=$?
  [ "$rc" -eq 2 ] || fail "$label --no-such-option exited $rc, expected 2 (user error)"
  say "$label wrong option: exit code 2, ok"

  out=$("$launcher" --help 2>/dev/null || true)
  if grep -qw inspect <<<"$out"; then
    rc=0; out=$("$launcher" inspect --json "$SAMPLE" 2>"$WORK/stderr.txt") || rc=$?
    [ "$rc" -eq 0 ] || fail "$label inspect exited $rc: $(cat "$WORK/stderr.txt")"
    grep -Eq '"usable"[[:space:]]*:[[:space:]]*5' \
      <<<"$out" || fail "$label inspect did not find the 5 usable rows: $out"
    say "$label inspect of a 5-row CSV: ok"
  else
    say "SKIP $label inspect: this build has no 'inspect' command"
  fi
}

check_gui() {
  local launcher=$1 label=$2
  if ! command -v xvfb-run >/dev/null; then
    say "SKIP $label GUI: xvfb-run is not installed (Debian package xvfb)"
    return
  fi
  local shot=$WORK/$label-gui.png log=$WORK/$label-gui.log
  # Inside Xvfb: start the GUI, let it run, check it is alive and did not start itself again
  # (a relaunch would show as a child process), take a screenshot when `import` exists.
  local status=0
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    "$1" >"$2" 2>&1 & pid=$!
    sleep "$3"
    if ! kill -0 $pid 2>/dev/null; then wait $pid; echo "exited early with $?"; exit 1; fi
    children=$(pgrep -P $pid || true)
    if command -v import >/dev/null; then import -window root "$4" 2>/dev/null || true; fi
    cp "$2" "$2.running"
    kill $pid; wait $pid 2>/dev/null || true
    if [ -n "$children" ]; then echo "started child processes: $children"; exit 1; fi
  ' _ "$launcher" "$log" "$GUI_SECONDS" "$shot" > "$WORK/gui-status.txt" 2>&1 || status=$?
  [ "$status" -eq 0 ] || fail "$label GUI: $(cat "$WORK/gui-status.txt"); log: $(cat "$log")"
  # judged on what the GUI logged while it ran: killed in the middle of a frame on a busy machine,
  # JavaFX may log a RejectedExecutionException of its renderer while it shuts down
  if grep -Eq 'Exception|Error:' "$log.running"; then
    fail "$label GUI logged an error: $(cat "$log.running")"
  fi
  # GDK's warning means a second GUI toolkit (AWT's) started beside JavaFX's: the start-up crash
  if grep -q 'XSetErrorHandler' "$log.running"; then
    fail "$label GUI: AWT's toolkit started: $(cat "$log.running")"
  fi
  local note=""
  [ -f "$shot" ] && note=" (screenshot $shot)"
  say "$label GUI stayed up ${GUI_SECONDS} s under Xvfb without relaunch: ok$note"
}

# ---------------------------------------------------------------------------------------------
say "1. app-image $IMAGE (version $VERSION)"
grep -q -- '-XX:ErrorFile=/tmp/sim2real-hs_err_pid%p.log' "$ROOT/$IMAGE/lib/app/$NAME.cfg" \
  || fail "the launcher's JVM options do not send crash reports to /tmp: $(cat "$ROOT/$IMAGE/lib/app/$NAME.cfg")"
say "app-image JVM options send crash reports to /tmp: ok"
check_cli "$ROOT/$IMAGE/bin/$NAME" app-image
check_gui "$ROOT/$IMAGE/bin/$NAME" app-image

# ---------------------------------------------------------------------------------------------
say "2. .deb $DEB"
# xdg-desktop-menu only installs a menu entry where a desktop menu exists (a desktop system has
# these two directories; a bare server or container has not, and the package then installs
# without a menu entry), so create them for the test to see the entry come and go.
for d in /etc/xdg/menus /usr/share/desktop-directories; do
  if [ ! -d "$d" ]; then $SUDO mkdir -p "$d"; CREATED_MENUS="$CREATED_MENUS $d"; fi
done
t=$SECONDS
PACKAGE_INSTALLED=1
install_deb() {
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
    "$ROOT/$DEB" >"$WORK/apt-install.log" 2>&1
}
# a dependency to download needs current package lists: update them once if the first try fails
install_deb || { $SUDO apt-get update -qq && install_deb; } \
  || fail "apt-get install failed: $(tail -20 "$WORK/apt-install.log")"
say "installed in $((SECONDS - t)) s"
[ -x "$INSTALLED_DIR/bin/$NAME" ] || fail "no launcher at $INSTALLED_DIR/bin/$NAME"
[ "$(readlink /usr/bin/$NAME)" = "$INSTALLED_DIR/bin/$NAME" ] || fail "no /usr/bin/$NAME link"
DESKTOP_FILE=/usr/share/applications/$NAME-$NAME.desktop
[ -f "$DESKTOP_FILE" ] || fail "no menu entry $DESKTOP_FILE"
grep -q '^Name=Sim2Real Workbench$' "$DESKTOP_FILE" || fail "menu entry has the wrong name"
grep -q '^MimeType=application/x-sim2real-project' "$DESKTOP_FILE" || fail "menu entry lacks the .s2r type"
compgen -G "/usr/share/mime/packages/$NAME*.xml" >/dev/null || fail "the .s2r mime type was not registered"
say "menu entry, .s2r mime type and /usr/bin/$NAME link: ok"
check_cli "$INSTALLED_DIR/bin/$NAME" installed
check_cli "/usr/bin/$NAME" installed-via-PATH
check_gui "$INSTALLED_DIR/bin/$NAME" installed

t=$SECONDS
$SUDO dpkg -r "$NAME" >"$WORK/dpkg-remove.log" 2>&1 || fail "dpkg -r failed: $(cat "$WORK/dpkg-remove.log")"
$SUDO dpkg --purge "$NAME" >>"$WORK/dpkg-remove.log" 2>&1 || fail "dpkg --purge failed"
PACKAGE_INSTALLED=""
say "removed in $((SECONDS - t)) s"
left=""
[ ! -e "$INSTALLED_DIR" ] || left="$left $INSTALLED_DIR"
[ ! -e "/usr/bin/$NAME" ] && [ ! -L "/usr/bin/$NAME" ] || left="$left /usr/bin/$NAME"
[ ! -e "$DESKTOP_FILE" ] || left="$left $DESKTOP_FILE"
left="$left $(find /usr/share/mime/packages /usr/share/icons /etc/xdg/menus \
  /usr/share/desktop-directories /usr/share/applications -name "*$NAME*" -o \
  -name '*x-sim2real-project*' 2>/dev/null | tr '\n' ' ')"
left=$(echo "$left" | xargs)
[ -z "$left" ] || fail "files left after removal: $left"
say "nothing left in /opt, /usr/bin, the menu, mime types or icons: ok"

# ---------------------------------------------------------------------------------------------
if [ -n "$RPM" ]; then
  say "3. .rpm $RPM (metadata only)"
  # (whole outputs first: grep -q in a pipe would stop rpm early and fail under pipefail)
  requires=$(rpm -qp --requires "$RPM" 2>/dev/null)
  files=$(rpm -qpl "$RPM" 2>/dev/null)
  scripts=$(rpm -qp --scripts "$RPM" 2>/dev/null)
  for dep in openblas-devel gtk3 xdg-utils; do
    grep -qx "$dep" <<<"$requires" || fail "the .rpm does not require $dep"
  done
  grep -qx "$INSTALLED_DIR/bin/$NAME" <<<"$files" || fail "the .rpm lacks the launcher"
  for dir in /opt /usr /usr/share /usr/share/licenses; do
    ! grep -qx "$dir" <<<"$files" || fail "the .rpm claims the system directory $dir"
  done
  grep -q "/usr/bin/$NAME" <<<"$scripts" || fail "the .rpm lacks the /usr/bin link"
  say "requires openblas-devel, gtk3, xdg-utils; installs $INSTALLED_DIR/bin/$NAME; owns no system directory: ok"
else
  say "SKIP .rpm: none was built"
fi

# ---------------------------------------------------------------------------------------------
say "sizes: app-image $(du -sh "$IMAGE" | cut -f1) (runtime $(du -sh "$IMAGE/lib/runtime" | cut -f1), app $(du -sh "$IMAGE/lib/app" | cut -f1)); .deb $(du -h "$DEB" | cut -f1)${RPM:+; .rpm $(du -h "$RPM" | cut -f1)}"
say "all checks passed in $((SECONDS - START)) s"
