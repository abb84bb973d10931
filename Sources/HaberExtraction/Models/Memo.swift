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

/// ``Memo`` keyed by a number instead of a word: a key's slot in a ``CompactIndex`` stands
/// for its bytes, so that asking costs an integer's hash, not the string's (the places index
/// hashed a prefixed key built for the purpose at each ask, some 1,300 instructions a lookup
/// and 2,100 a store on the 2.59 MB bench).
final class SlotMemo<Value: Sendable>: Sendable {
    private let shards: [Shard]
    private let shardLimit: Int

    private final class Shard: Sendable {
        let values: Mutex<[Int: Value]> = Mutex([:])
    }

    private static var shardCount: Int { 16 }

    init(limit: Int = 40_000) {
        shards = (0..<Self.shardCount).map { _ in Shard() }
        shardLimit = max(1, limit / Self.shardCount)
    }

    func value(for slot: Int) -> Value? {
        shard(of: slot).values.withLock { $0[slot] }
    }

    func store(_ value: Value, for slot: Int) {
        shard(of: slot).values.withLock { values in
            if values.count >= shardLimit { values.removeAll(keepingCapacity: true) }
            values[slot] = value
        }
    }

    /// Neighbouring slots in different shards: the slot's low bits.
    private func shard(of slot: Int) -> Shard {
        shards[slot & (Self.shardCount - 1)]
    }
}
