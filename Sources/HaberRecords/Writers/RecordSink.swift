import Foundation

/// Where records go, in one of the formats `--format` names.
public protocol RecordSink {
    /// Writes one record; a record is never half written.
    mutating func write(_ record: Record) throws(OutputError)
    /// Makes everything written durable (renames a temporary file into place, commits).
    mutating func finish() throws(OutputError)
    /// Drops what a failed run left (a temporary file), keeping the previous output whole.
    mutating func discard()
    /// Says that the run is about to wait for its next record: a sink that buffers for
    /// standard output hands over what it holds, so that a reader of a pipe
    /// (`tail -f feed.jsonl | haber extract --input-format jsonl -`) gets each record once it
    /// is made, not when a buffer fills.
    mutating func idle() throws(OutputError)
}

extension RecordSink {
    public mutating func discard() {}
    public mutating func idle() throws(OutputError) {}
}

/// A failure to write output; `closedPipe` is the reader going away (`haber … | head`),
/// which ends the run quietly.
public enum OutputError: Error, CustomStringConvertible {
    case closedPipe
    case failed(String)

    public var description: String {
        switch self {
        case .closedPipe: "standard output closed"
        case .failed(let reason): reason
        }
    }
}

/// The record formats; `conll`, `brat` and `html` are for other tools and people, not
/// for `--resume`.
public enum OutputFormat: String, Sendable, CaseIterable {
    case jsonl, csv, sqlite, conll, brat, html
}
