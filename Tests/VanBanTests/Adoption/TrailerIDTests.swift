import Foundation
import XCTest

/// The trailer's /ID, which PDF 2.0 and PDF/A require: present, the MD5 of Cairo's drawing (the
/// bytes before VanBan's update, as a reader can check), and the same for the same input.
final class TrailerIDTests: XCTestCase {
    private let readID = """
        import hashlib, re, sys
        data = open(sys.argv[1], "rb").read()
        cairo = data[:data.index(b"%%EOF") + len(b"%%EOF\\n")]
        trailer = data[data.rindex(b"trailer"):]
        ids = re.search(rb"/ID\\s*\\[\\s*<([0-9a-fA-F]+)>\\s*<([0-9a-fA-F]+)>\\s*\\]", trailer)
        print(ids.group(1).decode().lower() if ids else "none", ids.group(2).decode().lower() if ids else "none",
              hashlib.md5(cairo).hexdigest())
        """

    func testEveryPDFHasAnIDDerivedFromItsContent() throws {
        let directory = TestSupport.temporaryDirectory()
        var files: [Data] = []
        for name in ["a", "b"] {
            let result = try TestSupport.vanban(["render", TestSupport.examples + "/minimal.yaml", "-o", directory + "/\(name).pdf"])
            XCTAssertEqual(result.status, 0, result.error)
            files.append(try Data(contentsOf: URL(fileURLWithPath: directory + "/\(name).pdf")))
        }
        XCTAssertEqual(files[0], files[1], "the same input gives the same bytes, /ID included")
        let read = try TestSupport.run("python3", ["-c", readID, directory + "/a.pdf"])
        XCTAssertEqual(read.status, 0, read.error)
        let words = read.output.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        XCTAssertEqual(words.count, 3, read.output)
        XCTAssertEqual(words[0].count, 32, "16 bytes: \(read.output)")
        XCTAssertEqual(words[0], words[2], "the /ID is the MD5 of Cairo's bytes")
        XCTAssertEqual(words[1], words[2])
        let check = try TestSupport.run("qpdf", ["--check", directory + "/a.pdf"])
        XCTAssertEqual(check.status, 0, check.output + check.error)

        // Another document, another /ID.
        let other = try TestSupport.vanban(["render", TestSupport.examples + "/dong-da.yaml", "-o", directory + "/c.pdf"])
        XCTAssertEqual(other.status, 0, other.error)
        let otherID = try TestSupport.run("python3", ["-c", readID, directory + "/c.pdf"]).output.split(separator: " ")[0]
        XCTAssertNotEqual(String(otherID), words[0])
    }
}
