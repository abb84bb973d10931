import Foundation
import HaberSystem
import Testing

/// The wrappers of the C library: what each call gives back, and the system's wording of
/// each failure, which the command line's one-line errors quote.
@Suite("HaberSystem: files, folders and errors")
struct SystemTests {
    /// A fresh folder under the temporary folder, removed at the end of the test.
    final class Scratch {
        let path: String
        init() throws {
            path = NSTemporaryDirectory() + "haber-system-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
        func file(_ name: String) -> String { path + "/" + name }
    }

    @Test("errors are described in the system's words", arguments: [
        (ENOENT, "No such file or directory"),
        (EACCES, "Permission denied"),
        (ENOSPC, "No space left on device"),
        (EPIPE, "Broken pipe"),
        (EISDIR, "Is a directory"),
        (EFBIG, "File too large"),
    ])
    func descriptions(code: Int32, words: String) {
        #expect(SystemError(code: code).description == words)
    }

    @Test("only EPIPE is a broken pipe", arguments: [(EPIPE, true), (ENOSPC, false), (EINTR, false), (EBADF, false)])
    func brokenPipe(code: Int32, isBrokenPipe: Bool) {
        #expect(SystemError(code: code).isBrokenPipe == isBrokenPipe)
    }

    @Test("the system error under a Foundation error is found")
    func underlying() throws {
        let scratch = try Scratch()
        do {
            _ = try FileHandle(forReadingFrom: URL(fileURLWithPath: scratch.file("missing")))
            Issue.record("reading a missing file succeeded")
        } catch {
            #expect(SystemError.underlying(error) == SystemError(code: ENOENT))
        }
        #expect(SystemError.underlying(CocoaError(.fileReadUnknown)) == nil)
        #expect(SystemError.underlying(NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))) == SystemError(code: EACCES))
    }

    @Test("bytes written are read back whole, in chunks of any size", arguments: [0, 1, 7, 65_536, 200_003])
    func roundTrip(size: Int) throws {
        let scratch = try Scratch()
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let writer = try FileDescriptor.create(scratch.file("a"))
        try writer.write(bytes)
        try writer.close()
        let reader = try FileDescriptor.openForReading(scratch.file("a"))
        var read: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4_096)
        while true {
            let count = try reader.read(into: &chunk, count: chunk.count)
            if count == 0 { break }
            read += chunk[0..<count]
        }
        try reader.close()
        #expect(read == bytes)
    }

    @Test("create empties a file that was there")
    func createTruncates() throws {
        let scratch = try Scratch()
        try Data("old contents".utf8).write(to: URL(fileURLWithPath: scratch.file("a")))
        let writer = try FileDescriptor.create(scratch.file("a"))
        try writer.write(Array("new".utf8))
        try writer.close()
        #expect(FileManager.default.contents(atPath: scratch.file("a")) == Data("new".utf8))
    }

    @Test("opening fails with the system's reason", arguments: ["missing", "folder/inside", ""])
    func openFails(name: String) throws {
        let scratch = try Scratch()
        #expect(throws: SystemError(code: ENOENT)) { try FileDescriptor.openForReading(scratch.file("missing/" + name)) }
        #expect(throws: SystemError(code: ENOENT)) { try FileDescriptor.create(scratch.file("no-such-folder/" + name + "x")) }
    }

    @Test("writing into a folder, or to a closed descriptor, fails")
    func writeFails() throws {
        let scratch = try Scratch()
        #expect(throws: SystemError(code: EISDIR)) { try FileDescriptor.create(scratch.path) }
        let writer = try FileDescriptor.create(scratch.file("a"))
        try writer.close()
        #expect(throws: SystemError(code: EBADF)) { try writer.write(Array("x".utf8)) }
    }

    @Test("rename replaces the destination in one step")
    func rename() throws {
        let scratch = try Scratch()
        try Data("new".utf8).write(to: URL(fileURLWithPath: scratch.file("tmp")))
        try Data("old".utf8).write(to: URL(fileURLWithPath: scratch.file("out")))
        try FileSystem.rename(scratch.file("tmp"), to: scratch.file("out"))
        #expect(FileManager.default.contents(atPath: scratch.file("out")) == Data("new".utf8))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("tmp")))
        #expect(throws: SystemError(code: ENOENT)) { try FileSystem.rename(scratch.file("tmp"), to: scratch.file("out")) }
    }

    @Test("status says folder, size and nothing there")
    func status() throws {
        let scratch = try Scratch()
        try Data(count: 1234).write(to: URL(fileURLWithPath: scratch.file("a")))
        let file = try #require(FileStatus(path: scratch.file("a")))
        #expect(!file.isFolder && file.size == 1234)
        #expect(FileStatus(path: scratch.path)?.isFolder == true)
        #expect(FileStatus(path: scratch.file("missing")) == nil)
    }

    @Test("a folder's entries, with their kinds, hidden ones included")
    func entries() throws {
        let scratch = try Scratch()
        try FileManager.default.createDirectory(atPath: scratch.file("tr"), withIntermediateDirectories: false)
        try FileManager.default.createDirectory(atPath: scratch.file(".hidden"), withIntermediateDirectories: false)
        try Data().write(to: URL(fileURLWithPath: scratch.file("file.tsv")))
        let entries = try #require(FileSystem.entries(of: scratch.path))
        let kinds = Dictionary(entries.map { ($0.name, $0.isFolder) }, uniquingKeysWith: { first, _ in first })
        #expect(Set(kinds.keys).isSuperset(of: ["tr", ".hidden", "file.tsv"]))
        for (name, expected) in [("tr", true), (".hidden", true), ("file.tsv", false)] {
            // A file system may leave the kind unknown (nil); it is never wrong.
            #expect(kinds[name]! == nil || kinds[name]! == expected, "\(name)")
        }
        #expect(FileSystem.entries(of: scratch.file("missing")) == nil)
    }

    @Test("a writable folder has no write error; a missing one says why")
    func writable() throws {
        let scratch = try Scratch()
        #expect(FileSystem.writeError(at: scratch.path) == nil)
        #expect(FileSystem.writeError(at: scratch.file("missing")) == SystemError(code: ENOENT))
    }

    @Test("standard streams are distinct, and a file is not a terminal")
    func terminals() throws {
        let scratch = try Scratch()
        #expect(Set([FileDescriptor.standardInput.raw, FileDescriptor.standardOutput.raw, FileDescriptor.standardError.raw]).count == 3)
        let file = try FileDescriptor.create(scratch.file("a"))
        #expect(!file.isTerminal)
        try file.close()
    }

    @Test("every signal the command line changes has its own number")
    func signals() {
        let numbers = Signal.allCases.map(\.number)
        #expect(Set(numbers).count == Signal.allCases.count)
        #expect(Signal.interrupt.number == SIGINT && Signal.terminate.number == SIGTERM && Signal.brokenPipe.number == SIGPIPE)
    }
}
