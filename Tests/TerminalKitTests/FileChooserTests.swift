import Foundation
import Testing
@testable import TerminalKit

/// The file chooser headless: a real temporary directory, keys in, buffer text out.
@Suite struct FileChooserTests {
    /// photos/ (IMG_0001.jpg 2 MB, IMG_0002.jpg, 工资表.pdf), scans/, notes.txt, .hidden
    final class Tree {
        let root: URL
        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("chooser-\(UUID().uuidString)")
            let photos = root.appendingPathComponent("photos")
            try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: root.appendingPathComponent("scans"), withIntermediateDirectories: true)
            try Data(count: 2_000_000).write(to: photos.appendingPathComponent("IMG_0001.jpg"))
            try Data(count: 1_500).write(to: photos.appendingPathComponent("IMG_0002.jpg"))
            try Data(count: 12).write(to: photos.appendingPathComponent("工资表.pdf"))
            try Data("n".utf8).write(to: root.appendingPathComponent("notes.txt"))
            try Data("h".utf8).write(to: root.appendingPathComponent(".hidden"))
            let when = Date(timeIntervalSince1970: 1_716_170_460) // 2024-05-20 10:01 in Shanghai
            for name in ["photos/IMG_0001.jpg", "photos/IMG_0002.jpg", "photos/工资表.pdf", "notes.txt"] {
                try FileManager.default.setAttributes([.modificationDate: when], ofItemAtPath: root.appendingPathComponent(name).path)
            }
        }
        var path: String { (root.path as NSString).resolvingSymlinksInPath }
        deinit { try? FileManager.default.removeItem(at: root) }
    }

    static func labels(_ zh: Bool) -> FileChooserLabels {
        FileChooserLabels(
            title: zh ? "选择要附加的文件" : "Choose files to attach", path: zh ? "路径" : "Path",
            name: zh ? "名称" : "Name", size: zh ? "大小" : "Size", modified: zh ? "修改时间" : "Modified",
            folder: zh ? "文件夹" : "folder", parent: zh ? "上一级" : "up",
            hints: zh ? "空格 选择 · Enter 确定 · Tab 补全 · Esc 取消" : "Space choose · Enter confirm · Tab complete · Esc cancel",
            emptyDirectory: zh ? "（空文件夹）" : "(empty folder)",
            chosen: { zh ? "已选 \($0) 个" : "\($0) chosen" }, cannotRead: { zh ? "无法读取 \($0)" : "cannot read \($0)" },
            noMatch: zh ? "没有匹配的文件" : "nothing matches", matches: { zh ? "\($0) 个匹配" : "\($0) matches" },
            notFound: { zh ? "找不到 \($0)" : "\($0) does not exist" })
    }

    func screen(_ state: FileChooserState, zh: Bool = false, width: Int = 60, height: Int = 16) -> [String] {
        var buffer = Buffer(width: width, height: height)
        FileChooser(labels: Self.labels(zh), timeZone: TimeZone(identifier: "Asia/Shanghai")!)
            .render(in: buffer.area, buffer: &buffer, state: state)
        return buffer.lines
    }

    func press(_ keys: [Key], _ state: inout FileChooserState, zh: Bool = false) -> FileChooserEvent {
        let chooser = FileChooser(labels: Self.labels(zh))
        var last = FileChooserEvent.ignored
        for key in keys { last = chooser.handle(key, in: Rect(x: 0, y: 0, width: 60, height: 16), state: &state) }
        return last
    }

    @Test func listsFoldersFirstWithSizeAndTimeAt60x16() throws {
        let tree = try Tree()
        var state = FileChooserState(directory: tree.path)
        let lines = screen(state)
        #expect(lines[0] == "Choose files to attach")
        #expect(lines[1].hasPrefix("Path " + tree.path + "/"))
        #expect(lines[2].hasPrefix("Name") && lines[2].contains("Size") && lines[2].contains("Modified"))
        #expect(lines[3].contains("../") && lines[3].contains("up"))
        #expect(lines[4].contains("photos/") && lines[4].contains("folder"))
        #expect(lines[5].contains("scans/"))
        #expect(lines[6].contains("notes.txt") && lines[6].contains("1 B") && lines[6].hasSuffix("2024-05-20 10:01"))
        #expect(!lines.joined().contains(".hidden"))
        #expect(lines[15].hasPrefix("Space choose"))
        #expect(lines.allSatisfy { $0.displayWidth <= 60 })

        // Into photos/: Chinese labels, sizes as people read them.
        #expect(press([.enter], &state) == .handled)
        let zh = screen(state, zh: true)
        #expect(zh[0] == "选择要附加的文件")
        #expect(zh[4].contains("IMG_0001.jpg") && zh[4].contains("2.0 MB"))
        #expect(zh[5].contains("IMG_0002.jpg") && zh[5].contains("1.5 KB"))
        #expect(zh[6].contains("工资表.pdf") && zh[6].contains("12 B"))
        #expect(zh.allSatisfy { $0.displayWidth <= 60 })
    }

    @Test func spaceMarksSeveralFilesAndEnterConfirmsThem() throws {
        let tree = try Tree()
        var state = FileChooserState(directory: tree.path + "/photos")
        // Row 0 is "..": the first file is selected on opening.
        #expect(press([.character(" ")], &state) == .handled)
        #expect(press([.down, .character(" ")], &state) == .handled)
        let lines = screen(state)
        #expect(lines[0].hasSuffix("2 chosen"))
        #expect(lines[4].hasPrefix("✓ IMG_0001.jpg"))
        #expect(lines[6].hasPrefix("✓ 工资表.pdf"))
        #expect(press([.enter], &state) == .confirmed([tree.path + "/photos/IMG_0001.jpg", tree.path + "/photos/工资表.pdf"]))
        // Space again unmarks.
        _ = press([.up, .up, .character(" ")], &state)
        #expect(state.marked == [tree.path + "/photos/工资表.pdf"])
    }

    @Test func enterOnAFileWithNothingMarkedConfirmsThatFile_EscCancels() throws {
        let tree = try Tree()
        var state = FileChooserState(directory: tree.path)
        #expect(press([.end, .enter], &state) == .confirmed([tree.path + "/notes.txt"]))
        #expect(press([.escape], &state) == .cancelled)
        // Backspace goes up and selects the folder we came from.
        var inside = FileChooserState(directory: tree.path + "/scans")
        #expect(screen(inside)[4].contains("(empty folder)"))
        _ = press([.backspace], &inside)
        #expect(inside.directory == tree.path)
        #expect(screen(inside)[5].contains("scans/"))
    }

    @Test func tabCompletesThePathField() throws {
        let tree = try Tree()
        var state = FileChooserState(directory: tree.path)
        state.focus = .path
        state.field.text = tree.path + "/ph"
        _ = press([.tab], &state)
        #expect(state.field.text == tree.path + "/photos/")
        #expect(state.directory == tree.path + "/photos")
        // Two names start with IMG_000: completes the common start and says how many.
        for character in "IM" { _ = press([.character(character)], &state) }
        _ = press([.tab], &state)
        #expect(state.field.text == tree.path + "/photos/IMG_000")
        #expect(screen(state)[15] == "2 matches")
        _ = press([.character("2"), .tab], &state)
        #expect(state.field.text == tree.path + "/photos/IMG_0002.jpg")
        #expect(press([.enter], &state) == .confirmed([tree.path + "/photos/IMG_0002.jpg"]))
        // Nothing matches: said, nothing changes.
        state.field.text = tree.path + "/zz"
        _ = press([.tab], &state)
        #expect(screen(state)[15] == "nothing matches")
        state.field.text = tree.path + "/none.jpg"
        #expect(press([.enter], &state, zh: true) == .handled)
        #expect(screen(state, zh: true, width: 120)[15] == "找不到 " + tree.path + "/none.jpg")
    }

    @Test func fitsAt80x24AndRendersNothingTooSmall() throws {
        let tree = try Tree()
        let state = FileChooserState(directory: tree.path + "/photos")
        let lines = screen(state, width: 80, height: 24)
        #expect(lines[4].hasPrefix("  IMG_0001.jpg") && lines[4].hasSuffix("2024-05-20 10:01"))
        #expect(screen(state, width: 10, height: 3).allSatisfy { $0.isEmpty })
    }
}
