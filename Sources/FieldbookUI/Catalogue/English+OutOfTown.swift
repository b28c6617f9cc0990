extension English {
    public var fieldOutOfTown: String { "Out of town" }
    public var outOfTownNo: String { "no" }
    public var outOfTownYes: String { "yes" }
    public func registeredIn(_ place: String) -> String { "registered in \(place)" }
    public var outOfTownFollowsCode: String { "from the credit code" }
    public var filterOutOfTown: String { "out of town" }
}
