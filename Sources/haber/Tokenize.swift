import ArgumentParser
import Foundation
import HaberRecords

struct Tokenize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the tokens of an article with their offsets and normalized forms (a debugging aid).")

    @Argument(help: "A file, or - for standard input.")
    var path: String = "-"

    @Option(help: "The models folder.")
    var models: String?

    func run() throws {
        if path == "-", isatty(STDIN_FILENO) != 0 {
            FileHandle.standardError.write(Data(Tokenize.helpMessage().utf8))
            throw ExitCode(64)
        }
        let pipeline = try loadPipeline(models: models)
        let reader = ArticleReader()
        let input: ArticleReader.Input = path == "-" ? .standardInput : (Array(reader.inputs(for: [path])).first ?? .file(path))
        guard let result = reader.articles(from: input).first else { return }
        switch result {
        case .failure(let error):
            report(error.description)
            throw ExitCode(1)
        case .success(let article):
            let document = try pipeline.tokenize(article.text)
            var out = "lang \(document.language)\n"
            for token in document.tokens {
                out += "s\(token.sentence) \(token)\n"
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }
}
