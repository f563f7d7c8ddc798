#!/usr/bin/env bash
# Tests/Package/deb_test.sh PACKAGE.deb: installs Sadna's Debian package on this machine (as root),
# runs it as a person who never built it would, and removes it cleanly. `make deb-test` runs it.
#   - the binary carries the Swift runtime (no libswift*.so linked) and finds /usr/share/sadna;
#   - `sadna kit` from an empty folder prints the shipped programme's kit;
#   - `sadna serve` on a free port of 127.0.0.1 answers its home page, with and without an access
#     code from the environment, then stops;
#   - the manual page and the systemd unit are installed (the unit checked by systemd-analyze);
#   - `dpkg -r` leaves nothing under /usr/share/sadna, `dpkg -P` removes /etc/default/sadna.
set -euo pipefail
deb=$(readlink -f "$1")
fail() { echo "deb_test: FAIL: $*" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "deb_test: needs root (dpkg -i); skipped"; exit 0; }
scratch=$(mktemp -d)
server=
cleanup() {
    [ -n "$server" ] && kill "$server" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT

dpkg -s sadna >/dev/null 2>&1 && dpkg -P sadna >/dev/null
dpkg -i "$deb" >/dev/null || fail "dpkg -i $deb"
[ -x /usr/bin/sadna ] || fail "/usr/bin/sadna is missing"
if ldd /usr/bin/sadna | grep 'libswift\|libFoundation' >/dev/null; then fail "the Swift runtime is linked dynamically"; fi
missing=$(ldd /usr/bin/sadna | grep 'not found' || true)
[ -z "$missing" ] || fail "libraries not found: $missing"
echo "ok: installed; $(/usr/bin/sadna --version), Swift runtime inside, every library found"

cd "$scratch"
/usr/bin/sadna kit --meeting 3 --output out >kit.log 2>&1 || { cat kit.log; fail "sadna kit"; }
for file in out/03/meeting-03-A4.pdf out/03/meeting-03-A3.pdf out/03/print-list.txt; do
    [ -s "$file" ] || fail "sadna kit did not write $file"
done
echo "ok: sadna kit from an empty folder printed the shipped programme's meeting 3"

/usr/bin/sadna new workshop team >/dev/null 2>&1 || fail "sadna new workshop"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
serve() {  # serve [ACCESS-CODE]
    env SADNA_ACCESS_CODE="${1:-}" /usr/bin/sadna serve --workshop team --host 127.0.0.1 --port "$port" >serve.log 2>&1 &
    server=$!
    for _ in $(seq 1 300); do grep -q "http://127.0.0.1:$port/" serve.log && return 0; sleep 0.1; done
    cat serve.log; fail "sadna serve did not start"
}
stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=; }
serve
status=$(curl -s -o home.html -w '%{http_code}' "http://127.0.0.1:$port/")
[ "$status" = 200 ] && grep -qi '<html' home.html || fail "the home page answered $status"
stop
echo "ok: sadna serve answered its home page on 127.0.0.1:$port"

code=deb-test-$(date +%s%N)
serve "$code"
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/")" = 401 ] || fail "no code, yet no 401"
[ "$(curl -s -o /dev/null -w '%{http_code}' -L -c jar -b jar "http://127.0.0.1:$port/?code=$code")" = 200 ] || fail "the code was refused"
stop
echo "ok: with SADNA_ACCESS_CODE the workbench asks for the code even on 127.0.0.1"

# Read whole before it is searched: `grep -q` stops at the first match, and under pipefail the
# zcat it leaves writing a long page would fail the line.
manual=$(zcat /usr/share/man/man1/sadna.1.gz)
grep -q '^\.SS sadna kit' <<<"$manual" || fail "the manual page lacks sadna kit"
[ -f /lib/systemd/system/sadna.service ] && [ -f /etc/default/sadna ] || fail "the unit or its settings are missing"
if command -v systemd-analyze >/dev/null; then
    verify=$(systemd-analyze verify /lib/systemd/system/sadna.service 2>&1 | grep -v -i 'not executable\|no such file\|Failed to\|ignoring' || true)
    [ -z "$verify" ] || fail "systemd-analyze: $verify"
fi
getent passwd sadna >/dev/null || fail "the sadna user was not made"
echo "ok: manual page, sadna.service (not enabled) and /etc/default/sadna installed, user sadna made"

dpkg -r sadna >/dev/null || fail "dpkg -r"
[ ! -e /usr/bin/sadna ] && [ ! -e /usr/share/sadna ] || fail "dpkg -r left files: $(ls -d /usr/bin/sadna /usr/share/sadna 2>/dev/null)"
dpkg -P sadna >/dev/null || fail "dpkg -P"
[ ! -e /etc/default/sadna ] || fail "dpkg -P left /etc/default/sadna"
if getent passwd sadna >/dev/null; then fail "dpkg -P left the sadna user"; fi
echo "ok: removed cleanly (nothing under /usr/share/sadna), purged (settings and user gone)"
