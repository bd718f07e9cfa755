import Testing

@testable import LiaisonExtraction

@Suite struct LanguageDetectorTests {
    @Test(arguments: [
        "Hai ngoại trưởng đã gặp nhau tại Brussels để thảo luận về viện trợ quân sự.",
        "Thủ tướng tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ chiều nay.",
        // Full of English names, still Vietnamese.
        "Tổng thống Joe Biden và Ngoại trưởng Antony Blinken đã gặp Thủ tướng Keir Starmer tại London.",
        "Hà Nội",
        // Without diacritics the frequent syllables still tell.
        "Thu tuong va Bo truong da gap nhau tai Ha Noi, hai ben cung nhau ban ve hop tac cua hai nuoc.",
    ])
    func vietnamese(_ text: String) {
        #expect(LanguageDetector.detect(text) == "vi")
    }

    @Test(arguments: [
        "The two ministers met in Brussels on Wednesday to discuss military aid.",
        // Quoting Vietnamese names, still English.
        "Prime Minister Phạm Minh Chính met US President Joe Biden in Rio de Janeiro on Monday, the two leaders said in a statement.",
        "Officials said that the talks had been constructive and that they would meet again.",
    ])
    func english(_ text: String) {
        #expect(LanguageDetector.detect(text) == "en")
    }

    @Test(arguments: [
        "Le ministre des Affaires étrangères a rencontré son homologue à Paris pour discuter de la guerre.",
        "Der Außenminister traf am Dienstag seinen Amtskollegen in Berlin, um über den Krieg zu sprechen.",
        "El ministro de Asuntos Exteriores se reunió con su homólogo en Madrid para hablar de la guerra.",
        "两国外长周三在布鲁塞尔举行会谈。",
        "Министры иностранных дел встретились в Брюсселе.",
        "",
        "12345 !!! ---",
    ])
    func otherLanguagesAreNotGuessed(_ text: String) {
        #expect(LanguageDetector.detect(text) == nil)
    }
}
