/// Enterprises registered outside Shiyan (外地企业): the flag on the new-enterprise form, the
/// list's marker and filter value, and the enterprise page.
public protocol OutOfTownText {
    var fieldOutOfTown: String { get }
    var outOfTownNo: String { get }
    var outOfTownYes: String { get }
    /// Beside the flag: where the credit code says the enterprise was registered.
    func registeredIn(_ place: String) -> String
    /// Beside the flag while it follows the credit code (nobody chose it by hand).
    var outOfTownFollowsCode: String { get }
    /// The district filter's last value.
    var filterOutOfTown: String { get }
}
