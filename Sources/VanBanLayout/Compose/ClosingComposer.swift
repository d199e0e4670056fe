import VanBanModel
import VanBanText

/// The closing block (nd30.md §4): "Nơi nhận:" and the recipients on the left, the signer's title
/// lines, the signature space and the name on the right. "Nơi nhận:" stands level with the first
/// title line. Two signers stand side by side with Nơi nhận below them (Mẫu 1.9). The block is
/// kept with the last lines of the body.
struct ClosingComposer {
    let setter: Typesetter

    func pieces(for document: Document) -> [Piece] {
        var pieces: [Piece] = []
        if let note = document.note {
            let shaped = setter.shape(setter.runs(note, .note), .note, width: setter.textWidth, alignment: .center)
            var notePieces = setter.linePieces(shaped, .note, part: .note, left: setter.textLeft,
                                               spaceBefore: setter.spec.text.paragraphSpacing.points, section: 0)
            for index in notePieces.indices { notePieces[index].breakBefore = .avoid }
            pieces += notePieces
        }
        guard !document.signers.isEmpty || !document.recipients.isEmpty else { return pieces }
        let recipients = Recipients(groups: document.recipients, typist: document.marks.typistLine)
        if document.signers.count > 1 { return pieces + pairPieces(for: document, recipients: recipients) }
        return pieces + signerRow(document.signer, recipients: recipients, field: SignatureFieldName.signer,
                                  seal: Seal(organisation: document.issuer.name.joined(separator: " "), field: nil))
    }

    /// Nơi nhận and what follows it in the same column: the typist's line (ô 12) after "Lưu".
    struct Recipients {
        var groups: [RecipientGroup]
        var typist: String?
    }

    /// The organisation whose seal goes over the signature, and its field's name (nil: the
    /// document's own, "organisation").
    struct Seal {
        var organisation: String
        var field: String?
    }

    /// One signer on the right, Nơi nhận on the left with "Nơi nhận:" level with the first title
    /// line: the closing of a document, and of a paper copy's block.
    func signerRow(_ signer: Signer?, recipients: Recipients, field: String, seal: Seal?) -> [Piece] {
        let spec = setter.spec
        let left = setter.textLeft
        let signerWidth = spec.closing.signerColumn.points
        let signerLeft = left + setter.textWidth - signerWidth
        var items: [FrameItem] = []

        // Right: title lines, signature space, name. Its first baseline sets the block's top line.
        let firstBaseline = max(setter.baselineOffset(.signerTitle), setter.baselineOffset(.recipientsHeading))
        var signerBottom = 0.0
        if let signer {
            let column = signerItems(signer, left: signerLeft, width: signerWidth,
                                     top: firstBaseline - setter.baselineOffset(.signerTitle), field: field, seal: seal)
            items += column.items
            signerBottom = column.bottom
        }
        var below: [Piece] = []
        let top = recipientItems(recipients, top: firstBaseline - setter.baselineOffset(.recipientsHeading),
                                 beside: signerBottom, items: &items, below: &below)
        let height = max(top, signerBottom)
        return [Piece(height: height, spaceBefore: spec.closing.gapBefore.points, breakBefore: .avoid, items: items)] + below
    }

    /// Two signers side by side (Mẫu 1.9; joint documents), each centred in half the text width,
    /// the first on the left; Nơi nhận in the row below, on the left. The body's seal goes with
    /// the signer on the right.
    private func pairPieces(for document: Document, recipients: Recipients) -> [Piece] {
        let half = setter.textWidth / 2
        let names = SignatureFieldName.names(for: document.signers)
        var items: [FrameItem] = []
        var bottom = 0.0
        for (index, signer) in document.signers.prefix(2).enumerated() {
            let column = signerItems(signer, left: setter.textLeft + Double(index) * half, width: half, top: 0,
                                     field: names[index],
                                     seal: index == 1 ? Seal(organisation: document.issuer.name.joined(separator: " "), field: nil) : nil)
            items += column.items
            bottom = max(bottom, column.bottom)
        }
        var pieces = [Piece(height: bottom, spaceBefore: setter.spec.closing.gapBefore.points, breakBefore: .avoid,
                            items: items)]
        guard !document.recipients.isEmpty else { return pieces }
        var recipientLines: [FrameItem] = []
        var below: [Piece] = []
        let height = recipientItems(recipients, top: 0, beside: 0, items: &recipientLines, below: &below)
        pieces.append(Piece(height: height, spaceBefore: setter.spec.closing.gapBefore.points, breakBefore: .avoid,
                            items: recipientLines))
        return pieces + below
    }

