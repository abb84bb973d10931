import ArgumentParser
import Foundation
import HaberExtraction
import HaberRecords
import HaberText

extension ArticleReader.Format: ExpressibleByArgument {}

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract entities from articles and write one record per article.",
        discussion: """
            PATH is a file, a folder (every *.txt below it, in sorted path order; *.jsonl with \
            --input-format jsonl) or - for standard input. With no PATH, standard input is read \
            unless it is a terminal.
            JSON Lines input: one {"id", "text", "published"?} object per line; "published" is \
            also the reference date for relative expressions.
            """)

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String] = []

    @Option(help: "How inputs are written: text (one article per file) or jsonl (one JSON object per line).")
    var inputFormat: ArticleReader.Format = .text

    @Option(help: "Resolve relative dates against this day (YYYY-MM-DD) instead of each article's own date.")
    var referenceDate: String?

    @Option(name: [.short, .long], help: "Write records to FILE instead of standard output.")
    var output: String?

    @Option(help: "Record format: jsonl.")
    var format: OutputFormat = .jsonl

    @Option(help: "The models folder (default: HABER_MODELS, or the one beside the executable or package).")
    var models: String?

    @Option(help: "Refuse files larger than this many bytes.")
    var maxBytes: Int = 16 << 20

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case jsonl }

    func validate() throws {
        if let referenceDate, CalendarDate(iso: referenceDate) == nil || referenceDate.count != 10 {
            throw ValidationError("--reference-date must be a day as YYYY-MM-DD, not '\(referenceDate)'")
        }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
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
        let pipeline = try loadPipeline(models: models)
        let reader = ArticleReader(format: inputFormat, maxBytes: maxBytes)
        let writer = JSONLinesWriter()
        var sink = try OutputSink(path: output)
        let reference = referenceDate.flatMap(CalendarDate.init(iso:))
        var failures = 0
        for input in reader.inputs(for: paths) {
            for result in reader.articles(from: input) {
                switch result {
                case .failure(let error):
                    failures += 1
                    report(error.description)
                case .success(let article):
                    do {
                        let articleReference = reference ?? article.published.flatMap(CalendarDate.init(iso:))
                        let analysis = try pipeline.analyze(article.text, referenceDate: articleReference)
                        let record = Record(id: article.id, source: article.source, analysis: analysis,
                                            published: article.published)
                        try sink.write(writer.line(for: record))
                    } catch let error as OutputSink.WriteError {
                        throw error
                    } catch {
                        failures += 1
                        report("\(article.source ?? article.id): \(error)")
                    }
                }
            }
        }
        try sink.finish()
        if failures > 0 { throw ExitCode(1) }
    }
}

/// Loads the models and builds a pipeline, or ends the run with a one-line error.
func loadPipeline(models: String?) throws -> Pipeline {
    do {
        let directory = try ModelDirectory.locate(explicit: models)
        let loaded = try ExtractionModels.load(from: directory)
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
