import Foundation

/// Validates a command's `--format json` output against its published schema in
/// docs/schemas/cli/ with Python's jsonschema, a validator that shares no code with Fieldbook.
enum CLISchemaCheck {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/schemas/cli")

    /// nil when `json` is valid, else the validator's complaint.
    static func problem(_ json: String, schema name: String) throws -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", """
            import json, sys
            from jsonschema import Draft202012Validator
            schema = json.load(open(sys.argv[1], encoding='utf-8'))
            Draft202012Validator.check_schema(schema)
            Draft202012Validator(schema).validate(json.loads(sys.stdin.read()))
            print('valid')
            """, directory.appendingPathComponent(name + ".schema.json").path]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data(json.utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 && text.hasPrefix("valid") ? nil : text
    }

    static func decode(_ json: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(json.utf8))
    }
}
