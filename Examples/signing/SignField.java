// Signs one of VanBan's empty signature fields with Apache PDFBox 2.0 and BouncyCastle, as a
// Java e-office system would: in place (the field keeps its rectangle), optionally showing an
// image (the signer's signature, the organisation's seal) scaled into the field.
//
//   javac -cp /usr/share/java/pdfbox2.jar:/usr/share/java/bcpkix.jar:/usr/share/java/bcprov.jar:/usr/share/java/bcutil.jar SignField.java
//   java -cp .:/usr/share/java/pdfbox2.jar:/usr/share/java/fontbox2.jar:/usr/share/java/commons-logging.jar:/usr/share/java/bcpkix.jar:/usr/share/java/bcprov.jar:/usr/share/java/bcutil.jar \
//       SignField plan.pdf signed.pdf signer.p12 PASSWORD signer [signature.png]
//
// The trap: for a signature without a visual template, PDDocument.addSignature sets the existing
// field's /Rect to [0 0 0 0]. Once a second field is signed, validators (pyHanko) then report the
// first signature's revision as modified ("Values for dict key /Rect differ"). So the rectangle
// is read before addSignature and written back after it, before saveIncremental.
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

public class SignField {
    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: SignField IN.pdf OUT.pdf KEYSTORE.p12 PASSWORD FIELD [IMAGE.png]");
            System.exit(64);
        }
        Security.addProvider(new BouncyCastleProvider());
        char[] password = args[3].toCharArray();
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(args[2])) { keystore.load(in, password); }
        String alias = keystore.aliases().nextElement();
        PrivateKey key = (PrivateKey) keystore.getKey(alias, password);
        Certificate[] chain = keystore.getCertificateChain(alias);

        try (PDDocument document = PDDocument.load(new File(args[0]))) {
            PDAcroForm form = document.getDocumentCatalog().getAcroForm();
            PDSignatureField field = form == null ? null : (PDSignatureField) form.getField(args[4]);
            if (field == null) throw new IllegalArgumentException("no signature field " + args[4]);
            if (field.getSignature() != null) throw new IllegalStateException(args[4] + " is already signed");
            PDAnnotationWidget widget = field.getWidgets().get(0);
            PDRectangle rectangle = widget.getRectangle();          // kept: see the trap above

            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            signature.setName(((X509Certificate) chain[0]).getSubjectX500Principal().getName());
            signature.setSignDate(Calendar.getInstance());
            field.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.V, signature);

            document.addSignature(signature, content -> cms(IOUtils.toByteArray(content), key, chain));

            widget.setRectangle(rectangle);                         // undo [0 0 0 0]
            if (args.length > 5) widget.setAppearance(image(document, rectangle, new File(args[5])));
            widget.getCOSObject().setNeedToBeUpdated(true);
            try (FileOutputStream out = new FileOutputStream(args[1])) { document.saveIncremental(out); }
        }
    }

    /// The widget's appearance: the image scaled to fit the field, centred, keeping its proportions.
    static PDAppearanceDictionary image(PDDocument document, PDRectangle field, File png) throws Exception {
        PDImageXObject image = PDImageXObject.createFromFileByContent(png, document);
        PDAppearanceStream stream = new PDAppearanceStream(document);
        stream.setBBox(new PDRectangle(field.getWidth(), field.getHeight()));
        stream.setResources(new PDResources());
        float scale = Math.min(field.getWidth() / image.getWidth(), field.getHeight() / image.getHeight());
        float width = image.getWidth() * scale, height = image.getHeight() * scale;
        try (PDPageContentStream content = new PDPageContentStream(document, stream)) {
            content.drawImage(image, (field.getWidth() - width) / 2, (field.getHeight() - height) / 2, width, height);
        }
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(stream);
        return appearance;
    }

    /// A detached CMS (PKCS #7) signature over the bytes PDFBox gives, with the certificate chain.
    static byte[] cms(byte[] content, PrivateKey key, Certificate[] chain) {
        try {
            List<Certificate> certificates = new ArrayList<>(List.of(chain));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider("BC").build())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").setProvider("BC").build(key), (X509Certificate) chain[0]));
            generator.addCertificates(new JcaCertStore(certificates));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (Exception error) {
            throw new RuntimeException(error);
        }
    }
}
