import Foundation
import Hummingbird
import SadnaKit
import SadnaPrint

/// A photo a person uploads for a persona: a PNG or a JPEG Sadna can read, within the photo
/// limits, saved under `personas/photos/` with a name from the persona's id.
struct PhotoUpload {
    let data: Data
    let ext: String

    /// Refuses (422, in plain words) what is not a usable photo.
    static func check(_ part: UploadedPart) throws -> PhotoUpload {
        let data = Data(buffer: part.body)
        guard data.count <= Limits.photoFileBytes else { throw HTTPError(.contentTooLarge) }
        let ext: String
        if data.starts(with: [0x89, 0x50, 0x4E, 0x47]) {
            ext = "png"
        } else if data.starts(with: [0xFF, 0xD8, 0xFF]) {
            ext = "jpg"
        } else {
            throw HTTPError(.unprocessableContent, message: "photo-type")
        }
        do {
            _ = try Picture.decode(data)
        } catch {
            throw HTTPError(.unprocessableContent, message: "photo-unreadable")
        }
        return PhotoUpload(data: data, ext: ext)
    }

    /// Saves the photo as `personas/photos/ID.EXT` and returns its path relative to the persona's file.
    func save(as id: String, in folder: URL) throws -> String {
        let relative = "photos/\(id).\(ext)"
        do {
            try AtomicFile.write(data, to: folder.appendingPathComponent("personas/\(relative)"))
        } catch {
            throw SaveFailure.error(error)
        }
        return relative
    }
}
