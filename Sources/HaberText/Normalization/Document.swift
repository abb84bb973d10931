/// An article as Haber sees it: the original text, untouched, and a normalized UTF-16
/// view for ICU with a map from every normalized unit back to the original.
///
/// Records must report offsets in Unicode scalars of the original input (FORMAT.md), while
/// every later stage works on the normalized view; the offset map is the only bridge
/// between the two, so normalization can insert, drop or replace characters freely.
///
/// The original is kept once, as the UTF-8 of its `String`: no array of scalars (four
/// bytes a character, and a fifth of normalization's instructions to build). A scalar
/// offset is turned into a byte offset through ``ScalarIndex``, which records only where
/// a scalar takes more than one byte.
public struct Document: Sendable {
    /// The input exactly as given.
    public let original: String
    /// The number of Unicode scalars of `original`: entity offsets count these.
    public let scalarCount: Int
    /// The normalized text in UTF-16, as ICU wants it.
    ///
    /// UTF-16 rather than UTF-8 because ICU's word break iterator reads it directly:
    /// over UTF-8 (`utext_openUTF8`) it took 380 M instructions on 2.6 MB of news against
    /// 265 M over UTF-16 plus 30 M for the conversion.
    public let units: [UInt16]
    /// Where each normalized unit came from: see ``OffsetMap``.
    let offsets: OffsetMap
    /// Where each scalar of `original` starts in its UTF-8.
    let scalarIndex: ScalarIndex

    init(original: String, scalarCount: Int, units: [UInt16], offsets: OffsetMap, scalarIndex: ScalarIndex) {
        self.original = original
        self.scalarCount = scalarCount
        self.units = units
        self.offsets = offsets
        self.scalarIndex = scalarIndex
    }

    /// The original text's scalars: entity offsets index this array. Built on each call:
    /// only writers that copy the whole text (brat, HTML) want it.
    public var scalars: [Unicode.Scalar] { Array(original.unicodeScalars) }

    /// The original scalar range covered by the normalized units `range`.
    ///
    /// The run of its first unit is searched once: most ranges (an entity's) lie in that run,
    /// which copies, and are then told without a second search for their last unit.
    public func originalRange(of range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let position = range.lowerBound < units.count ? offsets.origin(of: range.lowerBound).lowerBound : scalarCount
            return position..<position
        }
        var run = offsets.run(of: range.lowerBound)
        if let copied = offsets.copiedRange(of: range, cursor: &run) { return copied }
        let lower = offsets.origin(of: range.lowerBound).lowerBound
        let upper = max(lower, offsets.origin(of: range.upperBound - 1).upperBound)
        return lower..<upper
    }

    /// A position among the runs of a document's offset map, for ``originalRange(of:cursor:)-(_,RangeCursor)``.
    public struct RangeCursor {
        var cursor = OffsetMap.Cursor()

        public init() {}
    }

    /// ``originalRange(of:)`` for ranges that mostly come in ascending order (a record's
    /// entities): the runs are walked from the last range's on, not searched at each range
    /// (40,000 entities on the 2.59 MB bench). A range before the cursor is still found.
    public func originalRange(of range: Range<Int>, cursor: inout RangeCursor) -> Range<Int> {
        originalRange(of: range, cursor: &cursor.cursor)
    }

    /// ``originalRange(of:)`` for ranges that come in ascending order, as the tokenizer
    /// makes them: the cursor walks the offset map's runs instead of searching them.
    func originalRange(of range: Range<Int>, cursor: inout OffsetMap.Cursor) -> Range<Int> {
        guard !range.isEmpty else {
            let position = range.lowerBound < units.count ? cursor.origin(of: range.lowerBound, in: offsets).lowerBound : scalarCount
            return position..<position
        }
        if let copied = cursor.copiedRange(of: range, in: offsets) { return copied }
        let lower = cursor.origin(of: range.lowerBound, in: offsets).lowerBound
        let upper = max(lower, cursor.origin(of: range.upperBound - 1, in: offsets).upperBound)
        return lower..<upper
    }

    /// The original text of the scalar range `range`: a slice of the original UTF-8.
    ///
    /// The bytes are copied from the original's contiguous UTF-8: a `Substring` of the
    /// original, made a `String`, cost twice as much (its range was validated against the
    /// string's scalars, which the scalar index already aligns it to).
    public func originalText(_ range: Range<Int>) -> String {
        originalText(range, sameAs: nil)
    }

    /// ``originalText(_:)``, as `candidate` itself when that is the same text: the record of
    /// a name most often says it as written (its value is its text), and a string shared is
    /// neither checked as UTF-8 nor allocated again (1.8 M on the 2.59 MB bench, where 24,000
    /// of 41,000 entities are such names).
    public func originalText(_ range: Range<Int>, sameAs candidate: String?) -> String {
        let bytes = scalarIndex.byteRange(ofScalars: range.clamped(to: 0..<scalarCount))
        let text = original.utf8.withContiguousStorageIfAvailable { utf8 in
            let slice = UnsafeBufferPointer(rebasing: utf8[bytes])
            if let candidate, candidate.utf8.count == slice.count,
               candidate.utf8.withContiguousStorageIfAvailable({ Self.same($0, slice) }) == true {
                return candidate
            }
            return String(decoding: slice, as: UTF8.self)
        }
        if let text { return text }
        // Not reached: the normalizer made the original contiguous.
        let utf8 = original.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        let end = utf8.index(start, offsetBy: bytes.count)
        return String(original[start..<end])
    }

    /// Whether two byte runs of one length are equal, eight bytes at a time (the sequences'
    /// `elementsEqual` cost some 340 instructions a name, more than the copy it saves).
    private static func same(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else { return left.count == right.count }
        let count = left.count
        var index = 0
        while index + 8 <= count {
            if UnsafeRawPointer(leftBase).loadUnaligned(fromByteOffset: index, as: UInt64.self)
                != UnsafeRawPointer(rightBase).loadUnaligned(fromByteOffset: index, as: UInt64.self) { return false }
            index &+= 8
        }
        while index < count {
            if leftBase[index] != rightBase[index] { return false }
            index &+= 1
        }
        return true
    }

    /// The normalized text of the unit range `range`.
    public func normalizedText(_ range: Range<Int>) -> String {
        String(utf16Units: units[range.clamped(to: 0..<units.count)])
    }

    /// The whole normalized text.
    public var normalized: String { String(utf16Units: units[...]) }
}

