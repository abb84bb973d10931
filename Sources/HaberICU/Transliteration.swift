@_implementationOnly import CICU

/// An ICU transliterator, e.g. `Any-Latin; Latin-ASCII` to fold `Gümüşhane` to `Gumushane`.
///
/// Not thread-safe: one instance per thread.
public final class Transliterator: @unchecked Sendable {
    private let handle: UnsafeMutablePointer<UnsafeMutableRawPointer?>

    public init(id: String) throws(ICUError) {
        let idUnits = Array(id.utf16)
        var status = U_ZERO_ERROR
        let handle = idUnits.withUnsafeBufferPointer {
            utrans_openU($0.baseAddress, Int32($0.count), UTRANS_FORWARD, nil, 0, nil, &status)
        }
        try ICUError.check(status, "utrans_openU(\(id))")
        guard let handle else { throw ICUError(operation: "utrans_openU", code: 1) }
        self.handle = handle
    }

    deinit { utrans_close(handle) }

    public func transliterate(_ text: String) -> String {
        if text.isEmpty { return text }
        var units = Array(text.utf16)
        var length = Int32(units.count)
        var limit = length
        var capacity = Int32(units.count * 2 + 16)
        units.append(contentsOf: repeatElement(0, count: Int(capacity) - units.count))
        var status = U_ZERO_ERROR
        units.withUnsafeMutableBufferPointer { buffer in
            utrans_transUChars(handle, buffer.baseAddress, &length, capacity, 0, &limit, &status)
        }
        if status == U_BUFFER_OVERFLOW_ERROR {
            capacity = length + 1
            units = Array(text.utf16) + [UInt16](repeating: 0, count: Int(capacity) - text.utf16.count)
            length = Int32(text.utf16.count)
            limit = length
            status = U_ZERO_ERROR
            units.withUnsafeMutableBufferPointer { buffer in
                utrans_transUChars(handle, buffer.baseAddress, &length, capacity, 0, &limit, &status)
            }
        }
        guard status.rawValue <= 0 else { return text }
        return String(decoding: units[0..<Int(length)], as: UTF16.self)
    }
}
