import Foundation
import LiaisonCore
import LiaisonExtraction

/// Extraction throughput: MB of article text per second on one core, for Vietnamese and English,
/// over articles of about 3 KB built from sentences written for this benchmark (people with
/// titles, meetings, visits, dates, quotations). Reported with the temporal tagger (the whole of
/// `liaison extract`'s work on a document) and without it (entities and events alone).
///
/// Options (after `liaison-bench extract`): `--mb X` text per language (default 4), `--runs N`
/// (best of N, default 3), `--lang vi|en` one language only, `--stream N` instead: extract N
/// articles one after the other in this process and report resident memory every N/10 articles.
/// `--files PATH…` measures document JSON files (or the `.json` files of folders: `id`, `lang`,
/// `published`, `text`) instead of the synthetic articles, repeated up to `--mb`. `--profile`
/// extracts the corpus once, with the temporal tagger, inside `extractEvery` and nothing else
/// measured, for `valgrind --tool=callgrind --toggle-collect='*extractEvery*'`.
func runExtractionBenchmark() {
    let options = BenchOptions(CommandLine.arguments.dropFirst(2))
    if !options.files.isEmpty {
        runExtractionFiles(options)
        return
    }
    let vietnamese = [
        "Thủ tướng Phạm Minh Chính đã có cuộc gặp với Tổng thống Pháp Emmanuel Macron tại Paris ngày 13/11.",
        "Hai bên nhất trí tăng cường hợp tác trong các lĩnh vực kinh tế, thương mại, đầu tư và giáo dục.",
        "Trong cuộc hội đàm với Ngoại trưởng Nhật Bản Iwaya Takeshi, Bộ trưởng Ngoại giao Bùi Thanh Sơn khẳng định Việt Nam coi trọng quan hệ với Nhật Bản.",
        "Theo thông cáo của Bộ Ngoại giao, Chủ tịch nước Lương Cường sẽ thăm chính thức Chile từ ngày 9 đến 12-11.",
        "Kim ngạch thương mại song phương đạt 2,15 tỷ USD năm 2022, tăng 12% so với năm trước đó.",
        "\"Chúng tôi sẵn sàng thúc đẩy quan hệ đối tác chiến lược toàn diện\", ông Macron nói.",
        "Tổng thư ký Liên Hợp Quốc António Guterres đã điện đàm với Ngoại trưởng Mỹ Antony Blinken.",
        "Ông Blinken cũng có các cuộc gặp riêng rẽ với Thủ tướng Đức Olaf Scholz và bà Ursula von der Leyen.",
        "Hôm qua, hai nước đã ký kết bản ghi nhớ về hợp tác năng lượng tái tạo tại Hà Nội.",
        "Phó Thủ tướng Trần Hồng Hà sẽ tiếp Đại sứ Hàn Quốc vào cuối tuần này.",
        "Người dân địa phương cho biết giá cả hàng hóa tăng nhẹ trong những ngày gần đây.",
        "Ngoại trưởng Blinken không gặp người đồng cấp Trung Quốc Vương Nghị trong chuyến thăm lần này.",
    ]
    let english = [
        "Secretary of State Antony J. Blinken met on Wednesday with Russian Foreign Minister Sergey Lavrov in Reykjavik.",
        "Officials from both countries agreed to expand cooperation on trade, energy and education.",
        "Prime Minister Keir Starmer hosted German Chancellor Olaf Scholz at Downing Street on Monday.",
        "Trade between the two countries reached $2.15 billion in 2022, up 12 percent from a year earlier.",
        "“We had a very productive conversation,” Mr. Starmer told reporters after the meeting.",
        "Chinese President Xi Jinping is expected to visit France and Serbia next week, the ministry said.",
        "Speaking at a press conference, the spokesperson said the position of the government was unchanged.",
        "Ukrainian President Volodymyr Zelensky spoke by phone with NATO Secretary-General Mark Rutte on Friday.",
        "The two leaders did not meet during the summit in Rio de Janeiro, officials said.",
        "A second round of talks is scheduled for Nov. 18-19, 2024, in Geneva, the U.S. State Department said.",
        "Residents said the prices of everyday goods had risen slightly over recent weeks.",
        "Indian Prime Minister Narendra Modi held separate meetings with Japanese Prime Minister Shigeru Ishiba and Australian Prime Minister Anthony Albanese.",
    ]
    func articles(_ sentences: [String], bytes: Int) -> [String] {
        var out: [String] = []
        var total = 0
        var i = 0
        while total < bytes {
            var article = ""
            while article.utf8.count < 3000 {
                article += sentences[i % sentences.count]
                article += i % 4 == 3 ? "\n\n" : " "
                i += 1
            }
            total += article.utf8.count
            out.append(article)
            i += 1  // vary the first sentence of each article
        }
        return out
    }
    let size = Int(options.megabytes * 1_048_576)
    for (language, sentences) in [("vi", vietnamese), ("en", english)] where options.language.map({ $0 == language }) ?? true {
        if let count = options.stream {
            runExtractionStream(language: language, sentences: sentences, count: count)
            continue
        }
        guard let extractor = try? Extractor(language: language),
              let tagger = try? TemporalTagger(language: language) else {
            print("extract/\(language): cannot load the packs")
            continue
        }
        let texts = articles(sentences, bytes: size)
        let documents = texts.enumerated().map { n, t in
            Document(id: "bench-\(n)", published: Day(2024, 11, 14), language: language, text: t)
        }
        if options.profile {
            profileOnce(language: language, documents: documents, extractor: extractor)
            continue
        }
        let dates = documents.map { tagger.mentions(in: $0.text, published: $0.published) }
        let megabytes = Double(texts.reduce(0) { $0 + $1.utf8.count }) / 1_048_576
        var events = 0
        // CPU time of this thread: the figure per core, whatever else the machine runs.
        func measure(_ body: () -> Int) -> Double {
            var best = Double.infinity
            for _ in 0..<options.runs {
                let start = threadCPUSeconds()
                events = body()
                best = min(best, threadCPUSeconds() - start)
            }
            return best
        }
        let whole = measure { extractEvery(documents, with: extractor) }
        let alone = measure {
            zip(documents, dates).reduce(0) { $0 + extractor.extract($1.0, dateMentions: $1.1).events.count }
        }
        print(String(format: "extract/%@: %d articles, %.1f MB: %.1f MB/s (CPU time, one core) with the temporal tagger, %.1f MB/s without; %d events; target %.0f MB/s %@",
                     language, documents.count, megabytes, megabytes / whole, megabytes / alone, events,
                     extractionTarget, megabytes / whole >= extractionTarget ? "met" : "MISSED"))
    }
}

