import TerminalKit

/// A screen like the busiest one the app draws: every row full of mixed Chinese and English in
/// several styles. `variant` shifts the text so two variants differ in every cell.
enum BenchmarkScreen {
    static let phrases = [
        "劳动合同签订率 contract rate 98%", "深圳市华强电子有限公司", "Overtime hours 加班时长 36h",
        "社会保险 social insurance", "派遣用工比例 dispatched 7.5%", "整改建议 recommendation due 2025-06-30",
        "Huaqiang Electronics Co., Ltd.", "风险等级：高 risk: high", "工资支付 wage payment ✓",
    ]
    static let styles: [Style] = [
        .plain, Style(foreground: .cyan).bold, Style(foreground: .black, background: .cyan),
        Style(foreground: .brightRed), Style(foreground: .indexed(214)), Style().underline,
    ]

    static func render(into buffer: inout Buffer, variant: Int) {
        let size = buffer.size
        for y in 0..<size.height {
            var x = variant % 2
            var index = y + variant
            while x < size.width {
                let phrase = phrases[index % phrases.count]
                x = buffer.write(phrase + " ", at: Point(x: x, y: y), style: styles[(index + variant) % styles.count])
                index += 1
            }
        }
    }
}
