import Foundation
import Testing

/// `haber extract` over many inputs: the bad-input policy (one stderr line per bad input, the
/// run goes on, exit 1), text oddities accepted as normal text, JSON Lines errors by line
/// number, `--jobs` keeping the one-job output byte for byte, the csv and sqlite writers,
/// `--output` through a temporary file, `--resume`, a closed pipe and SIGTERM.
@Suite("haber extract: batches and bad inputs")
struct BatchTests {
    /// Short texts with entities of most types.
    static let turkish = "Ankara’da toplantı\n\nİŞİM Koordinatörü Fevzi Gökalp, yüzde 58’lik artışın 2005 yılından beri sürdüğünü ve firmaların bu yıl 4 milyon avro yatırım yapacağını söyledi.\n"
    static let english = "Factory opens in Lyon\n\nThe company said on Tuesday that it would invest $75 million in the new plant, and that sales grew 15 percent in 2019 across France and the United Kingdom.\n"

    // MARK: - The bad-input policy

    @Test("every bad input: one stderr line naming it and the reason, the good records complete, exit 1")
    func badInputs() throws {
        let setup = try BadInputFolder()
        let result = try Haber.run(setup.arguments, in: setup.folder.url)
        #expect(result.status == 1, "stderr: \(result.stderr)")

        // Exactly one line per bad input, naming it and the reason, in input order.
        let lines = result.stderrLines.map(String.init)
        #expect(lines.count == setup.bad.count, "stderr:\n\(result.stderr)")
        var order: [String] = []
        for bad in setup.bad {
            let naming = lines.filter { $0.contains(bad.path) }
            #expect(naming.count == 1, "\(bad.path): \(naming.count) stderr lines name it\n\(result.stderr)")
            guard let line = naming.first else { continue }
            #expect(line.hasPrefix("haber: "), "\(line)")
            #expect(line.lowercased().contains(bad.reason), "\(bad.path): reason should say “\(bad.reason)”: \(line)")
            order.append(bad.path)
        }
        let reportedOrder = lines.compactMap { line in setup.bad.first { line.contains($0.path) }?.path }
        #expect(reportedOrder == order, "errors are reported in sorted path order")
        if setup.unreadableIsReadable {
            // Running as root: chmod 000 does not stop reading, so this case cannot be shown here.
            #expect(!lines.contains { $0.contains(BadInputFolder.unreadable) })
        }

        // Every good record, in sorted path order, each exactly as a run on that file alone.
        let records = try result.records()
        #expect(records.map { $0["id"] as? String } == setup.goodIDs)
        #expect(records.map { $0["source"] as? String } == setup.good)
        let outputLines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        try #require(outputLines.count == setup.good.count)
        for (path, line) in zip(setup.good, outputLines) {
            let alone = try Haber.run(["extract", path], in: setup.folder.url)
            #expect(alone.status == 0, "\(path) alone: \(alone.stderr)")
            #expect(alone.stdout == line + "\n", "\(path): the record differs from a run on that file alone")
        }
    }

    @Test("text oddities are normal text: offsets slice the original text (BOM removed) in scalars")
    func oddTextsSliceTheOriginal() throws {
        let setup = try BadInputFolder()
        let result = try Haber.run(setup.arguments, in: setup.folder.url)
        let records = Dictionary(uniqueKeysWithValues: try result.records().map { ($0["id"] as? String ?? "", $0) })
        for path in setup.good {
            let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            let record = try #require(records[id], "no record for \(path)")
            let bytes = try Data(contentsOf: setup.folder.url.appendingPathComponent(path))
            try expectOffsetsSlice(record, original: decodedWithoutBOM(bytes), path)
        }

        // An empty file: a record with no entities.
        let empty = try #require(records["h-empty"])
        #expect((empty["entities"] as? [Any])?.isEmpty == true, "\(empty)")

        // BOM, CRLF, CR, mixed scripts and control characters still give entities.
        for id in ["i-bom", "j-crlf", "k-cr", "l-mixed", "m-control"] {
            #expect(!(try entities(of: #require(records[id]))).isEmpty, "\(id): no entities")
        }

        // The BOM is stripped and offsets are counted after it: the same entities as without it.
        let plain = try #require(records["a-good"]), bom = try #require(records["i-bom"])
        #expect(try canonicalJSON(entities(of: bom)) == canonicalJSON(entities(of: plain)))
        #expect(bom["title"] as? String == plain["title"] as? String)
        #expect(bom["published"] as? String == plain["published"] as? String)

        // CRLF and CR line ends: the same mentions as LF, at offsets that count every scalar.
        for id in ["j-crlf", "k-cr"] {
            let other = try #require(records[id])
            #expect(try mentions(of: other) == mentions(of: plain), "\(id): mentions differ from the LF text")
            #expect(other["title"] as? String == plain["title"] as? String, "\(id)")
            #expect(other["published"] as? String == plain["published"] as? String, "\(id)")
        }
    }

