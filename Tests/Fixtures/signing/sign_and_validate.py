"""Signs a VanBan PDF the way an office does, with pyHanko (PAdES), and validates the result.

usage: sign_and_validate.py IN.pdf OUT_DIR FIELD [FIELD ...]

Makes a throw-away root certificate and one signing certificate per field, signs the named
fields one after another (each signature an incremental update over the previous file), then
validates every signature against the root. Prints one JSON object; exits 1 if any signature is
not intact, not valid, or does not cover the whole file up to its own revision.
"""
import datetime
import json
import os
import sys

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.stamp import TextStampStyle
from pyhanko_certvalidator import ValidationContext


def name(common):
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"), x509.NameAttribute(NameOID.COMMON_NAME, common)])


def certificate(subject, issuer, key, issuer_key, ca):
    now = datetime.datetime.now(datetime.timezone.utc)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(now - datetime.timedelta(days=1)).not_valid_after(now + datetime.timedelta(days=30))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
               .add_extension(x509.KeyUsage(digital_signature=not ca, content_commitment=not ca, key_encipherment=False,
                                            data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                                            encipher_only=False, decipher_only=False), critical=True))
    return builder.sign(issuer_key, hashes.SHA256())


def write_pem(path, cert=None, key=None):
    with open(path, "wb") as out:
        if cert is not None:
            out.write(cert.public_bytes(serialization.Encoding.PEM))
        if key is not None:
            out.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                        serialization.NoEncryption()))


def main():
    source, out_dir, fields = sys.argv[1], sys.argv[2], sys.argv[3:]
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root = certificate(name("VanBan test root"), name("VanBan test root"), root_key, root_key, ca=True)
    write_pem(os.path.join(out_dir, "root.pem"), cert=root)
    current = source
    for index, field in enumerate(fields):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        cert = certificate(name(f"VanBan test {field}"), root.subject, key, root_key, ca=False)
        write_pem(os.path.join(out_dir, f"{field}-key.pem"), key=key)
        write_pem(os.path.join(out_dir, f"{field}-cert.pem"), cert=cert)
        signer = signers.SimpleSigner.load(os.path.join(out_dir, f"{field}-key.pem"),
                                           os.path.join(out_dir, f"{field}-cert.pem"),
                                           ca_chain_files=(os.path.join(out_dir, "root.pem"),))
        # An empty stamp: the signed page must look exactly as before.
        style = TextStampStyle(stamp_text="", border_width=0, background=None)
        target = os.path.join(out_dir, f"signed-{index + 1}-{field}.pdf")
        with open(current, "rb") as inp:
            writer = IncrementalPdfFileWriter(inp, strict=True)
            meta = signers.PdfSignatureMetadata(field_name=field, subfilter=SigSeedSubFilter.PADES)
            pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=style, new_field_spec=None)
            with open(target, "wb") as out:
                pdf_signer.sign_pdf(writer, output=out, existing_fields_only=True)
        current = target

    sys.exit(validate(current, os.path.join(out_dir, "root.pem"), fields))


def validate(path, root_pem, fields):
    """Validates every signature of `path` against the root; prints one JSON object, returns the exit code."""
    context = ValidationContext(trust_roots=[load_cert_from_pemder(root_pem)])
    with open(path, "rb") as inp:
        reader = PdfFileReader(inp, strict=True)
        results = []
        for embedded in reader.embedded_signatures:
            status = validate_pdf_signature(embedded, context)
            results.append({
                "field": embedded.field_name,
                "intact": status.intact,
                "valid": status.valid,
                "trusted": status.trusted,
                "coverage": status.coverage.name,
                "modification_level": status.modification_level.name if status.modification_level else None,
                "docmdp_ok": status.docmdp_ok,
                "signed_revision": embedded.signed_revision,
            })
    ok = len(results) == len(fields) and [r["field"] for r in results] == list(fields) and all(
        r["intact"] and r["valid"] and r["trusted"] and r["coverage"] in ("ENTIRE_FILE", "ENTIRE_REVISION")
        and r["docmdp_ok"] is not False for r in results)
    print(json.dumps({"signed": path, "signatures": results, "ok": ok}, ensure_ascii=False))
    return 0 if ok else 1


if __name__ == "__main__":
    main()
