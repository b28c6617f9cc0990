extension Chinese {
    public var setupTitle: String { "首次使用" }
    public var setupIntro: String { "欢迎使用 Fieldbook。请填写使用本机的检查员信息，之后即可开始走访记录。所有数据保存在本机，无需联网。" }
    public var setupName: String { "检查员姓名" }
    public var setupNamePlaceholder: String { "例如：王建国" }
    public var setupDistrict: String { "所属区县" }
    public var setupDistrictNone: String { "（市局）" }
    public var setupLanguage: String { "界面语言" }
    public var setupStart: String { "开始使用" }
    public var setupChoiceHint: String { "←/→ 选择" }
    public var keyNextField: String { "下一项" }
    public var keySave: String { "保存" }
    public var setupNameRequired: String { "请填写检查员姓名" }
}
