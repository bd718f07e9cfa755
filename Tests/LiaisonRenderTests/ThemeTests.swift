import LiaisonGraphviz
import LiaisonRender
import Testing

@Suite("Theme")
struct ThemeTests {
    let theme = Theme.standard

    @Test("DejaVu Sans, which covers Vietnamese")
    func font() {
        #expect(theme.fontName == "DejaVu Sans")
    }

    @Test("lines and swatches read on white: every stroke at least 4.5:1")
    func strokes() throws {
        for swatch in theme.palette + [theme.neutral] {
            let ratio = try #require(Theme.contrast(swatch.stroke, theme.background))
            #expect(ratio >= 4.5, "\(swatch.stroke): \(ratio)")
        }
        #expect(try #require(Theme.contrast(theme.line, theme.background)) >= 4.5)
    }

    @Test("text on every fill at least 7:1, small print at least 4.5:1")
    func text() throws {
        for swatch in theme.palette + [theme.neutral] {
            #expect(try #require(Theme.contrast(theme.text, swatch.fill)) >= 7, "\(swatch.fill)")
            #expect(try #require(Theme.contrast(theme.mutedText, swatch.fill)) >= 4.5, "\(swatch.fill)")
        }
        #expect(try #require(Theme.contrast(theme.mutedText, theme.background)) >= 4.5)
    }

    @Test("eight distinct colours, each fill clearly lighter than its stroke")
    func distinct() throws {
        #expect(theme.palette.count == 8)
        #expect(Set(theme.palette.map(\.fill)).count == 8)
        #expect(Set(theme.palette.map(\.stroke)).count == 8)
        for swatch in theme.palette {
            #expect(try #require(Theme.contrast(swatch.fill, swatch.stroke)) >= 3)
        }
    }

    @Test("contrast is WCAG's: 21 for black on white, 1 for a colour with itself, nil for what is not #RRGGBB")
    func contrast() {
        #expect(Theme.contrast("#000000", "#FFFFFF").map { abs($0 - 21) < 0.01 } == true)
        #expect(Theme.contrast("#1F5FA8", "#1f5fa8") == 1)
        #expect(Theme.contrast("blue", "#FFFFFF") == nil)
        #expect(Theme.contrast("#12345", "#FFFFFF") == nil)
    }

    @Test("the font is installed: rendering a Vietnamese label with it gives no warning")
    func fontInstalled() throws {
        var graph = DOTGraph()
        graph.node("n1", ["label": "Ngoại trưởng Hoa Kỳ", "fontname": .string(theme.fontName)])
        let result = try GraphvizRenderer.shared.render(graph, engine: .dot, format: .png)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
    }
}
