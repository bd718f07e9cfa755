import Foundation
import LiaisonCore
import LiaisonGraphviz
import LiaisonRender

/// The drawings of a report: the timeline and the meeting network as SVG.
enum ReportFigures {
    struct Figures {
        var timeline: Data?
        var network: Data?
        /// Shown where a drawing is missing.
        var note: String
        var warnings: [String] = []
    }

    /// Draws the timeline and the network of `dossier` with the renderers the `timeline` and
    /// `network` commands use. A drawing that fails is left out with a warning; the report is
    /// still written.
    static func make(for dossier: Dossier) -> Figures {
        var figures = Figures(
            timeline: nil, network: nil,
            note: "This drawing could not be made; see the warnings of `liaison report`.")
        do {
            let drawing = TimelineDOT(dossier: dossier)
            figures.timeline = try GraphvizRenderer.shared.render(drawing.graph, engine: TimelineDOT.engine, format: .svg).data
        } catch {
            figures.warnings.append("the timeline could not be drawn: \(error)")
        }
        do {
            let drawing = try NetworkDOT(dossier: dossier)
            figures.network = try GraphvizRenderer.shared.render(drawing.graph, engine: drawing.engine, format: .svg).data
        } catch {
            figures.warnings.append("the meeting network could not be drawn: \(error)")
        }
        return figures
    }
}
