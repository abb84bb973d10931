import HaberICU

/// ICU's word segmentation of Latin-script text, without ICU: the same segments (start,
/// end, rule status) as `ubrk_next` and `ubrk_getRuleStatus` under ICU 72's root word rules.
///
/// Why: news in tr, en, fr, de, es is letters, digits, punctuation and spaces, and ICU's
/// rule-driven iterator spent 302 M of the 4,345 M instructions that extraction took on the
/// first 1,000 bench articles (`ubrk_next` 265 M, about 110 instructions a UTF-16 unit)
/// walking its state tables over such text. This breaker applies the rules of `word.txt`
/// (WB3 to WB13b, with ICU's rule statuses: letter 200, number 100, none 0) to the classes
/// such text has, in one pass over a table of classes (and one OR over it to see whether
/// the text qualifies): 58 M instructions for the same articles (callgrind),
/// `Tokenizer.tokenize` 733 M → 487 M, extraction 4,345 M → 4,092 M to 4,111 M (the rest
/// varies by some 20 M from run to run with Swift's per-process hash seeds).
///
/// How it is kept equal to ICU: the class of each scalar comes from ICU itself
/// (``WordBreakClass``, a block of 256 scalars at a time); a document with any scalar whose
/// class or script needs more (dictionary scripts, Hebrew, emoji ZWJ sequences, regional
/// indicators, anything past the BMP) makes ``segments(in:into:)`` return false, and the
/// caller hands the whole document to ICU; so does a locale whose compiled ICU word rules are
/// not the root rules (``WordBreaker/usesRootRules(locale:)``). `LatinWordBreakerTests`
/// compares segments with ICU's for every text file under `corpus/` (as written and as
/// normalized), hand-picked lines and random strings in every model language; and
/// `haber-bench check-segments` over the whole 1 GB bench corpus (420,544 articles, each
/// as read and as normalized: 841,088 texts, 2.0 G UTF-16 units) handed none to ICU and
/// gave all of ICU's 598,702,578 segments, none different.
public struct LatinWordBreaker: Sendable {
    /// Class codes of BMP scalars (see ``code(of:)``), ``unread`` for a block of 256 not read
    /// from ICU yet.
    private var table: [UInt8]
    private static let unread: UInt8 = 0x80
    private static let other: UInt8 = 0
    private static let cr: UInt8 = 1
    private static let lf: UInt8 = 2
    private static let newline: UInt8 = 3
    private static let extend: UInt8 = 4
    private static let aLetter: UInt8 = 5
    private static let numeric: UInt8 = 6
    private static let midLetter: UInt8 = 7
    private static let midNum: UInt8 = 8
    private static let midNumLet: UInt8 = 9
    private static let singleQuote: UInt8 = 10
    private static let extendNumLet: UInt8 = 11
    private static let wSegSpace: UInt8 = 12
    /// Sends the text to ICU; like ``unread``, a bit no supported code has, so that one OR
    /// over a text's codes tells whether it can be segmented here.
    private static let unsupported: UInt8 = 0x40

    private static func code(of kind: WordBreakClass) -> UInt8 {
        switch kind {
        case .other: other
        case .cr: cr
        case .lf: lf
        case .newline: newline
        case .extend: extend
        case .aLetter: aLetter
        case .numeric: numeric
        case .midLetter: midLetter
        case .midNum: midNum
        case .midNumLet: midNumLet
        case .singleQuote: singleQuote
        case .extendNumLet: extendNumLet
        case .wSegSpace: wSegSpace
        case .unsupported: unsupported
        }
    }

    public init() {
        table = [UInt8](repeating: Self.unread, count: 0x10000)
    }

    public typealias Segment = WordBreaker.Segment

    /// Whether `scalar` alone lets a text go through this breaker (every scalar must).
    public static func handles(_ scalar: Unicode.Scalar) -> Bool {
        WordBreakClass.of(scalar) != .unsupported
    }

