import Foundation
import HaberSystem

/// Curated tables split by language: `models/languages/<code>/` holds, for one language, its
/// rows of every curated table under the table's own path (`lexicon/roles.tsv`), without the
/// `lang` column (the folder gives it), and `profile.tsv`, its row of the language list as
/// `key<TAB>value` rows. Adding a language is adding a folder (README, "Adding a language");
/// `scripts/split-models-by-language.py` makes the folders from flat tables, and
/// `scripts/model_tables.py` reads them as this file does.
///
/// A split table is read as one: the loaders ask for `lexicon/roles.tsv` as before and get its
/// rows with a first column `lang`, in the language order. That order is the profiles' `order`
/// key; then come folders without a profile (words of a language Haber does not detect but
/// meets in names, such as Italian elisions), by name; then `all/`, rows of every language,
/// whose `lang` is `*`.
extension ModelDirectory {
    /// The folder of the per-language folders, below the models folder.
    public static let languagesFolder = "languages"
    /// A language's row of the language list, in its folder.
    public static let profileFile = "profile.tsv"
    /// The folder of rows that belong to every language (`lang` `*`).
    public static let everyLanguageFolder = "all"
    /// The language list, made from the profiles when no such file exists.
    public static let languageList = "languages.tsv"
    /// The profile key that gives a language's position in the list (1 = the fallback of
    /// language detection; ties go to the language listed first).
    public static let orderKey = "order"

    /// The files a table is read from, for the fingerprints of ``ModelCache``-style caches:
    /// the table's own file when it exists, else its per-language files and every profile
    /// (the profiles give the order in which the parts are joined, and the language list).
    public func files(backing relativePath: String) -> [URL] {
        let file = url.appendingPathComponent(relativePath, isDirectory: false)
        guard FileStatus(file) == nil else { return [file] }
        let names = languageFolderNames()
        let profiles = names.map(profileURL).filter { FileStatus($0) != nil }
        if relativePath == Self.languageList { return profiles }
        let parts = splitFiles(of: relativePath, in: names)
        return parts.isEmpty ? [file] : parts + profiles
    }

    /// The per-language files of `relativePath` that exist, by folder name.
    func splitFiles(of relativePath: String) -> [URL] {
        splitFiles(of: relativePath, in: languageFolderNames())
    }

    private func splitFiles(of relativePath: String, in names: [String]) -> [URL] {
        if relativePath == Self.languageList {
            return names.map(profileURL).filter { FileStatus($0) != nil }
        }
        let languages = languagesPath
        return names.filter { FileStatus(path: Self.path(of: relativePath, in: $0, below: languages)) != nil }
            .map { languagesURL.appendingPathComponent($0, isDirectory: true).appendingPathComponent(relativePath, isDirectory: false) }
    }

    /// The table `relativePath` split by language: its per-language files joined in the
    /// language order, each row led by its folder's code (`*` for `all/`). Columns are
    /// matched by name: a column that only some files have is empty in the others' rows.
    /// The language list is made from the profiles: `lang`, then their keys but `order`.
    func joinedTable(_ relativePath: String) throws(LocateError) -> TSVTable {
        func missing() -> LocateError {
            .missingFile(
                "\(url.appendingPathComponent(relativePath).path) (nor \(Self.languagesFolder)/*/\(relativePath == Self.languageList ? Self.profileFile : relativePath))")
        }
        let folders = try orderedLanguageFolders()
        if relativePath == Self.languageList {
            let profiled = folders.compactMap { folder in folder.profile.map { (code: folder.name, values: $0) } }
            guard !profiled.isEmpty else { throw missing() }
            var keys: [String] = []
            for profile in profiled {
                for (key, _) in profile.values where key != Self.orderKey && !keys.contains(key) { keys.append(key) }
            }
            let rows = profiled.map { profile in
                [profile.code] + keys.map { key in profile.values.first { $0.key == key }?.value ?? "" }
            }
            return TSVTable(name: relativePath, columns: ["lang"] + keys, rows: rows)
        }
        var columns: [String] = []
        var rows: [[String]] = []
        let languages = languagesPath
        for folder in folders {
            guard FileStatus(path: Self.path(of: relativePath, in: folder.name, below: languages)) != nil else { continue }
            let file = languagesURL.appendingPathComponent(folder.name, isDirectory: true).appendingPathComponent(relativePath, isDirectory: false)
            let name = "\(Self.languagesFolder)/\(folder.name)/\(relativePath)"
            let part = try Self.read(file, name: name)
            guard !part.columns.contains("lang") else {
                throw .malformed(file: name, line: 1, reason: "has a lang column; its folder gives the language")
            }
            let code = folder.name == Self.everyLanguageFolder ? "*" : folder.name
            if columns.isEmpty { columns = ["lang"] + part.columns }
            columns += part.columns.filter { !columns.contains($0) }
            if Array(columns.dropFirst()) == part.columns {
                // Each row made once at its size: `[code] + row` made it twice.
                for row in part.rows {
                    var joined: [String] = []
                    joined.reserveCapacity(row.count + 1)
                    joined.append(code)
                    joined.append(contentsOf: row)
                    rows.append(joined)
                }
                continue
            }
            let positions = part.columns.compactMap { columns.firstIndex(of: $0) }
            for row in part.rows {
                var joined = [code] + Array(repeating: "", count: columns.count - 1)
                for (position, field) in zip(positions, row) { joined[position] = field }
                rows.append(joined)
            }
        }
        guard !columns.isEmpty else { throw missing() }
        return TSVTable(name: relativePath, columns: columns, rows: rows)
    }

