import Foundation
import HaberEvaluation
import HaberExtraction
@testable import HaberRecords
import Testing

/// The writers for other tools and for people — CoNLL, brat, HTML, indented JSON — on
/// records the pipeline makes, checked the way their readers read them.
@Suite("Writers: CoNLL, brat, HTML, pretty JSON")
struct WriterTests {
    static let seed = "000_25e7f86ed453e38d"

    private func record(_ text: String, id: String = "t") throws -> Record {
        Record(id: id, source: nil, analysis: try Fixture.analyze(text))
    }

    private func corpusRecord(_ id: String) throws -> Record {
        try record(Fixture.article(id), id: id)
    }

    // MARK: - CoNLL

    @Test("CoNLL: the case suffix is a token of its own, outside the tag", arguments: [
        ("Fransa’daki kümeler büyüyor.", ["Fransa\tB-COUNTRY", "’daki\tO"]),
        ("Ankara'da toplantı yapıldı.", ["Ankara\tB-CITY", "'da\tO"]),
        ("Satışlar yüzde 58’i buldu.", ["yüzde\tB-PERCENT", "58\tI-PERCENT", "’i\tO"]),
        ("İş ve İnşaat Makineleri Kümelenmesi (İŞİM) toplandı.",
         ["İş\tB-ORG", "ve\tI-ORG", "Makineleri\tI-ORG", "Kümelenmesi\tI-ORG", "(\tO", "İŞİM\tB-ORG", ")\tO"]),
    ])
    func conllSuffix(text: String, expected: [String]) throws {
        let lines = try CoNLLWriter().text(for: record(text)).split(separator: "\n").map(String.init)
        for line in expected { #expect(lines.contains(line), "\(line) missing in\n\(lines.joined(separator: "\n"))") }
    }

    @Test("CoNLL: valid IOB2, two columns, one B per entity, sentences apart", arguments: Fixture.articleIDs)
    func conllWellFormed(id: String) throws {
        let record = try corpusRecord(id)
        let output = try CoNLLWriter().text(for: record)
        #expect(output.hasPrefix(CoNLLWriter.documentStart))
        let sentences = output.dropFirst(CoNLLWriter.documentStart.count).components(separatedBy: "\n\n").filter { !$0.isEmpty }
        #expect(sentences.count == record.text?.document.sentences.count, "one block per sentence")
        var previous = "O"
        var begins = 0
        var mentions: [String] = []
        for line in output.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2) {
            if line.isEmpty {
                previous = "O"
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(columns.count == 2, "\(id): not TOKEN<TAB>TAG: \(line)")
            let token = String(columns[0]), tag = String(columns[1])
            #expect(!token.isEmpty && !token.unicodeScalars.contains { $0.properties.isWhitespace }, "\(id): \(line)")
            if tag.hasPrefix("B-") {
                begins += 1
                mentions.append(token)
            } else if tag.hasPrefix("I-") {
                #expect(previous.dropFirst(2) == tag.dropFirst(2), "\(id): \(tag) after \(previous)")
                mentions[mentions.count - 1] += " " + token
            } else {
                #expect(tag == "O", "\(id): \(line)")
            }
            previous = tag
        }
        #expect(begins == record.entities.count, "\(id): every entity begins once")
        // The tagged tokens, put back together without spaces, are the mentions.
        let squeezed = { (text: String) in text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(String.init).joined() }
        #expect(mentions.map(squeezed) == record.entities.sorted { $0.start < $1.start }.map { squeezed($0.text) })
    }

    // MARK: - brat

    @Test("brat: every T line's spans are its mention in the .txt", arguments: Fixture.articleIDs)
    func bratOffsets(id: String) throws {
        let record = try corpusRecord(id)
        let text = try #require(record.text).original
        let ann = try BratWriter().annotations(for: record)
        let textBounds = ann.split(separator: "\n").filter { $0.hasPrefix("T") }
        #expect(textBounds.count == record.entities.count)
        for line in textBounds {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            try #require(fields.count == 3, "\(line)")
            let typeAndSpans = fields[1].split(separator: " ", maxSplits: 1)
            #expect(EntityType(rawValue: String(typeAndSpans[0])) != nil)
            let spans = typeAndSpans[1].split(separator: ";").map { $0.split(separator: " ").compactMap { Int($0) } }
            let written = try spans.map { span in try #require(text.scalars(span[0]..<span[1])) }
            #expect(written.joined(separator: " ") == String(fields[2]), "\(id): \(line)")
        }
    }

    @Test("brat: a span is cut at line breaks and tabs", arguments: [
        ("İŞİM Ankara", 0..<11, [0..<11]),
        ("Ankara\nBursa", 0..<12, [0..<6, 7..<12]),
        ("a \r\nb", 0..<5, [0..<1, 4..<5]),
        ("x\ty", 0..<3, [0..<1, 2..<3]),
        ("\n\n", 0..<2, []),
    ])
    func bratFragments(text: String, range: Range<Int>, expected: [Range<Int>]) {
        #expect(BratWriter.fragments(of: range, in: Array(text.unicodeScalars)) == expected)
    }

    @Test("brat: the configuration names the seven types")
    func bratConfiguration() {
        for type in EntityType.allCases {
            #expect(BratWriter.annotationConfiguration.contains("\n\(type.rawValue)\n"))
            #expect(BratWriter.visualConfiguration.contains("\(type.rawValue)\tbgColor:\(type.colour)"))
        }
    }

    // MARK: - Paths from ids

    @Test("an id becomes a path inside the folder", arguments: [
        ("x", "x.html"), ("a/x", "a/x.html"), ("../etc/passwd", "%2E%2E/etc/passwd.html"), ("", "%.html"),
        ("a//b", "a/%/b.html"), ("/abs", "%/abs.html"), ("50%", "50%25.html"), ("./x", "%2E/x.html"),
        ("tab\there", "tab%09here.html"), ("Ankara’da", "Ankara’da.html"),
    ])
    func paths(id: String, expected: String) {
        #expect(OutputPaths.relativePath(forID: id, extension: "html") == expected)
    }

    @Test("distinct ids never share a path")
    func pathsDistinct() {
        let ids = ["", "%", "%25", ".", "..", "%2E", "a/b", "a%2Fb", "a//b", "a/%/b", "x", "x/", "/x"]
        let paths = ids.map { OutputPaths.relativePath(forID: $0, extension: "ann") }
        #expect(Set(paths).count == ids.count, "\(paths)")
    }

    // MARK: - HTML

    /// The page's text with the markup taken out and the entities decoded: the article again.
    private func visibleText(_ html: String) throws -> String {
        let body = try #require(html.range(of: "data-entities=\"[0-9]+\">", options: .regularExpression))
        let end = try #require(html.range(of: "</div>", options: .backwards))
        let inner = String(html[body.upperBound..<end.lowerBound])
        let plain = inner.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
        return plain.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("HTML: the text comes back whole, one mark per entity", arguments: Fixture.articleIDs)
    func htmlPage(id: String) throws {
        let record = try corpusRecord(id)
        let html = ArticlePage(record: record).html
        #expect(try visibleText(html) == Fixture.article(id))
        #expect(html.components(separatedBy: "<mark ").count - 1 == record.entities.count)
        for type in Set(record.entities.map(\.type)) { #expect(html.contains("<mark class=\"\(type.rawValue)\"")) }
    }

    @Test("HTML: markup in the article is shown as text", arguments: [
        "<script>alert('x')</script> Ankara’da toplantı",
        "Ankara <img src=x onerror=alert(1)> & \"İzmir\"",
        "</div></body><style>*{display:none}</style> İstanbul",
    ])
    func htmlEscapes(text: String) throws {
        let html = ArticlePage(record: try record(text)).html
        #expect(try visibleText(html) == text)
        for tag in ["<script", "<img", "<style>*"] { #expect(!html.contains(tag), "\(tag) got through") }
    }

    @Test("HTML: the tooltip gives the value and canonical form")
    func htmlTooltip() throws {
        let html = ArticlePage(record: try corpusRecord(Self.seed)).html
        #expect(html.contains("data-tip=\"ORG\nvalue: İŞİM\ncanonical: İş ve İnşaat Makineleri Kümelenmesi\""))
        #expect(html.contains("data-tip=\"PERCENT\nvalue: 58\""))
        #expect(html.contains("data-tip=\"DATE\nvalue: 2017-07-21\""))
    }

    @Test("HTML: nothing is fetched — no URL, no script, no external style or font")
    func htmlSelfContained() throws {
        var index = IndexPage()
        var pages: [String] = []
        for id in Fixture.articleIDs.prefix(6) {
            let record = try corpusRecord(id)
            index.add(record, page: "articles/\(id).html")
            pages.append(ArticlePage(record: record).html)
        }
        for html in pages + [index.html] {
            for forbidden in ["http:", "https:", "//cdn", "<script", "<link", "@import", "url(", "@font-face", " src="] {
                #expect(!html.contains(forbidden), "\(forbidden)")
            }
            #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        }
    }

    @Test("HTML index: a row per article, a ranking per type found, bars per month")
    func htmlIndex() throws {
        var index = IndexPage()
        let ids = Fixture.articleIDs.prefix(4)
        var records: [Record] = []
        for id in ids {
            let record = try corpusRecord(id)
            records.append(record)
            index.add(record, page: "articles/\(id).html")
        }
        let html = index.html
        #expect(index.rows.map(\.id) == Array(ids))
        for id in ids { #expect(html.contains("<a href=\"articles/\(id).html\">\(id)</a>")) }
        let types = Set(records.flatMap { $0.entities.map(\.type) })
        #expect(html.components(separatedBy: "aria-label=\"Most mentioned ").count - 1 == types.count)
        let dated = records.filter { $0.published != nil }
        #expect(dated.count > 0)
        let bars = html.components(separatedBy: "<title>").filter { $0.range(of: #"^\d{4}-\d{2} [A-Z]+: \d+</title>"#, options: .regularExpression) != nil }
        let expected = dated.reduce(into: Set<String>()) { set, record in
            for entity in record.entities { set.insert("\(record.published?.prefix(7) ?? "") \(entity.type.rawValue)") }
        }
        #expect(bars.count == expected.count)
    }

    @Test("months: every month between the first and the last", arguments: [
        (["2017-07", "2017-09"], ["2017-07", "2017-08", "2017-09"]),
        (["2000-01", "1999-12"], ["1999-12", "2000-01"]),
        (["2020-05"], ["2020-05"]),
        (["1900-01", "2020-01"], ["1900-01", "2020-01"]),
        ([], []),
    ])
    func months(written: [String], expected: [String]) {
        #expect(Charts.monthRange(written) == expected)
    }

    @Test("link paths keep URL syntax out", arguments: [
        ("articles/a.html", "articles/a.html"), ("articles/50%25.html", "articles/50%2525.html"),
        ("articles/a#b?.html", "articles/a%23b%3F.html"), ("articles/a b.html", "articles/a%20b.html"),
        ("articles/İŞİM.html", "articles/İŞİM.html"),
    ])
    func links(path: String, expected: String) {
        #expect(IndexPage.link(path) == expected)
    }

    // MARK: - Pretty JSON and --types

    @Test("pretty JSON: indented", arguments: [
        (#"{"a":[],"b":{},"c":[1,2]}"#, "{\n  \"a\": [],\n  \"b\": {},\n  \"c\": [\n    1,\n    2\n  ]\n}\n"),
        (#"{"s":"x{,}:[\"]y"}"#, "{\n  \"s\": \"x{,}:[\\\"]y\"\n}\n"),
        ("{\"s\":\"\\\\\",\"t\":null}\n", "{\n  \"s\": \"\\\\\",\n  \"t\": null\n}\n"),
    ])
    func prettyCases(compact: String, expected: String) {
        #expect(PrettyJSONWriter.indented(compact) == expected)
    }

    @Test("pretty JSON: the same record as the JSON line", arguments: Fixture.articleIDs.prefix(8))
    func prettySame(id: String) throws {
        let record = try corpusRecord(id)
        let compact = try JSONSerialization.jsonObject(with: Data(JSONLinesWriter().line(for: record).utf8))
        let pretty = try JSONSerialization.jsonObject(with: Data(PrettyJSONWriter().text(for: record).utf8))
        #expect(NSDictionary(dictionary: try #require(compact as? [String: Any])).isEqual(to: try #require(pretty as? [String: Any])))
    }

    @Test("--types keeps the named types, in order", arguments: [
        ([EntityType.organization, .money], [EntityType.organization, .money]),
        ([.percent], [.percent]),
        ([], EntityType.allCases),
    ])
    func keeping(types: [EntityType], expected: [EntityType]) throws {
        let record = try corpusRecord(Self.seed)
        let kept = record.keeping(Set(types))
        #expect(Set(kept.entities.map(\.type)).isSubset(of: Set(expected)))
        #expect(kept.entities == record.entities.filter { Set(expected).contains($0.type) })
        #expect(!kept.entities.isEmpty)
    }
}

/// `ref` and `mod` through every writer that carries entity keys: written when present, in
/// their place (after `canonical`, before `relative`), absent or empty otherwise.
@Suite("Writers: ref and mod")
struct RefWriterTests {
    /// A record built from parts: a linked city, a modified relative date, a bare percent.
    static let record = Record(id: "r", source: "in/r.txt", language: "tr", title: nil, published: "2017-07-21", entities: [
        Entity(type: .city, text: "Ankara", start: 0, end: 6, value: .name("Ankara"), ref: "geonames:323786"),
        Entity(type: .organization, text: "AB", start: 10, end: 12, value: .name("AB"), canonical: "Avrupa Birliği",
               ref: "example:Q458"),
        Entity(type: .date, text: "2010'dan önce", start: 20, end: 33, value: .date("2010"), mod: "before", relative: true),
        Entity(type: .percent, text: "yüzde 58", start: 40, end: 48, value: .number(58)),
    ])

    @Test("JSON Lines: the keys in their order, only when present", arguments: [
        (0, #"{"type":"CITY","text":"Ankara","start":0,"end":6,"value":"Ankara","ref":"geonames:323786"}"#),
        (1, #"{"type":"ORG","text":"AB","start":10,"end":12,"value":"AB","canonical":"Avrupa Birliği","ref":"example:Q458"}"#),
        (2, #"{"type":"DATE","text":"2010'dan önce","start":20,"end":33,"value":"2010","mod":"before","relative":true}"#),
        (3, #"{"type":"PERCENT","text":"yüzde 58","start":40,"end":48,"value":58}"#),
    ])
    func jsonLines(index: Int, expected: String) throws {
        let line = JSONLinesWriter().line(for: Self.record)
        #expect(line.contains(expected), "\(line)")
        // And as a JSON reader sees it.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let entity = try #require((object["entities"] as? [[String: Any]])?[index])
        #expect(entity["ref"] as? String == Self.record.entities[index].ref)
        #expect(entity["mod"] as? String == Self.record.entities[index].mod)
    }

    /// Strings and numbers as `JSONBytes` writes them, one per row, past its first capacity
    /// too; the escaped forms are ``JSON``'s.
    @Test("JSON bytes: strings and numbers", arguments: [
        ("Ankara", #""Ankara""#), ("", #""""#), ("Kümelenme’si", #""Kümelenme’si""#), (#"a "b" c"#, #""a \"b\" c""#),
        (#"a\b"#, #""a\\b""#), ("a\nb\tc\r", #""a\nb\tc\r""#), ("\u{1}x", #""\u0001x""#),
        ("a\u{2028}b\u{2029}", #""a\u2028b\u2029""#), (String(repeating: "ğ", count: 300), "\"" + String(repeating: "ğ", count: 300) + "\""),
    ])
    func jsonBytes(string: String, expected: String) {
        var out = JSONBytes(capacity: 1)
        out.append(string: string)
        #expect(out.string == expected)
    }

    /// A value that is its entity's text string (copied from the text's JSON) and one that is
    /// an equal string made apart, a different one, and values to escape, short and long: each
    /// line says what the value says.
    @Test("JSON Lines: a value that is its text string is written as the text is", arguments: [
        "Ankara", "İstanbul Büyükşehir Belediyesi", #"Bir "Ad" \ Kurum"#, "a\nb", "Ali'nin \u{2028} şirketi", "",
    ])
    func sharedValue(text: String) {
        let apart = String(decoding: Array(text.utf8), as: UTF8.self)
        let entities = [
            Entity(type: .organization, text: text, start: 0, end: 1, value: .name(text)),
            Entity(type: .organization, text: text, start: 0, end: 1, value: .name(apart)),
            Entity(type: .person, text: text, start: 0, end: 1, value: .name("x" + text)),
            Entity(type: .date, text: text, start: 0, end: 1, value: .date(text)),
        ]
        let record = Record(id: "t", source: nil, language: "tr", title: nil, published: nil, entities: entities)
        let line = JSONLinesWriter().line(for: record)
        var quoted = ""
        JSON.append(string: text, to: &quoted)
        var prefixed = ""
        JSON.append(string: "x" + text, to: &prefixed)
        let types = ["ORG", "ORG", "PERSON", "DATE"]
        let values = [quoted, quoted, prefixed, quoted]
        for index in entities.indices {
            let expected = #"{"type":"\#(types[index])","text":\#(quoted),"start":0,"end":1,"value":\#(values[index])}"#
            #expect(line.contains(expected), "\(index) \(line)")
        }
    }

    /// `JSON.needsEscape` (eight bytes at a time) against a test byte by byte: each byte or
    /// sequence to escape, and near misses, at every place of texts of every length around a
    /// word's eight bytes, among fillers that borrow or sit next to the bytes tested.
    @Test("a byte to escape found eight bytes at a time", arguments: 0..<20)
    func needsEscape(length: Int) {
        func byByte(_ bytes: [UInt8]) -> Bool {
            bytes.indices.contains { index in
                let byte = bytes[index]
                return byte < 0x20 || byte == 0x22 || byte == 0x5C
                    || (byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] & 0xFE == 0xA8)
            }
        }
        let inserts: [[UInt8]] = [[0x00], [0x1F], [0x20], [0x21], [0x22], [0x23], [0x5B], [0x5C], [0x5D], [0xE2],
                                  [0xE2, 0x80], [0xE2, 0x80, 0xA8], [0xE2, 0x80, 0xA9], [0xE2, 0x80, 0xAA], [0xE2, 0x81, 0xA8]]
        for filler: UInt8 in [0x20, 0x41, 0x7F, 0x80, 0xA8, 0xE1, 0xE3, 0xFF] {
            for insert in inserts {
                for place in 0...length {
                    var bytes = [UInt8](repeating: filler, count: length)
                    bytes.insert(contentsOf: insert, at: place)
                    #expect(bytes.withUnsafeBufferPointer(JSON.needsEscape) == byByte(bytes), "\(bytes)")
                }
            }
        }
    }

    /// `ArticleReader.containsZero` against `contains(0)`: a zero at every place of texts of
    /// every length around a word's eight bytes, and bytes that borrow without a zero.
    @Test("a zero byte found eight bytes at a time", arguments: 0..<20)
    func containsZero(length: Int) {
        for filler: UInt8 in [0x01, 0x41, 0x80, 0xFF] {
            var bytes = [UInt8](repeating: filler, count: length)
            #expect(bytes.withUnsafeBufferPointer(ArticleReader.containsZero) == false)
            for place in 0..<length {
                bytes[place] = 0
                #expect(bytes.withUnsafeBufferPointer(ArticleReader.containsZero) == bytes.contains(0))
                bytes[place] = filler
            }
        }
    }

    @Test("JSON bytes: numbers", arguments: [
        (0.0, "0"), (58, "58"), (4_000_000, "4000000"), (2.5, "2.5"), (-3, "-3"), (0.1, "0.1"), (1e15, "1000000000000000.0"),
        (999_999_999_999_999, "999999999999999"), (Double.nan, "null"),
    ])
    func jsonNumbers(number: Double, expected: String) {
        var out = JSONBytes(capacity: 1)
        out.append(number: number)
        #expect(out.string == expected)
        #expect(out.string == JSON.number(number))
    }

    /// Each count of digits, odd and even (written two at a time), and the ends of the range.
    @Test("JSON bytes: whole numbers as their decimal digits", arguments: [
        0, 7, 10, 42, 99, 100, 101, 999, 1_000, 4_096, 10_000, 12_345, 99_999, 100_000, 1_000_007, 58_000_000_000,
        999_999_999_999_999_999, 1_000_000_000_000_000_000, Int.max, -1, -250,
    ])
    func jsonIntegers(integer: Int) {
        var out = JSONBytes(capacity: 1)
        out.append(integer: integer)
        out.append(",")
        #expect(out.string == String(integer) + ",")
    }

    @Test("pretty JSON: the same keys")
    func pretty() {
        let text = PrettyJSONWriter().text(for: Self.record)
        #expect(text.contains("\"ref\": \"geonames:323786\""))
        #expect(text.contains("\"mod\": \"before\",\n"))
    }

    @Test("CSV: ref and mod columns after canonical")
    func csv() throws {
        #expect(CSVWriter.columns[6..<10] == ["canonical", "ref", "mod", "relative"])
        let rows = CSVWriter().rows(for: Self.record).split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.count == 4)
        #expect(rows.allSatisfy { $0.count == CSVWriter.columns.count })
        #expect(rows.map { Array($0[6..<10]) } == [
            ["", "geonames:323786", "", ""],
            ["Avrupa Birliği", "example:Q458", "", ""],
            ["", "", "before", "true"],
            ["", "", "", ""],
        ])
    }

    @Test("SQLite: ref and mod columns, NULL when absent",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "/usr/bin/sqlite3 not installed"))
    func sqlite() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("haber-ref-\(UUID().uuidString).db").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let sink = try SQLiteSink(path: path)
        try sink.write(Self.record)
        try sink.finish()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [path, "SELECT type || '|' || COALESCE(ref, 'NULL') || '|' || COALESCE(mod, 'NULL') FROM entities ORDER BY start;"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output.split(separator: "\n") == ["CITY|geonames:323786|NULL", "ORG|example:Q458|NULL", "DATE|NULL|before", "PERCENT|NULL|NULL"])
    }

    @Test("HTML: the tooltip shows ref and mod", arguments: [
        (0, "CITY\nvalue: Ankara\nref: geonames:323786"),
        (1, "ORG\nvalue: AB\ncanonical: Avrupa Birliği\nref: example:Q458"),
        (2, "DATE\nvalue: 2010\nmod: before\nrelative: true"),
        (3, "PERCENT\nvalue: 58"),
    ])
    func tooltip(index: Int, expected: String) {
        #expect(ArticlePage.tooltip(Self.record.entities[index]) == expected)
    }

    @Test("records read back (haber evaluate) keep ref and mod")
    func readBack() throws {
        let line = JSONLinesWriter().line(for: Self.record)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let entities = try #require(object["entities"] as? [[String: Any]]).compactMap(RecordFile.entity(from:))
        #expect(entities == Self.record.entities)
    }

    @Test("HTML: a rendered page carries the ref of a place it marks")
    func renderedPage() throws {
        let record = Record(id: "t", source: nil, analysis: try Fixture.analyze("Heyet Ankara’da ve Fransa’da toplandı."))
        let html = ArticlePage(record: record).html
        #expect(html.contains("data-tip=\"CITY\nvalue: Ankara\nref: geonames:323786\""), "\(html)")
        #expect(html.contains("data-tip=\"COUNTRY\nvalue: Fransa\nref: iso3166:FR\""))
    }
}
