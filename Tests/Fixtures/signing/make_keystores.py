"""Makes a throw-away root certificate and, per field, a PKCS #12 keystore (password "vanban")
holding a signing key and its chain, as an office's signing token would: for signing from Java.

usage: make_keystores.py OUT_DIR FIELD [FIELD ...]   -> OUT_DIR/root.pem, OUT_DIR/FIELD.p12
"""
import os
import sys

from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

from sign_and_validate import certificate, name, write_pem


def main():
    out_dir, fields = sys.argv[1], sys.argv[2:]
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root = certificate(name("VanBan test root"), name("VanBan test root"), root_key, root_key, ca=True)
    write_pem(os.path.join(out_dir, "root.pem"), cert=root)
    for field in fields:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        cert = certificate(name(f"VanBan test {field}"), root.subject, key, root_key, ca=False)
        data = pkcs12.serialize_key_and_certificates(field.encode(), key, cert, [root], BestAvailableEncryption(b"vanban"))
        with open(os.path.join(out_dir, f"{field}.p12"), "wb") as out:
            out.write(data)


if __name__ == "__main__":
    main()
