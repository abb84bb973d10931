import Foundation

/// A first-in first-out queue that blocks takers while empty and putters while full.
///
/// Each call wakes another thread only when one is waiting for what it did: with one job a
/// batch run used to wake the walking thread and the writing thread once an article each,
/// and those wake-ups, each a system call and a switch onto the worker's core, cost 5% of
/// the run.
final class BoundedQueue<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var elements: [Element] = []
    private var head = 0
    private var closed = false
    private var waitingTakers = 0
    private var waitingPutters = 0
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    func put(_ element: Element) {
        condition.lock()
        while elements.count - head >= capacity, !closed {
            waitingPutters += 1
            condition.wait()
            waitingPutters -= 1
        }
        elements.append(element)
        if waitingTakers > 0 { condition.broadcast() }
        condition.unlock()
    }

    /// The next element, or nil once the queue is closed and drained.
    func take() -> Element? {
        take(atMost: 1).first
    }

    /// Up to `limit` elements, as many as are there without waiting once there is one; empty
    /// once the queue is closed and drained. A worker that takes several at a time hands their
    /// results over together, so a waiting writer wakes once for all of them, while a lone
    /// element (a line typed on standard input) is still taken at once.
    func take(atMost limit: Int) -> [Element] {
        condition.lock()
        defer { condition.unlock() }
        while head == elements.count, !closed {
            waitingTakers += 1
            condition.wait()
            waitingTakers -= 1
        }
        let end = min(elements.count, head + max(1, limit))
        let taken = Array(elements[head..<end])
        head = end
        if head > 1024, head * 2 > elements.count {
            elements.removeFirst(head)
            head = 0
        }
        if waitingPutters > 0, !taken.isEmpty { condition.broadcast() }
        return taken
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}

/// Results that arrive in any order and leave in sequence order.
final class ReorderBuffer<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: [Int: Element] = [:]
    private var finishedAt: Int?
    /// The sequence number the taker is waiting for, if it is waiting.
    private var wanted: Int?

    func put(_ element: Element, at sequence: Int) {
        put(contentsOf: CollectionOfOne((sequence, element)))
    }

    /// Puts several results under one lock, waking the taker only if one of them is the one it
    /// waits for.
    func put(contentsOf results: some Sequence<(Int, Element)>) {
        condition.lock()
        var wakes = false
        for (sequence, element) in results {
            waiting[sequence] = element
            if sequence == wanted { wakes = true }
        }
        if wakes { condition.signal() }
        condition.unlock()
    }

    /// Says that no element numbered `count` or higher will come.
    func finish(count: Int) {
        condition.lock()
        finishedAt = count
        condition.broadcast()
        condition.unlock()
    }

    /// Whether ``take(_:)`` would return at once: element `sequence` is there, or none will come.
    func isReady(_ sequence: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if waiting[sequence] != nil { return true }
        if let end = finishedAt, sequence >= end { return true }
        return false
    }

    /// Element `sequence`, waiting for it; nil past the end.
    func take(_ sequence: Int) -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while waiting[sequence] == nil {
            if let end = finishedAt, sequence >= end { return nil }
            wanted = sequence
            condition.wait()
            wanted = nil
        }
        return waiting.removeValue(forKey: sequence)
    }
}

/// A count of free places, for bounding how far work may run ahead of the writer.
///
/// A waiting acquirer is woken once half the places are free again, not at every release:
/// it then queues a run of work without waiting, instead of waking once per article.
final class Permits: @unchecked Sendable {
    private let condition = NSCondition()
    private var available: Int
    private var waiters = 0
    private let wakeAt: Int

    init(_ count: Int) {
        available = count
        wakeAt = max(1, count / 2)
    }

    func acquire() {
        condition.lock()
        while available == 0 {
            waiters += 1
            condition.wait()
            waiters -= 1
        }
        available -= 1
        condition.unlock()
    }

    func release() {
        condition.lock()
        available += 1
        if waiters > 0, available >= wakeAt { condition.signal() }
        condition.unlock()
    }
}
