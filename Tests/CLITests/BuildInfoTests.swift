import Testing
@testable import fieldbook

/// The version text is built only for the runs that print it (`BuildInfo.forConfiguration`).
@Suite("The version the root command carries")
struct BuildInfoTests {
    @Test("--version anywhere, and the help dump behind the man page, get the full text; other runs the number")
    func fullTextOnlyWhenPrinted() {
        #expect(BuildInfo.forConfiguration(arguments: ["fieldbook", "--version"]) == BuildInfo.text)
        #expect(BuildInfo.forConfiguration(arguments: ["fieldbook", "list", "--version"]) == BuildInfo.text)
        #expect(BuildInfo.forConfiguration(arguments: ["fieldbook", "--experimental-dump-help"]) == BuildInfo.text)
        #expect(BuildInfo.forConfiguration(arguments: ["fieldbook", "--help"]) == BuildInfo.version)
        #expect(BuildInfo.forConfiguration(arguments: ["fieldbook", "list", "enterprises"]) == BuildInfo.version)
        #expect(BuildInfo.text.hasPrefix("fieldbook \(BuildInfo.version)\n"))
    }
}
