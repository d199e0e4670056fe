import VanBanModel
import VanBanText

/// "QUYẾT ĐỊNH:" or "QUYẾT NGHỊ:" (Mẫu 1.1–1.3): centred, bold, after the căn cứ; the walker
/// keeps it on the page of the first article.
struct LeadInComposer {
    let setter: Typesetter

    func pieces(for document: Document) -> [Piece] {
        guard let leadIn = document.form.leadIn else { return [] }
        let spacing = setter.spec.text.paragraphSpacing.points
        return setter.centredPieces(StyledText(plain: leadIn), .heading, part: .leadIn, spaceBefore: spacing * 2)
    }
}
