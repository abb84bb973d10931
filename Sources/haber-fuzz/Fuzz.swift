import HaberExtraction
import HaberText

/// libFuzzer entry point over the whole pipeline: random bytes in (decoded leniently, as
/// `--lossy` does), no crash out, and every entity's offsets inside the text and slicing it
/// to the entity's own `text`.
///
///     swift build -c release --product haber-fuzz --scratch-path .build-fuzz \
///         -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library -Xswiftc -DHABER_FUZZING -Xswiftc -use-ld=lld
///     .build-fuzz/release/haber-fuzz -max_total_time=600 -max_len=4096 Tests/Fuzz/corpus
///
/// (see BENCHMARKS.md, "Fuzzing"). The models are loaded once, on the first input.
private let pipeline: Pipeline? = {
    guard let directory = try? ModelDirectory.locate(), let models = try? ExtractionModels.load(from: directory) else { return nil }
    return try? Pipeline(models: models)
}()


/// One input from libFuzzer.
public func fuzz(_ start: UnsafeRawPointer?, _ count: Int) -> Int32 {
    check(UnsafeRawBufferPointer(start: start, count: count))
    return 0
}

/// Runs one input through the pipeline and checks every offset.
func check(_ bytes: UnsafeRawBufferPointer) {
    guard let pipeline else { fatalError("models not found: set HABER_MODELS") }
    let text = String(decoding: bytes, as: UTF8.self)
    guard let analysis = try? pipeline.analyze(text) else { return }
    let scalars = Array(text.unicodeScalars)
    for entity in analysis.entities {
        precondition(entity.start >= 0 && entity.start <= entity.end && entity.end <= scalars.count, "offsets out of range")
        var slice = String()
        slice.unicodeScalars.append(contentsOf: scalars[entity.start..<entity.end])
        precondition(slice == entity.text, "offsets do not slice the entity's text")
    }
}
