import Foundation

/// An open file of the system, read and written without Foundation's buffering: the record
/// writers need every failure with its cause (a full disk, `EPIPE`), and the input readers
/// need reads of a pipe that stop at a byte limit.
public struct FileDescriptor: Sendable, Equatable {
    public let raw: Int32

    public static let standardInput = FileDescriptor(raw: STDIN_FILENO)
    public static let standardOutput = FileDescriptor(raw: STDOUT_FILENO)
    public static let standardError = FileDescriptor(raw: STDERR_FILENO)

    private init(raw: Int32) { self.raw = raw }

    public static func openForReading(_ path: String) throws(SystemError) -> FileDescriptor {
        let opened = open(path, O_RDONLY)
        guard opened >= 0 else { throw .last }
        return FileDescriptor(raw: opened)
    }

    /// Creates `path` or empties it, for writing (mode 0644 before the umask).
    public static func create(_ path: String) throws(SystemError) -> FileDescriptor {
        let opened = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard opened >= 0 else { throw .last }
        return FileDescriptor(raw: opened)
    }

    /// Reads at most `count` bytes into the start of `buffer` (which must hold them); 0 at
    /// the end of the input. A read cut short by a signal is retried.
    public func read(into buffer: inout [UInt8], count: Int) throws(SystemError) -> Int {
        precondition(count <= buffer.count)
        let result = buffer.withUnsafeMutableBytes { bytes in
            while true {
                let read = Foundation.read(raw, bytes.baseAddress, count)
                if read >= 0 { return Result<Int, SystemError>.success(read) }
                let error = SystemError.last
                if !error.isInterruption { return .failure(error) }
            }
        }
        return try result.get()
    }

    /// Writes all of `bytes`, however many calls it takes.
    public func write(_ bytes: [UInt8]) throws(SystemError) {
        let failure = bytes.withUnsafeBytes { bytes -> SystemError? in
            var written = 0
            while written < bytes.count {
                let count = Foundation.write(raw, bytes.baseAddress.map { $0 + written }, bytes.count - written)
                if count >= 0 {
                    written += count
                    continue
                }
                let error = SystemError.last
                if !error.isInterruption { return error }
            }
            return nil
        }
        if let failure { throw failure }
    }

    /// Closes the file; a failure here can mean that buffered data did not reach the disk.
    public func close() throws(SystemError) {
        if Foundation.close(raw) != 0 { throw .last }
    }

    /// The offset of the file's end, which is its size for a regular file; nil where the
    /// descriptor cannot seek (a pipe, a terminal). Moves the file's offset to its end: the
    /// reader asks it only once it has stopped reading, to name the size of a file over the limit.
    public func endOffset() -> Int64? {
        let end = lseek(raw, 0, SEEK_END)
        return end >= 0 ? Int64(end) : nil
    }

    /// Whether a person is at the other end (a terminal), not a file or a pipe.
    public var isTerminal: Bool { isatty(raw) != 0 }
}
