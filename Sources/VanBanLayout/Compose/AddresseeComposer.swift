import VanBanModel
import VanBanText

/// Kính gửi (nd30.md §2, ô 9a): "Kính gửi:" 3.5 cm in from the left margin, in the body's style.
/// One addressee follows on the same line; several stand one per line, each "- …", their dashes
/// starting where the colon ends, wrapped lines hanging under the text. Lines are pieces of their
/// own, kept together with the first lines of the body.
struct AddresseeComposer {
    let setter: Typesetter

    func pieces(for addressees: [StyledText]) -> [Piece] {
        guard !addressees.isEmpty else { return [] }
        let spec = setter.spec
        let left = setter.textLeft + spec.addressees.indent.points
        let width = setter.textLeft + setter.textWidth - left
        let label = "Kính gửi:"
        let labelWidth = setter.shape(setter.runs(label, .body), .body, width: nil).naturalWidth
        let space = setter.shape(setter.runs("- ", .body), .body, width: nil).naturalWidth
        var pieces: [Piece] = []

        func add(_ runs: [TextRun], at x: Double, hanging: Double) {
            // A negative first-line indent hangs the wrapped lines under the text.
            let shaped = setter.shape(runs, .body, width: width - (x - left), indent: -hanging)
            var lines = setter.linePieces(shaped, .body, part: .addressee, left: x, spaceBefore: 0, section: 0)
            for index in lines.indices { lines[index].breakBefore = .avoid }
            pieces += lines
        }

        if addressees.count == 1 {
            let labelRuns = setter.runs(label + " ", .body)
            let hanging = setter.shape(labelRuns, .body, width: nil).naturalWidth
            add(labelRuns + setter.runs(addressees[0], .body), at: left, hanging: hanging)
        } else {
            add(setter.runs(label, .body), at: left, hanging: 0)
            for addressee in addressees {
                add(setter.runs(StyledText(runs: [.init("- ")] + addressee.runs), .body), at: left + labelWidth, hanging: space)
            }
        }
        pieces[0].spaceBefore = spec.addressees.gapBefore.points
        pieces[0].breakBefore = .avoid
        return pieces
    }
}
