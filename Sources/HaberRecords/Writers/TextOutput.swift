import Foundation

/// Bytes to standard output, or to a file that is written beside its final path and renamed
/// into place by `finish`, so that a reader never sees a half-written file and an
/// interrupted run leaves only whole records.
public final class TextOutput {
    private let path: String?
    private let temporaryPath: String?
    private let handle: FileHandle
    private var buffer = Data()
    /// Bytes the output held before this run plus those written since.
    private var size = 0
    /// Bytes are handed to the system at least this often, so a crash loses little.
    private let flushSize = 1 << 16

    /// Opens the output; with `keepExisting`, what `path` already holds is copied first
    /// (`--resume` appends to it).
    public init(path: String?, keepExisting: Bool = false) throws(OutputError) {
        self.path = path
        guard let path else {
            temporaryPath = nil
            handle = FileHandle.standardOutput
            return
        }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        let existing = keepExisting ? FileManager.default.contents(atPath: path) : nil
        size = existing?.count ?? 0
        guard FileManager.default.createFile(atPath: temporary, contents: existing), let handle = FileHandle(forWritingAtPath: temporary)
        else { throw .failed("\(path): cannot be written") }
        handle.seekToEndOfFile()
        temporaryPath = temporary
        self.handle = handle
    }

    /// Whether nothing has been written yet, by this run or an earlier one (for a header row).
    public var isEmpty: Bool { size == 0 }

    public func write(_ text: String) throws(OutputError) {
        size += text.utf8.count
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= flushSize { try flush() }
    }

    public func flush() throws(OutputError) {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            if path == nil { throw .closedPipe }
            throw .failed("\(path ?? "<stdout>"): \(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    public func finish() throws(OutputError) {
        try flush()
        guard let path, let temporaryPath else { return }
        try? handle.close()
        do {
            // rename(2) replaces in one step: the path never goes missing in between.
            if rename(temporaryPath, path) != 0 {
                try FileManager.default.moveItem(atPath: temporaryPath, toPath: path)
            }
        } catch {
            throw .failed("\(path): cannot be written (\(error.localizedDescription))")
        }
    }

    /// Removes the temporary file of a run that wrote nothing worth keeping.
    public func discard() {
        guard let temporaryPath else { return }
        try? handle.close()
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }
}
