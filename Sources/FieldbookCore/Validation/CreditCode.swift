import Foundation

/// The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters
/// `[authority][type][region ×6][organisation code ×9][check]` over a 31-symbol alphabet.
public enum CreditCode {
    /// 0-9 and the capitals without I, O, S, V, Z; a symbol's value is its index.
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

    /// Weight of position i (0-based) is 3^i mod 31.
    static let weights: [Int] = (0..<17).map { i in (0..<i).reduce(1) { acc, _ in acc * 3 % 31 } }

    /// Registration authorities (登记管理部门代码) GB 32100 and later assignments list.
    static let authorities: Set<Character> = Set("123456789ANY")

    /// The check character for the first 17 characters, or nil when one is outside the alphabet.
    public static func checkCharacter(for body: some StringProtocol) -> Character? {
        let chars = Array(body.uppercased())
        guard chars.count == 17 else { return nil }
        var sum = 0
        for (i, c) in chars.enumerated() {
            guard let value = alphabet.firstIndex(of: c) else { return nil }
            sum += value * weights[i]
        }
        let check = (31 - sum % 31) % 31
        return alphabet[check]
    }

    /// `body` (17 characters) followed by its check character.
    public static func completing(_ body: String) -> String? {
        checkCharacter(for: body).map { body.uppercased() + String($0) }
    }

    /// The code in canonical form (trimmed, uppercase) when valid; else a `CoreError` naming the problem
    /// (for a wrong check character, the expected one).
    public static func validate(_ text: String) throws(CoreError) -> String {
        let code = text.trimmingCharacters(in: .whitespaces).uppercased()
        let chars = Array(code)
        guard chars.count == 18 else { throw .creditCodeLength(code: code, count: chars.count) }
        for (i, c) in chars.enumerated() where !alphabet.contains(c) {
            throw .creditCodeCharacter(code: code, position: i + 1, character: c)
        }
        guard authorities.contains(chars[0]) else { throw .creditCodeAuthority(code: code, character: chars[0]) }
        // The entity-type code (character 2) is a digit 1-9 under every authority.
        guard chars[1].isNumber, chars[1] != "0" else { throw .creditCodeType(code: code, character: chars[1]) }
        let region = String(chars[2..<8])
        // The region is a GB/T 2260 division: its first two digits name a province (11–82), or
        // 10 for a national registration. Any other code anywhere is a typing error; a code from
        // outside Shiyan is valid (an out-of-town enterprise, `AdministrativeDivision`).
        guard region.allSatisfy(\.isNumber), AdministrativeDivision(code: region)?.isKnownProvince == true else {
            throw .creditCodeRegion(code: code, region: region)
        }
        let expected = checkCharacter(for: String(chars[0..<17]))!
        guard chars[17] == expected else {
            throw .creditCodeCheck(code: code, expected: expected, found: chars[17])
        }
        return code
    }

    /// True when `text` is a valid code.
    public static func isValid(_ text: String) -> Bool { (try? validate(text)) != nil }
}
