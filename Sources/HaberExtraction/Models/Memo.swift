import Synchronization

/// A bounded, thread-safe cache of answers keyed by word.
///
/// Every extractor asks memos several times per token from every worker thread, so the
/// cache is cut into shards, each behind its own `Mutex`: two threads rarely want the same
/// shard at once. Each shard is emptied when it reaches its share of `limit`, which bounds
/// memory however many distinct words a run meets.
final class Memo<Value: Sendable>: Sendable {
    private let shards: [Shard]
    private let shardLimit: Int

    private final class Shard: Sendable {
        let values: Mutex<[String: Value]> = Mutex([:])
    }

    private static var shardCount: Int { 16 }

    init(limit: Int = 40_000) {
        shards = (0..<Self.shardCount).map { _ in Shard() }
        shardLimit = max(1, limit / Self.shardCount)
    }

    func value(for key: String) -> Value? {
        shard(of: key).values.withLock { $0[key] }
    }

    func store(_ value: Value, for key: String) {
        shard(of: key).values.withLock { values in
            if values.count >= shardLimit { values.removeAll(keepingCapacity: true) }
            values[key] = value
        }
    }

    /// A shard chosen from the key's length and its first and last bytes: cheap, and
    /// spread enough over words.
    private func shard(of key: String) -> Shard {
        let utf8 = key.utf8
        let mix = utf8.count &+ Int(utf8.first ?? 0) &* 31 &+ Int(utf8.last ?? 0) &* 7
        return shards[mix & (Self.shardCount - 1)]
    }
}
