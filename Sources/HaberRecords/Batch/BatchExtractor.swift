import Foundation
import HaberExtraction

/// What one input turned into: its records, or why it failed.
public enum BatchOutcome: Sendable {
    /// A record, the size of the article's text in UTF-8 bytes, and where it came from
    /// (a path, or `path line N`) for error messages.
    case record(Record, bytes: Int, origin: String)
    case failure(InputError)
}

/// Runs extraction over many inputs on several threads while the output stays in input
/// order, byte for byte the same as with one thread.
///
/// Reading, extraction and writing are pipelined: the caller's thread walks the inputs and
/// writes, `jobs` worker threads read and extract, and at most `window` inputs are in flight
/// between them, so memory does not grow with the number or size of the inputs.
public final class BatchExtractor: @unchecked Sendable {
    public struct Options: Sendable {
        public var jobs: Int
        public var reader: ArticleReader
        /// Overrides every article's own reference date.
        public var referenceDate: CalendarDate?
        /// Ids to skip (`--resume`).
        public var skip: Set<String>
        /// Extractors to leave out, by name (`Pipeline.extractorNames`).
        public var disabled: Set<String>
        /// Whether records carry their text and tokens (`Record.text`), for the writers that need them.
        public var keepsText: Bool
        /// The language of every article (`--lang`), which skips detection; a JSON line's own
        /// `lang` comes first.
        public var language: String?

        public init(
            jobs: Int, reader: ArticleReader, referenceDate: CalendarDate? = nil, skip: Set<String> = [], disabled: Set<String> = [],
            keepsText: Bool = false, language: String? = nil
        ) {
            self.jobs = max(1, jobs)
            self.reader = reader
            self.referenceDate = referenceDate
            self.skip = skip
            self.disabled = disabled
            self.keepsText = keepsText
            self.language = language
        }
    }

    /// One unit of work: a text input, or one line of a JSON Lines input (a file or
    /// standard input alike, so that both are spread over the workers).
    enum Work: Sendable {
        case input(ArticleReader.Input)
        case jsonLine(Data, number: Int, of: ArticleReader.Input)
        case failure(InputError)
    }

    /// How many inputs each job may have in flight between the walker and the writer.
    static let windowPerJob = 8

    private let models: ExtractionModels
    private let options: Options

    public init(models: ExtractionModels, options: Options) {
        self.models = models
        self.options = options
    }

    /// Extracts every input and hands the outcomes to `consume` in input order, on the
    /// calling thread. `shouldStop` is asked between inputs (a signal arrived): the inputs
    /// already done are still handed over, the rest are not started. `idle` is called on the
    /// calling thread before it waits for the next outcome (a sink flushes standard output).
    ///
    /// Ids are unique within a run: a record whose id an earlier input of the run already
    /// took is handed over as a failure of the later input, never as a second record that a
    /// writer would let replace the first or `--resume` would skip.
    public func run(
        _ inputs: some Sequence<ArticleReader.Input>,
        shouldStop: @escaping @Sendable () -> Bool = { false }, idle: () throws -> Void = {},
        consume: ([BatchOutcome]) throws -> Void
    ) throws {
        let window = options.jobs * Self.windowPerJob
        let queue = BoundedQueue<(Int, Work)>(capacity: window)
        let results = ReorderBuffer<[BatchOutcome]>()
        let permits = Permits(window)
        let workers = (0..<options.jobs).map { _ in
            WorkerThread(models: models, options: options, queue: queue, results: results)
        }
        workers.forEach { $0.start() }
        let producer = ProducerThread(
            walker: AnySequenceBox(inputs), reader: options.reader,
            queue: queue, results: results, permits: permits, shouldStop: shouldStop)
        producer.start()
        var sequence = 0
        // Ids only, not where each came from; of a walk of one folder, only those it can repeat.
        var usedIDs = UsedIDs()
        let scope = options.reader.format == .text ? (inputs as? InputWalker)?.ids : nil
        while true {
            if !results.isReady(sequence) { try idle() }
            guard let outcomes = results.take(sequence) else { break }
            sequence += 1
            permits.release()
            try consume(outcomes.map { outcome in
                guard case .record(let record, _, let origin) = outcome else { return outcome }
                guard !(scope?.mayRepeat(record.id) ?? true) || usedIDs.insert(record.id) else {
                    return .failure(InputError(input: origin, reason: "id '\(record.id)' is already used by an earlier input in this run"))
                }
                return outcome
            })
        }
        workers.forEach { $0.join() }
    }
}

/// Starts `body` on a thread of its own, with a stack deep enough for the extractors'
/// recursion-free but frame-heavy code on long articles.
func startThread(_ body: @escaping @Sendable () -> Void) {
    let thread = Thread(block: body)
    thread.stackSize = 8 << 20
    thread.start()
}

/// Holds a sequence of inputs for the producer thread, which is its only user.
final class AnySequenceBox: @unchecked Sendable {
    let iterator: () -> ArticleReader.Input?

