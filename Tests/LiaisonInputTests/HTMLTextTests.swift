import Testing

@testable import LiaisonInput

@Suite struct HTMLTextTests {
    @Test func dropsWhatIsNotTheArticle() {
        let page = HTMLText(
            html: """
                <html><head><style>p { color: red }</style><script>var a = "<p>not text</p>";</script></head>
                <body><header>Site name</header><nav><a href="/">Home</a></nav>
                <p>First paragraph.</p><aside>Related stories</aside>
                <form><input name="q"><button>Search</button></form>
                <p>Second   paragraph,
                   on two lines.</p><footer>© News</footer></body></html>
                """)
        #expect(page.text == "First paragraph.\n\nSecond paragraph, on two lines.")
    }

    @Test func decodesCharacterReferences() {
        let page = HTMLText(html: "<p>Tom &amp; Jerry &#233;t&#xE9; Ng&#x1EA1;i giao&nbsp;&#273;o&agrave;n &lt;b&gt; &bogus; &amp</p>")
        #expect(page.text == "Tom & Jerry été Ngại giao đoàn <b> &bogus; &")
    }

    @Test func readsTheMetadataOfANewsPage() {
        let page = HTMLText(
            html: """
                <html lang="vi-VN"><head>
                <title>Thủ tướng &amp; Tổng thống</title>
                <meta property="og:url" content="https://example.vn/bai-viet">
                <link rel="canonical" href="https://example.vn/canonical">
                </head><body><article><time datetime="2024-11-19T07:00:00+07:00">19/11</time>
                <p>Nội dung.</p></article></body></html>
                """)
        #expect(page.title == "Thủ tướng & Tổng thống")
        #expect(page.url == "https://example.vn/bai-viet")
        #expect(page.published == "2024-11-19T07:00:00+07:00")
        #expect(page.language == "vi")
        let canonical = HTMLText(html: "<link rel=\"canonical\" href=\"https://example.vn/c\"><p>x</p>")
        #expect(canonical.url == "https://example.vn/c")
    }

    @Test func prefersTheArticleElementWhenItHasText() {
        let body = String(repeating: "Hai bên thảo luận về hợp tác kinh tế và thương mại. ", count: 6)
        let page = HTMLText(
            html: "<body><div>Most read: other story</div><article><h1>Headline</h1><p>\(body)</p></article><div>Comments</div></body>")
        #expect(page.text.hasPrefix("Headline\n\nHai bên thảo luận"))
        #expect(!page.text.contains("Most read"))
        #expect(!page.text.contains("Comments"))
    }

    @Test func blockElementsAndLineBreaksSeparateText() {
        let page = HTMLText(html: "<div>One<br>Two</div><ul><li>Three</li><li>Four</li></ul><h2>Five</h2>Six")
        #expect(page.text == "One\nTwo\n\nThree\n\nFour\n\nFive\n\nSix")
    }

    @Test func toleratesBrokenMarkup() {
        #expect(HTMLText(html: "<p>Unclosed <b>bold and a < sign and 3 <4").text == "Unclosed bold and a < sign and 3 <4")
        #expect(HTMLText(html: "<!-- never closed").text == "")
        #expect(HTMLText(html: "<p title='a > b'>Quoted</p>").text == "Quoted")
        #expect(HTMLText(html: "").text == "")
        #expect(HTMLText(html: "<script>unterminated").text == "")
        // A form left open would swallow the page: then its text is kept after all.
        #expect(HTMLText(html: "<form><p>Everything after an unclosed form.</p>").text == "Everything after an unclosed form.")
    }
}
