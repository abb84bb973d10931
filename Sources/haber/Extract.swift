import ArgumentParser
import Dispatch
import Foundation
import HaberExtraction
import HaberRecords
import HaberText

extension ArticleReader.Format: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract entities from articles and write one record per article.",
        discussion: """
            PATH is a file, a folder (every *.txt below it, in sorted path order; *.jsonl with \
            --input-format jsonl) or - for standard input. With no PATH, standard input is read \
            unless it is a terminal.
            JSON Lines input: one {"id", "text", "published"?} object per line; "published" is \
            also the reference date for relative expressions.
            Output keeps input order whatever --jobs is. A file that cannot be read is reported \
            on standard error (one line naming it) and the run goes on; the exit status is then 1.
            """)

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String] = []

    @Option(help: "How inputs are written: text (one article per file) or jsonl (one JSON object per line).")
    var inputFormat: ArticleReader.Format = .text

    @Option(help: "Resolve relative dates against this day (YYYY-MM-DD) instead of each article's own date.")
    var referenceDate: String?

    @Option(name: [.short, .long], help: "Write records to FILE instead of standard output (required for sqlite).")
    var output: String?

    @Option(help: """
        Record format: jsonl (one JSON record per line), csv (one row per entity), sqlite, conll (IOB2 tokens), \
        brat (.txt and .ann files in the folder --output) or html (pages in the folder --output, as haber render).
        """)
    var format: OutputFormat = .jsonl

    @Option(help: "Keep only entities of these types, comma-separated: \(EntityType.ordered.map(\.rawValue).joined(separator: ",")).")
    var types: String?

    @Flag(help: "Indent each JSON record (jsonl only); records follow one another as jq prints them.")
    var pretty = false

    @Option(name: [.short, .long], help: "Extract on this many threads (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Skip inputs whose id is already in --output, and add to it.")
    var resume = false

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of refusing the file (offsets then count the replacements).")
    var lossy = false

    @Option(help: "Refuse files larger than this many bytes.")
    var maxBytes: Int = 16 << 20

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
        if [.brat, .html].contains(format), output == nil { throw ValidationError("--format \(format) needs --output FOLDER") }
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
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
        if jobs <= 0 { throw ValidationError("--jobs must be at least 1") }
        if format == .sqlite, output == nil { throw ValidationError("--format sqlite needs --output FILE.db") }
        if resume, output == nil { throw ValidationError("--resume needs --output FILE") }
    }

    func run() throws {
        var paths = self.paths
        if paths.isEmpty {
            if isatty(STDIN_FILENO) != 0 {
                FileHandle.standardError.write(Data(Extract.helpMessage().utf8))
                throw ExitCode(64)
            }
            paths = ["-"]
        }
        signal(SIGPIPE, SIG_IGN)
        let interruption = Interruption()
        let started = Date()
        let loaded = try loadModels(models: models)
        var sink: any RecordSink
        var skip: Set<String> = []
        do {
            (sink, skip) = try openSink()
        } catch {
            report(error.description)
            throw ExitCode(1)
        }
        let reader = ArticleReader(format: inputFormat, maxBytes: maxBytes, lossy: lossy)
        let kept = keptTypes ?? []
        let batch = BatchExtractor(
            models: loaded,
            options: .init(jobs: jobs, reader: reader, referenceDate: referenceDate.flatMap(CalendarDate.init(iso:)), skip: skip,
                           disabled: disabled, keepsText: [.conll, .brat, .html].contains(format)))
        let progress = Progress(enabled: !quiet && isatty(STDERR_FILENO) != 0,
                                total: !quiet && isatty(STDERR_FILENO) != 0 ? countInputs(paths, reader) : nil)
        var failures = 0
        do {
            try batch.run(reader.inputs(for: paths), standardInput: { FileHandle.standardInput.readDataToEndOfFile() },
                          shouldStop: { interruption.happened }) { outcomes in
                for outcome in outcomes {
                    switch outcome {
                    case .failure(let error):
                        failures += 1
                        progress.clearLine()
                        report(error.description)
                    case .record(let record, let bytes):
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
            report(error.description)
            throw ExitCode(1)
        }
        progress.finish(failures: failures, seconds: Date().timeIntervalSince(started))
        if let number = interruption.receivedSignal { throw ExitCode(128 + number) }
        if failures > 0 { throw ExitCode(1) }
    }

    /// The sink for `--format`, and with `--resume` the ids it already holds.
    private func openSink() throws(OutputError) -> (any RecordSink, Set<String>) {
        switch format {
        case .sqlite:
            let sink = try SQLiteSink(path: output ?? "")
            return (sink, resume ? sink.existingIDs() : [])
        case .brat:
            return (try FolderSink(BratWriter(), folder: output ?? ""), [])
        case .html:
            return (try FolderSink(HTMLSiteWriter(), folder: output ?? ""), [])
        case .jsonl, .csv, .conll:
            let existing = resume ? ResumeIndex.ids(inFile: output, format: format) : []
            let text = try TextOutput(path: output, keepExisting: resume)
            if format == .csv { return (CSVWriter.Sink(output: text, hasHeader: !text.isEmpty), existing) }
            if format == .conll { return (TextSink(CoNLLWriter(), output: text), existing) }
            if pretty { return (TextSink(PrettyJSONWriter(), output: text), existing) }
            return (JSONLinesWriter.Sink(output: text), existing)
        }
    }

    private func countInputs(_ paths: [String], _ reader: ArticleReader) -> Int? {
        guard !paths.contains("-") else { return nil }
        var count = 0
        for input in reader.inputs(for: paths) {
            if case .file = input { count += 1 }
        }
        return count
    }
}

/// Loads the models, or ends the run with a one-line error.
func loadModels(models: String?) throws -> ExtractionModels {
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
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
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
