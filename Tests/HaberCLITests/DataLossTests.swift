import Foundation
import Testing

/// Issue 10, "no silent data loss": every point has its test here, named by its number.
/// Each test fails on the code before the fix.
@Suite("haber: no silent data loss (issue 10)")
struct DataLossTests {
    static let turkish = "Ankara’da toplantı\n\nİŞİM Koordinatörü Fevzi Gökalp, yüzde 58’lik artışın 2005 yılından beri sürdüğünü ve firmaların bu yıl 4 milyon avro yatırım yapacağını söyledi.\n"
    static let english = "Factory opens in Lyon\n\nThe company said that it would invest $75 million in the new plant, and that sales grew 15 percent across France and the United Kingdom.\n"
    static let corpus = Haber.packageRoot.appendingPathComponent("corpus")
    static let seed = "000_25e7f86ed453e38d"

    // MARK: - 1. Write errors

    @Test("1: a write error on standard output is one stderr line and exit 1, for every command",
          arguments: ["extract", "tokenize", "evaluate"])
    func writeErrorOnStandardOutput(command: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("articles/\(Self.seed).txt", try Haber.corpusArticle(Self.seed))
        try FileManager.default.createDirectory(at: folder.url.appendingPathComponent("gold"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent("gold/\(Self.seed).json"),
                                         to: folder.url.appendingPathComponent("gold/\(Self.seed).json"))
        let arguments: [String] = switch command {
        case "extract": ["extract", "-q", "articles"]
        case "tokenize": ["tokenize", "articles/\(Self.seed).txt"]
        default: ["evaluate", "--gold", "gold"]
        }
        let result = try Haber.run(arguments, in: folder.url, stdoutPath: "/dev/full")
        #expect(result.status == 1, "stderr: \(result.stderr)")
        #expect(result.stderrLines.count == 1, "stderr: \(result.stderr)")
        #expect(result.stderr.hasPrefix("haber: standard output") && result.stderr.contains("No space left"), "\(result.stderr)")
    }

    @Test("1: a write error on an -o file (a file size limit): one line naming it, exit 1, no temporary file left",
          arguments: ["jsonl", "csv"])
    func writeErrorOnOutputFile(format: String) throws {
        let folder = try TemporaryFolder()
        for index in 0..<6 { try folder.write("in/\(index).txt", try Haber.corpusArticle(Self.seed)) }
        // A file size limit of 4 KiB makes write(2) fail with EFBIG once the output grows past it.
        let result = try Haber.shell("trap '' XFSZ; ulimit -f 8; exec \"$0\" extract -q --format \(format) -o out.\(format) in",
                                     in: folder.url)
        #expect(result.status == 1, "stderr: \(result.stderr)")
        #expect(result.stderrLines.count == 1 && result.stderr.contains("out.\(format)"), "stderr: \(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(!names.contains { $0.hasSuffix(".tmp") }, "\(names)")
        #expect(!names.contains("out.\(format)"), "a partial output was renamed into place")
    }

    // MARK: - 2. Ids

    @Test("2: two x.txt in different subfolders are a/x and b/x, in every format", arguments: ["jsonl", "sqlite"])
    func sameNameInSubfolders(format: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("dup/a/x.txt", Self.turkish)
        try folder.write("dup/b/x.txt", Self.english)
        if format == "jsonl" {
            let result = try Haber.run(["extract", "dup"], in: folder.url)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(try result.records().map { $0["id"] as? String } == ["a/x", "b/x"])
        } else {
            let result = try Haber.run(["extract", "--format", "sqlite", "-o", "out.db", "dup"], in: folder.url)
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(try sqlite3(folder, "SELECT id || '|' || source FROM articles ORDER BY id;") == ["a/x|dup/a/x.txt", "b/x|dup/b/x.txt"])
        }
    }

    @Test("2: an id used twice in one run is an error for the later input, the first record kept",
          arguments: [["dup/a/x.txt", "dup/b/x.txt"], ["dup/a", "dup/b"]])
    func duplicateIDInOneRun(paths: [String]) throws {
        let folder = try TemporaryFolder()
        try folder.write("dup/a/x.txt", Self.turkish)
        try folder.write("dup/b/x.txt", Self.english)
        let result = try Haber.run(["extract", "--format", "sqlite", "-o", "out.db"] + paths, in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1 && result.stderr.contains("dup/b/x.txt") && result.stderr.contains("already used"),
                "stderr: \(result.stderr)")
        #expect(try sqlite3(folder, "SELECT id || '|' || source FROM articles;") == ["x|dup/a/x.txt"])
    }

    @Test("2: in a walk of one folder, two files of one stem side by side share an id: the later one is refused")
    func duplicateIDInOneFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("dup/sub/x.txt", Self.turkish)
        try folder.write("dup/sub/x.TXT", Self.english)
        try folder.write("dup/x.txt", Self.english)
        let result = try Haber.run(["extract", "dup"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1 && result.stderr.contains("dup/sub/x.txt") && result.stderr.contains("already used"),
                "stderr: \(result.stderr)")
        #expect(try result.records().map { $0["id"] as? String } == ["sub/x", "x"])
    }

    // MARK: - 3. --resume after a truncated line

    @Test("3: --resume cuts a truncated last line (row), says so, and redoes that article", arguments: ["jsonl", "csv"])
    func resumeAfterTruncatedLine(format: String) throws {
        let folder = try TemporaryFolder()
        let ids = Array(Fixtures.corpusIDs.prefix(5))
        for id in ids { try folder.write("in/\(id).txt", try Haber.corpusArticle(id)) }
        let full = try Haber.run(["extract", "--format", format, "in"], in: folder.url)
        #expect(full.status == 0, "stderr: \(full.stderr)")
        let end = format == "csv" ? "\r\n" : "\n"
        // The first lines whole, then the first 200 bytes of the next one, as a killed run leaves them.
        let lines = full.stdout.components(separatedBy: end)
        let cut = format == "csv" ? 6 : 3
        try #require(lines.count > cut + 1)
        let truncated = lines.prefix(cut).joined(separator: end) + end + String(decoding: Data(lines[cut].utf8).prefix(200), as: UTF8.self)
        try folder.write("t.\(format)", truncated)
        let resumed = try Haber.run(["extract", "--format", format, "--resume", "-o", "t.\(format)", "in"], in: folder.url)
        #expect(resumed.status == 0, "stderr: \(resumed.stderr)")
        #expect(resumed.stderrLines.count == 1 && resumed.stderr.contains("t.\(format)") && resumed.stderr.contains("incomplete"),
                "stderr: \(resumed.stderr)")
        let written = try String(contentsOf: folder.url.appendingPathComponent("t.\(format)"), encoding: .utf8)
        #expect(written == full.stdout, "the resumed file is not what one whole run writes")
    }

