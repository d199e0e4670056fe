"""Exits 1 unless every signature field of SIGNED.pdf has the /Rect it had in ORIGINAL.pdf.

usage: field_rects.py ORIGINAL.pdf SIGNED.pdf
"""
import sys

from pypdf import PdfReader


def rects(path):
    found = {}
    for page in PdfReader(path).pages:
        for annotation in page.get("/Annots") or []:
            widget = annotation.get_object()
            if widget.get("/FT") == "/Sig":
                found[str(widget["/T"])] = [round(float(v), 2) for v in widget["/Rect"]]
    return found


before, after = rects(sys.argv[1]), rects(sys.argv[2])
if not before or before != after:
    print(f"signature fields moved: before {before}, after {after}", file=sys.stderr)
    sys.exit(1)
