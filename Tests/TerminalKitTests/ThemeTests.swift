import Testing
@testable import TerminalKit

@Suite struct ThemeTests {
    @Test func noColorOrNoColoursMeansMonochrome() {
        #expect(Theme.forTerminal(environment: ["NO_COLOR": "1"], colorCount: 256) == .monochrome)
        #expect(Theme.forTerminal(environment: ["NO_COLOR": ""], colorCount: 256) == .color)
        #expect(Theme.forTerminal(environment: [:], colorCount: 0) == .monochrome)
        #expect(Theme.forTerminal(environment: [:], colorCount: 8) == .color)
    }

    @Test func monochromeDistinguishesStatesWithoutColour() {
        let mono = Theme.monochrome
        let roles = [mono.normal, mono.selected, mono.error, mono.field]
        #expect(Set(roles).count == roles.count)
        #expect(mono.focusedField != mono.field)
        for style in [mono.normal, mono.selected, mono.focusedField, mono.error, mono.nonCompliant, mono.riskMajor] {
            #expect(style.foreground == .default && style.background == .default)
        }
    }

    @Test func coloursDegradeToWhatTheTerminalHas() {
        #expect(Color.brightRed.approximated(forColorCount: 8) == .red)
        #expect(Color.brightRed.approximated(forColorCount: 16) == .brightRed)
        #expect(Color.indexed(196).approximated(forColorCount: 16) == .brightRed)
        #expect(Color.indexed(196).approximated(forColorCount: 256) == .indexed(196))
        #expect(Color.indexed(232).approximated(forColorCount: 8) == .black)
        #expect(Color.indexed(21).approximated(forColorCount: 16) == .brightBlue)
        #expect(Color.default.approximated(forColorCount: 8) == .default)
    }
}
