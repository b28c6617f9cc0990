import Testing
import FieldbookCore
import TerminalKit

/// Every screen, whole, at 60×16, 80×24, 120×40 and 200×60 in Chinese and English, compared
/// exactly with the committed frames in Tests/GoldenFrames/. A changed frame fails with the rows
/// that differ; a deliberate change is accepted with
/// `FIELDBOOK_UPDATE_GOLDEN=1 swift test --filter GoldenFrame` and committed with the change.
@Suite("GoldenFrame")
struct GoldenFrameTests {
    @Test("every screen matches its golden frames", arguments: GoldenScene.all, [Language.zh, .en])
    func frames(scene: GoldenScene, language: Language) throws {
        for size in GoldenScene.sizes {
            let frame = try scene.frame(language: language, size: size)
            let file = GoldenFile(screen: scene.name, language: language.rawValue, size: size)
            if let failure = file.check(lines: frame.lines, cursor: frame.cursor) {
                Issue.record(Comment(rawValue: failure))
            }
        }
    }

    @Test("a frame that differs is reported row by row, expected above actual")
    func diffIsReadable() {
        let diff = GoldenFile.lineDiff(expected: "# h\nab\ncd\n", actual: "# h\nab\nce\n")
        #expect(diff == "row 1:\n- cd\n+ ce")
    }

    @Test("every golden file belongs to a scene, a language and a size")
    func noStaleFiles() throws {
        let expected = Set(GoldenScene.all.flatMap { scene in
            [Language.zh, .en].flatMap { language in
                GoldenScene.sizes.map { GoldenFile(screen: scene.name, language: language.rawValue, size: $0).relativePath }
            }
        })
        let found = GoldenFile.existingFiles()
        #expect(found.subtracting(expected).sorted() == [], "golden files no scene draws: delete them")
    }
}
