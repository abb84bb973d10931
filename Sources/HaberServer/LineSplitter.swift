import NIOCore

/// Cuts a byte stream into lines as buffers arrive, so that a batch is answered line by line
/// while its body is still coming. A line ends at `\n` (a `\r` before it is dropped); a last
/// line without one is `remainder()`.
struct LineSplitter {
    private var partial: [UInt8] = []

    /// The lines that `buffer` completes, in order.
    mutating func lines(appending buffer: ByteBuffer) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        buffer.withUnsafeReadableBytes { bytes in
            var start = bytes.startIndex
            while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
                partial.append(contentsOf: bytes[start..<newline])
                lines.append(Self.droppingCarriageReturn(partial))
                partial.removeAll(keepingCapacity: true)
                start = newline + 1
            }
            partial.append(contentsOf: bytes[start...])
        }
        return lines
    }

    /// The last line when the stream did not end with a newline.
    mutating func remainder() -> [UInt8]? {
        defer { partial = [] }
        return partial.isEmpty ? nil : Self.droppingCarriageReturn(partial)
    }

    private static func droppingCarriageReturn(_ line: [UInt8]) -> [UInt8] {
        line.last == UInt8(ascii: "\r") ? Array(line.dropLast()) : line
    }
}