/// What extraction must reach, in MB of article text per second of one core (with the
/// temporal tagger), on the synthetic articles.
private let extractionTarget = 5.0

/// CPU time of this thread: the figure per core, whatever else the machine runs.
private func threadCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// Extracts every document, with the temporal tagger, and counts their events. Not inlined, so
/// that callgrind can count its instructions alone.
@inline(never)
private func extractEvery(_ documents: [Document], with extractor: Extractor) -> Int {
    documents.reduce(0) { $0 + extractor.extract($1).events.count }
}

/// One pass over `documents` for a profiler; prints the bytes, to turn instructions into
/// instructions per byte.
private func profileOnce(language: String, documents: [Document], extractor: Extractor) {
    let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
    let events = extractEvery(documents, with: extractor)
    print("profile/\(language): \(documents.count) articles, \(bytes) bytes, \(events) events")
}

/// `--files`: the throughput on given documents, by language, each language's documents repeated
/// up to `--mb` of text.
private func runExtractionFiles(_ options: BenchOptions) {
    var paths: [String] = []
    for path in options.files {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            print("extract: no file \(path)")
            return
        }
        if isFolder.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            paths += names.filter { $0.hasSuffix(".json") }.sorted().map { path + "/" + $0 }
        } else {
            paths.append(path)
        }
    }
    var byLanguage: [String: [Document]] = [:]
    for path in paths {
        guard let data = FileManager.default.contents(atPath: path),
              let document = try? JSONDecoder().decode(Document.self, from: data) else {
            print("extract: cannot read a document from \(path)")
            return
        }
        byLanguage[document.language ?? "en", default: []].append(document)
    }
    for (language, originals) in byLanguage.sorted(by: { $0.key > $1.key })
    where options.language.map({ $0 == language }) ?? true {
        guard let extractor = try? Extractor(language: language) else {
            print("extract/\(language): cannot load the packs")
            continue
        }
        let once = originals.reduce(0) { $0 + $1.text.utf8.count }
        let repeats = max(1, Int(options.megabytes * 1_048_576) / max(1, once))
        let documents = (0..<repeats).flatMap { _ in originals }
        if options.profile {
            profileOnce(language: language, documents: documents, extractor: extractor)
            continue
        }
        var best = Double.infinity
        var events = 0
        for _ in 0..<options.runs {
            let start = threadCPUSeconds()
            events = extractEvery(documents, with: extractor)
            best = min(best, threadCPUSeconds() - start)
        }
        let megabytes = Double(once * repeats) / 1_048_576
        print(String(format: "files/%@: %d articles (%.0f KB) × %d, %.1f MB: %.1f MB/s (CPU time, one core) with the temporal tagger; %d events",
                     language, originals.count, Double(once) / 1024, repeats, megabytes, megabytes / best, events))
    }
}

