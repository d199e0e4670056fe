import VanBanModel
import VanBanText

/// A công điện's sender and addressees (Mẫu 1.6): "<body or head's title> điện:" centred in bold
/// capitals, then the addressees as a dashed list in the right half of the text width, the left
/// half empty. The sender is the `authority` line, or the issuing body.
struct TelegramComposer {
    let setter: Typesetter

    func pieces(for document: Document) -> [Piece] {
        let sender = document.authority.isEmpty ? document.issuer.name : document.authority
        let line = sender.map { $0.uppercased() }.joined(separator: " ") + " điện:"
        let spacing = setter.spec.text.paragraphSpacing.points
        var pieces = setter.centredPieces(StyledText(plain: line), .heading, part: .telegramSender, spaceBefore: 0)
        pieces[0].breakBefore = .avoid
        let left = setter.textLeft + setter.textWidth / 2
        let width = setter.textWidth / 2
        let hanging = setter.shape(setter.runs("- ", .body), .body, width: nil).naturalWidth
        for (index, addressee) in document.addressees.enumerated() {
            let runs = setter.runs(StyledText(runs: [.init("- ")] + addressee.runs), .body)
            let shaped = setter.shape(runs, .body, width: width, indent: -hanging)
            var lines = setter.linePieces(shaped, .body, part: .addressee, left: left,
                                          spaceBefore: index == 0 ? spacing : 0, section: 0)
            for line in lines.indices { lines[line].breakBefore = .avoid }
            pieces += lines
        }
        return pieces
    }
}
