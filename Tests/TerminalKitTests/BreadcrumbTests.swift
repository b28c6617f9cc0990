import Testing
import TerminalKit

@Suite struct BreadcrumbTests {
    let trail = Breadcrumb([
        .init("Fieldbook 劳动关系走访", short: "Fieldbook", isKept: true), .init("工作台"), .init("企业名录"),
        .init("十堰鑫泰汽车零部件有限公司", isKept: true), .init("意见建议"), .init("新建意见建议"),
    ])

    @Test func wholeWhenItFits() {
        #expect(trail.fitted(width: 200)
                == "Fieldbook 劳动关系走访 › 工作台 › 企业名录 › 十堰鑫泰汽车零部件有限公司 › 意见建议 › 新建意见建议")
    }

    @Test func theMiddleGivesWayNeverTheScreenOrTheRecord() {
        #expect(trail.fitted(width: 84) == "Fieldbook › 工作台 › 企业名录 › 十堰鑫泰汽车零部件有限公司 › 意见建议 › 新建意见建议")
        #expect(trail.fitted(width: 80) == "Fieldbook › … › 企业名录 › 十堰鑫泰汽车零部件有限公司 › 意见建议 › 新建意见建议")
        #expect(trail.fitted(width: 61) == "Fieldbook › … › 十堰鑫泰汽车零部件有限公司 › … › 新建意见建议")
        #expect(trail.fitted(width: 60) == "… › 十堰鑫泰汽车零部件有限公司 › … › 新建意见建议")
        let narrow = trail.fitted(width: 38)
        #expect(narrow.displayWidth <= 38)
        #expect(narrow.hasSuffix("新建意见建议"))
        #expect(narrow.contains("十堰鑫泰"))
        for width in 1...120 {
            let fitted = trail.fitted(width: width)
            #expect(fitted.displayWidth <= width, "width \(width)")
            if width >= 20 { #expect(fitted.hasSuffix("新建意见建议"), "width \(width): \(fitted)") }
        }
    }

    @Test func aSubjectGoesBeforeItsScreenAndNoPartRepeats() {
        let visit = Breadcrumb([.init("Fieldbook", isKept: true), .init("Dashboard"),
                                .init("Recommendations", subject: "湖北武当鸿远建设集团有限公司"),
                                .init("Recommendations", subject: "湖北武当鸿远建设集团有限公司")])
        #expect(visit.parts.count == 3)
        let fitted = visit.fitted(width: 38)
        #expect(fitted.hasSuffix(" · Recommendations"))
        #expect(fitted.contains("湖北"))
    }
}
