import VanBanModel
import VanBanText

extension Typesetter {
    /// Lines centred on the text width, one piece per line kept together, `spaceBefore` above the
    /// first: the authority line, the lead-in line, a công điện's sender.
    func centredPieces(_ text: StyledText, _ role: StyleRole, part: FramePart, spaceBefore: Double,
                       section: Int = 0) -> [Piece] {
        let shaped = shape(runs(text, role), role, width: textWidth, alignment: .center)
        var pieces = linePieces(shaped, role, part: part, left: textLeft, spaceBefore: spaceBefore, section: section)
        for index in pieces.indices.dropFirst() { pieces[index].breakBefore = .avoid }
        return pieces
    }
}
