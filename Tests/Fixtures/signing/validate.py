"""Validates every signature of a signed PDF with pyHanko against a root certificate.

usage: validate.py SIGNED.pdf ROOT.pem FIELD [FIELD ...]   (the fields in signing order)
Prints one JSON object; exits 1 unless every signature is intact, valid, trusted, covers the
file up to its revision and is followed by nothing but allowed changes (form filling, signing).
"""
import sys

from sign_and_validate import validate

if __name__ == "__main__":
    sys.exit(validate(sys.argv[1], sys.argv[2], sys.argv[3:]))
