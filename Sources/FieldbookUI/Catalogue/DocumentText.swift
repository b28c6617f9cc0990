import FieldbookCore

/// The documents panel of the review screen (preview and write a notice or record).
public protocol DocumentText {
    var keyDocuments: String { get }
    func documentPreviewTitle(_ document: String, pages: Int) -> String
    var documentPreviewHint: String { get }
    var documentNotNumberedYet: String { get }
    func documentWritten(_ document: String, path: String) -> String
    func documentCannotWrite(_ path: String, reason: String) -> String
}
