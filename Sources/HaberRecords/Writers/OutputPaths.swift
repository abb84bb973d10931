/// File paths for per-article outputs (HTML pages, brat files), made from record ids.
///
/// Ids come from file names and from JSON input lines, so they can hold `/` (`a/x` for a
/// file in a subfolder), `..`, or nothing at all. A path made from one must stay inside the
/// output folder, and two ids must never share a file: components are kept (subfolders
/// stay readable), `%` and control characters are percent-escaped, and empty, `.` and `..`
/// components are escaped, which makes the mapping one-to-one and never climbs out.
public enum OutputPaths {
    /// `a/x` → `a/x.html`; `../etc` → `%2E%2E/etc.html`.
    public static func relativePath(forID id: String, extension fileExtension: String) -> String {
        relativeBase(forID: id) + "." + fileExtension
    }

    /// The path without an extension, for files that come in pairs (brat's `.txt` and `.ann`).
    public static func relativeBase(forID id: String) -> String {
        id.split(separator: "/", omittingEmptySubsequences: false).map(escaped).joined(separator: "/")
    }

    /// How many folders down `relativePath` lies (for links back up: `../` that many times).
    public static func depth(of relativePath: String) -> Int {
        relativePath.reduce(0) { $0 + ($1 == "/" ? 1 : 0) }
    }

    static func escaped(_ component: Substring) -> String {
        switch component {
        case "": return "%"
        case ".": return "%2E"
        case "..": return "%2E%2E"
        default: break
        }
        var out = ""
        for scalar in component.unicodeScalars {
            if scalar == "%" || scalar.value < 0x20 || scalar.value == 0x7F {
                out += percentEscaped(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `%` → `%25`: the scalar's UTF-8 bytes as `%XX`.
    static func percentEscaped(_ scalar: Unicode.Scalar) -> String {
        String(scalar).utf8.map { byte in
            let hex = String(byte, radix: 16, uppercase: true)
            return "%" + (hex.count < 2 ? "0" : "") + hex
        }.joined()
    }
}
