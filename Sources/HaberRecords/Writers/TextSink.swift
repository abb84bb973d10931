/// A writer whose records become text, one record's text after the other.
public protocol TextRecordWriter: Sendable {
    func text(for record: Record) throws(OutputError) -> String
}

/// Writes what a `TextRecordWriter` makes of each record to a `TextOutput` (a file renamed
/// into place at the end, or standard output).
public struct TextSink<Writer: TextRecordWriter>: RecordSink {
    let output: TextOutput
    let writer: Writer

    public init(_ writer: Writer, output: TextOutput) {
        self.writer = writer
        self.output = output
    }

    public mutating func write(_ record: Record) throws(OutputError) {
        try output.write(writer.text(for: record))
    }

    public mutating func finish() throws(OutputError) {
        try output.finish()
    }

    public mutating func idle() throws(OutputError) { try output.flushIfStandardOutput() }
}
