/// The administrative division that registered an enterprise: characters 3–8 of its unified
/// social credit code (GB 32100-2015 takes them from GB/T 2260). Shiyan's own divisions start
/// 4203; anything else was registered elsewhere (外地企业).
///
/// The code is read from the credit code and never stored apart from it, so the two cannot
/// disagree. A small built-in table names the provinces, Hubei's cities and Shiyan's neighbours;
/// for any other code the name is the province's (when known) and the code is always shown.
public struct AdministrativeDivision: Hashable, Sendable {
    /// Six digits, e.g. `420102`.
    public let code: String

    public init?(code: String) {
        guard code.count == 6, code.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        self.code = code
    }

    /// The division of a credit code (well-formed or not: only characters 3–8 are read).
    public init?(creditCode: String) {
        let chars = Array(creditCode.trimmingCharacters(in: .whitespaces))
        guard chars.count == 18 else { return nil }
        self.init(code: String(chars[2..<8]))
    }

    /// The prefix of every division of Shiyan (十堰市, 420300).
    public static let shiyanPrefix = "4203"

    /// Registered by an authority of Shiyan or one of its districts.
    public var isShiyan: Bool { code.hasPrefix(Self.shiyanPrefix) }

    /// `10`: registered by a national authority (100000), not a province.
    public var isNational: Bool { code.hasPrefix("10") }

    /// The first two digits name a province (or the national level): the rest of GB/T 2260's
    /// space is unassigned, so a code outside it is a typing error.
    public var isKnownProvince: Bool { isNational || Self.provinces[String(code.prefix(2))] != nil }

    /// The province and city as far as the table knows them, in `language`; nil when not even
    /// the province is known.
    public func placeName(in language: Language) -> String? {
        if isNational { return language == .zh ? "国家级登记" : "national registration" }
        guard let province = Self.provinces[String(code.prefix(2))] else { return nil }
        // County-level cities directly under a province (仙桃 429004) are listed by full code.
        let city = Self.cities[code] ?? Self.cities[String(code.prefix(4)) + "00"]
        switch language {
        case .zh: return province.zh + (city?.zh ?? "")
        case .en: return city.map { "\($0.en), \(province.en)" } ?? province.en
        }
    }

    /// A short name for a narrow column: the city when known, else the province, else the code.
    public func shortName(in language: Language) -> String {
        if let city = Self.cities[code] ?? Self.cities[String(code.prefix(4)) + "00"] { return city.text(in: language) }
        if let province = Self.provinces[String(code.prefix(2))] { return province.text(in: language) }
        return code
    }

    /// "湖北省武汉市（420102）" / "Wuhan, Hubei (420102)", or the code alone.
    public func label(in language: Language) -> String {
        guard let place = placeName(in: language) else { return code }
        return language == .zh ? "\(place)（\(code)）" : "\(place) (\(code))"
    }

    /// GB/T 2260 province-level codes (first two digits).
    static let provinces: [String: Bilingual] = [
        "11": Bilingual(zh: "北京市", en: "Beijing"), "12": Bilingual(zh: "天津市", en: "Tianjin"),
        "13": Bilingual(zh: "河北省", en: "Hebei"), "14": Bilingual(zh: "山西省", en: "Shanxi"),
        "15": Bilingual(zh: "内蒙古自治区", en: "Inner Mongolia"), "21": Bilingual(zh: "辽宁省", en: "Liaoning"),
        "22": Bilingual(zh: "吉林省", en: "Jilin"), "23": Bilingual(zh: "黑龙江省", en: "Heilongjiang"),
        "31": Bilingual(zh: "上海市", en: "Shanghai"), "32": Bilingual(zh: "江苏省", en: "Jiangsu"),
        "33": Bilingual(zh: "浙江省", en: "Zhejiang"), "34": Bilingual(zh: "安徽省", en: "Anhui"),
        "35": Bilingual(zh: "福建省", en: "Fujian"), "36": Bilingual(zh: "江西省", en: "Jiangxi"),
        "37": Bilingual(zh: "山东省", en: "Shandong"), "41": Bilingual(zh: "河南省", en: "Henan"),
        "42": Bilingual(zh: "湖北省", en: "Hubei"), "43": Bilingual(zh: "湖南省", en: "Hunan"),
        "44": Bilingual(zh: "广东省", en: "Guangdong"), "45": Bilingual(zh: "广西壮族自治区", en: "Guangxi"),
        "46": Bilingual(zh: "海南省", en: "Hainan"), "50": Bilingual(zh: "重庆市", en: "Chongqing"),
        "51": Bilingual(zh: "四川省", en: "Sichuan"), "52": Bilingual(zh: "贵州省", en: "Guizhou"),
        "53": Bilingual(zh: "云南省", en: "Yunnan"), "54": Bilingual(zh: "西藏自治区", en: "Tibet"),
        "61": Bilingual(zh: "陕西省", en: "Shaanxi"), "62": Bilingual(zh: "甘肃省", en: "Gansu"),
        "63": Bilingual(zh: "青海省", en: "Qinghai"), "64": Bilingual(zh: "宁夏回族自治区", en: "Ningxia"),
        "65": Bilingual(zh: "新疆维吾尔自治区", en: "Xinjiang"), "71": Bilingual(zh: "台湾省", en: "Taiwan"),
        "81": Bilingual(zh: "香港特别行政区", en: "Hong Kong"), "82": Bilingual(zh: "澳门特别行政区", en: "Macao"),
    ]

