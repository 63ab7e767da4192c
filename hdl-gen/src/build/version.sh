#!/usr/bin/env bash
# Writes the generator's version file (read by --version): the Maven version given as $1 and the git
# revision of the checkout this script is in (12 hex digits, "-dirty" with uncommitted changes; "unknown"
# outside git). No dates, so the same checkout gives the same file. $2 is the file to write.
set -euo pipefail
mkdir -p "$(dirname "$2")"
rev=$(git -C "$(dirname "$0")" describe --always --dirty --abbrev=12 --match 'no-tag-is-named-this' 2>/dev/null || echo unknown)
printf '# Written by hdl-gen/src/build/version.sh when the generator is built.\nversion=%s\nrevision=%s\n' "$1" "$rev" > "$2"
