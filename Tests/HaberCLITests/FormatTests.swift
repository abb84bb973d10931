import Foundation
import Testing

/// `haber extract --format conll|brat`, `--types`, `--pretty` and `haber render` as a
/// person runs them: files written, re-read as their readers would, usage errors.
@Suite("haber extract formats and haber render")
struct FormatTests {
    static let turkish = "Ankara’da toplantı\n\nİŞİM Koordinatörü Fevzi Gökalp, yüzde 58’lik artışın 2005 yılından beri sürdüğünü ve firmaların bu yıl 4 milyon avro yatırım yapacağını söyledi.\n"
    static let english = "Factory opens in Lyon\n\nThe company said on Tuesday that it would invest $75 million in the new plant, and that sales grew 15 percent in 2019 across France and the United Kingdom.\n"

    /// `text[start..<end]` in Unicode scalars, as Python slices a `str`.
    private func slice(_ text: String, _ range: Range<Int>) -> String? {
        let scalars = Array(text.unicodeScalars)
        guard range.lowerBound >= 0, range.upperBound <= scalars.count else { return nil }
        var out = ""
        out.unicodeScalars.append(contentsOf: scalars[range])
        return out
    }

    @Test("brat: .txt without BOM beside each .ann, offsets agree, one T per entity, configuration written")
    func brat() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/bom.txt", "\u{FEFF}" + Self.turkish)
        try folder.write("in/sub/en.txt", Self.english)
        let brat = try Haber.run(["extract", "--format", "brat", "-o", "out", "in"], in: folder.url)
        #expect(brat.status == 0, "stderr: \(brat.stderr)")
        let records = try Haber.run(["extract", "in"], in: folder.url).records()
        let counts = Dictionary(uniqueKeysWithValues: records.map { ($0["id"] as? String ?? "", ($0["entities"] as? [Any])?.count ?? -1) })
        // The id of `in/sub/en.txt` is `en` or `sub/en` (FORMAT.md): find the files, not the names.
        let out = folder.url.appendingPathComponent("out")
        let bases = (FileManager.default.enumerator(atPath: out.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".ann") }.map { String($0.dropLast(4)) }.sorted()
        #expect(bases.count == 2 && bases.contains("bom"), "\(bases)")
        for id in bases {
            let base = "out/" + id
            let txtData = try Data(contentsOf: folder.url.appendingPathComponent(base + ".txt"))
            #expect(!txtData.starts(with: [0xEF, 0xBB, 0xBF]), "\(base).txt keeps the BOM")
            let text = String(decoding: txtData, as: UTF8.self)
            let ann = try String(contentsOf: folder.url.appendingPathComponent(base + ".ann"), encoding: .utf8)
            let lines = ann.split(separator: "\n").filter { $0.hasPrefix("T") }
            #expect(lines.count == counts[id], "\(base): \(lines.count) T lines")
            for line in lines {
                let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
                try #require(fields.count == 3, "\(line)")
                let spans = fields[1].split(separator: " ", maxSplits: 1)[1].split(separator: ";")
                    .map { $0.split(separator: " ").compactMap { Int($0) } }
                let mention = try spans.map { try #require(slice(text, $0[0]..<$0[1])) }.joined(separator: " ")
                #expect(mention == String(fields[2]), "\(base): \(line)")
            }
        }
        #expect(ann(folder, "out/bom").contains("\tCITY 0 6\tAnkara\n"))
        for file in ["annotation.conf", "visual.conf"] {
            #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("out/\(file)").path))
        }
    }

    private func ann(_ folder: TemporaryFolder, _ base: String) -> String {
        (try? String(contentsOf: folder.url.appendingPathComponent(base + ".ann"), encoding: .utf8)) ?? ""
    }

