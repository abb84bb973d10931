import Foundation
import HaberExtraction

/// What one input turned into: its records, or why it failed.
public enum BatchOutcome: Sendable {
    /// A record, and the size of the article's text in UTF-8 bytes.
    case record(Record, bytes: Int)
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

        public init(
            jobs: Int, reader: ArticleReader, referenceDate: CalendarDate? = nil, skip: Set<String> = [], disabled: Set<String> = [],
            keepsText: Bool = false
        ) {
            self.jobs = max(1, jobs)
            self.reader = reader
            self.referenceDate = referenceDate
            self.skip = skip
            self.disabled = disabled
            self.keepsText = keepsText
        }
    }

    /// One unit of work: a file, or one line of JSON from standard input.
    enum Work: Sendable {
        case input(ArticleReader.Input)
        case jsonLine(String, number: Int)
        case failure(InputError)
    }

    private let models: ExtractionModels
    private let options: Options

    public init(models: ExtractionModels, options: Options) {
        self.models = models
        self.options = options
    }

    /// Extracts every input and hands the outcomes to `consume` in input order, on the
    /// calling thread. `shouldStop` is asked between inputs (a signal arrived): the inputs
    /// already done are still handed over, the rest are not started.
    public func run(
        _ inputs: some Sequence<ArticleReader.Input>, standardInput: @escaping @Sendable () -> Data,
        shouldStop: @escaping @Sendable () -> Bool = { false }, consume: ([BatchOutcome]) throws -> Void
    ) throws {
        let window = options.jobs * 8
        let queue = BoundedQueue<(Int, Work)>(capacity: window)
        let results = ReorderBuffer<[BatchOutcome]>()
        let permits = Permits(window)
        let workers = (0..<options.jobs).map { _ in
            WorkerThread(models: models, options: options, queue: queue, results: results, standardInput: standardInput)
        }
        workers.forEach { $0.start() }
        let producer = ProducerThread(
            walker: AnySequenceBox(inputs), format: options.reader.format,
            queue: queue, results: results, permits: permits, shouldStop: shouldStop)
        producer.start()
        var sequence = 0
        while let outcomes = results.take(sequence) {
            sequence += 1
            permits.release()
            try consume(outcomes)
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

/// Walks the inputs, splits JSON Lines on standard input into one unit per line, numbers
/// the units and queues them.
final class ProducerThread: @unchecked Sendable {
    private let walker: AnySequenceBox
    private let format: ArticleReader.Format
    private let queue: BoundedQueue<(Int, BatchExtractor.Work)>
    private let results: ReorderBuffer<[BatchOutcome]>
    private let permits: Permits
    private let shouldStop: @Sendable () -> Bool

    init(
        walker: AnySequenceBox, format: ArticleReader.Format,
        queue: BoundedQueue<(Int, BatchExtractor.Work)>, results: ReorderBuffer<[BatchOutcome]>, permits: Permits,
        shouldStop: @escaping @Sendable () -> Bool
    ) {
        self.walker = walker
        self.format = format
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
            if input == .standardInput, format == .jsonl {
                var number = 0
                while let line = readLine(strippingNewline: true) {
                    number += 1
                    if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                    guard enqueue(.jsonLine(line, number: number)) else { break walk }
                }
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
    private let standardInput: @Sendable () -> Data
    private let done = NSCondition()
    private var finished = false

    init(
        models: ExtractionModels, options: BatchExtractor.Options, queue: BoundedQueue<(Int, BatchExtractor.Work)>,
        results: ReorderBuffer<[BatchOutcome]>, standardInput: @escaping @Sendable () -> Data
    ) {
        self.models = models
        self.options = options
        self.queue = queue
        self.results = results
        self.standardInput = standardInput
    }

    func start() { startThread { [self] in main() } }

    private func main() {
        let pipeline = try? Pipeline(models: models, disabled: options.disabled)
        while let (sequence, work) = queue.take() {
            results.put(process(work, pipeline), at: sequence)
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
            articles = options.reader.articles(from: input, standardInput: standardInput)
        case .jsonLine(let line, let number):
            articles = options.reader.article(fromJSONLine: line, number: number, name: "<stdin>", source: nil).map { [$0] } ?? []
        }
        return articles.compactMap { result -> BatchOutcome? in
            switch result {
            case .failure(let error):
                return .failure(error)
            case .success(let article):
                if options.skip.contains(article.id) { return nil }
                guard let pipeline else {
                    return .failure(InputError(input: article.source ?? article.id, reason: "ICU could not be started"))
                }
                do {
                    let record = try pipeline.record(for: article, referenceDate: options.referenceDate, keepingText: options.keepsText)
                    return .record(record, bytes: article.text.utf8.count)
                } catch {
                    return .failure(InputError(input: article.source ?? article.id, reason: "\(error)"))
                }
            }
        }
    }
}