    @Test("--lossy: invalid UTF-8 becomes a record, offsets counting the U+FFFD replacements",
          arguments: [[0xFF], [0xFE, 0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] as [[UInt8]])
    func lossy(badBytes: [UInt8]) throws {
        let folder = try TemporaryFolder()
        let bytes = Data("Ankara’da toplantı ".utf8) + Data(badBytes) + Data("\n\n".utf8) + Data(badBytes)
            + Data(Self.turkish.utf8) + Data(badBytes) + Data(" Fransa yüzde 12 arttı.\n".utf8)
        let file = folder.url.appendingPathComponent("bad.txt")
        try bytes.write(to: file)
        try folder.write("good.txt", Self.english)

        let strict = try Haber.run(["extract", "bad.txt", "good.txt"], in: folder.url)
        #expect(strict.status == 1)
        #expect(strict.stderrLines.count == 1 && strict.stderr.contains("bad.txt") && strict.stderr.contains("UTF-8"),
                "stderr: \(strict.stderr)")
        #expect(try strict.records().map { $0["id"] as? String } == ["good"])

        let lossy = try Haber.run(["extract", "--lossy", "bad.txt", "good.txt"], in: folder.url)
        #expect(lossy.status == 0, "stderr: \(lossy.stderr)")
        #expect(lossy.stderr.isEmpty)
        let records = try lossy.records()
        #expect(records.map { $0["id"] as? String } == ["bad", "good"])
        let record = try #require(records.first)
        let decoded = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        #expect(decoded.filter { $0 == "\u{FFFD}" }.count >= 3)
        try expectOffsetsSlice(record, original: decoded, "bad.txt")
        // Entities after the replacements: their offsets count them.
        let firstReplacement = try #require(decoded.firstIndex(of: "\u{FFFD}"))
        #expect(try entities(of: record).contains { ($0["start"] as? Int ?? 0) > firstReplacement }, "\(record)")
    }

    @Test("JSON Lines: a line that is not JSON, or has no text, is an error naming its line number",
          arguments: [false, true])
    func jsonLinesErrors(fromStandardInput: Bool) throws {
        let folder = try TemporaryFolder()
        let lines = [
            try jsonLine(["id": "first", "text": Self.turkish]),
            "{\"id\": \"broken\", \"text\": \"no end",
            try jsonLine(["id": "untexted", "published": "2017-07-21"]),
            "",
            "{\"id\": \"numeric\", \"text\": 42}",
            "[\"an\", \"array\"]",
            try jsonLine(["id": "last", "text": Self.english]),
        ]
        let input = lines.joined(separator: "\n") + "\n"
        let result: Haber.Result
        if fromStandardInput {
            result = try Haber.run(["extract", "--input-format", "jsonl", "-"], stdin: input)
        } else {
            try folder.write("lines.jsonl", input)
            result = try Haber.run(["extract", "--input-format", "jsonl", "lines.jsonl"], in: folder.url)
        }
        #expect(result.status == 1)
        let errors = result.stderrLines.map(String.init)
        #expect(errors.count == 4, "stderr:\n\(result.stderr)")
        for (index, number) in [2, 3, 5, 6].enumerated() where index < errors.count {
            #expect(errors[index].contains("line \(number)"), "\(errors[index])")
            if !fromStandardInput { #expect(errors[index].contains("lines.jsonl"), "\(errors[index])") }
        }
        let records = try result.records()
        #expect(records.map { $0["id"] as? String } == ["first", "last"])
        for record in records { #expect(!(try entities(of: record)).isEmpty, "\(record)") }
    }

    // MARK: - Parallel runs

    @Test("--jobs N: the same output as one job, byte for byte, in sorted path order")
    func jobsKeepOrder() throws {
        let folder = try TemporaryFolder()
        var paths: [String] = []
        for (index, id) in Fixtures.corpusIDs.prefix(30).enumerated() {
            // Spread over nested folders whose order differs from the order of creation.
            let path = ["in/b/", "in/a/deep/", "in/", "in/a/"][index % 4] + "\(String(format: "%02d", 29 - index))-\(id).txt"
            try folder.write(path, try Haber.corpusArticle(id))
            paths.append(path)
        }
        let one = try Haber.run(["extract", "--jobs", "1", "in"], in: folder.url)
        #expect(one.status == 0, "stderr: \(one.stderr)")
        #expect(try one.records().map { $0["source"] as? String } == paths.sorted())
        for jobs in [2, 4, 7] {
            let many = try Haber.run(["extract", "--jobs", "\(jobs)", "in"], in: folder.url)
            #expect(many.status == 0, "stderr: \(many.stderr)")
            #expect(Array(many.stdout.utf8) == Array(one.stdout.utf8), "--jobs \(jobs) differs from --jobs 1")
        }
    }

    @Test("standard input to a pipe: each record is written once made, not when the input ends or a buffer fills",
          arguments: ["jsonl", "csv", "conll"])
    func recordsReachAPipeAsTheyAreMade(format: String) throws {
        let haber = try #require(Haber.executable, "no built `haber`")
        let folder = try TemporaryFolder()
        let outURL = folder.url.appendingPathComponent("out")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let input = Pipe()
        let process = Process()
        process.executableURL = haber
        process.arguments = ["extract", "--input-format", "jsonl", "--format", format, "-"]
        process.standardInput = input
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }
        func written() -> String { (try? String(contentsOf: outURL, encoding: .utf8)) ?? "" }
        /// Waits until `expected` shows in the output, standard input still open.
        func waitFor(_ expected: String) -> Bool {
            let deadline = Date().addingTimeInterval(120)
            while Date() < deadline, process.isRunning {
                if written().contains(expected) { return true }
                usleep(20_000)
            }
            return written().contains(expected)
        }
        let first = try JSONSerialization.data(withJSONObject: ["id": "first", "text": Self.turkish]) + Data("\n".utf8)
        try input.fileHandleForWriting.write(contentsOf: first)
        // Both texts hold a city, which every format writes.
        #expect(waitFor("Ankara"), "nothing written for the first line while the input is open: \(written())")
        let second = try JSONSerialization.data(withJSONObject: ["id": "second", "text": Self.english]) + Data("\n".utf8)
        try input.fileHandleForWriting.write(contentsOf: second)
        #expect(waitFor("Lyon"), "nothing written for the second line while the input is open: \(written())")
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        #expect(process.terminationStatus == 0)
    }

    @Test("a pipe named as a path (`haber extract <(…)`) is read like a file; over --max-bytes, one line naming it",
          arguments: [(nil, 0), ("10", 1)] as [(String?, Int32)])
    func pipeAsPath(maxBytes: String?, status expected: Int32) throws {
        let haber = try #require(Haber.executable, "no built `haber`")
        let folder = try TemporaryFolder()
        try folder.write("article.txt", Self.turkish)
        let limit = maxBytes.map { " --max-bytes \($0)" } ?? ""
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.arguments = ["-c", "\"$0\" extract\(limit) <(cat article.txt) >out.jsonl 2>err.txt", haber.path]
        shell.currentDirectoryURL = folder.url
        try shell.run()
        shell.waitUntilExit()
        let out = try String(contentsOf: folder.url.appendingPathComponent("out.jsonl"), encoding: .utf8)
        let err = try String(contentsOf: folder.url.appendingPathComponent("err.txt"), encoding: .utf8)
        #expect(shell.terminationStatus == expected, "stderr: \(err)")
        if expected == 0 {
            #expect(out.contains(#""type":"CITY","text":"Ankara""#), "\(out)")
            #expect(err.isEmpty, "\(err)")
        } else {
            #expect(out.isEmpty)
            let lines = err.split(separator: "\n")
            #expect(lines.count == 1 && lines[0].contains("/dev/fd/") && lines[0].contains("--max-bytes"), "\(err)")
        }
    }

    @Test("--max-bytes at the largest integer reads files and standard input whole (no overflow past the limit)")
    func largestMaxBytes() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a.txt", Self.turkish)
        let result = try Haber.run(["extract", "--max-bytes", "\(Int.max)", "in"], in: folder.url)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(try result.records().count == 1)
        let piped = try Haber.run(["extract", "--max-bytes", "\(Int.max)", "-"], stdin: Self.turkish, in: folder.url)
        #expect(piped.status == 0, "stderr: \(piped.stderr)")
        #expect(try piped.records().count == 1)
    }

