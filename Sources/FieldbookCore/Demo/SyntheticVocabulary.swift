/// Word lists the synthetic registry is assembled from. Combinations, not a list of real firms:
/// any resemblance of a generated name to a real enterprise is chance.
enum SyntheticVocabulary {
    /// Streets and towns per district, and the region code its credit codes carry.
    struct Place {
        let district: String
        let regionCode: String
        let namePrefix: String
        let addressPrefix: String
        let streets: [String]
        /// Relative share of the city's enterprises.
        let weight: Int
    }

    static let places: [Place] = [
        Place(district: "茅箭区", regionCode: "420302", namePrefix: "十堰", addressPrefix: "十堰市茅箭区",
              streets: ["北京中路", "人民北路", "朝阳中路", "柳林路", "东岳路", "五堰街", "武当路", "东城开发区东岳路", "茅塔乡工业园", "大川镇", "赛武当工业园"], weight: 16),
        Place(district: "张湾区", regionCode: "420303", namePrefix: "十堰", addressPrefix: "十堰市张湾区",
              streets: ["车城路", "公园路", "汉江路", "东风大道", "发展大道", "工业新区", "红卫街道工业路", "花果街道", "黄龙镇", "方山路", "凯旋大道"], weight: 20),
        Place(district: "郧阳区", regionCode: "420304", namePrefix: "郧阳区", addressPrefix: "十堰市郧阳区",
              streets: ["城关镇郧阳大道", "汉江大道", "沿江大道", "经济开发区", "茶店镇", "青曲镇", "杨溪铺镇", "安阳镇", "柳陂镇"], weight: 12),
        Place(district: "郧西县", regionCode: "420322", namePrefix: "郧西县", addressPrefix: "郧西县",
              streets: ["城关镇天河大道", "城关镇七夕大道", "上津镇", "观音镇", "羊尾镇", "工业园区", "店子镇"], weight: 8),
        Place(district: "竹山县", regionCode: "420323", namePrefix: "竹山县", addressPrefix: "竹山县",
              streets: ["城关镇南关路", "城关镇北大街", "宝丰镇", "麻家渡镇", "秦古镇", "潘口乡", "溢水镇"], weight: 8),
        Place(district: "竹溪县", regionCode: "420324", namePrefix: "竹溪县", addressPrefix: "竹溪县",
              streets: ["城关镇东门路", "水坪镇", "蒋家堰镇", "龙坝镇", "工业园区", "中峰镇"], weight: 7),
        Place(district: "房县", regionCode: "420325", namePrefix: "房县", addressPrefix: "房县",
              streets: ["城关镇西关路", "城关镇东城路", "军店镇", "红塔镇", "土城镇", "北部工业园", "化龙堰镇"], weight: 8),
        Place(district: "丹江口市", regionCode: "420381", namePrefix: "丹江口", addressPrefix: "丹江口市",
              streets: ["均州路", "丹赵路", "三官殿街道", "大坝街道沿江路", "六里坪镇工业园", "土关垭镇", "浪河镇", "习家店镇"], weight: 11),
        Place(district: "武当山旅游经济特区", regionCode: "420300", namePrefix: "武当山", addressPrefix: "武当山旅游经济特区",
              streets: ["太和路", "老营宫路", "玄岳门大道", "太极湖新区滨湖路", "琼台路"], weight: 3),
        Place(district: "十堰经济技术开发区", regionCode: "420300", namePrefix: "十堰", addressPrefix: "十堰市经济技术开发区",
              streets: ["白浪中路", "白浪东路", "东风大道西段", "发展大道", "龙门大道", "西城路", "十堰东站物流港"], weight: 7),
    ]

    /// A line of business: the word in the firm's name, the industry recorded, and a size range.
    struct Trade {
        let nameWord: String
        let industry: String
        let employees: ClosedRange<Int>
        let construction: Bool
        let weight: Int
    }