    /// The language folders in the order their rows are joined, each with its profile's
    /// `key<TAB>value` rows (the first row of a key counts), nil for a folder without one.
    ///
    /// Every start reads a dozen split tables, each needing the order: it is worked out once
    /// per process and kept while no profile's size or modification time changes and no
    /// folder comes or goes.
    func orderedLanguageFolders() throws(LocateError) -> [LanguageFolder] {
        let names = languageFolderNames()
        let languages = languagesPath
        let stamp = names.map { name in
            let status = FileStatus(path: Self.path(of: Self.profileFile, in: name, below: languages))
            return "\(name)|\(status?.size ?? -1)|\(status?.modified.seconds ?? 0).\(status?.modified.nanoseconds ?? 0)"
        }.joined(separator: ";")
        if let folders = LanguageOrderMemo.shared.folders(of: languages, stamp: stamp) { return folders }
        let folders = try readLanguageFolders(names)
        LanguageOrderMemo.shared.keep(folders, of: languages, stamp: stamp)
        return folders
    }

    /// A language folder's name and its profile's rows (nil for a folder without one).
    typealias LanguageFolder = (name: String, profile: [(key: String, value: String)]?)

    private func readLanguageFolders(_ names: [String]) throws(LocateError) -> [LanguageFolder] {
        var profiled: [(name: String, profile: [(key: String, value: String)], order: Int?)] = []
        var others: [String] = []
        for name in names where name != Self.everyLanguageFolder {
            let file = profileURL(name)
            guard FileStatus(file) != nil else {
                others.append(name)
                continue
            }
            let tableName = "\(Self.languagesFolder)/\(name)/\(Self.profileFile)"
            let table = try Self.read(file, name: tableName)
            guard table.columns.count >= 2, table.columns[0] == "key", table.columns[1] == "value" else {
                throw .malformed(file: tableName, line: 1, reason: "header must be key<TAB>value")
            }
            var values: [(key: String, value: String)] = []
            for row in table.rows {
                guard let key = row.first, !values.contains(where: { $0.key == key }) else { continue }
                values.append((key, row.count > 1 ? row[1] : ""))
            }
            let order = values.first { $0.key == Self.orderKey }.flatMap { Int($0.value.trimmingCharacters(in: .whitespaces)) }
            profiled.append((name, values, order))
        }
        // By order; folders without one after those with one; then by name.
        profiled.sort { a, b in
            switch (a.order, b.order) {
            case let (x?, y?) where x != y: x < y
            case (.some, nil): true
            case (nil, .some): false
            default: a.name < b.name
            }
        }
        var folders: [LanguageFolder] = profiled.map { ($0.name, $0.profile) }
        folders += others.map { ($0, nil) }
        if names.contains(Self.everyLanguageFolder) { folders.append((Self.everyLanguageFolder, nil)) }
        return folders
    }

    /// Paths below the models folder are built saying whether they are folders: otherwise
    /// Foundation stats each one to find out, a few hundred times a start.
    private var languagesURL: URL { url.appendingPathComponent(Self.languagesFolder, isDirectory: true) }

    /// The path of `languagesURL`, for the files that are only asked whether they exist: a
    /// URL built for each folder of each split table cost some 12,000 instructions a table,
    /// 16 M of a start.
    private var languagesPath: String { "\(url.path)/\(Self.languagesFolder)" }

    private static func path(of relativePath: String, in folder: String, below languages: String) -> String {
        "\(languages)/\(folder)/\(relativePath)"
    }

    private func profileURL(_ folder: String) -> URL {
        languagesURL.appendingPathComponent(folder, isDirectory: true).appendingPathComponent(Self.profileFile, isDirectory: false)
    }

    /// The folders below `languages/`, by name (hidden ones left out).
    private func languageFolderNames() -> [String] {
        guard let entries = FileSystem.entries(of: languagesURL.path) else { return [] }
        var names: [String] = []
        for (name, isFolder) in entries where !name.hasPrefix(".") {
            if isFolder ?? (FileStatus(languagesURL.appendingPathComponent(name, isDirectory: true))?.isFolder == true) {
                names.append(name)
            }
        }
        return names.sorted()
    }
}

/// The language order of each models folder read in this process, with the stamp (profiles'
/// sizes and times) it was read under.
private final class LanguageOrderMemo: @unchecked Sendable {
    static let shared = LanguageOrderMemo()
    private let lock = NSLock()
    private var kept: [String: (stamp: String, folders: [ModelDirectory.LanguageFolder])] = [:]

    func folders(of path: String, stamp: String) -> [ModelDirectory.LanguageFolder]? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = kept[path], entry.stamp == stamp else { return nil }
        return entry.folders
    }

    func keep(_ folders: [ModelDirectory.LanguageFolder], of path: String, stamp: String) {
        lock.lock()
        defer { lock.unlock() }
        kept[path] = (stamp, folders)
    }
}

extension FileStatus {
    init?(_ url: URL) { self.init(path: url.path) }
}
