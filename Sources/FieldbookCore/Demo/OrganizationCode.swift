/// The 9-character organisation code inside a credit code (characters 9–17, GB 11714), whose
/// last character is its own check character. Synthetic codes get a correct one so that they
/// look like real codes to any checker, not only to the GB 32100 check.
enum OrganizationCode {
    private static let weights = [3, 7, 9, 10, 5, 8, 4, 2]

    /// The 8-character body (digits and capitals) followed by its check character.
    static func completing(_ body: [Character]) -> String {
        precondition(body.count == 8)
        var sum = 0
        for (character, weight) in zip(body, weights) {
            sum += (character.isNumber ? Int(String(character))! : Int(character.asciiValue! - 55)) * weight
        }
        let check = 11 - sum % 11
        let last: Character = check == 10 ? "X" : check == 11 ? "0" : Character(String(check))
        return String(body) + String(last)
    }
}
