#!/usr/bin/env bash
# The signing recipes of docs/signing.md, run as an integrator would run them (CI runs this script):
#   PDFBox 2.0 (Debian's libpdfbox2-java, BouncyCastle's libbcpkix-java) signs the signer's field
#   of a VanBan PDF with the signature image, then the organisation's with the seal, each in place;
#   pyHanko then validates both signatures (intact, trusted, and nothing after them but allowed
#   changes: the trap of PDFBox's zeroed /Rect fails here), qpdf checks the file, and every
#   field keeps the rectangle VanBan gave it. Also pyHanko's own recipe, with the same images.
set -euo pipefail
cd "$(dirname "$0")/.."
fixtures=Tests/Fixtures/signing

packages=()
command -v javac >/dev/null 2>&1 || packages+=(default-jdk-headless)
[ -f /usr/share/java/pdfbox2.jar ] || packages+=(libpdfbox2-java)
[ -f /usr/share/java/bcpkix.jar ] || packages+=(libbcpkix-java)
if [ ${#packages[@]} -gt 0 ]; then
    echo "signing: installing ${packages[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi
python3 -c "import pyhanko" 2>/dev/null || python3 -m pip install --quiet "pyHanko==0.38.0"
vanban=${VANBAN:-.build/release/vanban}   # VANBAN=.build/debug/vanban to use the tests' build
[ -x "$vanban" ] || scripts/setup.sh

work=.build/signing
rm -rf "$work" && mkdir -p "$work"
"$vanban" render Examples/dong-da.yaml -o "$work/plan.pdf"
python3 "$fixtures/make_keystores.py" "$work" signer organisation

jars=/usr/share/java
classpath=$jars/pdfbox2.jar:$jars/fontbox2.jar:$jars/commons-logging.jar:$jars/bcpkix.jar:$jars/bcprov.jar:$jars/bcutil.jar
javac -d "$work" -cp "$classpath" Examples/signing/SignField.java
java -Dorg.apache.commons.logging.Log=org.apache.commons.logging.impl.NoOpLog -cp "$work:$classpath" SignField "$work/plan.pdf" "$work/signed-1.pdf" "$work/signer.p12" vanban signer "$fixtures/signature.png"
java -Dorg.apache.commons.logging.Log=org.apache.commons.logging.impl.NoOpLog -cp "$work:$classpath" SignField "$work/signed-1.pdf" "$work/signed-2.pdf" "$work/organisation.p12" vanban organisation "$fixtures/seal.png"
qpdf --check "$work/signed-2.pdf" >/dev/null
python3 "$fixtures/validate.py" "$work/signed-2.pdf" "$work/root.pem" signer organisation > "$work/pdfbox.json" \
    || { cat "$work/pdfbox.json"; echo "signing: pyHanko rejects PDFBox's signatures" >&2; exit 1; }
python3 "$fixtures/field_rects.py" "$work/plan.pdf" "$work/signed-2.pdf"
echo "signing: PDFBox signed signer and organisation in place; pyHanko validates both"

# pyHanko's recipe, with the same images.
python3 Examples/signing/sign_field.py "$work/plan.pdf" "$work/py-1.pdf" "$work/signer.p12" vanban signer "$fixtures/signature.png"
python3 Examples/signing/sign_field.py "$work/py-1.pdf" "$work/py-2.pdf" "$work/organisation.p12" vanban organisation "$fixtures/seal.png"
qpdf --check "$work/py-2.pdf" >/dev/null
python3 "$fixtures/validate.py" "$work/py-2.pdf" "$work/root.pem" signer organisation > "$work/pyhanko.json" \
    || { cat "$work/pyhanko.json"; echo "signing: pyHanko rejects its own recipe's signatures" >&2; exit 1; }
python3 "$fixtures/field_rects.py" "$work/plan.pdf" "$work/py-2.pdf"
echo "signing: pyHanko signed signer and organisation in place; both validate"
