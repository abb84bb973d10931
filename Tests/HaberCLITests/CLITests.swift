import Foundation
import Testing

/// `haber` as a program: inputs, outputs, exit codes. Every test builds its own temporary
/// folder and uses only the package's own `corpus/`.
@Suite("haber CLI")
struct CLITests {
    static let turkish = "Ankara’da toplantı\n\nİŞİM Koordinatörü Fevzi Gökalp, yüzde 58’lik artışın 2005 yılından beri sürdüğünü ve firmaların bu yıl 4 milyon avro yatırım yapacağını söyledi.\n"
    static let english = "Factory opens in Lyon\n\nThe company said on Tuesday that it would invest $75 million in the new plant, and that sales grew 15 percent in 2019 across France and the United Kingdom.\n"
    static let seed = "000_25e7f86ed453e38d"

    @Test("a folder: every article below it, in sorted path order")
    func folder() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/b/aa-en.txt", Self.english)
        try folder.write("in/a/deep/zz-tr.txt", Self.turkish)
        try folder.write("in/a/notes.md", "not an article")
        let result = try Haber.run(["extract", "in"], in: folder.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderr.isEmpty)
        let records = try result.records()
        // Ids are paths below the folder without extension (docs/FORMAT.md).
        #expect(records.map { $0["id"] as? String } == ["a/deep/zz-tr", "b/aa-en"])
        #expect(records.map { $0["source"] as? String } == ["in/a/deep/zz-tr.txt", "in/b/aa-en.txt"])
        #expect(records.map { $0["lang"] as? String } == ["tr", "en"])
        for record in records { #expect(!((record["entities"] as? [Any]) ?? []).isEmpty, "\(record)") }
    }

    @Test("text on standard input: id `stdin`, no source")
    func standardInputText() throws {
        let result = try Haber.run(["extract", "-"], stdin: Self.turkish)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let records = try result.records()
        try #require(records.count == 1)
        #expect(records[0]["id"] as? String == "stdin")
        #expect(records[0]["source"] is NSNull)
        #expect(records[0]["lang"] as? String == "tr")
    }

    @Test("no path and standard input not a terminal: standard input is read")
    func standardInputImplicit() throws {
        let result = try Haber.run(["extract"], stdin: Self.english)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(try result.records().map { $0["id"] as? String } == ["stdin"])
    }

    @Test("JSON Lines on standard input: the line's id")
    func standardInputJSON() throws {
        let lines = try [
            jsonLine(["id": "haber-42", "text": Self.turkish, "published": "2017-07-21"]),
            jsonLine(["id": "haber-43", "text": Self.english]),
        ].joined(separator: "\n") + "\n"
        let result = try Haber.run(["extract", "--input-format", "jsonl", "-"], stdin: lines)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let records = try result.records()
        #expect(records.map { $0["id"] as? String } == ["haber-42", "haber-43"])
        #expect(records.map { $0["lang"] as? String } == ["tr", "en"])
    }

