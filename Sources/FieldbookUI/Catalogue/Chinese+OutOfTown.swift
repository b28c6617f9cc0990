extension Chinese {
    public var fieldOutOfTown: String { "外地企业" }
    public var outOfTownNo: String { "否" }
    public var outOfTownYes: String { "是" }
    public func registeredIn(_ place: String) -> String { "登记地：\(place)" }
    public var outOfTownFollowsCode: String { "按信用代码判断" }
    public var filterOutOfTown: String { "外地企业" }
}
