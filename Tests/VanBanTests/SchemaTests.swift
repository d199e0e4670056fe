import Foundation
import VanBanInput
import XCTest

/// `Examples/vanban.schema.json` stays in step with the decoders: every example validates against
/// it (python's jsonschema, installed by scripts/setup.sh), each example names it for editors,
/// and each kind of mapping has exactly the keys the decoder accepts (`InputKeys`).
final class SchemaTests: XCTestCase {
    let schemaPath = TestSupport.examples + "/vanban.schema.json"

    /// Where each kind of mapping of `InputKeys` is described in the schema.
    let pointers: [String: [String]] = [
        "document": [],
        "issuer": ["properties", "issuer", "oneOf", "1"],
        "date": ["definitions", "date", "oneOf", "1"],
        "recipientGroup": ["definitions", "recipients", "items", "oneOf", "1"],
        "marks": ["properties", "marks"],
        "copy": ["properties", "copy"],
        "signer": ["definitions", "signer"],
        "details": ["properties", "details"],
        "attachment": ["properties", "attachment"],
        "pdf": ["properties", "pdf"],
        "appendix": ["properties", "appendices", "items"],
        "paragraph": ["definitions", "block", "oneOf", "1"],
        "tableBlock": ["definitions", "block", "oneOf", "2"],
        "programmeBlock": ["definitions", "block", "oneOf", "3"],
        "blankLines": ["definitions", "block", "oneOf", "4"],
        "table": ["definitions", "table"],
        "column": ["definitions", "column", "oneOf", "1"],
        "row": ["definitions", "row", "oneOf", "1"],
        "cell": ["definitions", "cell", "oneOf", "1"],
        "programme": ["definitions", "programme"],
    ]

    func schema() throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: schemaPath))
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func node(_ root: Any, _ path: [String]) -> Any? {
        path.reduce(Optional(root)) { current, step in
            if let object = current as? [String: Any] { return object[step] }
            if let array = current as? [Any], let index = Int(step), array.indices.contains(index) { return array[index] }
            return nil
        }
    }

    func testEveryKeyTheDecodersAcceptIsInTheSchemaAndNoOther() throws {
        let root = try schema()
        XCTAssertEqual(Set(pointers.keys), Set(InputKeys.all.keys), "a new kind of mapping needs a place in the schema and here")
        for (kind, keys) in InputKeys.all {
            let path = try XCTUnwrap(pointers[kind], kind)
            let object = try XCTUnwrap(node(root, path) as? [String: Any], "\(kind): nothing at \(path)")
            let properties = try XCTUnwrap(object["properties"] as? [String: Any], kind)
            XCTAssertEqual(Set(properties.keys), Set(keys), "\(kind): schema and decoder disagree")
            XCTAssertEqual(object["additionalProperties"] as? Bool, false, "\(kind): unknown keys must be flagged by editors too")
        }
        // And the schema describes no mapping the decoders do not know.
        func objectCount(_ value: Any) -> Int {
            if let object = value as? [String: Any] {
                return (object["properties"] is [String: Any] && object["type"] as? String == "object" ? 1 : 0)
                    + object.values.map(objectCount).reduce(0, +)
            }
            if let array = value as? [Any] { return array.map(objectCount).reduce(0, +) }
            return 0
        }
        XCTAssertEqual(objectCount(root), InputKeys.all.count)
    }

    func testEveryExampleNamesTheSchemaAndValidatesAgainstIt() throws {
        for file in TestSupport.exampleFiles {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            if file.hasSuffix(".json") {
                XCTAssertTrue(text.contains("\"$schema\": \"vanban.schema.json\""), file)
            } else {
                XCTAssertTrue(text.hasPrefix("# yaml-language-server: $schema=vanban.schema.json\n"), file)
            }
            XCTAssertNoThrow(try TestSupport.document(file), "the decoder accepts \(file), $schema included")
        }
        let script = """
            import datetime, json, sys, yaml, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            jsonschema.Draft7Validator.check_schema(schema)
            validator = jsonschema.Draft7Validator(schema)
            def plain(value):  # YAML's dates are text to VanBan
                if isinstance(value, (datetime.date, datetime.datetime)): return value.isoformat()
                if isinstance(value, dict): return {str(k): plain(v) for k, v in value.items()}
                if isinstance(value, list): return [plain(v) for v in value]
                return value
            failed = 0
            for path in sys.argv[2:]:
                with open(path, encoding="utf-8") as handle:
                    document = plain(json.load(handle) if path.endswith(".json") else yaml.safe_load(handle))
                for error in validator.iter_errors(document):
                    failed += 1
                    print(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message[:300]}")
            sys.exit(1 if failed else 0)
            """
        let result = try TestSupport.run("python3", ["-c", script, schemaPath] + TestSupport.exampleFiles)
        XCTAssertEqual(result.status, 0, "run scripts/setup.sh for jsonschema and yaml\n" + result.output + result.error)
    }

    func testTheSchemaRejectsWhatTheDecoderRejects() throws {
        let directory = TestSupport.temporaryDirectory()
        let misspelt = try String(contentsOfFile: TestSupport.examples + "/minimal.yaml", encoding: .utf8)
            .replacingOccurrences(of: "\nsigner:\n  authority:", with: "\nsigner:\n  authorty:")
        try misspelt.write(toFile: directory + "/misspelt.yaml", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try TestSupport.document(directory + "/misspelt.yaml"))
        let script = """
            import json, sys, yaml, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            errors = list(jsonschema.Draft7Validator(schema).iter_errors(yaml.safe_load(open(sys.argv[2], encoding="utf-8"))))
            print("\\n".join(e.message for e in errors))
            sys.exit(1 if errors else 0)
            """
        let result = try TestSupport.run("python3", ["-c", script, schemaPath, directory + "/misspelt.yaml"])
        XCTAssertEqual(result.status, 1, result.output + result.error)
        XCTAssertTrue(result.output.contains("'authorty' was unexpected"), result.output)
    }
}
