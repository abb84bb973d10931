import ArgumentParser
import HaberRecords

@main
struct Haber: AsyncParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "haber",
        abstract: "Turns news articles into structured records of the entities they mention.",
        discussion: """
            Haber reads articles in every language of models/languages/ (Turkish first) \
            and finds organizations, cities, countries, persons, percentages, dates and amounts \
            of money, with normalized values.
            Exit status: 0 when every input succeeded, 1 when some failed or output could not be \
            written (the other records are still written), 64 on a usage error (a bad option, \
            --models or HABER_MODELS not a models folder), 130/143 after SIGINT/SIGTERM.
            """,
        version: version,
        subcommands: [Extract.self, Render.self, Evaluate.self, Tokenize.self, Serve.self]
    )
}
