import Foundation
import Hummingbird
import VanBanModel

/// The web page, its script and style, and the OpenAPI document: compiled into the program's
/// resources and read into memory once at startup, so the page works offline and no request
/// reads the disk.
struct WebAssets: Sendable {
    struct Asset: Sendable {
        var contentType: String
        var bytes: ByteBuffer
    }

    private let assets: [String: Asset]

    static let files: [(name: String, contentType: String)] = [
        ("index.html", "text/html; charset=utf-8"), ("app.js", "text/javascript; charset=utf-8"),
        ("app.css", "text/css; charset=utf-8"), ("openapi.yaml", "application/yaml; charset=utf-8"),
    ]

    init() throws {
        var assets: [String: Asset] = [:]
        for file in Self.files {
            guard let url = Bundle.module.url(forResource: file.name, withExtension: nil, subdirectory: "Web"),
                  let data = FileManager.default.contents(atPath: url.path) else {
                throw ServeFailure(Phrase(en: "the program's resource Web/\(file.name) is missing: reinstall vanban-serve with its resources",
                                          vi: "thiếu tệp tài nguyên Web/\(file.name) của chương trình: hãy cài lại vanban-serve kèm tài nguyên của nó"))
            }
            assets[file.name] = Asset(contentType: file.contentType, bytes: ByteBuffer(bytes: data))
        }
        self.assets = assets
    }

    /// Throws the router's 404 (answered in the request's language) for a name not in `files`.
    func response(_ name: String) throws -> Response {
        guard let asset = assets[name] else { throw HTTPError(.notFound) }
        return Response(status: .ok, headers: [.contentType: asset.contentType, .cacheControl: "no-cache"],
                        body: .init(byteBuffer: asset.bytes))
    }
}

/// A reason the service cannot start, printed as `vanban-serve: error: …` (`lỗi: …`).
struct ServeFailure: Error, CustomStringConvertible, Bilingual {
    var phrase: Phrase
    init(_ phrase: Phrase) { self.phrase = phrase }
    func text(_ language: Language) -> String { phrase.text(language) }
    var description: String { phrase.english }
}
