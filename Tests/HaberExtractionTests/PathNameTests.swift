import Foundation
@testable import HaberRecords
import Testing

/// `PathName` answers as `NSString`'s path methods do, on plain paths and on the others it
/// hands to `NSString`.
@Suite("PathName")
struct PathNameTests {
    @Test("as NSString", arguments: [
        "a.txt", "x", "ab", "/", "", ".", "..", "/a", "a/", "a//b.txt", "dir/a.txt", "/abs/dir/a.txt", "dir/.hidden",
        ".txt", "a.", "a..txt", "..txt", "a.tar.gz", "dir.d/file", "dir.d/file.TXT", "dir/sub/x.jsonl", "ünïcödé/ğüş.txt",
        "a b/c d.txt", "a/.b.c", "./a.txt", "../a.txt", "a/./b.txt", "a.b/", "a.b//", "//a.txt", "a/b/c.", "a/b/.c.",
        "x.txt.", "dir/x.", "no-ext/also-none", "2017.07.21-haber.txt", "a\u{301}.txt", "é/é.é", "a/.", "a/..", ".a.", "a..", "a.b.",
    ])
    func asNSString(path: String) {
        let ns = path as NSString
        #expect(PathName.lastComponent(of: path) == ns.lastPathComponent)
        #expect(PathName.pathExtension(of: path) == ns.pathExtension)
        #expect(PathName.deletingExtension(of: path) == ns.deletingPathExtension)
    }
}