/// Where the scalars of a UTF-8 text start, kept sparse: an entry after every scalar of
/// more than one byte, and between entries one scalar is one byte.
struct ScalarIndex: Sendable {
    /// The scalar that follows each multi-byte scalar, ascending.
    private(set) var scalars: [Int32] = []
    /// Its byte offset.
    private(set) var bytes: [Int32] = []
    /// Per block of ``blockSize`` scalars, the first entry whose scalar lies past the
    /// block's first: an entity's offset is found by a short walk from its block's entry,
    /// where a binary search over every entry of a Turkish article took ten steps (the
    /// search cost 1% of extraction's instructions on the 20 MB bench).
    private(set) var blocks: [Int32] = []
    static let blockShift = 6
    static var blockSize: Int { 1 << blockShift }

    /// An index of the entries ``Writer`` wrote (blocks not yet indexed).
    init(scalars: [Int32], bytes: [Int32]) {
        self.scalars = scalars
        self.bytes = bytes
    }

    /// The entries as the normalizer finds them: room for every entry the text can have is
    /// taken once, so that an entry is two stores. Appended to two arrays, each entry cost
    /// two uniqueness and capacity checks, at every letter outside ASCII.
    struct Writer: ~Copyable {
        private var scalars: UnsafeMutablePointer<Int32>
        private var bytes: UnsafeMutablePointer<Int32>
        private var capacity: Int
        private var count = 0

        /// Room for the entries of a text of `byteCount` bytes: one at most per two bytes,
        /// since each follows a scalar of two bytes or more.
        init(byteCount: Int) {
            capacity = byteCount / 2 + 1
            scalars = .allocate(capacity: capacity)
            bytes = .allocate(capacity: capacity)
        }

        deinit {
            scalars.deallocate()
            bytes.deallocate()
        }

        /// Records that scalar `scalar` starts at byte `byte` (called after a multi-byte scalar).
        @inline(__always)
        mutating func append(scalar: Int, byte: Int) {
            if count == capacity { grow() }
            scalars[count] = Int32(truncatingIfNeeded: scalar)
            bytes[count] = Int32(truncatingIfNeeded: byte)
            count += 1
        }

        private mutating func grow() {
            let larger = capacity * 2
            let moreScalars = UnsafeMutablePointer<Int32>.allocate(capacity: larger)
            moreScalars.moveInitialize(from: scalars, count: count)
            scalars.deallocate()
            scalars = moreScalars
            let moreBytes = UnsafeMutablePointer<Int32>.allocate(capacity: larger)
            moreBytes.moveInitialize(from: bytes, count: count)
            bytes.deallocate()
            bytes = moreBytes
            capacity = larger
        }

