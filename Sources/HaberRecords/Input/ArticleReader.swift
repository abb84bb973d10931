import Foundation

/// One article to analyze.
public struct Article: Sendable, Equatable {
    public var id: String
    /// The path as given, or nil for standard input.
    public var source: String?
    public var text: String
    /// The `published` of a JSON input line, also the reference date.
    public var published: String?

    public init(id: String, source: String?, text: String, published: String? = nil) {
        self.id = id
        self.source = source
        self.text = text
        self.published = published
    }
}

/// Why an input could not be read; always names the input.
public struct InputError: Error, Equatable, CustomStringConvertible {
    public var input: String
    public var reason: String

    public init(input: String, reason: String) {
        self.input = input
        self.reason = reason
    }

    public var description: String { "\(input): \(reason)" }
}

/// Turns command-line inputs (files, folders, `-`) into articles, one input at a time.
public struct ArticleReader: Sendable {
    public enum Format: String, Sendable, CaseIterable { case text, jsonl }

    public enum Input: Sendable, Equatable {
        case file(String)
        case standardInput
        case missing(InputError)
    }

    public var format: Format
    public var maxBytes: Int
    /// Replace invalid UTF-8 with U+FFFD instead of refusing the input.
    public var lossy: Bool

    public init(format: Format = .text, maxBytes: Int = 16 << 20, lossy: Bool = false) {
        self.format = format
        self.maxBytes = maxBytes
        self.lossy = lossy
    }

    /// Files as given; folders walked recursively for `*.txt` (`*.jsonl` for JSON input)
    /// in sorted path order; `-` for standard input.
    public func inputs(for arguments: [String]) -> InputWalker {
        InputWalker(arguments: arguments, fileExtension: format == .jsonl ? "jsonl" : "txt")
    }

    /// The articles of one input: one for a text file, one per line for JSON Lines.
    /// Each element is an article or the reason one could not be read.
    public func articles(from input: Input, standardInput: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) -> [Result<Article, InputError>] {
        let name: String
        let data: Data
        switch input {
        case .missing(let error):
            return [.failure(error)]
        case .standardInput:
            name = "<stdin>"
            data = standardInput()
        case .file(let path):
            name = path
            do {
                let attributes = try FileManager.default.attributesOfItem(atPath: path)
                if let size = attributes[.size] as? Int, size > maxBytes {
                    return [.failure(InputError(input: path, reason: "file is \(size) bytes, over the limit of \(maxBytes) (--max-bytes)"))]
                }
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                return [.failure(InputError(input: path, reason: "cannot be read (\(Self.reason(error)))"))]
            }
        }
        if data.contains(0) {
            return [.failure(InputError(input: name, reason: "binary file (contains NUL bytes)"))]
        }
        guard var text = String(validating: data, as: UTF8.self) ?? (lossy ? String(decoding: data, as: UTF8.self) : nil) else {
            return [.failure(InputError(input: name, reason: "not valid UTF-8 (--lossy replaces bad bytes)"))]
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let source: String? = input == .standardInput ? nil : name
        switch format {
        case .text:
            let id = input == .standardInput ? "stdin" : Self.id(forPath: name)
            return [.success(Article(id: id, source: source, text: text))]
        case .jsonl:
            var results: [Result<Article, InputError>] = []
            for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if let result = article(fromJSONLine: String(line), number: offset + 1, name: name, source: source) {
                    results.append(result)
                }
            }
            return results
        }
    }

    /// One `{"id", "text", "published"?}` line; nil for a blank line.
    public func article(fromJSONLine line: String, number: Int, name: String, source: String?) -> Result<Article, InputError>? {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return nil }
        let place = "\(name) line \(number)"
        guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any] else {
            return .failure(InputError(input: place, reason: "not a JSON object"))
        }
        guard let body = object["text"] as? String else {
            return .failure(InputError(input: place, reason: "no \"text\" string"))
        }
        let id = (object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue ?? "\(Self.id(forPath: name))-\(number)"
        return .success(Article(id: id, source: source, text: body, published: object["published"] as? String))
    }

    /// `corpus/articles/isim-clustem.txt` → `isim-clustem`.
    public static func id(forPath path: String) -> String {
        let file = (path as NSString).lastPathComponent
        let stem = (file as NSString).deletingPathExtension
        return stem.isEmpty ? file : stem
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == NSFileReadNoPermissionError { return "permission denied" }
        return nsError.localizedDescription
    }
}
