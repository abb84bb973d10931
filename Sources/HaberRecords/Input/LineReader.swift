import Foundation
import HaberSystem

/// Reads a file descriptor in chunks and hands out its lines, never holding more than
/// `limit` bytes of one line: a longer line is skipped to its end and reported by its size,
/// so that one oversized JSON line costs neither the memory nor the lines after it.
public struct LineReader {
    /// One line without its line end, or the size of a line over the limit.
    public enum Line: Equatable {
        case text(Data, number: Int)
        case tooLong(bytes: Int, number: Int)
    }

    private let descriptor: FileDescriptor
    private let limit: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var number = 0
    private static let chunkSize = 1 << 16

    public init(descriptor: FileDescriptor, limit: Int) {
        self.descriptor = descriptor
        self.limit = limit
    }

    /// The next line, nil at the end of the input; throws the system error of a failed read.
    public mutating func next() throws(SystemError) -> Line? {
        var skipped = 0
        // Bytes before `searched` hold no line end: each byte is looked at once, however long the line.
        var searched = start
        while true {
            if let newline = buffer[searched...].firstIndex(of: 0x0A) {
                number += 1
                let line = buffer[start..<newline]
                start = newline + 1
                if skipped > 0 || line.count > limit { return .tooLong(bytes: skipped + line.count, number: number) }
                return .text(Data(line), number: number)
            }
            if atEnd {
                guard start < buffer.count || skipped > 0 else { return nil }
                number += 1
                let rest = buffer.count - start
                let line = Data(buffer[start...])
                buffer.removeAll()
                start = 0
                if skipped > 0 || rest > limit { return .tooLong(bytes: skipped + rest, number: number) }
                return .text(line, number: number)
            }
            // No line end in the buffer: drop what is over the limit, then read more.
            if buffer.count - start > limit {
                skipped += buffer.count - start
                buffer.removeAll(keepingCapacity: true)
                start = 0
            } else if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            searched = buffer.count
            try fill()
        }
    }

    private mutating func fill() throws(SystemError) {
        var chunk = [UInt8](repeating: 0, count: Self.chunkSize)
        let count = try descriptor.read(into: &chunk, count: chunk.count)
        if count == 0 { atEnd = true }
        buffer.append(contentsOf: chunk[0..<count])
    }

    /// The whole input when it is at most `limit` bytes, else nil after reading `limit + 1`.
    public static func readAll(descriptor: FileDescriptor, limit: Int) throws(SystemError) -> Data? {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            // One byte past the limit at most, without computing `limit + 1` (`--max-bytes` may be Int.max).
            let room = limit - data.count
            let wanted = room >= chunkSize ? chunkSize : room + 1
            let count = try descriptor.read(into: &chunk, count: wanted)
            if count == 0 { return data }
            data.append(contentsOf: chunk[0..<count])
            if data.count > limit { return nil }
        }
    }
}