    /// A signer's title lines, signature space (with its field, and the seal's when `seal` is the
    /// body that seals) and name, centred in a column; returns the bottom of the name.
    private func signerItems(_ signer: Signer, left: Double, width: Double, top start: Double, field: String,
                             seal: Seal?) -> (items: [FrameItem], bottom: Double) {
        var items: [FrameItem] = []
        var top = start
        if !signer.titleLines.isEmpty {
            let titles = setter.shape(setter.runs(signer.titleLines.joined(separator: "\n"), .signerTitle), .signerTitle,
                                      width: width, alignment: .center)
            items += setter.items(titles, .signerTitle, part: .signerTitle, left: left, top: top)
            top += Double(titles.lines.count) * setter.pitch(.signerTitle)
        }
        items += signatureRegions(centre: left + width / 2, top: top, width: width, signer: signer, field: field,
                                  seal: seal)
        top += setter.spec.closing.signatureSpace.points
        let name = setter.shape(setter.runs(signer.name, .signerName), .signerName, width: width, alignment: .center)
        items += setter.items(name, .signerName, part: .signerName, left: left, top: top)
        return (items, top + Double(name.lines.count) * setter.pitch(.signerName))
    }

    /// "Nơi nhận:" at `top`, then groups and "- " items into `items` while they stand beside the
    /// signer's block (above `signerBottom`); each recipient below it becomes a piece of its own in
    /// `below`. Returns where the lines in `items` end.
    private func recipientItems(_ recipients: Recipients, top start: Double, beside signerBottom: Double,
                                items: inout [FrameItem], below: inout [Piece]) -> Double {
        let left = setter.textLeft
        let recipientsWidth = setter.spec.closing.recipientsColumn.points
        var top = start
        // Left: "Nơi nhận:" level with the first title line, then groups and "- " items. The lines
        // beside the signer's block belong to its piece; each recipient below it is a piece of its
        // own, kept with the block, so that a list taller than a page goes on over the next page
        // instead of running off this one.
        if !recipients.groups.isEmpty {
            let heading = setter.shape(setter.runs("Nơi nhận:", .recipientsHeading), .recipientsHeading, width: recipientsWidth)
            items += setter.items(heading, .recipientsHeading, part: .recipientsHeading, left: left, top: top)
            top += setter.pitch(.recipientsHeading, spacing: 1)
        }
        func add(_ shaped: ShapedText, _ role: StyleRole, part: FramePart) {
            let height = Double(shaped.lines.count) * setter.pitch(role, spacing: 1)
            if below.isEmpty, top < signerBottom {
                items += setter.items(shaped, role, part: part, left: left, top: top, spacing: 1)
                top += height
            } else {
                let lines = setter.items(shaped, role, part: part, left: left, top: 0, spacing: 1)
                below.append(Piece(height: height, breakBefore: .avoid, items: lines))
            }
        }
        let hanging = setter.shape(setter.runs("- ", .recipient), .recipient, width: nil).naturalWidth
        for group in recipients.groups {
            if let heading = group.heading {
                add(setter.shape(setter.runs(heading, .recipientGroup), .recipientGroup, width: recipientsWidth),
                    .recipientGroup, part: .recipientGroup)
            }
            for item in group.items {
                // Wrapped recipients hang under the text, clear of the dash.
                let runs = setter.runs(StyledText(runs: [.init("- ")] + item.runs), .recipient)
                add(setter.shape(runs, .recipient, width: recipientsWidth, indent: -hanging), .recipient, part: .recipient)
            }
        }
        // Ô 12 on its own line under "Lưu" (the decree's templates print it right after that entry).
        if let typist = recipients.typist {
            add(setter.shape(setter.runs(typist, .typist), .typist, width: recipientsWidth), .typist, part: .typist)
        }
        return top
    }

    /// The signer's field fills the signature space, centred under the title lines; the seal is a
    /// square around the round seal, centred on the same height, its right edge a third of the way
    /// into the signer's field so it covers the signature's left third (nd30.md §7).
    private func signatureRegions(centre: Double, top: Double, width column: Double, signer: Signer, field: String,
                                  seal sealing: Seal?) -> [FrameItem] {
        let signing = setter.spec.signing
        let width = min(signing.signatureWidth.points, column)
        let height = setter.spec.closing.signatureSpace.points
        let left = centre - width / 2
        let seal = signing.sealDiameter.points
        var regions = [FrameItem(part: .signerSignature, content: .region(width: width, height: height, label: signer.name),
                                 x: left, y: top, fieldName: field)]
        if let sealing {
            regions.append(FrameItem(part: .sealPosition, content: .region(width: seal, height: seal, label: sealing.organisation),
                                     x: left + width / 3 - seal, y: top + height / 2 - seal / 2, fieldName: sealing.field))
        }
        return regions
    }
}
