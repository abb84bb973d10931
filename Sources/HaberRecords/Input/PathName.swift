import Foundation

/// The parts of a path that `NSString`'s path methods give, read from the path's own bytes
/// where it is plain (no `//`, no trailing `/`): on Linux each of those methods bridges the
/// string to `NSString`, 11,000–22,000 instructions a call, more than a folder walk's other
/// work for a small article. Any other path is still answered by `NSString`.
///
/// The bytes are read in one pass over the path's contiguous UTF-8: through the string's
/// UTF-8 view, its generic searches and slices cost some 3,000 instructions a file of a
/// folder walk.
enum PathName {
    /// `NSString.lastPathComponent`.
    static func lastComponent(of path: String) -> String {
        guard let parts = parts(of: path) else { return (path as NSString).lastPathComponent }
        return parts.component == 0 ? path : text(of: path, parts.component..<parts.count)
    }

    /// `NSString.pathExtension`.
    static func pathExtension(of path: String) -> String {
        guard let parts = parts(of: path) else { return (path as NSString).pathExtension }
        return parts.extension.map { text(of: path, $0..<parts.count) } ?? ""
    }

    /// `NSString.deletingPathExtension`.
    static func deletingExtension(of path: String) -> String {
        // A final `.` is dropped though it begins no extension: left to `NSString`.
        guard let parts = parts(of: path), !parts.endsWithDot else { return (path as NSString).deletingPathExtension }
        return parts.extension.map { text(of: path, 0..<($0 - 1)) } ?? path
    }

    /// Where the last component of a plain path starts, where its extension starts (after the
    /// component's last `.`; nil when it has no `.`, starts with its only `.` (`.bashrc`), or
    /// ends with it), its length and whether it ends with `.`, all in UTF-8 bytes; nil for a
    /// path that is not plain: one byte long or less, with an empty component or a trailing `/`.
    private static func parts(of path: String) -> (component: Int, extension: Int?, count: Int, endsWithDot: Bool)? {
        var path = path
        return path.withUTF8 { bytes in
            let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
            guard bytes.count > 1, bytes[bytes.count - 1] != slash else { return nil }
            var previous: UInt8 = 0
            var component = 0
            var lastDot: Int?
            for index in bytes.indices {
                let byte = bytes[index]
                if byte == slash {
                    if previous == slash { return nil }
                    component = index + 1
                    lastDot = nil
                } else if byte == dot {
                    lastDot = index
                }
                previous = byte
            }
            let start = lastDot.flatMap { $0 == component || $0 + 1 == bytes.count ? nil : $0 + 1 }
            return (component, start, bytes.count, bytes[bytes.count - 1] == dot)
        }
    }

    /// The text of the bytes `range` of `path`, which begin and end at scalar boundaries.
    private static func text(of path: String, _ range: Range<Int>) -> String {
        let utf8 = path.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return String(path[start..<utf8.index(start, offsetBy: range.count)])
    }
}
