#!/usr/bin/env bash
# Writes this server's class data archive, class-data.jsa, which jvm.options hands to the JVM
# (-XX:SharedArchiveFile): classes the JVM would otherwise read, parse and verify at every start
# are mapped from the archive instead (JDK dynamic class data sharing, JEP 350).
#
# It starts a copy of this server once, for training: the same Liberty, Java, server.xml,
# jvm.options, applications and libraries, but a throwaway in-memory H2 database, master key and
# TLS key store, listening on 127.0.0.1 only. It waits until the applications are ready (for
# Symbolon, until OpenSAML is initialised as well), stops the copy, and the JVM writes the classes
# it loaded into the archive as it exits. Nothing of this server's own database, keys, logs or
# configuration is read or changed; only class-data.jsa is (re)placed, atomically, so it may run
# while the server runs (which picks the archive up at its next start).
#
# Run it with the same Java as the server (JAVA_HOME, as for bin/server), and again after
# upgrading Java, Liberty or Symbolon: the JVM skips archived classes whose class files changed,
# and the whole archive when it was written by another Java build or another Liberty launcher.
# Without the archive the server starts as before, only more slowly.
#
# Usage: bash usr/servers/<server>/class-data.sh   (WLP_INSTALL_DIR, WLP_USER_DIR and
# WLP_OUTPUT_DIR as for bin/server when the server is not in the default place)
set -euo pipefail

die() { echo "class-data: $*" >&2; exit 1; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
server=$(basename "$here")
wlp=${WLP_INSTALL_DIR:-$(cd "$here/../../.." && pwd)}
[ -x "$wlp/bin/server" ] || die "no Liberty at $wlp (set WLP_INSTALL_DIR)"
[ -f "$here/server.xml" ] || die "$here is not a Liberty server directory"
out=$here
[ -n "${WLP_OUTPUT_DIR:-}" ] && out=$WLP_OUTPUT_DIR/$server
mkdir -p "$out"
timeout_s=${CLASS_DATA_TIMEOUT:-300}

work=$(mktemp -d "${TMPDIR:-/tmp}/class-data.XXXXXX")
copy=$work/usr/servers/$server
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    training_env bash "$wlp/bin/server" stop "$server" >/dev/null 2>&1 || true
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The copy: configuration files copied (the training settings are appended to its
# bootstrap.properties), applications and libraries linked. configDropins is left out: it holds
# site settings (databases, key stores) that the training must not use.
mkdir -p "$copy"
for f in server.xml jvm.options compiler-directives.json bootstrap.properties; do
  [ -e "$here/$f" ] && cp "$here/$f" "$copy/"
done
for f in apps dropins lib; do
  [ -e "$here/$f" ] && ln -s "$here/$f" "$copy/$f"
done

free_port() {  # a port nothing answers on, from a range the kernel does not hand out by default
  local p
  for _ in $(seq 1 50); do
    p=$(( 20000 + RANDOM % 12000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  die "no free port found"
}
secret() { head -c 24 /dev/urandom | base64 | tr -d '/+='; }
http_port=$(free_port); https_port=$(free_port)
while [ "$https_port" = "$http_port" ]; do https_port=$(free_port); done
keystore_password=$(secret)
settings=(
  "STS_DB_URL=jdbc:h2:mem:class-data;DB_CLOSE_DELAY=-1"
  "STS_DB_USER=sts" "STS_DB_PASSWORD=$(secret)"
  "STS_HTTP_HOST=127.0.0.1" "STS_HTTP_PORT=$http_port" "STS_HTTPS_PORT=$https_port"
  "STS_KEYSTORE_LOCATION=$work/key.p12" "STS_KEYSTORE_PASSWORD=$keystore_password"
)
{ echo; printf '%s\n' "${settings[@]}"; } >> "$copy/bootstrap.properties"
# server.env: only the choice of Java is taken over from the server's own files
{ echo "keystore_password=$keystore_password"
  for f in "${WLP_USER_DIR:-$wlp/usr}/shared/server.env" "$here/server.env"; do
    [ -f "$f" ] && grep -E '^(JAVA_HOME|JRE_HOME)=' "$f" || true
  done
} > "$copy/server.env"

# A clean environment: none of the caller's STS_* settings (a production database) reaches the
# copy. No Liberty Java agent while training: classes it would transform must not be archived
# transformed; the server still runs with the agent, which sees every class as before.
master_key=$(head -c 32 /dev/urandom | base64)
training_env() {
  env -i PATH="$PATH" HOME="${HOME:-$work}" LANG=C ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"} \
    WLP_USER_DIR="$work/usr" WLP_SKIP_BOOTSTRAP_AGENT=true \
    STS_KEYS_MASTER_KEY="$master_key" "${settings[@]}" "$@"
}

started=$(date +%s)
echo "class-data: training a copy of $server (127.0.0.1:$http_port, in-memory database)"
# "server run", not "start": the archive options reach the server's JVM only, not the short-lived
# JVMs of "server start" and "server stop", which would write their own archives at exit.
training_env JVM_ARGS="-XX:SharedArchiveFile= -XX:ArchiveClassesAtExit=$work/class-data.jsa" \
  bash "$wlp/bin/server" run "$server" > "$work/run.out" 2>&1 &
pid=$!
log=$copy/logs/messages.log
deadline=$(( started + timeout_s ))
ready() {
  grep -q 'CWWKF0011I' "$log" 2>/dev/null || return 1
  # Symbolon initialises OpenSAML just after it is ready: wait for that too, so its classes are archived
  if grep -q 'CWWKZ0001I: Application symbolon started' "$log"; then grep -q 'OpenSAML initialised' "$log"; fi
}
until ready; do
  grep -q 'CWWKZ0002E\|CWWKZ0106E' "$log" 2>/dev/null && { grep -m 5 -B1 'CWWKZ0002E\|Caused by' "$log" >&2 || true; die "an application failed to start: no archive written"; }
  kill -0 "$pid" 2>/dev/null || { tail -20 "$work/run.out" >&2; die "the training server exited: no archive written"; }
  [ "$(date +%s)" -lt "$deadline" ] || die "the training server was not ready within $timeout_s s (CLASS_DATA_TIMEOUT): no archive written"
  sleep 0.2
done
training_env bash "$wlp/bin/server" stop "$server" > "$work/stop.out" 2>&1 || true
while kill -0 "$pid" 2>/dev/null; do   # the JVM writes the archive as it exits
  [ "$(date +%s)" -lt "$deadline" ] || die "the training server did not exit within $timeout_s s: no archive written"
  sleep 0.2
done
wait "$pid" 2>/dev/null || true
pid=
[ -s "$work/class-data.jsa" ] || { cat "$work/run.out" >&2; die "the JVM wrote no archive (see above)"; }
chmod 0444 "$work/class-data.jsa"
mv -f "$work/class-data.jsa" "$out/class-data.jsa.new"
mv -f "$out/class-data.jsa.new" "$out/class-data.jsa"
echo "class-data: wrote $out/class-data.jsa ($(( $(stat -c %s "$out/class-data.jsa") / 1048576 )) MiB) in $(( $(date +%s) - started )) s"
