import ArgumentParser
import CursesTerminal
import Foundation
import TerminalKit

/// `fieldbook gallery`: every widget with Chinese and English content, for review by eye.
/// `--bench` instead measures rendering and presenting a full screen (see docs/performance.md).
struct GalleryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gallery",
        abstract: "Show every interface widget with Chinese and English content (组件展示).")

    @Flag(help: "Measure rendering and presenting a full mixed Chinese/English screen, headless, and print the figures.")
    var bench = false

    @Option(help: "Frames to time in each --bench case.")
    var frames = 500

    @Option(help: "Screen width for --bench.")
    var width = 200

    @Option(help: "Screen height for --bench.")
    var height = 60

    @Flag(help: "With --bench, let ncurses draw the frames (the fallback for terminals Fieldbook's own frame writer cannot serve), for comparison.")
    var throughCurses = false

    func run() throws {
        if bench {
            let report = try RenderBenchmark(size: Size(width: width, height: height), frames: frames,
                                         drawsThroughCurses: throughCurses).run()
            print(report.description)
            return
        }
        do {
            try CursesTerminal.run { colorCount in
                let theme = Theme.forTerminal(environment: ProcessInfo.processInfo.environment, colorCount: colorCount)
                return GalleryProgram(pages: GalleryProgram.allPages, theme: theme)
            }
        } catch let error as CursesError {
            throw ValidationError(error.description)
        }
    }
}

extension GalleryProgram {
    /// The pages in the order the tabs show them.
    static var allPages: [any GalleryPage] {
        [TextPage(), ParagraphPage(), FieldsPage(), StylesPage(), KeysPage(),
         ListPage(), TablePage(), ChoicesPage(), DatePage(), DialogsPage(), ChartsPage()]
    }
}
