#!/usr/bin/env bash
# What an integrator does, run as CI runs it (slow: it builds VanBan again in a fresh copy).
#   1. The README's consumer package (Package.swift and main.swift exactly as printed), built
#      against a copy of this repository in a directory named as the README names it, `vanban`,
#      which is not this checkout's name; run, and its PDF checked.
#   2. The same consumer with Yams at the lower bound VanBan declares (5.0.1).
#   3. The man page made as the README says, and read back by man.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
work=$root/.build/integration
rm -rf "$work"
mkdir -p "$work/vanban" "$work/office/Sources/office"

echo "integration: copying the repository to $work/vanban"
git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf - | tar -xf - -C "$work/vanban"

# A fenced block of README.md, the first after the line that is exactly $1.
readme_block() {
    python3 - "$1" <<'PY'
import sys
lines = open("README.md", encoding="utf-8").read().split("\n")
start = lines.index(sys.argv[1])
opening = next(i for i in range(start + 1, len(lines)) if lines[i].startswith("```"))
closing = next(i for i in range(opening + 1, len(lines)) if lines[i].startswith("```"))
print("\n".join(lines[opening + 1:closing]))
PY
}
readme_block '`office/Package.swift`:' > "$work/office/Package.swift"
readme_block '`office/Sources/office/main.swift`:' > "$work/office/Sources/office/main.swift"

yams_version() {  # the Yams version the consumer resolved
    python3 -c 'import json, sys; print(next(p["state"]["version"] for p in json.load(open(sys.argv[1]))["pins"] if p["identity"] == "yams"))' \
        "$work/office/Package.resolved"
}

consumer_run() {  # label
    (cd "$work/office" && swift build && swift run office)
    qpdf --check "$work/office/minimal.pdf" >/dev/null
    pdftotext "$work/office/minimal.pdf" - | grep -q "KẾ HOẠCH"
    echo "integration: the README's consumer built and rendered minimal.pdf ($1)"
    rm "$work/office/minimal.pdf"
}

echo "integration: building the README's consumer package"
(cd "$work/office" && swift package resolve)
consumer_run "Yams $(yams_version)"

echo "integration: the same consumer with Yams 5.0.1, VanBan's lower bound"
(cd "$work/office" && swift package resolve Yams --version 5.0.1)
[ "$(yams_version)" = 5.0.1 ] || { echo "integration: Yams 5.0.1 was not resolved" >&2; exit 1; }
consumer_run "Yams $(yams_version)"

echo "integration: the man page"
swift package plugin generate-manual --configuration debug >/dev/null   # the build the tests made
page=.build/plugins/GenerateManual/outputs/vanban/vanban.1
for word in render check new fonts watch version; do grep -q -- "$word" "$page" || { echo "the man page does not mention $word" >&2; exit 1; }; done
if command -v man >/dev/null 2>&1; then
    shown=$(MANWIDTH=200 man -l "$page" 2>/dev/null)
    # Each subcommand's abstract, as `vanban --help` prints it.
    for abstract in "Render a document to PDF" "List the font family" "Render a document, then render it again"; do
        grep -qF "$abstract" <<< "$shown" || { echo "man does not show '$abstract' from $page" >&2; exit 1; }
    done
fi
echo "integration: $page"