        /// The index of the entries written, with its blocks.
        func index() -> ScalarIndex {
            var index = ScalarIndex(scalars: Array(UnsafeBufferPointer(start: scalars, count: count)),
                                    bytes: Array(UnsafeBufferPointer(start: bytes, count: count)))
            index.indexBlocks()
            return index
        }
    }

    /// Fills ``blocks`` once every entry is in: in one pass at the end, not block by block
    /// as entries come (a test at each multi-byte scalar cost the normalizer more than the
    /// blocks save).
    ///
    /// Written in place through pointers: appended, each block cost a uniqueness and a
    /// capacity check, and each step of the walk a check of its bounds.
    mutating func indexBlocks() {
        guard let last = scalars.last else { return }
        let count = (Int(last) + Self.blockSize - 1) >> Self.blockShift
        blocks = scalars.withUnsafeBufferPointer { scalars in
            [Int32](unsafeUninitializedCapacity: count) { blocks, written in
                var entry = 0
                for block in 0..<count {
                    let first = block << Self.blockShift
                    while entry < scalars.count, Int(scalars[entry]) <= first { entry &+= 1 }
                    blocks.initializeElement(at: block, to: Int32(truncatingIfNeeded: entry))
                }
                written = count
            }
        }
    }

    /// The bytes of the scalars `range`.
    ///
    /// Over the entries through pointers: through the arrays, each step of the walks checked
    /// its bounds and the arrays' counts were read again, some 120 instructions a range, asked
    /// for the text of every candidate and entity (79,000 on the 2.59 MB bench).
    func byteRange(ofScalars range: Range<Int>) -> Range<Int> {
        scalars.withUnsafeBufferPointer { scalars in
            bytes.withUnsafeBufferPointer { bytes in
                blocks.withUnsafeBufferPointer { blocks in
                    let lowerEntry = Self.firstEntry(after: range.lowerBound, from: 0, scalars: scalars, blocks: blocks)
                    let upperEntry = Self.firstEntry(after: range.upperBound, from: lowerEntry, scalars: scalars, blocks: blocks)
                    let lower = Self.byteOffset(ofScalar: range.lowerBound, entry: lowerEntry, scalars: scalars, bytes: bytes)
                    return lower..<max(lower, Self.byteOffset(ofScalar: range.upperBound, entry: upperEntry, scalars: scalars, bytes: bytes))
                }
            }
        }
    }

    /// The first entry from `start` on whose scalar is past `scalar` (the count when none
    /// is): a walk from the entry of `scalar`'s block, which holds at most ``blockSize``
    /// entries before it.
    @inline(__always)
    private static func firstEntry(after scalar: Int, from start: Int, scalars: UnsafeBufferPointer<Int32>,
                                   blocks: UnsafeBufferPointer<Int32>) -> Int {
        let block = scalar >> blockShift
        var entry = block < blocks.count ? max(start, Int(blocks[block])) : scalars.count
        while entry < scalars.count, Int(scalars[entry]) <= scalar { entry &+= 1 }
        return entry
    }

    /// The byte offset at which scalar `scalar` starts (the end of the text for the count),
    /// given ``firstEntry(after:from:scalars:blocks:)`` of it.
    @inline(__always)
    private static func byteOffset(ofScalar scalar: Int, entry: Int, scalars: UnsafeBufferPointer<Int32>,
                                   bytes: UnsafeBufferPointer<Int32>) -> Int {
        guard entry > 0 else { return scalar }
        return Int(bytes[entry - 1]) + scalar - Int(scalars[entry - 1])
    }
}

/// The map from normalized UTF-16 units back to the original scalars, kept sparse: most
/// of a text is copied one scalar to one unit, so the map holds runs, not a pair per unit.
///
/// A run that copies (`ends[r] < 0`) maps its k-th unit to the original scalar
/// `origins[r] + k`; any other run (a scalar outside the BMP, a composed sequence, an
/// inserted space) maps every one of its units to `origins[r]..<ends[r]`. A new run starts
/// wherever normalization drops, inserts or composes something.
struct OffsetMap: Sendable {
    /// The first unit of each run, ascending from 0.
    private(set) var starts: [Int32] = []
    private(set) var origins: [Int32] = []
    private(set) var ends: [Int32] = []
    /// The number of units mapped.
    private(set) var count = 0

