import VanBanModel
import VanBanText

/// The closing block (nd30.md §4): "Nơi nhận:" and the recipients on the left, the signer's title
/// lines, the signature space and the name on the right. "Nơi nhận:" stands level with the first
/// title line. The block is kept with the last lines of the body.
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
        guard document.signer != nil || !document.recipients.isEmpty else { return pieces }
        let spec = setter.spec
        let left = setter.textLeft
        let recipientsWidth = spec.closing.recipientsColumn.points
        let signerWidth = spec.closing.signerColumn.points
        let signerLeft = left + setter.textWidth - signerWidth
        var items: [FrameItem] = []

        // Right: title lines, signature space, name. Its first baseline sets the block's top line.
        let firstBaseline = max(setter.baselineOffset(.signerTitle), setter.baselineOffset(.recipientsHeading))
        var signerBottom = 0.0
        if let signer = document.signer {
            var top = firstBaseline - setter.baselineOffset(.signerTitle)
            let titles = setter.shape(setter.runs(signer.titleLines.joined(separator: "\n"), .signerTitle), .signerTitle,
                                      width: signerWidth, alignment: .center)
            if !signer.titleLines.isEmpty {
                items += setter.items(titles, .signerTitle, part: .signerTitle, left: signerLeft, top: top)
                top += Double(titles.lines.count) * setter.pitch(.signerTitle)
            }
            items += signatureRegions(centre: signerLeft + signerWidth / 2, top: top, signer: signer,
                                      organisation: document.issuer.name.joined(separator: " "))
            top += spec.closing.signatureSpace.points
            let name = setter.shape(setter.runs(signer.name, .signerName), .signerName, width: signerWidth, alignment: .center)
            items += setter.items(name, .signerName, part: .signerName, left: signerLeft, top: top)
            signerBottom = top + Double(name.lines.count) * setter.pitch(.signerName)
        }

        // Left: "Nơi nhận:" level with the first title line, then groups and "- " items. The lines
        // beside the signer's block belong to its piece; each recipient below it is a piece of its
        // own, kept with the block, so that a list taller than a page goes on over the next page
        // instead of running off this one.
        var top = firstBaseline - setter.baselineOffset(.recipientsHeading)
        if !document.recipients.isEmpty {
            let heading = setter.shape(setter.runs("Nơi nhận:", .recipientsHeading), .recipientsHeading, width: recipientsWidth)
            items += setter.items(heading, .recipientsHeading, part: .recipientsHeading, left: left, top: top)
            top += setter.pitch(.recipientsHeading, spacing: 1)
        }
        var below: [Piece] = []
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
        for group in document.recipients {
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
        let height = max(top, signerBottom)
        pieces.append(Piece(height: height, spaceBefore: spec.closing.gapBefore.points, breakBefore: .avoid, items: items))
        return pieces + below
    }

    /// The signer's field fills the signature space, centred under the title lines; the seal is a
    /// square around the round seal, centred on the same height, its right edge a third of the way
    /// into the signer's field so it covers the signature's left third (nd30.md §7).
    private func signatureRegions(centre: Double, top: Double, signer: Signer, organisation: String) -> [FrameItem] {
        let signing = setter.spec.signing
        let width = min(signing.signatureWidth.points, setter.spec.closing.signerColumn.points)
        let height = setter.spec.closing.signatureSpace.points
        let left = centre - width / 2
        let seal = signing.sealDiameter.points
        return [
            FrameItem(part: .signerSignature, content: .region(width: width, height: height, label: signer.name),
                      x: left, y: top),
            FrameItem(part: .sealPosition, content: .region(width: seal, height: seal, label: organisation),
                      x: left + width / 3 - seal, y: top + height / 2 - seal / 2),
        ]
    }
}
