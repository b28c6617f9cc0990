extension DocumentSettings {
    /// The issuing bureau in both languages: where a prefilled recommendation tells the enterprise
    /// to report its rectification, so the opinion and the notice name the same bureau.
    public var issuer: Bilingual { Bilingual(zh: issuerZh, en: issuerEn) }
}
