import ArgumentParser
import Foundation
import HaberRecords
import HaberSystem

struct Tokenize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the tokens of an article with their offsets and normalized forms (a debugging aid).")

    @Argument(help: "A file, or - for standard input.")
    var path: String = "-"

    @Option(help: "The models folder.")
    var models: String?

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of refusing the file (offsets then count the replacements).")
    var lossy = false

    func run() throws {
        if path == "-", FileDescriptor.standardInput.isTerminal {
            FileHandle.standardError.write(Data(Tokenize.helpMessage().utf8))
            throw ExitCode(64)
        }
        let pipeline = try loadPipeline(models: models)
        let reader = ArticleReader(lossy: lossy)
        let input: ArticleReader.Input = path == "-" ? .standardInput(id: "stdin") : .file(path, id: path)
        switch reader.article(from: input) {
        case .failure(let error):
            report(error.description)
            throw ExitCode(1)
        case .success(let article):
            let document = try pipeline.tokenize(article.text)
            var out = "lang \(document.language)\n"
            for token in document.tokens {
                out += "s\(token.sentence) \(token)\n"
            }
            try writeStandardOutput(out)
        }
    }
}