    // MARK: - Writers

    @Test("csv: the header, CRLF rows, fields quoted when they hold a comma or a quote, the same entities as jsonl",
          arguments: [true, false])
    func csv(toFile: Bool) throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a,comma.txt", "Firma 1,5 milyon avro yatırım yapacak ve üretim yüzde 2,5 artacak. Ankara’da 21.07.2017 tarihinde açıklandı.\n")
        try folder.write("in/q\"uote.txt", "On July 21, 2017 the company said in Lyon it would invest $75 million, and sales grew 15 percent.\n")
        try folder.write("in/plain.txt", Self.turkish)
        let csv = try Haber.run(["extract", "--format", "csv", "in"] + (toFile ? ["-o", "out.csv"] : []), in: folder.url)
        let jsonl = try Haber.run(["extract", "in"], in: folder.url)
        #expect(csv.status == 0, "stderr: \(csv.stderr)")
        #expect(jsonl.status == 0, "stderr: \(jsonl.stderr)")
        let text = toFile ? try String(contentsOf: folder.url.appendingPathComponent("out.csv"), encoding: .utf8) : csv.stdout

        let hasHeader = text.hasPrefix(CSVHeader.text)
        #expect(hasHeader, "no header row")
        let table = try CSVTable(text)
        let rows = hasHeader ? Array(table.records.dropFirst()) : table.records
        for row in rows { #expect(row.count == CSVHeader.columns, "\(row)") }

        var expected: [[String]] = []
        for record in try jsonl.records() {
            for entity in try entities(of: record) {
                expected.append([
                    record["id"] as? String ?? "", entity["type"] as? String ?? "", entity["text"] as? String ?? "",
                    try csvValue(entity["value"]), "\(entity["start"] as? Int ?? -1)", "\(entity["end"] as? Int ?? -1)",
                    entity["canonical"] as? String ?? "", entity["ref"] as? String ?? "", entity["mod"] as? String ?? "",
                    entity["relative"] as? Bool == true ? "true" : "",
                ])
            }
        }
        #expect(rows.count == expected.count)
        for (row, want) in zip(rows, expected) {
            guard row.count == CSVHeader.columns else { continue }
            // Every column but the value, compared as one list (built apart: one expression of
            // four slices took the type checker too long on a loaded machine).
            let columns: [String] = Array(row[0..<3]) + Array(row[4..<10])
            let wanted: [String] = Array(want[0..<3]) + Array(want[4...])
            #expect(columns == wanted, "\(row) vs \(want)")
            let sameValue = try sameJSONValue(row[3], want[3])
            #expect(sameValue, "value \(row) vs \(want)")
        }
        // The quoting was exercised: ids and texts with a comma, an id and values with a quote.
        #expect(rows.contains { $0.first == "a,comma" })
        #expect(rows.contains { $0.first == "q\"uote" })
        #expect(rows.contains { $0.count > 2 && $0[2].contains(",") }, "no entity text with a comma")
        #expect(rows.contains { $0.count > 3 && $0[3].contains("\"") }, "no value with a quote")
        #expect(text.contains("\n\"q\"\"uote\","), "the id q\"uote quoted, its quote doubled")
        // The ref column was exercised: Ankara and Lyon are linked to GeoNames.
        #expect(rows.contains { $0.count > 7 && $0[2] == "Ankara" && $0[7] == "geonames:323786" }, "no ref for Ankara")
    }

