import Foundation
import SadnaKit
import SadnaPrint
import SadnaTestSupport
import Testing

@testable import SadnaScan

/// A scan's folder read back: the meeting's list of scans, the transcription view and a second
/// photo of the same page all read `scan.yaml` one way.
@Suite struct ScanStoreTests {
    let folder = TemporaryFolder()

    @Test func aSavedScanReadsBackWithItsPhotoFormAndFieldsInTheFormsOrder() throws {
        let page = try formPage(PrintRequest(.personaForm))
        let form = try #require(page.scanForm)
        let jpeg = SyntheticPhoto().jpeg(of: page, marks: ["age": .text("47"), "name": .text("רונית לוי")])
        let (url, picture) = try photo(jpeg, in: folder, named: "IMG 0001 \"שלי\".jpg")
        let scanned = try FormScanner(context: layoutContext()).scan(picture)
        let store = ScanStore(workshop: folder.url)
        let saved = try store.save(scanned, photo: url, meeting: "3", replace: false)

        let record = try #require(ScanRecord.read(saved.folder, in: folder.url))
        #expect(record.folder == "scans/3/persona-form-1")
        #expect(record.photo == "IMG 0001 \"שלי\".jpg")
        #expect(record.kind == .personaForm)
        #expect(record.page == 1)
        #expect(record.fields == form.fields.map(\.name), "the fields in the order the form lays them out")
        #expect(record.inked == ["name", "age"])
        #expect(ScanRecord.all(of: "3", in: folder.url) == [record])

        let again = try #require(store.saved(in: saved.folder))
        #expect(again.fingerprint == saved.fingerprint)
        #expect(again.fields == saved.fields)
        #expect(again.inked.map(\.field) == saved.inked.map(\.field))
        #expect(again.crops == saved.crops)
        // The same photo again is the same page, found by the fingerprint read back.
        #expect(throws: ScanRefusal.self) { try store.save(scanned, photo: url, meeting: "3", replace: false) }
        #expect(try store.save(scanned, photo: url, meeting: "3", replace: true).folder == saved.folder)
    }

    @Test func aFingerprintOfDigitsAloneReadsBackAsWritten() throws {
        folder.write(
            "scans/3/persona-form-1/scan.yaml",
            """
            photo: "a.jpg"
            fingerprint: "0012345678e5"
            form: persona-form
            page: 1
            marks: "S1|x|pf|he|-|-|1||0"
            inked: []
            fields: [name, age]

            """)
        let saved = try #require(ScanStore(workshop: folder.url).saved(in: "scans/3/persona-form-1"))
        #expect(saved.fingerprint == "0012345678e5")
        #expect(saved.fields == ["name", "age"])
    }

    @Test func aFolderWithoutARecordIsNoScan() throws {
        folder.write("scans/3/persona-form-1/age.png", "")
        #expect(ScanRecord.read("scans/3/persona-form-1", in: folder.url) == nil)
        #expect(ScanRecord.all(of: "3", in: folder.url).isEmpty)
    }
}
