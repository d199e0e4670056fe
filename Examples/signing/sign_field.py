"""Signs one of VanBan's empty signature fields with pyHanko, in place, showing an image.

usage: python3 sign_field.py IN.pdf OUT.pdf KEYSTORE.p12 PASSWORD FIELD [IMAGE.png]

The field keeps its rectangle; the image (the signer's signature, the organisation's seal) is
scaled into it. Without an image the signature shows nothing, and the page looks as printed.
"""
import sys

from pyhanko.pdf_utils.images import PdfImage
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.fields import SigSeedSubFilter
from pyhanko.stamp import TextStampStyle


def main():
    source, target, keystore, password, field = sys.argv[1:6]
    image = sys.argv[6] if len(sys.argv) > 6 else None
    signer = signers.SimpleSigner.load_pkcs12(keystore, passphrase=password.encode())
    style = TextStampStyle(stamp_text="", border_width=0, background=PdfImage(image) if image else None,
                           background_opacity=1.0)
    meta = signers.PdfSignatureMetadata(field_name=field, subfilter=SigSeedSubFilter.PADES)
    with open(source, "rb") as inp, open(target, "wb") as out:
        writer = IncrementalPdfFileWriter(inp, strict=True)
        signers.PdfSigner(meta, signer=signer, stamp_style=style).sign_pdf(writer, output=out, existing_fields_only=True)


if __name__ == "__main__":
    main()
