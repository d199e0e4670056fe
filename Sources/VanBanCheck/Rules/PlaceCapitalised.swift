import VanBanModel

/// Địa danh starts with a capital letter: "Đống Đa, ngày …" (nd30.md §2, box 4).
struct PlaceCapitalised: Rule {
    let id = "place-capitalised"

    func findings(in source: SourcedDocument) -> [Finding] {
        let place = source.document.place
        guard let first = place.first, first.isLetter, first.isLowercase else { return [] }
        let capitalised = place.prefix(1).uppercased() + place.dropFirst()
        return [finding(Phrase(en: "the place name '\(place)' does not start with a capital",
                               vi: "địa danh '\(place)' chưa viết hoa chữ cái đầu"), at: source.sourceMap["place"],
                        hint: Phrase(en: "write \(capitalised)", vi: "viết là \(capitalised)"),
                        fix: { written in
                            guard let index = written.firstIndex(where: \.isLetter) else { return written }
                            return written[..<index] + written[index...].prefix(1).uppercased() + written[index...].dropFirst()
                        })]
    }
}
