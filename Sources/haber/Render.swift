import ArgumentParser
import HaberRecords

/// `haber render`: `haber extract --format html` under its own name, with only the options
/// that matter for pages. It hands its arguments to `Extract` rather than running a batch of
/// its own, so inputs, errors, exit codes and signals behave exactly as in `extract`.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one HTML page per article, its entities highlighted, and an index with charts.",
        discussion: """
            The folder --output gets index.html (the articles, the most mentioned entities per type, \
            mentions per month of publication) and articles/ID.html per article. Pages are self-contained: \
            no script, no font or style from the network; article text is shown as text.
            """)

    @Argument(help: "Files, folders, or - for standard input.")
    var paths: [String] = []

    @Option(name: [.short, .long], help: "The folder to write the pages to (created when missing).")
    var output: String

    @Option(help: "How inputs are written: text (one article per file) or jsonl (one JSON object per line).")
    var inputFormat: ArticleReader.Format = .text

    @Option(help: "Resolve relative dates against this day (YYYY-MM-DD) instead of each article's own date.")
    var referenceDate: String?

    @Option(name: [.short, .long], help: "Extract on this many threads (default: the number of cores).")
    var jobs: Int?

    @Flag(name: [.short, .long], help: "No progress line and no summary on standard error.")
    var quiet = false

    @Option(help: "The models folder (default: HABER_MODELS, or the one beside the executable or package).")
    var models: String?

    func run() throws {
        var arguments = ["--format", "html", "--output", output, "--input-format", inputFormat.rawValue]
        if let referenceDate { arguments += ["--reference-date", referenceDate] }
        if let jobs { arguments += ["--jobs", String(jobs)] }
        if quiet { arguments.append("--quiet") }
        if let models { arguments += ["--models", models] }
        // `--` keeps a path that starts with a dash a path.
        let extract = try Extract.parse(arguments + ["--"] + paths)
        try extract.run()
    }
}
