/// First-run setup form.
public protocol SetupText {
    var setupTitle: String { get }
    var setupIntro: String { get }
    var setupName: String { get }
    var setupNamePlaceholder: String { get }
    var setupDistrict: String { get }
    var setupDistrictNone: String { get }
    var setupLanguage: String { get }
    var setupStart: String { get }
    var setupChoiceHint: String { get }
    var keyNextField: String { get }
    var keySave: String { get }
    var setupNameRequired: String { get }
}
