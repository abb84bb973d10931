import Foundation
import HaberRecords

/// The progress line on a terminal (files done / total, MiB, articles per second, ETA) and
/// the closing summary; silent when standard error is not a terminal or with `--quiet`.
final class Progress {
    private let enabled: Bool
    private let total: Int?
    private let started = Date()
    private var lastDrawn = Date.distantPast
    private var inputs = 0
    private var articles = 0
    private var entities = 0
    private var bytes = 0

    init(enabled: Bool, total: Int?) {
        self.enabled = enabled
        self.total = total
    }

    func add(_ record: Record, bytes: Int) {
        articles += 1
        entities += record.entities.count
        self.bytes += bytes
    }

    func inputDone() {
        inputs += 1
        guard enabled, Date().timeIntervalSince(lastDrawn) > 0.2 else { return }
        lastDrawn = Date()
        let seconds = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(articles) / seconds
        var line = "\r\(inputs)"
        if let total { line += "/\(total)" }
        line += " \(inputs == 1 && total == nil ? "file" : "files"), \(String(format: "%.1f", Double(bytes) / 1_048_576)) MiB, \(String(format: "%.0f", rate)) articles/s"
        if let total, inputs > 0 {
            let remaining = Double(total - inputs) * seconds / Double(inputs)
            line += ", ETA \(String(format: "%.0f", remaining)) s"
        }
        FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
    }

    /// `1 input`, `2 inputs`.
    static func count(_ number: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(number) \(number == 1 ? singular : plural ?? singular + "s")"
    }

    func clearLine() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    func finish(failures: Int, seconds: Double) {
        guard enabled else { return }
        clearLine()
        let summary = "haber: \(Self.count(inputs, "input")), \(Self.count(articles, "article")), \(Self.count(entities, "entity", "entities")), \(failures) failed, "
            + String(format: "%.1f s", seconds)
        FileHandle.standardError.write(Data((summary + "\n").utf8))
    }
}