    // MARK: - 4. Typed columns

    @Test("4: sqlite: typed value columns, indexes, a foreign key; value = 'Ankara' and value > 50 work",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "/usr/bin/sqlite3 not installed"))
    func sqliteTypedColumns() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/tr.txt", Self.turkish)
        try folder.write("in/empty.txt", "Nothing here.\n")
        let result = try Haber.run(["extract", "--format", "sqlite", "-o", "out.db", "in"], in: folder.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let queries: [(String, [String])] = [
            ("SELECT COUNT(*) FROM entities WHERE value = 'Ankara';", ["1"]),
            ("SELECT value, typeof(value) FROM entities WHERE type = 'PERCENT' AND value > 50;", ["58|integer"]),
            ("SELECT COUNT(*) FROM entities WHERE type = 'PERCENT' AND value > 100;", ["0"]),
            ("SELECT currency FROM entities WHERE type = 'MONEY' AND amount = 4000000;", ["EUR"]),
            ("SELECT date_start || '|' || date_end FROM entities WHERE type = 'DATE' AND value = '2005';", ["2005-01-01|2005-12-31"]),
            ("SELECT value_json FROM entities WHERE type = 'MONEY';", ["{\"amount\":4000000,\"currency\":\"EUR\"}"]),
            ("SELECT \"table\" || '|' || \"from\" || '|' || \"to\" FROM pragma_foreign_key_list('entities');", ["articles|article_id|id"]),
            ("SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM entities);", ["empty"]),
        ]
        for (sql, expected) in queries { #expect(try sqlite3(folder, sql) == expected, "\(sql)") }
        let columns = try sqlite3(folder, "SELECT name FROM pragma_table_info('entities');")
        for column in ["value", "amount", "currency", "date_start", "date_end", "canonical", "ref", "mod", "relative", "value_json"] {
            #expect(columns.contains(column), "no column \(column): \(columns)")
        }
        let indexes = try sqlite3(folder, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entities' ORDER BY name;")
        #expect(indexes.contains("entities_type_value") && indexes.contains("entities_value"), "\(indexes)")
    }

    @Test("4: csv: amount, currency, lang, published, source columns; an article without entities has a row")
    func csvFlatColumns() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/tr.txt", Self.turkish)
        try folder.write("in/empty.txt", "Nothing here.\n")
        let result = try Haber.run(["extract", "--format", "csv", "in"], in: folder.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        let rows = try CSVTable(result.stdout).records
        let header = try #require(rows.first)
        var columns: [String: Int] = [:]
        for name in ["amount", "currency", "lang", "published", "source"] {
            columns[name] = try #require(header.firstIndex(of: name), "no column \(name): \(header)")
        }
        let column = { (name: String) in columns[name] ?? 0 }
        let money = try #require(rows.first { $0.count == header.count && $0[1] == "MONEY" })
        #expect(money[column("amount")] == "4000000" && money[column("currency")] == "EUR", "\(money)")
        #expect(money[column("lang")] == "tr" && money[column("source")] == "in/tr.txt", "\(money)")
        let empty = rows.filter { $0.first == "empty" }
        #expect(empty.count == 1 && empty.first?[1] == "", "\(empty)")
    }

    // MARK: - 5. published

    @Test("5: a JSON line's published: an ISO day, a timestamp's day, a date the date reader reads; else a line error",
          arguments: [
            ("2020-03-15", "2020-03-15"), ("2020-03-15T10:20:30Z", "2020-03-15"), ("2020-03-15 10:20", "2020-03-15"),
            ("15.03.2020", "2020-03-15"), ("not-a-date", nil), ("2020-13-01", nil), ("2020-03-15garbage", nil), ("dün", nil),
          ] as [(String, String?)])
    func publishedChecked(written: String, expected: String?) throws {
        let folder = try TemporaryFolder()
        let line = try jsonLine(["id": "a", "text": Self.english, "published": written])
        try folder.write("lines.jsonl", "\(try jsonLine(["id": "first", "text": Self.english]))\n\(line)\n")
        let result = try Haber.run(["extract", "--input-format", "jsonl", "lines.jsonl"], in: folder.url)
        let records = try result.records()
        if let expected {
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(records.last?["published"] as? String == expected)
        } else {
            #expect(result.status == 1)
            #expect(records.map { $0["id"] as? String } == ["first"])
            #expect(result.stderrLines.count == 1 && result.stderr.contains("lines.jsonl line 2")
                    && result.stderr.contains("published '\(written)' is not a date"), "stderr: \(result.stderr)")
        }
    }

    // MARK: - 6. evaluate

    @Test("6: evaluate with no record for any gold article exits 1")
    func evaluateWithoutMatchingRecords() throws {
        let folder = try TemporaryFolder()
        try folder.write("records.jsonl", "{\"id\":\"other\",\"source\":null,\"lang\":\"tr\",\"title\":null,\"published\":null,\"entities\":[]}\n")
        let result = try Haber.run(["evaluate", "--gold", Self.corpus.appendingPathComponent("gold").path, "--records", "records.jsonl"],
                                   in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderr.contains("no gold article has a record"), "stderr: \(result.stderr)")
    }

    // MARK: - 7. The model cache

    @Test("7: a truncated cache file is detected and rebuilt whole")
    func truncatedCacheRebuilt() throws {
        let cache = try TemporaryFolder()
        let first = try Haber.run(["extract", "-q", "-"], stdin: Self.turkish, environment: ["HABER_CACHE": cache.url.path])
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.url.path)
        let places = cache.url.appendingPathComponent(try #require(names.first { $0.hasPrefix("places-") && $0.hasSuffix(".idx") }))
        let whole = try Data(contentsOf: places)
        let handle = try FileHandle(forWritingTo: places)
        try handle.truncate(atOffset: UInt64(whole.count / 2))
        try handle.close()
        let second = try Haber.run(["extract", "-q", "-"], stdin: Self.turkish, environment: ["HABER_CACHE": cache.url.path])
        #expect(second.status == 0, "stderr: \(second.stderr)")
        #expect(second.stdout == first.stdout)
        #expect(try Data(contentsOf: places).count == whole.count, "the truncated cache file was not rebuilt")
    }

    @Test("7: a cache folder that cannot be written: one warning naming it, and the run goes on")
    func unwritableCacheWarnsOnce() throws {
        let result = try Haber.run(["extract", "-q", "-"], stdin: Self.turkish, environment: ["HABER_CACHE": "/dev/null/x"])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stderrLines.count == 1 && result.stderr.contains("/dev/null/x"), "stderr: \(result.stderr)")
        #expect(try result.records().count == 1)
    }

    // MARK: - 8. --max-bytes per article

    @Test("8: --max-bytes is per JSON line, from a file or stdin: a line over it is one error, the others go on",
          arguments: [false, true])
    func maxBytesPerJSONLine(fromStandardInput: Bool) throws {
        let folder = try TemporaryFolder()
        let big = String(repeating: "Ankara’da toplantı yapıldı. ", count: 200)
        let lines = [
            try jsonLine(["id": "one", "text": Self.turkish]), try jsonLine(["id": "big", "text": big]),
            try jsonLine(["id": "two", "text": Self.english]), try jsonLine(["id": "three", "text": Self.turkish]),
        ].joined(separator: "\n") + "\n"
        // The file as a whole is over the limit; every line but one is under it.
        let limit = 2048
        #expect(lines.utf8.count > limit)
        let result: Haber.Result
        if fromStandardInput {
            result = try Haber.run(["extract", "--max-bytes", "2K", "--input-format", "jsonl", "-"], stdin: lines)
        } else {
            try folder.write("lines.jsonl", lines)
            result = try Haber.run(["extract", "--max-bytes", "2K", "--input-format", "jsonl", "lines.jsonl"], in: folder.url)
        }
        #expect(result.status == 1)
        #expect(try result.records().map { $0["id"] as? String } == ["one", "two", "three"])
        #expect(result.stderrLines.count == 1 && result.stderr.contains("line 2") && result.stderr.contains("--max-bytes"),
                "stderr: \(result.stderr)")
    }

    @Test("8: text on standard input over --max-bytes is refused")
    func maxBytesOnStandardInput() throws {
        let result = try Haber.run(["extract", "--max-bytes", "100", "-"], stdin: Self.turkish)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count == 1 && result.stderr.contains("<stdin>") && result.stderr.contains("--max-bytes"),
                "stderr: \(result.stderr)")
    }

    // MARK: - 9. JSON Lines files in parallel

    @Test("9: a JSON Lines file is spread over the worker threads as stdin is, with the same output",
          .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/task"), "needs Linux /proc"))
    func jsonLinesFileInParallel() throws {
        let folder = try TemporaryFolder()
        var lines = ""
        for round in 0..<6 {
            for id in Fixtures.corpusIDs {
                lines += try jsonLine(["id": "\(round)-\(id)", "text": try Haber.corpusArticle(id)]) + "\n"
            }
        }
        try folder.write("in.jsonl", lines)
        let one = try Haber.run(["extract", "-j", "1", "--input-format", "jsonl", "in.jsonl"], in: folder.url)
        #expect(one.status == 0, "stderr: \(one.stderr)")
        let piped = try Haber.run(["extract", "-j", "2", "--input-format", "jsonl", "-"], stdin: lines)
        #expect(piped.stdout.replacingOccurrences(of: "\"source\":null", with: "\"source\":\"in.jsonl\"") == one.stdout)

        // The CPU time of each thread of the run, read from /proc while it runs: with the file
        // on one unit of work, one worker does everything and the other nothing.
        let process = Process()
        process.executableURL = try #require(Haber.executable)
        process.arguments = ["extract", "-q", "-j", "2", "--input-format", "jsonl", "-o", "two.jsonl", "in.jsonl"]
        process.currentDirectoryURL = folder.url
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var ticks: [Int] = []
        while process.isRunning {
            let task = "/proc/\(process.processIdentifier)/task"
            let threads = (try? FileManager.default.contentsOfDirectory(atPath: task)) ?? []
            let sample = threads.compactMap { thread -> Int? in
                guard let stat = try? String(contentsOfFile: "\(task)/\(thread)/stat", encoding: .utf8),
                      let afterName = stat.range(of: ") ") else { return nil }
                // Field 14, utime, is the 12th after the name.
                let fields = stat[afterName.upperBound...].split(separator: " ")
                return fields.count > 11 ? Int(fields[11]) : nil
            }
            if sample.reduce(0, +) >= ticks.reduce(0, +) { ticks = sample.sorted(by: >) }
            usleep(50_000)
        }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try String(contentsOf: folder.url.appendingPathComponent("two.jsonl"), encoding: .utf8) == one.stdout)
        try #require(ticks.count >= 2, "no thread times read: \(ticks)")
        #expect(ticks[0] >= 20, "too little work to tell: \(ticks)")
        #expect(Double(ticks[1]) >= Double(ticks[0]) * 0.3, "one thread did the work: CPU ticks per thread \(ticks)")
    }

    // MARK: - 10 to 15. Smaller surprises

    @Test("10: tokenize --lossy reads invalid UTF-8; without it the error names the file")
    func tokenizeLossy() throws {
        let folder = try TemporaryFolder()
        try (Data("Ankara’da ".utf8) + Data([0xFF]) + Data(" toplantı\n".utf8)).write(to: folder.url.appendingPathComponent("bad.txt"))
        let strict = try Haber.run(["tokenize", "bad.txt"], in: folder.url)
        #expect(strict.status == 1 && strict.stderr.contains("bad.txt") && strict.stderr.contains("--lossy"), "\(strict.stderr)")
        let lossy = try Haber.run(["tokenize", "--lossy", "bad.txt"], in: folder.url)
        #expect(lossy.status == 0, "stderr: \(lossy.stderr)")
        #expect(lossy.stdout.hasPrefix("lang ") && lossy.stdout.contains("\u{FFFD}"), "\(lossy.stdout)")
    }

    @Test("11: -o - writes to standard output, no file named -", arguments: ["jsonl", "csv"])
    func outputDash(format: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", Self.turkish)
        let result = try Haber.run(["extract", "--format", format, "-o", "-", "a.txt"], in: folder.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.contains("Ankara"))
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("-").path))
    }

    @Test("12: hidden entries skipped unless --hidden, extensions in any case, --ext chooses",
          arguments: [
            ([], ["B", "a"]), (["--hidden"], [".git/c", ".hidden", "B", "a"]), (["--ext", "md"], ["d"]),
            (["--ext", "txt,md"], ["B", "a", "d"]),
          ] as [([String], [String])])
    func folderWalk(options: [String], ids: [String]) throws {
        let folder = try TemporaryFolder()
        for path in ["in/a.txt", "in/B.TXT", "in/.hidden.txt", "in/.git/c.txt", "in/d.md"] { try folder.write(path, Self.english) }
        let result = try Haber.run(["extract"] + options + ["in"], in: folder.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(try result.records().map { $0["id"] as? String } == ids)
    }

    @Test("12: a folder that yields no article is said on stderr", arguments: [[], ["--ext", "md"]])
    func emptyFolder(options: [String]) throws {
        let folder = try TemporaryFolder()
        try folder.write("in/notes.json", "{}")
        try folder.write("in/.hidden.txt", Self.english)
        let result = try Haber.run(["extract"] + options + ["in"], in: folder.url)
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1 && result.stderr.contains("in: no article files"), "stderr: \(result.stderr)")
    }

    @Test("13: a bad --models or HABER_MODELS is a usage error (64) naming the path", arguments: [false, true])
    func badModels(fromEnvironment: Bool) throws {
        let bad = "/nonexistent/models-\(UUID().uuidString)"
        let result = fromEnvironment
            ? try Haber.run(["extract", "-"], stdin: Self.turkish, environment: ["HABER_MODELS": bad])
            : try Haber.run(["extract", "--models", bad, "-"], stdin: Self.turkish)
        #expect(result.status == 64)
        #expect(result.stderrLines.count == 1 && result.stderr.contains(bad), "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
    }

    @Test("14: size suffixes and the joined short form are accepted", arguments: [["--max-bytes", "1M"], ["--max-bytes", "64KiB"], ["-j1"], ["-j2"]])
    func optionForms(options: [String]) throws {
        let result = try Haber.run(["extract"] + options + ["-"], stdin: Self.turkish)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(try result.records().count == 1)
    }

    @Test("14: --jobs help names its default once; the summary counts in the singular; the progress line says MiB")
    func helpAndSummary() throws {
        let help = try Haber.run(["extract", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("(default: the number of cores)"))
        #expect(!help.contains("(default: the number of cores). (default:"), "\(help)")
        // script(1) gives haber a terminal for standard error, where the summary goes.
        let folder = try TemporaryFolder()
        try folder.write("a.txt", Self.turkish)
        let result = try Haber.shell("script -qec \"'$0' extract a.txt >out.jsonl\" /dev/null", in: folder.url)
        #expect(result.stdout.contains("haber: 1 input, 1 article,"), "\(result.stdout)")
        // The progress line counts in MiB and says so.
        #expect(result.stdout.contains(" MiB, ") && !result.stdout.contains(" MB, "), "\(result.stdout)")
    }

    @Test("15: stdin ids: - - gives stdin and stdin-2; a JSON line without id is stdin:LINE")
    func standardInputIDs() throws {
        let twice = try Haber.run(["extract", "-", "-"], stdin: Self.turkish)
        #expect(twice.status == 0, "stderr: \(twice.stderr)")
        #expect(try twice.records().map { $0["id"] as? String } == ["stdin", "stdin-2"])
        let lines = try jsonLine(["id": "named", "text": Self.english]) + "\n" + jsonLine(["text": Self.turkish]) + "\n"
        let json = try Haber.run(["extract", "--input-format", "jsonl", "-"], stdin: lines)
        #expect(json.status == 0, "stderr: \(json.stderr)")
        #expect(try json.records().map { $0["id"] as? String } == ["named", "stdin:2"])
    }
}
