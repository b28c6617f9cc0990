/// What can go wrong while writing a PDF (fonts that cannot be read or used, a malformed
/// document plan). Messages are for developers and logs; the document layer words them for users.
public enum PDFError: Error, Sendable, Equatable, CustomStringConvertible {
    case unfilledObject(Int)
    case unreadableFont(path: String)
    case malformedFont(String)
    case unsupportedFont(String)
    case faceNotFound(path: String, name: String)

    public var description: String {
        switch self {
        case let .unfilledObject(number): "PDF object \(number) was reserved but never written"
        case let .unreadableFont(path): "cannot read the font file \(path)"
        case let .malformedFont(reason): "malformed font: \(reason)"
        case let .unsupportedFont(reason): "unsupported font: \(reason)"
        case let .faceNotFound(path, name): "no face named \(name) in \(path)"
        }
    }
}
