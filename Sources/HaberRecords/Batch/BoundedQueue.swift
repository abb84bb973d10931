import Foundation

/// A first-in first-out queue that blocks takers while empty and putters while full.
final class BoundedQueue<Element>: @unchecked Sendable {
    private let condition = NSCondition()
    private var elements: [Element] = []
    private var head = 0
    private var closed = false
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    func put(_ element: Element) {
        condition.lock()
        while elements.count - head >= capacity, !closed { condition.wait() }
        elements.append(element)
        condition.broadcast()
        condition.unlock()
    }

    /// The next element, or nil once the queue is closed and drained.
    func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while head == elements.count, !closed { condition.wait() }
        guard head < elements.count else { return nil }
        let element = elements[head]
        head += 1
        if head > 1024, head * 2 > elements.count {
            elements.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return element
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

    func put(_ element: Element, at sequence: Int) {
        condition.lock()
        waiting[sequence] = element
        condition.broadcast()
        condition.unlock()
    }

    /// Says that no element numbered `count` or higher will come.
    func finish(count: Int) {
        condition.lock()
        finishedAt = count
        condition.broadcast()
        condition.unlock()
    }

    /// Element `sequence`, waiting for it; nil past the end.
    func take(_ sequence: Int) -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while waiting[sequence] == nil {
            if let end = finishedAt, sequence >= end { return nil }
            condition.wait()
        }
        return waiting.removeValue(forKey: sequence)
    }
}

/// A count of free places, for bounding how far work may run ahead of the writer.
final class Permits: @unchecked Sendable {
    private let condition = NSCondition()
    private var available: Int

    init(_ count: Int) { available = count }

    func acquire() {
        condition.lock()
        while available == 0 { condition.wait() }
        available -= 1
        condition.unlock()
    }

    func release() {
        condition.lock()
        available += 1
        condition.signal()
        condition.unlock()
    }
}
