import FieldbookCore

/// Every string the interface shows, one catalogue per language.
///
/// Each area of the interface declares its strings as a protocol (`CommonText`, `DashboardText`, …)
/// and `Chinese` and `English` conform to all of them, in files named `Chinese+Area.swift` and
/// `English+Area.swift` (plain extensions: the conformance is declared once, below). A string missing in one language is therefore a compile error, never a
/// blank on screen. Screens read text only through `env.text`; nothing is hard-coded in a screen.
public typealias Catalogue = CommonText & SetupText & DashboardText & VisitText & RecommendationText & ExportText & EnterpriseText
    & DocumentText & FindingText & RemovalText & AttachmentText & FlowText
    & LoadDataText & VisitTypeText & OutOfTownText & ProjectText & ReferralText & ProjectRegistryText

/// The catalogue for a language.
public func catalogue(for language: Language) -> any Catalogue {
    switch language {
    case .zh: Chinese()
    case .en: English()
    }
}

/// The Chinese catalogue (中文界面).
public struct Chinese: Catalogue {
    public init() {}
}

/// The English catalogue.
public struct English: Catalogue {
    public init() {}
}
