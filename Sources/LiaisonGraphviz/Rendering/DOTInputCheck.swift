/// Checks DOT text for what Graphviz 2.x cannot take safely, before it reads it.
///
/// Graphviz's scanner reads a long string in 8 KiB steps and scans it again from its start after
/// each step, so reading a string costs the square of its length (a 10 MB label takes over a
/// minute, and no layout can be interrupted); and a label of more than 32,767 lines overflows a
/// 16-bit counter and crashes. Refusing any string or name longer than
/// ``GraphvizRenderer/maximumStringLength`` bytes avoids both.
enum DOTInputCheck {
    /// A string or name that is too long: the line it starts on.
    struct LongToken: Equatable {
        var line: Int
    }

    /// Where the first quoted string, HTML-like string or bare name in `bytes` longer than
    /// `limit` bytes starts (the scan stops there, so its cost does not grow with the string), following the DOT scanner's rules (comments skipped, `\"` inside quotes, nested
    /// `<…>`). An unterminated string runs to the end of the input.
    static func firstLongToken(in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> LongToken? {
        var line = 1
        var i = 0
        let count = bytes.count
        var atLineStart = true
        while i < count {
            let byte = bytes[i]
            let start = i, startLine = line
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                i += 1
                atLineStart = true
                continue
            case UInt8(ascii: "#") where atLineStart:
                while i < count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
                continue
            case UInt8(ascii: "/") where i + 1 < count && bytes[i + 1] == UInt8(ascii: "/"):
                while i < count, bytes[i] != UInt8(ascii: "\n") { i += 1 }
                continue
            case UInt8(ascii: "/") where i + 1 < count && bytes[i + 1] == UInt8(ascii: "*"):
                i += 2
                while i < count, !(bytes[i] == UInt8(ascii: "*") && i + 1 < count && bytes[i + 1] == UInt8(ascii: "/")) {
                    if bytes[i] == UInt8(ascii: "\n") { line += 1 }
                    i += 1
                }
                i += 2
                continue
            case UInt8(ascii: "\""):
                i += 1
                while i < count, i - start <= limit, bytes[i] != UInt8(ascii: "\"") {
                    if bytes[i] == UInt8(ascii: "\\"), i + 1 < count {
                        if bytes[i + 1] == UInt8(ascii: "\n") { line += 1 }
                        i += 1
                    } else if bytes[i] == UInt8(ascii: "\n") {
                        line += 1
                    }
                    i += 1
                }
                i += 1
            case UInt8(ascii: "<"):
                var depth = 0
                repeat {
                    if bytes[i] == UInt8(ascii: "<") { depth += 1 }
                    if bytes[i] == UInt8(ascii: ">") { depth -= 1 }
                    if bytes[i] == UInt8(ascii: "\n") { line += 1 }
                    i += 1
                } while i < count && depth > 0 && i - start <= limit
            default:
                if isNameByte(byte) {
                    while i < count, i - start <= limit, isNameByte(bytes[i]) { i += 1 }
                } else {
                    i += 1
                }
            }
            atLineStart = false
            if min(i, count) - start > limit {
                return LongToken(line: startLine)
            }
        }
        return nil
    }

    /// Letters, digits, `_`, `.`, `-` and any byte of a multi-byte UTF-8 character.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x5F || byte == 0x2E || byte == 0x2D || byte >= 0x80
    }
}
