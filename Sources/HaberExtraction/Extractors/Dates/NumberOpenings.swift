/// The first two characters of a language's number words, for a quick no before
/// ``NumberWords/Reader/mayStartNumber(_:)``: that answer needs the first two characters of
/// the word lowercased among those of the number words, and for a key that opens with
/// letters below U+0300 which lowercasing keeps (`bi`, `çe`, `ıs`) they are its first two
/// scalars. Asking `NumberWords` (a lowercased copy and a shared memo) cost some 5,000
/// instructions a form on the 1,000 bench articles; most words open as no number word does.
struct NumberOpenings: Sendable {
    private var openings = PackedRuns([])
    /// The openings of two lowercase ASCII letters, a bit each (26 × 26): most keys open
    /// with two such letters and are answered from their first three bytes, where reading
    /// them as a ``ScalarRun`` walked the key's scalars (some 280 instructions a form).
    private var asciiPairs = [UInt64](repeating: 0, count: (26 * 26 + 63) / 64)
    /// Whether every opening is made of scalars below U+0300 (else every word is asked).
    private var usable = true

    /// The openings of `words`, the language's number words (``NumberWords/words(_:)``).
    init(words: Set<String>) {
        var runs: Set<UInt64> = []
        for word in words {
            // As `NumberWords` cuts them: the first two characters.
            guard let run = ScalarRun(whole: word.prefix(2)) else {
                usable = false
                continue
            }
            runs.insert(run.packed)
            let first = run.packed & 0x3FF, second = run.packed >> 10 & 0x3FF
            if run.count == 2, let pair = Self.asciiPair(UInt8(truncatingIfNeeded: first), UInt8(truncatingIfNeeded: second)),
               first < 0x80, second < 0x80 {
                asciiPairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        openings = PackedRuns(runs)
    }

    /// The index of two lowercase ASCII letters among the 26 × 26 pairs; nil for other bytes.
    @inline(__always) private static func asciiPair(_ first: UInt8, _ second: UInt8) -> Int? {
        let one = first &- 0x61, two = second &- 0x61
        guard one < 26, two < 26 else { return nil }
        return Int(one) * 26 + Int(two)
    }

    /// False only when the first two characters of `key` lowercased open no number word;
    /// true (ask `NumberWords`) otherwise.
    func mayOpen(_ key: String) -> Bool {
        guard usable else { return true }
        // Two lowercase ASCII letters, then nothing, or a byte that opens a scalar below
        // U+0300 other than the carriage return (none joins the second letter): the run
        // ``ScalarRun`` would read, and the same answer.
        var bytes = key.utf8.makeIterator()
        if let first = bytes.next(), let second = bytes.next(), let pair = Self.asciiPair(first, second) {
            let third = bytes.next() ?? 0
            if third < 0xCC, third != 0x0D { return asciiPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 }
        }
        guard !key.isEmpty, let run = ScalarRun(opening: key, count: 2, lowercaseStable: true) else { return true }
        return openings.contains(run.packed)
    }
}

/// The first scalars of a key, when each is a character of its own: every scalar below
/// U+0300 (where the combining marks begin) but the carriage return is one, so the first
/// `count` characters of such a key are its first `count` scalars (the one after them must be
/// below U+0300 too, or it might join the last). Such a run is in normal form, so two runs
/// are equal as strings exactly when their scalars are. Kept as one number (ten bits a
/// scalar, the count above), so that reading one allocates nothing.
struct ScalarRun: Sendable, Hashable {
    static let limit: UInt32 = 0x300
    /// A scalar of ten bits at or above ``limit``, in no run of a set: it stands for a
    /// character that no run's character equals (``init(openingBytesOf:count:markingUnmatchable:)``).
    static let unmatchable: UInt64 = 0x3FF

    /// The scalars, ten bits each from the low end, and their count from bit 40.
    private(set) var packed: UInt64 = 0

    var count: Int { Int(packed >> 40) }

    private mutating func append(_ value: UInt32) {
        packed = (packed & ((1 << 40) - 1)) | UInt64(value) << (10 * UInt64(count)) | UInt64(count + 1) << 40
    }

    /// The first `count` scalars of `key` (fewer when it is shorter, at most four); nil when
    /// a scalar among the first `count + 1` is U+0300 or above or a carriage return, or
    /// (`lowercaseStable`) when one of the first `count` changes when lowercased.
    init?(opening key: some StringProtocol, count: Int, lowercaseStable: Bool = false) {
        var seen = 0
        for scalar in key.unicodeScalars {
            let value = scalar.value
            guard value < Self.limit, value != 0x0D else { return nil }
            if seen == count { break }
            if lowercaseStable, !Self.keptByLowercasing[Int(value)] { return nil }
            append(value)
            seen += 1
        }
    }

    /// ``init(opening:count:lowercaseStable:)`` of a `String` (without `lowercaseStable`), read
    /// from its UTF-8 bytes: a scalar below U+0300 is one byte, or two after a lead byte below
    /// 0xE0, and a lead byte of 0xE0 or more opens a scalar of U+0800 or above. Each new form of
    /// a document reads its opening (``DateOpenings/run(of:)``); through its scalars, generic
    /// over the string, that cost some 200 instructions a form.
    ///
    /// `markingUnmatchable`: a character that equals no character of a run (no scalar below
    /// U+0300 but the carriage return) is read as ``unmatchable``, and ends the run, rather
    /// than failing it: an `i` with the combining dot above (U+0307; the root locale's
    /// lowercase of `İ`, as in `i̇stanbul`), and a scalar from U+2010 to U+2027 (dashes,
    /// quotation marks, the typographic apostrophe of `l’année`). Neither joins a character
    /// before it (the dot joins its `i`, which starts a character; the marks are no extending
    /// scalars), so the characters before it are the scalars read; a prefix that holds it is no
    /// run of scalars below U+0300 (no such scalar decomposes to `i` and the dot, nor to one of
    /// the marks), and is found in no set of runs.
    init?(openingBytesOf key: String, count: Int, markingUnmatchable: Bool = false) {
        var seen = 0
        var bytes = key.utf8.makeIterator()
        while let byte = bytes.next() {
            let value: UInt32
            if byte < 0x80 {
                value = UInt32(byte)
            } else if byte < 0xE0, let next = bytes.next() {
                value = UInt32(byte & 0x1F) << 6 | UInt32(next & 0x3F)
                // The dot after an `i` read into the run: the `i` is its character's first scalar.
                if markingUnmatchable, value == 0x307, seen > 0, packed >> (10 * UInt64(seen - 1)) & 0x3FF == 0x69 {
                    packed = packed & ~(0x3FF << (10 * UInt64(seen - 1))) | Self.unmatchable << (10 * UInt64(seen - 1))
                    return
                }
            } else if markingUnmatchable, byte == 0xE2, bytes.next() == 0x80, let last = bytes.next(), (0x90...0xA7).contains(last) {
                if seen < count { append(UInt32(Self.unmatchable)) }
                return
            } else {
                return nil
            }
            guard value < Self.limit, value != 0x0D else { return nil }
            if seen == count { break }
            append(value)
            seen += 1
        }
    }

    /// All the scalars of `text` (at most four); nil when one is U+0300 or above or a
    /// carriage return, or there are more.
    init?(whole text: some StringProtocol) {
        for scalar in text.unicodeScalars {
            guard scalar.value < Self.limit, scalar.value != 0x0D, count < 4 else { return nil }
            append(scalar.value)
        }
    }

    /// The run of the first `count` scalars.
    func prefix(_ count: Int) -> ScalarRun {
        guard count < self.count else { return self }
        var run = self
        run.packed = (packed & ((1 << (10 * UInt64(count))) - 1)) | UInt64(count) << 40
        return run
    }

    /// Per scalar below U+0300: whether lowercasing the string of it gives it back.
    private static let keptByLowercasing: [Bool] = (0..<Int(limit)).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return false }
        let text = String(scalar)
        return text.lowercased() == text
    }
}