/// The options of `liaison-bench extract`.
private struct BenchOptions {
    var megabytes = 4.0
    var runs = 3
    var language: String?
    var stream: Int?
    var files: [String] = []
    var profile = false

    init<S: Sequence>(_ arguments: S) where S.Element == String {
        var it = arguments.makeIterator()
        while let a = it.next() {
            switch a {
            case "--mb": megabytes = it.next().flatMap(Double.init) ?? megabytes
            case "--runs": runs = max(1, it.next().flatMap(Int.init) ?? runs)
            case "--lang": language = it.next()
            case "--stream": stream = it.next().flatMap(Int.init)
            case "--profile": profile = true
            case "--files":
                while let path = it.next() {
                    if path.hasPrefix("--") {
                        print("extract: --files takes the remaining arguments; ignoring \(path)")
                        continue
                    }
                    files.append(path)
                }
            default: print("extract: ignoring option \(a)")
            }
        }
    }
}

/// Resident memory of this process in MB (from /proc/self/statm), or nil where there is none.
private func residentMegabytes() -> Double? {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Double(fields[1]) else { return nil }
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

/// Extracts `count` articles one after the other (each made when it is needed and dropped after,
/// as `liaison extract` over a long stream does) and prints resident memory every tenth of them.
private func runExtractionStream(language: String, sentences: [String], count: Int) {
    guard let extractor = try? Extractor(language: language) else {
        print("extract/\(language): cannot load the packs")
        return
    }
    var events = 0
    var bytes = 0
    let step = max(1, count / 10)
    print(String(format: "stream/%@: before: %.1f MB resident", language, residentMegabytes() ?? .nan))
    for n in 0..<count {
        // vary the articles: a rotating window of the sentences and a changing name
        var text = ""
        var i = n
        while text.utf8.count < 3000 {
            text += sentences[i % sentences.count]
            text += i % 4 == 3 ? "\n\n" : " "
            i += 1
        }
        text += " Ông Nguyễn Văn An\(n % 97) cho biết vào ngày \(1 + n % 28)/\(1 + n % 12)."
        bytes += text.utf8.count
        let document = Document(id: "stream-\(n)", published: Day(2024, 11, 14), language: language, text: text)
        events += extractor.extract(document).events.count
        if (n + 1) % step == 0 {
            print(String(format: "stream/%@: %6d articles, %.1f MB of text: %.1f MB resident", language, n + 1,
                         Double(bytes) / 1_048_576, residentMegabytes() ?? .nan))
        }
    }
    print("stream/\(language): \(events) events")
}
