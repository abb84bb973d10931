import HaberExtraction
import HaberICU
import HaberRecords
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// Runs extractions off the event loops, on a few threads that each hold a pipeline of their
/// own (a pipeline holds ICU iterators and serves one thread at a time), and admits at most
/// `maxInFlight` requests at once so that a flood is answered 503 instead of queuing without
/// bound.
///
/// A request holds one ``Permit`` from admission until its work is done: a batch holds one
/// for its whole stream of lines, however many, and extracts at most `workers` of them at
/// once, so a batch can neither take more than one place nor leave the threads' queue
/// longer than `workers` jobs; the others' jobs queue between its lines (first in, first out).
public final class ExtractionPool: Sendable {
    private let threads: NIOThreadPool
    /// Idle pipelines. The pool has as many threads as pipelines, so a job that starts always
    /// finds one.
    private let idle: NIOLockedValueBox<[Pipeline]>
    private let inFlight = NIOLockedValueBox(0)
    private let timer: any EventLoopGroup
    public let maxInFlight: Int
    public let timeout: Duration

    /// Builds one pipeline per worker from models loaded once.
    public init(models: ExtractionModels, workers: Int, maxInFlight: Int, timeout: Duration,
                timer: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) throws(ICUError) {
        var pipelines: [Pipeline] = []
        for _ in 0..<max(1, workers) { pipelines.append(try Pipeline(models: models)) }
        idle = NIOLockedValueBox(pipelines)
        threads = NIOThreadPool(numberOfThreads: pipelines.count)
        threads.start()
        self.maxInFlight = maxInFlight
        self.timeout = timeout
        self.timer = timer
    }

    /// Requests admitted and not yet finished.
    public var requestsInFlight: Int { inFlight.withLockedValue { $0 } }

    /// Admits one request, or throws `.overloaded` when `maxInFlight` are already in. The
    /// place is the caller's until it releases the permit, or drops it.
    public func admit() throws(ServiceError) -> Permit {
        let admitted = inFlight.withLockedValue { count in
            guard count < maxInFlight else { return false }
            count += 1
            return true
        }
        if !admitted { throw .overloaded(limit: maxInFlight) }
        return Permit(pool: self)
    }

    /// One admitted request's place among the `maxInFlight`. It is given back once: by
    /// `release()`, or when the permit is dropped unreleased, as when a batch's response body,
    /// which holds it, is never written because the client went away first.
    public final class Permit: Sendable {
        private let pool: ExtractionPool
        private let held = NIOLockedValueBox(true)

        fileprivate init(pool: ExtractionPool) {
            self.pool = pool
        }

        public func release() {
            let wasHeld = held.withLockedValue { held in
                defer { held = false }
                return held
            }
            if wasHeld { pool.inFlight.withLockedValue { $0 -= 1 } }
        }

        deinit { release() }
    }

    /// The record of `article`, computed on a worker thread. Past `timeout` (queueing
    /// included) it throws `.timedOut`; an extraction already running then finishes on its
    /// thread and is dropped, one still queued never starts.
    public func record(for article: Article, referenceDate: CalendarDate?) async throws(ServiceError) -> Record {
        let outcome = await withCheckedContinuation { (continuation: CheckedContinuation<Result<Record, ServiceError>, Never>) in
            let answer = Answer(continuation)
            let expiry = ContinuousClock.now + timeout
            let deadline = timer.any().scheduleTask(in: .nanoseconds(Int64(timeout.nanoseconds))) {
                answer.resume(.failure(.timedOut(self.timeout)))
            }
            threads.submit { state in
                // Waited past the deadline in the queue: no use starting.
                guard ContinuousClock.now < expiry else {
                    answer.resume(.failure(.timedOut(self.timeout)))
                    return
                }
                guard state == .active, !answer.isResumed else {
                    answer.resume(.failure(.overloaded(limit: self.maxInFlight)))
                    return
                }
                let result = self.withPipeline { pipeline -> Result<Record, ServiceError> in
                    var article = article
                    // A `published` such as `15.03.2020`, read as `haber extract` reads it.
                    if let written = article.publishedToRead {
                        guard let day = pipeline.day(ofPublished: written) else { return .failure(.invalidJSON(Article.notADate(written))) }
                        article.published = day
                    }
                    do {
                        return .success(try pipeline.record(for: article, referenceDate: referenceDate))
                    } catch {
                        return .failure(.extraction("\(article.id): \(error)"))
                    }
                }
                deadline.cancel()
                answer.resume(result)
            }
        }
        return try outcome.get()
    }

    private func withPipeline<T>(_ body: (Pipeline) -> T) -> T {
        // The pool never runs more jobs than it has pipelines, so one is always idle here.
        guard let pipeline = idle.withLockedValue({ $0.popLast() }) else {
            preconditionFailure("more extraction jobs than pipelines")
        }
        defer { idle.withLockedValue { $0.append(pipeline) } }
        return body(pipeline)
    }

    /// Lets the jobs already queued finish, then stops the threads.
    public func shutdown() async throws {
        try await threads.shutdownGracefully()
    }
}

/// A continuation resumed once, by whichever comes first: the result or the deadline.
private final class Answer<Value: Sendable>: Sendable {
    private let continuation: NIOLockedValueBox<CheckedContinuation<Value, Never>?>

    init(_ continuation: CheckedContinuation<Value, Never>) {
        self.continuation = NIOLockedValueBox(continuation)
    }

    var isResumed: Bool { continuation.withLockedValue { $0 == nil } }

    func resume(_ value: Value) {
        let pending = continuation.withLockedValue { stored in
            defer { stored = nil }
            return stored
        }
        pending?.resume(returning: value)
    }
}

extension Duration {
    var nanoseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1_000_000_000 + attoseconds / 1_000_000_000
    }
}
