extension English {
    public var setupTitle: String { "First run" }
    public var setupIntro: String { "Welcome to Fieldbook. Tell us who uses this laptop, then start recording visits. Everything is stored on this machine; no network is needed." }
    public var setupName: String { "Inspector name" }
    public var setupNamePlaceholder: String { "e.g. Wang Jianguo" }
    public var setupDistrict: String { "District" }
    public var setupDistrictNone: String { "(city bureau)" }
    public var setupLanguage: String { "Language" }
    public var setupStart: String { "Start" }
    public var setupChoiceHint: String { "←/→ to choose" }
    public var keyNextField: String { "next field" }
    public var keySave: String { "save" }
    public var setupNameRequired: String { "Please enter the inspector's name" }
}
