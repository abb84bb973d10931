import Synchronization

/// A bounded, thread-safe cache of answers keyed by word, or by a number that stands for one
/// (a key's slot in a ``CompactIndex``: asking then costs an integer's hash, not the string's;
/// the places index hashed a prefixed key built for the purpose at each ask, some 1,300
/// instructions a lookup and 2,100 a store on the 2.59 MB bench).
///
/// Every extractor asks memos several times per token from every worker thread, so the
/// cache is cut into shards, each behind its own `Mutex`: two threads rarely want the same
/// shard at once. Each shard is emptied when it reaches its share of `limit`, which bounds
/// memory however many distinct words a run meets.
final class Memo<Key: MemoKey, Value: Sendable>: Sendable {
    private let shards: [Shard]
    private let shardLimit: Int

    private final class Shard: Sendable {
        let values: Mutex<[Key: Value]> = Mutex([:])
    }

    private static var shardCount: Int { 16 }

    init(limit: Int = 40_000) {
        shards = (0..<Self.shardCount).map { _ in Shard() }
        shardLimit = max(1, limit / Self.shardCount)
    }

    func value(for key: Key) -> Value? {
        shard(of: key).values.withLock { $0[key] }
    }

    func store(_ value: Value, for key: Key) {
        shard(of: key).values.withLock { values in
            if values.count >= shardLimit { values.removeAll(keepingCapacity: true) }
            values[key] = value
        }
    }

    private func shard(of key: Key) -> Shard {
        shards[key.shardMix & (Self.shardCount - 1)]
    }
}

/// A memo's key: hashable, and able to say cheaply which shard it goes to.
protocol MemoKey: Hashable, Sendable {
    /// A number whose low bits spread keys over the shards.
    var shardMix: Int { get }
}

extension String: MemoKey {
    /// The length and the first and last bytes: cheap, and spread enough over words.
    var shardMix: Int {
        let utf8 = self.utf8
        return utf8.count &+ Int(utf8.first ?? 0) &* 31 &+ Int(utf8.last ?? 0) &* 7
    }
}

extension Int: MemoKey {
    /// The number itself: neighbouring slots go to different shards.
    var shardMix: Int { self }
}
