import ArgumentParser
import Dispatch
import Foundation
import HaberExtraction
import HaberRecords
import HaberSystem
import HaberText

extension ArticleReader.Format: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract entities from articles and write one record per article.",
        discussion: """
            PATH is a file, a folder (every *.txt below it, any case, in sorted path order; *.jsonl \
            with --input-format jsonl; --ext chooses; hidden files and folders skipped unless \
            --hidden) or - for standard input. With no PATH, standard input is read unless it is \
            a terminal. Ids: a file's name without extension; in a folder, the path below it \
            without extension (a/x); stdin, stdin-2, … for -; a JSON line's "id", else \
            INPUT:LINE (stdin:5). An id used twice in one run is an error for the later input.
            JSON Lines input: one {"id", "text", "published"?, "lang"?} object per line; "published" is \
            also the reference date for relative expressions; "lang" states the language and skips detection.
            Output keeps input order whatever --jobs is. A file that cannot be read is reported \
            on standard error (one line naming it) and the run goes on; the exit status is then 1.
            """)

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String] = []

    @Option(help: "How inputs are written: text (one article per file) or jsonl (one JSON object per line).")
    var inputFormat: ArticleReader.Format = .text

    @Option(help: "Resolve relative dates against this day (YYYY-MM-DD) instead of each article's own date.")
    var referenceDate: String?

    @Option(name: [.short, .long], help: "Write records to FILE instead of standard output (- is standard output; a file is required for sqlite).")
    var output: String?

    @Option(help: """
        Record format: jsonl (one JSON record per line), csv (one row per entity), sqlite, conll (IOB2 tokens), \
        brat (.txt and .ann files in the folder --output) or html (pages in the folder --output, as haber render).
        """)
    var format: OutputFormat = .jsonl

    @Option(help: "The language of every input (an ISO 639-1 code, a folder of models/languages/), instead of detecting it; a JSON line's own \"lang\" comes first.")
    var lang: String?

    @Option(help: "Keep only entities of these types, comma-separated: \(EntityType.ordered.map(\.rawValue).joined(separator: ",")).")
    var types: String?

    @Flag(help: "Indent each JSON record (jsonl only); records follow one another as jq prints them.")
    var pretty = false

    @Option(name: [.customShort("j", allowingJoined: true), .long],
            help: ArgumentHelp("Extract on this many threads (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Flag(help: "Skip inputs whose id is already in --output, and add to it.")
    var resume = false

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of refusing the file (offsets then count the replacements).")
    var lossy = false

    @Option(help: ArgumentHelp(
        "Refuse an article larger than this: a text file, standard input, or one JSON line (K, M, G: powers of 1024).",
        valueName: "size"))
    var maxBytes: ByteCount = ByteCount(16 << 20)

    @Option(help: ArgumentHelp("The extensions a folder walk takes, comma-separated, in any case (default: txt; jsonl with --input-format jsonl).",
                               valueName: "list"))
    var ext: String?

    @Flag(help: "Also read hidden files and folders (a name starting with .) found in folders.")
    var hidden = false

    @Flag(name: [.short, .long], help: "No progress line and no summary on standard error.")
    var quiet = false

    @Option(help: "The models folder (default: HABER_MODELS, or the one beside the executable or package).")
    var models: String?

    @Option(help: "Leave out extractors, comma-separated: \(Pipeline.extractorNames.joined(separator: ", ")).")
    var disable: String?

    private var disabled: Set<String> {
        Set((disable ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    /// `--types` as a set (empty: every type), or nil when it names an unknown type.
    private var keptTypes: Set<EntityType>? { EntityType.set(parsing: types ?? "") }

    func validate() throws {
        if keptTypes == nil {
            throw ValidationError("--types takes \(EntityType.ordered.map(\.rawValue).joined(separator: ", ")), not '\(types ?? "")'")
        }
        if pretty, format != .jsonl { throw ValidationError("--pretty applies to --format jsonl only") }
        if [.brat, .html].contains(format), outputPath == nil { throw ValidationError("--format \(format) needs --output FOLDER") }
        if resume, pretty || [.conll, .brat, .html].contains(format) {
            throw ValidationError("--resume works with jsonl (not --pretty), csv and sqlite")
        }
        let unknown = disabled.subtracting(Pipeline.extractorNames)
        if !unknown.isEmpty {
            throw ValidationError("--disable takes \(Pipeline.extractorNames.joined(separator: ", ")), not \(unknown.sorted().joined(separator: ", "))")
        }
        if let referenceDate, CalendarDate(day: referenceDate) == nil {
            throw ValidationError("--reference-date must be a day as YYYY-MM-DD, not '\(referenceDate)'")
        }
        if maxBytes.value <= 0 { throw ValidationError("--max-bytes must be positive") }
        if let jobs, jobs <= 0 { throw ValidationError("--jobs must be at least 1") }
        if format == .sqlite, outputPath == nil { throw ValidationError("--format sqlite needs --output FILE.db") }
        if resume, outputPath == nil { throw ValidationError("--resume needs --output FILE") }
        if let extensions, extensions.isEmpty { throw ValidationError("--ext takes extensions such as txt,md, not '\(ext ?? "")'") }
    }

    /// The output file; nil for standard output (no `-o`, or `-o -`).
    private var outputPath: String? { output == "-" ? nil : output }

    /// `--ext txt,.MD` → `["txt", "md"]`.
    private var extensions: [String]? {
        ext.map { list in
            list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                .map { $0.hasPrefix(".") ? String($0.dropFirst()) : $0 }.filter { !$0.isEmpty }
        }
    }

    func run() throws {
        var paths = self.paths
        if paths.isEmpty {
            if FileDescriptor.standardInput.isTerminal {
                FileHandle.standardError.write(Data(Extract.helpMessage().utf8))
                throw ExitCode(64)
            }
            paths = ["-"]
        }
        Signal.brokenPipe.ignore()
        Signal.fileSizeLimit.ignore()
        let interruption = Interruption()
        let started = Date()
        let loaded = try loadModels(models: models)
        if let lang, !loaded.text.languages.contains(where: { $0.code == lang.lowercased() }) {
            report("--lang \(lang): not a language Haber reads (\(loaded.text.languages.map(\.code).joined(separator: ", ")))")
            throw ExitCode(64)
        }
        var sink: any RecordSink
        var skip: Set<String> = []
        do {
            (sink, skip) = try openSink()
        } catch {
            report(error.description)
            throw ExitCode(1)
        }
        let reader = ArticleReader(format: inputFormat, maxBytes: maxBytes.value, lossy: lossy, extensions: extensions,
                                   includeHidden: hidden)
        let kept = keptTypes ?? []
        let batch = BatchExtractor(
            models: loaded,
            options: .init(jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount, reader: reader,
                           referenceDate: referenceDate.flatMap(CalendarDate.init(iso:)), skip: skip, disabled: disabled,
                           keepsText: [.conll, .brat, .html].contains(format), language: lang?.lowercased()))
        let showsProgress = !quiet && FileDescriptor.standardError.isTerminal
        let progress = Progress(enabled: showsProgress, total: showsProgress ? countInputs(paths, reader) : nil)
        var failures = 0
        do {
            try batch.run(reader.inputs(for: paths), shouldStop: { interruption.happened }, idle: { try sink.idle() }) { outcomes in
                for outcome in outcomes {
                    switch outcome {
                    case .failure(let error):
                        failures += 1
                        progress.clearLine()
                        report(error.description)
                    case .record(let record, let bytes, _):
                        try sink.write(record.keeping(kept))
                        progress.add(record, bytes: bytes)
                    }
                }
                progress.inputDone()
            }
            try sink.finish()
        } catch OutputError.closedPipe {
            throw ExitCode(0)
        } catch let error as OutputError {
            sink.discard()
            progress.clearLine()
            report(error.description)
            throw ExitCode(1)
        }
        progress.finish(failures: failures, seconds: Date().timeIntervalSince(started))
        if let number = interruption.receivedSignal { throw ExitCode(128 + number) }
        if failures > 0 { throw ExitCode(1) }
    }

    /// The sink for `--format`, and with `--resume` the ids it already holds. A last line
    /// cut short (a run killed mid-write) is cut off, said on standard error, and its
    /// article done again.
    private func openSink() throws(OutputError) -> (any RecordSink, Set<String>) {
        switch format {
        case .sqlite:
            let sink = try SQLiteSink(path: outputPath ?? "")
            return (sink, resume ? sink.existingIDs() : [])
        case .brat:
            return (try FolderSink(BratWriter(), folder: outputPath ?? ""), [])
        case .html:
            return (try FolderSink(HTMLSiteWriter(), folder: outputPath ?? ""), [])
        case .jsonl, .csv, .conll:
            if resume, format == .csv, let outputPath, !CSVWriter.acceptsRows(atPath: outputPath) {
                throw .failed("\(outputPath): its header is not this haber's CSV columns (an older haber wrote it); write to a new file")
            }
            let existing = resume ? ResumeIndex.read(path: outputPath, format: format) : ResumeIndex()
            if existing.cutBytes > 0, let outputPath {
                report("\(outputPath): the last line is incomplete (\(existing.cutBytes) bytes, a run cut short); it is cut off and its article done again")
            }
            let text = try TextOutput(path: outputPath, keepExisting: resume, keepingBytes: existing.completeBytes)
            if format == .csv { return (CSVWriter.Sink(output: text, hasHeader: !text.isEmpty), existing.ids) }
            if format == .conll { return (TextSink(CoNLLWriter(), output: text), existing.ids) }
            if pretty { return (TextSink(PrettyJSONWriter(), output: text), existing.ids) }
            return (JSONLinesWriter.Sink(output: text), existing.ids)
        }
    }

    private func countInputs(_ paths: [String], _ reader: ArticleReader) -> Int? {
        // JSON Lines progress counts lines, which a count of files cannot bound.
        guard !paths.contains("-"), reader.format == .text else { return nil }
        var count = 0
        for input in reader.inputs(for: paths) {
            if case .file = input { count += 1 }
        }
        return count
    }
}

/// Loads the models, or ends the run with a one-line error: 64 when `--models` or
/// `HABER_MODELS` names something that is not a models folder (a usage error, not a
/// silent fallback to another folder), 1 when a model file is broken.
func loadModels(models: String?) throws -> ExtractionModels {
    // HABER_MODELS counts only when --models does not override it.
    let environment = ProcessInfo.processInfo.environment["HABER_MODELS"].flatMap { $0.isEmpty || models != nil ? nil : $0 }
    for (origin, path) in [("--models", models), ("HABER_MODELS", environment)] {
        guard let path else { continue }
        if !FileManager.default.fileExists(atPath: URL(fileURLWithPath: path).appendingPathComponent("MANIFEST.tsv").path) {
            report("\(origin) \(path): not a models folder (no MANIFEST.tsv)")
            throw ExitCode(64)
        }
    }
    do {
        return try ExtractionModels.load(from: ModelDirectory.locate(explicit: models))
    } catch {
        report("\(error)")
        throw ExitCode(1)
    }
}

/// Loads the models and builds a pipeline, or ends the run with a one-line error.
func loadPipeline(models: String?) throws -> Pipeline {
    let loaded = try loadModels(models: models)
    do {
        return try Pipeline(models: loaded)
    } catch {
        report("\(error)")
        throw ExitCode(1)
    }
}

/// Writes `text` to standard output, ending the run on failure: quietly (0) when the reader
/// went away (`| head`), with one line and status 1 for any other error (`> /dev/full`).
func writeStandardOutput(_ text: String) throws {
    Signal.brokenPipe.ignore()
    do throws(OutputError) {
        let output = try TextOutput(path: nil)
        try output.write(text)
        try output.finish()
    } catch .closedPipe {
        throw ExitCode(0)
    } catch {
        report(error.description)
        throw ExitCode(1)
    }
}

/// A size in bytes, with an optional suffix K, M or G (powers of 1024, as `1M`, `512K`,
/// `1MiB`), for `--max-bytes`.
struct ByteCount: ExpressibleByArgument, Sendable {
    let value: Int

    init(_ value: Int) { self.value = value }

    init?(argument: String) {
        var text = argument.trimmingCharacters(in: .whitespaces).uppercased()
        for unit in ["IB", "B"] where text.hasSuffix(unit) && text.count > unit.count {
            text.removeLast(unit.count)
            break
        }
        var multiplier = 1
        if let last = text.last, let power = ["K": 1, "M": 2, "G": 3][String(last)] {
            multiplier = 1 << (10 * power)
            text.removeLast()
        }
        guard let number = Int(text), number >= 0 else { return nil }
        let (product, overflow) = number.multipliedReportingOverflow(by: multiplier)
        guard !overflow else { return nil }
        value = product
    }

    var defaultValueDescription: String { value % (1 << 20) == 0 ? "\(value >> 20)M" : "\(value)" }
}

/// One line on standard error, prefixed with the program's name.
func report(_ message: String) {
    FileHandle.standardError.write(Data("haber: \(message)\n".utf8))
}

/// SIGINT and SIGTERM stop the run between inputs: what is complete is written, the output
/// file is renamed into place, and the exit status says which signal came.
final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private var received: Int32?
    private var sources: [DispatchSourceSignal] = []

    init() {
        for signal in [Signal.interrupt, .terminate] {
            signal.ignore()
            let number = signal.number
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.record(number) }
            source.resume()
            sources.append(source)
        }
    }

    private func record(_ number: Int32) {
        lock.lock()
        if received == nil { received = number }
        lock.unlock()
    }

    var receivedSignal: Int32? {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    var happened: Bool { receivedSignal != nil }
}
