/// Ordering of ids and names where runs of digits compare as numbers: `ev-2` before `ev-10`.
///
/// Works on UTF-8 bytes; byte order elsewhere, so it is total and locale-free (the same on every
/// machine). Two strings that differ only in leading zeros ("ev-02", "ev-2") fall back to plain
/// byte order, so only equal strings compare equal.
public enum NaturalOrder {
    /// Whether `a` sorts before `b`.
    public static func less(_ a: String, _ b: String) -> Bool {
        compare(a, b) < 0
    }

    /// -1, 0 or 1.
    public static func compare(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in compare(x, y) } }
    }

    static func compare(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Int {
        var i = 0, j = 0
        while i < x.count && j < y.count {
            let p = x[i], q = y[j]
            if isDigit(p) && isDigit(q) {
                // Compare the two digit runs as numbers: skip leading zeros, then length, then digits.
                var si = i, sj = j
                while si < x.count && x[si] == 48 { si += 1 }
                while sj < y.count && y[sj] == 48 { sj += 1 }
                var ei = si, ej = sj
                while ei < x.count && isDigit(x[ei]) { ei += 1 }
                while ej < y.count && isDigit(y[ej]) { ej += 1 }
                if ei - si != ej - sj { return ei - si < ej - sj ? -1 : 1 }
                var k = 0
                while k < ei - si {
                    if x[si + k] != y[sj + k] { return x[si + k] < y[sj + k] ? -1 : 1 }
                    k += 1
                }
                i = ei
                j = ej
                continue
            }
            if p != q { return p < q ? -1 : 1 }
            i += 1
            j += 1
        }
        if i < x.count { return 1 }
        if j < y.count { return -1 }
        // Equal under natural order; break ties ("ev-02" vs "ev-2") by plain byte order.
        let n = min(x.count, y.count)
        for k in 0..<n where x[k] != y[k] { return x[k] < y[k] ? -1 : 1 }
        return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
}
