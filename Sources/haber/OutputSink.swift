import ArgumentParser
import Foundation

/// Where records go: standard output, or a file written beside its final path and renamed
/// into place at the end, so a reader never sees a half-written file.
struct OutputSink {
    struct WriteError: Error, CustomStringConvertible {
        var description: String
    }

    private let path: String?
    private let temporaryPath: String?
    private let handle: FileHandle
    private var buffer = Data()

    init(path: String?) throws {
        self.path = path
        guard let path else {
            temporaryPath = nil
            handle = FileHandle.standardOutput
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporary)
        else {
            report("\(path): cannot be written")
            throw ExitCode(1)
        }
        temporaryPath = temporary
        self.handle = handle
    }

    mutating func write(_ line: String) throws {
        buffer.append(contentsOf: line.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    private mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            // A closed pipe (`haber extract dir | head`) ends the run quietly.
            if path == nil { throw ExitCode(0) }
            throw WriteError(description: "\(path ?? "<stdout>"): \(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func finish() throws {
        try flush()
        guard let path, let temporaryPath else { return }
        try? handle.close()
        do {
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: temporaryPath, toPath: path)
        } catch {
            report("\(path): cannot be written (\(error.localizedDescription))")
            throw ExitCode(1)
        }
    }
}
