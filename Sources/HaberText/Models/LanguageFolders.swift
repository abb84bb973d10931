import Foundation

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
        let file = url.appendingPathComponent(relativePath)
        guard !FileManager.default.fileExists(atPath: file.path) else { return [file] }
        let names = languageFolderNames()
        let profiles = names.map(profileURL).filter { FileManager.default.fileExists(atPath: $0.path) }
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
            return names.map(profileURL).filter { FileManager.default.fileExists(atPath: $0.path) }
        }
        return names.map { languagesURL.appendingPathComponent($0).appendingPathComponent(relativePath) }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// The table `relativePath` split by language: its per-language files joined in the
    /// language order, each row led by its folder's code (`*` for `all/`). Columns are
    /// matched by name: a column that only some files have is empty in the others' rows.
    /// The language list is made from the profiles: `lang`, then their keys but `order`.
    func joinedTable(_ relativePath: String) throws(LocateError) -> TSVTable {
        let missing = LocateError.missingFile(
            "\(url.appendingPathComponent(relativePath).path) (nor \(Self.languagesFolder)/*/\(relativePath == Self.languageList ? Self.profileFile : relativePath))")
        let folders = try orderedLanguageFolders()
        if relativePath == Self.languageList {
            let profiled = folders.compactMap { folder in folder.profile.map { (code: folder.name, values: $0) } }
            guard !profiled.isEmpty else { throw missing }
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
        for folder in folders {
            let file = languagesURL.appendingPathComponent(folder.name).appendingPathComponent(relativePath)
            guard FileManager.default.fileExists(atPath: file.path) else { continue }
            let name = "\(Self.languagesFolder)/\(folder.name)/\(relativePath)"
            let part = try Self.read(file, name: name)
            guard !part.columns.contains("lang") else {
                throw .malformed(file: name, line: 1, reason: "has a lang column; its folder gives the language")
            }
            let code = folder.name == Self.everyLanguageFolder ? "*" : folder.name
            if columns.isEmpty { columns = ["lang"] + part.columns }
            columns += part.columns.filter { !columns.contains($0) }
            if Array(columns.dropFirst()) == part.columns {
                rows += part.rows.map { [code] + $0 }
                continue
            }
            let positions = part.columns.compactMap { columns.firstIndex(of: $0) }
            for row in part.rows {
                var joined = [code] + Array(repeating: "", count: columns.count - 1)
                for (position, field) in zip(positions, row) { joined[position] = field }
                rows.append(joined)
            }
        }
        guard !columns.isEmpty else { throw missing }
        return TSVTable(name: relativePath, columns: columns, rows: rows)
    }

    /// The language folders in the order their rows are joined, each with its profile's
    /// `key<TAB>value` rows (the first row of a key counts), nil for a folder without one.
    func orderedLanguageFolders() throws(LocateError) -> [(name: String, profile: [(key: String, value: String)]?)] {
        var profiled: [(name: String, profile: [(key: String, value: String)], order: Int?)] = []
        var others: [String] = []
        let names = languageFolderNames()
        for name in names where name != Self.everyLanguageFolder {
            let file = profileURL(name)
            guard FileManager.default.fileExists(atPath: file.path) else {
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
        var folders: [(name: String, profile: [(key: String, value: String)]?)] = profiled.map { ($0.name, $0.profile) }
        folders += others.map { ($0, nil) }
        if names.contains(Self.everyLanguageFolder) { folders.append((Self.everyLanguageFolder, nil)) }
        return folders
    }

    private var languagesURL: URL { url.appendingPathComponent(Self.languagesFolder) }

    private func profileURL(_ folder: String) -> URL {
        languagesURL.appendingPathComponent(folder).appendingPathComponent(Self.profileFile)
    }

    /// The folders below `languages/`, by name (hidden ones left out). The kind of each
    /// entry comes with the listing: every start reads a dozen split tables.
    private func languageFolderNames() -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(
            at: languagesURL, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])) ?? []
        return entries.filter { (try? $0.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true }
            .map(\.lastPathComponent).sorted()
    }
}