    /// Hubei's cities and the neighbouring cities whose firms most often work in Shiyan, plus the
    /// provincial capitals most out-of-town contractors come from. Municipalities have no city row.
    static let cities: [String: Bilingual] = [
        "420100": Bilingual(zh: "武汉市", en: "Wuhan"), "420200": Bilingual(zh: "黄石市", en: "Huangshi"),
        "420300": Bilingual(zh: "十堰市", en: "Shiyan"), "420500": Bilingual(zh: "宜昌市", en: "Yichang"),
        "420600": Bilingual(zh: "襄阳市", en: "Xiangyang"), "420700": Bilingual(zh: "鄂州市", en: "Ezhou"),
        "420800": Bilingual(zh: "荆门市", en: "Jingmen"), "420900": Bilingual(zh: "孝感市", en: "Xiaogan"),
        "421000": Bilingual(zh: "荆州市", en: "Jingzhou"), "421100": Bilingual(zh: "黄冈市", en: "Huanggang"),
        "421200": Bilingual(zh: "咸宁市", en: "Xianning"), "421300": Bilingual(zh: "随州市", en: "Suizhou"),
        "422800": Bilingual(zh: "恩施土家族苗族自治州", en: "Enshi"),
        "429004": Bilingual(zh: "仙桃市", en: "Xiantao"), "429005": Bilingual(zh: "潜江市", en: "Qianjiang"),
        "429006": Bilingual(zh: "天门市", en: "Tianmen"), "429021": Bilingual(zh: "神农架林区", en: "Shennongjia"),
        "411300": Bilingual(zh: "南阳市", en: "Nanyang"), "610700": Bilingual(zh: "汉中市", en: "Hanzhong"),
        "610900": Bilingual(zh: "安康市", en: "Ankang"), "611000": Bilingual(zh: "商洛市", en: "Shangluo"),
        "410100": Bilingual(zh: "郑州市", en: "Zhengzhou"), "610100": Bilingual(zh: "西安市", en: "Xi'an"),
        "430100": Bilingual(zh: "长沙市", en: "Changsha"), "510100": Bilingual(zh: "成都市", en: "Chengdu"),
        "440100": Bilingual(zh: "广州市", en: "Guangzhou"), "440300": Bilingual(zh: "深圳市", en: "Shenzhen"),
        "320100": Bilingual(zh: "南京市", en: "Nanjing"), "330100": Bilingual(zh: "杭州市", en: "Hangzhou"),
    ]
}

extension Enterprise {
    /// The division whose authority registered the enterprise (characters 3–8 of its credit code).
    public var registrationDivision: AdministrativeDivision? { AdministrativeDivision(creditCode: creditCode) }

    /// Out of town unless the registering authority is Shiyan's: the rule when nobody said.
    public static func isOutOfTown(creditCode: String) -> Bool {
        !(AdministrativeDivision(creditCode: creditCode)?.isShiyan ?? true)
    }

    /// Where the enterprise is, as a list column shows it: its Shiyan district, or for an
    /// out-of-town enterprise the marker and where it was registered ("外地·武汉市", "Out·Wuhan";
    /// the detail page adds the Shiyan district it works in).
    public func placeLabel(in language: Language) -> String {
        Self.placeLabel(district: district, outOfTown: outOfTown, creditCode: creditCode, in: language)
    }

    /// The same from the three columns it depends on (the list reads no whole records).
    public static func placeLabel(district: String, outOfTown: Bool, creditCode: String, in language: Language) -> String {
        guard outOfTown else { return district }
        let home = AdministrativeDivision(creditCode: creditCode)?.shortName(in: language) ?? ""
        return (language == .zh ? "外地·" : "Out·") + home
    }
}