    /// Appends every segment of `text` to `segments` and returns true; or returns false,
    /// with `segments` as it was, when `text` has a scalar this breaker does not handle.
    ///
    /// With `droppingWhitespace`, a segment of spaces, tabs, CR and LF alone (no other
    /// space, no Extend after them) is left out: the tokenizer reads only the gap it leaves.
    /// A third of the segments of news text are such, and each was written here, read back
    /// and tested unit by unit there.
    public mutating func segments(in text: UnsafeBufferPointer<UInt16>, into segments: inout [Segment],
                                  droppingWhitespace: Bool = false) -> Bool {
        // The walk itself stops at a unit whose class is not read yet or unsupported: only then
        // are the classes read (``prepare(_:)``) and the text walked again. Read first, over
        // every unit of every text, they cost some two instructions a unit.
        // A segment holds its offsets in 32 bits (``WordBreaker/Segment``).
        guard text.count <= UInt32.max else { return false }
        if walk(text, droppingWhitespace: droppingWhitespace, into: &segments) { return true }
        guard prepare(text) else { return false }
        return walk(text, droppingWhitespace: droppingWhitespace, into: &segments)
    }

    /// ``walk(_:table:droppingWhitespace:into:)`` over this breaker's table; false, with
    /// `segments` as they were, at a unit whose class is not read yet or unsupported.
    private func walk(_ text: UnsafeBufferPointer<UInt16>, droppingWhitespace: Bool, into segments: inout [Segment]) -> Bool {
        table.withUnsafeBufferPointer { table in
            walk(text, table: table, droppingWhitespace: droppingWhitespace, into: &segments)
        }
    }

    /// Reads from ICU the blocks of classes `text` needs; false when a unit is unsupported.
    private mutating func prepare(_ text: UnsafeBufferPointer<UInt16>) -> Bool {
        let flags = table.withUnsafeBufferPointer { table in
            var flags: UInt8 = 0
            for unit in text { flags |= table[Int(unit)] }
            return flags
        }
        if flags & (Self.unread | Self.unsupported) == 0 { return true }
        for unit in text {
            let code = table[Int(unit)]
            if code & (Self.unread | Self.unsupported) == 0 { continue }
            if code == Self.unsupported { return false }
            let block = Int(unit) & ~0xFF
            for (offset, kind) in WordBreakClass.classes(of: block..<(block + 0x100)).enumerated() {
                table[block + offset] = Self.code(of: kind)
            }
            if table[Int(unit)] == Self.unsupported { return false }
        }
        return true
    }

    /// The rules, over a text whose every unit has a supported class.
    ///
    /// A segment starts at a base scalar and takes the Extend and Format scalars after it
    /// (WB4), except after CR, LF and Newline (WB3a, WB3b), where a run of them is a segment
    /// of its own; CR LF is one (WB3); spaces go together (WB3d). Letters, digits and
    /// ExtendNumLet join each other (WB5, WB8 to WB10, WB13a, WB13b), and a MidLetter,
    /// MidNumLet or single quote between letters (WB6, WB7), a MidNum, MidNumLet or single
    /// quote between digits (WB11, WB12). The status is that of the last join: letter after a
    /// letter, number after a digit; an ExtendNumLet takes the kind of what it follows
    /// (letter after another ExtendNumLet), and is none alone or followed by Extend or Format.
    ///
    /// The segments are written through a pointer into an array made for as many segments as
    /// the text has units (each segment takes one at least): appended one by one, each cost a
    /// uniqueness and a capacity check, some fifteen instructions a segment (a segment every
    /// three units or so).
    ///
    /// False, with `segments` as they were, at a unit whose class is ``unread`` or
    /// ``unsupported``: such a unit never joins a segment (no rule takes it after another
    /// scalar), so it is met where a segment starts, in the walk's last case.
    private func walk(_ text: UnsafeBufferPointer<UInt16>, table: UnsafeBufferPointer<UInt8>, droppingWhitespace: Bool,
                      into segments: inout [Segment]) -> Bool {
        var complete = true
        let walked = [Segment](unsafeUninitializedCapacity: text.count) { buffer, written in
            if let count = walk(text, table: table, droppingWhitespace: droppingWhitespace, into: buffer) {
                written = count
            } else {
                complete = false
            }
        }
        guard complete else { return false }
        if segments.isEmpty { segments = walked } else { segments.append(contentsOf: walked) }
        return true
    }