    @Test("sqlite: the articles and entities tables, readable by sqlite3; a second run and --resume add no duplicates",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "/usr/bin/sqlite3 not installed"))
    func sqlite() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a.txt", Self.turkish)
        try folder.write("in/b.txt", Self.english)
        try folder.write("in/c.txt", try Haber.corpusArticle(Fixtures.corpusIDs[0]))
        let jsonl = try Haber.run(["extract", "in"], in: folder.url)
        let records = try jsonl.records()
        let entityCount = try records.map { try entities(of: $0).count }.reduce(0, +)

        for run in 1...2 {
            let result = try Haber.run(["extract", "--format", "sqlite", "-o", "out.db", "in"], in: folder.url)
            #expect(result.status == 0, "run \(run): \(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(try sqlite3(folder, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;")
                    == ["articles", "entities"])
            #expect(try sqlite3(folder, "SELECT COUNT(*) FROM articles;") == ["\(records.count)"], "run \(run)")
            #expect(try sqlite3(folder, "SELECT COUNT(*) FROM entities;") == ["\(entityCount)"], "run \(run)")
        }
        // The rows are the records' own.
        #expect(try sqlite3(folder, "SELECT id || '|' || lang || '|' || COALESCE(source, '') FROM articles ORDER BY id;")
                == records.map { "\($0["id"] as? String ?? "")|\($0["lang"] as? String ?? "")|\($0["source"] as? String ?? "")" }.sorted())
        var rows: [String] = []
        for record in records {
            for entity in try entities(of: record) {
                rows.append("\(record["id"] as? String ?? "")|\(entity["type"] as? String ?? "")|\(entity["text"] as? String ?? "")|\(entity["start"] as? Int ?? -1)|\(entity["end"] as? Int ?? -1)")
            }
        }
        #expect(try sqlite3(folder, "SELECT article_id || '|' || type || '|' || text || '|' || start || '|' || \"end\" FROM entities ORDER BY article_id, start;")
                == rows)
        // ref and mod are the records' own, NULL where the record has none.
        var refs: [String] = []
        for record in records {
            for entity in try entities(of: record) {
                refs.append("\(record["id"] as? String ?? "")|\(entity["start"] as? Int ?? -1)|\(entity["ref"] as? String ?? "NULL")|\(entity["mod"] as? String ?? "NULL")")
            }
        }
        #expect(refs.contains("a|0|geonames:323786|NULL"), "\(refs)")
        #expect(try sqlite3(folder, "SELECT article_id || '|' || start || '|' || COALESCE(ref, 'NULL') || '|' || COALESCE(mod, 'NULL') FROM entities ORDER BY article_id, start;")
                == refs)

        // --resume: a new file is added, the others are not written again.
        try folder.write("in/ab.txt", Self.english)
        let resumed = try Haber.run(["extract", "--format", "sqlite", "-o", "out.db", "--resume", "in"], in: folder.url)
        #expect(resumed.status == 0, "stderr: \(resumed.stderr)")
        let added = try Haber.run(["extract", "in/ab.txt"], in: folder.url).records()
        #expect(try sqlite3(folder, "SELECT COUNT(*) FROM articles;") == ["\(records.count + 1)"])
        #expect(try sqlite3(folder, "SELECT COUNT(*) FROM entities;") == ["\(entityCount + (try entities(of: #require(added.first)).count))"])
        #expect(try sqlite3(folder, "SELECT COUNT(*) FROM (SELECT 1 FROM entities GROUP BY article_id, start, \"end\", type HAVING COUNT(*) > 1);") == ["0"])
    }

    // MARK: - --output and --resume

    @Test("--output: written beside its path and renamed at the end; the old file stays whole until then, no .tmp left")
    func outputThroughTemporaryFile() throws {
        let folder = try TemporaryFolder()
        let article = try Haber.corpusArticle(Fixtures.corpusIDs[0])
        for index in 0..<150 { try folder.write("in/\(String(format: "%03d", index)).txt", article) }
        let outURL = folder.url.appendingPathComponent("out.jsonl")
        try Data("old\n".utf8).write(to: outURL)

        let run = try Spawned(["extract", "--jobs", "1", "-o", "out.jsonl", "in"], in: folder.url)
        var sawTemporary = false
        var sawOtherContent = false
        while run.process.isRunning {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.url.path)) ?? []
            if names.contains(where: { $0.hasPrefix(".out.jsonl.") && $0.hasSuffix(".tmp") }) {
                // What the final path holds while the temporary file is still there (it may be
                // missing for an instant while the temporary file is renamed onto it).
                let text = try? String(contentsOf: outURL, encoding: .utf8)
                let again = (try? FileManager.default.contentsOfDirectory(atPath: folder.url.path)) ?? []
                if again.contains(where: { $0.hasPrefix(".out.jsonl.") && $0.hasSuffix(".tmp") }) {
                    sawTemporary = true
                    if let text, text != "old\n" { sawOtherContent = true }
                }
            }
            usleep(5_000)
        }
        let result = try run.finish()
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(sawTemporary, "never saw the temporary file during the run")
        #expect(!sawOtherContent, "the output path changed before the run ended")
        let written = try String(contentsOf: outURL, encoding: .utf8)
        #expect(written.split(separator: "\n").count == 150)
        #expect(written.hasSuffix("}\n"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test("--resume (jsonl, csv): inputs whose id is in the output are skipped, new ones appended, nothing twice",
          arguments: ["jsonl", "csv"])
    func resume(format: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a.txt", Self.turkish)
        try folder.write("in/c,comma.txt", Self.english)
        try folder.write("in/d.txt", Self.turkish)
        let output = "out.\(format)"
        let arguments = ["extract", "--format", format, "-o", output, "--resume", "in"]
        let first = try Haber.run(arguments, in: folder.url)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let before = try String(contentsOf: folder.url.appendingPathComponent(output), encoding: .utf8)
        #expect(before == (try written(folder, format: format, paths: ["in"])), "--resume on a new output writes what a plain run writes")

        // A new input, and an old one whose text changed: only the new one is written.
        try folder.write("in/b.txt", Self.english)
        try folder.write("in/a.txt", Self.english)
        let second = try Haber.run(arguments, in: folder.url)
        #expect(second.status == 0, "stderr: \(second.stderr)")
        let after = try String(contentsOf: folder.url.appendingPathComponent(output), encoding: .utf8)
        #expect(after.hasPrefix(before), "--resume rewrote what was there")
        #expect(String(after.dropFirst(before.count)) == (try addedPart(folder, format: format, path: "in/b.txt")),
                "the added part is not b's record alone")

        // Run again: nothing changes.
        let third = try Haber.run(arguments, in: folder.url)
        #expect(third.status == 0, "stderr: \(third.stderr)")
        #expect(try String(contentsOf: folder.url.appendingPathComponent(output), encoding: .utf8) == after,
                "a second --resume wrote again")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "\(leftovers)")
    }

    @Test("--resume (csv): an id that holds a quote is recognized in the quoted id field",
          arguments: ["jsonl", "csv"])
    func resumeQuotedID(format: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("in/q\"uote.txt", Self.turkish)
        let output = "out.\(format)"
        let arguments = ["extract", "--format", format, "-o", output, "--resume", "in"]
        let first = try Haber.run(arguments, in: folder.url)
        #expect(first.status == 0, "stderr: \(first.stderr)")
        let before = try String(contentsOf: folder.url.appendingPathComponent(output), encoding: .utf8)
        let second = try Haber.run(arguments, in: folder.url)
        #expect(second.status == 0, "stderr: \(second.stderr)")
        let after = try String(contentsOf: folder.url.appendingPathComponent(output), encoding: .utf8)
        #expect(after == before, "the record of q\"uote was written again")
    }

    @Test("--resume (csv): a CSV of other columns (an older haber's) is refused, not appended to")
    func resumeOlderCSV() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a.txt", Self.turkish)
        let older = "id,type,text,value,start,end,canonical,relative,amount,currency,date_start,date_end,lang,published,source\r\n"
            + "z,CITY,Lyon,Lyon,0,4,,,,,,,fr,,in/z.txt\r\n"
        try folder.write("out.csv", older)
        let run = try Haber.run(["extract", "--format", "csv", "-o", "out.csv", "--resume", "in"], in: folder.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("out.csv") && run.stderr.contains("header"), "stderr: \(run.stderr)")
        #expect(try String(contentsOf: folder.url.appendingPathComponent("out.csv"), encoding: .utf8) == older)
    }

    /// What a run on `paths` writes to an output file.
    private func written(_ folder: TemporaryFolder, format: String, paths: [String]) throws -> String {
        let name = "plain-\(UUID().uuidString).\(format)"
        let run = try Haber.run(["extract", "--format", format, "-o", name] + paths, in: folder.url)
        #expect(run.status == 0, "stderr: \(run.stderr)")
        let url = folder.url.appendingPathComponent(name)
        defer { try? FileManager.default.removeItem(at: url) }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// What a run on `path` alone writes, without the csv header.
    private func addedPart(_ folder: TemporaryFolder, format: String, path: String) throws -> String {
        let alone = try written(folder, format: format, paths: [path])
        return format == "csv" ? String(alone.dropFirst(CSVHeader.text.count)) : alone
    }

    // MARK: - Ending early

    @Test("a closed stdout pipe (`haber extract DIR | head -c 100`) ends quietly with status 0")
    func closedPipe() throws {
        let haber = try #require(Haber.executable, "no built `haber`")
        let folder = try TemporaryFolder()
        let article = try Haber.corpusArticle(Fixtures.corpusIDs[0])
        for index in 0..<300 { try folder.write("in/\(String(format: "%03d", index)).txt", article) }
        // haber's own status is saved by the subshell; head closes the pipe after 100 bytes.
        let script = "(\"$0\" extract in 2>err.txt; echo $? >status.txt) | head -c 100 >head.txt"
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", script, haber.path]
        shell.currentDirectoryURL = folder.url
        try shell.run()
        shell.waitUntilExit()
        let status = try String(contentsOf: folder.url.appendingPathComponent("status.txt"), encoding: .utf8)
        let stderr = try String(contentsOf: folder.url.appendingPathComponent("err.txt"), encoding: .utf8)
        let head = try Data(contentsOf: folder.url.appendingPathComponent("head.txt"))
        #expect(status.trimmingCharacters(in: .whitespacesAndNewlines) == "0", "stderr: \(stderr)")
        #expect(stderr.isEmpty, "stderr: \(stderr)")
        #expect(head.count == 100)
        #expect(head.starts(with: Data("{\"id\":\"000\"".utf8)))
    }

    @Test("SIGTERM (SIGINT) during a run: the complete records are kept, no half line, exit 143 (130); --resume completes it",
          arguments: [(SIGTERM, 143), (SIGINT, 130)] as [(Int32, Int32)])
    func interrupted(signal: Int32, status expectedStatus: Int32) throws {
        let folder = try TemporaryFolder()
        let article = try Haber.corpusArticle(Fixtures.corpusIDs[0])
        let total = 1000
        for index in 0..<total { try folder.write("in/\(String(format: "%03d", index)).txt", article) }
        let run = try Spawned(["extract", "--jobs", "1", "-o", "out.jsonl", "in"], in: folder.url)
        // Wait for the output to be opened (models loaded, the signal handlers in place), then a second more.
        let deadline = Date().addingTimeInterval(120)
        while run.process.isRunning, Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.url.path)) ?? []
            if names.contains(where: { $0.hasPrefix(".out.jsonl.") }) { break }
            usleep(5_000)
        }
        Thread.sleep(forTimeInterval: 0.2)
        // The signal must reach a run still at work: a run that ignored it would end with 0.
        try #require(run.process.isRunning, "the run ended before the signal; give it more input")
        if signal == SIGTERM { run.process.terminate() } else { run.process.interrupt() }
        let result = try run.finish()
        #expect(run.process.terminationReason == .exit, "killed by the signal instead of handling it")
        #expect(result.status == expectedStatus, "stderr: \(result.stderr)")
        let all = (0..<total).map { String(format: "%03d", $0) }
        let ids = try recordIDs(folder.url.appendingPathComponent("out.jsonl"))
        #expect(ids == Array(all.prefix(ids.count)), "the kept records are not the first ones in order")
        #expect(ids.count < total, "\(ids.count) records, status \(result.status)")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty, "\(leftovers)")

        // --resume does the rest: every id once, in order.
        let resumed = try Haber.run(["extract", "-o", "out.jsonl", "--resume", "in"], in: folder.url)
        #expect(resumed.status == 0, "stderr: \(resumed.stderr)")
        #expect(try recordIDs(folder.url.appendingPathComponent("out.jsonl")) == all)
    }

    /// The ids of a JSON Lines file, every line a whole record.
    private func recordIDs(_ url: URL) throws -> [String] {
        let text = try #require(String(data: try Data(contentsOf: url), encoding: .utf8))
        #expect(text.isEmpty || text.hasSuffix("}\n"), "a half line at the end")
        return try text.split(separator: "\n").map { line in
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not JSON: \(line)")
            return record["id"] as? String ?? ""
        }
    }

    @Test("--max-bytes: a file of exactly N bytes is read, one of N + 1 is refused", arguments: [0, 1])
    func maxBytesBoundary(extra: Int) throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("a.txt", Self.turkish)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int)
        let result = try Haber.run(["extract", "--max-bytes", "\(size - extra)", "a.txt"], in: folder.url)
        if extra == 0 {
            #expect(result.status == 0, "stderr: \(result.stderr)")
            #expect(try result.records().map { $0["id"] as? String } == ["a"])
        } else {
            #expect(result.status == 1)
            #expect(result.stdout.isEmpty)
            #expect(result.stderrLines.count == 1 && result.stderr.contains("a.txt") && result.stderr.contains("--max-bytes"),
                    "stderr: \(result.stderr)")
        }
    }
}

