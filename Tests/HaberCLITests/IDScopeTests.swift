import Foundation
import HaberRecords
import Testing

/// Which ids of a walk the run must check: of a walk of one folder, only those that one
/// folder listing gives twice; of any other walk, all.
@Suite("input walk: ids that can repeat")
struct IDScopeTests {
    static let files = ["in/a.txt", "in/a.TXT", "in/b.txt", "in/b.md", "in/sub/a.txt", "in/sub/c.txt", "in/sub/c.Txt", "in/.h.txt", "in/.h.TXT"]

    /// Walks `arguments` below a folder holding ``files`` to its end; which of `ids` may repeat.
    private func repeatable(_ arguments: [String], _ ids: [String], includeHidden: Bool = false) throws -> [String] {
        let folder = try TemporaryFolder()
        for file in Self.files { try folder.write(file, "x") }
        let walker = InputWalker(arguments: arguments.map { $0 == "-" ? $0 : folder.url.appendingPathComponent($0).path },
                                 extensions: ["txt"], includeHidden: includeHidden)
        _ = Array(walker)
        return ids.filter { walker.ids.mayRepeat($0) }
    }

    @Test("one folder: only a stem two files of one listing share", arguments: [
        (["in"], ["a", "b", "sub/a", "sub/c", "sub/x", "stdin"], ["a", "sub/c"]),
        (["in/sub"], ["a", "c", "sub/c"], ["c"]),
        (["in/"], ["a", "sub/c", "b"], ["a", "sub/c"]),
    ])
    func oneFolder(arguments: [String], asked: [String], expected: [String]) throws {
        #expect(try repeatable(arguments, asked) == expected)
    }

    @Test("hidden files count when they are read")
    func hidden() throws {
        #expect(try repeatable(["in"], [".h", "a"]) == ["a"])
        #expect(try repeatable(["in"], [".h", "a"], includeHidden: true) == [".h", "a"])
    }

    @Test("any other walk: every id", arguments: [
        ["in", "in/sub"], ["in/a.txt"], ["-"], ["in", "-"], ["missing"], ["in/sub/c.txt", "in/sub/c.Txt"],
    ])
    func otherWalks(arguments: [String]) throws {
        #expect(try repeatable(arguments, ["a", "b", "zzz"]) == ["a", "b", "zzz"])
    }
}
