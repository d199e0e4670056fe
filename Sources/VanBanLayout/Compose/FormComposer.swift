import VanBanModel
import VanBanText

/// The main text of a document as its model form lists it: each of the form's boxes, in order,
/// then the boxes that follow every form (a paper copy's block), asks its own composer for
/// pieces (a box the document leaves empty gives none). A box that
/// leads into the next one (the authority line, "QUYẾT ĐỊNH:") keeps it on its page.
struct FormComposer {
    let setter: Typesetter

    func pieces(for document: Document) -> [Piece] {
        var pieces: [Piece] = []
        var keepNext = false
        for box in document.form.boxes + Box.afterEveryForm {
            var boxPieces = self.pieces(for: box, of: document)
            guard !boxPieces.isEmpty else { continue }
            if keepNext, boxPieces[0].breakBefore == .allowed { boxPieces[0].breakBefore = .avoid }
            pieces += boxPieces
            keepNext = leadsIntoNext(box, of: document)
        }
        return pieces
    }

    private func pieces(for box: Box, of document: Document) -> [Piece] {
        let body = BodyComposer(setter: setter, section: 0)
        switch box {
        case .header: return HeaderComposer(setter: setter).pieces(for: document)
        case .title: return TitleComposer(setter: setter).pieces(for: document)
        case .authority: return AuthorityComposer(setter: setter).pieces(for: document)
        case .addressees: return AddresseeComposer(setter: setter).pieces(for: document.addressees)
        case .telegram: return TelegramComposer(setter: setter).pieces(for: document)
        case .bases: return body.basisPieces(document.bases + [document.proposal].compactMap { $0 })
        case .details: return DetailsComposer(setter: setter).pieces(for: document.form.details, of: document)
        case .leadIn: return LeadInComposer(setter: setter).pieces(for: document)
        case .body: return body.pieces(for: document.preamble) + body.pieces(for: document.body)
        case .closingDetails:
            // A biên bản's closing line stays with the content's last line, and the signers with it.
            var pieces = DetailsComposer(setter: setter).pieces(for: document.form.closingDetails, of: document)
            if !pieces.isEmpty { pieces[0].breakBefore = .avoid }
            return pieces
        case .closing: return ClosingComposer(setter: setter).pieces(for: document)
        case .copy: return document.copy.map { CopyComposer(setter: setter).pieces(for: $0) } ?? []
        }
    }

    private func leadsIntoNext(_ box: Box, of document: Document) -> Bool {
        switch box {
        case .title, .authority, .telegram, .leadIn: return true
        case .details: return document.form.details.last?.template.hasSuffix(":") ?? false
        default: return false
        }
    }
}
