import Foundation

extension Theme {
    /// The WCAG 2 contrast ratio of two `#RRGGBB` colours, from 1 (the same) to 21 (black on
    /// white); `nil` when either is not of that form. 4.5 is the level WCAG asks of body text,
    /// 3 of large text and graphics.
    public static func contrast(_ a: String, _ b: String) -> Double? {
        guard let la = luminance(a), let lb = luminance(b) else { return nil }
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// WCAG relative luminance of `#RRGGBB`.
    static func luminance(_ hex: String) -> Double? {
        guard let (r, g, b) = rgb(hex) else { return nil }
        func channel(_ v: Int) -> Double {
            let c = Double(v) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    }

    /// The red, green and blue of `#RRGGBB` (0–255 each).
    static func rgb(_ hex: String) -> (Int, Int, Int)? {
        let bytes = Array(hex.utf8)
        guard bytes.count == 7, bytes[0] == UInt8(ascii: "#") else { return nil }
        var values: [Int] = []
        for k in stride(from: 1, to: 7, by: 2) {
            guard let hi = hexDigit(bytes[k]), let lo = hexDigit(bytes[k + 1]) else { return nil }
            values.append(hi * 16 + lo)
        }
        return (values[0], values[1], values[2])
    }

    private static func hexDigit(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x30...0x39: return Int(byte - 0x30)
        case 0x41...0x46: return Int(byte - 0x41 + 10)
        case 0x61...0x66: return Int(byte - 0x61 + 10)
        default: return nil
        }
    }
}
