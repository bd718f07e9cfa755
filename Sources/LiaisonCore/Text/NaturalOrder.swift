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
        var x = a.utf8.makeIterator()
        var y = b.utf8.makeIterator()
        var cx = x.next()
        var cy = y.next()
        while let p = cx, let q = cy {
            if isDigit(p) && isDigit(q) {
                // Compare the two digit runs as numbers: skip leading zeros, then length, then digits.
                var runA: [UInt8] = []
                var runB: [UInt8] = []
                var c: UInt8? = p
                while let d = c, isDigit(d) { runA.append(d); c = x.next() }
                cx = c
                c = q
                while let d = c, isDigit(d) { runB.append(d); c = y.next() }
                cy = c
                let trimmedA = runA.drop { $0 == 48 }
                let trimmedB = runB.drop { $0 == 48 }
                if trimmedA.count != trimmedB.count { return trimmedA.count < trimmedB.count ? -1 : 1 }
                for (da, db) in zip(trimmedA, trimmedB) where da != db { return da < db ? -1 : 1 }
                continue
            }
            if p != q { return p < q ? -1 : 1 }
            cx = x.next()
            cy = y.next()
        }
        if cx == nil && cy == nil {
            // Equal under natural order; break ties ("ev-02" vs "ev-2") by plain byte order.
            return a == b ? 0 : (Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8)) ? -1 : 1)
        }
        return cx == nil ? -1 : 1
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
}
