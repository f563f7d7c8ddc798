#!/usr/bin/env bash
# Packaging/deb/build.sh BINARY VERSION OUTDIR: a Debian package of Sadna made with dpkg-deb,
# for machines without a Swift compiler. BINARY is a release `sadna` linked with
# --static-swift-stdlib (the Swift runtime inside it); the package's Depends are the Debian
# libraries that binary actually links, as dpkg-shlibdeps finds them, and the fonts it prints with.
#
# Layout: /usr/bin/sadna; /usr/share/sadna/{Templates,workshops} (found as ../share/sadna beside
# the binary); the manual page; sadna.service (installed, not enabled) and /etc/default/sadna.
set -euo pipefail
binary=$1 version=$2 out=$3
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
arch=$(dpkg --print-architecture)
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
root=$stage/root

install -d "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/sadna" "$root/usr/share/man/man1" "$root/usr/share/doc/sadna" \
           "$root/lib/systemd/system" "$root/etc/default"
install -m 755 "$binary" "$root/usr/bin/sadna"
strip --strip-unneeded "$root/usr/bin/sadna" 2>/dev/null || true
cp -R "$repo/Templates" "$repo/workshops" "$root/usr/share/sadna/"
python3 "$here/manpage.py" "$binary" "$version" | gzip -9n > "$root/usr/share/man/man1/sadna.1.gz"
install -m 644 "$here/sadna.service" "$root/lib/systemd/system/sadna.service"
install -m 644 "$here/default" "$root/etc/default/sadna"
install -m 644 "$repo/README.md" "$root/usr/share/doc/sadna/README.md"
for script in postinst prerm postrm; do install -m 755 "$here/$script" "$root/DEBIAN/$script"; done
echo /etc/default/sadna > "$root/DEBIAN/conffiles"

# The libraries the binary links, as Debian packages: dpkg-shlibdeps reads the binary's NEEDED
# entries and the installed packages' shlibs files (it wants a debian/control to sit beside).
mkdir -p "$stage/shlibs/debian"
printf 'Source: sadna\n\nPackage: sadna\nArchitecture: any\n' > "$stage/shlibs/debian/control"
libraries=$(cd "$stage/shlibs" && dpkg-shlibdeps -O -e "$root/usr/bin/sadna" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
if [ -z "$libraries" ]; then
    echo "build.sh: dpkg-shlibdeps found no libraries for $binary" >&2
    exit 1
fi
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: sadna
Version: $version
Architecture: $arch
Maintainer: Sadna <sadna@localhost>
Installed-Size: $size
Depends: $libraries, libzbar0, libheif1, fonts-noto-core, adduser
Recommends: poppler-utils
Section: misc
Priority: optional
Description: workshop programmes as plain data, printed as PDF (Hebrew first)
 Sadna keeps a municipal digital-service workshop programme (meetings, personas,
 customer journeys, task cards, service pages) as plain YAML, checks it, and prints
 the session materials as PDF through Cairo and Pango, right to left. It includes
 the browser workbench (sadna serve) and a systemd unit for it, not enabled.
CONTROL
mkdir -p "$out"
deb="$out/sadna_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$root" "$deb" >/dev/null
echo "$deb"