// MARK: - Helpers

/// A folder holding every bad input of the policy next to good and odd-but-good articles.
private struct BadInputFolder {
    static let unreadable = "in/e-unreadable.txt"

    let folder: TemporaryFolder
    /// Bad inputs in input order, with a word their error line must contain (lowercased).
    let bad: [(path: String, reason: String)]
    /// Good inputs in sorted path order.
    let good: [String]
    let arguments: [String]
    /// True when running as root: chmod 000 does not stop reading.
    let unreadableIsReadable: Bool

    var goodIDs: [String] { good.map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension } }

    init() throws {
        folder = try TemporaryFolder()
        let manager = FileManager.default
        let article = try Haber.corpusArticle(Fixtures.corpusIDs.first { $0.hasPrefix("tr-") } ?? Fixtures.corpusIDs[0])
        let english = try Haber.corpusArticle(Fixtures.corpusIDs.first { $0.hasPrefix("en-") } ?? Fixtures.corpusIDs[1])

        try folder.write("in/a-good.txt", article)
        try (Data("Ankara’da toplantı ".utf8) + Data([0xFF, 0xFE]) + Data(BatchTests.turkish.utf8))
            .write(to: folder.url.appendingPathComponent("in/b-invalid.txt"))
        try Data("Ankara’da\0toplantı\n".utf8).write(to: folder.url.appendingPathComponent("in/c-binary.txt"))
        try folder.write("in/d-big.txt", String(repeating: "Ankara’da toplantı yapıldı. ", count: 1200))
        let unreadable = try folder.write(Self.unreadable, BatchTests.turkish)
        try manager.setAttributes([.posixPermissions: 0], ofItemAtPath: unreadable.path)
        unreadableIsReadable = FileHandle(forReadingAtPath: unreadable.path) != nil
        try manager.createSymbolicLink(atPath: folder.url.appendingPathComponent("in/f-loop.txt").path, withDestinationPath: "f-loop.txt")
        try manager.createDirectory(at: folder.url.appendingPathComponent("in/g-loop"), withIntermediateDirectories: true)
        try manager.createSymbolicLink(atPath: folder.url.appendingPathComponent("in/g-loop/up").path, withDestinationPath: "..")
        try folder.write("in/h-empty.txt", "")
        try folder.write("in/i-bom.txt", "\u{FEFF}" + article)
        try folder.write("in/j-crlf.txt", Self.replacingLineEnds(article, with: ["\r", "\n"]))
        try folder.write("in/k-cr.txt", Self.replacingLineEnds(article, with: ["\r"]))
        try folder.write("in/l-mixed.txt", """
            Ankara’da Москва и 東京 ve Αθήνα: İstanbul’dan שָׁלוֹם ve مرحبا بكم 👨‍👩‍👧 🇹🇷 heyeti geldi.

            Fransa ile ticaret yüzde 58 arttı; Almanya’ya 4 milyon avro yatırım yapıldı. The company opened a plant in Lyon.

            """)
        try folder.write("in/m-control.txt",
                         "Ankara’da\u{01}\u{02} toplantı\u{07}\n\n\u{1B}[1mİstanbul\u{1B}[0m’da yüzde 58\u{7F} arttı.\u{0B}\u{0C}Fransa\u{85}ile 21.07.2017\u{9B} tarihinde\u{1F} anlaşma.\n")
        try folder.write("in/z-good.txt", english)

        var bad: [(path: String, reason: String)] = [
            ("in/b-invalid.txt", "utf-8"),
            ("in/c-binary.txt", "binary"),
            ("in/d-big.txt", "max-bytes"),
        ]
        var good = ["in/a-good.txt"]
        if unreadableIsReadable { good.append(Self.unreadable) } else { bad.append((Self.unreadable, "permission denied")) }
        bad += [("in/f-loop.txt", "loop"), ("in/g-loop/up", "loop"), ("in/nothere.txt", "no such file")]
        good += ["in/h-empty.txt", "in/i-bom.txt", "in/j-crlf.txt", "in/k-cr.txt", "in/l-mixed.txt", "in/m-control.txt", "in/z-good.txt"]
        self.bad = bad
        self.good = good
        arguments = ["extract", "--max-bytes", "20000", "in", "in/nothere.txt"]
    }

    static func replacingLineEnds(_ text: String, with end: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\n" { out.append(contentsOf: end) } else { out.append(scalar) }
        }
        return String(out)
    }
}

