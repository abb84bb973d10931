import Synchronization

/// A bounded, thread-safe cache of answers keyed by word.
///
/// A `Mutex` rather than `NSLock`: every extractor asks a memo several times per token,
/// and the lock is most of an uncontended lookup's cost.
final class Memo<Value: Sendable>: Sendable {
    private let values: Mutex<[String: Value]> = Mutex([:])
    private let limit: Int

    init(limit: Int = 100_000) {
        self.limit = limit
    }

    func value(for key: String) -> Value? {
        values.withLock { $0[key] }
    }

    func store(_ value: Value, for key: String) {
        values.withLock { values in
            if values.count >= limit { values.removeAll(keepingCapacity: true) }
            values[key] = value
        }
    }
}
