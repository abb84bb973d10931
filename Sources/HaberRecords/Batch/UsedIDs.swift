/// The ids a run has handed out, so that a second input with the same id is refused.
///
/// Every id that can repeat stays here to the run's end (all of them, unless the run walks
/// one folder: ``InputWalker/IDScope``), so its cost per id is what matters on large
/// inputs: a `Set<String>` took 16 bytes a bucket at most three quarters full, and one more
/// heap object of about 64 bytes for every id longer than 15 bytes (17 MB for the 420,000
/// short ids of the 1 GB bench run). Here an id costs its UTF-8 bytes, 4 bytes of end
/// offset, and 4 to 8 bytes of table.
struct UsedIDs {
    /// The ids' bytes, one after the other.
    private var bytes: [UInt8] = []
    /// Where each id ends in `bytes`; it starts where the one before ends.
    private var ends: [UInt32] = []
    /// An open-addressing table of id numbers plus one; 0 is an empty slot.
    private var slots: [UInt32] = Array(repeating: 0, count: 64)

    var count: Int { ends.count }

    /// Adds `id`; false, and nothing added, when it is there already.
    mutating func insert(_ id: String) -> Bool {
        var id = id
        return id.withUTF8 { insert(utf8: $0) }
    }

    private mutating func insert(utf8 id: UnsafeBufferPointer<UInt8>) -> Bool {
        let mask = slots.count - 1
        var slot = Self.hash(id) & mask
        while slots[slot] != 0 {
            if matches(Int(slots[slot]) - 1, id) { return false }
            slot = (slot + 1) & mask
        }
        // Offsets are 32-bit: past 4 GB of ids (hundreds of millions of files) the bytes
        // could not be found again, so the id is taken as new rather than stored wrongly.
        guard bytes.count + id.count <= Int(UInt32.max) else { return true }
        Self.growIfFull(&bytes, adding: id.count)
        bytes.append(contentsOf: id)
        Self.growIfFull(&ends, adding: 1)
        ends.append(UInt32(bytes.count))
        slots[slot] = UInt32(ends.count)
        if ends.count * 4 > slots.count * 3 { rehash() }
        return true
    }

    private func matches(_ number: Int, _ id: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = number == 0 ? 0 : Int(ends[number - 1])
        let end = Int(ends[number])
        guard end - start == id.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            var index = 0
            while index < id.count {
                if stored[start + index] != id[index] { return false }
                index += 1
            }
            return true
        }
    }

    /// Doubles the table and puts every id back.
    private mutating func rehash() {
        var larger = [UInt32](repeating: 0, count: slots.count * 2)
        let mask = larger.count - 1
        bytes.withUnsafeBufferPointer { stored in
            var start = 0
            for (number, end) in ends.enumerated() {
                let id = UnsafeBufferPointer(rebasing: stored[start..<Int(end)])
                var slot = Self.hash(id) & mask
                while larger[slot] != 0 { slot = (slot + 1) & mask }
                larger[slot] = UInt32(number + 1)
                start = Int(end)
            }
        }
        slots = larger
    }

    /// Grows `array` by half when `extra` more elements would not fit: the doubling that
    /// `append` does would leave up to half of a large buffer unused.
    private static func growIfFull<Element>(_ array: inout [Element], adding extra: Int) {
        guard array.count + extra > array.capacity else { return }
        array.reserveCapacity(max(array.count + extra, array.capacity + array.capacity / 2, 64))
    }

    private static func hash(_ id: UnsafeBufferPointer<UInt8>) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: UnsafeRawBufferPointer(id))
        return hasher.finalize()
    }
}