    static let trades: [Trade] = [
        Trade(nameWord: "汽车零部件", industry: "汽车零部件制造", employees: 40...2500, construction: false, weight: 14),
        Trade(nameWord: "车桥", industry: "汽车零部件制造", employees: 80...1800, construction: false, weight: 3),
        Trade(nameWord: "精密铸造", industry: "金属铸造", employees: 30...600, construction: false, weight: 4),
        Trade(nameWord: "专用汽车", industry: "专用汽车制造", employees: 50...900, construction: false, weight: 3),
        Trade(nameWord: "汽车线束", industry: "汽车零部件制造", employees: 60...1200, construction: false, weight: 2),
        Trade(nameWord: "建筑工程", industry: "房屋建筑", employees: 20...1500, construction: true, weight: 10),
        Trade(nameWord: "建设集团", industry: "房屋建筑", employees: 200...3000, construction: true, weight: 2),
        Trade(nameWord: "路桥工程", industry: "道路桥梁工程", employees: 40...800, construction: true, weight: 3),
        Trade(nameWord: "市政工程", industry: "市政工程", employees: 30...600, construction: true, weight: 3),
        Trade(nameWord: "建筑劳务", industry: "建筑劳务分包", employees: 20...900, construction: true, weight: 4),
        Trade(nameWord: "物流", industry: "道路货物运输", employees: 10...600, construction: false, weight: 6),
        Trade(nameWord: "供应链管理", industry: "仓储物流", employees: 20...500, construction: false, weight: 2),
        Trade(nameWord: "同城配送", industry: "即时配送平台", employees: 50...2000, construction: false, weight: 2),
        Trade(nameWord: "网络科技", industry: "互联网平台", employees: 10...800, construction: false, weight: 3),
        Trade(nameWord: "人力资源", industry: "劳务派遣", employees: 20...2500, construction: false, weight: 3),
        Trade(nameWord: "食品", industry: "食品加工", employees: 10...400, construction: false, weight: 5),
        Trade(nameWord: "茶业", industry: "茶叶加工", employees: 5...150, construction: false, weight: 2),
        Trade(nameWord: "黄酒", industry: "酒类酿造", employees: 10...300, construction: false, weight: 1),
        Trade(nameWord: "服饰", industry: "服装制造", employees: 20...700, construction: false, weight: 4),
        Trade(nameWord: "纺织", industry: "棉纺织", employees: 50...900, construction: false, weight: 2),
        Trade(nameWord: "酒店管理", industry: "酒店住宿", employees: 15...300, construction: false, weight: 3),
        Trade(nameWord: "餐饮管理", industry: "餐饮服务", employees: 5...200, construction: false, weight: 4),
        Trade(nameWord: "矿业", industry: "非金属矿采选", employees: 20...500, construction: false, weight: 2),
        Trade(nameWord: "石材", industry: "石材开采加工", employees: 10...200, construction: false, weight: 1),
        Trade(nameWord: "物业管理", industry: "物业管理", employees: 20...900, construction: false, weight: 3),
        Trade(nameWord: "保安服务", industry: "保安服务", employees: 30...1200, construction: false, weight: 1),
        Trade(nameWord: "电子科技", industry: "电子元件制造", employees: 30...1500, construction: false, weight: 2),
        Trade(nameWord: "商贸", industry: "批发零售", employees: 3...120, construction: false, weight: 6),
    ]

    /// Characters firms choose for their trade names; two make a name such as 鑫泰 or 华鼎.
    static let brandCharacters = Array("鑫泰华鼎瑞驰恒力东岳万通宏源金路达凯旋精工顺捷安康汉江武当秦巴楚天永盛兴隆福昌佳和博远天成中联新宇锦绣明辉长青富强鸿运嘉诚荣盛汇丰伟业信达卓越")

    static let suffixes: [(String, Int)] = [("有限公司", 80), ("有限责任公司", 8), ("股份有限公司", 6), ("集团有限公司", 2), ("厂", 4)]

    static let ownerships: [(String, Int)] = [
        ("有限责任公司", 45), ("私营企业", 35), ("股份有限公司", 6), ("国有企业", 4), ("外商投资企业", 3),
        ("中外合资企业", 2), ("集体企业", 2), ("个体工商户", 3),
    ]

    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛")
    static let givenNames = ["建国", "红梅", "志强", "晓燕", "永胜", "国庆", "丽娟", "海涛", "大勇", "立新", "俊峰", "振华",
                             "卫东", "春生", "玉兰", "明亮", "建军", "海燕", "国平", "文斌", "建平", "晓东", "小军", "德兵",
                             "晓丽", "美玲", "志刚", "丽华", "守义", "秋菊", "国华", "永红", "春燕", "长友", "文杰", "秀英",
                             "建华", "秀兰", "玉梅", "翠萍", "立国", "小燕", "伟", "福", "德胜", "正", "小龙", "振东", "敏", "静"]
}
