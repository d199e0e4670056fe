import VanBanModel

/// Địa danh starts with a capital letter: "Đống Đa, ngày …" (nd30.md §2, box 4).
struct PlaceCapitalised: Rule {
    let id = "place-capitalised"

    func findings(in source: SourcedDocument) -> [Finding] {
        let place = source.document.place
        guard let first = place.first, first.isLetter, first.isLowercase else { return [] }
        return [finding("the place name '\(place)' does not start with a capital", at: source.sourceMap["place"],
                        hint: "write \(place.prefix(1).uppercased() + place.dropFirst())",
                        fix: { written in
                            guard let index = written.firstIndex(where: \.isLetter) else { return written }
                            return written[..<index] + written[index...].prefix(1).uppercased() + written[index...].dropFirst()
                        })]
    }
}
