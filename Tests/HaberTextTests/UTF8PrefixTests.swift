import HaberText
import Testing

/// `hasUTF8Prefix` answers as `hasPrefix` does, where the bytes settle it and where they
/// leave it to the characters.
@Suite("UTF-8 prefix")
struct UTF8PrefixTests {
    @Test("same answer as hasPrefix", arguments: [
        ("ayında", "ay", true),
        ("ayında", "ayı", true),
        ("ay", "ayı", false),
        ("ay", "ay", true),
        ("", "", true),
        ("ay", "", true),
        ("", "ay", false),
        ("projesi", "proje", true),
        ("projesi", "proja", false),
        ("fuarında", "fuar", true),
        ("şubatta", "şubat", true),
        ("şubatta", "subat", false),
        ("İzmir", "İz", true),
        ("izmir", "İz", false),
        ("café", "cafe", false),                 // é precomposed: the prefix ends inside no character
        ("cafe\u{301}", "cafe", false),          // e + combining acute: one character past the prefix
        ("cafe\u{301}s", "caf\u{E9}", true),     // canonically equal, other bytes
        ("caf\u{E9}s", "cafe\u{301}", true),
        ("a\r\nb", "a\r", false),                // CR LF is one character
        ("a\r\nb", "a\r\n", true),
        ("a\rb", "a\r", true),
        ("👍🏽ok", "👍", false),                  // skin tone modifier extends the emoji
        ("👍🏽ok", "👍🏽", true),
        ("日本語", "日本", true),
        ("日本語", "日本語です", false),
        ("2017'de", "2017", true),
        ("janvier", "janv", true),
        ("Janvier", "janv", false),
    ])
    func agreesWithHasPrefix(text: String, prefix: String, expected: Bool) {
        #expect(text.hasPrefix(prefix) == expected)
        #expect(text.hasUTF8Prefix(prefix) == expected)
    }
}
