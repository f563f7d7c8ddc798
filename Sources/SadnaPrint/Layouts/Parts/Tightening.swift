import SadnaKit

/// How tightly a flowing document is set: its gaps and its body type, each as a share of the
/// design. A document is laid out as designed first, and tighter only to pull a stray back.
public struct Tightness: Sendable, Hashable {
    /// The share of every gap and cell padding kept.
    public var spacing: Double
    /// The share of the body type's size kept (never under 8 pt).
    public var type: Double

    public static let asDesigned = Tightness(spacing: 1, type: 1)

    /// What is tried, in order: spacing first, then smaller type.
    static let steps = [
        asDesigned, Tightness(spacing: 0.8, type: 1), Tightness(spacing: 0.6, type: 1),
        Tightness(spacing: 0.6, type: 0.95), Tightness(spacing: 0.6, type: 0.9),
    ]

    /// `style` at this tightness: smaller by `type`, but not under the 8 pt floor (nor raised to it).
    func body(_ style: TextStyle) -> TextStyle {
        style.sized(max(min(8, style.size), style.size * type))
    }
}

/// Strays: a table's last row, a list's last item or a paragraph's last line alone at the top
/// of a page, or a last page that holds a scrap. A page like that looks like an accident and
/// is easily lost from the stack. Rather than print it, a layout is set again a little tighter —
/// spacing first, then type down to the 8 pt floor — until the stray comes back to the page
/// before; when nothing brings it back, the layout stays as designed.
enum Strays {
    /// A last page filled less than this share of its body holds a scrap.
    static let scrap = 0.15

    /// Whether `flow`, finished placing, left a stray.
    static func found(in flow: PageFlow) -> Bool {
        flow.strays > 0 || (flow.pages.count > 1 && flow.y - flow.margin < scrap * flow.pageBodyHeight)
    }

    /// The flow `layout` makes at the loosest tightness that leaves no stray (or as designed),
    /// with the typesetter's reports from that layout only: rejected tries report nothing.
    static func pulledBack(_ typesetter: Typesetter, layout: (Tightness) -> PageFlow) -> PageFlow {
        let earlier = typesetter.takeDiagnostics()
        var designed: (flow: PageFlow, reports: [Diagnostic])?
        var chosen: (flow: PageFlow, reports: [Diagnostic])?
        for tightness in Tightness.steps {
            let flow = layout(tightness)
            let reports = typesetter.takeDiagnostics()
            if designed == nil { designed = (flow, reports) }
            if !found(in: flow) {
                chosen = (flow, reports)
                break
            }
        }
        let kept = chosen ?? designed!
        // The typesetter reports a missing glyph or a long word once per run, so a later try would not repeat it.
        let glyphs = designed!.reports.filter { Typesetter.reportedOnceRules.contains($0.rule) && !kept.reports.contains($0) }
        (earlier + kept.reports + glyphs).forEach(typesetter.report)
        return kept.flow
    }
}

extension PageFlow {
    /// Leaves a gap of `height` millimetres as designed, less at a tighter setting.
    func gap(_ height: Double) {
        advance(height * tightness.spacing)
    }
}
