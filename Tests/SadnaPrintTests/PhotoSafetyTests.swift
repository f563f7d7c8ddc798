import Foundation
import SadnaKit
import SadnaPrint
import SadnaTestSupport
import Testing

/// A persona's photo is checked from its first bytes before it is decoded: whatever a file holds,
/// the card prints (with initials when the photo cannot be used) and the photo's line is reported.
@Suite("A photo never crashes a card")
struct PhotoSafetyTests {
    /// Prints the persona cards of a workshop whose one persona names `name`, holding `data`.
    func cardWithPhoto(_ data: Data, named name: String) throws -> (card: Page, reports: [Diagnostic]) {
        let folder = makeWorkshop(meetings: [:])
        folder.write("personas/p.yaml", "name: פנים\nphoto: \(name)\n")
        try data.write(to: folder.path("personas/\(name)"))
        let workshop = try #require(check(folder.url).workshop)
        let typesetter = Typesetter()
        let layout = PersonaLayout(
            context: layoutContext(workshop, typesetter: typesetter), personas: workshop.personas,
            size: CardSize.a5.size)
        return (layout.page(0), typesetter.diagnostics)
    }

    @Test func aJPEGOf32768By4PixelsIsReportedAtThePhotosLine() throws {
        let (card, reports) = try cardWithPhoto(TinyJPEG.make(width: 32768, height: 4), named: "wide.jpg")
        let report = try #require(reports.first { $0.rule == "persona.photo" }, "\(reports)")
        #expect(report.location?.line == 2 && report.location?.file.hasSuffix("personas/p.yaml") == true)
        #expect(report.message.contains("32768×4 pixels") && report.message.contains("12000 pixels a side"), "\(report.message)")
        #expect(!card.elements.contains { if case .picture = $0 { true } else { false } })
    }

    @Test func sidesAndPixelsAreBoundedBeforeDecoding() {
        #expect(throws: PictureError.self) { try Picture.decode(TinyJPEG.make(width: 12_001, height: 10)) }
        #expect(throws: PictureError.self) { try Picture.decode(TinyJPEG.make(width: 8_000, height: 8_000)) }
        #expect(throws: PictureError.self) { try Picture.decode(TinyJPEG.make(width: 0, height: 10)) }
        do {
            _ = try Picture.decode(TinyJPEG.make(width: 9_000, height: 9_000))
            Issue.record("81 megapixels were decoded")
        } catch {
            #expect(error.reason.contains("50 megapixels"), "\(error.reason)")
        }
    }

    @Test func aLongThinPhotoWithinTheBoundsKeepsAPixelAcross() throws {
        let picture = try Picture.decode(TinyJPEG.make(width: 12_000, height: 2))
        #expect(picture.width == Limits.photoSide && picture.height == 1)
    }

    @Test func theTypeComesFromTheBytesNotTheName() throws {
        // A JPEG named .png is read as the JPEG it is; a shell script named .jpg is refused in words.
        let (card, reports) = try cardWithPhoto(TinyJPEG.make(width: 40, height: 40), named: "face.png")
        #expect(reports.isEmpty, "\(reports)")
        #expect(card.elements.contains { if case .picture = $0 { true } else { false } })
        let (_, refused) = try cardWithPhoto(Data("#!/bin/sh\nrm -rf /\n".utf8), named: "face.jpg")
        #expect(refused.contains { $0.message.contains("neither a PNG nor a JPEG") && $0.location?.line == 2 }, "\(refused)")
    }

    @Test func aJPEGWhoseFrameComesAfterAMegabyteOfMetadataIsRead() throws {
        // Twenty 64 KB comment segments before the frame, as heavy metadata may put it.
        let plain = [UInt8](TinyJPEG.make(width: 40, height: 30))
        let comment: [UInt8] = [0xFF, 0xFE, 0xFF, 0xFF] + [UInt8](repeating: 0x20, count: 0xFFFD)
        let heavy = Data(plain.prefix(2) + (0..<20).flatMap { _ in comment } + plain.dropFirst(2))
        let picture = try Picture.decode(heavy)
        #expect(picture.width == 40 && picture.height == 30)
    }

    @Test func aPhotoCutShortOrDamagedIsRefusedNotCrashed() {
        var cut = [UInt8](TinyJPEG.make(width: 100, height: 100))
        for length in [2, 3, 10, 30, 80, 85, 90] {
            _ = try? Picture.decode(Data(cut.prefix(length)))
        }
        cut[cut.count - 12] = 0x07  // a scan header naming a component the frame does not have
        _ = try? Picture.decode(Data(cut))
    }
}