    @Test("the seed article gives the same entities from a file, stdin text and stdin JSON")
    func sameEntitiesEverywhere() throws {
        let text = try Haber.corpusArticle(Self.seed)
        let folder = try TemporaryFolder()
        try folder.write("\(Self.seed).txt", text)
        let fromFile = try Haber.run(["extract", "\(Self.seed).txt"], in: folder.url)
        let fromText = try Haber.run(["extract", "-"], stdin: text)
        let fromJSON = try Haber.run(["extract", "--input-format", "jsonl", "-"],
                                     stdin: jsonLine(["id": Self.seed, "text": text, "published": "2017-07-21"]) + "\n")
        for result in [fromFile, fromText, fromJSON] { #expect(result.status == 0, "stderr: \(result.stderr)") }
        let records = try [fromFile, fromText, fromJSON].map { try #require(try $0.records().first) }
        #expect(records.map { $0["id"] as? String } == [Self.seed, "stdin", Self.seed])
        let entities = try records.map { try canonicalJSON(try #require($0["entities"] as? [Any])) }
        #expect(entities[0] == entities[1], "file vs stdin text")
        #expect(entities[0] == entities[2], "file vs stdin JSON")
        #expect(records.map { $0["published"] as? String } == ["2017-07-21", "2017-07-21", "2017-07-21"])
        #expect(try #require(records[0]["entities"] as? [Any]).count > 10)
    }

    @Test("a missing path: exit 1, one line naming it, the good record still written")
    func missingPath() throws {
        let folder = try TemporaryFolder()
        try folder.write("good.txt", Self.turkish)
        let result = try Haber.run(["extract", "missing.txt", "good.txt"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1, "stderr: \(result.stderr)")
        #expect(result.stderr.contains("missing.txt"))
        #expect(try result.records().map { $0["id"] as? String } == ["good"])
    }

    @Test("a bad --reference-date is a usage error (64)", arguments: ["bad", "2017-13-01", "21.07.2017", "2017-7-1"])
    func badReferenceDate(value: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("good.txt", Self.turkish)
        let result = try Haber.run(["extract", "--reference-date", value, "good.txt"], in: folder.url)
        #expect(result.status == 64)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("reference-date"), "stderr: \(result.stderr)")
    }

    @Test("a good --reference-date is accepted")
    func goodReferenceDate() throws {
        let result = try Haber.run(["extract", "--reference-date", "2017-07-21", "-"], stdin: Self.turkish)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(try result.records().count == 1)
    }

    @Test("--output writes the file and nothing to standard output")
    func outputFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("good.txt", Self.turkish)
        let result = try Haber.run(["extract", "good.txt", "--output", "records.jsonl"], in: folder.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOf: folder.url.appendingPathComponent("records.jsonl"), encoding: .utf8)
        let lines = written.split(separator: "\n")
        try #require(lines.count == 1)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(record["id"] as? String == "good")
        // Written beside its final path and renamed: no temporary file is left behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("--help and --version exit 0", arguments: [["--help"], ["extract", "--help"], ["--version"]])
    func helpAndVersion(arguments: [String]) throws {
        let result = try Haber.run(arguments)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(!(result.stdout + result.stderr).isEmpty)
    }

    @Test("--version prints a version number")
    func version() throws {
        let result = try Haber.run(["--version"])
        let version = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(version.split(separator: ".").count >= 2 && version.allSatisfy { $0.isNumber || $0 == "." }, "\(version)")
    }

    @Test("extract --help names the options")
    func extractHelp() throws {
        let result = try Haber.run(["extract", "--help"])
        for option in ["--input-format", "--reference-date", "--output", "--format"] {
            #expect(result.stdout.contains(option), "\(option) missing from help")
        }
    }

    private func jsonLine(_ object: [String: String]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }
}

/// `haber evaluate` and the independent scorer in `../shared/tools/score.py` must agree to
/// the last digit; skipped where `../shared` (outside the repository) or python3 is absent.
@Suite("evaluate agrees with score.py")
struct EvaluateAgreementTests {
    static let scorePy = Haber.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tools/score.py")
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("same report on the corpus",
          .enabled(if: FileManager.default.fileExists(atPath: scorePy.path) && python != nil, "needs ../shared and python3"))
    func sameReport() throws {
        let folder = try TemporaryFolder()
        let records = folder.url.appendingPathComponent("records.jsonl").path
        let corpus = Haber.packageRoot.appendingPathComponent("corpus")
        let extract = try Haber.run(["extract", "--quiet", "-o", records, corpus.appendingPathComponent("articles").path])
        #expect(extract.status == 0)
        let evaluate = try Haber.run(["evaluate", "--gold", corpus.appendingPathComponent("gold").path, "--records", records])
        let direct = try Haber.run(["evaluate", "--gold", corpus.appendingPathComponent("gold").path])
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.python))
        process.arguments = [Self.scorePy.path, corpus.appendingPathComponent("gold").path, records]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let expected = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(evaluate.stdout == expected)
        #expect(direct.stdout == expected)
    }

    @Test("--min-f1 fails the run below a floor")
    func minimumF1() throws {
        let corpus = Haber.packageRoot.appendingPathComponent("corpus")
        let passing = try Haber.run(["evaluate", "--gold", corpus.appendingPathComponent("gold").path, "--min-f1", "PERCENT=0.5"])
        #expect(passing.status == 0)
        let failing = try Haber.run(["evaluate", "--gold", corpus.appendingPathComponent("gold").path, "--min-f1", "ORG=1.01"])
        #expect(failing.status == 1)
        #expect(failing.stderr.contains("ORG F1"))
        let usage = try Haber.run(["evaluate", "--gold", corpus.appendingPathComponent("gold").path, "--min-f1", "ORG"])
        #expect(usage.status == 64)
    }
}

/// The corpus's gold files follow FORMAT.md and name only what their articles say.
@Suite("corpus gold check")
struct GoldCheckTests {
    @Test("scripts/check_gold.py finds no problem in corpus/, corpus/holdout/ or corpus/holdout-2/",
          .enabled(if: EvaluateAgreementTests.python != nil, "needs python3"),
          arguments: ["corpus", "corpus/holdout", "corpus/holdout-2"])
    func goldIsClean(folder: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(EvaluateAgreementTests.python))
        process.arguments = [Haber.packageRoot.appendingPathComponent("scripts/check_gold.py").path,
                             Haber.packageRoot.appendingPathComponent(folder).path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("0 problems"), "\(output)")
    }
}