    /// Starts a run that copies: unit `unit` maps to the scalar `origin`, each unit after
    /// it in the run to the scalar after.
    @inline(__always)
    mutating func startCopy(at unit: Int, origin: Int) {
        starts.append(Int32(truncatingIfNeeded: unit))
        origins.append(Int32(truncatingIfNeeded: origin))
        ends.append(-1)
    }

    /// Maps the `units` units from unit `unit` on, all of them, to the original scalars `origin`.
    mutating func appendRun(at unit: Int, units: Int, standingFor origin: Range<Int>) {
        guard units > 0 else { return }
        starts.append(Int32(truncatingIfNeeded: unit))
        origins.append(Int32(truncatingIfNeeded: origin.lowerBound))
        ends.append(Int32(truncatingIfNeeded: origin.upperBound))
    }

    /// Sets the number of units mapped, once they are all written.
    mutating func finish(count: Int) {
        self.count = count
    }

    /// A position among the runs, for lookups in ascending order of units.
    struct Cursor {
        var run = 0
        /// The units of the last copy run a range was found in, and what turns one of its
        /// units into its scalar: the next token is most often in the same run, and is then
        /// told by two comparisons, where the walk of the runs' three arrays took some
        /// forty instructions a token.
        var copiedUnits = 0..<0
        var copiedDelta = 0

        /// What ``OffsetMap/origin(of:)`` says, moving forward from the last lookup.
        mutating func origin(of unit: Int, in map: OffsetMap) -> Range<Int> {
            let starts = map.starts
            guard !starts.isEmpty else { return 0..<0 }
            if run >= starts.count || Int(starts[run]) > unit { return map.origin(of: unit) }
            while run + 1 < starts.count, Int(starts[run + 1]) <= unit { run += 1 }
            return map.origin(inRun: run, unit: unit)
        }

        /// See ``OffsetMap/copiedRange(of:cursor:)``.
        @inline(__always)
        mutating func copiedRange(of range: Range<Int>, in map: OffsetMap) -> Range<Int>? {
            if range.lowerBound >= copiedUnits.lowerBound, range.upperBound <= copiedUnits.upperBound {
                // Both bounds moved by one delta stay in order: no check of them at every token.
                return Range(uncheckedBounds: (range.lowerBound &+ copiedDelta, range.upperBound &+ copiedDelta))
            }
            guard let scalars = map.copiedRange(of: range, cursor: &run) else { return nil }
            let start = Int(map.starts[run])
            copiedUnits = start..<(run + 1 == map.starts.count ? Int.max : Int(map.starts[run + 1]))
            copiedDelta = Int(map.origins[run]) - start
            return scalars
        }
    }

    /// The original scalars of the non-empty unit range `range` when one copy run holds it
    /// all (most tokens): one walk of the runs instead of two lookups. Nil otherwise, or when
    /// `range` starts before the cursor.
    @inline(__always)
    func copiedRange(of range: Range<Int>, cursor run: inout Int) -> Range<Int>? {
        let count = starts.count
        guard run < count, Int(starts[run]) <= range.lowerBound else { return nil }
        while run + 1 < count, Int(starts[run + 1]) <= range.lowerBound { run += 1 }
        guard ends[run] < 0, run + 1 == count || Int(starts[run + 1]) >= range.upperBound else { return nil }
        let scalar = Int(origins[run]) + range.lowerBound - Int(starts[run])
        return Range(uncheckedBounds: (scalar, scalar &+ range.count))
    }

    /// The original scalars unit `unit` of run `run` stands for.
    @inline(__always)
    func origin(inRun run: Int, unit: Int) -> Range<Int> {
        let origin = Int(origins[run])
        if ends[run] < 0 {
            let scalar = origin + unit - Int(starts[run])
            return scalar..<(scalar + 1)
        }
        return origin..<Int(ends[run])
    }

    /// The run that holds unit `unit`: the last that starts at or before it (0 when none does,
    /// -1 when there are no runs).
    func run(of unit: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(starts[middle]) <= unit { low = middle } else { high = middle - 1 }
        }
        return min(low, high)
    }

    /// The original scalars unit `unit` stands for (empty for an inserted unit).
    func origin(of unit: Int) -> Range<Int> {
        let low = run(of: unit)
        guard low >= 0, low < starts.count else { return 0..<0 }
        let origin = Int(origins[low])
        if ends[low] < 0 {
            let scalar = origin + unit - Int(starts[low])
            return scalar..<(scalar + 1)
        }
        return origin..<Int(ends[low])
    }
}
