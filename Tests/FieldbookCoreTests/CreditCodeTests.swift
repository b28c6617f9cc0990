import Testing
@testable import FieldbookCore

@Suite("Unified social credit code (GB 32100-2015)")
struct CreditCodeTests {
    @Test("Given published codes, when validated, then they are accepted", arguments: [
        "914403001922038216", // Huawei Technologies Co., Ltd.
        "9144030071526726XG", // Shenzhen Tencent Computer Systems Co., Ltd.
        "91420300179180128Q", // computed for a Shiyan (420300) company
    ])
    func acceptsValidCodes(code: String) throws {
        #expect(try CreditCode.validate(code) == code)
    }

    @Test("Given lowercase and spaces, when validated, then the canonical form comes back")
    func normalises() throws {
        #expect(try CreditCode.validate(" 9144030071526726xg ") == "9144030071526726XG")
    }

    @Test("Given a wrong check character, when validated, then the error names the expected one")
    func wrongCheckCharacter() {
        #expect(throws: CoreError.creditCodeCheck(code: "914403001922038217", expected: "6", found: "7")) {
            try CreditCode.validate("914403001922038217")
        }
        let error = CoreError.creditCodeCheck(code: "914403001922038217", expected: "6", found: "7")
        #expect(error.message(in: .zh).contains("应为“6”"))
        #expect(error.message(in: .en).contains("expected \"6\""))
    }

    @Test("Given 17 characters, when completed, then the check character is appended")
    func completes() {
        #expect(CreditCode.completing("91440300192203821") == "914403001922038216")
        #expect(CreditCode.checkCharacter(for: "9144030071526726X") == "G")
    }

    @Test("Given malformed codes, when validated, then each is refused for its reason")
    func refusesMalformed() {
        #expect(throws: CoreError.creditCodeLength(code: "91440300192203821", count: 17)) {
            try CreditCode.validate("91440300192203821")
        }
        #expect(throws: CoreError.creditCodeCharacter(code: "9144030019220382I6", position: 17, character: "I")) {
            try CreditCode.validate("9144030019220382I6")
        }
        #expect(throws: CoreError.creditCodeAuthority(code: "B14403001922038216", character: "B")) {
            try CreditCode.validate("B14403001922038216")
        }
        #expect(throws: CoreError.creditCodeType(code: "904403001922038216", character: "0")) {
            try CreditCode.validate("904403001922038216")
        }
        #expect(throws: CoreError.creditCodeRegion(code: "9100A300192203821X", region: "00A300")) {
            try CreditCode.validate("9100A300192203821X")
        }
    }

    @Test("The weights are 3^i mod 31")
    func weights() {
        #expect(CreditCode.weights == [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])
    }
}
