import Foundation
import TestSupport

/// Validates a command's `--format json` output against its published schema in
/// docs/schemas/cli/ with Python's jsonschema, a validator that shares no code with Fieldbook.
enum CLISchemaCheck {
    static let directory = Repository.url("docs/schemas/cli")

    /// nil when `json` is valid, else the validator's complaint.
    static func problem(_ json: String, schema name: String) throws -> String? {
        let result = try ChildProcess.tool("python3", ["-c", """
            import json, sys
            from jsonschema import Draft202012Validator
            schema = json.load(open(sys.argv[1], encoding='utf-8'))
            Draft202012Validator.check_schema(schema)
            Draft202012Validator(schema).validate(json.loads(sys.stdin.read()))
            print('valid')
            """, directory.appendingPathComponent(name + ".schema.json").path],
            input: Data(json.utf8), errorOutput: .mergedWithOutput)
        let text = result.stdoutText
        return result.status == 0 && text.hasPrefix("valid") ? nil : text
    }

    static func decode(_ json: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(json.utf8))
    }
}
