import Foundation
import SadnaPrint

let t = Typesetter(language: "he")
var page = Page(size: Paper.a4.size)
let style = TextStyle(size: 12)
let b1 = t.layout("שלום עולם: ל-GIS ו-itc1312 בשעה 08:30-14:00, אתר https://taxes.gov.il/TaxesFormsList/itc1312.pdf", style: style, width: 120, direction: .rightToLeft)
page.add(.rectangle(Rect(x: 80, y: 20, width: 120, height: b1.height), cornerRadius: 0), .stroked(.rule))
page.add(b1, at: Point(x: 80, y: 20))
let b2 = t.fit(String(repeating: "טקסט ארוך מאוד שלא נכנס בתיבה הקטנה ", count: 12), style: TextStyle(size: 14, weight: .bold), in: Size(width: 60, height: 20), direction: .rightToLeft, source: nil, what: "test")
page.add(.rectangle(Rect(x: 140, y: 60, width: 60, height: 20), cornerRadius: 3), .stroked(.accent))
page.add(b2, at: Point(x: 140, y: 60))
page.add(.circle(centre: Point(x: 30, y: 30), radius: 10), Paint(fill: .tint, stroke: .accent))
print(b1.lines.count, b1.height, b2.fittedSize, b2.isCut, t.diagnostics)
try PDFExport.write(PrintDocument(info: DocumentInfo(title: "בדיקה", author: "x", subject: "y"), pages: [page]), to: URL(fileURLWithPath: "/tmp/t.pdf"))
try PNGExport.write(PrintDocument(info: DocumentInfo(title: "בדיקה", author: "x", subject: "y"), pages: [page]), to: URL(fileURLWithPath: "/tmp/tpng"), name: "t", dpi: 100)
