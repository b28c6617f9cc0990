import Foundation

/// The districts of Shiyan an enterprise can belong to, with the short and English names that
/// appear in spreadsheets. Registry rows are stored with the full Chinese name.
public enum ShiyanDistricts {
    public static let all: [String] = [
        "茅箭区", "张湾区", "郧阳区", "郧西县", "竹山县", "竹溪县", "房县", "丹江口市",
        "武当山旅游经济特区", "十堰经济技术开发区",
    ]

    private static let aliases: [String: String] = [
        "茅箭": "茅箭区", "maojian": "茅箭区", "maojiandistrict": "茅箭区",
        "张湾": "张湾区", "zhangwan": "张湾区", "zhangwandistrict": "张湾区",
        "郧阳": "郧阳区", "郧县": "郧阳区", "yunyang": "郧阳区", "yunyangdistrict": "郧阳区",
        "郧西": "郧西县", "yunxi": "郧西县", "yunxicounty": "郧西县",
        "竹山": "竹山县", "zhushan": "竹山县", "zhushancounty": "竹山县",
        "竹溪": "竹溪县", "zhuxi": "竹溪县", "zhuxicounty": "竹溪县",
        "房": "房县", "fangxian": "房县", "fangcounty": "房县",
        "丹江口": "丹江口市", "danjiangkou": "丹江口市", "danjiangkoucity": "丹江口市",
        "武当山": "武当山旅游经济特区", "武当山特区": "武当山旅游经济特区", "wudangshan": "武当山旅游经济特区",
        "经开区": "十堰经济技术开发区", "十堰经开区": "十堰经济技术开发区", "经济技术开发区": "十堰经济技术开发区",
        "shiyaneconomicandtechnologicaldevelopmentzone": "十堰经济技术开发区", "developmentzone": "十堰经济技术开发区",
        "etdz": "十堰经济技术开发区",
    ]

    /// The full name of the district `text` names, or nil when it is not a Shiyan district.
    /// A leading "十堰市" is ignored.
    public static func canonical(_ text: String) -> String? {
        var key = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if key.hasPrefix("十堰市") && key != "十堰市" { key.removeFirst(3) }
        if all.contains(key) { return key }
        let folded = String(key.lowercased().unicodeScalars.filter { !" -_'’".unicodeScalars.contains($0) })
        return aliases[folded]
    }
}
