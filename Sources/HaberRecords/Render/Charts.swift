import HaberExtraction

/// The index's charts as inline SVG: drawn here rather than by a script or a library, so the
/// page needs no network and shows the same in any browser, or printed.
enum Charts {
    /// Stacked bars of mentions per month, one colour per type; months with no article
    /// are drawn empty, so the time axis stays even.
    static func monthly(_ months: [String: [EntityType: Int]]) -> String {
        let axis = monthRange(Array(months.keys))
        guard !axis.isEmpty else { return "<p class=\"meta\">No dated articles.</p>\n" }
        let width = 900.0, height = 240.0, left = 44.0, bottom = 52.0, top = 10.0
        let plotWidth = width - left - 10, plotHeight = height - top - bottom
        let totals = axis.map { months[$0]?.values.reduce(0, +) ?? 0 }
        let highest = max(1, totals.max() ?? 1)
        let step = plotWidth / Double(axis.count)
        let labelEvery = max(1, (axis.count + 11) / 12)
        var out = svgOpen(width: width, height: height, label: "Mentions per month of publication")
        for fraction in [0.0, 0.5, 1.0] {
            let y = top + plotHeight * (1 - fraction)
            out += "<line x1=\"\(f(left))\" x2=\"\(f(width - 10))\" y1=\"\(f(y))\" y2=\"\(f(y))\" stroke=\"#e3e3e3\"/>"
            out += "<text class=\"axis\" x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(Int((Double(highest) * fraction).rounded()))</text>\n"
        }
        for (index, month) in axis.enumerated() {
            let x = left + step * Double(index)
            var y = top + plotHeight
            for type in EntityType.ordered {
                guard let count = months[month]?[type], count > 0 else { continue }
                let barHeight = plotHeight * Double(count) / Double(highest)
                y -= barHeight
                out += "<rect class=\"bar\" x=\"\(f(x + step * 0.1))\" y=\"\(f(y))\" width=\"\(f(step * 0.8))\" height=\"\(f(barHeight))\" fill=\"\(type.colour)\">"
                out += "<title>\(month) \(type.rawValue): \(count)</title></rect>\n"
            }
            if index % labelEvery == 0 {
                let labelX = x + step / 2, labelY = top + plotHeight + 14
                out += "<text class=\"axis\" x=\"\(f(labelX))\" y=\"\(f(labelY))\" text-anchor=\"end\" transform=\"rotate(-40 \(f(labelX)) \(f(labelY)))\">\(month)</text>\n"
            }
        }
        return out + "</svg>\n"
    }

    /// Horizontal bars of the most mentioned entities of one type.
    static func ranking(type: EntityType, _ entries: [(String, Int)]) -> String {
        let rowHeight = 20.0, top = 24.0, labelWidth = 200.0, width = 440.0
        let height = top + rowHeight * Double(entries.count) + 6
        let highest = Double(max(1, entries.map(\.1).max() ?? 1))
        var out = svgOpen(width: width, height: height, label: "Most mentioned \(type.rawValue)")
        out += "<text x=\"0\" y=\"14\" font-weight=\"600\">\(type.rawValue)</text>\n"
        for (index, (name, count)) in entries.enumerated() {
            let y = top + rowHeight * Double(index)
            let barWidth = (width - labelWidth - 40) * Double(count) / highest
            let shown = name.count > 26 ? String(name.prefix(25)) + "…" : name
            out += "<text x=\"\(f(labelWidth - 6))\" y=\"\(f(y + 14))\" text-anchor=\"end\"><title>\(HTML.escaped(name))</title>\(HTML.escaped(shown))</text>"
            out += "<rect class=\"bar\" x=\"\(f(labelWidth))\" y=\"\(f(y + 3))\" width=\"\(f(barWidth))\" height=\"\(f(rowHeight - 6))\" fill=\"\(type.colour)\"/>"
            out += "<text class=\"axis\" x=\"\(f(labelWidth + barWidth + 4))\" y=\"\(f(y + 14))\">\(count)</text>\n"
        }
        return out + "</svg>\n"
    }

    /// Every `YYYY-MM` from the earliest to the latest of `months`; just the sorted months
    /// when they span more than fifty years (a stray date should not draw 600 empty bars).
    static func monthRange(_ months: [String]) -> [String] {
        let sorted = months.sorted()
        guard let first = sorted.first, let last = sorted.last, let start = monthNumber(first), let end = monthNumber(last),
              end - start < 600 else { return sorted }
        return (start...end).map { number in
            let year = String(number / 12), month = number % 12 + 1
            return String(repeating: "0", count: max(0, 4 - year.count)) + year + (month < 10 ? "-0" : "-") + String(month)
        }
    }

    static func monthNumber(_ month: String) -> Int? {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let number = Int(parts[1]), (1...12).contains(number) else { return nil }
        return year * 12 + number - 1
    }

    private static func svgOpen(width: Double, height: Double, label: String) -> String {
        "<svg role=\"img\" aria-label=\"\(HTML.escaped(label))\" width=\"\(f(width))\" height=\"\(f(height))\" viewBox=\"0 0 \(f(width)) \(f(height))\">\n"
    }

    /// A coordinate with at most one decimal.
    private static func f(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
