import Foundation

/// The parts of a path that `NSString`'s path methods give, read from the path's own bytes
/// where it is plain (no `//`, no trailing `/`): on Linux each of those methods bridges the
/// string to `NSString`, 11,000–22,000 instructions a call, more than a folder walk's other
/// work for a small article. Any other path is still answered by `NSString`.
enum PathName {
    /// `NSString.lastPathComponent`.
    static func lastComponent(of path: String) -> String {
        guard isPlain(path) else { return (path as NSString).lastPathComponent }
        return String(path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[path.utf8.index(after: $0)...] } ?? path[...])
    }

    /// `NSString.pathExtension`.
    static func pathExtension(of path: String) -> String {
        guard isPlain(path) else { return (path as NSString).pathExtension }
        return extensionStart(of: path).map { String(path[$0...]) } ?? ""
    }

    /// `NSString.deletingPathExtension`.
    static func deletingExtension(of path: String) -> String {
        // A final `.` is dropped though it begins no extension: left to `NSString`.
        guard isPlain(path), path.utf8.last != UInt8(ascii: ".") else { return (path as NSString).deletingPathExtension }
        return extensionStart(of: path).map { String(path[..<path.utf8.index(before: $0)]) } ?? path
    }

    /// Longer than one byte, without an empty component or a trailing `/`: the paths whose
    /// parts are read here.
    private static func isPlain(_ path: String) -> Bool {
        let bytes = path.utf8
        guard bytes.count > 1, bytes.last != UInt8(ascii: "/") else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "/"), previous == byte { return false }
            previous = byte
        }
        return true
    }

    /// Where the extension of the last component starts (after its last `.`), or nil when the
    /// component has no `.`, starts with its only `.` being first (`.bashrc`), or ends with it.
    private static func extensionStart(of path: String) -> String.Index? {
        let bytes = path.utf8
        let componentStart = bytes.lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? bytes.startIndex
        guard let dot = bytes[componentStart...].lastIndex(of: UInt8(ascii: ".")), dot != componentStart else { return nil }
        let start = bytes.index(after: dot)
        return start == bytes.endIndex ? nil : start
    }
}
