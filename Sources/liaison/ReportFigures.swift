import Foundation
import LiaisonCore

/// The drawings of a report: the timeline and the meeting network as SVG.
enum ReportFigures {
    struct Figures {
        var timeline: Data?
        var network: Data?
        /// Shown where a drawing is missing.
        var note: String
        var warnings: [String] = []
    }

    /// Draws the timeline and the network of `dossier`.
    ///
    /// The timeline and network renderers (`TimelineDOT`, `NetworkDOT` in LiaisonRender) are not
    /// in this build yet: the report is written without its drawings, and says so.
    static func make(for dossier: Dossier) -> Figures {
        Figures(
            timeline: nil, network: nil,
            note: "Drawing is not available in this build of Liaison: run `liaison timeline` and `liaison network` for the drawings.")
    }
}
