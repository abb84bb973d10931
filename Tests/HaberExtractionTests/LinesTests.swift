import Testing

@testable import HaberExtraction

/// The header reader's first lines against a prefix of all the lines.
@Suite("document lines")
struct LinesTests {
    @Test("lines(upTo:) is the first lines of lines", arguments: [
        "",
        "Tek satır.",
        "Başlık\n\nEkleme Tarihi 21.07.2017\n\nAnkara’da toplantı yapıldı.\nİkinci satır.",
        "\n\n\nBoş satırlardan sonra\nbir\niki\nüç\ndört\nbeş\naltı\nyedi\nsekiz\ndokuz",
        "a\nb\nc\nd\ne\nf\ng\nh",
        "a\nb\nc\nd\ne\nf\ng\nh\ni",
    ])
    func firstLines(text: String) throws {
        let document = try Fixture.analyze(text).document
        let all = document.lines
        for limit in [0, 1, 2, 7, 8, 9, 100] {
            #expect(document.lines(upTo: limit) == Array(all.prefix(limit)), "limit \(limit)")
        }
    }
}
