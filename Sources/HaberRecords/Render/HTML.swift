import HaberExtraction

/// The pieces every page shares: escaping, the head with its stylesheet, the legend.
///
/// Pages must open from a folder on disk with no network, and article text is untrusted:
/// everything is inline, the Content-Security-Policy forbids every fetch and every script,
/// and all text goes through `escaped`, so an article holding `<script>` shows it as text.
public enum HTML {
    /// `text` safe in element content and in quoted attribute values.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { append(scalar, to: &out) }
        return out
    }

    /// Appends one scalar, escaped.
    static func append(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        case "\n": out += "\n"
        default:
            // Other control characters are not allowed in HTML text; show them as U+FFFD.
            if scalar.value < 0x20 && scalar != "\t" && scalar != "\r" || (0x7F..<0xA0).contains(scalar.value) {
                out += "\u{FFFD}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }

    /// `<!DOCTYPE html>` through `<body>`.
    static func head(title: String, language: String = "en") -> String {
        """
        <!DOCTYPE html>
        <html lang="\(escaped(language))">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="haber">
        <title>\(escaped(title))</title>
        <style>\(stylesheet)</style>
        </head>
        <body>

        """
    }

    static let tail = "</body>\n</html>\n"

    /// The legend: one swatch per type, with a count when given.
    static func legend(_ counts: [EntityType: Int]) -> String {
        var out = "<ul class=\"legend\">"
        for type in EntityType.ordered {
            out += "<li><span class=\"swatch \(type.rawValue)\"></span>\(type.rawValue)"
            out += " <span class=\"count\">\(counts[type, default: 0])</span></li>"
        }
        return out + "</ul>\n"
    }

    /// One stylesheet for every page; type colours from `EntityType.colour`.
    static let stylesheet: String = {
        var css = """

            body{margin:1.5rem auto;max-width:62rem;padding:0 1rem;font:16px/1.55 system-ui,sans-serif;color:#222;background:#fff}
            h1{font-size:1.5rem;margin:.4rem 0}h2{font-size:1.15rem;margin:1.6rem 0 .5rem}
            a{color:#2a5d9f}.meta{color:#666;margin:.2rem 0 .8rem}
            .legend{list-style:none;padding:0;margin:.6rem 0 1rem;display:flex;flex-wrap:wrap;gap:.4rem 1rem;font-size:.85rem}
            .swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;margin-right:.3em;vertical-align:-.1em}
            .count{color:#666}
            .text{white-space:pre-wrap;overflow-wrap:anywhere;font:17px/1.7 Georgia,'DejaVu Serif',serif;border-top:1px solid #ddd;padding-top:1rem}
            mark{position:relative;color:inherit;padding:0 .08em;border-radius:2px;cursor:help}
            mark:hover::after,mark:focus::after{content:attr(data-tip);position:absolute;left:0;top:100%;z-index:2;margin-top:2px;
            white-space:pre;background:#222;color:#fff;font:12px/1.45 system-ui,sans-serif;padding:.35rem .55rem;border-radius:4px}
            table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid #e3e3e3;padding:.25rem .4rem;text-align:left;vertical-align:top}
            th{background:#f5f5f5}td.n{text-align:right;font-variant-numeric:tabular-nums}
            .charts{display:flex;flex-wrap:wrap;gap:1rem}svg{font:11px system-ui,sans-serif}svg .axis{fill:#666}

            """
        for type in EntityType.ordered {
            let name = type.rawValue, colour = type.colour
            css += "mark.\(name){background:\(colour)40;border-bottom:2px solid \(colour)}.swatch.\(name){background:\(colour)}\n"
        }
        return css
    }()
}
