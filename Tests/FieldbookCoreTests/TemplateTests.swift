import Foundation
import Testing
@testable import FieldbookCore

@Suite("Checklist templates: loading, validation, version pinning")
struct TemplateTests {
    /// A minimal valid template as JSON text, with `edit` applied to the decoded dictionary.
    static func templateJSON(version: Int = 1, edit: (inout [String: Any]) -> Void = { _ in }) throws -> Data {
        var doc: [String: Any] = [
            "format": "fieldbook-checklist", "formatVersion": 1, "id": "mini", "version": version,
            "title": ["zh": "小清单", "en": "Mini checklist"],
            "sections": [[
                "code": "LC", "title": ["zh": "劳动合同", "en": "Labour contracts"],
                "items": [
                    ["code": "LC-01", "label": ["zh": "订立书面合同", "en": "Written contract"], "weight": 3],
                    ["code": "LC-02", "label": ["zh": "职工名册", "en": "Roster"], "weight": 1],
                ],
            ]],
        ]
        edit(&doc)
        return try JSONSerialization.data(withJSONObject: doc)
    }

    static func editFirstItem(_ doc: inout [String: Any], _ change: (inout [String: Any]) -> Void) {
        var sections = doc["sections"] as! [[String: Any]]
        var items = sections[0]["items"] as! [[String: Any]]
        change(&items[0])
        sections[0]["items"] = items
        doc["sections"] = sections
    }

    @Test("Given the sample file, when loaded, then 8 sections and every item are stored with both languages")
    func loadsSample() throws {
        let db = try Fixtures.database(template: false)
        let (checklist, outcome) = try db.loadTemplate(data: try Fixtures.sampleTemplateData)
        #expect(outcome == .loaded)
        let stored = try #require(try db.checklist(templateId: "employment-risk", version: 1))
        #expect(stored == checklist)
        #expect(stored.sections.map(\.section.code) == ["LC", "WG", "HR", "SI", "SP", "FE", "CP", "DM"])
        #expect((30...40).contains(stored.items.count))
        #expect(stored.items.allSatisfy { !$0.labelZh.isEmpty && !$0.labelEn.isEmpty && !$0.legalBasisZh.isEmpty })
        #expect(Set(stored.items.filter(\.critical).map(\.code)).isSuperset(of: ["SP-01", "CP-03"]))
        #expect(stored.item(code: "LC-01")?.legalBasisZh == "《劳动合同法》第10条")
    }

    @Test("Given a loaded template, when the same file is loaded again, then nothing changes")
    func reloadIsIdempotent() throws {
        let db = try Fixtures.database()
        let (_, outcome) = try db.loadTemplate(data: try Fixtures.sampleTemplateData)
        #expect(outcome == .unchanged)
    }

    @Test("Given a visit on version 1, when version 2 is loaded, then the visit keeps version 1 and new visits use 2")
    func versionPinning() throws {
        let db = try Fixtures.database(template: false)
        try db.loadTemplate(data: try Self.templateJSON(version: 1))
        let e = try Fixtures.enterprise(db)
        let old = try db.startVisit(enterpriseId: e.id, type: .riskScreening, templateId: "mini")

        try db.loadTemplate(data: try Self.templateJSON(version: 2) { doc in
            Self.editFirstItem(&doc) { $0["label"] = ["zh": "一个月内订立书面合同", "en": "Contract within a month"] }
        })
        let new = try db.startVisit(enterpriseId: e.id, type: .riskScreening, templateId: "mini")

        #expect(try db.visit(id: old.id)?.visit.templateVersion == 1)
        #expect(new.templateVersion == 2)
        #expect(try db.checklist(templateId: "mini", version: 1)?.item(code: "LC-01")?.labelZh == "订立书面合同")
        #expect(try db.latestTemplates().map(\.version) == [2])
    }

    @Test("Given a changed file under a loaded version, when loaded, then it is refused")
    func sameVersionDifferentContent() throws {
        let db = try Fixtures.database(template: false)
        try db.loadTemplate(data: try Self.templateJSON())
        #expect(throws: TemplateError.versionAlreadyLoaded(id: "mini", version: 1)) {
            try db.loadTemplate(data: try Self.templateJSON { doc in Self.editFirstItem(&doc) { $0["weight"] = 2 } })
        }
    }

    @Test("Given bad templates, when loaded, then the error names the item at fault")
    func refusesBadTemplates() throws {
        let db = try Fixtures.database(template: false)
        #expect(throws: TemplateError.duplicateItem("LC-02")) {
            try db.loadTemplate(data: try Self.templateJSON { doc in Self.editFirstItem(&doc) { $0["code"] = "LC-02" } })
        }
        #expect(throws: TemplateError.badWeight(item: "LC-01", weight: 5)) {
            try db.loadTemplate(data: try Self.templateJSON { doc in Self.editFirstItem(&doc) { $0["weight"] = 5 } })
        }
        #expect(throws: TemplateError.missing(field: "label.en", in: "item LC-01")) {
            try db.loadTemplate(data: try Self.templateJSON { doc in Self.editFirstItem(&doc) { $0["label"] = ["zh": "合同"] } })
        }
        #expect(throws: TemplateError.badItemCode("lc01")) {
            try db.loadTemplate(data: try Self.templateJSON { doc in Self.editFirstItem(&doc) { $0["code"] = "lc01" } })
        }
        #expect(throws: TemplateError.self) { try db.loadTemplate(data: Data("{not json".utf8)) }
        #expect(throws: TemplateError.wrongFormat(found: nil)) { try db.loadTemplate(data: Data("{}".utf8)) }
        #expect(TemplateError.badWeight(item: "LC-01", weight: 5).message(in: .zh) == "检查项“LC-01”的权重5无效（应为1–3）")
        #expect(try db.latestTemplates().isEmpty)
    }
}
