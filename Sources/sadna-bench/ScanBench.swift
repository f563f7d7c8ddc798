import Foundation
import SadnaKit
import SadnaPrint
import SadnaScan
import SadnaTestSupport

// Scan (issue 31): a 12-megapixel JPEG photo of a filled A3 journey canvas (six sticky notes,
// turned 8°, seen in slight perspective, lit unevenly) read, recognised by its corner marks,
// straightened and cut into every cell's PNG with the whole page. Target: under 2 s.

func benchScan(laying: LayoutContext, output: URL) throws {
    let page = try Catalog.job(PrintRequest(.journeyCanvas, stages: 6), in: laying).document.pages[0]
    let lanes = (page.scanForm?.fields ?? []).map(\.name).filter { $0.hasPrefix("stage-1-") && $0 != "stage-1-title" }
    var marks: [String: SyntheticPhoto.Mark] = [:]
    for stage in 1...6 { marks["stage-\(stage)-\(lanes[stage % lanes.count].dropFirst(8))"] = .stickyNote }
    var maker = SyntheticPhoto()
    maker.frameWidth = 4032
    maker.frameHeight = 3024
    maker.rotation = -8
    let photoURL = output.appendingPathComponent("canvas.jpg")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    try maker.jpeg(of: page, marks: marks).write(to: photoURL)
    let workshop = output.appendingPathComponent("scan-workshop")
    let before = peakMemoryMB()
    let start = Date()
    let photo = try Photo.read(photoURL)
    let read = Date().timeIntervalSince(start)
    let scanned = try FormScanner(context: laying).scan(photo)
    let recognised = Date().timeIntervalSince(start)
    let saved = try ScanStore(workshop: workshop).save(scanned, photo: photoURL, meeting: "bench", replace: true)
    let seconds = Date().timeIntervalSince(start)
    print("scan: a \(photo.width)×\(photo.height) photo of a filled A3 journey canvas (target: under 2 s)")
    print(
        String(
            format:
                "  %.2f s (read %.2f s, recognised and straightened %.2f s, %d crops written %.2f s); %d of %d notes found; peak memory %.0f MB (%.0f MB before)",
            seconds, read, recognised - read, scanned.fields.count, seconds - recognised, saved.inked.count, marks.count,
            peakMemoryMB(), before))
}

// Marks at every tilt (issue 31): an A3 canvas, an A4 persona form and an A4 sheet of the tiled
// canvas, each photographed turned either way by 4° to 25° (perspective, uneven light, blur, JPEG
// quality 70, 4000×3000 frame): how many angles are recognised with each mark in its own field.

func benchScanAngles(laying: LayoutContext) throws {
    let canvas = try Catalog.job(PrintRequest(.journeyCanvas, stages: 6), in: laying).document.pages[0]
    let persona = try Catalog.job(PrintRequest(.personaForm), in: laying).document.pages[0]
    let sheet = try Catalog.job(PrintRequest(.journeyCanvas, paper: Paper(.a4), stages: 6), in: laying).document.pages[2]
    let sheetCell = (sheet.scanForm?.fields ?? []).map(\.name).first { $0.hasPrefix("stage-") && !$0.hasSuffix("-title") } ?? ""
    let forms: [(name: String, page: Page, marks: [String: SyntheticPhoto.Mark])] = [
        ("A3 canvas", canvas, ["stage-1-actions": .stickyNote, "stage-6-pains": .stickyNote, "stage-4-title": .text("תור")]),
        ("A4 persona form", persona, ["name": .text("סמדר"), "problems": .strokes]),
        ("A4 sheet 3 of the tiled canvas", sheet, [sheetCell: .stickyNote]),
    ]
    let angles: [Double] = [-25, -20, -15, -14, -12, -10, -5, 4, 5, 10, 12, 14, 15, 20, 25]
    let scanner = FormScanner(context: laying)
    print("scan: marks at every tilt (\(angles.map { String(Int($0)) }.joined(separator: ", "))°)")
    for form in forms {
        var missed: [String] = []
        for angle in angles {
            var maker = SyntheticPhoto()
            maker.rotation = angle
            maker.perspective = 0.1
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("sadna-bench-tilt.jpg")
            try maker.jpeg(of: form.page, marks: form.marks).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            do throws(ScanRefusal) {
                let scanned = try scanner.scan(Photo.read(file))
                if Set(scanned.fields.filter(\.hasInk).map(\.name)) != Set(form.marks.keys) {
                    missed.append("\(Int(angle))° (fields)")
                }
            } catch {
                missed.append("\(Int(angle))° (\(error.reason.rawValue))")
            }
        }
        print(
            "  \(form.name): \(angles.count - missed.count) of \(angles.count) angles"
                + (missed.isEmpty ? "" : "; missed: " + missed.joined(separator: ", ")))
    }
}