private enum CSVHeader {
    static let text = "id,type,text,value,start,end,canonical,ref,mod,relative,amount,currency,date_start,date_end,lang,published,source\r\n"
    static let columns = 17
}

/// A `haber` run in the background, its output going to files.
/// `haber` started in the background, for tests that act on it while it runs (signals, a server).
final class Spawned {
    let process = Process()
    private let scratch: TemporaryFolder
    private let out: FileHandle, err: FileHandle

    init(_ arguments: [String], in directory: URL) throws {
        let executable = try #require(Haber.executable, "no built `haber` beside the test binary")
        scratch = try TemporaryFolder()
        FileManager.default.createFile(atPath: scratch.url.appendingPathComponent("stdout").path, contents: nil)
        FileManager.default.createFile(atPath: scratch.url.appendingPathComponent("stderr").path, contents: nil)
        out = try FileHandle(forWritingTo: scratch.url.appendingPathComponent("stdout"))
        err = try FileHandle(forWritingTo: scratch.url.appendingPathComponent("stderr"))
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
    }

    /// What the run has written on standard error so far.
    var standardErrorSoFar: String {
        (try? String(contentsOf: scratch.url.appendingPathComponent("stderr"), encoding: .utf8)) ?? ""
    }

    func finish() throws -> Haber.Result {
        process.waitUntilExit()
        try? out.close()
        try? err.close()
        return Haber.Result(
            status: process.terminationStatus,
            stdout: try String(contentsOf: scratch.url.appendingPathComponent("stdout"), encoding: .utf8),
            stderr: try String(contentsOf: scratch.url.appendingPathComponent("stderr"), encoding: .utf8))
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}

/// RFC 4180 rows: every record ends with CRLF, quoted fields may hold commas, quotes (doubled)
/// and line breaks.
struct CSVTable {
    /// Every row, the header included.
    var records: [[String]]

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    init(_ text: String) throws {
        var records: [[String]] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        enum State { case fieldStart, unquoted, quoted, afterQuote }
        var state = State.fieldStart
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
            state = .fieldStart
        }
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch (state, scalar) {
            case (.quoted, "\""):
                if index < scalars.count, scalars[index] == "\"" {
                    field.append("\"")
                    index += 1
                } else {
                    state = .afterQuote
                }
            case (.quoted, _):
                field.append(scalar)
            case (.fieldStart, "\""):
                state = .quoted
            case (.unquoted, "\""):
                throw Malformed(description: "a quote inside an unquoted field at \(index - 1)")
            case (_, ","):
                endField()
            case (_, "\r"):
                guard index < scalars.count, scalars[index] == "\n" else { throw Malformed(description: "a bare CR at \(index - 1)") }
                index += 1
                endField()
                records.append(fields)
                fields = []
            case (_, "\n"):
                throw Malformed(description: "a bare LF (not CRLF) at \(index - 1)")
            case (.afterQuote, _):
                throw Malformed(description: "text after a closing quote at \(index - 1)")
            default:
                field.append(scalar)
                state = .unquoted
            }
        }
        guard state != .quoted else { throw Malformed(description: "an unterminated quoted field") }
        guard fields.isEmpty, field.isEmpty, state == .fieldStart else { throw Malformed(description: "the last row does not end with CRLF") }
        self.records = records
    }
}