    /// ``walk(_:table:droppingWhitespace:into:)`` into `output`, which has room for a segment
    /// per unit of `text`; returns the number of segments written, or nil at a unit whose
    /// class is not read yet or unsupported.
    private func walk(_ text: UnsafeBufferPointer<UInt16>, table: UnsafeBufferPointer<UInt8>, droppingWhitespace: Bool,
                      into output: UnsafeMutableBufferPointer<Segment>) -> Int? {
        let count = text.count
        guard let base = output.baseAddress else { return 0 }
        var written = 0
        @inline(__always) func kind(at index: Int) -> UInt8 { table[Int(text[index])] }
        @inline(__always) func skipExtend(_ index: inout Int) {
            while index < count, kind(at: index) == Self.extend { index += 1 }
        }
        var index = 0
        while index < count {
            let start = index
            let first = kind(at: index)
            index += 1
            var segmentKind = WordBreaker.SegmentKind.none
            // Words and numbers, then spaces, by tests in that order (most segments, one
            // after the other); the rest by a switch. One switch over every class was a jump
            // through a table at every segment, mispredicted nearly every time.
            if first &- Self.aLetter < 2 || first == Self.extendNumLet {
                // `last`: the class of the last base scalar joined; an ExtendNumLet's kind is
                // fixed when it joins (none when it starts the segment).
                var last = first
                var extendNumLetKind = WordBreaker.SegmentKind.none
                joining: while index < count {
                    let next = kind(at: index)
                    if next == Self.aLetter || next == Self.numeric {
                        // The rest of a run of the same class in a loop of its own: one load
                        // and one test a unit, where the loop over every class took twice that.
                        last = next
                        index += 1
                        while index < count, kind(at: index) == next { index += 1 }
                        continue joining
                    } else if next == Self.extend {
                        // WB4: after a base scalar, and so part of it. ICU tags the letter and
                        // number rules after their trailing `$ExFm*`, but WB13a's after the
                        // ExtendNumLet itself: one followed by Extend or Format has status none.
                        if last == Self.extendNumLet { extendNumLetKind = .none }
                    } else if next == Self.extendNumLet {
                        extendNumLetKind = last == Self.numeric ? .number : .letter
                        last = next
                    } else if next &- Self.midLetter < 4 {
                        // MidLetter, MidNum, MidNumLet, Single_Quote: WB6, WB7, WB11, WB12.
                        guard last == Self.aLetter || last == Self.numeric else { break joining }
                        var after = index + 1
                        skipExtend(&after)
                        guard after < count, kind(at: after) == last else { break joining }
                        if last == Self.aLetter ? next == Self.midNum : next == Self.midLetter { break joining }
                        index = after
                    } else {
                        break joining
                    }
                    index += 1
                }
                segmentKind = last == Self.aLetter ? .letter : last == Self.numeric ? .number : extendNumLetKind
            } else if first == Self.wSegSpace {
                var spacesOnly = text[start] == 0x20
                while index < count, kind(at: index) == Self.wSegSpace {
                    spacesOnly = spacesOnly && text[index] == 0x20
                    index += 1
                }
                let spacesEnd = index
                skipExtend(&index)
                if droppingWhitespace, spacesOnly, index == spacesEnd { continue }
            } else {
                switch first {
                case Self.cr:
                    if index < count, kind(at: index) == Self.lf { index += 1 }
                    if droppingWhitespace { continue }
                case Self.lf:
                    if droppingWhitespace { continue }
                case Self.newline:
                    break
                case Self.extend:
                    skipExtend(&index)
                default:
                    if first & (Self.unread | Self.unsupported) != 0 { return nil }
                    skipExtend(&index)
                    if droppingWhitespace, index == start + 1, text[start] == 0x09 { continue }
                }
            }
            // Both below `UInt32.max`: ``segments(in:into:droppingWhitespace:)`` refuses longer texts.
            (base + written).initialize(to: Segment(start: UInt32(truncatingIfNeeded: start), end: UInt32(truncatingIfNeeded: index),
                                                    kind: segmentKind))
            written &+= 1
        }
        return written
    }
}
