import Foundation
import Testing

@testable import HaberRecords

/// The hand-over between the walking, working and writing threads of a batch run: nothing
/// lost, nothing twice, order kept, the window never exceeded, and no thread left asleep
/// when it has something to do (the queue wakes a waiter only when it must).
@Suite("batch hand-over: queue, reorder buffer, permits")
struct BatchQueueTests {
    /// (inputs, workers, window): one worker and many, windows of one to many.
    static let shapes: [(Int, Int, Int)] = [
        (0, 1, 8), (1, 1, 8), (7, 1, 1), (100, 1, 8), (100, 2, 16), (1000, 3, 4), (500, 4, 32), (257, 2, 2),
    ]

    @Test("producer → workers taking several at a time → writer: every input once, in order, within the window",
          arguments: shapes)
    func handOverKeepsOrder(count: Int, workers: Int, window: Int) {
        let queue = BoundedQueue<Int>(capacity: window)
        let results = ReorderBuffer<Int>()
        let permits = Permits(window)
        let inFlight = Counter()
        let threads = (0..<workers).map { _ in
            Thread {
                while case let batch = queue.take(atMost: max(1, window / 2)), !batch.isEmpty {
                    results.put(contentsOf: batch.map { ($0, $0 * 3) })
                }
            }
        }
        threads.forEach { $0.start() }
        let producer = Thread {
            for sequence in 0..<count {
                permits.acquire()
                inFlight.add(1)
                queue.put(sequence)
            }
            queue.close()
            results.finish(count: count)
        }
        producer.start()
        var taken: [Int] = []
        var sequence = 0
        var widest = 0
        while let value = results.take(sequence) {
            widest = max(widest, inFlight.value)
            inFlight.add(-1)
            permits.release()
            taken.append(value)
            sequence += 1
        }
        #expect(taken == (0..<count).map { $0 * 3 })
        #expect(widest <= window, "\(widest) inputs in flight, window \(window)")
        #expect(results.isReady(count), "past the end counts as ready")
    }

    @Test("take(atMost:) takes what is there, up to the limit, and waits only while empty",
          arguments: [(5, 1, [1]), (5, 3, [3]), (5, 10, [5]), (0, 4, [])] as [(Int, Int, [Int])])
    func takeAtMost(queued: Int, limit: Int, sizes: [Int]) {
        let queue = BoundedQueue<Int>(capacity: 16)
        for value in 0..<queued { queue.put(value) }
        if queued == 0 { queue.close() }
        let batch = queue.take(atMost: limit)
        #expect([batch.count] == (sizes.isEmpty ? [0] : sizes))
        #expect(batch == Array(0..<batch.count))
    }

    @Test("a reorder buffer is ready for a number it holds or past the end, not for one still to come")
    func readiness() {
        let results = ReorderBuffer<String>()
        results.put(contentsOf: [(1, "b"), (0, "a")])
        #expect(results.isReady(0) && results.isReady(1))
        #expect(!results.isReady(2))
        results.finish(count: 2)
        #expect(results.take(0) == "a" && results.take(1) == "b")
        #expect(results.isReady(2) && results.take(2) == nil)
    }
}

/// A count shared by the producer and the test's thread.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func add(_ delta: Int) { lock.withLock { count += delta } }
}
