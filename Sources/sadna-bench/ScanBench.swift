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