/// The first one to three letters of every word a date expression can open with, per
/// language (see ``DateExtractor``), also as packed ``ScalarRun``s: a key that opens with
/// scalars below U+0300 is looked up as three numbers rather than three substrings (some
/// 1,000 instructions a form).
struct DateOpenings: Sendable {
    let openings: Set<Substring>
    private var packed = PackedRuns([])
    /// Whether every opening is a ``ScalarRun`` (else every key is looked up as substrings).
    private var usable = true

    init(_ openings: Set<Substring>) {
        self.openings = openings
        var runs: Set<UInt64> = []
        for opening in openings {
            guard let run = ScalarRun(whole: opening) else {
                usable = false
                continue
            }
            runs.insert(run.packed)
        }
        packed = PackedRuns(runs)
    }

    /// Whether `key`'s first three, two or one characters are an opening.
    func opens(_ key: String) -> Bool { opens(key, run: Self.run(of: key)) }

    /// What ``opens(_:)`` reads of `key` first: read once, it is asked of several openings
    /// (the month, weekday and phrase openings of a word, ``DateReader/readStarts(_:)``).
    /// A key with an `i` and a combining dot above among its first characters (`i̇hracat`,
    /// `i̇stanbul`: 581 new forms on the bench's 1,000 articles) is read as a run too
    /// (``ScalarRun/init(openingBytesOf:count:markingUnmatchable:)``): as substrings, such a
    /// key took some 5,000 instructions.
    static func run(of key: String) -> ScalarRun? { ScalarRun(openingBytesOf: key, count: 3, markingUnmatchable: true) }

    /// ``opens(_:)``, with `run` read of `key` by ``run(of:)``.
    func opens(_ key: String, run: ScalarRun?) -> Bool {
        if usable, let run {
            return packed.contains(run.packed) || packed.contains(run.prefix(2).packed) || packed.contains(run.prefix(1).packed)
        }
        return openings.contains(key.prefix(3)) || openings.contains(key.prefix(2)) || openings.contains(key.prefix(1))
    }
}

/// A set of packed ``ScalarRun``s, looked up at three loads or so: open addressing in a table
/// of a power of two slots at most a quarter full, a multiplicative hash. Each new form of a
/// document asks up to three runs of ``DateOpenings`` and one of ``NumberOpenings``, most of
/// them absent; a `Set<UInt64>` hashed each with SipHash, some 150 instructions an ask.
struct PackedRuns: Sendable {
    /// The runs, 0 in a free slot (a run of no scalars packs to 0: kept in ``holdsEmpty``).
    private var slots: [UInt64]
    private let shift: UInt64
    private let holdsEmpty: Bool

    init(_ runs: Set<UInt64>) {
        var size = 8
        while size < runs.count * 4 { size *= 2 }
        slots = [UInt64](repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        holdsEmpty = runs.contains(0)
        for run in runs where run != 0 {
            var slot = Self.slot(of: run, shift: shift)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = run
        }
    }

    @inline(__always)
    private static func slot(of run: UInt64, shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (run &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    func contains(_ run: UInt64) -> Bool {
        guard run != 0 else { return holdsEmpty }
        let mask = slots.count - 1
        var slot = Self.slot(of: run, shift: shift)
        while true {
            let held = slots[slot]
            if held == run { return true }
            if held == 0 { return false }
            slot = (slot + 1) & mask
        }
    }
}
