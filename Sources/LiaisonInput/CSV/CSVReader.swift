/// A strict RFC 4180 reader on UTF-8 bytes: fields separated by commas, records by CRLF or LF,
/// fields in double quotes may hold commas, line breaks and doubled quotes (`""`).
///
/// Beyond the RFC: a UTF-8 byte-order mark is skipped, a bare LF ends a record like CRLF, and
/// blank lines are skipped. A quote inside an unquoted field, text after a closing quote, an
/// unclosed quote and invalid UTF-8 are errors that name their line.
public enum CSVReader {
    /// One record and the line it starts on (1-based).
    public struct Record: Sendable, Hashable {
        public var fields: [String]
        public var line: Int
    }

    public static func records(_ input: some Collection<UInt8>, file: String) throws(InputError) -> [Record] {
        let bytes = Array(input)
        var records: [Record] = []
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        let n = bytes.count
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr: UInt8 = 0x0D, lf: UInt8 = 0x0A

        func text(_ slice: ArraySlice<UInt8>, _ at: Int) throws(InputError) -> String {
            guard let s = String(validating: slice, as: UTF8.self) else {
                throw InputError(file: file, line: at, message: "the text is not valid UTF-8")
            }
            return s
        }

        while i < n {
            // Skip blank lines.
            if bytes[i] == lf { line += 1; i += 1; continue }
            if bytes[i] == cr && i + 1 < n && bytes[i + 1] == lf { line += 1; i += 2; continue }

            let recordLine = line
            var fields: [String] = []
            var endOfRecord = false
            while !endOfRecord {
                if i < n && bytes[i] == quote {
                    // Quoted field.
                    let openLine = line
                    i += 1
                    var value: [UInt8] = []
                    var closed = false
                    while i < n {
                        let b = bytes[i]
                        if b == quote {
                            if i + 1 < n && bytes[i + 1] == quote {
                                value.append(quote)
                                i += 2
                                continue
                            }
                            i += 1
                            closed = true
                            break
                        }
                        if b == lf { line += 1 }
                        value.append(b)
                        i += 1
                    }
                    guard closed else {
                        throw InputError(file: file, line: openLine, field: "column \(fields.count + 1)",
                                         message: "a quoted field is never closed")
                    }
                    fields.append(try text(value[...], openLine))
                    if i < n && bytes[i] != comma && bytes[i] != lf && !(bytes[i] == cr && i + 1 < n && bytes[i + 1] == lf) {
                        throw InputError(file: file, line: line, field: "column \(fields.count)",
                                         message: "text after a closing quote (write \"\" for a quote inside quotes)")
                    }
                } else {
                    let start = i
                    while i < n && bytes[i] != comma && bytes[i] != lf && !(bytes[i] == cr && i + 1 < n && bytes[i + 1] == lf) {
                        if bytes[i] == quote {
                            throw InputError(file: file, line: line, field: "column \(fields.count + 1)",
                                             message: "a quote inside an unquoted field (quote the whole field and double the quote)")
                        }
                        i += 1
                    }
                    fields.append(try text(bytes[start..<i], line))
                }
                if i >= n {
                    endOfRecord = true
                } else if bytes[i] == comma {
                    i += 1
                    if i >= n { fields.append("") ; endOfRecord = true }
                } else if bytes[i] == lf {
                    i += 1
                    line += 1
                    endOfRecord = true
                } else {  // CRLF
                    i += 2
                    line += 1
                    endOfRecord = true
                }
            }
            records.append(Record(fields: fields, line: recordLine))
        }
        return records
    }
}