    init(_ sequence: some Sequence<ArticleReader.Input>) {
        var iterator = sequence.makeIterator()
        self.iterator = { iterator.next() }
    }
}

/// Walks the inputs, splits JSON Lines (files and standard input alike) into one unit per
/// line, numbers the units and queues them.
final class ProducerThread: @unchecked Sendable {
    private let walker: AnySequenceBox
    private let reader: ArticleReader
    private let queue: BoundedQueue<(Int, BatchExtractor.Work)>
    private let results: ReorderBuffer<[BatchOutcome]>
    private let permits: Permits
    private let shouldStop: @Sendable () -> Bool

    init(
        walker: AnySequenceBox, reader: ArticleReader,
        queue: BoundedQueue<(Int, BatchExtractor.Work)>, results: ReorderBuffer<[BatchOutcome]>, permits: Permits,
        shouldStop: @escaping @Sendable () -> Bool
    ) {
        self.walker = walker
        self.reader = reader
        self.queue = queue
        self.results = results
        self.permits = permits
        self.shouldStop = shouldStop
    }

    func start() { startThread { [self] in main() } }

    private func main() {
        var sequence = 0
        func enqueue(_ work: BatchExtractor.Work) -> Bool {
            permits.acquire()
            if shouldStop() { return false }
            queue.put((sequence, work))
            sequence += 1
            return true
        }
        walk: while let input = walker.iterator() {
            if reader.format == .jsonl {
                var stopped = false
                reader.forEachJSONLine(of: input) { unit in
                    switch unit {
                    case .failure(let error): stopped = !enqueue(.failure(error))
                    case .success(let line): stopped = !enqueue(.jsonLine(line.data, number: line.number, of: input))
                    }
                    return !stopped
                }
                if stopped { break walk }
                continue
            }
            guard enqueue(.input(input)) else { break }
        }
        queue.close()
        results.finish(count: sequence)
    }
}

/// Reads and extracts, with a pipeline of its own (ICU iterators are per thread).
final class WorkerThread: @unchecked Sendable {
    private let models: ExtractionModels
    private let options: BatchExtractor.Options
    private let queue: BoundedQueue<(Int, BatchExtractor.Work)>
    private let results: ReorderBuffer<[BatchOutcome]>
    private let done = NSCondition()
    private var finished = false
    /// How many inputs a worker takes at a time when that many wait: half the window each
    /// job has, so that the writer wakes once for several records while the walker, woken
    /// when half the window is free, refills it.
    private let batchSize = BatchExtractor.windowPerJob / 2

    init(
        models: ExtractionModels, options: BatchExtractor.Options, queue: BoundedQueue<(Int, BatchExtractor.Work)>,
        results: ReorderBuffer<[BatchOutcome]>
    ) {
        self.models = models
        self.options = options
        self.queue = queue
        self.results = results
    }

    func start() { startThread { [self] in main() } }

    private func main() {
        // The pipeline is released before the worker says it is done: released after, its
        // tables were freed while the caller went on to exit, or not at all, and the run's
        // instruction count moved by a percent from one run to the next.
        do {
            let pipeline = try? Pipeline(models: models, disabled: options.disabled)
            while case let batch = queue.take(atMost: batchSize), !batch.isEmpty {
                results.put(contentsOf: batch.map { sequence, work in (sequence, process(work, pipeline)) })
            }
        }
        done.lock()
        finished = true
        done.broadcast()
        done.unlock()
    }

    func join() {
        done.lock()
        while !finished { done.wait() }
        done.unlock()
    }

    private func process(_ work: BatchExtractor.Work, _ pipeline: Pipeline?) -> [BatchOutcome] {
        let articles: [Result<Article, InputError>]
        switch work {
        case .failure(let error):
            return [.failure(error)]
        case .input(let input):
            articles = options.reader.articles(from: input)
        case .jsonLine(let line, let number, let input):
            articles = options.reader.article(fromJSONLine: line, number: number, input: input).map { [$0] } ?? []
        }
        return articles.compactMap { result -> BatchOutcome? in
            switch result {
            case .failure(let error):
                return .failure(error)
            case .success(var article):
                if options.skip.contains(article.id) { return nil }
                guard let pipeline else {
                    return .failure(InputError(input: article.origin, reason: "ICU could not be started"))
                }
                if let written = article.publishedToRead {
                    guard let day = pipeline.day(ofPublished: written) else {
                        return .failure(InputError(input: article.origin, reason: Article.notADate(written)))
                    }
                    article.published = day
                }
                switch article.language(default: options.language, among: pipeline.languages) {
                case .success(let language): article.language = language
                case .failure(let error): return .failure(error)
                }
                do {
                    let record = try pipeline.record(for: article, referenceDate: options.referenceDate, keepingText: options.keepsText)
                    return .record(record, bytes: article.text.utf8.count, origin: article.origin)
                } catch {
                    return .failure(InputError(input: article.origin, reason: "\(error)"))
                }
            }
        }
    }
}
