#!/usr/bin/env bash
# Installs what VanBan needs on Debian/Ubuntu when it is missing, then builds `vanban` (release).
# Safe to run again: it installs nothing that is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
pkg-config --exists pangocairo cairo-pdf fontconfig zlib 2>/dev/null || packages+=(libpango1.0-dev libcairo2-dev libfontconfig-dev zlib1g-dev pkg-config)
command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || packages+=(qpdf)
command -v python3 >/dev/null 2>&1 || packages+=(python3)
# A second family beside the bundled one, for the tests of `vanban fonts --font-family`.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf ] || packages+=(fonts-dejavu-core)
if [ ${#packages[@]} -gt 0 ]; then
    echo "setup: installing ${packages[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

# Python modules the tests use: pip where Python allows it (a venv, pyenv), else Debian's package.
#   pypdf reads form fields back; jsonschema and yaml validate the examples against the schema;
#   pdfplumber reads each line's font weight and position back from the PDF (FormsTests).
python_module() {  # module, pip package, Debian package
    python3 -c "import $1" 2>/dev/null && return 0
    echo "setup: installing $2"
    if ! python3 -m pip install --quiet "$2" 2>/dev/null; then
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$3" >/dev/null
    fi
}
python_module pypdf pypdf python3-pypdf
python_module jsonschema jsonschema python3-jsonschema
python_module yaml pyyaml python3-yaml
python_module pdfplumber pdfplumber python3-pdfplumber
python_module openpyxl openpyxl python3-openpyxl   # writes the .xlsx unit workbooks the tests read

echo "setup: building vanban (release)"
# Two warnings that come from outside VanBan and cannot be switched off from its package:
#  - "prohibited flag(s): -pthread": glib's and harfbuzz's pkg-config files ask for -pthread, which
#    SwiftPM never passes on from a .pc file (it warns and drops it; glibc has the threads in libc);
#  - the linker's "the use of `mktemp' is dangerous": Swift's own static FoundationEssentials
#    (Data+Writing, its atomic write) calls mktemp, and glibc marks every link that uses it.
# Building vanban-serve (or every product) adds a third, from SwiftPM about a dependency of
# Hummingbird: "'swift-distributed-tracing': found 1 file(s) which are unhandled" (that package
# keeps CMakeLists.txt files beside its sources for its CMake build; nothing is missing).
# --static-swift-stdlib links the Swift runtime and Foundation into the program: a process then
# starts without loading a dozen shared libraries, about 8 ms of a cold render (docs/speed.md).
swift build -c release --static-swift-stdlib --product vanban
echo "setup: ready: .build/release/vanban"
