import ArgumentParser
import Foundation
import HaberEvaluation
import HaberExtraction
import HaberRecords

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score extraction against gold annotations (precision, recall, F1 per type).",
        discussion: """
            Runs extraction on the articles beside the gold folder (or scores --records) and prints \
            the figures as the record format's scoring rules define them (docs/FORMAT.md). Exit 1 when \
            no gold article has a record, or below a --min-f1 floor.
            """)

    @Option(help: "The folder of gold files (<id>.json).")
    var gold: String

    @Option(help: "The folder of articles (<id>.txt); default: the sibling folder articles/.")
    var articles: String?

    @Option(help: "Score this JSON Lines file of records instead of running extraction.")
    var records: String?

    @Flag(help: "List every missed and spurious item.")
    var verbose = false

    @Option(name: .customLong("min-f1"), parsing: .singleValue,
            help: "Exit 1 when TYPE's F1 is below X (TYPE=X, TYPE one of ORG CITY COUNTRY PERSON PERCENT DATE MONEY micro).")
    var minimumF1: [String] = []

    @Option(help: "The models folder.")
    var models: String?

    func validate() throws {
        for threshold in minimumF1 {
            let parts = threshold.split(separator: "=")
            guard parts.count == 2, Double(parts[1]) != nil,
                  parts[0].lowercased() == "micro" || EntityType(rawValue: parts[0].uppercased()) != nil else {
                throw ValidationError("--min-f1 takes TYPE=X, e.g. ORG=0.85, not '\(threshold)'")
            }
        }
    }

    func run() throws {
        let goldFolder = URL(fileURLWithPath: gold)
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: gold)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        guard !files.isEmpty else {
            report("\(gold): no gold files (*.json)")
            throw ExitCode(1)
        }
        var golds: [Gold] = []
        for file in files {
            do { golds.append(try Gold(contentsOf: goldFolder.appendingPathComponent(file))) } catch {
                report(error.description)
                throw ExitCode(1)
            }
        }
        let predictions = try self.predictions(for: golds, goldFolder: goldFolder)
        var scorer = Scorer()
        for gold in golds {
            let record = predictions[gold.id]
            scorer.add(gold: gold, entities: record?.entities, published: record?.published)
        }
        let scored = golds.filter { predictions[$0.id] != nil }.count
        try writeStandardOutput(scorer.report(verbose: verbose))
        guard scored > 0 else {
            // A gate without --min-f1 must not pass on a table of zeros.
            report("no gold article has a record (\(golds.count) gold files in \(gold)); nothing was scored")
            throw ExitCode(1)
        }
        var failed = false
        for threshold in minimumF1 {
            let parts = threshold.split(separator: "=")
            guard let floor = Double(parts[1]), let f1 = scorer.f1(of: String(parts[0])) else { continue }
            if f1 < floor {
                report("\(parts[0]) F1 \(String(format: "%.4f", f1)) is below \(parts[1])")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }

    private func predictions(for golds: [Gold], goldFolder: URL) throws -> [String: RecordFile.Entry] {
        if let records {
            do { return try RecordFile(contentsOf: URL(fileURLWithPath: records)).records } catch {
                report(error.description)
                throw ExitCode(1)
            }
        }
        let folder = articles ?? goldFolder.deletingLastPathComponent().appendingPathComponent("articles").path
        let pipeline = try loadPipeline(models: models)
        let reader = ArticleReader()
        var entries: [String: RecordFile.Entry] = [:]
        for input in reader.inputs(for: [folder]) {
            for result in reader.articles(from: input) {
                switch result {
                case .failure(let error):
                    report(error.description)
                case .success(let article):
                    let analysis = try pipeline.analyze(article.text)
                    entries[article.id] = RecordFile.Entry(entities: analysis.entities, published: analysis.published?.iso)
                }
            }
        }
        return entries
    }
}
