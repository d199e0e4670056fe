import VanBanModel
import VanBanText

/// Thẩm quyền ban hành (Mẫu 1.1–1.3): the body or the head's title that enacts the text,
/// centred, in bold capitals, on its own line(s) between the title block and the căn cứ, kept
/// with them.
struct AuthorityComposer {
    let setter: Typesetter

    func pieces(for document: Document) -> [Piece] {
        guard !document.authority.isEmpty else { return [] }
        let text = StyledText(plain: document.authority.map { $0.uppercased() }.joined(separator: "\n"))
        var pieces = setter.centredPieces(text, .heading, part: .authority, spaceBefore: 0)
        pieces[0].breakBefore = .avoid
        return pieces
    }
}
