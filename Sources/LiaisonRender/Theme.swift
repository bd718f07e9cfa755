/// How the drawings look: font, sizes, the colours of affiliations, text and lines.
///
/// One theme serves print and screen: dark text on white or on light tints, line colours dark
/// enough to read on white (at least 4.5:1, WCAG's level for text), and a font that covers
/// Vietnamese (DejaVu Sans). ``standard`` is the default; a theme is plain data, so a caller can
/// copy it and change a field.
///
/// ```swift
/// var theme = Theme.standard
/// theme.fontSize = 12
/// let graph = TimelineDOT.graph(for: dossier, options: .init(theme: theme))
/// ```
public struct Theme: Sendable, Hashable {
    /// A pair of colours for one affiliation: a light fill behind dark text, and a strong
    /// stroke for borders, lines and swatches.
    public struct Swatch: Sendable, Hashable {
        /// `#RRGGBB`, light: text on it is ``Theme/text``.
        public var fill: String
        /// `#RRGGBB`, dark enough to read on white.
        public var stroke: String

        public init(fill: String, stroke: String) {
            self.fill = fill
            self.stroke = stroke
        }
    }

    /// The font family of every label (`fontname`). Must be installed for PNG and PDF; SVG
    /// names it and leaves the choice to the viewer.
    public var fontName: String
    /// The size of ordinary labels, in points.
    public var fontSize: Double
    /// The size of small print (roles, dates, captions, edge labels), in points.
    public var smallFontSize: Double
    /// The size of the title, in points.
    public var titleFontSize: Double

    /// Colours of affiliations, in the order they are handed out (see ``AffiliationColors``).
    public var palette: [Swatch]
    /// For affiliations past the palette, and for nodes with none stated.
    public var neutral: Swatch

    /// Text.
    public var text: String
    /// Secondary text: roles, captions, axis ticks that only bound a span.
    public var mutedText: String
    /// Lines between nodes that belong to nobody's colour, and the date axis.
    public var line: String
    /// The page.
    public var background: String
    /// Event nodes' fill.
    public var eventFill: String

    public init(
        fontName: String, fontSize: Double, smallFontSize: Double, titleFontSize: Double,
        palette: [Swatch], neutral: Swatch, text: String, mutedText: String, line: String,
        background: String, eventFill: String
    ) {
        self.fontName = fontName
        self.fontSize = fontSize
        self.smallFontSize = smallFontSize
        self.titleFontSize = titleFontSize
        self.palette = palette
        self.neutral = neutral
        self.text = text
        self.mutedText = mutedText
        self.line = line
        self.background = background
        self.eventFill = eventFill
    }

    /// The default theme: DejaVu Sans, eight affiliation colours after the Okabe–Ito
    /// colour-blind-safe hues (blue, vermilion, green, purple, ochre, teal, rose, olive),
    /// darkened for lines and lightened for fills.
    public static let standard = Theme(
        fontName: "DejaVu Sans",
        fontSize: 11,
        smallFontSize: 9,
        titleFontSize: 16,
        palette: [
            Swatch(fill: "#DCE8F6", stroke: "#1F5FA8"),  // blue
            Swatch(fill: "#FBE3D2", stroke: "#B34700"),  // vermilion
            Swatch(fill: "#D7F0E5", stroke: "#1B7450"),  // green
            Swatch(fill: "#EADFF4", stroke: "#6F3F9E"),  // purple
            Swatch(fill: "#F6EBC5", stroke: "#7D6100"),  // ochre
            Swatch(fill: "#D3EEF2", stroke: "#00697A"),  // teal
            Swatch(fill: "#F7DCE8", stroke: "#A82B63"),  // rose
            Swatch(fill: "#E6ECCF", stroke: "#56631A"),  // olive
        ],
        neutral: Swatch(fill: "#EEEEEE", stroke: "#616161"),
        text: "#1A1A1A",
        mutedText: "#595959",
        line: "#4D4D4D",
        background: "#FFFFFF",
        eventFill: "#FFFFFF"
    )
}
