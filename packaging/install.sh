#!/bin/sh
# Installs Fieldbook from this unpacked tarball (docs/packaging.md in the source).
#   ./install.sh                 into ~/.local (no root needed), or /usr/local when run as root
#   ./install.sh --prefix DIR    into DIR (bin/, share/man/, share/…/completions)
#   ./install.sh --uninstall     removes what an install put there (never your data:
#                                ~/.local/share/fieldbook stays)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ "$(id -u)" = 0 ]; then prefix=/usr/local; else prefix="$HOME/.local"; fi
action=install
while [ $# -gt 0 ]; do
    case "$1" in
        --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a directory" >&2; exit 64; }; prefix=$2; shift ;;
        --prefix=*) prefix=${1#--prefix=} ;;
        --uninstall) action=uninstall ;;
        -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown argument $1" >&2; exit 64 ;;
    esac
    shift
done

files="bin/fieldbook
share/man/man1/fieldbook.1
share/bash-completion/completions/fieldbook
share/zsh/site-functions/_fieldbook
share/fish/vendor_completions.d/fieldbook.fish"

if [ "$action" = uninstall ]; then
    echo "$files" | while read -r f; do rm -f "$prefix/$f"; done
    rm -rf "$prefix/share/doc/fieldbook" "$prefix/share/fieldbook"
    echo "Removed Fieldbook from $prefix (your databases in \${XDG_DATA_HOME:-~/.local/share}/fieldbook are kept)."
    exit 0
fi

echo "$files" | while read -r f; do
    mkdir -p "$prefix/$(dirname "$f")"
    mode=0644; [ "$f" = bin/fieldbook ] && mode=0755
    # Copy then rename, so a running fieldbook is never overwritten in place.
    cp "$here/$f" "$prefix/$f.new.$$" && chmod "$mode" "$prefix/$f.new.$$" && mv -f "$prefix/$f.new.$$" "$prefix/$f"
done
mkdir -p "$prefix/share/doc/fieldbook" "$prefix/share/fieldbook"
cp "$here/share/doc/fieldbook/"* "$prefix/share/doc/fieldbook/"
rm -rf "$prefix/share/fieldbook/samples" && cp -R "$here/share/fieldbook/samples" "$prefix/share/fieldbook/samples"

echo "Installed Fieldbook into $prefix."
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "Add $prefix/bin to PATH (e.g. in ~/.profile) to run \`fieldbook\`." ;; esac
echo "Then: fieldbook --demo   (a demo database), or fieldbook init   (your own)."
