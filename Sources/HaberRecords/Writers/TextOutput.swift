import Foundation
import HaberSystem

/// Bytes to standard output, or to a file that is written beside its final path and renamed
/// into place by `finish`, so that a reader never sees a half-written file and an
/// interrupted run leaves only whole records.
///
/// Every write error is reported (a full disk, `/dev/full`, a file size limit): only the
/// reader of standard output going away (EPIPE, `haber … | head`) is the quiet
/// ``OutputError/closedPipe``. A failed file output removes its temporary file.
public final class TextOutput {
    private let path: String?
    private let temporaryPath: String?
    private let descriptor: FileDescriptor
    private var buffer: [UInt8] = []
    /// Bytes the output held before this run plus those written since.
    private var size = 0
    /// Bytes are handed to the system at least this often, so a crash loses little.
    private let flushSize = 1 << 16

    /// Opens the output (`nil` or `-` for standard output); with `keepExisting`, what `path`
    /// already holds is copied first (`--resume` appends to it), only its first
    /// `keepingBytes` bytes when given (a truncated last line is left out).
    public init(path: String?, keepExisting: Bool = false, keepingBytes: Int? = nil) throws(OutputError) {
        guard let path, path != "-" else {
            self.path = nil
            temporaryPath = nil
            descriptor = .standardOutput
            return
        }
        self.path = path
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        var existing = keepExisting ? FileManager.default.contents(atPath: path) : nil
        if let keepingBytes, let whole = existing, keepingBytes < whole.count { existing = whole.prefix(keepingBytes) }
        do { descriptor = try .create(temporary) } catch { throw .failed("\(path): cannot be written (\(error))") }
        temporaryPath = temporary
        if let existing, !existing.isEmpty {
            buffer = Array(existing)
            size = existing.count
            do { try flush() } catch {
                discard()
                throw error
            }
        }
    }

    /// Whether nothing has been written yet, by this run or an earlier one (for a header row).
    public var isEmpty: Bool { size == 0 }

    public func write(_ text: String) throws(OutputError) {
        size += text.utf8.count
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= flushSize { try flush() }
    }

    /// ``write(_:)`` for text already encoded as UTF-8.
    public func write(bytes: UnsafeBufferPointer<UInt8>) throws(OutputError) {
        size += bytes.count
        buffer.append(contentsOf: bytes)
        if buffer.count >= flushSize { try flush() }
    }

    public func flush() throws(OutputError) {
        do {
            try descriptor.write(buffer)
        } catch {
            buffer.removeAll()
            if path == nil, error.isBrokenPipe { throw .closedPipe }
            throw .failed("\(path ?? "standard output"): cannot be written (\(error))")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes standard output (see ``RecordSink/idle()``); a file is left to fill its buffer.
    public func flushIfStandardOutput() throws(OutputError) {
        if path == nil, !buffer.isEmpty { try flush() }
    }

    public func finish() throws(OutputError) {
        do { try flush() } catch {
            discard()
            throw error
        }
        guard let path, let temporaryPath else { return }
        do {
            try descriptor.close()
            try FileSystem.rename(temporaryPath, to: path)
        } catch {
            try? FileManager.default.removeItem(atPath: temporaryPath)
            throw .failed("\(path): cannot be written (\(error))")
        }
    }

    /// Removes the temporary file of a run that failed or wrote nothing worth keeping.
    public func discard() {
        guard let temporaryPath else { return }
        try? descriptor.close()
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }
}