    @Test("conll: one document per article, the suffix outside the tag")
    func conll() throws {
        let result = try Haber.run(["extract", "--format", "conll", "-"], stdin: Self.turkish)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.hasPrefix("-DOCSTART- -X- O O\n\nAnkara\tB-CITY\n’da\tO\n"))
        #expect(result.stdout.contains("\nyüzde\tB-PERCENT\n58\tI-PERCENT\n’lik\tO\n"))
        #expect(result.stdout.hasSuffix(".\tO\n\n"))
    }

    @Test("--types keeps only the named types", arguments: [
        (["ORG", "MONEY"], "ORG,MONEY"), (["PERCENT"], "percent"), (["CITY", "DATE"], " CITY , DATE "),
    ])
    func types(kept: [String], argument: String) throws {
        let all = try Haber.run(["extract", "-"], stdin: Self.turkish).records()
        let result = try Haber.run(["extract", "--types", argument, "-"], stdin: Self.turkish)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let types = { (records: [[String: Any]]) in
            records.flatMap { ($0["entities"] as? [[String: Any]] ?? []).compactMap { $0["type"] as? String } }
        }
        #expect(try types(result.records()) == types(all).filter(kept.contains))
        #expect(!(try types(result.records())).isEmpty)
    }

    @Test("usage errors: exit 64 and one line saying what is wrong", arguments: [
        (["extract", "--types", "ORG,PLACE", "-"], "--types"),
        (["extract", "--pretty", "--format", "csv", "-"], "--pretty"),
        (["extract", "--format", "brat", "-"], "--output"),
        (["extract", "--format", "html", "-"], "--output"),
        (["extract", "--format", "conll", "--resume", "-o", "x.conll", "-"], "--resume"),
        (["render", "-"], "--output"),
    ])
    func usage(arguments: [String], naming: String) throws {
        let result = try Haber.run(arguments, stdin: Self.turkish)
        #expect(result.status == 64, "stderr: \(result.stderr)")
        #expect(result.stderr.contains(naming), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("--pretty: indented records that parse to the JSON lines' records")
    func pretty() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", Self.turkish)
        try folder.write("b.txt", Self.english)
        let lines = try Haber.run(["extract", "a.txt", "b.txt"], in: folder.url)
        let pretty = try Haber.run(["extract", "--pretty", "a.txt", "b.txt"], in: folder.url)
        #expect(pretty.status == 0, "stderr: \(pretty.stderr)")
        #expect(pretty.stdout.hasPrefix("{\n  \"id\": \"a\",\n  \"source\": \"a.txt\",\n"))
        let documents = pretty.stdout.components(separatedBy: "\n}\n").filter { !$0.isEmpty }.map { $0 + "\n}" }
        try #require(documents.count == 2)
        let parsed = try documents.map { try canonicalJSON(try JSONSerialization.jsonObject(with: Data($0.utf8))) }
        #expect(try parsed == lines.records().map(canonicalJSON))
    }

    @Test("render: an index and a page per article; markup in an article stays text; ids stay inside the folder")
    func render() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/tr.txt", Self.turkish)
        try folder.write("in/evil.txt", "<script>alert('x')</script>\n\nAnkara’da </div><b>toplantı</b>\n")
        let result = try Haber.run(["render", "--output", "site", "in", "-q"], in: folder.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let site = folder.url.appendingPathComponent("site")
        let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"articles/tr.html\">tr</a>") && index.contains("<a href=\"articles/evil.html\">evil</a>"))
        #expect(index.contains("<svg"))
        let page = try String(contentsOf: site.appendingPathComponent("articles/tr.html"), encoding: .utf8)
        #expect(page.contains("<mark class=\"CITY\"") && page.contains(">Ankara</mark>’da"))
        #expect(page.contains("href=\"../index.html\""))
        let evil = try String(contentsOf: site.appendingPathComponent("articles/evil.html"), encoding: .utf8)
        #expect(evil.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(!evil.contains("<script") && !evil.contains("<b>"))

        let jsonl = #"{"id":"../../escape","text":"Ankara’da toplantı"}"# + "\n"
        let climbing = try Haber.run(["render", "--input-format", "jsonl", "-o", "site2", "-"], stdin: jsonl, in: folder.url)
        #expect(climbing.status == 0, "stderr: \(climbing.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("site2/articles/%2E%2E/%2E%2E/escape.html").path))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("escape.html").path))
    }

    @Test("render: a bad input is one stderr line, the other pages are written, exit 1")
    func renderBadInput() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/good.txt", Self.turkish)
        let bad = folder.url.appendingPathComponent("in/bad.txt")
        try Data([0x41, 0xFF, 0xFE, 0x42]).write(to: bad)
        let result = try Haber.run(["render", "-o", "site", "in"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1 && result.stderr.contains("bad.txt"), "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("site/articles/good.html").path))
        let index = try String(contentsOf: folder.url.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(index.contains("articles/good.html") && !index.contains("bad"))
    }
}
