import Foundation
import HaberICU
import HaberRecords
import HaberText

/// `haber-bench check-segments DIR [--locale tr]`: ``LatinWordBreaker`` against ICU's word
/// break iterator over every article of a folder, each as read and as normalized (the
/// tokenizer's input). Prints how many documents the fast breaker took, how many it handed
/// to ICU (and for which first refused scalar), how many segments were compared, and how many
/// differed (with the first few); exits non-zero when any differed.
enum CheckSegments {
    static func run(_ arguments: [String]) throws {
        guard let folder = arguments.first else { throw BenchError("usage: haber-bench check-segments DIR [--locale tr]") }
        let locale = Bench.value(of: "--locale", in: arguments) ?? "tr"
        guard WordBreaker.usesRootRules(locale: locale) else {
            print("\(locale): ICU's word rules are tailored; the tokenizer always uses ICU there")
            return
        }
        let breaker = try WordBreaker(locale: locale)
        var latin = LatinWordBreaker()
        let normalizer = TextNormalizer()
        var articles = 0, taken = 0, refused = 0, compared = 0, differing = 0, differingDocuments = 0, units = 0
        var refusedBy: [Unicode.Scalar: Int] = [:]
        var icu: [WordBreaker.Segment] = []
        var fast: [WordBreaker.Segment] = []
        for case .file(let path, _) in ArticleReader().inputs(for: [folder]) {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            articles += 1
            let text = String(decoding: data, as: UTF8.self)
            for form in [Array(text.utf16), normalizer.document(for: text).units] {
                units += form.count
                icu.removeAll(keepingCapacity: true)
                fast.removeAll(keepingCapacity: true)
                let accepted = try form.withUnsafeBufferPointer { buffer throws(ICUError) in
                    try breaker.segments(in: buffer, into: &icu)
                    return latin.segments(in: buffer, into: &fast)
                }
                guard accepted else {
                    refused += 1
                    let scalar = String(decoding: form, as: UTF16.self).unicodeScalars
                        .first { !LatinWordBreaker.handles($0) } ?? "?"
                    refusedBy[scalar, default: 0] += 1
                    continue
                }
                taken += 1
                compared += icu.count
                let same = icu.count == fast.count
                    && zip(icu, fast).allSatisfy { $0.start == $1.start && $0.end == $1.end && $0.kind == $1.kind }
                if !same {
                    differingDocuments += 1
                    let fastCuts = Set(fast.map { [$0.start, $0.end, $0.kind.hashValue] })
                    differing += icu.filter { !fastCuts.contains([$0.start, $0.end, $0.kind.hashValue]) }.count
                    if differingDocuments <= 5 { print("differs: \(path)") }
                }
            }
        }
        print("locale \(locale): \(articles) articles, \(units) UTF-16 units, each as read and as normalized")
        print("documents taken by the fast breaker: \(taken); handed to ICU: \(refused)")
        print("ICU segments compared: \(compared); ICU segments the fast breaker did not give: \(differing), in \(differingDocuments) documents")
        let top = refusedBy.sorted { $0.value > $1.value }.prefix(12)
            .map { String(format: "U+%04X", $0.key.value) + " \($0.value)" }
        if !top.isEmpty { print("first refused scalar of the documents handed to ICU: " + top.joined(separator: ", ")) }
        if differingDocuments > 0 { throw BenchError("\(differingDocuments) documents segmented differently") }
    }
}