/// A record's entities.
private func entities(of record: [String: Any]) throws -> [[String: Any]] {
    try #require(record["entities"] as? [[String: Any]], "no entities array: \(record)")
}

/// Type, text and value of each entity, in order (offsets left out).
private func mentions(of record: [String: Any]) throws -> [String] {
    try entities(of: record).map { entity in
        "\(entity["type"] as? String ?? "") «\(entity["text"] as? String ?? "")» \(try canonicalJSON([entity["value"] ?? NSNull()]))"
    }
}

/// The text of a file as haber reads it: UTF-8, lossy, a leading BOM removed.
private func decodedWithoutBOM(_ bytes: Data) -> [Unicode.Scalar] {
    var scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    return scalars
}

/// Every entity's `[start, end)` slices `original`, in scalars, to exactly its `text`.
private func expectOffsetsSlice(_ record: [String: Any], original: [Unicode.Scalar], _ name: String,
                                sourceLocation: SourceLocation = #_sourceLocation) throws {
    for entity in try entities(of: record) {
        let start = entity["start"] as? Int ?? -1, end = entity["end"] as? Int ?? -1
        let text = entity["text"] as? String ?? ""
        guard 0 <= start, start <= end, end <= original.count else {
            Issue.record("\(name): offsets \(start)..<\(end) outside the text (\(original.count) scalars): \(entity)",
                         sourceLocation: sourceLocation)
            continue
        }
        #expect(Array(original[start..<end]) == Array(text.unicodeScalars),
                "\(name): [\(start), \(end)) is «\(String(String.UnicodeScalarView(original[start..<end])))», not «\(text)»",
                sourceLocation: sourceLocation)
    }
}

/// A csv `value` field for a JSON value: a string as is, anything else as JSON.
private func csvValue(_ value: Any?) throws -> String {
    if let string = value as? String { return string }
    return String(decoding: try JSONSerialization.data(withJSONObject: value ?? NSNull(), options: [.fragmentsAllowed, .sortedKeys]), as: UTF8.self)
}

/// Two csv values are the same string, or the same JSON value.
private func sameJSONValue(_ a: String, _ b: String) throws -> Bool {
    if a == b { return true }
    guard let left = try? JSONSerialization.jsonObject(with: Data(a.utf8), options: .fragmentsAllowed),
          let right = try? JSONSerialization.jsonObject(with: Data(b.utf8), options: .fragmentsAllowed) else { return false }
    return try canonicalJSON([left]) == canonicalJSON([right])
}
